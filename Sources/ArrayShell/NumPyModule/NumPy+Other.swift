import ArrayEngine

/// Selection, comparison, sorting and uniqueness.
extension NumPyModule {
    static func otherFunctions() -> [Function] {
        [
            function("where", ["condition", "x?", "y?"], doc: """
                where(condition, x, y) -> ndarray
                A new array taking x where condition is true, else y (with one argument: nonzero indices).
                """) { interpreter, args throws(PythonError) in
                let condition = try args.requiredArray("condition")
                guard let x = args.raw("x"), let y = args.raw("y") else {
                    if args.raw("x") != nil || args.raw("y") != nil {
                        throw .value("either both or neither of x and y should be given")
                    }
                    return .tuple(try condition.nonzeroIndices().map { .array($0) })
                }
                let a = try Convert.operand(x, besides: y.numpyType), b = try Convert.operand(y, besides: x.numpyType)
                return .array(try Selection.where(condition, a, b))
            },
            function("nonzero", ["a"], doc: "nonzero(a) -> tuple of ndarrays\nThe indices of the non-zero elements, one array per axis.") { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                return .tuple(try a.nonzeroIndices().map { .array($0) })
            },
            function("array_equal", ["a1", "a2", "equal_nan?"], doc: """
                array_equal(a1, a2) -> bool
                True when both have the same shape and equal elements.
                """) { interpreter, args throws(PythonError) in
                let a = try Convert.array(args.raw("a1") ?? .none), b = try Convert.array(args.raw("a2") ?? .none)
                guard a.shape == b.shape else { return .bool(false) }
                let equal = try interpreter.ufunc(.equal, .array(a), .array(b))
                return .bool(try allTrue(equal))
            },
            function("isclose", ["a", "b", "rtol?", "atol?", "equal_nan?"], doc: """
                isclose(a, b, rtol=1e-05, atol=1e-08) -> ndarray
                Element-wise |a - b| <= atol + rtol * |b|: a new boolean array.
                """) { interpreter, args throws(PythonError) in
                try isClose(interpreter, args)
            },
            function("allclose", ["a", "b", "rtol?", "atol?", "equal_nan?"], doc: """
                allclose(a, b, rtol=1e-05, atol=1e-08) -> bool
                True when every element pair is close (see isclose).
                """) { interpreter, args throws(PythonError) in
                .bool(try allTrue(try isClose(interpreter, args)))
            },
            function("sort", ["a", "axis?"], doc: """
                sort(a, axis=-1) -> ndarray
                A sorted copy (the original is unchanged).
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                let axis = args.raw("axis").map { $0.isNone } == true ? nil : try args.int("axis", default: -1)
                return .array(try Sorting.sorted(a, axis: axis))
            },
            function("unique", ["ar"], doc: """
                unique(ar) -> ndarray
                The sorted distinct elements: a new 1-D array.
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("ar")
                return .array(try Sorting.unique(a))
            },
        ]
    }

    private static func allTrue(_ value: Value) throws(PythonError) -> Bool {
        guard case .array(let mask) = value else { return try Convert.truth(value) }
        return try Reduction.run(.all, mask, axes: nil).item().boolValue
    }

    private static func isClose(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value {
        let a = try Convert.array(args.raw("a") ?? .none), b = try Convert.array(args.raw("b") ?? .none)
        let rtol = try args["rtol"].map { v throws(PythonError) in try Convert.double(v) } ?? 1e-5
        let atol = try args["atol"].map { v throws(PythonError) in try Convert.double(v) } ?? 1e-8
        let equalNaN = try args.bool("equal_nan", default: false)
        let result = try Selection.isClose(a, b, relative: rtol, absolute: atol, equalNaN: equalNaN)
        return try Interpreter.unwrap(result, scalar: a.ndim == 0 && b.ndim == 0)
    }
}
