import ArrayEngine

/// `def`, `lambda` and calling the functions they make.
extension Interpreter {
    /// How deep Python function calls may nest: Python's limit of 1,000 frames, less
    /// the 7 that the interactive console itself occupies below the user's code (the
    /// reference, `code.InteractiveConsole`, lets `def f(n): return f(n - 1) ...` reach
    /// 993 calls). Each call is counted here, so deep recursion is Python's
    /// RecursionError, never an overflow of the Swift stack.
    static let recursionLimit = 993

    static let recursionError = PythonError("RecursionError", "maximum recursion depth exceeded")

    /// Runs a `def`: makes the function (defaults evaluated now), decorates it, binds its name.
    func define(_ code: FunctionCode, decorators: [Expr]) throws(PythonError) {
        let decoratorValues = try decorators.map { e throws(PythonError) in try evaluate(e) }
        var value = Value.function(try makeFunction(code))
        for decorator in decoratorValues.reversed() { value = try call(decorator, Arguments([value])) }
        store(code.name, value)
    }

    /// A function object for `code`, closing over the current frame.
    func makeFunction(_ code: FunctionCode) throws(PythonError) -> Function {
        let defaults = try code.parameters.map { p throws(PythonError) in
            try p.defaultValue.map { e throws(PythonError) in try evaluate(e) }
        }
        let parameters = zip(code.parameters, defaults).map { syntax, value in
            Parameter(
                name: syntax.name, kind: syntax.kind,
                defaultValue: value.map { .literal(Repr.tryRepr($0)) } ?? .required, isHonoured: true)
        }
        let signature = Signature(name: code.qualifiedName, parameters: parameters, defaults: defaults, style: .python)
        let parent = frame?.closureParent
        let function = Function(signature, kind: .python, doc: code.docstring ?? "", name: code.name, code: code) {
            interpreter, arguments throws(PythonError) in
            try interpreter.run(code, arguments, enclosedBy: parent)
        }
        if !code.isGenerator, code.parameters.allSatisfy({ $0.kind == .positionalOrKeyword }) {
            let count = code.parameters.count
            function.positionalCall = Function.PositionalCall(counts: count...count) {
                interpreter, values throws(PythonError) in
                let frame = Frame(scope: code.scope, parent: parent, code: code, arguments: values)
                return try interpreter.runBody(code, in: frame)
            }
        }
        return function
    }

    /// One call of a Python function: a new frame holding the arguments, then the body
    /// (a generator function's body runs later, item by item, as a coroutine).
    private func run(_ code: FunctionCode, _ arguments: BoundArguments, enclosedBy parent: Frame?) throws(PythonError)
        -> Value
    {
        let frame = try frame(for: code, arguments, enclosedBy: parent)
        if code.isGenerator {
            let handle = CoroutineHandle(
                Coroutine(interpreter: self) { () throws(PythonError) in
                    _ = try self.runBody(code, in: frame)
                })
            return .iterator(
                IteratorObject("generator", function: code.qualifiedName) { () throws(PythonError) -> Value? in
                    try handle.coroutine.resume()
                })
        }
        return try runBody(code, in: frame)
    }

    func runBody(_ code: FunctionCode, in frame: Frame) throws(PythonError) -> Value {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > Interpreter.recursionLimit { throw Interpreter.recursionError }
        try Interruption.check()
        let flow = try within(frame) { () throws(PythonError) in try code.compiledBody(self) }
        if case .returnValue(let value) = flow { return value }
        return .none
    }

    /// A new frame holding the arguments bound to the parameters.
    private func frame(for code: FunctionCode, _ arguments: BoundArguments, enclosedBy parent: Frame?)
        throws(PythonError) -> Frame
    {
        let frame = Frame(scope: code.scope, parent: parent, code: code)
        for parameter in code.parameters {
            switch parameter.kind {
            case .variadicPositional:
                frame.locals[parameter.name] = .tuple(arguments.variadic(parameter.name))
            case .variadicKeyword:
                let pairs = arguments.keywords(parameter.name).map { (Value.string($0.name), $0.value) }
                frame.locals[parameter.name] = .dict(try DictObject(pairs))
            default:
                frame.locals[parameter.name] = arguments.raw(parameter.name) ?? Value.none
            }
        }
        return frame
    }
}
