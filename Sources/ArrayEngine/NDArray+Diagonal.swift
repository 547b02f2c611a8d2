/// Diagonals: a read-only view stepping along two axes at once.
extension NDArray {
    /// `a.diagonal(offset, axis1, axis2)`: the two axes are removed and one axis along
    /// the diagonal is appended, its stride the sum of theirs. NumPy returns it read-only.
    public func diagonal(offset: Int, axis1: Int, axis2: Int) throws(PythonError) -> NDArray {
        guard ndim >= 2 else { throw .value("diag requires an array of at least two dimensions") }
        let first = try normalizeAxis(axis1, naming: "axis1")
        let second = try normalizeAxis(axis2, naming: "axis2")
        guard first != second else { throw .value("axis1 and axis2 cannot be the same") }
        var rows = shape[first]
        var columns = shape[second]
        var start = self.offset
        let step: Int
        if offset >= 0 {
            columns -= offset
            step = offset.multipliedReportingOverflow(by: strides[second]).partialValue
        } else {
            rows += offset
            step = (-offset).multipliedReportingOverflow(by: strides[first]).partialValue
        }
        var length = min(rows, columns)
        if length < 0 { length = 0 } else { start += step }
        let kept = shape.indices.filter { $0 != first && $0 != second }
        let result = view(
            offset: start, shape: kept.map { shape[$0] } + [length],
            strides: kept.map { strides[$0] } + [strides[first] + strides[second]])
        result.isWriteable = false
        return result
    }

    /// `np.diag(v, k)` of a 1-D array: a new square array with v on the k-th diagonal.
    public func diagonalMatrix(_ k: Int) throws(PythonError) -> NDArray {
        guard k != .min, case (let n, false) = shape[0].addingReportingOverflow(abs(k)) else { throw .tooBig }
        let result = try NDArray.allocate(shape: [n, n], dtype: dtype)
        let target = try result.diagonal(offset: k, axis1: 0, axis2: 1)
        target.isWriteable = true
        try target.assign(self)
        return result
    }
}
