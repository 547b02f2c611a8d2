import ArrayEngine

/// The tapering windows of signal processing (`bartlett`, `blackman`, `hamming`,
/// `hanning`, `kaiser`), computed by NumPy's formulas in float64.
extension NumPyModule {
    static func windowFunctions() -> [Function] {
        [
            cosineWindow("bartlett", "The triangular window of M points.") { np, n, m throws(PythonError) in
                // 1 - |n|/(M-1), as NumPy's where(n <= 0, 1 + n/(M-1), 1 - n/(M-1)).
                let ratio = try np("divide", n, m)
                return try np(
                    "where", try np("less_equal", n, .int(0)), try np("add", .int(1), ratio),
                    try np("subtract", .int(1), ratio))
            },
            cosineWindow("blackman", "The Blackman window of M points.") { np, n, m throws(PythonError) in
                let first = try np("cos", try np("divide", try np("multiply", .float(Double.pi), n), m))
                let second = try np("cos", try np("divide", try np("multiply", .float(2.0 * Double.pi), n), m))
                return try np(
                    "add", try np("add", .float(0.42), try np("multiply", .float(0.5), first)),
                    try np("multiply", .float(0.08), second))
            },
            cosineWindow("hamming", "The Hamming window of M points.") { np, n, m throws(PythonError) in
                let angle = try np("cos", try np("divide", try np("multiply", .float(Double.pi), n), m))
                return try np("add", .float(0.54), try np("multiply", .float(0.46), angle))
            },
            cosineWindow("hanning", "The Hann window of M points.") { np, n, m throws(PythonError) in
                let angle = try np("cos", try np("divide", try np("multiply", .float(Double.pi), n), m))
                return try np("add", .float(0.5), try np("multiply", .float(0.5), angle))
            },
            function("kaiser(M, beta)", doc: "The Kaiser window of M points with shape parameter beta.") {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let m = try Convert.double(args.raw("M") ?? .none)
                let beta = Value.float(try Convert.double(args.raw("beta") ?? .none))
                if m == 1 { return try np("ones", .int(1)) }
                let n = try np("arange", .float(0), .float(m))
                let alpha = Value.float((m - 1) / 2.0)
                let ratio = try np("divide", try np("subtract", n, alpha), alpha)
                let root = try np("sqrt", try np("subtract", .int(1), try np("power", ratio, .float(2.0))))
                return try np("divide", try np("i0", try np("multiply", beta, root)), try np("i0", beta))
            },
        ]
    }

    /// A window of `M` points from n = 1-M, 3-M, ..., M-1: empty below 1 point, [1.] for one.
    private static func cosineWindow(
        _ name: String, _ doc: String,
        _ shape: @escaping (NumPyCalls, Value, Value) throws(PythonError) -> Value
    ) -> Function {
        function("\(name)(M)", doc: doc) { interpreter, args throws(PythonError) in
            let np = NumPyCalls(interpreter: interpreter)
            let m = try Convert.double(args.raw("M") ?? .none)
            if m < 1 { return try np("zeros", .int(0)) }
            if m == 1 { return try np("ones", .int(1)) }
            return try shape(np, try np("arange", .float(1 - m), .float(m), .int(2)), .float(m - 1))
        }
    }
}
