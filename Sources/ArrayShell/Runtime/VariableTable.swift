import ArrayEngine
import Synchronization

/// Variables by slot: the module's, and the locals of each running function,
/// comprehension and class body.
///
/// A `Name` of the syntax tree remembers its slot, so a loop reading `total` a
/// million times hashes the name once; the memo is only a hint, checked against
/// the name the slot holds, so a stale or foreign one costs a look-up, never a
/// wrong value. Deleting a variable empties its slot and keeps it for the name.
///
/// The values are kept in storage of the table's own, not a Swift array, so that a
/// store can overwrite a number or None as it stands and a read copy an int as
/// itself: through the array, each went through the outlined copy or destroy of every
/// case of a value, a call at every read and store of a loop.
final class VariableTable {
    let layout: SlotLayout
    /// `count` slots initialised (nil: unbound), room for `capacity`.
    private var values: UnsafeMutablePointer<Value?>
    private var count = 0
    private var capacity: Int

    /// A table over `layout`, its first slots holding `first` (a call's arguments).
    init(layout: SlotLayout = SlotLayout(), first: [Value] = []) {
        self.layout = layout
        // One allocation, with room for every slot of the layout.
        capacity = Swift.max(layout.count, first.count, 1)
        values = .allocate(capacity: capacity)
        for value in first {
            (values + count).initialize(to: value)
            count += 1
        }
    }

    deinit {
        values.deinitialize(count: count)
        values.deallocate()
    }

    subscript(name: String) -> Value? {
        get { layout.slot(of: name).flatMap { value(at: $0) } }
        set { store(newValue, at: layout.slot(adding: name)) }
    }

    /// The value of `name` here; nil when it has none.
    @inline(__always)
    func value(of name: Name) -> Value? {
        guard let slot = slot(of: name) else { return nil }
        return value(at: slot)
    }

    /// The array, dict, set or list in `name`'s slot, lent without a retain; nil when the slot
    /// holds anything else. (Matched in the slot itself: a copy of the value, a `Value?`,
    /// would be a retain and a release.)
    @inline(__always)
    func lent(_ name: Name) -> LentObject? {
        guard let slot = slot(of: name), slot < count else { return nil }
        switch values[slot] {
        case .array(let a)?: return .array(Unmanaged.passUnretained(a))
        case .dict(let d)?: return .dict(Unmanaged.passUnretained(d))
        case .set(let s)?: return .set(Unmanaged.passUnretained(s))
        case .list(let l)?: return .list(Unmanaged.passUnretained(l))
        default: return nil
        }
    }

    /// Whether `name` is known to have no slot here (by its memo alone, so false may
    /// also mean not known).
    @inline(__always)
    func lacks(_ name: Name) -> Bool { name.isKnownAbsent(from: layout) }

    func set(_ value: consuming Value, for name: Name) {
        store(value, at: slot(of: name) ?? layout.slot(adding: name.text))
    }

    /// The value of `name`, found through `memo` (the same name in the syntax tree) when there is one.
    func value(of name: String, memo: Name?) -> Value? {
        if let memo { value(of: memo) } else { self[name] }
    }

    func set(_ value: consuming Value, for name: String, memo: Name?) {
        if let memo { set(value, for: memo) } else { self[name] = value }
    }

    /// Whether `name` has a slot here: for a function's frame, whether it is one of its locals.
    func hasSlot(for name: String, memo: Name?) -> Bool {
        if let memo { slot(of: memo) != nil } else { layout.slot(of: name) != nil }
    }

    /// Deletes a variable; its value, or nil when it had none.
    @discardableResult
    func removeValue(forKey name: String) -> Value? {
        guard let slot = layout.slot(of: name), let value = value(at: slot) else { return nil }
        values[slot] = nil
        return value
    }

    /// Forgets every variable (`%reset`).
    func removeAll() {
        for slot in 0..<count { values[slot] = nil }
    }

    /// The variables now bound, by name.
    var bindings: [String: Value] {
        var result: [String: Value] = [:]
        for (slot, name) in layout.names.prefix(count).enumerated() { result[name] = value(at: slot) }
        return result
    }

