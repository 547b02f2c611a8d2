import ArrayEngine

/// Lists, dicts and sets grown one item at a time, under memory pressure.
///
/// Swift doubles a full collection's storage and traps when that allocation
/// fails, so before an item goes in the room for it is checked: a step of
/// `MemoryLimit.step` (the small objects the item brings), and, when the storage
/// is full, the larger storage it will need (`MemoryLimit.check`, which tries
/// large sizes with `malloc` first). MemoryError then, never a trap.
extension Array {
    func checkRoomForOneMore() throws(PythonError) {
        try MemoryLimit.step()
        // Checked only when the storage is full (a call and a lazy global's guard at every
        // item were 3% of `lst.append(x)`).
        let bytes = bytesToGrowForOneMore
        if bytes > 0 { try MemoryLimit.check(count: bytes, stride: 1) }
    }

    /// The bytes of the larger storage one more item needs; 0 while there is room. Arrays
    /// that grow together are checked with the sum of theirs: each alone may fit where
    /// all of them together do not.
    var bytesToGrowForOneMore: Int {
        count == capacity ? Swift.max(2 * capacity, 16) * MemoryLayout<Element>.stride : 0
    }

    /// Appends `item`, or throws MemoryError (see `checkRoomForOneMore`).
    mutating func append(checked item: Element) throws(PythonError) {
        try checkRoomForOneMore()
        append(item)
    }
}

extension Value {
    /// `items += more`, MemoryError when the result could not be held; the room is
    /// reserved once, at its final size (growing by doubling could ask twice as much).
    static func append(_ more: [Value], to items: inout [Value]) throws(PythonError) {
        try MemoryLimit.check(count: items.count + more.count, of: Value.self)
        items.reserveCapacity(items.count + more.count)
        items += more
    }

    /// `a + b` for lists and tuples, in one allocation (see `append`).
    static func concatenated(_ a: [Value], _ b: [Value]) throws(PythonError) -> [Value] {
        var joined: [Value] = []
        try MemoryLimit.check(count: a.count + b.count, of: Value.self)
        joined.reserveCapacity(a.count + b.count)
        joined += a
        joined += b
        return joined
    }
}
