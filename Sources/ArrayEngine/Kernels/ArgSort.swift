/// Orders of elements: `argsort` (stable), `lexsort` and `searchsorted`. Values
/// compare as NumPy sorts them, NaN last.
public enum ArgSort {
    /// The positions that sort each row along `axis` (the flattened array when nil),
    /// equal values in their original order; `hasTies` tells whether any row held
    /// equal values (NumPy's default sort may order those differently).
    public static func run(_ a: NDArray, axis: Int?) throws(PythonError) -> (indices: NDArray, hasTies: Bool) {
        let source = axis == nil ? try a.ravel() : a
        guard source.ndim > 0 else { return (try NDArray.from([Int64(0)]).reshape([]), false) }
        let along = try source.normalizeAxis(axis ?? 0)
        let moved = try source.moveAxis(along, to: source.ndim - 1)
        let width = moved.shape[moved.ndim - 1]
        if let (orders, ties) = try Sorting.rowOrders(moved, width: width) {
            let indices = try NDArray.from(orders.joined().map { Int64($0) }).reshape(moved.shape)
            return (try indices.moveAxis(moved.ndim - 1, to: along).copy(), ties)
        }
        if RowSorter.sorts(moved.dtype) {
            let rows = try moved.copy(as: moved.dtype.native)
            let indices = try NDArray.allocate(shape: moved.shape, dtype: .int64, zeroed: false)
            let sorter = RowSorter(
                values: rows.pointer, rows: width == 0 ? 0 : rows.size / width, width: width,
                positions: indices.pointer.assumingMemoryBound(to: Int64.self))
            let ties = try sorter.run(rows.dtype.scalarType)
            return (along == moved.ndim - 1 ? indices : try indices.moveAxis(moved.ndim - 1, to: along).copy(), ties)
        }
        let values = try moved.elements()
        var result: [Int64] = []
        result.reserveCapacity(values.count)
        var ties = false
        for row in 0..<(width == 0 ? 0 : values.count / width) {
            let slice = Array(values[(row * width)..<((row + 1) * width)])
            let order = Sorting.stableOrder(slice)
            for k in order.indices.dropFirst() where !Sorting.ascending(slice[order[k - 1]], slice[order[k]]) {
                ties = true
            }
            result += order.map { Int64($0) }
        }
        let sorted = try NDArray.from(result).reshape(moved.shape)
        return (try sorted.moveAxis(moved.ndim - 1, to: along).copy(), ties)
    }

    /// Whether NumPy's default sort keeps equal elements in order for rows this long:
    /// its quicksort for times and text (no SIMD sort there) sorts up to 16 elements
    /// by insertion, which is stable.
    public static func quicksortKeepsOrder(of dtype: DType, rowLength: Int) -> Bool {
        (dtype.isTime || dtype.isString) && rowLength <= 16
    }

    /// `np.lexsort(keys)`: the stable order by the last key, then the one before, ...
    public static func lexsort(_ keys: [NDArray], axis: Int) throws(PythonError) -> NDArray {
        guard let first = keys.first else { throw .type("need sequence of keys with len > 0 in lexsort") }
        let shape = first.shape
        guard keys.allSatisfy({ $0.shape == shape }) else { throw .value("all keys need to be the same shape") }
        guard first.ndim > 0 else { return try NDArray.from([Int64(0)]).reshape([]) }
        let along = try first.normalizeAxis(axis)
        let rows = try keys.map { key throws(PythonError) in try ElementOrder.of(key.moveAxis(along, to: key.ndim - 1))
        }
        let width = shape[along]
        var result: [Int64] = []
        for row in 0..<(width == 0 ? 0 : first.size / width) {
            var order = Array(0..<width)
            let start = row * width
            // Stable sorts from the least significant key (the first) to the most (the last).
            for key in rows {
                let positions = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
                order.sort { i, j in
                    if key.less(start + i, start + j) { return true }
                    if key.less(start + j, start + i) { return false }
                    return positions[i, default: 0] < positions[j, default: 0]
                }
            }
            result += order.map { Int64($0) }
        }
        var moved = shape
        moved.remove(at: along)
        moved.append(width)
        return try NDArray.from(result).reshape(moved).moveAxis(first.ndim - 1, to: along).copy()
    }

    /// `np.searchsorted(a, v, side)`: where each value would go in the sorted 1-D `a`
    /// (read through `sorter` when given) to keep it sorted: before equal elements
    /// (left) or after them (right).
    public static func searchsorted(_ a: NDArray, _ values: NDArray, right: Bool, sorter: NDArray?) throws(PythonError)
        -> NDArray
    {
        guard a.ndim == 1 else { throw .value("object too deep for desired array") }
        let order = try ElementOrder.joined(a, values)
        var sorted = Array(0..<a.size)
        if let sorter {
            let positions = try sorter.copy(as: .int64).elements().map { Int($0.exactInteger ?? 0) }
            guard positions.count == sorted.count else { throw .value("sorter.size must equal a.size") }
            guard positions.allSatisfy({ $0 >= 0 && $0 < sorted.count }) else {
                throw .value("Sorter index out of range.")
            }
            sorted = positions
        }
        let positions = (a.size..<order.count).map { Int64(order.insertionPoint(of: $0, in: sorted, right: right)) }
        return try NDArray.from(positions).reshape(values.shape)
    }
}
