extension NDArray {
    /// `np.nonzero(a)`: for each axis, the int64 indices of the non-zero elements.
    public func nonzeroIndices() throws(ArrayError) -> [NDArray] {
        let values = try elements()
        var hits: [[Int64]] = Array(repeating: [], count: max(ndim, 1))
        var index = [Int](repeating: 0, count: ndim)
        for value in values {
            if value.boolValue {
                for axis in 0..<ndim { hits[axis].append(Int64(index[axis])) }
                if ndim == 0 { hits[0].append(0) }
            }
            var axis = ndim - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < shape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        return try hits.prefix(max(ndim, 1)).map { column throws(ArrayError) in try NDArray.from(column) }
    }

    /// A new 1-D array holding `values`.
    public static func from<T: ArrayElement>(_ values: [T]) throws(ArrayError) -> NDArray {
        let array = try allocate(shape: [values.count], dtype: T.dtype, zeroed: false)
        values.withUnsafeBytes { bytes in
            if let source = bytes.baseAddress { array.pointer.copyMemory(from: source, byteCount: bytes.count) }
        }
        return array
    }
}
