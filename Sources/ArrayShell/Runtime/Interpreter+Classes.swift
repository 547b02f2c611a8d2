import ArrayEngine

/// `class` statements, making instances, and their attributes and bound methods.
extension Interpreter {
    func defineClass(_ code: ClassCode, decorators: [Expr]) throws(PythonError) {
        let decoratorValues = try decorators.map { e throws(PythonError) in try evaluate(e) }
        var bases: [ClassObject] = []
        for argument in code.bases {
            guard case .positional = argument.kind else {
                throw .notImplemented("class keywords (metaclass=...) are not supported")
            }
            switch try evaluate(argument.value) {
            case .classObject(let cls): bases.append(cls)
            case .type(.object): break
            case let other:
                if case .type = other {
                    throw .notImplemented("subclassing builtin type '\(Repr.tryRepr(other))' is not supported")
                }
                throw .type("bases must be types")
            }
        }
        let body = Frame(
            scope: ScopeInfo(locals: [], globals: [], nonlocals: []), parent: frame?.closureParent, isClassBody: true)
        body.locals["__module__"] = .string("__main__")
        body.locals["__qualname__"] = .string(code.qualifiedName)
        try within(body) { () throws(PythonError) in _ = try run(code.body) }
        var value = Value.classObject(
            try ClassObject(
                name: code.name, qualifiedName: code.qualifiedName, module: "__main__",
                bases: bases, attributes: body.locals.bindings, interpreter: self))
        for decorator in decoratorValues.reversed() { value = try call(decorator, Arguments([value])) }
        store(code.name, value)
    }

    /// `Class(...)`: a new instance, initialised by `__init__` (an exception's positional
    /// arguments are its `args`, whatever its `__init__` does, as `BaseException.__new__` sets them).
    func instantiate(_ cls: ClassObject, _ arguments: Arguments) throws(PythonError) -> Value {
        let instance = Instance(cls)
        if cls.isException { instance.arguments = arguments.positional }
        guard let initialiser = cls.lookup("__init__") else {
            if !arguments.positional.isEmpty || !arguments.keywords.isEmpty {
                throw .type("\(cls.name)() takes no arguments")
            }
            return .instance(instance)
        }
        let result = try call(try bind(initialiser, to: .instance(instance), name: "__init__"), arguments)
        guard result.isNone else { throw .type("__init__() should return None, not '\(result.typeName)'") }
        return .instance(instance)
    }

    /// A function found on a class, bound to the instance it was looked up on.
    func bind(_ attribute: Value, to object: Value, name: String) throws(PythonError) -> Value {
        if case .object(let descriptor as MethodDescriptor) = attribute {
            switch descriptor.kind {
            case .staticMethod: return descriptor.function
            case .classMethod:
                let owner: Value = if case .instance(let i) = object { .classObject(i.cls) } else { object }
                return try bind(descriptor.function, to: owner, name: name)
            case .property:
                guard case .instance = object else { return attribute }
                return try call(descriptor.function, Arguments([object]))
            }
        }
        guard case .function(let function) = attribute, function.kind == .python || function.kind == .method else {
            return attribute
        }
        return .function(
            Function(
                function.signature, kind: .boundMethod, boundSelf: object, name: function.name,
                function: function, function.body))
    }

    /// `obj.name` on an instance: its own attributes, then its class's (methods bound).
    func instanceAttribute(_ instance: Instance, _ name: String) throws(PythonError) -> Value? {
        if let value = instance.attributes[name] { return value }
        switch name {
        case "__class__": return .classObject(instance.cls)
        case "__dict__":
            return .dict(try DictObject(instance.attributes.map { (.string($0.key), $0.value) }))
        case "args" where instance.cls.isException: return .tuple(instance.arguments)
        case "code" where instance.cls.isSubclass(of: builtinClass("SystemExit")): return Self.exitCode(of: instance)
        case "__cause__" where instance.cls.isException, "__context__" where instance.cls.isException: return Value.none
        default: break
        }
        if let value = instance.cls.lookup(name) { return try bind(value, to: .instance(instance), name: name) }
        return nil
    }

