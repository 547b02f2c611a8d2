import ArrayEngine

/// `cov` and `corrcoef` of variables in rows (or columns), as NumPy computes them:
/// the means removed, then one dot product divided by the degrees of freedom.
extension NumPyModule {
    static func covarianceFunctions() -> [Function] {
        [
            function(
                "cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None)",
                notYet: ["fweights", "aweights"],
                doc: "The covariance matrix of the variables (rows of m, and of y), divided by N - ddof."
            ) { interpreter, args throws(PythonError) in
                var ddof: Int?
                if let value = args["ddof"] {
                    let number = try Convert.double(value)
                    guard number == number.rounded(.towardZero) else { throw .value("ddof must be integer") }
                    ddof = Int(number)
                }
                let bias = try Convert.truth(args.raw("bias") ?? .bool(false))
                return try covariance(
                    NumPyCalls(interpreter: interpreter), args.raw("m") ?? .none, args, ddof: ddof ?? (bias ? 0 : 1))
            },
            function(
                "corrcoef(x, y=None, rowvar=True, *, dtype=None)",
                doc: "The Pearson correlation coefficients of the variables: their covariances scaled into [-1, 1]."
            ) {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let c = try Convert.array(try covariance(np, args.raw("x") ?? .none, args, ddof: 1))
                guard c.ndim == 1 || c.ndim == 2 else { return try np("divide", .array(c), .array(c)) }
                let all = Value.slice(.none, .none, .none)
                let deviations = try np("sqrt", .array(try np.array("diag", .array(c)).realPart()))
                for index in [Value.tuple([all, .none]), .tuple([.none, all])] {
                    let scale = try interpreter.getItem(deviations, index)
                    _ = try np("divide", .array(c), scale, keywords: [("out", .array(c))])
                }
                var parts = [c.realPart()]
                if c.dtype.isComplex { parts.append(try c.imaginaryPart()) }
                for part in parts {
                    _ = try np("clip", .array(part), .int(-1), .int(1), keywords: [("out", .array(part))])
                }
                return .array(c)
            },
        ]
    }

    /// NumPy's `cov` without weights; `args` gives `y`, `rowvar` and `dtype`.
    private static func covariance(_ np: NumPyCalls, _ mValue: Value, _ args: BoundArguments, ddof: Int)
        throws(PythonError) -> Value
    {
        let m = try Convert.array(mValue)
        if m.ndim > 2 { throw .value("m has more than 2 dimensions") }
        let y = try args["y"].map { v throws(PythonError) in try Convert.array(v) }
        if let y, y.ndim > 2 { throw .value("y has more than 2 dimensions") }
        let rowvar = try Convert.truth(args.raw("rowvar") ?? .bool(true))
        var dtype = args["dtype"] ?? .none
        if dtype.isNone {
            dtype = try np.call("result_type", [.array(m)] + (y.map { [.array($0)] } ?? []) + [.scalarType(.float64)])
        }
        // Variables in columns are turned into rows (m when 2-D, y unless it is one row).
        func rows(_ a: NDArray, columns: (NDArray) -> Bool) throws(PythonError) -> NDArray {
            let x = try np.array("array", .array(a), keywords: [("ndmin", .int(2)), ("dtype", dtype)])
            return !rowvar && columns(x) ? try np.array("transpose", .array(x)) : x
        }
        var x = try rows(m) { _ in m.ndim != 1 }
        if x.shape[0] == 0 { return try np("reshape", try np("zeros", .int(0)), .tuple([.int(0), .int(0)])) }
        if let y {
            let more = try rows(y) { $0.shape[0] != 1 }
            x = try np.array("concatenate", .tuple([.array(x), .array(more)]), .int(0))
        }
        var fact = Double(x.shape[1] - ddof)
        if fact <= 0 {
            np.interpreter.warn("RuntimeWarning: Degrees of freedom <= 0 for slice\n")
            fact = 0
        }
        let means = try np("mean", .array(x), .int(1))
        let centered = try np.array(
            "subtract", .array(x), try np.interpreter.getItem(means, .tuple([.slice(.none, .none, .none), .none])))
        let product = try np.array("dot", .array(centered), try np("conjugate", try np("transpose", .array(centered))))
        let scale = fact == 0 ? try np("true_divide", .int(1), .float(0)) : .float(1 / fact)
        _ = try np("multiply", .array(product), scale, keywords: [("out", .array(product))])
        return try np("squeeze", .array(product))
    }
}
