import ArrayEngine
import BigInt
import Foundation

/// Calling a builtin type: `int(x)`, `dict(a=1)`, `slice(1, 3)`, `type(x)`, ...
extension Builtins {
    /// Each type's parameters, as Python declares them.
    static let constructors: [PythonType: Signature] = [
        .int: Signature("int(x=<no value>, /, base=<no value>)", style: .cKeywords),
        .float: Signature("float(x=<no value>, /)", style: .clinic),
        .complex: Signature("complex(real=<no value>, imag=<no value>)"),
        .bool: Signature("bool(x=<no value>, /)", style: .clinic),
        .str: Signature("str(object=<no value>)"),
        .bytes: Signature("bytes(source=<no value>, encoding=<no value>, errors=<no value>)"),
        .bytearray: Signature("bytearray(source=<no value>, encoding=<no value>, errors=<no value>)"),
        .memoryview: Signature("memoryview(object)"),
        .list: Signature("list(iterable=<no value>, /)", style: .clinic),
        .tuple: Signature("tuple(iterable=<no value>, /)", style: .clinic),
        .set: Signature("set(iterable=<no value>, /)", style: .clinic),
        .frozenset: Signature("frozenset(iterable=<no value>, /)", style: .clinic),
        .dict: Signature("dict(*args, **kwargs)"),
        .range: Signature("range(*args)", style: .clinic),
        .slice: Signature("slice(*args)", style: .clinic),
        .object: Signature("object()"),
        .type: Signature("type(*args)"),
    ]

    /// `float(x)` or `int(x)` of a Python int or float, the commonest constructor calls in
    /// loops: the value at once, without binding the arguments. Nil for any other call.
    static func numberConversion(_ type: PythonType, _ arguments: Arguments) -> Value? {
        guard arguments.positional.count == 1, arguments.keywords.isEmpty else { return nil }
        switch (type, arguments.positional[0]) {
        case (.float, .int(let i)): return .float(Double(i))
        case (.float, .float), (.int, .int): return arguments.positional[0]
        default: return nil
        }
    }

