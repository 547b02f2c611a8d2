import ArrayEngine

/// Call sites `object.name(arguments)`.
extension Compiler {
    /// `object.name(arguments)`, as CPython's method calls: a list's or set's method of one
    /// argument (`lst.append(x)`, `s.add(x)`) runs on the object at once, found when
    /// compiling by the name, with no method object made. Every other object, name or
    /// call shape looks the attribute up and calls it (a module's through its memo).
    static func methodCall(_ object: Expr, _ name: String, _ arguments: [Argument]) -> Evaluation {
        let receiver = object
        let object = expression(object)
        let general = generalMethodCall(name, arguments)
        guard arguments.count == 1, case .positional = arguments[0].kind else {
            return { interpreter throws(PythonError) in try general(interpreter, try object(interpreter)) }
        }
        let argument = expression(arguments[0].value)
        // The site tests for the one type whose method the name is (`append` a list's, `add`
        // a set's; a name that were both would be the list's here, and go the general way
        // for a set). Only the body is kept, so that a call copies nothing.
        if let body = ListMethods.oneArgument(name)?.body {
            let retaining: Evaluation = { interpreter throws(PythonError) in
                let receiver = try object(interpreter)
                guard case .list(let list) = receiver, interpreter.argumentLog == nil else {
                    return try general(interpreter, receiver)
                }
                return try direct(body, list, try argument(interpreter), interpreter)
            }
            guard case .name(let variable) = receiver, let plain = plainValue(arguments[0].value) else {
                return retaining
            }
            return { interpreter throws(PythonError) in
                guard interpreter.argumentLog == nil, case .list(let list)? = interpreter.lent(variable),
                    let value = try plain(interpreter)
                else { return try retaining(interpreter) }
                return try lentDirect(body, list, value, interpreter)
            }
        }
        if let body = SetMethods.oneArgument(name, frozen: false)?.body {
            let frozenToo = SetMethods.oneArgument(name, frozen: true) != nil
            let retaining: Evaluation = { interpreter throws(PythonError) in
                let receiver = try object(interpreter)
                guard case .set(let set) = receiver, frozenToo || !set.isFrozen, interpreter.argumentLog == nil else {
                    return try general(interpreter, receiver)
                }
                return try direct(body, set, try argument(interpreter), interpreter)
            }
            guard case .name(let variable) = receiver, let plain = plainValue(arguments[0].value) else {
                return retaining
            }
            return { interpreter throws(PythonError) in
                guard interpreter.argumentLog == nil, case .set(let set)? = interpreter.lent(variable),
                    frozenToo || !set._withUnsafeGuaranteedRef(\.isFrozen), let value = try plain(interpreter)
                else { return try retaining(interpreter) }
                return try lentDirect(body, set, value, interpreter)
            }
        }
        return { interpreter throws(PythonError) in try general(interpreter, try object(interpreter)) }
    }

    /// An argument evaluated without running Python code, when it can be: a name or a
    /// literal, or two such joined by an operator `FastArithmetic` answers (nil at run time
    /// when it does not). Nil when compiling for any other expression.
    ///
    /// With such an argument, `name.append(argument)` and `name.add(argument)` lend the
    /// list or set in the variable, not retained and released: nothing runs between reading
    /// the variable and the end of the call that could rebind it and free the object (the
    /// two bodies run no Python code either). Otherwise the call goes the retaining way and
    /// evaluates the argument again (names and literals: nothing is done twice).
    private static func plainValue(_ expr: Expr) -> ((Interpreter) throws(PythonError) -> Value?)? {
        if readsNoArrayMemory(expr) {
            let value = expression(expr)
            return { interpreter throws(PythonError) in try value(interpreter) }
        }
        guard case .binary(let op, let left, let right) = expr, readsNoArrayMemory(left), readsNoArrayMemory(right)
        else { return nil }
        let (l, r) = (expression(left), expression(right))
        return { interpreter throws(PythonError) in FastArithmetic.binary(op, try l(interpreter), try r(interpreter)) }
    }

    /// `direct` on a lent object.
    private static func lentDirect<Receiver: AnyObject>(
        _ body: (Interpreter, Receiver, Value) throws(PythonError) -> Value, _ receiver: Unmanaged<Receiver>,
        _ argument: Value, _ interpreter: Interpreter
    ) throws(PythonError) -> Value {
        try receiver._withUnsafeGuaranteedRef { object in
            Result { () throws(PythonError) in try direct(body, object, argument, interpreter) }
        }.get()
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
        _ body: (Interpreter, Receiver, Value) throws(PythonError) -> Value, _ receiver: Receiver, _ argument: Value,
        _ interpreter: Interpreter
    ) throws(PythonError) -> Value {
        defer { for message in PendingWarnings.take() { interpreter.warn(message) } }
        return try body(interpreter, receiver, argument)
    }
}
