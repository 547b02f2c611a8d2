/// One array in NumPy's `.npy` format: `np.save` and `np.load` without mapping.
public enum NPYFile {
    /// Writes `array` to `path` as `np.save` does, replacing any old file whole
    /// or not at all (`AtomicReplacement`); returns the format version used (2.0
    /// only for headers too long for 1.0).
    @discardableResult
    public static func write(_ array: NDArray, to path: String) throws(PythonError) -> (major: UInt8, minor: UInt8) {
        try checkWritable(array.dtype)
        let (header, version) = NPYHeader(describing: array).encoded()
        let data = try storageOrdered(array)
        try AtomicReplacement.write(to: path) { file throws(PythonError) in
            try file.write(contentsOf: header)
            try file.write(data.pointer, count: data.nbytes)
        }
        return version
    }

    /// The whole file's bytes, for a member of an `.npz` archive.
    static func encoded(_ array: NDArray) throws(PythonError) -> [UInt8] {
        try checkWritable(array.dtype)
        var bytes = NPYHeader(describing: array).encoded().bytes
        let data = try storageOrdered(array)
        bytes += UnsafeRawBufferPointer(start: data.pointer, count: data.nbytes)
        return bytes
    }

    /// Records whose fields leave gaps (`a[['y', 'x']]`) need NumPy's padding fields in the header.
    private static func checkWritable(_ dtype: DType) throws(PythonError) {
        // NumPy pickles object arrays, which arrsh never writes.
        if dtype.isObject { throw .value("Object arrays cannot be saved when allow_pickle=False") }
        if let record = dtype.record, !record.isPacked {
            throw .notImplemented(
                "saving records whose fields are not packed in order is not supported yet; save a copy of the fields")
        }
    }

    /// The array itself when its memory already holds the elements in the order
    /// the header names (C, or Fortran), else a C-ordered copy: non-contiguous
    /// views are written in logical order.
    private static func storageOrdered(_ array: NDArray) throws(PythonError) -> NDArray {
        array.isCContiguous || array.isFContiguous ? array : try array.copy()
    }

    /// Reads the `.npy` file at `path` into a new array.
    public static func read(path: String, maxHeaderSize: Int = NPYHeader.defaultMaxHeaderSize) throws(PythonError)
        -> NDArray
    {
        try read(from: PosixFile(path: path, access: .read), maxHeaderSize: maxHeaderSize)
    }

    /// Reads a `.npy` image. Like NumPy 2, the result is a view (reshaped, or
    /// transposed for Fortran order) of a 1-D array that owns the elements.
    static func read(from source: ByteSource, maxHeaderSize: Int = NPYHeader.defaultMaxHeaderSize) throws(PythonError)
        -> NDArray
    {
        let (header, dataOffset) = try NPYHeader.read(from: source, maxHeaderSize: maxHeaderSize)
        let (count, byteCount) = try header.dataSize()
        let available = max(0, source.byteCount - dataOffset)
        guard byteCount <= available else {
            throw incompleteData(header, count: count, read: available / header.dtype.itemsize)
        }
        let owner = try NDArray.allocate(shape: [count], dtype: header.dtype, zeroed: false)
        let copied = try source.read(into: owner.pointer, count: byteCount, at: dataOffset)
        guard copied == byteCount else {
            throw incompleteData(header, count: count, read: copied / header.dtype.itemsize)
        }
        return owner.view(shape: header.shape, strides: header.strides)
    }

    private static func incompleteData(_ header: NPYHeader, count: Int, read: Int) -> PythonError {
        .value(
            "Failed to read all data for array. Expected \(ShapeText.tuple(header.shape)) = \(count) elements, could only read \(read) elements. (file seems not fully written?)"
        )
    }

}

extension NPYHeader {
    /// Element count and byte count of the data, or NumPy's "too big" error.
    func dataSize() throws(PythonError) -> (count: Int, bytes: Int) {
        guard let count = elementCount else { throw NPYHeader.tooBig }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: dtype.itemsize)
        if overflow { throw NPYHeader.tooBig }
        return (count, bytes)
    }

    /// Strides of the data laid out in the header's order.
    var strides: [Int] {
        guard isFortranOrder else { return NDArray.contiguousStrides(shape: shape, itemsize: dtype.itemsize) }
        return NDArray.contiguousStrides(shape: shape.reversed(), itemsize: dtype.itemsize).reversed()
    }
}
