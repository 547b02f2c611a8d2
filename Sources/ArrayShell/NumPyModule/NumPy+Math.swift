import ArrayEngine
import BigInt

/// Element-wise helpers NumPy builds from ufuncs: `clip`, `diff`.
extension NumPyModule {
    static func mathFunctions() -> [Function] {
        [
            function(
                "clip(a, a_min=<no value>, a_max=<no value>, out=None, *, min=<no value>, max=<no value>, **kwargs)",
                doc: """
                    Values limited to [min, max] (min applied first): a new array, or written into out.
                    """
            ) { interpreter, args throws(PythonError) in
                try clip(interpreter, try args.array("a"), args, lower: "a_min", upper: "a_max")
            },
            rounding("round"), rounding("around"),
            function(
                "diff(a, n=1, axis=-1, prepend=<no value>, append=<no value>)",
                doc: """
                    Differences of neighbours along axis (n times; != for booleans): a new array one shorter.
                    """
            ) { _, args throws(PythonError) in
                try difference(args)
            },
        ]
    }

    /// `np.clip` / `a.clip`: `minimum(maximum(a, min), max)` in the common type.
    static func clip(_ interpreter: Interpreter, _ a: NDArray, _ args: BoundArguments, lower: String, upper: String)
        throws(PythonError) -> Value
    {
        var dtype: DType?
        var casting = Casting.sameKind
        for (name, value) in args.keywords("kwargs") {
            switch name {
            case "dtype": dtype = try Convert.dtype(value)
            case "casting":
                guard case .string(let text) = value, let rule = Casting(rawValue: text) else {
                    throw .value(
                        "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe', 'same_value' (got \(Repr.tryRepr(value)))"
                    )
                }
                casting = rule
            default: throw .notImplemented("clip() does not support \(name)= yet")
            }
        }
        var bounds = (args.raw(lower), args.raw(upper))
        // The method's own parameters are min and max; the function takes a_min and a_max
        // (both or neither), or else the keywords min and max, as NumPy's np.clip checks them.
        if lower != "min" {
            let keyword = (args.raw("min"), args.raw("max"))
            switch bounds {
            case (nil, nil): bounds = keyword
            case (nil, _): throw .type("clip() missing 1 required positional argument: 'a_min'")
            case (_, nil): throw .type("clip() missing 1 required positional argument: 'a_max'")
            default:
                guard keyword.0 == nil, keyword.1 == nil else {
                    throw .value(
                        "Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.")
                }
            }
        }
        var low = bounds.0.flatMap { $0.isNone ? nil : $0 }
        var high = bounds.1.flatMap { $0.isNone ? nil : $0 }
        // NumPy's _clip drops a Python int bound at or beyond the integer type's own end;
        // any other one must fit the type (OverflowError), as in every operation.
        if a.dtype.isInteger {
            let bits = a.itemsize * 8
            let signed = a.dtype.kind == .signed
            let smallest: BigInt = signed ? -(BigInt(1) << (bits - 1)) : 0
            let largest: BigInt = (BigInt(1) << (signed ? bits - 1 : bits)) - 1
            if let value = low?.pythonInteger, value <= smallest { low = nil }
            if let value = high?.pythonInteger, value >= largest { high = nil }
        }
        let lowArray = try low.map { v throws(PythonError) in try Convert.operand(v, besides: a.dtype) }
        let highArray = try high.map { v throws(PythonError) in try Convert.operand(v, besides: a.dtype) }
        var result = a
        if let dtype {
            for (position, input) in [a, lowArray, highArray].enumerated() {
                guard let input, !casting.allows(input.dtype, dtype) else { continue }
                throw PythonError(
                    "UFuncTypeError",
                    "Cannot cast ufunc 'clip' input \(position) from dtype('\(input.dtype.name)') to dtype('\(dtype.name)') with casting rule '\(casting.rawValue)'"
                )
            }
            result = try a.copy(as: dtype)
        }
        if lowArray == nil, highArray == nil { result = try result.copy() }
        if let lowArray { result = try BinaryKernel.run(.maximum, result, lowArray, dtype: dtype) }
        if let highArray { result = try BinaryKernel.run(.minimum, result, highArray, dtype: dtype) }
        if result === a { result = try a.copy() }
        guard let out = try args.out() else { return try Interpreter.unwrap(result, scalar: a.ndim == 0) }
        guard casting.allows(result.dtype, out.dtype) else {
            throw PythonError(
                "UFuncTypeError",
                "Cannot cast ufunc 'clip' output from dtype('\(result.dtype.name)') to dtype('\(out.dtype.name)') with casting rule '\(casting.rawValue)'"
            )
        }
        interpreter.noteWrite(out)
        try out.assign(result)
        return .array(out)
    }

