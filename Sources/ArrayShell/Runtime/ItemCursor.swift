import ArrayEngine

/// A loop's source stepped in place, its type known to the loop (a closure per item
/// cost 6% of workload 22): a range's ints counted, a list read by position, any
/// other source through its iterator. Comprehensions step their sources through it;
/// a `for` loop uses the same cursors, each in a loop of its own.
protocol ItemCursor {
    mutating func nextItem() throws(PythonError) -> Value?
}

extension IteratorObject: ItemCursor {
    func nextItem() throws(PythonError) -> Value? { try next() }
}

/// A range's values in order: Python's `range` iteration, which stops at the last
/// value that does not pass `stop` (and at the end of Int's range).
struct RangeCursor {
    private var current: Int
    let stop: Int
    let step: Int

    init(start: Int, stop: Int, step: Int) {
        current = start
        self.stop = stop
        self.step = step
    }

    mutating func next() -> Int? {
        guard step > 0 ? current < stop : current > stop else { return nil }
        defer { current = current.addingReportingOverflow(step).overflow ? stop : current + step }
        return current
    }
}

extension RangeCursor: ItemCursor {
    mutating func nextItem() -> Value? { next().map(Value.int) }
}

/// A list's items in order, read by position: live, as Python's list iterator is
/// (items appended during the loop are visited too, and it stops at the list's end
/// as it is at each step).
struct ListCursor {
    private let list: ListObject
    private var position = 0

    init(_ list: ListObject) { self.list = list }

    mutating func next() -> Value? {
        guard position < list.items.count else { return nil }
        position += 1
        return list.items[position - 1]
    }
}

extension ListCursor: ItemCursor {
    mutating func nextItem() -> Value? { next() }
}
