import ArrayEngine

/// `np.set_printoptions`, `np.get_printoptions`, `np.printoptions` and the floating-point
/// error state (`np.errstate`, `np.seterr`, `np.geterr`).
extension NumPyModule {
    static func printOptionFunctions() -> [Function] {
        [
            function(
                "set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None, override_repr=None)",
                notYet: ["formatter", "sign", "floatmode", "legacy", "override_repr"],
                doc: "Sets how arrays print (precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr)."
            ) { _, args throws(PythonError) in
                PrintOptions.current = try updated(PrintOptions.current, args)
                return .none
            },
            function("get_printoptions()", doc: "The current print options, as a dict.") { _, _ throws(PythonError) in
                .dict(try optionsDict(PrintOptions.current))
            },
            function("printoptions(*args, **kwargs)", doc: "A context manager: print options for a `with` block.") {
                interpreter, args throws(PythonError) in
                let arguments = Arguments(args.variadic("args"), keywords: args.keywords("kwargs"))
                guard case .function(let setter)? = interpreter.numpy.attributes["set_printoptions"] else {
                    return .none
                }
                var saved = PrintOptions.current
                return .object(
                    ContextManager(
                        typeName: "contextlib._GeneratorContextManager",
                        enter: { () throws(PythonError) -> Value in
                            saved = PrintOptions.current
                            _ = try setter.call(interpreter, arguments)
                            return .dict(try optionsDict(PrintOptions.current))
                        }, exit: { PrintOptions.current = saved }))
            },
            function("geterr()", doc: "How floating-point errors are treated, as a dict.") {
                interpreter, _ throws(PythonError) in
                .dict(try errorDict(interpreter.floatingErrors))
            },
            function(
                "seterr(all=None, divide=None, over=None, under=None, invalid=None)",
                doc: "Sets how floating-point errors are treated; returns the old settings."
            ) { interpreter, args throws(PythonError) in
                let old = interpreter.floatingErrors
                interpreter.floatingErrors = try errorState(interpreter.floatingErrors, args)
                return .dict(try errorDict(old))
            },
            function(
                "errstate(*, call=None, all=None, divide=None, over=None, under=None, invalid=None)", notYet: ["call"],
                doc: "A context manager: floating-point error treatment for a `with` block."
            ) { interpreter, args throws(PythonError) in
                let state = try errorState(interpreter.floatingErrors, args)
                var saved = interpreter.floatingErrors
                return .object(
                    ContextManager(
                        typeName: "numpy.errstate",
                        enter: { () throws(PythonError) -> Value in
                            saved = interpreter.floatingErrors
                            interpreter.floatingErrors = state
                            return .none
                        }, exit: { interpreter.floatingErrors = saved }))
            },
        ]
    }

    private static func updated(_ options: PrintOptions, _ args: BoundArguments) throws(PythonError) -> PrintOptions {
        var result = options
        if let value = args["precision"] {
            guard case .int(let p) = value else { throw .type("precision must be an integer") }
            guard p >= 0 else { throw .value("precision must be >= 0") }
            result.precision = p
        }
        if let value = args["threshold"] {
            if case .float(let d) = value, d.isNaN {
                throw .value("threshold must be non-NAN, try sys.maxsize for untruncated representation")
            }
            if let exact = try? Convert.index(value) {
                result.threshold = exact
            } else {
                result.threshold = Int(exactly: try Convert.double(value).rounded(.down)) ?? Int.max
            }
        }
        if let value = args["edgeitems"] { result.edgeItems = try Convert.index(value) }
        if let value = args["linewidth"] { result.lineWidth = try Convert.index(value) }
        if let value = args["suppress"] { result.suppress = try Convert.truth(value) }
        // NumPy takes any object here and fails only when printing (it takes len()); arrsh asks for a string.
        for name in ["nanstr", "infstr"] {
            guard let value = args[name] else { continue }
            guard case .string(let text) = value else { throw .type("object of type '\(value.typeName)' has no len()") }
            if name == "nanstr" { result.nanText = text } else { result.infText = text }
        }
        return result
    }

    private static func optionsDict(_ options: PrintOptions) throws(PythonError) -> DictObject {
        try DictObject([
            (.string("edgeitems"), .int(options.edgeItems)), (.string("threshold"), .int(options.threshold)),
            (.string("floatmode"), .string("maxprec")), (.string("precision"), .int(options.precision)),
            (.string("suppress"), .bool(options.suppress)), (.string("linewidth"), .int(options.lineWidth)),
            (.string("nanstr"), .string(options.nanText)), (.string("infstr"), .string(options.infText)),
            (.string("sign"), .string("-")),
            (.string("formatter"), .none), (.string("legacy"), .bool(false)), (.string("override_repr"), .none),
        ])
    }

    static let errorKinds = ["divide", "over", "under", "invalid"]

    private static func errorState(_ current: [String: String], _ args: BoundArguments) throws(PythonError) -> [String:
        String]
    {
        var state = current
        let valid = ["ignore", "warn", "raise", "call", "print", "log"]
        func mode(_ name: String) throws(PythonError) -> String? {
            guard let value = args[name] else { return nil }
            guard case .string(let text) = value, valid.contains(text) else {
                throw .value("invalid mode \(Repr.tryRepr(value)) for \(name)")
            }
            guard ["ignore", "warn", "raise"].contains(text) else {
                throw .notImplemented("\(name)='\(text)' is not supported yet")
            }
            return text
        }
        if let all = try mode("all") { for kind in errorKinds { state[kind] = all } }
        for kind in errorKinds { if let value = try mode(kind) { state[kind] = value } }
        return state
    }

    private static func errorDict(_ state: [String: String]) throws(PythonError) -> DictObject {
        try DictObject(errorKinds.map { (.string($0), .string(state[$0] ?? "warn")) })
    }
}

/// A context manager made by a function: `__enter__` and `__exit__` run the two closures.
final class ContextManager: PythonObject {
    let typeName: String
    private let enter: () throws(PythonError) -> Value
    private let exit: () -> Void

    init(typeName: String, enter: @escaping () throws(PythonError) -> Value, exit: @escaping () -> Void) {
        self.typeName = typeName
        self.enter = enter
        self.exit = exit
    }

    var pythonType: PythonType { .object }
    func repr() -> String { "<\(typeName) object at 0x\(String(ObjectIds.address(of: self), radix: 16))>" }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "__enter__":
            return .function(
                Function(Signature("__enter__()"), kind: .method) { _, _ throws(PythonError) in try self.enter() })
        case "__exit__":
            return .function(
                Function(Signature("__exit__(*args)"), kind: .method) { _, args throws(PythonError) in
                    _ = args.variadic("args")
                    self.exit()
                    return .bool(false)
                })
        default: return nil
        }
    }
}

extension Interpreter {
    /// A floating-point condition a kernel raised, treated as `np.errstate` says.
    func floatingPointCondition(_ message: String) throws(PythonError) {
        let kind =
            message.hasPrefix("divide")
            ? "divide"
            : message.hasPrefix("overflow")
                ? "over"
                : message.hasPrefix("underflow") ? "under" : "invalid"
        switch floatingErrors[kind] {
        case "ignore": return
        case "raise": throw PythonError("FloatingPointError", message)
        default: warn("RuntimeWarning: \(message)\n")
        }
    }
}
