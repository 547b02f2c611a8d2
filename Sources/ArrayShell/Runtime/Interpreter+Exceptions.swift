import ArrayEngine

/// `try`/`except`/`else`/`finally`, `raise` and exception objects.
///
/// Every error is a `PythonError` (a class name and a message). One raised by
/// `raise` also carries its `Instance`, so `except ... as e` gets the same object;
/// an error raised by arrsh itself gets an instance made when it is caught.
extension Interpreter {
    /// The class named by an error (unknown names are treated as plain Exceptions).
    func builtinClass(_ name: String) -> ClassObject {
        exceptionClasses[name] ?? exceptionClasses["Exception"] ?? objectClass
    }

    /// The exception object of an error.
    func exceptionObject(_ error: PythonError) -> Instance {
        if let instance = error.object as? Instance { return instance }
        let arguments: [Value] = error.message.isEmpty ? [] : [.string(error.message)]
        let instance = Instance(builtinClass(error.exception), arguments: arguments)
        return instance
    }

    /// The error that raising `instance` throws.
    func exceptionError(_ instance: Instance) throws(PythonError) -> PythonError {
        PythonError(instance.cls.name, try exceptionText(instance), object: instance)
    }

    /// `str(e)`: the one argument's str, or the arguments' tuple.
    func exceptionText(_ instance: Instance) throws(PythonError) -> String {
        if let method = instance.cls.lookup("__str__"), case .function(let f) = method, f.kind == .python {
            let text = try call(method, Arguments([.instance(instance)]))
            guard case .string(let s) = text else { throw .type("__str__ returned non-string (type \(text.typeName))") }
            return s
        }
        switch instance.arguments.count {
        case 0: return ""
        case 1:
            if instance.cls.name == "KeyError", instance.cls.module == "builtins" {
                return try Repr.repr(instance.arguments[0])
            }
            return try Repr.str(instance.arguments[0])
        default: return try Repr.repr(.tuple(instance.arguments))
        }
    }

    /// `exit(code)`, `quit(code)`, `sys.exit(code)`: the SystemExit they raise.
    func systemExit(_ code: Value?) -> PythonError {
        let instance = Instance(builtinClass("SystemExit"), arguments: code.map { [$0] } ?? [])
        return PythonError("SystemExit", code.map { (try? Repr.str($0)) ?? "" } ?? "", object: instance)
    }

    /// `SystemExit.code`: None without arguments, the argument, or the tuple of several.
    static func exitCode(of instance: Instance) -> Value {
        instance.arguments.count > 1 ? .tuple(instance.arguments) : instance.arguments.first ?? .none
    }

    /// What a `SystemExit` (or subclass) asks of the process, by Python's rules: no code
    /// or None ends quietly, an int is the exit status, anything else is printed and
    /// the status is 1. Nil for any other error.
    func exitRequest(_ error: PythonError) -> (status: Int32?, message: String?)? {
        let systemExit = builtinClass("SystemExit")
        guard let instance = error.object as? Instance else {
            return error.exception == systemExit.name ? (nil, nil) : nil
        }
        guard instance.cls.isSubclass(of: systemExit) else { return nil }
        let code = Self.exitCode(of: instance)
        switch code {
        case .none: return (nil, nil)
        case .bool(let flag): return (flag ? 1 : 0, nil)
        // The system keeps the low 8 bits, as it does of Python's status.
        case .int(let status): return (Int32(truncatingIfNeeded: status), nil)
        default: return (1, (try? Repr.str(code)) ?? Repr.tryRepr(code))
        }
    }

    /// `KeyError(key)`: its message is the key's repr, its `args` the key itself.
    func keyError(_ key: Value) -> PythonError {
        PythonError("KeyError", Repr.tryRepr(key), object: Instance(builtinClass("KeyError"), arguments: [key]))
    }

