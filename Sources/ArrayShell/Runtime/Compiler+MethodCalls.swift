import ArrayEngine

/// Call sites `object.name(arguments)`.
extension Compiler {
    /// `object.name(arguments)`, as CPython's method calls: a list's or set's method of one
    /// argument (`lst.append(x)`, `s.add(x)`) runs on the object at once, found when
    /// compiling by the name, with no method object made. Every other object, name or
    /// call shape looks the attribute up and calls it (a module's through its memo).
    static func methodCall(_ object: Expr, _ name: String, _ arguments: [Argument]) -> Evaluation {
        let object = expression(object)
        let general = generalMethodCall(name, arguments)
        guard arguments.count == 1, case .positional = arguments[0].kind else {
            return { interpreter throws(PythonError) in try general(interpreter, try object(interpreter)) }
        }
        let listMethod = ListMethods.oneArgument(name)
        let (setMethod, frozenSetMethod) = (
            SetMethods.oneArgument(name, frozen: false), SetMethods.oneArgument(name, frozen: true)
        )
        guard listMethod != nil || setMethod != nil || frozenSetMethod != nil else {
            return { interpreter throws(PythonError) in try general(interpreter, try object(interpreter)) }
        }
        let argument = expression(arguments[0].value)
        return { interpreter throws(PythonError) in
            let receiver = try object(interpreter)
            // The corpus's argument log sees every call bound, as `Function.call` does.
            guard interpreter.argumentLog == nil else { return try general(interpreter, receiver) }
            switch receiver {
            case .list(let list):
                guard let listMethod else { break }
                return try direct(listMethod, list, try argument(interpreter), interpreter)
            case .set(let set):
                guard let method = set.isFrozen ? frozenSetMethod : setMethod else { break }
                return try direct(method, set, try argument(interpreter), interpreter)
            default:
                break
            }
            return try general(interpreter, receiver)
        }
    }

    /// The attribute looked up on the object and called with the arguments.
    private static func generalMethodCall(_ name: String, _ arguments: [Argument])
        -> (Interpreter, Value) throws(PythonError) -> Value
    {
        let (callee, arguments) = (CalleeMemo(name), Compiler.arguments(arguments))
        return { interpreter, receiver throws(PythonError) in
            let function = try callee.attribute(of: receiver, in: interpreter)
            return try interpreter.call(function, try arguments(interpreter))
        }
    }

    /// Runs a method's body on its object; warnings raised while the argument was read
    /// are shown when it returns, as `Interpreter.call` shows them.
    private static func direct<Receiver>(
        _ method: OneArgumentMethod<Receiver>, _ receiver: Receiver, _ argument: Value, _ interpreter: Interpreter
    ) throws(PythonError) -> Value {
        defer { for message in PendingWarnings.take() { interpreter.warn(message) } }
        return try method.body(interpreter, receiver, argument)
    }
}
