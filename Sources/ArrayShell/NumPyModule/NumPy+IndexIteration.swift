import ArrayEngine

/// `ndindex` and `ndenumerate`: every index of a shape in C order (with the element, for ndenumerate).
extension NumPyModule {
    static func indexIterationFunctions() -> [Function] {
        [
            function("ndindex(*shape)", doc: "An iterator over the index tuples of shape, in C order.") {
                _, args throws(PythonError) in
                var extents = args.variadic("shape")
                if extents.count == 1, case .tuple(let items) = extents[0] { extents = items }
                let shape = try extents.map(Convert.index)
                if shape.contains(where: { $0 < 0 }) { throw .value("negative dimensions are not allowed") }
                return .iterator(.over(try indexTuples(shape).map { .tuple($0.map { .int($0) }) }, typeName: "ndindex"))
            },
            function("ndenumerate(arr)", doc: "An iterator over (index, element) pairs of arr, in C order.") {
                _, args throws(PythonError) in
                let a = try args.array("arr")
                if a.dtype.isFlexible || a.dtype.isTime {
                    throw .notImplemented("ndenumerate of \(a.dtype.name) arrays is not supported yet")
                }
                let pairs = try zip(indexTuples(a.shape), a.elements()).map { index, element -> Value in
                    .tuple([.tuple(index.map { .int($0) }), .scalar(element)])
                }
                return .iterator(.over(pairs, typeName: "ndenumerate"))
            },
        ]
    }

    /// Every index of `shape`, the last axis fastest.
    private static func indexTuples(_ shape: [Int]) throws(PythonError) -> [[Int]] {
        let count = shape.reduce(1, *)
        try MemoryLimit.check(count: count, of: Value.self)
        return (0..<count).map { flat in
            var rest = flat
            var index = [Int](repeating: 0, count: shape.count)
            for axis in shape.indices.reversed() {
                index[axis] = rest % shape[axis]
                rest /= shape[axis]
            }
            return index
        }
    }
}