    /// What `raise value from cause` throws.
    func raising(_ exception: Evaluation?, cause: Evaluation?) throws(PythonError) -> PythonError {
        guard let exception else {
            guard let active = handling.last else {
                return PythonError("RuntimeError", "No active exception to reraise")
            }
            return active
        }
        let instance = try exceptionInstance(try exception(self))
        if let cause {
            let cause = try cause(self)
            switch cause {
            case .none: instance.attributes["__cause__"] = Value.none
            default: instance.attributes["__cause__"] = .instance(try exceptionInstance(cause, forCause: true))
            }
        }
        if instance.attributes["__context__"] == nil, let active = handling.last {
            instance.attributes["__context__"] = .instance(exceptionObject(active))
        }
        return try exceptionError(instance)
    }

    /// An exception class is instantiated; an instance is used as it is.
    private func exceptionInstance(_ value: Value, forCause: Bool = false) throws(PythonError) -> Instance {
        switch value {
        case .classObject(let cls) where cls.isException:
            guard case .instance(let instance) = try instantiate(cls, Arguments()) else {
                throw .type("exceptions must derive from BaseException")
            }
            return instance
        case .instance(let instance) where instance.cls.isException:
            return instance
        default:
            throw .type(
                forCause
                    ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException")
        }
    }

    /// Whether an `except` clause's class (or tuple of classes) catches `error`.
    private func catches(_ handler: Value, _ error: PythonError) throws(PythonError) -> Bool {
        switch handler {
        case .classObject(let cls) where cls.isException:
            let raised = (error.object as? Instance)?.cls ?? builtinClass(error.exception)
            return raised.isSubclass(of: cls)
        case .tuple(let items):
            for item in items where try catches(item, error) { return true }
            return false
        default:
            throw .type("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    /// A `try` statement's parts, compiled.
    struct CompiledTry {
        let body: Execution
        /// Each `except` clause: the class (or tuple) it catches, nil for a bare `except:`.
        let handlers: [(type: Evaluation?, name: String?, body: Execution)]
        let otherwise: Execution
        let finally: Execution?
    }

    func runTry(_ block: CompiledTry) throws(PythonError) -> Flow {
        var flow: Flow = .normal
        var pending: PythonError?
        do throws(PythonError) {
            flow = try block.body(self)
            if flow.isNormal { flow = try block.otherwise(self) }
        } catch {
            do throws(PythonError) {
                flow = try handle(error, block.handlers)
            } catch {
                pending = error
            }
        }
        guard let finally = block.finally else {
            if let pending { throw pending }
            return flow
        }
        // `finally` runs whatever happened; its own return, break or error replaces the outcome.
        let finalFlow = try finally(self)
        if !finalFlow.isNormal { return finalFlow }
        if let pending { throw pending }
        return flow
    }

    /// Runs the first handler that catches `error`, or throws it on.
    private func handle(_ error: PythonError, _ handlers: [(type: Evaluation?, name: String?, body: Execution)])
        throws(PythonError) -> Flow
    {
        for handler in handlers {
            if let type = handler.type, !(try catches(try type(self), error)) { continue }
            if let name = handler.name { store(name, .instance(exceptionObject(error))) }
            handling.append(error)
            defer {
                handling.removeLast()
                // Python deletes the name at the end of the handler.
                if let name = handler.name { try? deleteName(name) }
            }
            return try handler.body(self)
        }
        throw error
    }

    /// `with a as x:` over the context managers arrsh has (`np.printoptions`, `np.errstate`, ...).
    func runWith(_ items: ArraySlice<(context: Evaluation, target: Assignment?)>, _ body: Execution)
        throws(PythonError) -> Flow
    {
        guard let (context, target) = items.first else { return try body(self) }
        let manager = try context(self)
        let entered = try call(try attribute(of: manager, "__enter__"), Arguments())
        if let target { try target(self, entered) }
        let exit = try attribute(of: manager, "__exit__")
        let flow: Flow
        do throws(PythonError) {
            flow = try runWith(items.dropFirst(), body)
        } catch {
            let instance = exceptionObject(error)
            let suppress = try call(exit, Arguments([.classObject(instance.cls), .instance(instance), .none]))
            if try Convert.truth(suppress) { return .normal }
            throw error
        }
        _ = try call(exit, Arguments([.none, .none, .none]))
        return flow
    }
}
