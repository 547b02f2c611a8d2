/// The module's variables, each name in a slot of its own for good.
///
/// A `Name` of the syntax tree remembers its slot, so a loop reading `total` a
/// million times hashes the name once; the memo is only a hint, checked against
/// the slot's name, so a stale or foreign one costs a look-up, never a wrong value.
/// Deleting a variable empties its slot and keeps it for the name.
final class GlobalTable {
    private var slots: [String: Int] = [:]
    private var names: [String] = []
    private var values: [Value?] = []

    subscript(name: String) -> Value? {
        get { slots[name].flatMap { values[$0] } }
        set { values[slot(for: name)] = newValue }
    }

    func value(of name: Name) -> Value? { values[slot(of: name)] }

    func set(_ value: Value, for name: Name) { values[slot(of: name)] = value }

    /// Deletes a variable; its value, or nil when it had none.
    @discardableResult
    func removeValue(forKey name: String) -> Value? {
        guard let slot = slots[name], let value = values[slot] else { return nil }
        values[slot] = nil
        return value
    }

    /// Forgets every variable (`%reset`).
    func removeAll() {
        for slot in values.indices { values[slot] = nil }
    }

    /// The variables now bound, by name.
    var bindings: [String: Value] {
        var result: [String: Value] = [:]
        for (name, value) in zip(names, values) where value != nil { result[name] = value }
        return result
    }

    private func slot(of name: Name) -> Int {
        let hint = name.slot
        if names.indices.contains(hint), names[hint] == name.text { return hint }
        let found = slot(for: name.text)
        name.slot = found
        return found
    }

    private func slot(for name: String) -> Int {
        if let slot = slots[name] { return slot }
        slots[name] = names.count
        names.append(name)
        values.append(nil)
        return names.count - 1
    }
}

/// A variable's name where the syntax tree reads or binds it, with the memo of its
/// slot among the module's variables (`GlobalTable`).
final class Name {
    let text: String
    /// The slot where `text` was last found; -1 before the first look-up.
    var slot = -1

    init(_ text: String) { self.text = text }
}
