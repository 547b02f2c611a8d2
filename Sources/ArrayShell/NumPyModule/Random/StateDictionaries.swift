import ArrayEngine
import BigInt

/// The `state` dicts of the bit generators (`bit_generator.state`,
/// `get_state(legacy=False)`), read and written as NumPy's setters read them.
enum StateDictionaries {
    /// PCG64: `{'bit_generator': 'PCG64', 'state': {'state': s, 'inc': i}, 'has_uint32': h, 'uinteger': u}`.
    static func pcg64(_ bits: PCG64) throws(PythonError) -> Value {
        try dict([
            ("bit_generator", .string("PCG64")),
            ("state", try dict([("state", integer(bits.state)), ("inc", integer(bits.increment))])),
            ("has_uint32", .int(bits.hasBufferedHalf ? 1 : 0)),
            ("uinteger", .int(Int(bits.bufferedHalf))),
        ])
    }

    /// MT19937: `{'bit_generator': 'MT19937', 'state': {'key': uint32 array, 'pos': p}}`.
    static func mt19937(_ bits: MT19937) throws(PythonError) -> Value {
        let (key, position) = bits.state
        let words = try SeedSequenceObject.array(key.map { UInt64($0) }, .uint32)
        return try dict([
            ("bit_generator", .string("MT19937")),
            ("state", try dict([("key", .array(words)), ("pos", .int(position))])),
        ])
    }

    static func restore(_ bits: PCG64, from value: Value) throws(PythonError) {
        guard case .dict(let given) = value else { throw .type("state must be a dict") }
        try checkName(given, "PCG64", noun: "RNG")
        let inner = try item(.dict(given), "state")
        let state = try uint128(try item(inner, "state"))
        let increment = try uint128(try item(inner, "inc"))
        let has = try Convert.truth(try item(.dict(given), "has_uint32"))
        let half = UInt32(truncatingIfNeeded: try Convert.index(try item(.dict(given), "uinteger")))
        bits.restore(state: state, increment: increment, half: half, hasHalf: has)
    }

    /// MT19937's setter also takes the legacy tuple `('MT19937', key, pos[, has_gauss, gauss])`.
    static func restore(_ bits: MT19937, from value: Value) throws(PythonError) {
        var state = value
        if case .tuple(let items) = value {
            guard case .string("MT19937")? = items.first, items.count == 3 || items.count == 5 else {
                throw .value("state is not a legacy MT19937 state")
            }
            state = try dict([
                ("bit_generator", .string("MT19937")), ("state", try dict([("key", items[1]), ("pos", items[2])])),
            ])
        }
        guard case .dict(let given) = state else { throw .type("state must be a dict") }
        try checkName(given, "MT19937", noun: "PRNG")
        let inner = try item(state, "state")
        let key = try item(inner, "key")
        let position = try Convert.index(try item(inner, "pos"))
        let words = try Convert.array(key).elements()
        guard words.count >= 624 else {
            if case .array = key {
                throw .index("index \(words.count) is out of bounds for axis 0 with size \(words.count)")
            }
            throw .index("\(key.typeName) index out of range")
        }
        try bits.restore(
            key: words.prefix(624).map { UInt32(truncatingIfNeeded: $0.exactInteger ?? 0) }, position: position)
    }

    // MARK: - Pieces

    static func dict(_ pairs: [(String, Value)]) throws(PythonError) -> Value {
        .dict(try DictObject(pairs.map { (.string($0.0), $0.1) }))
    }

    /// `value[key]`, with Python's KeyError and TypeError.
    static func item(_ value: Value, _ key: String) throws(PythonError) -> Value {
        guard case .dict(let dict) = value else { throw .type("'\(value.typeName)' object is not subscriptable") }
        guard let found = try dict.get(.string(key)) else { throw PythonError("KeyError", Repr.quoted(key)) }
        return found
    }

    private static func checkName(_ dict: DictObject, _ name: String, noun: String) throws(PythonError) {
        guard case .string(name)? = try dict.get(.string("bit_generator")) else {
            throw .value("state must be for a \(name) \(noun)")
        }
    }

    static func integer(_ value: UInt128) -> Value {
        .integer(BigInt(UInt64(truncatingIfNeeded: value >> 64)) << 64 | BigInt(UInt64(truncatingIfNeeded: value)))
    }

    private static func uint128(_ value: Value) throws(PythonError) -> UInt128 {
        guard let big = value.bigIntValue else {
            throw .type("'\(value.typeName)' object cannot be interpreted as an integer")
        }
        guard big >= 0, big.magnitude.bitWidth <= 128 else {
            throw .overflow("Python int too large to convert to C unsigned long")
        }
        let low = UInt64(truncatingIfNeeded: big & BigInt(UInt64.max))
        let high = UInt64(truncatingIfNeeded: (big >> 64) & BigInt(UInt64.max))
        return UInt128(high) << 64 | UInt128(low)
    }
}
