/// Shape manipulation: views when the strides allow it, copies otherwise.
extension NDArray {
    public var isCContiguous: Bool { Self.isContiguous(shape: shape, strides: strides, itemsize: itemsize, order: .c) }
    public var isFContiguous: Bool {
        Self.isContiguous(shape: shape, strides: strides, itemsize: itemsize, order: .fortran)
    }

    /// NumPy's contiguity test: axes of extent 1 may have any stride.
    static func isContiguous(shape: [Int], strides: [Int], itemsize: Int, order: ArrayOrder) -> Bool {
        if shape.contains(0) { return true }
        var expected = itemsize
        let axes = order == .c ? Array(shape.indices.reversed()) : Array(shape.indices)
        for axis in axes where shape[axis] != 1 {
            if strides[axis] != expected { return false }
            expected *= shape[axis]
        }
        return true
    }

    /// Resolves one `-1` in a requested shape against this array's size.
    public func resolve(shape requested: [Int]) throws(PythonError) -> [Int] {
        let unknown = requested.indices.filter { requested[$0] == -1 }
        if unknown.count > 1 { throw .value("can only specify one unknown dimension") }
        if requested.contains(where: { $0 < -1 }) { throw .value("negative dimensions not allowed") }
        let mismatch = PythonError.value(
            "cannot reshape array of size \(size) into shape \(ShapeText.compact(requested))")
        var shape = requested
        var known = 1
        for extent in requested where extent != -1 {
            let (product, overflow) = known.multipliedReportingOverflow(by: extent)
            if overflow { throw mismatch }
            known = product
        }
        if let axis = unknown.first {
            guard known != 0, size % known == 0 else { throw mismatch }
            shape[axis] = size / known
        } else if known != size {
            throw mismatch
        }
        _ = try NDArray.byteCount(shape: shape, itemsize: itemsize)
        return shape
    }

    /// Strides presenting these elements (in C order) with `newShape`, if no copy is needed.
    func stridesForReshape(to newShape: [Int]) -> [Int]? {
        // NumPy's PyArray_Newshape keeps the strides when the shape does not change.
        if newShape == shape { return strides }
        if size == 0 || isCContiguous { return NDArray.contiguousStrides(shape: newShape, itemsize: itemsize) }
        // NumPy's _attempt_nocopy_reshape: match groups of old and new axes with equal products.
        let oldShape = shape.indices.filter { shape[$0] != 1 }.map { shape[$0] }
        let oldStrides = shape.indices.filter { shape[$0] != 1 }.map { strides[$0] }
        var newStrides = [Int](repeating: 0, count: newShape.count)
        var oi = 0
        var oj = 1
        var ni = 0
        var nj = 1
        while ni < newShape.count && oi < oldShape.count {
            var np = newShape[ni]
            var op = oldShape[oi]
            while np != op {
                if np < op {
                    np *= newShape[nj]
                    nj += 1
                } else {
                    op *= oldShape[oj]
                    oj += 1
                }
            }
            for k in oi..<(oj - 1) where oldStrides[k] != oldShape[k + 1] * oldStrides[k + 1] { return nil }
            newStrides[nj - 1] = oldStrides[oj - 1]
            var k = nj - 1
            while k > ni {
                newStrides[k - 1] = newStrides[k] * newShape[k]
                k -= 1
            }
            ni = nj
            nj += 1
            oi = oj
            oj += 1
        }
        let last = ni > 0 ? newStrides[ni - 1] : itemsize
        for k in ni..<newShape.count { newStrides[k] = last }
        return newStrides
    }

    /// `a.reshape(shape)`: a view when possible, else a view of a C-ordered copy
    /// (whose base is that copy, as in NumPy).
    public func reshape(_ requested: [Int]) throws(PythonError) -> NDArray {
        let newShape = try resolve(shape: requested)
        if let newStrides = stridesForReshape(to: newShape) {
            return view(shape: newShape, strides: newStrides)
        }
        let copied = try copy()
        return copied.view(shape: newShape, strides: NDArray.contiguousStrides(shape: newShape, itemsize: itemsize))
    }

