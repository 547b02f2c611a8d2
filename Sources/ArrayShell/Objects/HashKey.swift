import ArrayEngine
import BigInt

/// A value as a dict key or set member: equal Python values give equal keys
/// (`1`, `1.0`, `True` and `np.int64(1)` are one key, as in Python), and
/// unhashable values (lists, dicts, sets, arrays) are refused with Python's TypeError.
enum HashKey: Hashable {
    case int(Int)
    case bigInt(BigInt)
    case float(Double)
    /// A complex number with a non-zero imaginary part (others are keyed as their real part).
    case complex(Double, Double)
    case string(String)
    case none, ellipsis
    case tuple([HashKey])
    case frozenset(Set<HashKey>)
    /// Objects hashed by identity: functions, classes, instances, modules, dtypes' types.
    case object(ObjectIdentifier)
    case dtype(String)
    case type(String)
    case slice([HashKey])
    case bytes([UInt8])

    init(_ value: Value) throws(PythonError) {
        switch value {
        case .int(let i): self = .int(i)
        case .bigInt(let b): self = .bigInt(b)
        case .bool(let b): self = .int(b ? 1 : 0)
        case .float(let d): self = HashKey.number(d)
        case .complex(let re, let im): self = HashKey.number(re, im)
        case .string(let s): self = .string(s)
        case .none: self = .none
        case .ellipsis: self = .ellipsis
        case .tuple(let items): self = .tuple(try items.map { v throws(PythonError) in try HashKey(v) })
        case .set(let set) where set.isFrozen: self = .frozenset(Set(set.keys))
        case .scalar(let s):
            switch Convert.python(s.scalar) {
            case .int(let i): self = .int(i)
            case .bool(let b): self = .int(b ? 1 : 0)
            case .float(let d): self = HashKey.number(d)
            case .complex(let re, let im): self = HashKey.number(re, im)
            default: self = .float(s.doubleValue)
            }
        case .dtype(let d): self = .dtype(d.reprText)
        case .scalarType(let d): self = .type("numpy." + d.name)
        case .type(let t): self = .type(t.rawValue)
        case .range(let a, let b, let c): self = .tuple([.type("range"), .int(a), .int(b), .int(c)])
        case .list, .dict, .set, .array, .slice, .flags:
            throw .type("unhashable type: '\(value.typeName)'")
        case .object(let text as StringScalar): self = try HashKey(text.plain)
        case .object(let bytes as BytesObject):
            if bytes.isMutable { throw .type("unhashable type: 'bytearray'") }
            self = .bytes(Array(bytes.bytes))
        case .instance(let i):
            if i.isUnhashable { throw .type("unhashable type: '\(value.typeName)'") }
            self = .object(ObjectIdentifier(i))
        default:
            guard let object = value.identity else { throw .type("unhashable type: '\(value.typeName)'") }
            self = .object(ObjectIdentifier(object))
        }
    }

    /// `body`'s answer for the key of `value`. An int's key is made here, where it then
    /// needs no destroying; a key made by `init` is destroyed through its every case, a
    /// call at every look-up of a loop's `d[i]`, `i in s` or `s.add(i)`.
    @inline(__always)
    static func with<Result>(_ value: Value, _ body: (HashKey) -> Result) throws(PythonError) -> Result {
        if case .int(let i) = value { return body(.int(i)) }
        return body(try HashKey(value))
    }

    /// Whether `value`, a key a dict or set holds, is this key: an int compared at once,
    /// anything else made a key again (it was one when it went in).
    func isKey(of value: Value) -> Bool {
        if case .int(let a) = self, case .int(let b) = value { return a == b }
        return (try? HashKey(value)) == self
    }

    /// A float equal to an int hashes as that int.
    /// Python's hash of a complex number equals its real part's when the imaginary part is 0.
    private static func number(_ re: Double, _ im: Double) -> HashKey {
        im == 0 ? number(re) : .complex(re, im)
    }

    private static func number(_ d: Double) -> HashKey {
        if d.isFinite, d == d.rounded() {
            if let i = Int(exactly: d) { return .int(i) }
            return .bigInt(BigInt(d))
        }
        return .float(d)
    }
}

/// A Python dict: insertion-ordered, keyed by `HashKey`, keeping the first key object given.
final class DictObject {
    private var index = KeyIndex<Value>()

    init() {}

    init(_ pairs: [(Value, Value)]) throws(PythonError) {
        for (key, value) in pairs { try set(key, value) }
    }

    var keys: [Value] { index.keys }

    var values: [Value] { index.map(\.payload) }

    var count: Int { index.count }

    var pairs: [(key: Value, value: Value)] { index.map { (key: $0.key, value: $0.payload) } }

    /// The key added last; nil when empty.
    var lastKey: Value? { index.last?.key }

    func get(_ key: Value) throws(PythonError) -> Value? { try HashKey.with(key) { value(for: $0) } }

    /// The value of a key already made; nil when absent.
    func value(for key: HashKey) -> Value? {
        guard let i = index.position(of: key) else { return nil }
        return index.payload(at: i)
    }

    func contains(_ key: Value) throws(PythonError) -> Bool { try HashKey.with(key) { contains(key: $0) } }

    func contains(key: HashKey) -> Bool { index.position(of: key) != nil }

    func set(_ key: Value, _ value: Value) throws(PythonError) {
        switch try HashKey.with(key, { index.lookup($0) }) {
        case .found(let i): index.setPayload(value, at: i)
        case .absent(let vacancy): try index.append(key, value, at: vacancy)
        }
    }

    /// Removes a key, returning its value (nil when absent).
    @discardableResult
    func remove(_ key: Value) throws(PythonError) -> Value? {
        guard let i = index.position(of: try HashKey(key)) else { return nil }
        return index.remove(at: i)
    }

    func removeAll() {
        index = KeyIndex()
    }

    func copy() -> DictObject {
        let result = DictObject()
        result.index = index
        return result
    }
}

/// A Python set or frozenset: insertion-ordered here (CPython's order is by hash;
/// small ints and the values arrays snippets use come out the same).
final class SetObject {
    private var index = KeyIndex<Void>()
    let isFrozen: Bool

    init(frozen: Bool = false) { isFrozen = frozen }

    init(_ values: [Value], frozen: Bool = false) throws(PythonError) {
        isFrozen = frozen
        for value in values { try insert(value) }
    }

    var items: [Value] { index.keys }

    var count: Int { index.count }

    /// The items as keys, in the same order (each was one when it went in).
    var keys: [HashKey] { index.map { try? HashKey($0.key) }.compactMap { $0 } }

    /// A set is looked up as the frozenset of its items, as CPython's `set.__contains__` does.
    func contains(_ value: Value) throws(PythonError) -> Bool {
        if case .set(let set) = value, !set.isFrozen { return contains(key: .frozenset(Set(set.keys))) }
        return try HashKey.with(value) { contains(key: $0) }
    }

    func contains(key: HashKey) -> Bool { index.position(of: key) != nil }

    func insert(_ value: Value) throws(PythonError) {
        guard case .absent(let vacancy) = try HashKey.with(value, { index.lookup($0) }) else { return }
        try index.append(value, (), at: vacancy)
    }

    @discardableResult
    func remove(_ value: Value) throws(PythonError) -> Bool {
        guard let i = index.position(of: try HashKey(value)) else { return false }
        index.remove(at: i)
        return true
    }

    func removeAll() {
        index = KeyIndex()
    }

    func copy(frozen: Bool? = nil) -> SetObject {
        let result = SetObject(frozen: frozen ?? isFrozen)
        result.index = index
        return result
    }
}
