/// `order=` in copies, reshapes and new arrays: C (row-major), Fortran (column-major),
/// 'A' (Fortran when the source is Fortran-contiguous only) and 'K' (the source's order).
extension NDArray {
    /// 'A' and 'K' settled against this array: `.c` or `.fortran` ('K' stays `.keep`).
    func settled(_ order: ArrayOrder) -> ArrayOrder {
        order == .any ? (isFContiguous && !isCContiguous ? .fortran : .c) : order
    }

    /// A new array of `shape` in the given layout (`.keep` and `.any` mean C here, as for `np.zeros`).
    public static func allocate(shape: [Int], dtype: DType, order: ArrayOrder, zeroed: Bool = true) throws(PythonError)
        -> NDArray
    {
        let array = try allocate(shape: shape, dtype: dtype, zeroed: zeroed)
        if order == .fortran, !shape.contains(0) {
            let reversed = contiguousStrides(shape: shape.reversed(), itemsize: array.itemsize)
            array.setGeometry(shape: shape, strides: reversed.reversed())
        }
        return array
    }

    /// A new array laid out like this one would be for `order` (`np.empty_like(a, order=...)`).
    public func allocateLike(
        order: ArrayOrder, dtype newType: DType? = nil, shape newShape: [Int]? = nil, zeroed: Bool = true
    ) throws(PythonError) -> NDArray {
        let type = newType ?? dtype
        let shape = newShape ?? self.shape
        let order = settled(order)
        guard order == .keep, newShape == nil || newShape == self.shape else {
            return try NDArray.allocate(shape: shape, dtype: type, order: order == .keep ? .c : order, zeroed: zeroed)
        }
        let array = try NDArray.allocate(shape: shape, dtype: type, zeroed: zeroed)
        array.setGeometry(
            shape: shape, strides: MemoryOrder.sortedByStride(strides, shape: shape, itemsize: type.itemsize))
        return array
    }

    /// `a.copy(order=...)`, `np.copy(a, order=...)`, `a.astype(t, order=...)`.
    public func copy(order: ArrayOrder, as newType: DType? = nil) throws(PythonError) -> NDArray {
        let newType = try newType?.sized(for: dtype)
        switch settled(order) {
        case .keep: return try copyKeepingOrder(as: newType)
        case .fortran:
            let result = try NDArray.allocate(shape: shape, dtype: newType ?? dtype, order: .fortran, zeroed: false)
            try CastCopy.run(into: result, from: self, sourceStrides: strides)
            return result
        case .c, .any: return try copy(as: newType)
        }
    }

    /// `a.reshape(shape, order=...)`: Fortran order reads and writes the elements
    /// first index fastest, so it is the C reshape of the reversed axes.
    public func reshape(_ requested: [Int], order: ArrayOrder) throws(PythonError) -> NDArray {
        switch settled(order) {
        case .keep: throw .value("order 'K' is not permitted for reshaping")
        case .fortran:
            let newShape = try resolve(shape: requested)
            return try transposed().reshape(newShape.reversed()).transposed()
        case .c, .any: return try reshape(requested)
        }
    }

    /// `a.ravel(order=...)`: a view when the elements already lie in that order, else a copy.
    public func ravel(order: ArrayOrder) throws(PythonError) -> NDArray {
        switch settled(order) {
        case .fortran: return try transposed().ravel()
        case .keep:
            if isCContiguous || !isFContiguous { return isCContiguous ? try ravel() : try flatten(order: .keep) }
            return try transposed().ravel()
        case .c, .any: return try ravel()
        }
    }

    /// `a.flatten(order=...)`: always a new 1-D array that owns its data.
    public func flatten(order: ArrayOrder) throws(PythonError) -> NDArray {
        switch settled(order) {
        case .fortran: return try transposed().flatten()
        case .keep: return try copyKeepingOrder().detachedReshape([size])
        case .c, .any: return try flatten()
        }
    }
}
