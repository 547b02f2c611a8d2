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
        let elements = try a.elements()
        let order = Sorting.stableOrder(elements)
        var starts: [Int] = []
        var inverse = [Int64](repeating: 0, count: elements.count)
        for (position, i) in order.enumerated() {
            let value = elements[i]
            let isNaN = value.doubleValue.isNaN && value.dtype.isFloat
            if let last = starts.last {
                let previous = elements[order[last]]
                let same =
                    isNaN ? equalNaN && previous.doubleValue.isNaN : previous == value && !previous.doubleValue.isNaN
                if !same { starts.append(position) }
            } else {
                starts.append(position)
            }
            inverse[i] = Int64(starts.count - 1)
        }
        let values = starts.map { elements[order[$0]] }
        let index = starts.map { Int64(order[$0]) }
        let counts = starts.indices.map { k in Int64((k + 1 < starts.count ? starts[k + 1] : order.count) - starts[k]) }
        return Result(
            values: try NDArray.from(scalars: values, shape: [values.count], dtype: a.dtype),
            index: try NDArray.from(index), inverse: try NDArray.from(inverse).reshape(a.shape),
            counts: try NDArray.from(counts))
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
