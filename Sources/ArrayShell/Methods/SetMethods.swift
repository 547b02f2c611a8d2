import ArrayEngine

/// The methods of `set` and `frozenset`.
enum SetMethods {
    /// The methods a frozenset lacks.
    private static let mutating: Set = [
        "add", "remove", "discard", "pop", "clear", "update", "intersection_update", "difference_update",
    ]

    /// The methods a call site runs on the set directly (`s.add(x)`); a frozenset has none.
    static func oneArgument(_ name: String, frozen: Bool) -> OneArgumentMethod<SetObject>? {
        name == "add" && !frozen ? add : nil
    }

    private static let add = OneArgumentMethod<SetObject>("add(object, /)") { _, set, object throws(PythonError) in
        try set.insert(object)
        return .none
    }

    static func get(_ set: SetObject, _ name: String) -> Value? {
        if set.isFrozen, mutating.contains(name) { return nil }
        if let method = oneArgument(name, frozen: set.isFrozen) { return method.bound(to: set) }
        switch name {
        case "remove":
            return method("remove(object, /)", style: .singleArgument) { interpreter, args throws(PythonError) in
                let item = args.raw("object") ?? .none
                guard try set.remove(item) else { throw interpreter.keyError(item) }
                return .none
            }
        case "discard":
            return method("discard(object, /)", style: .singleArgument) { _, args throws(PythonError) in
                try set.remove(args.raw("object") ?? .none)
                return .none
            }
        case "pop":
            return method("pop()", style: .cPositional) { interpreter, _ throws(PythonError) in
                guard let first = SetOrder.items(set).first else {
                    throw interpreter.keyError(.string("pop from an empty set"))
                }
                try set.remove(first)
                return first
            }
        case "clear":
            return method("clear()", style: .cPositional) { _, _ throws(PythonError) in
                set.removeAll()
                return .none
            }
        case "copy": return method("copy()", style: .cPositional) { _, _ throws(PythonError) in .set(set.copy()) }
        case "union", "intersection", "difference", "symmetric_difference":
            return method("\(name)(*others)") { interpreter, args throws(PythonError) in
                var result = set.copy()
                for other in args.variadic("others") {
                    result = try combine(result, try SetObject(try interpreter.iterate(other)), name)
                }
                return .set(result)
            }
        case "update", "intersection_update", "difference_update":
            return method("\(name)(*others)") { interpreter, args throws(PythonError) in
                var result = set.copy()
                for other in args.variadic("others") {
                    result = try combine(
                        result, try SetObject(try interpreter.iterate(other)),
                        String(name.prefix { $0 != "_" }).replacingOccurrences(of: "update", with: "union"))
                }
                set.removeAll()
                for item in result.items { try set.insert(item) }
                return .none
            }
        case "issubset", "issuperset", "isdisjoint":
            return method("\(name)(other, /)") { interpreter, args throws(PythonError) in
                let other = try SetObject(try interpreter.iterate(args.raw("other") ?? .none))
                switch name {
                case "issubset": return .bool(try SetMethods.isSubset(set, of: other))
                case "issuperset": return .bool(try SetMethods.isSubset(other, of: set))
                default: return .bool(try SetMethods.combine(set, other, "intersection").count == 0)
                }
            }
        default: return nil
        }
    }

    static func isSubset(_ a: SetObject, of b: SetObject) throws(PythonError) -> Bool {
        for item in a.items where !(try b.contains(item)) { return false }
        return true
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` (by method name), keeping `a`'s kind.
    static func combine(_ a: SetObject, _ b: SetObject, _ operation: String) throws(PythonError) -> SetObject {
        let result = SetObject(frozen: a.isFrozen)
        switch operation {
        case "union":
            for item in a.items + b.items { try result.insert(item) }
        case "intersection":
            for item in a.items where try b.contains(item) { try result.insert(item) }
        case "difference":
            for item in a.items where !(try b.contains(item)) { try result.insert(item) }
        default:
            for item in a.items where !(try b.contains(item)) { try result.insert(item) }
            for item in b.items where !(try a.contains(item)) { try result.insert(item) }
        }
        return result
    }
}
