import ArrayEngine

/// A lazy Python iterator: each `next()` computes one item; nil means exhausted
/// (StopIteration). Generator expressions, `zip`, `enumerate`, `map`, `iter(list)`...
final class IteratorObject {
    /// What `type()` names: `generator`, `zip`, `list_iterator`, ...
    let typeName: String
    /// A generator's function (`<generator object f at ...>`); `<genexpr>` for expressions.
    let functionName: String
    /// Kept (not dropped once exhausted) so that a call needs no retain of it: a `var`
    /// could be reassigned during the call, so each call held it, a retain and a release
    /// per item of every loop over a list.
    private let step: () throws(PythonError) -> Value?
    private var exhausted = false

    init(_ typeName: String, function: String = "<genexpr>", _ step: @escaping () throws(PythonError) -> Value?) {
        self.typeName = typeName
        self.functionName = function
        self.step = step
    }

    /// The next item, or nil once exhausted (and ever after).
    func next() throws(PythonError) -> Value? {
        guard !exhausted else { return nil }
        if let value = try step() { return value }
        exhausted = true
        return nil
    }

    /// An iterator over an array of items. Given `watching`, the items are a snapshot of a
    /// dict's or set's and the iterator fails as Python's does once the container's size
    /// changes: at the next step, even past the last item.
    static func over(
        _ items: [Value], typeName: String, watching: (size: () -> Int, message: String)? = nil
    ) -> IteratorObject {
        var position = 0
        let initial = watching?.size()
        return IteratorObject(typeName) { () throws(PythonError) -> Value? in
            if let watching, watching.size() != initial { throw PythonError("RuntimeError", watching.message) }
            guard position < items.count else { return nil }
            position += 1
            return items[position - 1]
        }
    }
}
