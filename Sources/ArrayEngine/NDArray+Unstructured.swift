/// Records seen as a last axis of plain values and back: NumPy's
/// `structured_to_unstructured` and `unstructured_to_structured`
/// (`numpy.lib.recfunctions`), built from the same views and casts as NumPy's, so
/// the results are views exactly when NumPy's are and have the same bases.
extension RecordLayout {
    /// One run of plain values in a record: `count` elements of `dtype` from `offset`.
    public struct Leaf: Sendable {
        public let dtype: DType
        public let count: Int
        public let offset: Int
    }

    /// Every plain field, nested records flattened and subarrays counted, left to
    /// right (NumPy's `_get_fields_and_offsets`).
    public func leaves(from start: Int = 0) -> [Leaf] {
        var result: [Leaf] = []
        for field in fields {
            let count = field.shape.reduce(1, *)
            guard let nested = field.dtype.record else {
                result.append(Leaf(dtype: field.dtype, count: count, offset: start + field.offset))
                continue
            }
            for i in 0..<count {
                result += nested.leaves(from: start + field.offset + i * field.dtype.itemsize)
            }
        }
        return result
    }

    /// NumPy's flattened form of the leaves: a field `f0`, `f1`, ... for each, where it
    /// lies, with its count as a shape, in records of `itemsize` bytes.
    func flattened(_ leaves: [Leaf], itemsize: Int) -> DType {
        let fields = leaves.indices.map {
            Field(name: "f\($0)", dtype: leaves[$0].dtype, offset: leaves[$0].offset, shape: [leaves[$0].count])
        }
        return DType(record: RecordLayout(fields: fields, itemsize: itemsize))
    }

    /// The one step between consecutive values of the leaves when there is one
    /// (negative when they run backwards), as NumPy's `_common_stride`.
    static func commonStride(_ leaves: [Leaf], itemsize: Int) -> Int? {
        guard leaves.count > 1 else { return itemsize }
        let negative = leaves[1].offset < leaves[0].offset
        var previous: Int?
        var stride: Int?
        for leaf in negative ? leaves.reversed() : leaves {
            var end = leaf.offset
            if leaf.count != 1 {
                // A subarray is contiguous: its step is the itemsize, never negative.
                if negative { return nil }
                if stride == nil { stride = itemsize }
                if stride != itemsize { return nil }
                end = leaf.offset + (leaf.count - 1) * itemsize
            }
            if let previous {
                let step = leaf.offset - previous
                if stride == nil { stride = step }
                if stride != step { return nil }
            }
            previous = end
        }
        return stride.map { negative ? -$0 : $0 }
    }
}

extension NDArray {
    /// `structured_to_unstructured(a, dtype, copy, casting)`: a new last axis holding
    /// every plain value of each record, as `outType` (the common type of the fields
    /// when nil). A view when no value needs a cast and the values sit one step apart.
    public func unstructured(as outType: DType?, copy: Bool, casting: Casting) throws(PythonError) -> NDArray {
        guard let record = dtype.record else { throw .value("arr must be a structured array") }
        let leaves = record.leaves()
        guard !leaves.isEmpty else {
            if outType == nil { throw .value("arr has no fields. Unable to guess dtype") }
            throw .notImplemented("arr with no fields is not supported")
        }
        let target = outType ?? DType.promote(all: leaves.map(\.dtype))?.canonical ?? .float64
        let total = leaves.reduce(0) { $0 + $1.count }
        if !copy, leaves.allSatisfy({ $0.dtype == target }),
            let step = RecordLayout.commonStride(leaves, itemsize: target.itemsize)
        {
            // NumPy's path: the records as bytes from the first value, strided over
            // with as_strided, read as the type; reversed when the values run backwards.
            let first = leaves.map(\.offset).min() ?? 0
            let bytes = try view(shape: shape + [1], strides: strides + [itemsize]).reinterpreted(as: .uint8)
            let tail = bytes.view(
                offset: bytes.offset + first, shape: shape + [itemsize - first], strides: bytes.strides)
            let strided = try tail.asStrided(
                shape: shape + [total, target.itemsize], strides: strides + [abs(step), 1], writeable: true)
            let values = try strided.reinterpreted(as: target)
            let result = values.view(shape: shape + [total], strides: Array(values.strides.dropLast()))
            guard step < 0 else { return result }
            return result.view(
                offset: result.offset + (total - 1) * abs(step), shape: result.shape,
                strides: Array(result.strides.dropLast()) + [step])
        }
        // Otherwise a copy into records of the type, each field a run of values, viewed as the new axis.
        let packed = DType(
            record: try RecordLayout(packing: leaves.indices.map { ("f\($0)", target, [leaves[$0].count]) }))
        try casting.check(record.flattened(leaves, itemsize: itemsize), packed)
        let owner = try NDArray.allocate(shape: shape, dtype: packed)
        var column = 0
        for leaf in leaves {
            let source = view(
                offset: offset + leaf.offset, shape: shape + [leaf.count], strides: strides + [leaf.dtype.itemsize],
                dtype: leaf.dtype)
            let destination = owner.view(
                offset: owner.offset + column * target.itemsize, shape: shape + [leaf.count],
                strides: owner.strides + [target.itemsize], dtype: target)
            try destination.assign(source)
            column += leaf.count
        }
        return owner.view(shape: shape + [total], strides: owner.strides + [target.itemsize], dtype: target)
    }

    /// `unstructured_to_structured(a, dtype)`: the last axis read as records of
    /// `recordType`, whose plain values it must number. A view when the records are
    /// these values packed, in this type, and `copy` is false.
    public func structured(as recordType: DType, copy: Bool, casting: Casting) throws(PythonError) -> NDArray {
        guard let record = recordType.record, let last = shape.last else {
            throw .value("arr must have at least one dimension")
        }
        if last == 0 { throw .notImplemented("last axis with size 0 is not supported") }
        let leaves = record.leaves()
        guard last == leaves.reduce(0, { $0 + $1.count }) else {
            throw .value("The length of the last dimension of arr must be equal to the number of fields in dtype")
        }
        let source = isCContiguous ? self : try self.copy()
        let outer = Array(shape.dropLast())
        var packedOffset = 0
        let isPacked = leaves.allSatisfy { leaf in
            defer { packedOffset += leaf.count * dtype.itemsize }
            return leaf.dtype == dtype && leaf.offset == packedOffset
        }
        if !copy, isPacked, recordType.itemsize == last * itemsize {
            let records = try source.reinterpreted(as: recordType)
            return records.view(shape: outer, strides: Array(records.strides.dropLast()))
        }
        // NumPy casts into records of the leaves (one per run of values) and views them as `recordType`.
        let packed = DType(
            record: try RecordLayout(packing: leaves.indices.map { ("f\($0)", dtype, [leaves[$0].count]) }))
        let flattened = record.flattened(leaves, itemsize: recordType.itemsize)
        try casting.check(packed, flattened)
        let owner = try NDArray.allocate(shape: outer + [1], dtype: flattened)
        let rows = Array(owner.strides.dropLast())
        var column = 0
        for leaf in leaves {
            let values = source.view(
                offset: source.offset + column * itemsize, shape: outer + [leaf.count], strides: source.strides,
                dtype: dtype)
            let destination = owner.view(
                offset: owner.offset + leaf.offset, shape: outer + [leaf.count],
                strides: rows + [leaf.dtype.itemsize], dtype: leaf.dtype)
            try destination.assign(values)
            column += leaf.count
        }
        let records = try owner.reinterpreted(as: recordType)
        return records.view(shape: outer, strides: rows)
    }
}
