import ArrayEngine

/// Python's iteration protocol over every iterable value.
extension Interpreter {
    /// All the items of an iterable value (`list(x)`, `*args`, unpacking).
    func iterate(_ value: Value) throws(PythonError) -> [Value] {
        switch value {
        case .tuple(let items): return items
        case .list(let list): return list.items
        case .range(let start, let stop, let step):
            return try Value.rangeItems(start, stop, step)
        case .string(let s): return s.map { .string(String($0)) }
        case .dict(let d): return d.keys
        case .set(let s): return SetOrder.items(s)
        case .object(let view as DictView): return view.items
        case .object(let object): return try object.items()
        case .array(let a):
            guard a.ndim > 0 else { throw .type("iteration over a 0-d array") }
            try MemoryLimit.check(count: a.shape[0], of: Value.self)
            return try (0..<a.shape[0]).map { i throws(PythonError) in
                // Each item is an object of its own (a scalar, a view): a step of `MemoryLimit`.
                try MemoryLimit.step()
                return Convert.value(try a.select([.integer(i)]))
            }
        default:
            let iterator = try makeIterator(value)
            var items: [Value] = []
            // Every item taken: a generator expression runs its loop once.
            _ = try iterator.drain { item throws(PythonError) in
                try items.append(checked: item)
                return true
            }
            return items
        }
    }

    /// `iter(value)`: an iterator over the value (an iterator is its own).
    func makeIterator(_ value: Value) throws(PythonError) -> IteratorObject {
        switch value {
        case .iterator(let iterator): return iterator
        case .list(let list):
            var cursor = ListCursor(list)
            return IteratorObject("list_iterator") { () throws(PythonError) -> Value? in cursor.next() }
        case .range(let start, let stop, let step):
            var cursor = RangeCursor(start: start, stop: stop, step: step)
            return IteratorObject("range_iterator") { () throws(PythonError) -> Value? in cursor.next().map(Value.int) }
        case .dict(let d):
            return IteratorObject.over(
                d.keys, typeName: "dict_keyiterator",
                watching: ({ d.count }, "dictionary changed size during iteration"))
        case .object(let view as DictView):
            return IteratorObject.over(
                view.items, typeName: "iterator",
                watching: ({ view.dict.count }, "dictionary changed size during iteration"))
        case .set(let s):
            return IteratorObject.over(
                SetOrder.items(s), typeName: "set_iterator",
                watching: ({ s.count }, "Set changed size during iteration"))
        case .tuple, .string, .array:
            let typeName =
                switch value {
                case .tuple: "tuple_iterator"
                case .string: "str_ascii_iterator"
                default: "iterator"
                }
            return IteratorObject.over(try iterate(value), typeName: typeName)
        case .object(let flat as FlatIterator):
            return IteratorObject("numpy.flatiter") { () throws(PythonError) -> Value? in try flat.next() }
        case .object(let iterator as NDIterObject):
            return IteratorObject("numpy.nditer") { () throws(PythonError) -> Value? in try iterator.next() }
        case .object(let object):
            return IteratorObject.over(try object.items(), typeName: "iterator")
        case .instance(let instance):
            if let method = try instanceAttribute(instance, "__iter__") {
                let result = try call(method, Arguments())
                if case .iterator(let iterator) = result { return iterator }
                if case .instance(let inner) = result, let next = try instanceAttribute(inner, "__next__") {
                    return IteratorObject(inner.cls.name) { () throws(PythonError) -> Value? in
                        do throws(PythonError) { return try self.call(next, Arguments()) } catch
                            where error.exception == "StopIteration"
                        { return nil }
                    }
                }
                return try makeIterator(result)
            }
            if let getter = try instanceAttribute(instance, "__getitem__") {
                var index = 0
                return IteratorObject("iterator") { () throws(PythonError) -> Value? in
                    do throws(PythonError) {
                        defer { index += 1 }
                        return try self.call(getter, Arguments([.int(index)]))
                    } catch  where error.exception == "IndexError" || error.exception == "StopIteration" {
                        return nil
                    }
                }
            }
            throw .type("'\(value.typeName)' object is not iterable")
        default:
            throw .type("'\(value.typeName)' object is not iterable")
        }
    }
}
