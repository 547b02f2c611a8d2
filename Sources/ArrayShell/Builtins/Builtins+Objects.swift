import ArrayEngine

/// Builtins about objects and classes: `getattr`, `setattr`, `hasattr`, `delattr`,
/// `callable`, `issubclass`, `super`, `vars`.
extension Builtins {
    static func objectFunctions() -> [Function] {
        [
            builtin("getattr(object, name, default=<no value>, /)", "object.name, or default when it has none.") {
                interpreter, args throws(PythonError) in
                let name = try attributeName(args, "getattr")
                let fallback = args.raw("default")
                do throws(PythonError) {
                    return try interpreter.attribute(of: args.raw("object") ?? .none, name)
                } catch  where error.exception == "AttributeError" {
                    if let fallback { return fallback }
                    throw error
                }
            },
            builtin("setattr(obj, name, value, /)", "obj.name = value.") { interpreter, args throws(PythonError) in
                try interpreter.setAttribute(
                    of: args.raw("obj") ?? .none, try attributeName(args, "setattr"), to: args.raw("value") ?? .none)
                return .none
            },
            builtin("hasattr(obj, name, /)", "Whether obj.name exists.") { interpreter, args throws(PythonError) in
                let name = try attributeName(args, "hasattr")
                do throws(PythonError) {
                    _ = try interpreter.attribute(of: args.raw("obj") ?? .none, name)
                    return .bool(true)
                } catch  where error.exception == "AttributeError" {
                    return .bool(false)
                }
            },
            builtin("delattr(obj, name, /)", "del obj.name.") { interpreter, args throws(PythonError) in
                try interpreter.deleteAttribute(of: args.raw("obj") ?? .none, try attributeName(args, "delattr"))
                return .none
            },
            builtin("callable(obj, /)", "Whether obj can be called.") { _, args throws(PythonError) in
                switch args.raw("obj") ?? .none {
                case .function, .type, .scalarType, .classObject: return .bool(true)
                case .instance(let i): return .bool(i.cls.lookup("__call__") != nil)
                default: return .bool(false)
                }
            },
            builtin("issubclass(cls, class_or_tuple, /)", "Whether cls derives from the class (or one in a tuple).") {
                _, args throws(PythonError) in
                let cls = args.raw("cls") ?? .none
                func check(_ candidate: Value) throws(PythonError) -> Bool {
                    switch (cls, candidate) {
                    case (_, .tuple(let items)):
                        for item in items where try check(item) { return true }
                        return false
                    case (.classObject(let a), .classObject(let b)): return a.isSubclass(of: b)
                    case (_, .type(.object)): return true
                    case (.type(let a), .type(let b)): return a.isSubclass(of: b)
                    case (.scalarType(let a), .type(let b)): return a.isSubclass(of: b)
                    case (.scalarType(let a), .scalarType(let b)):
                        // An unsized type (np.str_, np.datetime64) is every width.
                        let anyWidth = b.isString && b.length == 0 || b.isTime && b.timeUnit == nil
                        return a == b || anyWidth && a.scalarType == b.scalarType
                    case (.classObject, .type), (.type, .classObject), (.type, .scalarType),
                        (.scalarType, .classObject):
                        return false
                    default: throw .type("issubclass() arg 1 must be a class")
                    }
                }
                return .bool(try check(args.raw("class_or_tuple") ?? .none))
            },
            descriptor(.staticMethod), descriptor(.classMethod), descriptor(.property),
            builtin("super()", "The methods of the class after this one, bound to self.") {
                interpreter, _ throws(PythonError) in
                try interpreter.superObject()
            },
            builtin("vars(object=<no value>, /)", "The object's attributes as a dict.") {
                interpreter, args throws(PythonError) in
                guard let object = args.raw("object") else {
                    throw .notImplemented("vars() without an argument is not supported")
                }
                guard case .instance = object, let dict = try interpreter.attribute(of: object, "__dict__") as Value?
                else {
                    throw .type("vars() argument must have __dict__ attribute")
                }
                return dict
            },
        ]
    }

    /// `staticmethod(f)`, `classmethod(f)`, `property(fget)`.
    private static func descriptor(_ kind: MethodDescriptor.Kind) -> Function {
        let parameter = kind == .property ? "fget" : "function"
        return builtin("\(kind.rawValue)(\(parameter), /)", "Wraps a function defined in a class body.") {
            _, args throws(PythonError) in
            .object(MethodDescriptor(kind, args.raw(parameter) ?? .none))
        }
    }

    private static func attributeName(_ args: BoundArguments, _ function: String) throws(PythonError) -> String {
        let value = args.raw("name") ?? .none
        guard case .string(let name) = value else {
            throw .type("attribute name must be string, not '\(value.typeName)'")
        }
        return name
    }
}
