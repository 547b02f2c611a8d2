/// NumPy's `SeedSequence`: mixes entropy words into a pool, then hashes the pool
/// out into as many state words as a bit generator needs.
///
/// This is O'Neill's `seed_seq` alternative as NumPy adapted it: a pool of four
/// 32-bit words (128 bits), `hashmix` with a multiplier that changes on every
/// call, and `mix` to let every word affect every other.
public struct SeedSequence: Sendable {
    /// The entropy as 32-bit words, least significant first (`_coerce_to_uint32_array`).
    public let entropy: [UInt32]
    /// The position in a tree of spawned sequences; empty for a root.
    public let spawnKey: [UInt32]
    public let pool: [UInt32]

    /// NumPy's default pool size, 128 bits.
    public static let defaultPoolSize = 4

    private static let initA: UInt32 = 0x43b0_d7e5
    private static let multA: UInt32 = 0x931e_8875
    private static let initB: UInt32 = 0x8b51_f9dd
    private static let multB: UInt32 = 0x58f3_8ded
    private static let mixMultL: UInt32 = 0xca01_f9dd
    private static let mixMultR: UInt32 = 0x4973_f715
    private static let xshift: UInt32 = 16

    /// Mixes `entropy` (and a spawn key, zero-padding the entropy to the pool
    /// size first when there is one, as NumPy does since 1.19).
    public init(entropy: [UInt32], spawnKey: [UInt32] = []) {
        self.entropy = entropy
        self.spawnKey = spawnKey
        var assembled = entropy
        if !spawnKey.isEmpty && assembled.count < Self.defaultPoolSize {
            assembled += [UInt32](repeating: 0, count: Self.defaultPoolSize - assembled.count)
        }
        assembled += spawnKey
        self.pool = Self.mix(assembled, poolSize: Self.defaultPoolSize)
    }

    /// A sequence from a non-negative integer of any size, split into 32-bit words.
    public init<T: BinaryInteger>(integer: T) {
        self.init(entropy: Self.words(of: integer))
    }

    /// A sequence from 128 bits of operating-system entropy (`SeedSequence()`).
    public static func fresh() -> SeedSequence {
        SeedSequence(entropy: SystemEntropy.words(count: defaultPoolSize))
    }

    /// `_int_to_uint32_array`: the 32-bit words of `value`, least significant first;
    /// zero is one word.
    public static func words<T: BinaryInteger>(of value: T) -> [UInt32] {
        var rest = value
        var words: [UInt32] = []
        repeat {
            words.append(UInt32(truncatingIfNeeded: rest))
            rest >>= 32
        } while rest > 0
        return words
    }

    /// `generate_state(n, np.uint32)`.
    public func generateState32(count: Int) -> [UInt32] {
        var hashConst = Self.initB
        var state = [UInt32](repeating: 0, count: count)
        for i in 0..<count {
            var value = pool[i % pool.count]
            value ^= hashConst
            hashConst &*= Self.multB
            value &*= hashConst
            value ^= value >> Self.xshift
            state[i] = value
        }
        return state
    }

    /// `generate_state(n, np.uint64)`: twice the 32-bit words, paired little-endian.
    public func generateState64(count: Int) -> [UInt64] {
        let words = generateState32(count: 2 * count)
        return (0..<count).map { UInt64(words[2 * $0]) | UInt64(words[2 * $0 + 1]) << 32 }
    }

    // MARK: - Mixing

    private static func hashmix(_ value: UInt32, _ hashConst: inout UInt32) -> UInt32 {
        var value = value ^ hashConst
        hashConst &*= multA
        value &*= hashConst
        return value ^ (value >> xshift)
    }

    private static func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
        let result = mixMultL &* x &- mixMultR &* y
        return result ^ (result >> xshift)
    }

    /// `mix_entropy`: fill the pool, mix every word into every other, then fold
    /// in any entropy beyond the pool size.
    private static func mix(_ entropy: [UInt32], poolSize: Int) -> [UInt32] {
        var hashConst = initA
        var pool = [UInt32](repeating: 0, count: poolSize)
        for i in 0..<poolSize {
            pool[i] = hashmix(i < entropy.count ? entropy[i] : 0, &hashConst)
        }
        for source in 0..<poolSize {
            for target in 0..<poolSize where source != target {
                pool[target] = mix(pool[target], hashmix(pool[source], &hashConst))
            }
        }
        for source in poolSize..<max(poolSize, entropy.count) {
            for target in 0..<poolSize {
                pool[target] = mix(pool[target], hashmix(entropy[source], &hashConst))
            }
        }
        return pool
    }
}