    /// `a.shape = shape`: changes this array in place, only when no copy is needed.
    public func setShape(_ requested: [Int]) throws(PythonError) {
        let newShape = try resolve(shape: requested)
        guard let newStrides = stridesForReshape(to: newShape) else {
            throw .init(
                "AttributeError",
                "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.")
        }
        setGeometry(shape: newShape, strides: newStrides)
    }

    /// `a.dtype = t`: the same bytes read as another type in place, by `view(dtype)`'s rules.
    public func setDType(_ newType: DType) throws(PythonError) {
        let viewed = try reinterpreted(as: newType)
        dtype = newType
        setGeometry(shape: viewed.shape, strides: viewed.strides)
    }

    /// `a.ravel()`: a 1-D view when the data is C-contiguous, else a copy.
    public func ravel() throws(PythonError) -> NDArray {
        if isCContiguous { return view(shape: [size], strides: [itemsize]) }
        return try copy().detachedReshape([size])
    }

    /// `a.flatten()`: always a new array that owns its data.
    public func flatten() throws(PythonError) -> NDArray {
        try copy().detachedReshape([size])
    }

    /// Reinterprets a fresh, owned, C-contiguous array with a new shape, still owning its data.
    func detachedReshape(_ newShape: [Int]) -> NDArray {
        NDArray(
            buffer: buffer, offset: offset, shape: newShape,
            strides: NDArray.freshStrides(shape: newShape, itemsize: itemsize), dtype: dtype, base: nil)
    }

    /// `a.transpose(axes)` / `a.T`: a view with permuted axes.
    public func transposed(_ axes: [Int]? = nil) throws(PythonError) -> NDArray {
        let order = axes ?? Array((0..<ndim).reversed())
        guard order.count == ndim else { throw .value("axes don't match array") }
        let normal = try order.map { axis throws(PythonError) in try normalizeAxis(axis) }
        guard Set(normal).count == ndim else { throw .value("repeated axis in transpose") }
        return view(shape: normal.map { shape[$0] }, strides: normal.map { strides[$0] })
    }

    public func swapAxes(_ first: Int, _ second: Int) throws(PythonError) -> NDArray {
        var order = Array(0..<ndim)
        order.swapAt(try normalizeAxis(first, naming: "axis1"), try normalizeAxis(second, naming: "axis2"))
        return try transposed(order)
    }

    public func moveAxis(_ source: Int, to destination: Int) throws(PythonError) -> NDArray {
        try moveAxes([source], to: [destination])
    }

    /// `np.moveaxis(a, source, destination)` with sequences: each source axis lands at
    /// its destination, the others keep their order (a view).
    public func moveAxes(_ sources: [Int], to destinations: [Int]) throws(PythonError) -> NDArray {
        let from = try normalizeAxes(sources, naming: "source")
        let to = try normalizeAxes(destinations, naming: "destination")
        guard from.count == to.count else {
            throw .value("`source` and `destination` arguments must have the same number of elements")
        }
        var order = Array(0..<ndim).filter { !from.contains($0) }
        for (destination, source) in zip(to, from).sorted(by: { $0.0 < $1.0 }) { order.insert(source, at: destination) }
        return try transposed(order)
    }

    /// `np.expand_dims(a, axis)` with a tuple: new axes of length 1 at each position
    /// of the result (a view).
    public func expandDims(_ axes: [Int]) throws(PythonError) -> NDArray {
        let resultRank = ndim + axes.count
        try NDArray.checkRank(resultRank)
        let positions = try axes.map { axis throws(PythonError) in
            guard axis >= -resultRank, axis < resultRank else { throw PythonError.axis(axis, ndim: resultRank) }
            return axis < 0 ? axis + resultRank : axis
        }
        guard Set(positions).count == positions.count else { throw .value("repeated axis") }
        var result = self
        for position in positions.sorted() { result = try result.expandDims(position) }
        return result
    }

