/// A subscript resolved against an array: the basic-indexing view, plus the
/// integer-array part when there is one.
///
/// Advanced axes are kept whole in `view` (as if indexed by `:`), so gathering
/// only has to combine `view` with `advanced`.
struct IndexPlan {
    let view: NDArray
    let advanced: AdvancedIndex?
    /// Every axis took an integer: the result is a scalar, not a 0-d view.
    let isElement: Bool

    init(_ rawItems: [IndexItem], for array: NDArray) throws(PythonError) {
        // NumPy's prepare_index looks at the length of the index first.
        if rawItems.count > 2 * NDArray.maximumDimensions { throw .index("too many indices for array") }
        var items: [IndexItem] = []
        // Positions in `items` of the index arrays of 0-d masks: NumPy gives each a new
        // axis of its own (length 1 for True, 0 for False), consuming no axis of the array.
        var newAxisArrays: Set<Int> = []
        // Boolean masks become one integer array per axis they cover (`nonzero`).
        for item in rawItems {
            if case .array(let mask) = item, mask.dtype == .bool {
                if mask.ndim == 0 { newAxisArrays.insert(items.count) }
                items += try mask.nonzeroIndices().map { IndexItem.array($0) }
            } else {
                items.append(item)
            }
        }
        let hasArrays = items.contains { if case .array = $0 { true } else { false } }
        let consumed = items.indices.reduce(0) { count, position in
            switch items[position] {
            case .integer, .slice: count + 1
            case .array: newAxisArrays.contains(position) ? count : count + 1
            case .ellipsis, .newAxis: count
            }
        }
        let ellipses = items.filter { if case .ellipsis = $0 { true } else { false } }.count
        if ellipses > 1 { throw .index("an index can only have a single ellipsis ('...')") }
        if consumed > array.ndim {
            throw .index("too many indices for array: array is \(array.ndim)-dimensional, but \(consumed) were indexed")
        }
        for (position, item) in rawItems.enumerated() {
            guard case .array(let mask) = item, mask.dtype == .bool, mask.ndim > 0 else { continue }
            let axis = rawItems[..<position].reduce(0) {
                $0 + Self.axesConsumed(by: $1, ndim: array.ndim, total: consumed)
            }
            for (k, extent) in mask.shape.enumerated() where axis + k < array.ndim && array.shape[axis + k] != extent {
                throw .index(
                    "boolean index did not match indexed array along axis \(axis + k); size of axis is \(array.shape[axis + k]) but size of corresponding boolean axis is \(extent)"
                )
            }
        }

        var shape: [Int] = []
        var strides: [Int] = []
        var offset = array.offset
        var axis = 0
        var indexArrays: [(array: NDArray, axis: Int, position: Int)] = []
        for (position, item) in items.enumerated() {
            switch item {
            case .integer(let i) where hasArrays:
                indexArrays.append((NDArray.scalar(Scalar(int64: Int64(i))), shape.count, position))
                shape.append(array.shape[axis])
                strides.append(array.strides[axis])
                axis += 1
            case .integer(let i):
                let extent = array.shape[axis]
                guard i >= -extent, i < extent else {
                    throw .index("index \(i) is out of bounds for axis \(axis) with size \(extent)")
                }
                offset += (i < 0 ? i + extent : i) * array.strides[axis]
                axis += 1
            case .slice(let start, let stop, let step):
                let slice = try ResolvedSlice(start: start, stop: stop, step: step, length: array.shape[axis])
                if slice.count > 0 { offset += slice.start * array.strides[axis] }
                shape.append(slice.count)
                // Exact for two or more elements (the step is then below the length); for
                // one or none it wraps, as NumPy's C arithmetic does (`a[::2**63-1].strides`).
                strides.append(array.strides[axis] &* slice.step)
                axis += 1
            case .ellipsis:
                for _ in 0..<(array.ndim - consumed) {
                    shape.append(array.shape[axis])
                    strides.append(array.strides[axis])
                    axis += 1
                }
            case .newAxis:
                shape.append(1)
                strides.append(0)
            case .array(let indices) where newAxisArrays.contains(position):
                indexArrays.append((indices, shape.count, position))
                shape.append(1)
                strides.append(0)
            case .array(let indices):
                indexArrays.append((indices, shape.count, position))
                shape.append(array.shape[axis])
                strides.append(array.strides[axis])
                axis += 1
            }
        }
        shape += array.shape[axis...]
        strides += array.strides[axis...]
        let resultRank =
            shape.count - indexArrays.count
            + (indexArrays.isEmpty ? 0 : (try AdvancedIndex.broadcastShape(indexArrays.map(\.array.shape))).count)
        if resultRank > NDArray.maximumDimensions {
            throw .index(
                "number of dimensions must be within [0, \(NDArray.maximumDimensions)], indexing result would have \(resultRank)"
            )
        }
        view = array.view(offset: offset, shape: shape, strides: strides)
        isElement = consumed == array.ndim && items.allSatisfy { if case .integer = $0 { true } else { false } }
        advanced = indexArrays.isEmpty ? nil : try AdvancedIndex(indexArrays, view: view)
    }

