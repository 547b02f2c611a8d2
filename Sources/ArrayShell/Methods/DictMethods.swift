import ArrayEngine

/// The methods of `dict`.
enum DictMethods {
    static func get(_ dict: DictObject, _ name: String) -> Value? {
        switch name {
        case "keys":
            return method("dict.keys()", style: .noArguments) { _, _ throws(PythonError) in
                .object(DictView(dict, .keys))
            }
        case "values":
            return method("dict.values()", style: .noArguments) { _, _ throws(PythonError) in
                .object(DictView(dict, .values))
            }
        case "items":
            return method("dict.items()", style: .noArguments) { _, _ throws(PythonError) in
                .object(DictView(dict, .items))
            }
        case "get":
            return method("dict.get(key, default=None, /)", style: .clinic) { _, args throws(PythonError) in
                let fallback = args.raw("default") ?? .none
                return try dict.get(args.raw("key") ?? .none) ?? fallback
            }
        case "pop":
            return method("dict.pop(key, default=<no value>, /)", style: .clinic) {
                interpreter, args throws(PythonError) in
                let key = args.raw("key") ?? .none
                let fallback = args.raw("default")
                if let value = try dict.remove(key) { return value }
                if let fallback { return fallback }
                throw interpreter.keyError(key)
            }
        case "popitem":
            return method("dict.popitem()", style: .noArguments) { interpreter, _ throws(PythonError) in
                guard let key = dict.lastKey else {
                    throw interpreter.keyError(.string("popitem(): dictionary is empty"))
                }
                let value = try dict.remove(key) ?? .none
                return .tuple([key, value])
            }
        case "setdefault":
            return method("dict.setdefault(key, default=None, /)", style: .clinic) { _, args throws(PythonError) in
                let key = args.raw("key") ?? .none
                if let value = try dict.get(key) { return value }
                let value = args.raw("default") ?? .none
                try dict.set(key, value)
                return value
            }
        case "update":
            return method("update(*args, **kwargs)") { interpreter, args throws(PythonError) in
                let positional = args.variadic("args")
                if positional.count > 1 { throw .type("update expected at most 1 argument, got \(positional.count)") }
                if let source = positional.first { try interpreter.update(dict, from: source) }
                for (key, value) in args.keywords("kwargs") { try dict.set(.string(key), value) }
                return .none
            }
        case "clear":
            return method("dict.clear()", style: .noArguments) { _, _ throws(PythonError) in
                dict.removeAll()
                return .none
            }
        case "copy":
            return method("dict.copy()", style: .noArguments) { _, _ throws(PythonError) in .dict(dict.copy()) }
        case "fromkeys": return fromKeys
        default: return nil
        }
    }

    /// `dict.fromkeys(iterable, value=None)`, a class method reached from the type or a dict alike.
    static var fromKeys: Value {
        method("fromkeys(*args)") { interpreter, args throws(PythonError) in
            let given = args.variadic("args")
            guard let iterable = given.first, given.count <= 2 else {
                throw .type(
                    "fromkeys expected at \(given.isEmpty ? "least 1 argument" : "most 2 arguments"), got \(given.count)"
                )
            }
            let value = given.count == 2 ? given[1] : .none
            return .dict(try DictObject(try interpreter.iterate(iterable).map { ($0, value) }))
        }
    }
}

/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
final class DictView: PythonObject {
    enum Kind: String { case keys, values, items }
    let dict: DictObject
    let kind: Kind

    init(_ dict: DictObject, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
    }

    var pythonType: PythonType { .object }
    var typeName: String { "dict_\(kind.rawValue)" }

    var items: [Value] {
        switch kind {
        case .keys: dict.keys
        case .values: dict.values
        case .items: dict.pairs.map { .tuple([$0.key, $0.value]) }
        }
    }

    func repr() -> String {
        "\(typeName)([\(items.map { Repr.tryRepr($0) }.joined(separator: ", "))])"
    }
}

extension Interpreter {
    /// `d.update(source)`: a dict's pairs, or an iterable of key-value pairs.
    func update(_ dict: DictObject, from source: Value) throws(PythonError) {
        if case .dict(let other) = source {
            for (key, value) in other.pairs { try dict.set(key, value) }
            return
        }
        for (i, item) in try iterate(source).enumerated() {
            let pair: [Value]
            do throws(PythonError) {
                pair = try iterate(item)
            } catch {
                throw .type("cannot convert dictionary update sequence element #\(i) to a sequence")
            }
            guard pair.count == 2 else {
                throw .value("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
            }
            try dict.set(pair[0], pair[1])
        }
    }
}
