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
            if NumPyNames.ndarray.contains(name) {
                throw .notImplemented("ndarray.\(name) is not implemented in arrsh")
            }
            if a.isRecordArray { return try RecordArrays.field(of: a, name) }
        case .scalar(let s):
            if let value = try ScalarAttributes.get(s.scalar, name, in: self) { return value }
        case .complex(let re, let im):
            switch name {
            case "real": return .float(re)
            case "imag": return .float(im)
            case "conjugate":
                return .function(
                    Function(Signature("conjugate()", style: .cPositional), kind: .builtin) {
                        _, _ throws(PythonError) in
                        .complex(re, -im)
                    })
            default: break
            }
        case .dtype(let d):
            if let value = try DTypeAttributes.get(d, name) { return value }
        case .scalarType(let d):
            if name == "__name__" { return .string(d.name) }
            if name == "dtype" { return .dtype(d) }
        case .flags(let a):
            return try readFlag(a, name)
        case .list(let list):
            if let value = ListMethods.get(list, name) { return value }
        case .tuple(let items):
            if let value = ListMethods.sequenceMethod(items, name) { return value }
        case .string(let text):
            if let value = StringMethods.get(text, name) { return value }
        case .dict(let dict):
            if let value = DictMethods.get(dict, name) { return value }
        case .set(let set):
            if let value = SetMethods.get(set, name) { return value }
        case .int, .bigInt, .bool, .float:
            if let value = NumberMethods.get(object, name) { return value }
        case .slice(let start, let stop, let step):
            switch name {
            case "start": return start
            case "stop": return stop
            case "step": return step
            default: break
            }
        case .function(let f):
            switch name {
            case "__name__": return .string(f.name)
            case "__qualname__": return .string(f.qualname)
            // An empty doc is None (np.vectorize of a function without a docstring).
            case "__doc__":
                return f.kind == .python
                    ? (f.code?.docstring.map { .string($0) } ?? .none) : f.doc.isEmpty ? .none : .string(f.doc)
            case "__self__" where f.kind == .boundMethod: return f.boundSelf ?? .none
            case "__func__" where f.kind == .boundMethod: return f.function.map { .function($0) } ?? .none
            case "__defaults__" where f.kind == .python:
                let defaults = f.signature.defaults.enumerated().compactMap { i, d in
                    f.signature.parameters[i].takesPosition ? d : nil
                }
                return defaults.isEmpty ? .none : .tuple(defaults)
            default: break
            }
        case .object(let o):
            if let value = try o.attribute(name) { return value }
        case .classObject(let cls):
            if let value = try classAttribute(cls, name) { return value }
            throw .attribute("type object '\(cls.name)' has no attribute '\(name)'")
        case .instance(let instance):
            if let value = try instanceAttribute(instance, name) { return value }
            if let getter = instance.cls.lookup("__getattr__") {
                return try call(try bind(getter, to: object, name: "__getattr__"), Arguments([.string(name)]))
            }
        case .type(let type):
            let parts = type.rawValue.split(separator: ".")
            if name == "__name__" || name == "__qualname__" { return .string(String(parts.last ?? "")) }
            if name == "__module__" {
                return .string(parts.count > 1 ? parts.dropLast().joined(separator: ".") : "builtins")
            }
            if type == .dict, name == "fromkeys" { return DictMethods.fromKeys }
            if let sample = Interpreter.sampleValues[type], (try? attribute(of: sample, name)) != nil {
                // `str.lower`: the method, taking its object first.
                return .function(
                    Function(Signature("\(name)(self, /, *args, **kwargs)"), kind: .method) {
                        interpreter, args throws(PythonError) in
                        let object = args.raw("self") ?? .none
                        guard case .type(let actual) = Builtins.typeOf(object), actual == type else {
                            throw .type(
                                "descriptor '\(name)' for '\(type.rawValue)' objects doesn't apply to a '\(object.typeName)' object"
                            )
                        }
                        let method = try interpreter.attribute(of: object, name)
                        return try interpreter.call(
                            method, Arguments(args.variadic("args"), keywords: args.keywords("kwargs")))
                    })
            }
            if type == .str || type == .list || type == .dict || type == .set || type == .int || type == .float
                || type == .tuple
            {
                throw .attribute("type object '\(type.rawValue)' has no attribute '\(name)'")
            }
        default:
            break
        }
        throw .attribute("'\(object.typeName)' object has no attribute '\(name)'")
    }

    func setAttribute(of object: Value, _ name: String, to value: Value) throws(PythonError) {
        switch object {
        case .array(let a) where a.isRecordArray && a.dtype.record?.field(named: name) != nil:
            // A recarray's field is written as an attribute.
            try a.field(name).assign(try Convert.operand(value, besides: nil))
        case .array(let a):
            try ArrayAttributes.set(a, name, value, in: self)
        case .flags(let a):
            try FlagsAttributes.set(a, key: name, value)
        case .module(let module):
            module.attributes[name] = value
        case .instance(let instance):
            if let setter = instance.cls.lookup("__setattr__"), case .function(let f) = setter, f.kind == .python {
                _ = try call(try bind(setter, to: object, name: "__setattr__"), Arguments([.string(name), value]))
                return
            }
            instance.attributes[name] = value
        case .classObject(let cls):
            cls.attributes[name] = value
        case .object(let object):
            try object.setAttribute(name, value)
        case .int, .bigInt, .bool, .float, .string, .list, .tuple, .dict, .set, .none:
            if (try? attribute(of: object, name)) != nil {
                throw .attribute("'\(object.typeName)' object attribute '\(name)' is read-only")
            }
            throw .attribute("'\(object.typeName)' object has no attribute '\(name)'")
        default:
            throw .attribute(
                "'\(object.typeName)' object has no attribute '\(name)' and no __dict__ for setting new attributes")
        }
    }
}

