import ArrayEngine

/// Selection, comparison, sorting and uniqueness.
extension NumPyModule {
    static func otherFunctions() -> [Function] {
        [
            function(
                "where(condition, x=<no value>, y=<no value>, /)",
                doc: """
                    A new array taking x where condition is true, else y (with one argument: nonzero indices).
                    """
            ) { interpreter, args throws(PythonError) in
                let condition = try args.array("condition")
                guard let x = args.raw("x"), let y = args.raw("y") else {
                    if args.raw("x") != nil || args.raw("y") != nil {
                        throw .value("either both or neither of x and y should be given")
                    }
                    return .tuple(try condition.nonzeroIndices().map { .array($0) })
                }
                let a = try interpreter.operand(x, besides: y.numpyType)
                let b = try interpreter.operand(y, besides: x.numpyType)
                return .array(try Selection.where(condition, a, b))
            },
            function("nonzero(a)", doc: "The indices of the non-zero elements, one array per axis.") {
                _, args throws(PythonError) in
                .tuple(try args.array("a").nonzeroIndices().map { .array($0) })
            },
            function(
                "array_equal(a1, a2, equal_nan=False)", doc: "True when both have the same shape and equal elements."
            ) { _, args throws(PythonError) in
                let a = try args.array("a1")
                let b = try args.array("a2")
                guard a.shape == b.shape else { return .bool(false) }
                var equal = try BinaryKernel.run(.equal, a, b)
                if try args.bool("equal_nan") {
                    let bothNaN = try BinaryKernel.run(
                        .logicalAnd, try UnaryKernel.run(.isnan, a), try UnaryKernel.run(.isnan, b))
                    equal = try BinaryKernel.run(.logicalOr, equal, bothNaN)
                }
                return .bool(try allTrue(.array(equal)))
            },
            function(
                "isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)",
                doc: """
                    Element-wise |a - b| <= atol + rtol * |b|: a new boolean array.
                    """
            ) { _, args throws(PythonError) in
                try isClose(args)
            },
            function(
                "allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)",
                doc: """
                    True when every element pair is close (see isclose).
                    """
            ) { _, args throws(PythonError) in
                .bool(try allTrue(try isClose(args)))
            },
            function(
                "sort(a, axis=-1, kind=None, order=None, *, stable=None)", notYet: ["order"],
                doc: """
                    A sorted copy (the original is unchanged).
                    """
            ) { _, args throws(PythonError) in
                .array(try Sorting.sorted(try args.array("a"), axis: try sortAxis(args)))
            },
        ]
    }

    /// `axis=` of a sort (None flattens), after checking `kind=` and `stable=`: every
    /// kind gives the same sorted values, so arrsh honours each by its one sort.
    static func sortAxis(_ args: BoundArguments) throws(PythonError) -> Int? {
        if let kind = try args.string("kind"),
            !["quicksort", "mergesort", "heapsort", "stable"].contains(kind.lowercased())
        {
            throw .value("sort kind must be one of 'quick', 'heap', or 'stable' (got '\(kind)')")
        }
        if args["kind"] != nil, args["stable"] != nil {
            throw .value("`kind` and keyword parameters can't be provided at the same time. Use only one of them.")
        }
        _ = try args.bool("stable")
        return args.raw("axis").map(\.isNone) == true ? nil : try args.int("axis")
    }

    private static func allTrue(_ value: Value) throws(PythonError) -> Bool {
        guard case .array(let mask) = value else { return try Convert.truth(value) }
        return try Reduction.run(.all, mask, axes: nil).item().boolValue
    }

    private static func isClose(_ args: BoundArguments) throws(PythonError) -> Value {
        let a = try args.array("a")
        let b = try args.array("b")
        let result = try Selection.isClose(
            a, b, relative: try args.double("rtol") ?? 1e-5, absolute: try args.double("atol") ?? 1e-8,
            equalNaN: try args.bool("equal_nan"))
        return try Interpreter.unwrap(result, scalar: a.ndim == 0 && b.ndim == 0)
    }
}
