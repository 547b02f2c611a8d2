extension NDArray {
    /// `np.nonzero(a)`: for each axis, the int64 indices of the non-zero elements.
    public func nonzeroIndices() throws(PythonError) -> [NDArray] {
        // Casting to bool is exactly "non-zero" (NaN included), and leaves one-byte flags to scan.
        let flags = dtype == .bool ? self : try copy(as: .bool)
        let count = try Gather.trueCount(flags)
        let columns = try (0..<max(ndim, 1)).map { _ throws(PythonError) in
            try NDArray.allocate(shape: [count], dtype: .int64, zeroed: false)
        }
        if count == 0 { return columns }
        let targets = columns.map { $0.pointer.assumingMemoryBound(to: Int64.self) }
        if ndim == 0 {
            targets[0][0] = 0
            return columns
        }
        // Rows along the last axis; the odometer holds the index of the other axes.
        let last = ndim - 1
        let width = shape[last]
        let step = flags.strides[last]
        var index = [Int](repeating: 0, count: ndim)
        var row = UnsafeRawPointer(flags.pointer)
        var n = 0
        while true {
            for j in 0..<width where row.load(fromByteOffset: j * step, as: UInt8.self) != 0 {
                for axis in 0..<last { targets[axis][n] = Int64(index[axis]) }
                targets[last][n] = Int64(j)
                n += 1
            }
            var axis = last - 1
            while axis >= 0 {
                index[axis] += 1
                row += flags.strides[axis]
                if index[axis] < shape[axis] { break }
                row -= flags.strides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return columns }
            if n & 0xFFFF == 0 { try Interruption.check() }
        }
    }

    /// A new 1-D array holding `values`.
    public static func from<T: ArrayElement>(_ values: [T]) throws(PythonError) -> NDArray {
        let array = try allocate(shape: [values.count], dtype: T.dtype, zeroed: false)
        values.withUnsafeBytes { bytes in
            if let source = bytes.baseAddress { array.pointer.copyMemory(from: source, byteCount: bytes.count) }
        }
        return array
    }
}
