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
        let argument = arguments[0].value
        // The site tests for the one type whose method the name is (`append` a list's, `add`
        // a set's; a name that were both would be the list's here, and go the general way
        // for a set). Only the body is kept, so that a call copies nothing.
        if let body = ListMethods.oneArgument(name)?.body {
            return oneArgumentSite(
                body, frozenToo: false, receiver: receiver, object: object, argument: argument, general: general)
        }
        if let body = SetMethods.oneArgument(name, frozen: false)?.body {
            let frozenToo = SetMethods.oneArgument(name, frozen: true) != nil
            return oneArgumentSite(
                body, frozenToo: frozenToo, receiver: receiver, object: object, argument: argument, general: general)
        }
        return { interpreter throws(PythonError) in try general(interpreter, try object(interpreter)) }
    }

    /// A call site of a method of one argument: on a receiver of its type (`frozenToo`: a
    /// frozenset too), `body` runs at once, on the object lent from the variable when the
    /// receiver is a name and the argument a `plainValue` (the two bodies run no Python
    /// code either); any other receiver goes the `general` way. (The type's tests are static functions, not closures, so that each
    /// call site inlines them.)
    private static func oneArgumentSite<Receiver: DirectReceiver>(
        _ body: @escaping (Interpreter, Receiver, Value) throws(PythonError) -> Value, frozenToo: Bool,
        receiver: Expr, object: @escaping Evaluation, argument: Expr,
        general: @escaping (Interpreter, Value) throws(PythonError) -> Value
    ) -> Evaluation {
        let value = expression(argument)
        let retaining: Evaluation = { interpreter throws(PythonError) in
            let target = try object(interpreter)
            guard let accepted = Receiver.accepted(target, frozenToo: frozenToo), interpreter.argumentLog == nil else {
                return try general(interpreter, target)
            }
            return try direct(body, accepted, try value(interpreter), interpreter)
        }
        guard case .name(let variable) = receiver, let plain = plainValue(argument) else { return retaining }
        return { interpreter throws(PythonError) in
            guard interpreter.argumentLog == nil,
                let lent = Receiver.accepted(interpreter.lent(variable), frozenToo: frozenToo),
                let value = try plain(interpreter)
            else { return try retaining(interpreter) }
            return try lentDirect(body, lent, value, interpreter)
        }
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
        defer { interpreter.showPendingWarnings() }
        return try body(interpreter, receiver, argument)
    }
}

/// A list or a set: the objects whose methods of one argument a call site runs at once.
private protocol DirectReceiver: AnyObject {
    /// `value` when it is such an object (a frozen set only when `frozenToo`).
    static func accepted(_ value: Value, frozenToo: Bool) -> Self?
    /// The object lent from a variable, when it is such an object.
    static func accepted(_ lent: LentObject?, frozenToo: Bool) -> Unmanaged<Self>?
}

extension ListObject: DirectReceiver {
    static func accepted(_ value: Value, frozenToo: Bool) -> ListObject? {
        if case .list(let list) = value { list } else { nil }
    }

    static func accepted(_ lent: LentObject?, frozenToo: Bool) -> Unmanaged<ListObject>? {
        if case .list(let list)? = lent { list } else { nil }
    }
}

extension SetObject: DirectReceiver {
    static func accepted(_ value: Value, frozenToo: Bool) -> SetObject? {
        if case .set(let set) = value, frozenToo || !set.isFrozen { set } else { nil }
    }

    static func accepted(_ lent: LentObject?, frozenToo: Bool) -> Unmanaged<SetObject>? {
        if case .set(let set)? = lent, frozenToo || !set._withUnsafeGuaranteedRef(\.isFrozen) { set } else { nil }
    }
}