    /// NumPy's `normalize_axis_tuple`: every axis in range, none repeated.
    func normalizeAxes(_ axes: [Int], naming parameter: String) throws(PythonError) -> [Int] {
        let normal = try axes.map { axis throws(PythonError) in try normalizeAxis(axis, naming: parameter) }
        guard Set(normal).count == normal.count else {
            throw .value("repeated axis in `\(parameter)` argument")
        }
        return normal
    }

    /// `np.expand_dims(a, axis)`.
    public func expandDims(_ axis: Int) throws(PythonError) -> NDArray {
        try NDArray.checkRank(ndim + 1)
        guard axis >= -(ndim + 1), axis <= ndim else { throw .axis(axis, ndim: ndim + 1) }
        let position = axis < 0 ? axis + ndim + 1 : axis
        var newShape = shape
        newShape.insert(1, at: position)
        // NumPy reshapes, which gives the new axis the stride of its neighbours.
        if let newStrides = stridesForReshape(to: newShape) { return view(shape: newShape, strides: newStrides) }
        var newStrides = strides
        newStrides.insert(0, at: position)
        return view(shape: newShape, strides: newStrides)
    }

    /// `a.squeeze(axis)`: drops axes of extent 1 (all of them when `axes` is nil).
    public func squeeze(_ axes: [Int]? = nil) throws(PythonError) -> NDArray {
        let drop: [Int]
        if let axes {
            drop = try axes.map { axis throws(PythonError) in try normalizeAxis(axis) }
            if drop.contains(where: { shape[$0] != 1 }) {
                throw .value("cannot select an axis to squeeze out which has size not equal to one")
            }
        } else {
            drop = shape.indices.filter { shape[$0] == 1 }
            // NumPy's PyArray_Squeeze returns the array itself when no axis has extent 1.
            if drop.isEmpty { return self }
        }
        let keep = shape.indices.filter { !drop.contains($0) }
        return view(shape: keep.map { shape[$0] }, strides: keep.map { strides[$0] })
    }

    /// `a.view(dtype)`: the same bytes read as another type (last axis rescaled).
    public func reinterpreted(as newType: DType) throws(PythonError) -> NDArray {
        if newType.itemsize == itemsize {
            return view(shape: shape, strides: strides, dtype: newType)
        }
        guard ndim > 0 else {
            throw .value("Changing the dtype of a 0d array is only supported if the itemsize is unchanged")
        }
        guard strides[ndim - 1] == itemsize || shape[ndim - 1] == 1 || size == 0 else {
            throw .value("To change to a dtype of a different size, the last axis must be contiguous")
        }
        let bytes = shape[ndim - 1] * itemsize
        guard bytes % newType.itemsize == 0 else {
            throw .value(
                "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array."
            )
        }
        var newShape = shape
        var newStrides = strides
        newShape[ndim - 1] = bytes / newType.itemsize
        newStrides[ndim - 1] = newType.itemsize
        return view(shape: newShape, strides: newStrides, dtype: newType)
    }

    /// An axis number made non-negative; `naming` prefixes the error as NumPy does (`source: axis 3 ...`).
    public func normalizeAxis(_ axis: Int, naming parameter: String? = nil) throws(PythonError) -> Int {
        guard axis >= -ndim, axis < ndim else {
            let error = PythonError.axis(axis, ndim: ndim)
            throw parameter.map { PythonError(error.exception, "\($0): \(error.message)") } ?? error
        }
        return axis < 0 ? axis + ndim : axis
    }
}

extension NDArray {
    /// `flags.aligned`: the first element and every step fall on the item size.
    public var isAligned: Bool {
        let alignment = dtype.itemsize
        return !isAlignedFlagCleared && Int(bitPattern: pointer) % alignment == 0
            && strides.allSatisfy { $0 % alignment == 0 }
    }
}
