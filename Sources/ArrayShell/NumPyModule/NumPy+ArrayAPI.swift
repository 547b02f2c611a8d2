import ArrayEngine

/// NumPy 2's array-API spellings: `concat`, `permute_dims`, `matrix_transpose`,
/// `unstack`, `cumulative_sum`/`cumulative_prod`, `unique_values`.
extension NumPyModule {
    static func arrayAPIFunctions() -> [Function] {
        [
            function(
                "concat(arrays, /, axis=0, out=None, *, dtype=None, casting='same_kind')",
                doc: "The arrays joined along an existing axis (np.concatenate)."
            ) { interpreter, args throws(PythonError) in
                try NumPyCalls(interpreter: interpreter)(
                    "concatenate", args.raw("arrays") ?? .none, args.raw("axis") ?? .int(0),
                    keywords: [
                        ("out", args.raw("out") ?? .none), ("dtype", args.raw("dtype") ?? .none),
                        ("casting", args.raw("casting") ?? .string("same_kind")),
                    ])
            },
            function("permute_dims(a, axes=None)", doc: "A view with the axes permuted (np.transpose).") {
                interpreter, args throws(PythonError) in
                try NumPyCalls(interpreter: interpreter)("transpose", args.raw("a") ?? .none, args.raw("axes") ?? .none)
            },
            function("matrix_transpose(x, /)", doc: "A view with the last two axes exchanged.") {
                interpreter, args throws(PythonError) in
                let x = try args.array("x")
                guard x.ndim >= 2 else {
                    throw .value("Input array must be at least 2-dimensional, but it is \(x.ndim)")
                }
                return try NumPyCalls(interpreter: interpreter)("swapaxes", .array(x), .int(-1), .int(-2))
            },
            function("unstack(x, /, *, axis=0)", doc: "The views of x along axis, as a tuple.") {
                interpreter, args throws(PythonError) in
                guard case .array(let x) = args.raw("x") ?? .none else {
                    throw .attribute("'\((args.raw("x") ?? .none).typeName)' object has no attribute 'ndim'")
                }
                if x.ndim == 0 { throw .value("Input array must be at least 1-d.") }
                let moved = try NumPyCalls(interpreter: interpreter)(
                    "moveaxis", .array(x), args.raw("axis") ?? .int(0), .int(0))
                return .tuple(try interpreter.iterate(moved))
            },
            cumulative("cumulative_sum", through: "cumsum", identity: 0),
            cumulative("cumulative_prod", through: "cumprod", identity: 1),
            function("unique_values(x)", doc: "The distinct values of x.") { interpreter, args throws(PythonError) in
                let x = try args.array("x")
                // NumPy returns other types in its hash table's order.
                guard x.dtype.isFloat || x.dtype == .bool else {
                    throw .notImplemented(
                        "unique_values of \(x.dtype.name) arrays is not supported yet (NumPy gives them in hash-table order); use np.unique"
                    )
                }
                return try NumPyCalls(interpreter: interpreter)(
                    "unique", .array(x), keywords: [("equal_nan", .bool(false))])
            },
        ]
    }

    /// NumPy's `_cumulative_func`: the accumulation along axis (required beyond 1-D),
    /// with the identity first when `include_initial`.
    private static func cumulative(_ name: String, through accumulate: String, identity: Int) -> Function {
        function(
            "\(name)(x, /, *, axis=None, dtype=None, out=None, include_initial=False)",
            doc:
                "The running \(identity == 0 ? "sums" : "products") along axis, from the identity when include_initial."
        ) { interpreter, args throws(PythonError) in
            let np = NumPyCalls(interpreter: interpreter)
            let x = try np.array("atleast_1d", args.raw("x") ?? .none)
            if args["axis"] == nil, x.ndim >= 2 {
                throw .value("For arrays which have more than one dimension ``axis`` argument is required.")
            }
            let axis = try x.normalizeAxis(try args.int("axis") ?? 0)
            let dtype = args.raw("dtype") ?? .none
            let includeInitial = try args.bool("include_initial")
            if args["out"] != nil, includeInitial {
                throw .notImplemented("\(name) with both out= and include_initial=True is not supported yet")
            }
            let result = try np(accumulate, .array(x), .int(axis), dtype, args.raw("out") ?? .none)
            guard includeInitial else { return result }
            var shape = x.shape
            shape[axis] = 1
            let first = try np(
                "full_like", result, .int(identity), keywords: [("shape", .tuple(shape.map { .int($0) }))])
            return try np("concatenate", .list(ListObject([first, result])), .int(axis))
        }
    }
}
