import ArrayEngine

/// `np.block`: an array assembled from nested lists of blocks, the innermost lists
/// joined along the last axis, the ones around them along the axes before.
extension NumPyModule {
    static func blockFunctions() -> [Function] {
        [
            function(
                "block(arrays)",
                doc: "An array assembled from nested lists of blocks (the innermost joined along the last axis)."
            ) {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let arrays = args.raw("arrays") ?? .none
                let (bottom, arrayDimensions) = try blockDepths(arrays, [])
                if bottom.last == .some(nil) {
                    throw .value("List at \(blockIndexText(bottom)) cannot be empty")
                }
                let depth = bottom.count
                let result = try assemble(np, arrays, depth: depth, ndim: max(arrayDimensions, depth), level: 0)
                return depth == 0 ? try np("copy", result) : result
            }
        ]
    }

    /// "arrays[0][1]": where an element lies in the nesting.
    private static func blockIndexText(_ index: [Int?]) -> String {
        "arrays" + index.compactMap { $0 }.map { "[\($0)]" }.joined()
    }

    /// NumPy's `_block_check_depths_match`: the index of a bottom element (nil last for
    /// an empty list) and the largest number of dimensions among the blocks.
    private static func blockDepths(_ value: Value, _ parent: [Int?]) throws(PythonError) -> ([Int?], Int) {
        switch value {
        case .tuple:
            throw .type(
                "\(blockIndexText(parent)) is a tuple. Only lists can be used to arrange blocks, and np.block does not allow implicit conversion from tuple to ndarray."
            )
        case .list(let list) where list.items.isEmpty: return (parent + [nil], 0)
        case .list(let list):
            var (first, largest) = try blockDepths(list.items[0], parent + [0])
            for (i, item) in list.items.enumerated().dropFirst() {
                let (index, ndim) = try blockDepths(item, parent + [i])
                largest = max(largest, ndim)
                guard index.count == first.count else {
                    throw .value(
                        "List depths are mismatched. First element was at depth \(first.count), but there is an element at depth \(index.count) (\(blockIndexText(index)))"
                    )
                }
                if index.last == .some(nil) { first = index }
            }
            return (first, largest)
        default: return (parent, try Convert.array(value).ndim)
        }
    }

    /// Joins the lists at each level along axis -(depth - level); the blocks at the
    /// bottom get `ndim` dimensions (ones in front).
    private static func assemble(_ np: NumPyCalls, _ value: Value, depth: Int, ndim: Int, level: Int)
        throws(PythonError) -> Value
    {
        guard level < depth, case .list(let list) = value else {
            return try np("array", value, keywords: [("ndmin", .int(ndim)), ("copy", .none)])
        }
        var parts: [Value] = []
        for item in list.items { parts.append(try assemble(np, item, depth: depth, ndim: ndim, level: level + 1)) }
        return try np("concatenate", .list(ListObject(parts)), .int(-(depth - level)))
    }
}
