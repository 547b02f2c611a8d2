import ArrayEngine

/// `np.ma`'s ufuncs (`np.ma.sqrt`, `np.ma.log`, `np.ma.add`, ...) with their domains, and
/// the functions that call a masked array's method (`np.ma.mean(a)` is `a.mean()`).
enum MaskedFunctions {
    static func all() -> [Function] {
        let undomained = [
            "exp", "conjugate", "sin", "cos", "arctan", "arcsinh", "sinh", "cosh", "tanh", "absolute", "fabs",
            "negative", "floor", "ceil", "logical_not",
        ]
        var functions = undomained.map { unary($0, domain: nil) }
        functions += [
            unary("sqrt", domain: below(0)), unary("log", domain: atMost(0)), unary("log2", domain: atMost(0)),
            unary("log10", domain: atMost(0)),
            unary("arcsin", domain: outside(-1, 1)), unary("arccos", domain: outside(-1, 1)),
            unary("arccosh", domain: below(1)), unary("arctanh", domain: outside(-1 + 1e-15, 1 - 1e-15)),
            unary("tan", domain: nearZeroCosine),
        ]
        functions.append(unary("abs", domain: nil, ufunc: "absolute"))
        for name in [
            "add", "subtract", "multiply", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
        ] {
            functions.append(
                binary(name) { interpreter, a, b throws(PythonError) in try interpreter.maskedBinary(name, a, b) })
        }
        for name in ["divide", "true_divide", "floor_divide"] {
            functions.append(
                binary(name) { interpreter, a, b throws(PythonError) in try interpreter.maskedDivision(name, a, b) })
        }
        functions.append(binary("power") { interpreter, a, b throws(PythonError) in try interpreter.maskedPower(a, b) })
        let methods = [
            "sum", "prod", "mean", "std", "var", "min", "max", "argmin", "argmax", "count", "compressed", "filled",
            "harden_mask", "soften_mask", "anom", "reshape", "ravel", "transpose", "swapaxes", "squeeze", "repeat",
        ]
        functions += methods.map(fromMethod)
        return functions
    }

    private static func unary(
        _ name: String, domain: ((Interpreter, Value) throws(PythonError) -> Value)?, ufunc: String? = nil
    ) -> Function {
        MaskedModule.function(
            "\(name)(a, *args, **kwargs)",
            doc:
                "np.\(ufunc ?? name) of the values, the mask kept\(domain == nil ? "" : "; values outside the domain masked")."
        ) {
            interpreter, args throws(PythonError) in
            guard args.variadic("args").isEmpty, args.keywords("kwargs").isEmpty else {
                throw .notImplemented("np.ma.\(name)'s extra arguments are not implemented in arrsh")
            }
            return try interpreter.maskedUnary(ufunc ?? name, args.raw("a") ?? .none, domain: domain)
        }
    }

    private static func binary(
        _ name: String, _ body: @escaping (Interpreter, Value, Value) throws(PythonError) -> Value
    ) -> Function {
        MaskedModule.function(
            "\(name)(a, b, *args, **kwargs)", doc: "np.\(name) of the values, masked where either is."
        ) {
            interpreter, args throws(PythonError) in
            guard args.variadic("args").isEmpty, args.keywords("kwargs").isEmpty else {
                throw .notImplemented("np.ma.\(name)'s extra arguments are not implemented in arrsh")
            }
            return try body(interpreter, args.raw("a") ?? .none, args.raw("b") ?? .none)
        }
    }

    /// `np.ma.name(a, ...)`: `a.name(...)` of a as a masked array.
    private static func fromMethod(_ name: String) -> Function {
        MaskedModule.function("\(name)(a, *args, **kwargs)", doc: "a.\(name)(...) of a as a masked array.") {
            interpreter, args throws(PythonError) in
            let a = args.raw("a") ?? .none
            let array: MaskedArray
            if let given = a.maskedArray {
                array = given
            } else {
                array = MaskedArray(data: try Convert.array(a), mask: nil, link: interpreter.link)
            }
            guard let method = try array.attribute(name) else {
                throw .attribute("'MaskedArray' object has no attribute '\(name)'")
            }
            return try interpreter.call(method, Arguments(args.variadic("args"), keywords: args.keywords("kwargs")))
        }
    }

    // MARK: - Domains

    /// `_DomainGreaterEqual(critical)`: values below it are outside.
    static func below(_ critical: Double) -> (Interpreter, Value) throws(PythonError) -> Value {
        { interpreter, x throws(PythonError) in try interpreter.callNumPy("less", [x, .float(critical)]) }
    }

    /// `_DomainGreater(critical)`: values at or below it are outside.
    static func atMost(_ critical: Double) -> (Interpreter, Value) throws(PythonError) -> Value {
        { interpreter, x throws(PythonError) in try interpreter.callNumPy("less_equal", [x, .float(critical)]) }
    }

    /// `_DomainCheckInterval(a, b)`: values outside [a, b] are outside.
    static func outside(_ low: Double, _ high: Double) -> (Interpreter, Value) throws(PythonError) -> Value {
        { interpreter, x throws(PythonError) in
            try interpreter.callNumPy(
                "logical_or",
                [
                    try interpreter.callNumPy("greater", [x, .float(high)]),
                    try interpreter.callNumPy("less", [x, .float(low)]),
                ])
        }
    }

    /// `_DomainTan(1e-35)`: where the cosine is (nearly) zero.
    static func nearZeroCosine(_ interpreter: Interpreter, _ x: Value) throws(PythonError) -> Value {
        let cosine = try interpreter.callNumPy("absolute", [try interpreter.callNumPy("cos", [x])])
        return try interpreter.callNumPy("less", [cosine, .float(1e-35)])
    }
}
