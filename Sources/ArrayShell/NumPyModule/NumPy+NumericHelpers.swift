import ArrayEngine

/// Small numeric helpers NumPy writes in Python: `nan_to_num`, `digitize`,
/// `geomspace`, `ediff1d`, `trim_zeros`.
extension NumPyModule {
    static func numericHelperFunctions() -> [Function] {
        [
            function(
                "nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None)",
                doc:
                    "NaN replaced by nan, infinities by the largest finite values (or posinf, neginf): a copy, or x itself with copy=False."
            ) {
                interpreter, args throws(PythonError) in
                try nanToNum(NumPyCalls(interpreter: interpreter), args)
            },
            function(
                "digitize(x, bins, right=False)",
                doc: "The index of the bin each value falls in (bins increasing or decreasing)."
            ) {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let x = try args.array("x")
                let bins = try args.array("bins")
                if x.dtype.isComplex { throw .type("x may not be complex") }
                guard bins.ndim == 1 else { throw .value("object too deep for desired array") }
                let side = Value.string(try args.bool("right") ? "left" : "right")
                switch try monotonicity(bins) {
                case 0: throw .value("bins must be monotonically increasing or decreasing")
                case -1:
                    let reversed = try interpreter.getItem(.array(bins), .slice(.none, .none, .int(-1)))
                    let found = try np("searchsorted", reversed, .array(x), keywords: [("side", side)])
                    return try np("subtract", .int(bins.size), found)
                default: return try np("searchsorted", .array(bins), .array(x), keywords: [("side", side)])
                }
            },
            function(
                "geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)",
                doc: "num numbers spaced evenly on a log scale from start to stop (its ends exact)."
            ) {
                interpreter, args throws(PythonError) in
                try geomspace(NumPyCalls(interpreter: interpreter), args)
            },
            function(
                "ediff1d(ary, to_end=None, to_begin=None)",
                doc: "The differences of neighbours of ary flattened, with to_begin and to_end around them."
            ) {
                interpreter, args throws(PythonError) in
                try ediff1d(NumPyCalls(interpreter: interpreter), args)
            },
        ]
    }

    /// 1 when the values never decrease, -1 when they never increase (and do decrease), else 0.
    private static func monotonicity(_ bins: NDArray) throws(PythonError) -> Int {
        let values = try bins.elements().map(\.doubleValue)
        guard let start = zip(values, values.dropFirst()).first(where: { $0 != $1 }) else { return 1 }
        if start.1 < start.0 {
            return zip(values, values.dropFirst()).allSatisfy { $1 <= $0 } ? -1 : 0
        }
        return zip(values, values.dropFirst()).allSatisfy { $1 >= $0 } ? 1 : 0
    }

    private static func nanToNum(_ np: NumPyCalls, _ args: BoundArguments) throws(PythonError) -> Value {
        let x = try np.array("array", args.raw("x") ?? .none, keywords: [("copy", args.raw("copy") ?? .bool(true))])
        guard x.dtype.isInexact else { return x.ndim == 0 ? try result(x) : .array(x) }
        let real = x.dtype.realComponent
        let largest: Double =
            switch real.scalarType {
            case .float16: Double(Float16.greatestFiniteMagnitude)
            case .float32: Double(Float.greatestFiniteMagnitude)
            default: Double.greatestFiniteMagnitude
            }
        let replacements = [
            ("isnan", args.raw("nan") ?? .float(0)),
            ("isposinf", args["posinf"] ?? .scalar(Scalar(.float(largest), as: real))),
            ("isneginf", args["neginf"] ?? .scalar(Scalar(.float(-largest), as: real))),
        ]
        for part in x.dtype.isComplex ? [x.realPart(), try x.imaginaryPart()] : [x] {
            let masks = try replacements.map { test, _ throws(PythonError) in try np(test, .array(part)) }
            for (mask, (_, value)) in zip(masks, replacements) {
                _ = try np("copyto", .array(part), value, keywords: [("where", mask)])
            }
        }
        return x.ndim == 0 ? try result(x) : .array(x)
    }

    private static func geomspace(_ np: NumPyCalls, _ args: BoundArguments) throws(PythonError) -> Value {
        let start = try args.array("start")
        let stop = try args.array("stop")
        if start.ndim > 0 || stop.ndim > 0 {
            throw .notImplemented("geomspace with array start or stop is not supported yet")
        }
        for end in [start, stop] where try Convert.truth(try np("any", try np("equal", .array(end), .int(0)))) {
            throw .value("Geometric sequence cannot include zero")
        }
        let num = try args.int("num") ?? 50
        let requested = args.raw("dtype") ?? .none
        let type = try np(
            "result_type", .array(start), .array(stop), .float(Double(num)), try np("zeros", .tuple([]), requested))
        let first = try np.array("astype", .array(start), type)
        var last = try np("astype", .array(stop), type)
        let sign = try np("sign", .array(first))
        _ = try np("divide", .array(first), sign, keywords: [("out", .array(first))])
        last = try np("divide", last, sign)
        let logStart = try np("log10", .array(first))
        let logStop = try np("log10", last)
        let result = try np.array(
            "logspace", logStart, logStop,
            keywords: [
                ("num", .int(num)), ("endpoint", args.raw("endpoint") ?? .bool(true)), ("base", .float(10)),
                ("dtype", type),
            ])
        if num > 0 {
            try np.interpreter.setItem(.array(result), .int(0), to: .array(first))
            if num > 1, try args.bool("endpoint") || args["endpoint"] == nil {
                try np.interpreter.setItem(.array(result), .int(-1), to: last)
            }
        }
        _ = try np("multiply", .array(result), sign, keywords: [("out", .array(result))])
        var value = Value.array(result)
        if let axis = try args.int("axis"), axis != 0 { value = try np("moveaxis", value, .int(0), .int(axis)) }
        if requested.isNone { return value }
        if try Convert.dtype(requested) == Convert.dtype(type) { return value }
        return try np("astype", value, requested)
    }

    private static func ediff1d(_ np: NumPyCalls, _ args: BoundArguments) throws(PythonError) -> Value {
        let a = try np.array("ravel", args.raw("ary") ?? .none)
        let dtype = a.dtype
        func ends(_ name: String) throws(PythonError) -> NDArray? {
            guard let value = args[name] else { return nil }
            let array = try Convert.array(value)
            guard
                try Convert.truth(
                    try np("can_cast", .array(array), .dtype(dtype), keywords: [("casting", .string("same_kind"))]))
            else {
                throw .type("dtype of `\(name)` must be compatible with input `ary` under the `same_kind` rule.")
            }
            return try np.array("ravel", .array(array))
        }
        let begin = try ends("to_begin")
        let end = try ends("to_end")
        let differences = try np.array(
            "subtract", try np.interpreter.getItem(.array(a), .slice(.int(1), .none, .none)),
            try np.interpreter.getItem(.array(a), .slice(.none, .int(-1), .none)))
        guard begin != nil || end != nil else { return .array(differences) }
        var parts: [Value] = []
        for part in [begin, differences, end].compactMap({ $0 }) { parts.append(.array(try part.copy(as: dtype))) }
        return try np("concatenate", .list(ListObject(parts)))
    }
}