    static func construct(_ type: PythonType, _ args: BoundArguments, in interpreter: Interpreter) throws(PythonError)
        -> Value
    {
        switch type {
        case .complex:
            return try PythonComplex.construct(args)
        case .int:
            let value = args.raw("x")
            if let base = args.raw("base") {
                guard let value else { throw .type("int() missing string argument") }
                let radix = try Convert.index(base)
                guard radix == 0 || (2...36).contains(radix) else {
                    throw .value("int() base must be >= 2 and <= 36, or 0")
                }
                guard case .string(let text) = value else {
                    throw .type("int() can't convert non-string with explicit base")
                }
                return try PythonInt.parse(text, base: radix)
            }
            guard let value else { return .int(0) }
            switch value {
            case .string(let text): return try PythonInt.parse(text, base: 10)
            case .int, .bigInt: return value
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return try PythonInt.truncating(d)
            case .instance:
                if let method = try interpreter.special(value, "__int__") {
                    return try interpreter.call(method, Arguments())
                }
                throw .type(
                    "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
            default:
                switch try scalarNumber(value, "int") {
                case .float(let f): return try PythonInt.truncating(f)
                case .bool(let b): return .int(b ? 1 : 0)
                case let number: return number
                }
            }
        case .float:
            guard let value = args.raw("x") else { return .float(0) }
            switch value {
            case .string(let text):
                let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(
                    of: "_", with: "")
                let special: [String: Double] = [
                    "nan": .nan, "+nan": .nan, "-nan": -.nan, "inf": .infinity, "+inf": .infinity,
                    "-inf": -.infinity, "infinity": .infinity, "+infinity": .infinity, "-infinity": -.infinity,
                ]
                guard let d = special[trimmed] ?? Double(trimmed), !trimmed.contains("x") else {
                    throw .value("could not convert string to float: \(Repr.quoted(text))")
                }
                return .float(d)
            case .bigInt(let b): return .float(try PythonInt.double(b))
            case .instance:
                if let method = try interpreter.special(value, "__float__") {
                    return try interpreter.call(method, Arguments())
                }
                throw .type("float() argument must be a string or a real number, not '\(value.typeName)'")
            default:
                return .float(try Convert.double(try scalarNumber(value, "float")))
            }
        case .memoryview:
            switch args.raw("object") ?? .none {
            case .array(let a): return .object(MemoryViewObject(a))
            case .object(let view as MemoryViewObject):
                return .object(MemoryViewObject(exporter: view.exporter, presenting: view.array))
            case .object(let bytes as BytesObject):
                let memory = NDArray.over(bytes.buffer, offset: 0, shape: [bytes.count], strides: [1], dtype: .uint8)
                return .object(MemoryViewObject(exporter: .object(bytes), presenting: memory))
            case let other:
                throw .type("memoryview: a bytes-like object is required, not '\(other.typeName)'")
            }
        case .bytes, .bytearray:
            return .object(try BytesObject(try byteValues(args, interpreter), mutable: type == .bytearray))
        case .bool:
            return .bool(try args.raw("x").map { v throws(PythonError) in try Convert.truth(v) } ?? false)
        case .str:
            return .string(try args.raw("object").map { v throws(PythonError) in try Repr.str(v) } ?? "")
        case .list:
            return .list(
                ListObject(try args.raw("iterable").map { v throws(PythonError) in try interpreter.iterate(v) } ?? []))
        case .tuple:
            return .tuple(try args.raw("iterable").map { v throws(PythonError) in try interpreter.iterate(v) } ?? [])
        case .set, .frozenset:
            let set = SetObject(frozen: type == .frozenset)
            if let iterable = args.raw("iterable") {
                // One item at a time, as Python's: an unhashable item leaves the rest in the iterator.
                _ = try interpreter.makeIterator(iterable).drain { item throws(PythonError) in
                    try set.insert(item)
                    return true
                }
            }
            return .set(set)
        case .dict:
            let positional = args.variadic("args")
            if positional.count > 1 { throw .type("dict expected at most 1 argument, got \(positional.count)") }
            let dict = DictObject()
            if let source = positional.first { try interpreter.update(dict, from: source) }
            for (name, value) in args.keywords("kwargs") { try dict.set(.string(name), value) }
            return .dict(dict)
        case .range:
            let values = try args.variadic("args").map { v throws(PythonError) in try Convert.index(v) }
            guard (1...3).contains(values.count) else {
                throw .type(
                    values.isEmpty
                        ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got \(values.count)")
            }
            let (start, stop) = values.count == 1 ? (0, values[0]) : (values[0], values[1])
            let step = values.count == 3 ? values[2] : 1
            guard step != 0 else { throw .value("range() arg 3 must not be zero") }
            return .range(start, stop, step)
        case .slice:
            let values = args.variadic("args")
            switch values.count {
            case 1: return .slice(.none, values[0], .none)
            case 2: return .slice(values[0], values[1], .none)
            case 3: return .slice(values[0], values[1], values[2])
            default:
                throw .type(
                    values.isEmpty
                        ? "slice expected at least 1 argument, got 0"
                        : "slice expected at most 3 arguments, got \(values.count)")
            }
        case .object:
            return .instance(Instance(interpreter.objectClass))
        case .type:
            let values = args.variadic("args")
            guard values.count == 1 else {
                throw .notImplemented("type() with \(values.count) arguments is not supported")
            }
            return typeOf(values[0])
        default:
            throw .type("cannot create '\(type.rawValue)' instances")
        }
    }

    /// What `bytes(source, encoding)` and `bytearray(...)` hold: zeros for a count,
    /// a copy of a bytes-like object or array's memory (C order), the integers of an
    /// iterable, or a string's text encoded.
    private static func byteValues(_ args: BoundArguments, _ interpreter: Interpreter) throws(PythonError) -> [UInt8] {
        let encoding = try args.string("encoding")
        guard let source = args.raw("source") else {
            if encoding != nil { throw .type("encoding without a string argument") }
            return []
        }
        if case .string(let text) = source {
            guard let encoding else { throw .type("string argument without an encoding") }
            guard ["utf-8", "utf8"].contains(encoding.lowercased()) else {
                throw .notImplemented("encoding to '\(encoding)' is not supported; only UTF-8 is")
            }
            return Array(text.utf8)
        }
        if encoding != nil { throw .type("encoding without a string argument") }
        switch source {
        case .int, .bool, .bigInt:
            let count = try Convert.index(source)
            guard count >= 0 else { throw .value("negative count") }
            try MemoryLimit.check(count: count, stride: 1)
            return [UInt8](repeating: 0, count: count)
        case .object(let bytes as BytesObject):
            return Array(bytes.bytes)
        case .array, .scalar, .object(_ as MemoryViewObject):
            let copy = try Bytes.of(try Convert.array(source), order: .c)
            return withExtendedLifetime(copy) { Array(copy.bytes) }
        case .float, .complex, .none:
            throw .type("cannot convert '\(source.typeName)' object to bytes")
        default:
            return try interpreter.iterate(source).map { v throws(PythonError) in
                guard let byte = UInt8(exactly: try Convert.index(v)) else {
                    throw .value("bytes must be in range(0, 256)")
                }
                return byte
            }
        }
    }

    /// A Python number from a number, NumPy scalar or one-element array.
    static func scalarNumber(_ value: Value, _ name: String) throws(PythonError) -> Value {
        switch value {
        case .int, .bigInt, .float, .bool: return value
        case .scalar(let s): return Convert.python(s.scalar)
        case .array(let a):
            guard a.ndim == 0 else { throw .type("only 0-dimensional arrays can be converted to Python scalars") }
            return Convert.python(try a.item())
        default:
            let what = name == "int" ? "a string, a bytes-like object or a real number" : "a string or a real number"
            throw .type("\(name)() argument must be \(what), not '\(value.typeName)'")
        }
    }
}