    /// `Class.name`: class attributes along the MRO, and the class's own facts.
    func classAttribute(_ cls: ClassObject, _ name: String) throws(PythonError) -> Value? {
        if let value = cls.lookup(name) {
            if case .object(let descriptor as MethodDescriptor) = value, descriptor.kind != .property {
                return try bind(value, to: .classObject(cls), name: name)
            }
            return value
        }
        switch name {
        case "__name__": return .string(cls.name)
        case "__qualname__": return .string(cls.qualifiedName)
        case "__module__": return .string(cls.module)
        case "__mro__": return .tuple(cls.mro.map { .classObject($0) } + [.type(.object)])
        case "__bases__": return .tuple(cls.bases.isEmpty ? [.type(.object)] : cls.bases.map { .classObject($0) })
        default: return nil
        }
    }

    /// A dunder method a user's class defines, bound to the instance (nil otherwise).
    func special(_ value: Value, _ name: String) throws(PythonError) -> Value? {
        guard case .instance(let instance) = value, let method = instance.cls.lookup(name) else { return nil }
        if case .function(let f) = method, f.kind != .python { return nil }
        return try bind(method, to: value, name: name)
    }

    /// `repr(obj)`: its `__repr__`, an exception's `Name(args)`, or `<__main__.A object at 0x...>`.
    func instanceRepr(_ instance: Instance) throws(PythonError) -> String {
        if let method = try special(.instance(instance), "__repr__") {
            let text = try call(method, Arguments())
            guard case .string(let s) = text else {
                throw .type("__repr__ returned non-string (type \(text.typeName))")
            }
            return s
        }
        if instance.cls.isException {
            let items = try instance.arguments.map { v throws(PythonError) in try Repr.repr(v) }
            return "\(instance.cls.name)(\(items.joined(separator: ", ")))"
        }
        let cls = instance.cls
        let name = cls.module == "builtins" ? cls.qualifiedName : "\(cls.module).\(cls.qualifiedName)"
        return "<\(name) object at 0x\(String(ObjectIds.address(of: instance), radix: 16))>"
    }

    /// `str(obj)`: its `__str__`, an exception's message, else its repr.
    func instanceStr(_ instance: Instance) throws(PythonError) -> String {
        if instance.cls.isException { return try exceptionText(instance) }
        if let method = try special(.instance(instance), "__str__") {
            let text = try call(method, Arguments())
            guard case .string(let s) = text else { throw .type("__str__ returned non-string (type \(text.typeName))") }
            return s
        }
        return try instanceRepr(instance)
    }

    /// `bool(obj)`: its `__bool__`, else its `__len__`, else true.
    func instanceTruth(_ instance: Instance) throws(PythonError) -> Bool {
        if let method = try special(.instance(instance), "__bool__") {
            let result = try call(method, Arguments())
            guard case .bool(let b) = result else {
                throw .type("__bool__ should return bool, returned \(result.typeName)")
            }
            return b
        }
        if let method = try special(.instance(instance), "__len__") {
            return try Convert.index(try call(method, Arguments())) != 0
        }
        return true
    }

    /// `super()` in a method: the classes after the method's own in `type(self)`'s MRO.
    func superObject() throws(PythonError) -> Value {
        guard let frame, let code = frame.code, let first = code.parameters.first,
            let object = frame.locals[first.name]
        else { throw PythonError("RuntimeError", "super(): no arguments") }
        guard case .instance(let instance) = object else {
            throw PythonError("RuntimeError", "super(): __class__ cell not found")
        }
        let owner = instance.cls.mro.first { cls in
            cls.attributes.values.contains { if case .function(let f) = $0 { f.code === code } else { false } }
        }
        guard let owner else { throw PythonError("RuntimeError", "super(): __class__ cell not found") }
        return .object(SuperProxy(owner: owner, object: object, interpreter: self))
    }
}

extension Interpreter {
    /// The dunder names of the binary operators: `__add__`, and `__radd__` for the right operand.
    private static let operatorNames: [BinaryOperator: String] = [
        .add: "add", .subtract: "sub", .multiply: "mul", .divide: "truediv", .floorDivide: "floordiv",
        .modulo: "mod", .power: "pow", .matmul: "matmul", .leftShift: "lshift", .rightShift: "rshift",
        .and: "and", .or: "or", .xor: "xor",
    ]

