import ArrayEngine

/// `a[start:stop:step]` with ints or None, as small-array code writes it: the view's
/// offset, length and stride along the first axis computed directly, with no index plan.
///
/// Only the plainest cases take this path (an array of numbers in ordinary memory,
/// a step that is not zero, a view that is not empty, strides that fit); everything
/// else, errors included, answers nil and the general path decides.
enum SliceView {
    /// The view for a slice value; nil for any other index.
    static func view(of a: NDArray, _ index: Value) -> NDArray? {
        guard case .slice(let startValue, let stopValue, let stepValue) = index,
            let start = bound(startValue), let stop = bound(stopValue), let step = bound(stepValue)
        else { return nil }
        return view(of: a, start, stop, step)
    }

    /// The view for `a[start:stop:step]` (nil: the bound is absent).
    static func view(of a: NDArray, _ start: Int?, _ stop: Int?, _ givenStep: Int?) -> NDArray? {
        let step = givenStep ?? 1
        guard step != 0, step != .min, a.ndim > 0, !a.dtype.isFlexible, a.buffer.origin == .heap else { return nil }
        let (first, count) = indices(start, stop, step, length: a.shape[0])
        let (stride, overflow) = a.strides[0].multipliedReportingOverflow(by: step)
        guard count > 0, !overflow else { return nil }
        // The shape and strides are shared, not copied, where they need no change; a 1-d
        // shape is a shared vector (reading `a.shape` to pass it on would retain it).
        let shape = a.ndim == 1 ? SharedShapes.vector(count) : replacingFirst(of: a.shape, with: count)
        return a.view(
            offset: a.offset + first * a.strides[0], shape: shape, strides: replacingFirst(of: a.strides, with: stride))
    }

    /// `values` with its first item replaced, shared rather than copied where possible:
    /// the same array when that item is unchanged, a shared vector for one dimension.
    private static func replacingFirst(of values: [Int], with first: Int) -> [Int] {
        guard values[0] != first else { return values }
        if values.count == 1 { return SharedShapes.vector(first) }
        var changed = values
        changed[0] = first
        return changed
    }

    /// An int bound, `.some(nil)` for None, nil for anything else (left to the general path).
    private static func bound(_ value: Value) -> Int?? {
        switch value {
        case .none: .some(nil)
        case .int(let i): i
        default: nil
        }
    }

    /// Python's `slice.indices` for a sequence of `length`: the first index and the count.
    static func indices(_ start: Int?, _ stop: Int?, _ step: Int, length: Int) -> (first: Int, count: Int) {
        func clamp(_ i: Int) -> Int {
            if i < 0 { return max(i + length, step < 0 ? -1 : 0) }
            return min(i, step < 0 ? length - 1 : length)
        }
        let first = start.map(clamp) ?? (step < 0 ? length - 1 : 0)
        let last = stop.map(clamp) ?? (step < 0 ? -1 : length)
        let count =
            step > 0
            ? (last > first ? (last - first - 1) / step + 1 : 0)
            : (first > last ? (first - last - 1) / -step + 1 : 0)
        return (first, count)
    }
}
