/// Reversed views: negative strides, the first element moved to the far end.
extension NDArray {
    /// `np.flip(m, axis)`: a view with the order of elements reversed along each axis
    /// given (every axis when nil), as `m[::-1, ...]` makes it.
    public func flipped(_ axes: [Int]?) throws(PythonError) -> NDArray {
        let along =
            try axes.map { axes throws(PythonError) in
                try axes.map { axis throws(PythonError) in try normalizeAxis(axis) }
            } ?? Array(0..<ndim)
        if Set(along).count != along.count { throw .value("repeated axis") }
        return try select(shape.indices.map { along.contains($0) ? .slice(start: nil, stop: nil, step: -1) : .all })
            .array ?? self
    }

    /// `np.rot90(m, k, axes)`: a view rotated by 90° k times in the plane of two axes,
    /// from the first towards the second, built as NumPy builds it from flips and a transpose.
    public func rotated90(_ k: Int, axes: (Int, Int)) throws(PythonError) -> NDArray {
        if axes.0 == axes.1 || abs(axes.0 - axes.1) == ndim { throw .value("Axes must be different.") }
        guard axes.0 < ndim, axes.0 >= -ndim, axes.1 < ndim, axes.1 >= -ndim else {
            throw .value("Axes=(\(axes.0), \(axes.1)) out of range for array of ndim=\(ndim).")
        }
        var order = Array(0..<ndim)
        let (i, j) = (axes.0 < 0 ? axes.0 + ndim : axes.0, axes.1 < 0 ? axes.1 + ndim : axes.1)
        order.swapAt(i, j)
        switch ((k % 4) + 4) % 4 {
        case 0: return view()
        case 1: return try flipped([axes.1]).transposed(order)
        case 2: return try flipped([axes.0]).flipped([axes.1])
        default: return try transposed(order).flipped([axes.1])
        }
    }
}

extension NDArray.Selection {
    /// The selected array, nil for a single element.
    public var array: NDArray? {
        if case .array(let a) = self { a } else { nil }
    }
}
