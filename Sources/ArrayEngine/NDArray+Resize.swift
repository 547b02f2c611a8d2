/// `a.resize(...)` (in place, new memory) and `np.resize(a, shape)` (a new array).
extension NDArray {
    /// `a.resize(new_shape)`: the same bytes in memory order, cut short or extended
    /// with zeros, under a new shape (Fortran strides when the array was Fortran-ordered
    /// only, as NumPy fills them). A new size needs an owner that nothing else refers
    /// to: `referenced` is the caller's count of other references (names, containers),
    /// and a view refers to its base; nil skips that check (`refcheck=False`).
    public func resize(to newShape: [Int], referenced: Int?) throws(PythonError) {
        guard isCContiguous || isFContiguous else { throw .value("resize only works on single-segment arrays") }
        var newSize = 1
        for extent in newShape {
            if extent < 0 { throw .value("negative dimensions not allowed") }
            let (product, overflow) = newSize.multipliedReportingOverflow(by: extent)
            if overflow { throw .value("newsize is too large") }
            newSize = product
        }
        let fortran = isFContiguous && !isCContiguous
        let newStrides =
            fortran
            ? Array(NDArray.contiguousStrides(shape: newShape.reversed(), itemsize: itemsize).reversed())
            : NDArray.contiguousStrides(shape: newShape, itemsize: itemsize)
        guard newSize != size else {
            setGeometry(shape: newShape, strides: newStrides)
            return
        }
        guard ownsData else { throw .value("cannot resize this array: it does not own its data") }
        // NumPy refuses more than one reference besides the call's own: a name, a slot, or a view's base.
        if let referenced, referenced + buffer.arrays - 1 > 1 {
            throw .value(
                """
                cannot resize an array that references or is referenced
                by another object in this way.
                Use the np.resize function to get a new resized copy or
                 set refcheck=False to disable this check
                """)
        }
        let bytes = try NDArray.byteCount(shape: newShape, itemsize: itemsize)
        let memory = try Buffer(
            byteCount: bytes, zeroed: true, describing: "shape \(ShapeText.tuple(newShape)) and data type \(dtype.name)"
        )
        let kept = min(bytes, size * itemsize)
        memory.pointer.copyMemory(from: buffer.pointer, byteCount: kept)
        replaceMemory(memory, shape: newShape, strides: newShape.contains(0) ? newShape.map { _ in 0 } : newStrides)
        // The new elements are zeros: for objects, NumPy's int 0.
        if dtype.isObject, bytes > kept {
            try view(offset: kept, shape: [(bytes - kept) / itemsize], strides: [itemsize]).fill(Scalar(int64: 0))
        }
    }

    /// `np.resize(a, shape)`: the elements in C order repeated to fill the new shape, as
    /// NumPy builds it: a view of the concatenated copies (its base), or zeros when a is empty.
    public func resized(to newShape: [Int]) throws(PythonError) -> NDArray {
        if newShape.contains(where: { $0 < 0 }) { throw .value("all elements of `new_shape` must be non-negative") }
        let newSize = try NDArray.byteCount(shape: newShape, itemsize: 1)
        guard size > 0 else { return try NDArray.allocate(shape: newShape, dtype: dtype) }
        let repeats = (newSize + size - 1) / size
        guard case (let total, false) = repeats.multipliedReportingOverflow(by: size) else { throw .tooBig }
        let joined = try NDArray.allocate(shape: [total], dtype: dtype, zeroed: false)
        let flat = try ravel()
        for k in 0..<repeats {
            try joined.view(offset: k * size * itemsize, shape: [size], strides: [itemsize]).assign(flat)
        }
        return try joined.view(shape: [newSize], strides: [itemsize]).reshape(newShape)
    }
}
