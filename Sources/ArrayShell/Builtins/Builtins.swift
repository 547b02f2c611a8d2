import ArrayEngine
import BigInt
import Foundation

/// Python's builtin functions and types that arrsh supports.
enum Builtins {
    static func make() -> [String: Value] {
        var table: [String: Value] = [:]
        for type in [
            PythonType.int, .float, .complex, .bool, .str, .bytes, .bytearray, .memoryview, .list, .tuple, .dict, .set,
            .frozenset,
            .slice,
            .object, .range, .type,
        ] {
            table[type.rawValue] = .type(type)
        }
        for function in iterationFunctions() + conversionFunctions() + objectFunctions() {
            table[function.name] = .function(function)
        }
        let functions: [Function] = [
            builtin(
                "print(*values, sep=' ', end='\\n', file=None, flush=False)", notYet: ["file"],
                "Writes the str() of each value."
            ) { interpreter, args throws(PythonError) in
                let sep = try separator(args, "sep")
                let end = try separator(args, "end")
                // Output is written through at once, so flush=True is always honoured.
                _ = try args.bool("flush")
                let parts = try args.variadic("values").map { v throws(PythonError) in try Repr.str(v) }
                interpreter.write(parts.joined(separator: sep) + end)
                return .none
            },
            builtin(
                "id(obj, /)", style: .singleArgument,
                "The object's identity: equal ids mean the same object (a view is a different object from its base)."
            ) { interpreter, args throws(PythonError) in
                .int(interpreter.ids.id(of: args.raw("obj") ?? .none))
            },
            builtin("len(obj, /)", style: .singleArgument, "The number of items (an array's first dimension).") {
                interpreter, args throws(PythonError) in
                let value = args.raw("obj") ?? .none
                switch value {
                case .array(let a):
                    guard a.ndim > 0 else { throw .type("len() of unsized object") }
                    return .int(a.shape[0])
                case .string(let s): return .int(s.count)
                case .dict(let d): return .int(d.count)
                case .set(let set): return .int(set.count)
                case .instance:
                    guard let method = try interpreter.special(value, "__len__") else {
                        throw .type("object of type '\(value.typeName)' has no len()")
                    }
                    let length = try Convert.index(try interpreter.call(method, Arguments()))
                    guard length >= 0 else { throw .value("__len__() should return >= 0") }
                    return .int(length)
                case .range(let start, let stop, let step):
                    guard let count = Value.rangeCount(start, stop, step) else {
                        throw .overflow("Python int too large to convert to C ssize_t")
                    }
                    return .int(count)
                case .scalar: throw .type("object of type '\(value.typeName)' has no len()")
                case .object(let o): return .int(try o.length())
                default:
                    do { return .int(try interpreter.iterate(value).count) } catch {
                        throw .type("object of type '\(value.typeName)' has no len()")
                    }
                }
            },
            builtin("type(object, /)", style: .singleArgument, "The type of obj.") { _, args throws(PythonError) in
                typeOf(args.raw("object") ?? .none)
            },
            builtin("repr(obj, /)", style: .singleArgument, "The text the REPL shows for obj.") {
                _, args throws(PythonError) in
                .string(try Repr.repr(args.raw("obj") ?? .none))
            },
            builtin("abs(x, /)", style: .singleArgument, "The absolute value (element-wise for arrays).") {
                interpreter, args throws(PythonError) in
                let value = args.raw("x") ?? .none
                switch value {
                case .int, .bigInt:
                    return .integer(BigInt((value.bigIntValue ?? 0).magnitude))
                case .bool(let b): return .int(b ? 1 : 0)
                case .float(let d): return .float(Swift.abs(d))
                case .complex(let re, let im): return .float(hypot(re, im))
                default:
                    guard value.isNumPy else { throw .type("bad operand type for abs(): '\(value.typeName)'") }
                    if case .array(let a) = value, a.dtype.isObject {
                        // Python's abs of each element, as NumPy's object loop calls it.
                        let abs = interpreter.builtins["abs"] ?? .none
                        return try interpreter.objectMap(a) { v throws(PythonError) in
                            try interpreter.call(abs, Arguments([v]))
                        }
                    }
                    return try interpreter.ufunc(.absolute, value)
                }
            },
            extreme("min", less: true), extreme("max", less: false),
            builtin("sum(iterable, /, start=0)", "Adds the items one by one (np.sum is faster for arrays).") {
                interpreter, args throws(PythonError) in
                var total = args.raw("start") ?? .int(0)
                let iterable = args.raw("iterable") ?? .none
                if case .range(let start, let stop, let step) = iterable,
                    let count = Value.rangeCount(start, stop, step),
                    case .int = total
                {
                    // Gauss's sum: the same int Python adds up, without 2**31 additions.
                    let first = BigInt(start)
                    let last = BigInt(start) + BigInt(count - 1) * BigInt(step)
                    let span = count == 0 ? BigInt(0) : (first + last) * BigInt(count) / 2
                    return try interpreter.binary(.add, total, .integer(span))
                }
                // One item at a time: a generator or a range is never built whole. The items
                // `FastArithmetic` adds are taken in the drain; any other (an instance's
                // `__add__` may run) is added after it, out of the generator.
                let iterator = try interpreter.makeIterator(iterable)
                switch total.plainText {
                case .string: throw .type("sum() can't sum strings [use ''.join(seq) instead]")
                case .object(let bytes as BytesObject):
                    throw .type(
                        "sum() can't sum \(bytes.isMutable ? "bytearray" : "bytes") [use b''.join(seq) instead]")
                default: break
                }
                while let item = try iterator.drain({ item in
                    guard let sum = FastArithmetic.binary(.add, total, item) else { return false }
                    total = sum
                    return true
                }) {
                    total = try interpreter.binary(.add, total, item)
                }
                return total
            },
            builtin(
                "isinstance(obj, class_or_tuple, /)",
                "Whether obj is an instance of type (or of one in a tuple of types)."
            ) { _, args throws(PythonError) in
                .bool(try isInstance(args.raw("obj") ?? .none, args.raw("class_or_tuple") ?? .none))
            },
            builtin("round(number, ndigits=None)", "Rounds half to even.") { _, args throws(PythonError) in
                let value = args.raw("number") ?? .none
                if let n = value.bigIntValue, !value.isBool {
                    guard let digits = try args.int("ndigits"), digits < 0 else { return .integer(n) }
                    // Rounding at a place beyond the number's own digits gives 0 (without computing 10**-digits).
                    if -digits > n.description.count { return .int(0) }
                    // Python rounds ints half to even at the 10**-digits place.
                    let scale = BigInt(10).power(-digits)
                    var (q, r) = n.quotientAndRemainder(dividingBy: scale)
                    if r < 0 {
                        q -= 1
                        r += scale
                    }
                    if r * 2 > scale || (r * 2 == scale && q % 2 != 0) { q += 1 }
                    return .integer(q * scale)
                }
                if let digits = try args.int("ndigits") {
                    // CPython's NDIGITS_MAX and NDIGITS_MIN: beyond them the answer is x, or a zero.
                    let x = try Convert.double(value)
                    if digits > 323 || !x.isFinite { return .float(x) }
                    if digits < -308 { return .float(0.0 * x) }
                    // Python rounds the exact binary value: glibc's correctly rounded %f does the same.
                    if digits >= 0 { return .float(Double(String(format: "%.*f", digits, x)) ?? x) }
                    let scale = pow10(-digits)
                    return .float((x / scale).rounded(.toNearestOrEven) * scale)
                }
                if case .int = value { return value }
                return try PythonInt.truncating((try Convert.double(value)).rounded(.toNearestOrEven))
            },
            builtin("sorted(iterable, /, *, key=None, reverse=False)", "A new sorted list.") {
                interpreter, args throws(PythonError) in
                let items = try interpreter.iterate(args.raw("iterable") ?? .none)
                // Python's sort is stable, also reversed: equal keys keep their order.
                return .list(
                    ListObject(try interpreter.sorted(items, key: args["key"], reverse: try args.bool("reverse"))))
            },
            builtin(
                "help(request, /)", style: .singleArgument, "Shows what obj is and whether it makes a view or a copy."
            ) { interpreter, args throws(PythonError) in
                interpreter.write(Help.text(for: args.raw("request") ?? .none, in: interpreter) + "\n")
                return .none
            },
            builtin("exit(code=None)", "Leaves arrsh, with the status code asks for.") {
                interpreter, args throws(PythonError) in
                throw interpreter.systemExit(args.raw("code"))
            },
            builtin("quit(code=None)", "Leaves arrsh, with the status code asks for.") {
                interpreter, args throws(PythonError) in
                throw interpreter.systemExit(args.raw("code"))
            },
        ]
        for function in functions { table[function.name] = .function(function) }
        return table
    }

