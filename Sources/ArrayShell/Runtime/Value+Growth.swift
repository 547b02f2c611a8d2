import ArrayEngine

/// Lists built one item at a time, under memory pressure.
extension Array where Element == Value {
    /// Appends `item`, or throws MemoryError: the item counts as a step of
    /// `MemoryLimit.step`, and before the storage grows (Swift doubles it, and traps
    /// when that allocation fails) the doubled size is checked to fit.
    mutating func append(checked item: Value) throws(PythonError) {
        try MemoryLimit.step()
        if count == capacity { try MemoryLimit.check(count: Swift.max(2 * capacity, 16), of: Value.self) }
        append(item)
    }
}
