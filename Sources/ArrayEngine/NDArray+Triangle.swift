/// Triangles of matrices: `tri`, `tril`, `triu`.
extension NDArray {
    /// `np.tri(N, M, k)`: ones at and below the k-th diagonal (`j <= i + k`).
    public static func tri(rows: Int, columns: Int, k: Int, dtype: DType) throws(PythonError) -> NDArray {
        // NumPy's objects are the bools of its comparison.
        if dtype.isObject { return try tri(rows: rows, columns: columns, k: k, dtype: .bool).copy(as: .object) }
        let result = try allocate(shape: [rows, columns], dtype: dtype)
        let one = Scalar(.int(1), as: dtype)
        for i in 0..<max(rows, 0) {
            let (last, overflow) = i.addingReportingOverflow(k)
            let end = overflow ? columns - 1 : min(last, columns - 1)
            if end < 0 { continue }
            for j in 0...end { result.store(one, at: result.address(of: [i, j])) }
        }
        return result
    }

    /// `np.tril(m, k)` (lower) or `np.triu(m, k)`: a new array with the elements on the
    /// other side of the k-th diagonal of the last two axes set to zero (a 1-D array
    /// is taken as every row of a square matrix).
    public func triangle(lower: Bool, k: Int) throws(PythonError) -> NDArray {
        let rows = ndim >= 2 ? shape[ndim - 2] : shape[0]
        let columns = shape[ndim - 1]
        let (diagonal, overflow) = k.subtractingReportingOverflow(lower ? 0 : 1)
        let mask = try NDArray.tri(rows: rows, columns: columns, k: overflow ? Int.min : diagonal, dtype: .bool)
        let zero = NDArray.scalar(Scalar(.int(0), as: dtype))
        return lower
            ? try ArrayEngine.Selection.where(mask, self, zero) : try ArrayEngine.Selection.where(mask, zero, self)
    }
}
