import ArrayEngine

/// The keys of a dict or a set and their hash table, as CPython's compact dict keeps them.
///
/// The entries (each key, the object given, `1` kept when `1.0` comes later, with its
/// hash and what it maps to: a dict's value, nothing for a set) are kept in insertion
/// order in one array, so adding a key grows one array; the table holds only positions,
/// in a power-of-two array at most two-thirds full probed in CPython's order, so growing
/// never hashes a key again. Removing a key leaves a hole in the entries and a dummy in
/// its slot, as CPython does, so `del d[k]` takes constant time; growing the table
/// closes the holes. An int is its own hash, as in CPython: building
/// `{i: ... for i in range(n)}` hashes nothing and fills neighbouring slots. A key is
/// compared as a `HashKey` made when it is looked up, not kept a second time in that
/// form: a big dict's time goes to the memory it fills (page faults, and copies as its
/// array grows).
///
/// Its look-ups are `mutating` though they change nothing: a dict or set calls them
/// on its own stored table, and a mutating call works on it in place, where any other
/// copies it first (a retain and a release of each of its arrays, a third of the
/// time of `d[k] = v`).
struct KeyIndex<Payload> {
    struct Entry {
        let key: Value
        let hash: Int
        var payload: Payload
    }

    /// The entries in insertion order; nil where one was removed (never the last).
    private var entries: [Entry?] = []
    /// Each entry's position + 1, by slot (0: an empty slot; `dummy`: a removed key's).
    private var slots: [Int32] = []
    private static var dummy: Int32 { -1 }

    /// How many keys it holds.
    private(set) var count = 0
    /// How many slots are not empty: keys and dummies.
    private var filled = 0

    /// Where a key found absent goes: its hash, and the empty slot it met.
    struct Vacancy {
        fileprivate let hash: Int
        fileprivate let slot: Int
    }

    /// A key's position in `entries`, or where it would go.
    enum Lookup {
        case found(Int)
        case absent(Vacancy)
    }

    /// The keys, in insertion order.
    var keys: [Value] { map(\.key) }

    /// The last entry added and not removed.
    var last: Entry? { entries.last ?? nil }

    /// Each entry transformed, in insertion order.
    func map<T>(_ transform: (Entry) -> T) -> [T] {
        var result: [T] = []
        result.reserveCapacity(count)
        for case let entry? in entries { result.append(transform(entry)) }
        return result
    }

    mutating func lookup(_ key: HashKey) -> Lookup {
        let hash = Self.hash(key)
        guard !slots.isEmpty else { return .absent(Vacancy(hash: hash, slot: -1)) }
        var probe = Probe(hash, slotCount: slots.count)
        while true {
            let entry = Int(slots[probe.slot])
            if entry == 0 { return .absent(Vacancy(hash: hash, slot: probe.slot)) }
            // A dummy (removed key) is passed over.
            if entry > 0 {
                if case .int(let wanted) = key, case .int(let held)? = entries[entry - 1]?.key {
                    // Two ints are one key only when equal: the stored hash need not be compared.
                    if wanted == held { return .found(entry - 1) }
                } else if entries[entry - 1]?.hash == hash, let held = entries[entry - 1]?.key, key.isKey(of: held) {
                    return .found(entry - 1)
                }
            }
            probe.advance()
        }
    }

    mutating func position(of key: HashKey) -> Int? {
        if case .found(let position) = lookup(key) { position } else { nil }
    }

    /// What the key at `position` (found by `lookup`) maps to.
    func payload(at position: Int) -> Payload? { entries[position]?.payload }

    /// Maps the key at `position` (found by `lookup`) to `payload`.
    mutating func setPayload(_ payload: Payload, at position: Int) { entries[position]?.payload = payload }

    /// Adds a key `lookup` found absent, after the others, or throws MemoryError
    /// (checked before any change, so that a MemoryError leaves the dict or set whole).
    mutating func append(_ key: Value, _ payload: Payload, at vacancy: Vacancy) throws(PythonError) {
        try MemoryLimit.step()
        guard entries.count < Int32.max - 1 else { throw MemoryLimit.exceeded }
        let table = needsGrowth(at: filled + 1) ? Self.slotCount(for: count + 1) * MemoryLayout<Int32>.stride : 0
        let bytes = entries.bytesToGrowForOneMore + table
        if bytes > 0 { try MemoryLimit.check(count: bytes, stride: 1) }
        entries.append(Entry(key: key, hash: vacancy.hash, payload: payload))
        count += 1
        filled += 1
        if vacancy.slot < 0 || needsGrowth(at: filled) {
            rebuild(slotCount: Self.slotCount(for: count))
        } else {
            slots[vacancy.slot] = Int32(entries.count)
        }
    }

    /// Removes the key at `position` (found by `lookup`), returning what it mapped to.
    @discardableResult
    mutating func remove(at position: Int) -> Payload? {
        guard let removed = entries[position] else { return nil }
        var probe = Probe(removed.hash, slotCount: slots.count)
        while slots[probe.slot] != Int32(position + 1) { probe.advance() }
        slots[probe.slot] = Self.dummy
        entries[position] = nil
        count -= 1
        while let last = entries.last, last == nil { entries.removeLast() }
        return removed.payload
    }

    // MARK: - The table

    /// An int is its own hash, as in CPython; other keys hash with Swift's `Hasher`.
    private static func hash(_ key: HashKey) -> Int {
        if case .int(let i) = key { return i }
        return key.hashValue
    }

    /// Whether `used` slots (keys and dummies) would fill the table past two thirds.
    private func needsGrowth(at used: Int) -> Bool { used * 3 > slots.count * 2 }

    /// Room for `keyCount` keys and as many again before the next growth (CPython's
    /// growth rate: three slots a key).
    private static func slotCount(for keyCount: Int) -> Int {
        var size = 8
        while size < 3 * keyCount { size *= 2 }
        return size
    }

    /// A table of `slotCount` slots for the entries, their holes closed.
    private mutating func rebuild(slotCount: Int) {
        if count < entries.count { entries.removeAll { $0 == nil } }
        slots = [Int32](repeating: 0, count: slotCount)
        filled = count
        for (position, entry) in entries.enumerated() {
            guard let entry else { continue }
            var probe = Probe(entry.hash, slotCount: slotCount)
            while slots[probe.slot] != 0 { probe.advance() }
            slots[probe.slot] = Int32(position + 1)
        }
    }
}

/// CPython's probe sequence (`dictobject.c`): a hash's low bits first, so runs of ints
/// fill neighbouring slots (and memory is read in order); then jumps that bring its
/// higher bits in, so ints alike in their low bits (multiples of a power of two) do not
/// pile up in one run. Once those bits are used up, `slot * 5 + 1` visits every slot.
private struct Probe {
    private(set) var slot: Int
    private var perturb: UInt
    private let mask: Int

    @inline(__always)
    init(_ hash: Int, slotCount: Int) {
        mask = slotCount - 1
        slot = hash & mask
        perturb = UInt(bitPattern: hash)
    }

    @inline(__always)
    mutating func advance() {
        perturb >>= 5
        slot = (slot &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
    }
}
