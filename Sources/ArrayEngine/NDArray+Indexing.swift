/// Subscripts: basic indexing gives views, advanced (integer/boolean array) indexing copies.
extension NDArray {
    /// What `a[index]` produces: a NumPy scalar when every axis got an integer, else an array.
    public enum Selection {
        case element(Scalar)
        case array(NDArray)
    }

    /// Records of an odd size are gathered as rows of bytes: the same index over a
    /// uint8 view with one more axis (the record's bytes), read back as records.
    private func selectRecordBytes(_ items: [IndexItem]) throws(PythonError) -> Selection {
        let bytes = view(shape: shape + [itemsize], strides: strides + [1], dtype: .uint8)
        guard case .array(let rows) = try bytes.select(items + [.all]), rows.strides.last == 1 else {
            throw .notImplemented("this index of a structured array is not supported yet")
        }
        return .array(
            rows.view(shape: Array(rows.shape.dropLast()), strides: Array(rows.strides.dropLast()), dtype: dtype))
    }

    /// `a[items]`.
    ///
    /// One record of a structured array is no number: it comes back as a 0-d view
    /// of the record (NumPy's `np.void` views the array's memory too).
    public func select(_ items: [IndexItem]) throws(PythonError) -> Selection {
        if let address = try elementAddress(items) {
            guard dtype.selectsAsView else { return .element(load(at: address)) }
            return .array(view(offset: address - buffer.pointer, shape: [], strides: []))
        }
        if dtype.isString || dtype.record != nil && ![1, 2, 4, 8, 16].contains(itemsize) {
            return try selectRecordBytes(items)
        }
        if let mask = fullMask(items) { return .array(try Gather.compress(self, mask: mask)) }
        let plan = try IndexPlan(items, for: self)
        if let advanced = plan.advanced {
            return .array(try gather(advanced, from: plan.view))
        }
        if plan.isElement { return dtype.selectsAsView ? .array(plan.view) : .element(load(at: plan.view.pointer)) }
        return .array(plan.view)
    }

    /// `a[items] = value`: writes through to this array's buffer.
    public func assign(_ items: [IndexItem], value: NDArray) throws(PythonError) {
        guard isWriteable else { throw .readOnly }
        if value.ndim == 0, !dtype.isFlexible, !value.dtype.selectsAsView, let address = try elementAddress(items) {
            // One element from one value: stored as `assign` would, cast to our dtype.
            store(value.load(at: value.pointer), at: address)
            return
        }
        if let mask = fullMask(items), try maskedAssign(mask, value: value) { return }
        let plan = try IndexPlan(items, for: self)
        guard let advanced = plan.advanced else {
            try plan.view.assign(value)
            return
        }
        try scatter(value, into: advanced, of: plan.view)
    }

    // MARK: - Single elements

    /// The address `a[i, j, ...]` names when the subscript is one integer per axis
    /// (the commonest subscript, served without building a view); nil for others.
    /// Out-of-range integers raise IndexError, as the general path would.
    private func elementAddress(_ items: [IndexItem]) throws(PythonError) -> UnsafeMutableRawPointer? {
        guard items.count == ndim, ndim > 0,
            items.allSatisfy({ if case .integer = $0 { true } else { false } })
        else { return nil }
        var byte = offset
        for (axis, item) in items.enumerated() {
            guard case .integer(let i) = item else { return nil }
            let extent = shape[axis]
            guard i >= -extent, i < extent else {
                throw .index("index \(i) is out of bounds for axis \(axis) with size \(extent)")
            }
            byte += (i < 0 ? i + extent : i) * strides[axis]
        }
        return buffer.pointer + byte
    }

    // MARK: - Boolean masks of the array's own shape

    /// The mask of `a[mask]` when it is the whole subscript and has `a`'s shape
    /// (the common case, served without listing the selected indices).
    private func fullMask(_ items: [IndexItem]) -> NDArray? {
        guard items.count == 1, case .array(let mask) = items[0], mask.dtype == .bool,
            mask.ndim > 0, mask.shape == shape
        else { return nil }
        return mask
    }

