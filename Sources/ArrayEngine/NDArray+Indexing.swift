/// Subscripts: basic indexing gives views, advanced (integer/boolean array) indexing copies.
extension NDArray {
    /// What `a[index]` produces: a NumPy scalar when every axis got an integer, else an array.
    public enum Selection {
        case element(Scalar)
        case array(NDArray)
    }

    /// `a[items]`.
    public func select(_ items: [IndexItem]) throws(ArrayError) -> Selection {
        let plan = try IndexPlan(items, for: self)
        if let advanced = plan.advanced {
            return .array(try gather(advanced, from: plan.view))
        }
        if plan.isElement { return .element(load(at: plan.view.pointer)) }
        return .array(plan.view)
    }

    /// `a[items] = value`: writes through to this array's buffer.
    public func assign(_ items: [IndexItem], value: NDArray) throws(ArrayError) {
        guard isWriteable else { throw .readOnly }
        let plan = try IndexPlan(items, for: self)
        guard let advanced = plan.advanced else {
            try plan.view.assign(value)
            return
        }
        try scatter(value, into: advanced, of: plan.view)
    }

    // MARK: - Advanced indexing

    /// Copies the selected elements: result shape is the broadcast index shape with
    /// the untouched axes, placed as NumPy places them.
    private func gather(_ advanced: AdvancedIndex, from view: NDArray) throws(ArrayError) -> NDArray {
        let rest = advanced.remainingAxes(of: view)
        let blockShape = advanced.shape + rest.map { view.shape[$0] }
        let block = try NDArray.allocate(shape: blockShape, dtype: dtype, zeroed: false)
        let restStrides = rest.map { view.strides[$0] }
        let restShape = rest.map { view.shape[$0] }
        let blockRowStrides = Array(block.strides.suffix(rest.count))
        let rowBytes = restShape.reduce(block.itemsize, *)
        for (position, byte) in advanced.byteOffsets(in: view).enumerated() {
            let source = view.view(offset: view.offset + byte, shape: restShape, strides: restStrides)
            let target = block.view(offset: position * rowBytes, shape: restShape, strides: blockRowStrides)
            try CastCopy.run(into: target, from: source, sourceStrides: restStrides)
            if position & 0xFFFF == 0 { try Interruption.check() }
        }
        return advanced.placeBlockAxes(block, leading: advanced.leadingAxes)
    }

    private func scatter(_ value: NDArray, into advanced: AdvancedIndex, of view: NDArray) throws(ArrayError) {
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
            throw .value("shape mismatch: value array of shape \(ShapeText.compact(value.shape)) could not be broadcast to indexing result of shape \(ShapeText.compact(resultShape))")
        }
        if value.buffer === buffer { value = try value.copy() }
        // Present the value in block order (index axes first), matching the gather layout.
        let stretched = value.view(shape: resultShape, strides: Broadcasting.strides(of: value, as: resultShape))
        let block = advanced.blockOrder(stretched)
        let blockRest = Array(block.strides.suffix(rest.count))
        let indexRank = advanced.shape.count
        let indexStrides = Array(block.strides.prefix(indexRank))
        var counter = [Int](repeating: 0, count: indexRank)
        for byte in advanced.byteOffsets(in: view) {
            var sourceOffset = block.offset
            for axis in 0..<indexRank { sourceOffset += counter[axis] * indexStrides[axis] }
            let target = view.view(offset: view.offset + byte, shape: restShape, strides: restStrides)
            let source = block.view(offset: sourceOffset, shape: restShape, strides: blockRest)
            try CastCopy.run(into: target, from: source, sourceStrides: blockRest)
            var axis = indexRank - 1
            while axis >= 0 {
                counter[axis] += 1
                if counter[axis] < advanced.shape[axis] { break }
                counter[axis] = 0
                axis -= 1
            }
        }
    }
}