    static func builtin(
        _ declaration: String, notYet: Set<String> = [], style: Signature.Style = .python, _ doc: String,
        _ body: @escaping (Interpreter, BoundArguments) throws(PythonError) -> Value
    ) -> Function {
        Function(Signature(declaration, notYet: notYet, style: style), kind: .builtin, doc: doc, body)
    }

    /// `sep=` / `end=` of print: a string, or None for the default.
    private static func separator(_ args: BoundArguments, _ name: String) throws(PythonError) -> String {
        let value = args.raw(name) ?? .none
        if value.isNone { return name == "sep" ? " " : "\n" }
        guard case .string(let text) = value else {
            throw .type("\(name) must be None or a string, not \(value.typeName)")
        }
        return text
    }

    private static func pow10(_ digits: Int) -> Double {
        var result = 1.0
        for _ in 0..<Swift.abs(digits) { result *= 10 }
        return digits < 0 ? 1 / result : result
    }

    private static func extreme(_ name: String, less: Bool) -> Function {
        builtin(
            "\(name)(*args, key=None, default=<no value>)",
            "The \(less ? "smallest" : "largest") item of an iterable, or of the arguments."
        ) { interpreter, args throws(PythonError) in
            let values = args.variadic("args")
            guard !values.isEmpty else { throw .type("\(name) expected at least 1 argument, got 0") }
            if values.count > 1, args.passed("default") {
                throw .type("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            let order: CompareOperator = less ? .less : .greater
            let key = args["key"]
            let fallback = args.raw("default")
            var best: (item: Value, key: Value)?
            func consider(_ item: Value) throws(PythonError) {
                let itemKey =
                    try key.map { k throws(PythonError) in try interpreter.call(k, Arguments([item])) } ?? item
                if let current = best, !(try Convert.truth(try interpreter.compare(order, itemKey, current.key))) {
                    return
                }
                best = (item, itemKey)
            }
            if values.count > 1 {
                for item in values { try consider(item) }
            } else {
                // One item at a time, as Python's (an error leaves the rest in the iterator). Without
                // a key, the items `FastArithmetic` compares are taken in the drain; any other
                // (an instance's `__lt__` may run) is compared after it, out of the generator.
                let compareInDrain = key == nil
                let iterator = try interpreter.makeIterator(values[0])
                while let item = try iterator.drain({ item in
                    guard compareInDrain else { return false }
                    guard let current = best else {
                        best = (item, item)
                        return true
                    }
                    guard case .bool(let beats) = FastArithmetic.compare(order, item, current.key) else { return false }
                    if beats { best = (item, item) }
                    return true
                }) {
                    try consider(item)
                }
            }
            guard let best else {
                if let fallback { return fallback }
                throw .value("\(name)() arg is an empty sequence")
            }
            return best.item
        }
    }

    static func typeOf(_ value: Value) -> Value {
        switch value {
        case .none: .type(.noneType)
        case .bool: .type(.bool)
        case .int, .bigInt: .type(.int)
        case .float: .type(.float)
        case .complex: .type(.complex)
        case .string: .type(.str)
        case .tuple: .type(.tuple)
        case .list: .type(.list)
        case .dict: .type(.dict)
        case .set(let s): .type(s.isFrozen ? .frozenset : .set)
        case .range: .type(.range)
        case .slice: .type(.slice)
        case .ellipsis: .type(.ellipsis)
        case .array(let a): .type(a.isRecordArray ? .recarray : a.buffer.isMappedFile ? .memmap : .ndarray)
        case .scalar(let s): .scalarType(s.dtype.isTime ? DType(s.dtype.scalarType) : s.dtype)
        // np.str_ and np.bytes_ are NumPy scalar types, the same objects as `np.str_`.
        case .object(let text as StringScalar): .scalarType(DType(text.dtype.scalarType))
        case .dtype: .type(.dtype)
        case .scalarType, .type, .classObject: .type(.type)
        case .function(let f):
            .type(f.kind == .python ? .pythonFunction : (f.kind == .boundMethod ? .method : .function))
        case .module: .type(.module)
        case .flags: .type(.flags)
        case .object(let o): .type(o.pythonType)
        case .instance(let i): .classObject(i.cls)
        case .iterator(let it): .type(PythonType(rawValue: it.typeName) ?? .object)
        }
    }

    static func isInstance(_ object: Value, _ candidate: Value) throws(PythonError) -> Bool {
        switch candidate {
        case .type(.object): return true
        case .type(let type):
            if case .type(let actual) = typeOf(object), actual == type { return true }
            switch (object, type) {
            case (.bool, .int): return true
            // np.memmap and np.recarray subclass np.ndarray; np.record subclasses np.void.
            case (.array, .ndarray): return true
            case (.object(let record as VoidScalar), .void): return record.record.dtype.record != nil
            // np.ma.MaskedArray subclasses np.ndarray, and the masked constant MaskedArray.
            case (.object(let o), .ndarray), (.object(let o), .maskedArray): return o is MaskedArray
            case (.dtype, .dtype): return true
            // np.float64 subclasses Python's float.
            case (.scalar(let s), .float): return s.dtype == .float64
            case (.scalar(let s), .complex): return s.dtype == .complex128
            case (.scalar(let s), _) where type.isAbstractScalarType: return type.includes(s.dtype)
            // np.str_ subclasses Python's str, np.bytes_ its bytes.
            case (.object(let text as StringScalar), .str): return text.dtype.scalarType == .str
            case (.object(let text as StringScalar), .bytes): return text.dtype.scalarType == .bytes
            case (.object(let text as StringScalar), _) where type.isAbstractScalarType:
                return type.includes(text.dtype)
            case (.classObject, .type), (.scalarType, .type): return true
            default: return false
            }
        case .scalarType(let dtype):
            // A type without a width or unit (np.str_, np.datetime64) takes every one.
            let anyWidth = dtype.isString && dtype.length == 0 || dtype.isTime && dtype.timeUnit == nil
            switch object {
            case .scalar(let s): return s.dtype == dtype || anyWidth && s.dtype.scalarType == dtype.scalarType
            case .object(let text as StringScalar): return anyWidth && text.dtype.scalarType == dtype.scalarType
            default: return false
            }
        case .classObject(let cls):
            if case .instance(let instance) = object { return instance.cls.isSubclass(of: cls) }
            return false
        case .tuple(let items):
            for item in items where try isInstance(object, item) { return true }
            return false
        default:
            throw .type("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
    }

}