    private static func axesConsumed(by item: IndexItem, ndim: Int, total: Int) -> Int {
        switch item {
        case .integer, .slice: 1
        case .ellipsis: ndim - total
        case .newAxis: 0
        case .array(let a): a.dtype == .bool ? a.ndim : 1
        }
    }
}

/// The integer-array part of a subscript, broadcast to one shape.
///
/// Indices are checked against their axis when byte offsets are computed
/// (`byteOffsets`, `Gather.take`), array by array in C order, as NumPy checks.
struct AdvancedIndex {
    /// The broadcast shape of the index arrays.
    let shape: [Int]
    /// The axes of the view they index, in subscript order.
    let axes: [Int]
    /// The index arrays as int64 (NumPy's intp, converted as NumPy converts:
    /// uint64 wraps), broadcast to `shape`.
    let arrays: [NDArray]
    /// How many untouched axes come before the index axes in the result: the index
    /// arrays' position when they are adjacent in the subscript, else 0 (NumPy's rule).
    let leadingAxes: Int

    init(_ entries: [(array: NDArray, axis: Int, position: Int)], view: NDArray) throws(PythonError) {
        for entry in entries where !entry.array.dtype.isInteger {
            throw .index(
                entry.array.ndim == 0
                    ? "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
                    : "arrays used as indices must be of integer (or boolean) type")
        }
        let shape = try AdvancedIndex.broadcastShape(entries.map(\.array.shape))
        self.shape = shape
        axes = entries.map(\.axis)
        arrays = try entries.map { entry throws(PythonError) in
            let wide = entry.array.dtype == .int64 ? entry.array : try entry.array.copy(as: .int64)
            return try wide.broadcast(to: shape)
        }
        let positions = entries.map(\.position)
        let adjacent = zip(positions, positions.dropFirst()).allSatisfy { $1 == $0 + 1 }
        leadingAxes = adjacent ? axes[0] : 0
    }

    var count: Int { shape.reduce(1, *) }

    /// The index arrays' common shape, or NumPy's IndexError naming every shape.
    static func broadcastShape(_ shapes: [[Int]]) throws(PythonError) -> [Int] {
        do {
            return try Broadcasting.operandShape(shapes)
        } catch {
            let listed = shapes.map { ShapeText.compact($0) + " " }.joined()
            throw .index("shape mismatch: indexing arrays could not be broadcast together with shapes \(listed)")
        }
    }

    func remainingAxes(of view: NDArray) -> [Int] {
        (0..<view.ndim).filter { !axes.contains($0) }
    }

    /// Byte offset within `view` of each selected sub-block, in C order over `shape`;
    /// throws NumPy's IndexError for the first index out of bounds.
    func byteOffsets(in view: NDArray) throws(PythonError) -> [Int] {
        var result = [Int](repeating: 0, count: count)
        try result.withUnsafeMutableBufferPointer { offsets throws(PythonError) in
            guard let start = offsets.baseAddress else { return }
            for (array, axis) in zip(arrays, axes) {
                try Gather.addOffsets(
                    of: array, extent: view.shape[axis], stride: view.strides[axis], axis: axis,
                    into: start)
            }
        }
        return result
    }

    func resultShape(restShape: [Int]) -> [Int] {
        Array(restShape.prefix(leadingAxes)) + shape + Array(restShape.dropFirst(leadingAxes))
    }

    /// Moves the index axes of a block (index axes first) to where NumPy puts them:
    /// a transposed view whose base is the block, exactly as NumPy returns it.
    func placeBlockAxes(_ block: NDArray, leading: Int) -> NDArray {
        guard leading > 0 else { return block }
        let rank = shape.count
        let order = Array(rank..<(rank + leading)) + Array(0..<rank) + Array((rank + leading)..<block.ndim)
        return block.view(shape: order.map { block.shape[$0] }, strides: order.map { block.strides[$0] })
    }

    /// The inverse of `placeBlockAxes`: presents a result-shaped array in block order.
    func blockOrder(_ result: NDArray) -> NDArray {
        guard leadingAxes > 0 else { return result }
        let rank = shape.count
        let order =
            Array(leadingAxes..<(leadingAxes + rank)) + Array(0..<leadingAxes)
            + Array((leadingAxes + rank)..<result.ndim)
        return result.view(shape: order.map { result.shape[$0] }, strides: order.map { result.strides[$0] })
    }
}
