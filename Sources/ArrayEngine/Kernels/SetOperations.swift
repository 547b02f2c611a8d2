/// Membership and unique rows: the engine side of `isin` and `unique(axis=)`.
public enum SetOperations {
    /// `np.isin(element, test)`: for each element, whether some test element equals it
    /// (NaN equals nothing); inverted on request. A boolean array of element's shape.
    public static func membership(_ element: NDArray, in test: NDArray, invert: Bool) throws(PythonError) -> NDArray {
        // Times and text (NaT equals nothing).
        if [element.dtype, test.dtype].contains(where: { $0.isTime || $0.isString }) {
            let order = try ElementOrder.joined(test, element)
            let candidates = order.stableOrder(0..<test.size)
            let flags = (test.size..<order.count).map { position -> Bool in
                let low = order.insertionPoint(of: position, in: candidates)
                let found =
                    low < candidates.count && order.equal(candidates[low], position) && !order.isMissing(position)
                return found != invert
            }
            return try NDArray.from(flags).reshape(element.shape)
        }
        let type = DType.promote(element.dtype, test.dtype)
        let candidates = try test.copy(as: type).elements().filter { !$0.doubleValue.isNaN || !type.isFloat }.sorted(
            by: Sorting.ascending)
        let flags = try element.copy(as: type).elements().map { value -> Bool in
            var low = 0
            var high = candidates.count
            while low < high {
                let middle = (low + high) / 2
                if Sorting.ascending(candidates[middle], value) { low = middle + 1 } else { high = middle }
            }
            let found = low < candidates.count && candidates[low] == value && !(type.isFloat && value.doubleValue.isNaN)
            return found != invert
        }
        return try NDArray.from(flags).reshape(element.shape)
    }

    /// `np.unique(a, axis=...)`: the distinct slabs along `axis`, sorted lexicographically,
    /// with each one's first index, the inverse and the counts.
    public static func uniqueSlabs(_ a: NDArray, axis: Int) throws(PythonError) -> Unique.Result {
        let along = try a.normalizeAxis(axis)
        let moved = try a.moveAxis(along, to: 0).copy()
        let count = moved.shape[0]
        let width = count == 0 ? 0 : moved.size / count
        let values = try moved.elements()
        let rows = (0..<count).map { Array(values[($0 * width)..<(($0 + 1) * width)]) }
        func less(_ x: [Scalar], _ y: [Scalar]) -> Bool {
            for (p, q) in zip(x, y) {
                if Sorting.ascending(p, q) { return true }
                if Sorting.ascending(q, p) { return false }
            }
            return false
        }
        let order = rows.indices.sorted { i, j in less(rows[i], rows[j]) || !less(rows[j], rows[i]) && i < j }
        var starts: [Int] = []
        var inverse = [Int64](repeating: 0, count: count)
        for (position, i) in order.enumerated() {
            if let last = starts.last, rows[order[last]] == rows[i] {
            } else {
                starts.append(position)
            }
            inverse[i] = Int64(starts.count - 1)
        }
        let kept = starts.flatMap { rows[order[$0]] }
        var shape = moved.shape
        shape[0] = starts.count
        let distinct = try NDArray.from(scalars: kept, shape: shape, dtype: a.dtype).moveAxis(0, to: along).copy()
        let counts = starts.indices.map { k in Int64((k + 1 < starts.count ? starts[k + 1] : count) - starts[k]) }
        return Unique.Result(
            values: distinct, index: try NDArray.from(starts.map { Int64(order[$0]) }),
            inverse: try NDArray.from(inverse), counts: try NDArray.from(counts))
    }
}
