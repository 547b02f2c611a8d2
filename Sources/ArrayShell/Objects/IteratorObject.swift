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
    /// A generator expression's loop, run once for many items (see `drain`); nil for the others.
    private let push: Push?
    private var exhausted = false
    /// Items `drain` pulled, for its `Interruption` check (a generator expression checks at every item).
    private var pulled = 0
    /// Whether a generator expression's loop is running (a `next()` of it from inside is an error).
    private var running = false

    /// A consumer's handling of one item in `drain`: false refuses it (and stops the drain).
    typealias Take = (Value) throws(PythonError) -> Bool
    /// A generator expression's loop: makes items and hands each to the consumer through
    /// `offer` until it refuses one, which it returns; nil when there is none left.
    typealias Push = (_ take: Take, _ consumerFailed: inout Bool) throws(PythonError) -> Value?

    init(_ typeName: String, function: String = "<genexpr>", _ step: @escaping () throws(PythonError) -> Value?) {
        self.typeName = typeName
        self.functionName = function
        self.step = step
        push = nil
    }

    /// A generator expression's iterator, its items pushed (a `next()` is a push that
    /// refuses the first item).
    init(generator push: @escaping Push) {
        typeName = "generator"
        functionName = "<genexpr>"
        step = { nil } // not called: `next()` pushes
        self.push = push
    }

    /// The next item, or nil once exhausted (and ever after).
    func next() throws(PythonError) -> Value? {
        guard !exhausted else { return nil }
        if push != nil { return try generatorPush { _ in false } }
        if let value = try step() { return value }
        exhausted = true
        return nil
    }

    /// Hands the items to `take` in order until it refuses one, which is returned (the
    /// items after it are left for later); nil once every item was taken.
    ///
    /// A generator expression runs its loop once for all the items it pushes (entering its
    /// frame once, not at every item), so `take` runs inside the generator: it must run no
    /// Python code (an instance's `__add__`, `__bool__`...) but refuse such an item and
    /// handle it after.
    func drain(_ take: Take) throws(PythonError) -> Value? {
        guard !exhausted else { return nil }
        if push != nil { return try generatorPush(take) }
        while let item = try step() {
            pulled &+= 1
            if pulled & 0xFFFF == 0 { try Interruption.check() }
            if try !take(item) { return item }
        }
        exhausted = true
        return nil
    }

    /// One push of a generator expression, with Python's rules for generators: one that
    /// raised is finished (a StopIteration inside it is a RuntimeError), one running cannot
    /// be resumed, and an error `take` throws is the consumer's, which leaves it suspended
    /// after the item it was given.
    private func generatorPush(_ take: Take) throws(PythonError) -> Value? {
        if running { throw .value("generator already executing") }
        running = true
        defer { running = false }
        var consumerFailed = false
        do throws(PythonError) {
            // Called in place: `if let push` would bind a copy of it, a retain and a release.
            if let refused = try push?(take, &consumerFailed) ?? nil { return refused }
        } catch {
            if consumerFailed { throw error }
            exhausted = true
            if error.exception == "StopIteration" {
                throw PythonError("RuntimeError", "generator raised StopIteration")
            }
            throw error
        }
        exhausted = true
        return nil
    }

    /// A generator's hand-over of one item to `take` in a push: notes in `consumerFailed`
    /// that an error came from the consumer.
    @inline(__always)
    static func offer(_ item: Value, to take: Take, _ consumerFailed: inout Bool) throws(PythonError) -> Bool {
        do throws(PythonError) {
            return try take(item)
        } catch {
            consumerFailed = true
            throw error
        }
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
