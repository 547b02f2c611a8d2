import ArrayEngine

/// `x.name` and `x.name = value`.
extension Interpreter {
    func attribute(of object: Value, _ name: String) throws(PythonError) -> Value {
        switch object {
        case .module(let module):
            if let value = module.attributes[name] { return value }
            throw missingAttribute(module, name)
        case .array(let a):
            if let value = try ArrayAttributes.get(a, name, in: self) { return value }
            if NumPyNames.ndarray.contains(name) { throw .notImplemented("ndarray.\(name) is not implemented in arrsh") }
        case .scalar(let s):
            if let value = try ScalarAttributes.get(s, name, in: self) { return value }
        case .dtype(let d):
            if let value = DTypeAttributes.get(d, name) { return value }
        case .scalarType(let d):
            if name == "__name__" { return .string(d.name) }
            if name == "dtype" { return .dtype(d) }
        case .flags(let a):
            return try readFlag(a, name)
        case .list(let list):
            if let value = ListMethods.get(list, name) { return value }
        case .function(let f):
            if name == "__name__" { return .string(f.name) }
            if name == "__doc__" { return .string(f.doc) }
        case .object(let o):
            if let value = try o.attribute(name) { return value }
        default:
            break
        }
        throw .attribute("'\(object.typeName)' object has no attribute '\(name)'")
    }

    func setAttribute(of object: Value, _ name: String, to value: Value) throws(PythonError) {
        switch object {
        case .array(let a):
            try ArrayAttributes.set(a, name, value, in: self)
        case .flags(let a):
            try FlagsAttributes.set(a, key: name, value)
        case .module(let module):
            module.attributes[name] = value
        default:
            throw .attribute("'\(object.typeName)' object has no attribute '\(name)' and no __dict__ for setting new attributes")
        }
    }
}

/// `a.flags`: reading and writing NumPy's flags by attribute or by key.
enum FlagsAttributes {
    static func get(_ a: NDArray, key: String) throws(PythonError) -> Value {
        switch key.lowercased() {
        case "c_contiguous", "c", "contiguous": .bool(a.isCContiguous)
        case "f_contiguous", "f", "fortran": .bool(a.isFContiguous)
        case "owndata", "o": .bool(a.ownsData)
        case "writeable", "w": .bool(a.isWriteable)
        case "aligned", "a": .bool(a.isAligned)
        case "writebackifcopy", "x": .bool(false)
        default:
            throw key.uppercased() == key ? PythonError("KeyError", "'\(key)'")
                : .attribute("'numpy.flagsobj' object has no attribute '\(key)'")
        }
    }

    static func set(_ a: NDArray, key: String, _ value: Value) throws(PythonError) {
        switch key.lowercased() {
        case "writeable", "w":
            let writeable = try Convert.truth(value)
            try a.setWriteable(writeable)
        case "aligned", "a", "writebackifcopy", "x":
            throw .value("cannot set \(key.uppercased()) flag")
        default:
            throw .attribute("'numpy.flagsobj' object attribute '\(key)' is read-only")
        }
    }
}

/// Attributes of dtype objects: `a.dtype.name`, `a.dtype.itemsize`.
enum DTypeAttributes {
    static func get(_ d: DType, _ name: String) -> Value? {
        switch name {
        case "name": .string(d.name)
        case "itemsize": .int(d.itemsize)
        case "kind": .string(String(d.kind.rawValue))
        case "str": .string(d.typeString)
        case "type": .scalarType(d)
        case "char": .string(d.character)
        default: nil
        }
    }
}

/// The few list methods learners reach for.
enum ListMethods {
    static func get(_ list: ListObject, _ name: String) -> Value? {
        let method: Function? = switch name {
        case "append":
            Function(Signature("append(object, /)", style: .singleArgument), kind: .builtin) { _, args throws(PythonError) in
                list.items.append(args.raw("object") ?? .none)
                return .none
            }
        case "extend":
            Function(Signature("extend(iterable, /)", style: .singleArgument), kind: .builtin) { interpreter, args throws(PythonError) in
                list.items += try interpreter.iterate(args.raw("iterable") ?? .none)
                return .none
            }
        case "pop":
            Function(Signature("pop(index=-1, /)"), kind: .builtin) { _, args throws(PythonError) in
                guard !list.items.isEmpty else { throw .index("pop from empty list") }
                let i = try args.int("index") ?? -1
                guard i >= -list.items.count, i < list.items.count else { throw .index("pop index out of range") }
                return list.items.remove(at: i < 0 ? i + list.items.count : i)
            }
        case "copy":
            Function(Signature("copy()", style: .cPositional), kind: .builtin) { _, _ throws(PythonError) in
                .list(ListObject(list.items))
            }
        default: nil
        }
        return method.map { .function($0) }
    }
}