    /// The slot `name` has in the layout (its memo when that still holds), nil when none.
    @inline(__always)
    func slot(of name: Name) -> Int? {
        let serial = layout.serial
        if name.foundIn == serial { return name.slot }
        if name.isKnownAbsent(from: layout) { return nil }
        guard let slot = layout.slot(of: name.text) else {
            name.rememberAbsent(from: layout)
            return nil
        }
        name.foundIn = serial
        name.slot = slot
        return slot
    }

    @inline(__always)
    private func value(at slot: Int) -> Value? {
        guard slot < count else { return nil }
        if case .int(let i)? = values[slot] { return .int(i) }
        return values[slot]
    }

    /// Stores into a slot of the layout, growing the values to reach it (the layout may have grown).
    @inline(__always)
    func store(_ value: consuming Value?, at slot: Int) {
        if slot >= count { grow(toReach: slot) }
        let held = values + slot
        if Self.needsNoRelease(held.pointee) {
            held.initialize(to: value)
        } else {
            held.pointee = value
        }
    }

    /// Whether a value holds nothing counted (a number, a bool, None, or no value), so
    /// that overwriting it as it stands leaks nothing.
    @inline(__always)
    private static func needsNoRelease(_ value: borrowing Value?) -> Bool {
        switch value {
        case nil, .none?, .bool?, .int?, .float?, .ellipsis?: true
        default: false
        }
    }

    /// Makes `slot` and every slot before it initialised (unbound), with room to reach it.
    private func grow(toReach slot: Int) {
        if slot >= capacity {
            let larger = Swift.max(slot + 1, 2 * capacity)
            let moved = UnsafeMutablePointer<Value?>.allocate(capacity: larger)
            moved.moveInitialize(from: values, count: count)
            values.deallocate()
            (values, capacity) = (moved, larger)
        }
        (values + count).initialize(repeating: nil, count: slot + 1 - count)
        count = slot + 1
    }
}

/// An object a variable holds, lent without a retain (`VariableTable.lent`): good only
/// until Python code may run, which could rebind the variable and free the object.
enum LentObject {
    case array(Unmanaged<NDArray>)
    case dict(Unmanaged<DictObject>)
    case set(Unmanaged<SetObject>)
    case list(Unmanaged<ListObject>)
}

/// The names of a set of variables and the slot of each. Every call of one function
/// shares its layout (its locals are known when it is parsed, parameters first); the
/// module's and a class body's grow as names are bound.
final class SlotLayout {
    private(set) var names: [String] = []
    private var slots: [String: Int] = [:]
    /// Tells this layout from every other made in the process, for `Name`'s memo (an
    /// address could be reused by a layout made after this one is gone).
    let serial = SlotLayout.serials.add(1, ordering: .relaxed).newValue
    private static let serials = Atomic<Int>(0)

    init(_ names: [String] = []) {
        for name in names { _ = slot(adding: name) }
    }

    var count: Int { names.count }

    func slot(of name: String) -> Int? { slots[name] }

    /// The slot of `name`, made for it when it has none.
    func slot(adding name: String) -> Int {
        if let slot = slots[name] { return slot }
        slots[name] = names.count
        names.append(name)
        return names.count - 1
    }
}

/// A variable's name where the syntax tree reads or binds it, with the memo of its
/// slot (`VariableTable`).
///
/// A layout's slots never move (names are only added), so a slot found in the
/// layout with a given serial stays right for it. A name is also remembered as
/// absent from a layout (a global read in a function), for as long as that
/// layout has the same count of names.
final class Name {
    let text: String
    /// The serial of the layout where `text` was last found (0: none), and its slot there.
    var foundIn = 0
    var slot = 0
    /// The serials of the last two layouts where `text` was found absent (0: none), and
    /// their counts of names then. Two, as a builtin read in a function is absent from
    /// the function's locals and from the module's variables: with one, each look-up
    /// would forget the other's answer and hash the name again.
    private var absentFrom = (0, 0)
    private var absentCount = (0, 0)

    init(_ text: String) { self.text = text }

    @inline(__always)
    func isKnownAbsent(from layout: SlotLayout) -> Bool {
        let (serial, count) = (layout.serial, layout.count)
        return (absentFrom.0 == serial && absentCount.0 == count) || (absentFrom.1 == serial && absentCount.1 == count)
    }

    func rememberAbsent(from layout: SlotLayout) {
        absentFrom = (layout.serial, absentFrom.0)
        absentCount = (layout.count, absentCount.0)
    }
}
