import ArrayEngine

/// The methods of `list` (and the two that tuples share with it).
enum ListMethods {
    /// The methods a call site runs on the list directly (`lst.append(x)`).
    static func oneArgument(_ name: String) -> OneArgumentMethod<ListObject>? {
        name == "append" ? append : nil
    }

    private static let append = OneArgumentMethod<ListObject>("append(object, /)") {
        _, list, object throws(PythonError) in
        try list.items.append(checked: object)
        return .none
    }

    static func get(_ list: ListObject, _ name: String) -> Value? {
        if let method = oneArgument(name) { return method.bound(to: list) }
        switch name {
        case "extend":
            return method("extend(iterable, /)", style: .singleArgument) { interpreter, args throws(PythonError) in
                try Value.append(try interpreter.iterate(args.raw("iterable") ?? .none), to: &list.items)
                return .none
            }
        case "insert":
            return method("insert(index, object, /)", style: .clinic) { _, args throws(PythonError) in
                let count = list.items.count
                let i = try args.int("index") ?? 0
                let position = i < 0 ? max(0, i + count) : min(i, count)
                list.items.insert(args.raw("object") ?? .none, at: position)
                return .none
            }
        case "pop":
            return method("pop(index=-1, /)", style: .clinic) { _, args throws(PythonError) in
                guard !list.items.isEmpty else { throw .index("pop from empty list") }
                let i = try args.int("index") ?? -1
                guard i >= -list.items.count, i < list.items.count else { throw .index("pop index out of range") }
                return list.items.remove(at: i < 0 ? i + list.items.count : i)
            }
        case "remove":
            return method("remove(value, /)", style: .singleArgument) { interpreter, args throws(PythonError) in
                let value = args.raw("value") ?? .none
                for (i, item) in list.items.enumerated()
                where try Convert.truth(try interpreter.compare(.equal, item, value)) {
                    list.items.remove(at: i)
                    return .none
                }
                throw .value("list.remove(x): x not in list")
            }
        case "clear":
            return method("clear()", style: .cPositional) { _, _ throws(PythonError) in
                list.items = []
                return .none
            }
        case "copy":
            return method("copy()", style: .cPositional) { _, _ throws(PythonError) in .list(ListObject(list.items)) }
        case "reverse":
            return method("reverse()", style: .cPositional) { _, _ throws(PythonError) in
                list.items.reverse()
                return .none
            }
        case "sort":
            return method("sort(*, key=None, reverse=False)") { interpreter, args throws(PythonError) in
                let sorted = try interpreter.sorted(list.items, key: args["key"], reverse: try args.bool("reverse"))
                list.items = sorted
                return .none
            }
        default:
            return sequenceMethod(list.items, name, kind: "list")
        }
    }

    /// `index` and `count`, which lists and tuples share.
    static func sequenceMethod(_ items: [Value], _ name: String, kind: String = "tuple") -> Value? {
        switch name {
        case "count":
            return method("count(value, /)", style: .singleArgument) { interpreter, args throws(PythonError) in
                let value = args.raw("value") ?? .none
                var count = 0
                for item in items where try Convert.truth(try interpreter.compare(.equal, item, value)) { count += 1 }
                return .int(count)
            }
        case "index":
            return method("index(value, start=0, stop=9223372036854775807, /)", style: .clinic) {
                interpreter, args throws(PythonError) in
                let value = args.raw("value") ?? .none
                let start = try args.int("start") ?? 0
                let stop = try args.int("stop") ?? items.count
                let lower = start < 0 ? max(0, start + items.count) : min(start, items.count)
                let upper = stop < 0 ? max(0, stop + items.count) : min(stop, items.count)
                if lower < upper {
                    for i in lower..<upper where try Convert.truth(try interpreter.compare(.equal, items[i], value)) {
                        return .int(i)
                    }
                }
                throw .value(
                    kind == "list" ? "\(Repr.tryRepr(value)) is not in list" : "tuple.index(x): x not in tuple")
            }
        default: return nil
        }
    }
}

/// The methods and attributes of ints and floats.
enum NumberMethods {
    static func get(_ number: Value, _ name: String) -> Value? {
        switch (number, name) {
        case (.float(let d), "is_integer"):
            return method("is_integer()", style: .cPositional) { _, _ throws(PythonError) in
                .bool(d.isFinite && d == d.rounded())
            }
        case (_, "real"): return number.isFloat ? number : .integer(number.bigIntValue ?? 0)
        case (.float, "imag"): return .float(0)
        case (_, "imag"): return .int(0)
        case (.float, "conjugate"), (.int, "conjugate"), (.bigInt, "conjugate"):
            return method("conjugate()", style: .cPositional) { _, _ throws(PythonError) in number }
        case (.int, "bit_length"), (.bigInt, "bit_length"), (.bool, "bit_length"):
            return method("bit_length()", style: .cPositional) { _, _ throws(PythonError) in
                let n = number.bigIntValue ?? 0
                return .int(n == 0 ? 0 : n.magnitude.bitWidth)
            }
        default: return nil
        }
    }
}

extension Value {
    var isFloat: Bool { if case .float = self { true } else { false } }
    var isString: Bool { if case .string = self { true } else { false } }
    var isBool: Bool { if case .bool = self { true } else { false } }
}