    private static func rounding(_ name: String) -> Function {
        function(
            "\(name)(a, decimals=0, out=None)",
            doc: "Values rounded half to even at decimals places: a new array (or written into out)."
        ) { interpreter, args throws(PythonError) in
            try round(interpreter, try args.array("a"), args, scalar: args.raw("a")?.isScalarLike == true)
        }
    }

    /// NumPy's `PyArray_Round`: integers unchanged for decimals >= 0 (else rounded in
    /// float64 and cast back); floats as rint(a·10ᵈ)/10ᵈ (rint(a/10⁻ᵈ)·10⁻ᵈ below zero).
    static func round(_ interpreter: Interpreter, _ a: NDArray, _ args: BoundArguments, scalar: Bool)
        throws(PythonError) -> Value
    {
        if a.dtype.isTime { throw .times(a.dtype) }
        return try round(interpreter, a, args, scalar: scalar, into: try args.out())
    }

    private static func round(
        _ interpreter: Interpreter, _ a: NDArray, _ args: BoundArguments, scalar: Bool,
        into out: NDArray?
    ) throws(PythonError) -> Value {
        let decimals = try args.int("decimals") ?? 0
        var rounded: NDArray
        if a.dtype.isComplex {
            // Each part rounded as a float array (NumPy rounds the two parts apart).
            rounded = try a.copy()
            for part in [rounded.realPart(), try rounded.imaginaryPart()] {
                guard case .array(let done) = try round(interpreter, part, args, scalar: false, into: nil) else {
                    continue
                }
                try part.assign(done)
            }
        } else if a.dtype.isInteger, decimals >= 0 {
            rounded = try a.copy()
        } else {
            let power = NDArray.scalar(Scalar(double: pow10(abs(decimals))))
            // Booleans round in float16 (the first float that holds them), integers in float64.
            let work = a.dtype.isFloat ? a : try a.copy(as: a.dtype == .bool ? .float16 : .float64)
            let (first, second): (BinaryOperation, BinaryOperation) =
                decimals >= 0 ? (.multiply, .divide) : (.divide, .multiply)
            if decimals == 0 {
                rounded = try UnaryKernel.run(.rint, work)
            } else {
                rounded = try interpreter.withWarnings(first.name) { () throws(PythonError) in
                    try BinaryKernel.run(first, work, power, dtype: work.dtype)
                }
                _ = try UnaryKernel.run(.rint, rounded, out: rounded)
                _ = try interpreter.withWarnings(second.name) { () throws(PythonError) in
                    try BinaryKernel.run(second, rounded, power, out: rounded)
                }
            }
            if a.dtype.isInteger { rounded = try rounded.copy(as: a.dtype) }
        }
        guard let out else { return try Interpreter.unwrap(rounded, scalar: scalar) }
        try out.assign(rounded)
        return .array(out)
    }

    /// 10ⁿ as a double, exact as long as it can be.
    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(n, 400) { result *= 10 }
        return result
    }

    /// NumPy's `diff`: prepend/append joined first, then n rounds of neighbour differences.
    private static func difference(_ args: BoundArguments) throws(PythonError) -> Value {
        let n = try args.int("n") ?? 1
        if n == 0 { return args.raw("a") ?? .none }
        guard n > 0 else { throw .value("order must be non-negative but got \(n)") }
        var a = try args.array("a")
        guard a.ndim > 0 else { throw .value("diff requires input that is at least one dimensional") }
        let axis = try a.normalizeAxis(try args.int("axis") ?? -1)
        func edge(_ value: Value) throws(PythonError) -> NDArray {
            let array = try Convert.array(value)
            guard array.ndim == 0 else { return array }
            var shape = a.shape
            shape[axis] = 1
            return try array.broadcast(to: shape)
        }
        let before = try args.raw("prepend").map(edge)
        let after = try args.raw("append").map(edge)
        if before != nil || after != nil {
            a = try NDArray.concatenate([before, a, after].compactMap { $0 }, axis: axis)
        }
        let lead = [IndexItem](repeating: .all, count: axis)
        for _ in 0..<n {
            guard case .array(let later) = try a.select(lead + [.slice(start: 1, stop: nil, step: nil)]),
                case .array(let earlier) = try a.select(lead + [.slice(start: nil, stop: -1, step: nil)])
            else { break }
            a = try BinaryKernel.run(a.dtype == .bool ? .notEqual : .subtract, later, earlier)
        }
        return .array(a)
    }
}

extension Value {
    /// A Python int (not a bool: NumPy's `type(x) is int`), of any size.
    fileprivate var pythonInteger: BigInt? {
        switch self {
        case .int(let i): BigInt(i)
        case .bigInt(let b): b
        default: nil
        }
    }
}