    /// `a + b` where an operand is an instance of a user's class: its `__add__` (or the
    /// right one's `__radd__`); nil when neither is an instance.
    func instanceOperator(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
        guard left.isInstance || right.isInstance, let name = Interpreter.operatorNames[op] else { return nil }
        if let method = try special(left, "__\(name)__") {
            let result = try call(method, Arguments([right]))
            if !result.isNotImplemented { return result }
        }
        if let method = try special(right, "__r\(name)__") {
            let result = try call(method, Arguments([left]))
            if !result.isNotImplemented { return result }
        }
        throw .type("unsupported operand type(s) for \(op.rawValue): '\(left.typeName)' and '\(right.typeName)'")
    }

    /// `a == b`, `a < b`, ... with instances: their rich comparison methods, else identity.
    func instanceComparison(_ op: CompareOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
        guard left.isInstance || right.isInstance else { return nil }
        let (name, reflected): (String, String) =
            switch op {
            case .equal: ("eq", "eq")
            case .notEqual: ("ne", "ne")
            case .less: ("lt", "gt")
            case .lessEqual: ("le", "ge")
            case .greater: ("gt", "lt")
            default: ("ge", "le")
            }
        if let method = try special(left, "__\(name)__") {
            let result = try call(method, Arguments([right]))
            if !result.isNotImplemented { return result }
        }
        if let method = try special(right, "__\(reflected)__") {
            let result = try call(method, Arguments([left]))
            if !result.isNotImplemented { return result }
        }
        if op == .notEqual, let method = try special(left, "__eq__") {
            return .bool(!(try Convert.truth(try call(method, Arguments([right])))))
        }
        switch op {
        case .equal: return .bool(isSame(left, right))
        case .notEqual: return .bool(!isSame(left, right))
        default:
            throw .type(
                "'\(op.rawValue)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
        }
    }
}

extension Value {
    var isInstance: Bool { if case .instance = self { true } else { false } }
    /// `NotImplemented`, which a dunder returns to let the other operand try.
    var isNotImplemented: Bool { if case .object(let o) = self { o is NotImplementedObject } else { false } }
}

/// Python's `NotImplemented` singleton.
final class NotImplementedObject: PythonObject {
    var pythonType: PythonType { .object }
    var typeName: String { "NotImplementedType" }
    func repr() -> String { "NotImplemented" }
}

/// `staticmethod(f)`, `classmethod(f)` and `property(f)` in a class body: how the
/// function is handed out when looked up on an instance or the class.
final class MethodDescriptor: PythonObject {
    enum Kind: String {
        case staticMethod = "staticmethod"
        case classMethod = "classmethod"
        case property
    }
    let kind: Kind
    let function: Value

    init(_ kind: Kind, _ function: Value) {
        self.kind = kind
        self.function = function
    }

    var pythonType: PythonType { .object }
    var typeName: String { kind.rawValue }
    func repr() -> String { "<\(kind.rawValue) object at 0x\(String(ObjectIds.address(of: self), radix: 16))>" }
}

/// What `super()` returns: attribute lookup that starts after `owner` in the MRO.
final class SuperProxy: PythonObject {
    let owner: ClassObject
    let object: Value
    unowned let interpreter: Interpreter

    init(owner: ClassObject, object: Value, interpreter: Interpreter) {
        self.owner = owner
        self.object = object
        self.interpreter = interpreter
    }

    var pythonType: PythonType { .object }
    var typeName: String { "super" }
    func repr() -> String { "<super: <class '\(owner.name)'>, <\(object.typeName) object>>" }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        guard case .instance(let instance) = object,
            let start = instance.cls.mro.firstIndex(where: { $0 === owner })
        else { return nil }
        for cls in instance.cls.mro[(start + 1)...] {
            if let value = cls.attributes[name] { return try interpreter.bind(value, to: object, name: name) }
        }
        return nil
    }
}
