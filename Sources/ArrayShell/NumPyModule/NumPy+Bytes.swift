import ArrayEngine

/// Arrays as raw bytes and back: `a.tobytes()` copies, `np.frombuffer` views.
extension NumPyModule {
    static func bytesFunctions() -> [Function] {
        [
            function(
                "frombuffer(buffer, dtype=None, count=-1, offset=0, *, like=None)", notYet: ["like"], style: .numpyC,
                doc: """
                    A 1-D array viewing the bytes of buffer without copying (read-only over bytes; writeable over a writeable array).
                    """
            ) { _, args throws(PythonError) in
                let dtype = try args.dtype("dtype") ?? .float64
                if dtype.isObject { throw .value("cannot create an OBJECT array from memory buffer") }
                let count = try args.int("count") ?? -1
                let offset = try args.int("offset") ?? 0
                let source = args.raw("buffer") ?? .none
                let length: Int
                let exporter: NDArray?
                let bytes: BytesObject?
                switch source {
                case .object(let o as BytesObject):
                    (length, exporter, bytes) = (o.count, nil, o)
                case .object(let o as MemoryViewObject):
                    guard o.array.isCContiguous else {
                        throw PythonError("BufferError", "memoryview: underlying buffer is not C-contiguous")
                    }
                    (length, exporter, bytes) = (o.array.nbytes, o.array, nil)
                case .array(let a):
                    guard a.isCContiguous else { throw .value("ndarray is not C-contiguous") }
                    (length, exporter, bytes) = (a.nbytes, a, nil)
                case .scalar(let s):
                    let a = NDArray.scalar(s)
                    (length, exporter, bytes) = (a.nbytes, a, nil)
                default:
                    throw .type("a bytes-like object is required, not '\(source.typeName)'")
                }
                guard offset >= 0, offset <= length else {
                    throw .value("offset must be non-negative and no greater than buffer length (\(length))")
                }
                let items: Int
                if count < 0 {
                    guard (length - offset) % dtype.itemsize == 0 else {
                        throw .value("buffer size must be a multiple of element size")
                    }
                    items = (length - offset) / dtype.itemsize
                } else {
                    guard case (let needed, false) = count.multipliedReportingOverflow(by: dtype.itemsize),
                        length - offset >= needed
                    else {
                        throw .value("buffer is smaller than requested size")
                    }
                    items = count
                }
                if let bytes { return .array(NDArray.over(bytes.buffer, offset: offset, count: items, dtype: dtype)) }
                guard let exporter else { return .none }
                // NumPy reads the addresses of the values, which say nothing about them.
                if exporter.dtype.isObject {
                    throw .notImplemented("np.frombuffer of an object array's memory is not supported")
                }
                return .array(
                    exporter.view(
                        offset: exporter.offset + offset, shape: [items], strides: [dtype.itemsize], dtype: dtype))
            }
        ]
    }
}

/// `a.tobytes(order)`: a copy of the elements' bytes in C or Fortran order.
enum Bytes {
    static func of(_ a: NDArray, order: ArrayOrder) throws(PythonError) -> BytesObject {
        // NumPy gives the addresses of the values, which say nothing about them.
        if a.dtype.isObject {
            throw .notImplemented("tobytes() of object arrays (their values' addresses) is not supported")
        }
        // 'K' reads in C order here, as NumPy's tobytes does.
        let copy = try a.copy(order: order == .keep ? .c : order)
        return try BytesObject(copying: copy.pointer, count: copy.nbytes)
    }
}
