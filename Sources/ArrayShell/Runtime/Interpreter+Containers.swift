import ArrayEngine

/// Subscripts of dicts and of instances of the user's classes, list slice
/// assignment, and `del x[i]`.
extension Interpreter {
    func containerItem(_ object: Value, _ index: Value) throws(PythonError) -> Value {
        switch object {
        case .dict(let dict):
            if let value = try dict.get(index) { return value }
            throw keyError(index)
        case .classObject(let cls):
            if let getter = cls.lookup("__class_getitem__") { return try call(getter, Arguments([index])) }
            throw .type("type '\(cls.name)' is not subscriptable")
        default:
            if let getter = try special(object, "__getitem__") { return try call(getter, Arguments([index])) }
            throw .type("'\(object.typeName)' object is not subscriptable")
        }
    }

    func setContainerItem(_ object: Value, _ index: Value, to value: Value) throws(PythonError) {
        switch object {
        case .dict(let dict):
            try dict.set(index, value)
        default:
            guard let setter = try special(object, "__setitem__") else {
                throw .type("'\(object.typeName)' object does not support item assignment")
            }
            _ = try call(setter, Arguments([index, value]))
        }
    }

    /// `a[1:3] = items`: the slice's items replaced (extended slices need as many items).
    func setListSlice(_ list: ListObject, _ index: Value, to value: Value) throws(PythonError) {
        guard case .slice(let start, let stop, let step) = index else { return }
        let items: [Value]
        do throws(PythonError) {
            items = try iterate(value)
        } catch {
            throw .type("must assign iterable to extended slice")
        }
        let slice = try ResolvedSlice(
            start: try sliceBound(start), stop: try sliceBound(stop), step: try sliceBound(step),
            length: list.items.count)
        if slice.step == 1 {
            let lower = slice.start
            let upper = max(slice.start, slice.start + slice.count)
            list.items.replaceSubrange(lower..<upper, with: items)
            return
        }
        guard items.count == slice.count else {
            throw .value("attempt to assign sequence of size \(items.count) to extended slice of size \(slice.count)")
        }
        for (k, item) in items.enumerated() { list.items[slice.start + k * slice.step] = item }
    }

    /// `range(...)[i]` and `range(...)[a:b:c]` (a range again), without listing the range.
    func rangeItem(_ start: Int, _ stop: Int, _ step: Int, _ index: Value) throws(PythonError) -> Value {
        guard let count = Value.rangeCount(start, stop, step) else {
            throw .overflow("Python int too large to convert to C ssize_t")
        }
        if case .slice(let first, let last, let stride) = index {
            let slice = try ResolvedSlice(
                start: try sliceBound(first), stop: try sliceBound(last), step: try sliceBound(stride), length: count)
            let newStart = start + slice.start * step
            let newStep = step * slice.step
            return .range(newStart, newStart + slice.count * newStep, newStep)
        }
        let i = try sequenceIndex(index, count: count, kind: "range")
        return .int(start + i * step)
    }

    /// `del x[index]`.
    func deleteItem(_ object: Value, _ index: Value) throws(PythonError) {
        switch object {
        case .list(let list):
            if case .slice(let start, let stop, let step) = index {
                let slice = try ResolvedSlice(
                    start: try sliceBound(start), stop: try sliceBound(stop), step: try sliceBound(step),
                    length: list.items.count)
                let doomed = Set((0..<slice.count).map { slice.start + $0 * slice.step })
                list.items = list.items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
                return
            }
            let i = try sequenceIndex(index, count: list.items.count, kind: "list", assignment: true)
            list.items.remove(at: i)
        case .dict(let dict):
            guard try dict.remove(index) != nil else { throw keyError(index) }
        case .array:
            throw .value("cannot delete array elements")
        default:
            if let deleter = try special(object, "__delitem__") {
                _ = try call(deleter, Arguments([index]))
                return
            }
            throw .type("'\(object.typeName)' object does not support item deletion")
        }
    }

    /// Python's `sorted`: stable, by `key`, optionally reversed (still stable).
    func sorted(_ items: [Value], key: Value?, reverse: Bool) throws(PythonError) -> [Value] {
        let keys =
            try key.map { function throws(PythonError) in
                try items.map { item throws(PythonError) in try call(function, Arguments([item])) }
            } ?? items
        var order = Array(items.indices)
        var failure: PythonError?
        order.sort { i, j in
            guard failure == nil else { return false }
            do throws(PythonError) {
                return try Convert.truth(try compare(.less, reverse ? keys[j] : keys[i], reverse ? keys[i] : keys[j]))
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return order.map { items[$0] }
    }
}