    /// `a[mask] = value` for a single value or one value per selected element;
    /// false (nothing written) for the other shapes, which the general path handles.
    private func maskedAssign(_ mask: NDArray, value: NDArray) throws(PythonError) -> Bool {
        var value = value
        var mask = mask
        if mask.buffer === buffer { mask = try mask.copy() }
        // NumPy's boolean assignment takes one value, or one per true element.
        if value.ndim > 1 {
            throw .value(
                "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has \(value.ndim) dimensions"
            )
        }
        let count = try Gather.trueCount(mask)
        if value.ndim == 1, value.shape[0] != 1, value.shape[0] != count {
            throw .value(
                "NumPy boolean array indexing assignment cannot assign \(value.shape[0]) input values to the \(count) output values where the mask is true"
            )
        }
        if value.buffer === buffer || value.dtype != dtype { value = try value.copy(as: dtype) }
        try Gather.maskedPut(self, mask: mask, values: value)
        return true
    }

    // MARK: - Advanced indexing

    /// Copies the selected elements: result shape is the broadcast index shape with
    /// the untouched axes, placed as NumPy places them.
    private func gather(_ advanced: AdvancedIndex, from view: NDArray) throws(PythonError) -> NDArray {
        let rest = advanced.remainingAxes(of: view)
        let restShape = rest.map { view.shape[$0] }
        let restStrides = rest.map { view.strides[$0] }
        let block = try NDArray.allocate(shape: advanced.shape + restShape, dtype: dtype, zeroed: false)
        let source = UnsafeRawPointer(view.pointer)
        if rest.isEmpty, advanced.arrays.count == 1, let axis = advanced.axes.first {
            try Gather.take(
                indices: advanced.arrays[0], extent: view.shape[axis], stride: view.strides[axis],
                axis: axis, from: source, into: block.pointer, itemsize: itemsize)
        } else {
            try Gather.take(
                offsets: try advanced.byteOffsets(in: view), from: source, blockShape: restShape,
                blockStrides: restStrides, into: block.pointer, itemsize: itemsize)
        }
        return advanced.placeBlockAxes(block, leading: advanced.leadingAxes)
    }

    private func scatter(_ value: NDArray, into advanced: AdvancedIndex, of view: NDArray) throws(PythonError) {
        // Every index is checked before anything is written.
        let offsets = try advanced.byteOffsets(in: view)
        let rest = advanced.remainingAxes(of: view)
        let restShape = rest.map { view.shape[$0] }
        let restStrides = rest.map { view.strides[$0] }
        // The value broadcasts against the indexing result's shape, as NumPy lays it out.
        let resultShape = advanced.resultShape(restShape: restShape)
        var value = value
        while value.ndim > resultShape.count, value.shape[0] == 1 {
            value = value.view(shape: Array(value.shape.dropFirst()), strides: Array(value.strides.dropFirst()))
        }
        guard value.ndim <= resultShape.count, Broadcasting.shape([value.shape, resultShape]) == resultShape else {
            throw .value(
                "shape mismatch: value array of shape \(ShapeText.compact(value.shape)) could not be broadcast to indexing result of shape \(ShapeText.compact(resultShape))"
            )
        }
        // Cast (and detach from our buffer) before stretching, so only the value's own elements are copied.
        if value.buffer === buffer || value.dtype != dtype { value = try value.copy(as: dtype) }
        // Present the value in block order (index axes first), matching the gather layout.
        let stretched = value.view(shape: resultShape, strides: Broadcasting.strides(of: value, as: resultShape))
        let block = advanced.blockOrder(stretched)
        let indexRank = advanced.shape.count
        try Gather.put(
            UnsafeRawPointer(block.pointer), indexShape: advanced.shape,
            indexStrides: Array(block.strides.prefix(indexRank)),
            valueBlockStrides: Array(block.strides.suffix(rest.count)), offsets: offsets,
            into: view.pointer, targetBlockStrides: restStrides, blockShape: restShape, itemsize: itemsize)
    }
}
