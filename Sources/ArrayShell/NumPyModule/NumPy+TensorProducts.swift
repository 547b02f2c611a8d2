import ArrayEngine

/// `cross` (of 2- and 3-vectors) and `tensordot`, over NumPy's own calls.
extension NumPyModule {
    static func tensorProductFunctions() -> [Function] {
        [
            function(
                "cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)",
                doc: "The cross products of the vectors (of 2 or 3 components) along the given axes."
            ) {
                interpreter, args throws(PythonError) in
                try cross(NumPyCalls(interpreter: interpreter), args)
            },
            function(
                "tensordot(a, b, axes=2)",
                doc: "The sum of products over the given axes of a and b (the last axes of a with the first of b)."
            ) {
                interpreter, args throws(PythonError) in
                try tensordot(NumPyCalls(interpreter: interpreter), args)
            },
        ]
    }

    private static func cross(_ np: NumPyCalls, _ args: BoundArguments) throws(PythonError) -> Value {
        var axisA = try args.int("axisa") ?? -1
        var axisB = try args.int("axisb") ?? -1
        var axisC = try args.int("axisc") ?? -1
        if let axis = try args.int("axis") { (axisA, axisB, axisC) = (axis, axis, axis) }
        var a = try args.array("a")
        var b = try args.array("b")
        if a.ndim < 1 || b.ndim < 1 { throw .value("At least one array has zero dimension") }
        axisA = try a.normalizeAxis(axisA, naming: "axisa")
        axisB = try b.normalizeAxis(axisB, naming: "axisb")
        a = try np.array("moveaxis", .array(a), .int(axisA), .int(-1))
        b = try np.array("moveaxis", .array(b), .int(axisB), .int(-1))
        let (m, n) = (a.shape[a.ndim - 1], b.shape[b.ndim - 1])
        guard [2, 3].contains(m), [2, 3].contains(n) else {
            throw .value("incompatible dimensions for cross product\n(dimension must be 2 or 3)")
        }
        if m == 2 || n == 2 {
            np.interpreter.warn(
                "DeprecationWarning: Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors instead. (deprecated in NumPy 2.0)\n"
            )
        }
        let dtype = Value.dtype(DType.promote(a.dtype, b.dtype))
        a = try np.array("astype", .array(a), dtype)
        b = try np.array("astype", .array(b), dtype)
        func part(_ x: NDArray, _ i: Int) throws(PythonError) -> Value {
            try np.interpreter.getItem(.array(x), .tuple([.ellipsis, .int(i)]))
        }
        func times(_ x: Value, _ y: Value) throws(PythonError) -> Value { try np("multiply", x, y) }
        let (a0, a1, b0, b1) = (try part(a, 0), try part(a, 1), try part(b, 0), try part(b, 1))
        let third = try np("subtract", try times(a0, b1), try times(a1, b0))
        if m == 2, n == 2 { return .array(try Convert.array(third)) }
        let components: [Value]
        switch (m, n) {
        case (2, _):
            let b2 = try part(b, 2)
            components = [try times(a1, b2), try np("negative", try times(a0, b2)), third]
        case (_, 2):
            let a2 = try part(a, 2)
            components = [try np("negative", try times(a2, b1)), try times(a2, b0), third]
        default:
            let (a2, b2) = (try part(a, 2), try part(b, 2))
            components = [
                try np("subtract", try times(a1, b2), try times(a2, b1)),
                try np("subtract", try times(a2, b0), try times(a0, b2)), third,
            ]
        }
        let product = try np.array("stack", .list(ListObject(components)), .int(-1))
        axisC = try product.normalizeAxis(axisC, naming: "axisc")
        return try np("moveaxis", .array(product), .int(-1), .int(axisC))
    }

    private static func tensordot(_ np: NumPyCalls, _ args: BoundArguments) throws(PythonError) -> Value {
        let a = try args.array("a")
        let b = try args.array("b")
        var axesA: [Int]
        var axesB: [Int]
        func list(_ value: Value) throws(PythonError) -> [Int] {
            switch value {
            case .list, .tuple: try np.interpreter.iterate(value).map(Convert.index)
            default: [try Convert.index(value)]
            }
        }
        switch args.raw("axes") ?? .int(2) {
        case .list(let items) where items.items.count == 2:
            (axesA, axesB) = (try list(items.items[0]), try list(items.items[1]))
        case .tuple(let items) where items.count == 2:
            (axesA, axesB) = (try list(items[0]), try list(items[1]))
        case .list, .tuple: throw .value("not enough values to unpack (expected 2)")
        case let count:
            let n = try Convert.index(count)
            (axesA, axesB) = (Array(stride(from: -n, to: 0, by: 1)), Array(0..<max(n, 0)))
        }
        if Set(axesA).count != axesA.count || Set(axesB).count != axesB.count {
            throw .value("duplicate axes are not allowed in tensordot")
        }
        guard axesA.count == axesB.count else { throw .value("shape-mismatch for sum") }
        for k in axesA.indices {
            guard (-a.ndim..<a.ndim).contains(axesA[k]), (-b.ndim..<b.ndim).contains(axesB[k]) else {
                throw .index("tuple index out of range")
            }
            if axesA[k] < 0 { axesA[k] += a.ndim }
            if axesB[k] < 0 { axesB[k] += b.ndim }
            guard a.shape[axesA[k]] == b.shape[axesB[k]] else { throw .value("shape-mismatch for sum") }
        }
        let freeA = (0..<a.ndim).filter { !axesA.contains($0) }
        let freeB = (0..<b.ndim).filter { !axesB.contains($0) }
        let summed = axesA.map { a.shape[$0] }.reduce(1, *)
        func shape(_ values: [Int]) -> Value { .tuple(values.map { .int($0) }) }
        let x = try np(
            "reshape", try np("transpose", .array(a), shape(freeA + axesA)),
            shape([freeA.map { a.shape[$0] }.reduce(1, *), summed]))
        let y = try np(
            "reshape", try np("transpose", .array(b), shape(axesB + freeB)),
            shape([summed, freeB.map { b.shape[$0] }.reduce(1, *)]))
        return try np("reshape", try np("dot", x, y), shape(freeA.map { a.shape[$0] } + freeB.map { b.shape[$0] }))
    }
}
