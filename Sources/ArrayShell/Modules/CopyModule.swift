import ArrayEngine

/// `import copy`: `copy.copy` (a new outer object) and `copy.deepcopy` (new objects
/// all the way down, shared ones copied once). Arrays copy as `ndarray.__copy__`
/// does: a new array that owns its data, in the same memory layout.
enum CopyModule {
    static func functions() -> [Function] {
        [
            StandardModules.function("copy(x)", "A shallow copy of x.") { interpreter, args throws(PythonError) in
                try shallow(args.raw("x") ?? .none, interpreter)
            },
            StandardModules.function("deepcopy(x, memo=None, _nil=[])", "A deep copy of x.") {
                interpreter, args throws(PythonError) in
                _ = args.raw("_nil")
                if args["memo"] != nil { throw .notImplemented("deepcopy() does not support memo= yet") }
                var memo: [ObjectIdentifier: Value] = [:]
                return try deep(args.raw("x") ?? .none, &memo, interpreter)
            },
        ]
    }

    static func shallow(_ value: Value, _ interpreter: Interpreter) throws(PythonError) -> Value {
        switch value {
        case .list(let list): return .list(ListObject(list.items))
        case .dict(let dict): return .dict(dict.copy())
        case .set(let set): return set.isFrozen ? value : .set(set.copy())
        case .array(let a): return .array(try a.copyKeepingOrder())
        case .object(let m as MaskedArray): return try m.copied()
        case .instance(let instance):
            if let method = try interpreter.special(value, "__copy__") {
                return try interpreter.call(method, Arguments())
            }
            let copy = Instance(instance.cls, arguments: instance.arguments)
            copy.attributes = instance.attributes
            return .instance(copy)
        default: return value
        }
    }

    static func deep(_ value: Value, _ memo: inout [ObjectIdentifier: Value], _ interpreter: Interpreter)
        throws(PythonError) -> Value
    {
        if let object = value.identity, let known = memo[ObjectIdentifier(object)] { return known }
        switch value {
        case .list(let list):
            let copy = ListObject([])
            memo[ObjectIdentifier(list)] = .list(copy)
            for item in list.items { copy.items.append(try deep(item, &memo, interpreter)) }
            return .list(copy)
        case .tuple(let items):
            return .tuple(try items.map { v throws(PythonError) in try deep(v, &memo, interpreter) })
        case .dict(let dict):
            let copy = DictObject()
            memo[ObjectIdentifier(dict)] = .dict(copy)
            for (key, item) in dict.pairs {
                try copy.set(try deep(key, &memo, interpreter), try deep(item, &memo, interpreter))
            }
            return .dict(copy)
        case .set(let set):
            return .set(
                try SetObject(
                    try set.items.map { v throws(PythonError) in try deep(v, &memo, interpreter) }, frozen: set.isFrozen
                ))
        case .array(let a) where a.dtype.isObject:
            // NumPy's __deepcopy__ of an object array deep-copies each element.
            let copy = try a.copyKeepingOrder()
            memo[ObjectIdentifier(a)] = .array(copy)
            let values = try ObjectValues.values(copy)
            let copies = try values.map { v throws(PythonError) in try deep(v, &memo, interpreter) }
            let filled = try ObjectValues.array(copies, shape: copy.shape)
            try copy.assign(filled)
            return .array(copy)
        case .array(let a):
            let copy = Value.array(try a.copyKeepingOrder())
            memo[ObjectIdentifier(a)] = copy
            return copy
        case .object(let m as MaskedArray):
            let copy = try m.copied()
            memo[ObjectIdentifier(m)] = copy
            return copy
        case .instance(let instance):
            let copy = Instance(instance.cls)
            memo[ObjectIdentifier(instance)] = .instance(copy)
            copy.arguments = try instance.arguments.map { v throws(PythonError) in try deep(v, &memo, interpreter) }
            for (name, item) in instance.attributes { copy.attributes[name] = try deep(item, &memo, interpreter) }
            return .instance(copy)
        default:
            return value
        }
    }
}
