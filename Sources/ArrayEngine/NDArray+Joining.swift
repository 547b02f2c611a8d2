/// Joining arrays: always into a new buffer.
extension NDArray {
    /// `np.concatenate(arrays, axis)`.
    public static func concatenate(_ arrays: [NDArray], axis: Int) throws(PythonError) -> NDArray {
        guard let first = arrays.first else { throw .value("need at least one array to concatenate") }
        guard first.ndim > 0 else { throw .value("zero-dimensional arrays cannot be concatenated") }
        let along = try first.normalizeAxis(axis)
        for (k, array) in arrays.enumerated().dropFirst() {
            guard array.ndim == first.ndim else {
                throw .value(
                    "all the input arrays must have same number of dimensions, but the array at index 0 has \(first.ndim) dimension(s) and the array at index \(k) has \(array.ndim) dimension(s)"
                )
            }
            for d in 0..<first.ndim where d != along && array.shape[d] != first.shape[d] {
                throw .value(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index \(k) has size \(array.shape[d])"
                )
            }
        }
        let dtype = arrays.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
        var shape = first.shape
        shape[along] = arrays.reduce(0) { $0 + $1.shape[along] }
        let result = try allocate(shape: shape, dtype: dtype, zeroed: false)
        var start = 0
        for array in arrays {
            var items = [IndexItem](repeating: .all, count: along)
            items.append(.slice(start: start, stop: start + array.shape[along], step: 1))
            if case .array(let part) = try result.select(items) { try part.assign(array) }
            start += array.shape[along]
        }
        return result
    }

    /// `np.stack(arrays, axis)`: joins along a new axis.
    public static func stack(_ arrays: [NDArray], axis: Int) throws(PythonError) -> NDArray {
        guard let first = arrays.first else { throw .value("need at least one array to stack") }
        guard arrays.allSatisfy({ $0.shape == first.shape }) else {
            throw .value("all input arrays must have the same shape")
        }
        let expanded = try arrays.map { a throws(PythonError) in try a.expandDims(axis) }
        return try concatenate(expanded, axis: axis < 0 ? axis + first.ndim + 1 : axis)
    }
}