extension Interpreter {
    /// A value of each builtin type, to find the methods the type has (`str.lower`).
    static var sampleValues: [PythonType: Value] {
        [
            .str: .string(""), .list: .list(ListObject([])), .dict: .dict(DictObject()), .set: .set(SetObject()),
            .int: .int(0), .float: .float(0), .tuple: .tuple([]),
        ]
    }

    /// `del obj.name`.
    func deleteAttribute(of object: Value, _ name: String) throws(PythonError) {
        switch object {
        case .instance(let instance):
            guard instance.attributes.removeValue(forKey: name) != nil else {
                throw .attribute("'\(object.typeName)' object has no attribute '\(name)'")
            }
        case .classObject(let cls):
            guard cls.attributes.removeValue(forKey: name) != nil else {
                throw .attribute("type object '\(cls.name)' has no attribute '\(name)'")
            }
        case .module(let module):
            guard module.attributes.removeValue(forKey: name) != nil else {
                throw .attribute("module '\(module.name)' has no attribute '\(name)'")
            }
        default:
            throw .attribute("cannot delete attribute '\(name)' of '\(object.typeName)' object")
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
            throw key.uppercased() == key
                ? PythonError("KeyError", "'\(key)'")
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
    static func get(_ d: DType, _ name: String) throws(PythonError) -> Value? {
        switch name {
        case "name": .string(d.name)
        case "itemsize": .int(d.itemsize)
        case "kind": .string(String(d.kind.rawValue))
        case "str": .string(d.typeString)
        case "type" where d.hasRecordScalars: .type(.record)
        case "type" where d.isVariableString: .type(.str)
        case "na_object" where d.missing != nil: d.missing.map(StringValues.sentinel)
        case "coerce" where d.isVariableString: .bool(d.coercesToText)
        case "type": .scalarType(d.isFlexible || d.isTime ? DType(d.scalarType) : d.native)
        case "char": .string(d.character)
        case "byteorder": .string(String(d.byteOrderCharacter))
        case "isnative": .bool(d.isNative)
        case "num": .int(DTypeNames.number(d.scalarType))
        // 1 for NumPy's own types (an unsized string type among them), 0 for types made with a size,
        // fields, a unit or the other byte order.
        case "isbuiltin":
            .int(
                d.isFlexible && (d.record != nil || d.subarray != nil || d.length > 0) || d.isTime || !d.isNative
                    ? 0 : 1)
        case "alignment": .int(d.alignment)
        case "isalignedstruct": .bool(d.record?.isAligned ?? false)
        case "descr":
            .list(ListObject(try d.record.map(RecordValues.descr) ?? [.tuple([.string(""), .string(d.typeString)])]))
        case "names": d.record.map { .tuple($0.fields.map { .string($0.name) }) } ?? Value.none
        case "fields": d.record.map { .object(MappingProxy($0)) } ?? Value.none
        case "subdtype": d.subarray.map { .tuple([.dtype($0.base), .tuple($0.shape.map { .int($0) })]) } ?? Value.none
        case "base": .dtype(d.subarray?.base ?? d)
        case "shape": .tuple((d.subarray?.shape ?? []).map { .int($0) })
        case "ndim": .int(d.subarray?.shape.count ?? 0)
        case "hasobject": .bool(false)
        case "newbyteorder":
            .function(
                Function(
                    Signature("newbyteorder(new_order='S', /)"), kind: .method,
                    doc: "The same type in another byte order: 'S' swaps, '<' little, '>' big, '=' native, '|' keeps."
                ) { _, args throws(PythonError) in
                    .dtype(try newByteOrder(d, try args.string("new_order") ?? "S"))
                })
        default: nil
        }
    }

    /// NumPy's byte-order codes, or their words by first letter (`'swap'`, `'little'`, ...).
    static func newByteOrder(_ d: DType, _ code: String) throws(PythonError) -> DType {
        guard let order = code.first.map({ String($0).lowercased() }), "s<l>b=n|i".contains(order) else {
            throw .value("byteorder not recognized (got '\(code)')")
        }
        return reordered(d, order)
    }

    /// The type in the byte order `order` names; a record's fields and a subarray's
    /// elements each change, as in NumPy.
    private static func reordered(_ d: DType, _ order: String) -> DType {
        if let record = d.record { return DType(record: record.mapping { reordered($0, order) }) }
        if let subarray = d.subarray { return DType(subarray: reordered(subarray.base, order), shape: subarray.shape) }
        let little = ByteOrder.isLittleEndianMachine
        let swapped: Bool
        switch order {
        case "s": swapped = !d.isByteSwapped
        case "<", "l": swapped = !little
        case ">", "b": swapped = little
        case "=", "n": return d.native
        default: return d
        }
        return DType(
            d.scalarType, byteSwapped: swapped, spellsOutByteOrder: true, length: d.length, timeUnit: d.timeUnit)
    }
}
