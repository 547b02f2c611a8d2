import ArrayEngine
import BigInt

/// `np.random.SeedSequence`: the entropy as the user gave it (for `repr` and
/// `.entropy`), the engine's mixed pool, and the count of children spawned.
final class SeedSequenceObject: PythonObject {
    let sequence: SeedSequence
    /// `entropy` as given: an int, a list, or the 128 random bits NumPy draws for None.
    let entropy: Value
    let spawnKey: [Int]
    private(set) var childrenSpawned: Int

    init(entropy: Value, words: [UInt32], spawnKey: [Int] = [], childrenSpawned: Int = 0) {
        self.entropy = entropy
        self.spawnKey = spawnKey
        self.childrenSpawned = childrenSpawned
        sequence = SeedSequence(entropy: words, spawnKey: spawnKey.flatMap { SeedSequence.words(of: $0) })
    }

    /// `SeedSequence(entropy)`: None draws 128 bits from the operating system.
    convenience init(_ entropy: Value) throws(PythonError) {
        if entropy.isNone {
            let fresh = SeedSequence.fresh()
            var bits = BigInt(0)
            for word in fresh.entropy.reversed() { bits = bits << 32 | BigInt(word) }
            self.init(entropy: .integer(bits), words: fresh.entropy)
            return
        }
        switch entropy {
        case .int, .bigInt, .bool, .scalar, .list, .tuple, .range, .array: break
        default:
            throw .type("SeedSequence expects int or sequence of ints for entropy not \(try Repr.str(entropy))")
        }
        self.init(entropy: entropy, words: try Self.words(entropy))
    }

    /// `_coerce_to_uint32_array`: ints split into 32-bit words, least significant
    /// first; sequences (nested ones too) concatenated element by element.
    static func words(_ value: Value) throws(PythonError) -> [UInt32] {
        switch value {
        case .int, .bool, .bigInt:
            guard let n = value.bigIntValue, n >= 0 else { throw .value("expected non-negative integer") }
            return SeedSequence.words(of: n.magnitude)
        case .scalar(let s):
            if s.dtype.isFloat { throw .type("seed must be integer") }
            if case .uint(let u) = s.value { return SeedSequence.words(of: u) }
            let n = s.exactInteger ?? 0
            if n < 0 { throw .value("expected non-negative integer") }
            return SeedSequence.words(of: n)
        case .float: throw .type("seed must be integer")
        case .array(let a):
            if a.ndim == 0 { return try words(.scalar(try a.item())) }
            if a.dtype == .uint32 { return try a.elements().map { UInt32(truncatingIfNeeded: $0.exactInteger ?? 0) } }
            return try concatenated(a.elements().map { .scalar($0) })
        case .list(let list):
            return try concatenated(list.items)
        case .tuple(let items):
            return try concatenated(items)
        case .range(let start, let stop, let step):
            return try concatenated(Value.rangeItems(start, stop, step))
        default:
            throw .type("SeedSequence expects int or sequence of ints for entropy not \(try Repr.str(value))")
        }
    }

    private static func concatenated(_ items: [Value]) throws(PythonError) -> [UInt32] {
        var result: [UInt32] = []
        for item in items { result += try words(item) }
        return result
    }

    var pythonType: PythonType { .seedSequence }
    var typeName: String { pythonType.qualifiedName }

    func repr() -> String {
        var lines = ["SeedSequence(", "    entropy=\(Repr.tryRepr(entropy)),"]
        if !spawnKey.isEmpty { lines.append("    spawn_key=\(Repr.tryRepr(.tuple(spawnKey.map { .int($0) }))),") }
        if childrenSpawned != 0 { lines.append("    n_children_spawned=\(childrenSpawned),") }
        lines.append(")")
        return lines.joined(separator: "\n")
    }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "entropy": return entropy
        case "spawn_key": return .tuple(spawnKey.map { .int($0) })
        case "pool_size": return .int(SeedSequence.defaultPoolSize)
        case "n_children_spawned": return .int(childrenSpawned)
        default: return Self.methods[name]?.bound(to: self)
        }
    }

    static let methods = RandomMethod<SeedSequenceObject>.table([
        RandomMethod(
            "generate_state(n_words, dtype=np.uint32)",
            doc: "n_words state words (uint32 or uint64) hashed out of the pool: a new array."
        ) { this, args throws(PythonError) in
            let count = try args.int("n_words") ?? 0
            switch try RandomArguments.dtype(args, default: .uint32) {
            case .uint32:
                return .array(try array(this.sequence.generateState32(count: count).map { UInt64($0) }, .uint32))
            case .uint64:
                return .array(try array(this.sequence.generateState64(count: count), .uint64))
            default: throw .value("only support uint32 or uint64")
            }
        },
        RandomMethod(
            "spawn(n_children)",
            doc: "A list of n_children new, independent objects of the same kind (from spawned seed sequences)."
        ) { this, args throws(PythonError) in
            .list(ListObject(try this.spawn(try args.int("n_children") ?? 0).map { .object($0) }))
        },
    ])

    var attributeNames: [String] {
        ["entropy", "spawn_key", "pool_size", "n_children_spawned"] + Self.methods.keys
    }

    /// `spawn(n)`: children keyed by this sequence's key and their number.
    func spawn(_ count: Int) throws(PythonError) -> [SeedSequenceObject] {
        if count < 0 { throw .overflow("can't convert negative value to uint32_t") }
        let children = (childrenSpawned..<(childrenSpawned + count)).map {
            SeedSequenceObject(entropy: entropy, words: sequence.entropy, spawnKey: spawnKey + [$0])
        }
        childrenSpawned += count
        return children
    }

    static func array(_ values: [UInt64], _ dtype: DType) throws(PythonError) -> NDArray {
        try NDArray.from(scalars: values.map { Scalar(.uint($0), as: dtype) }, shape: [values.count], dtype: dtype)
    }
}
