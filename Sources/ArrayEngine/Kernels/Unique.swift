/// `np.unique` of the flattened array with NumPy's optional results: the first
/// index of each distinct value, the inverse (where each element's value sits
/// among them) and the counts. Values are sorted with NaN last; equal NaNs are one
/// value unless `equalNaN` is false.
public enum Unique {
    public struct Result {
        public let values: NDArray
        public let index: NDArray
        public let inverse: NDArray
        public let counts: NDArray
    }

    public static func run(_ a: NDArray, equalNaN: Bool) throws(PythonError) -> Result {
        // Times and text (NaT and NaN-like missing texts as NaN).
        if let keyed = try ElementOrder(a) {
            let flat = try a.flatten()
            return try run(order: keyed.stableOrder(0..<keyed.count), shape: a.shape) { i, j in
                keyed.isMissing(i) ? equalNaN && keyed.isMissing(j) : keyed.equal(i, j)
            } values: { positions throws(PythonError) in
                let values = try NDArray.allocate(shape: [positions.count], dtype: flat.dtype)
                for (k, i) in positions.enumerated() {
                    (values.pointer + k * flat.itemsize).copyMemory(
                        from: flat.pointer + i * flat.itemsize, byteCount: flat.itemsize)
                }
                return values
            }
        }
        let elements = try a.elements()
        return try run(order: Sorting.stableOrder(elements), shape: a.shape) { i, j in
            let (value, previous) = (elements[i], elements[j])
            let isNaN = value.doubleValue.isNaN && value.dtype.isFloat
            return isNaN ? equalNaN && previous.doubleValue.isNaN : previous == value && !previous.doubleValue.isNaN
        } values: { positions throws(PythonError) in
            try NDArray.from(scalars: positions.map { elements[$0] }, shape: [positions.count], dtype: a.dtype)
        }
    }

    /// The distinct values of elements in sorted `order` (positions in C order), `same`
    /// telling an element (first) from the one sorted before it; `values` gathers elements.
    private static func run(
        order: [Int], shape: [Int], same: (Int, Int) -> Bool,
        values: ([Int]) throws(PythonError) -> NDArray
    ) throws(PythonError) -> Result {
        var starts: [Int] = []
        var inverse = [Int64](repeating: 0, count: order.count)
        for (position, i) in order.enumerated() {
            if starts.last.map({ !same(i, order[$0]) }) ?? true { starts.append(position) }
            inverse[i] = Int64(starts.count - 1)
        }
        let index = starts.map { order[$0] }
        let counts = starts.indices.map { k in Int64((k + 1 < starts.count ? starts[k + 1] : order.count) - starts[k]) }
        return Result(
            values: try values(index), index: try NDArray.from(index.map { Int64($0) }),
            inverse: try NDArray.from(inverse).reshape(shape), counts: try NDArray.from(counts))
    }
}

extension Sorting {
    /// The positions of `values` in ascending order (NaN last), equal values in their
    /// original order: NumPy's stable argsort.
    public static func stableOrder(_ values: [Scalar]) -> [Int] {
        var order = Array(values.indices)
        // Swift's sort is not guaranteed stable: ties are broken by position.
        order.sort { i, j in
            if ascending(values[i], values[j]) { return true }
            if ascending(values[j], values[i]) { return false }
            return i < j
        }
        return order
    }
}
