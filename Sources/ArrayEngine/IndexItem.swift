/// One component of a subscript: `a[1, 2:5, ..., None, [0, 2]]`.
public enum IndexItem {
    case integer(Int)
    case slice(start: Int?, stop: Int?, step: Int?)
    case ellipsis
    case newAxis
    /// An integer or boolean array ("fancy" indexing: the result is a copy).
    case array(NDArray)

    public static var all: IndexItem { .slice(start: nil, stop: nil, step: nil) }
}

/// A slice resolved against a dimension's length, as Python's `slice.indices` does.
public struct ResolvedSlice: Equatable {
    public let start: Int
    public let step: Int
    public let count: Int

    public init(start: Int?, stop: Int?, step: Int?, length: Int) throws(PythonError) {
        // CPython's PySlice_Unpack: a step of -2**63 becomes -(2**63 - 1), so it can be negated.
        let step = max(step ?? 1, -Int.max)
        if step == 0 { throw .value("slice step cannot be zero") }
        func clamp(_ value: Int?, default fallback: Int) -> Int {
            guard var value else { return fallback }
            if value < 0 {
                value += length
                if value < 0 { value = step < 0 ? -1 : 0 }
            } else if value >= length {
                value = step < 0 ? length - 1 : length
            }
            return value
        }
        let first = clamp(start, default: step < 0 ? length - 1 : 0)
        let end = clamp(stop, default: step < 0 ? -1 : length)
        self.start = first
        self.step = step
        if step > 0 {
            self.count = end > first ? (end - first - 1) / step + 1 : 0
        } else {
            self.count = first > end ? (first - end - 1) / (-step) + 1 : 0
        }
    }
}
