import ArrayEngine

/// Who holds an array: what NumPy's reference count tells `a.resize` (besides views,
/// which the engine counts on the buffer). Names count (the module's, `_`, and the
/// locals of the running function and those it was defined in), and so does each
/// slot of a list or tuple and each object holding the array (`a.flat`).
extension Interpreter {
    func references(to a: NDArray) -> Int {
        var seen = Set<ObjectIdentifier>()
        func count(_ value: Value) -> Int {
            switch value {
            case .array(let x): return x === a ? 1 : 0
            case .tuple(let items): return items.reduce(0) { $0 + count($1) }
            case .list(let list):
                guard seen.insert(ObjectIdentifier(list)).inserted else { return 0 }
                return list.items.reduce(0) { $0 + count($1) }
            case .object(let object):
                guard seen.insert(ObjectIdentifier(object)).inserted else { return 0 }
                return object.heldValues.reduce(0) { $0 + count($1) }
            default: return 0
            }
        }
        var scopes = [globals.bindings, builtins.bindings.filter { $0.key == "_" }]
        var current = frame
        while let scope = current {
            scopes.append(scope.locals.bindings)
            current = scope.parent
        }
        return scopes.reduce(0) { total, names in names.values.reduce(total) { $0 + count($1) } }
    }
}
