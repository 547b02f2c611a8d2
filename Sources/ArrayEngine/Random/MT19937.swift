/// The Mersenne Twister behind NumPy's legacy `RandomState` and `np.random.seed`.
///
/// Seeding follows NumPy's `_legacy_seeding`: an integer goes through Knuth's
/// `init_genrand` recurrence, an array through `init_by_array`, and state from a
/// `SeedSequence` keeps NumPy's quirk of starting at position 623.
public final class MT19937: BitGenerator {
    static let stateLength = 624
    private static let shift = 397
    private static let matrixA: UInt32 = 0x9908_b0df
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7fff_ffff

    // Read and written on every draw; unchecked as PCG64's state is.
    @exclusivity(unchecked) private var key: [UInt32]
    @exclusivity(unchecked) private var position: Int

    /// `RandomState(seed)` / `np.random.seed(seed)` for an integer in [0, 2**32).
    public init(legacySeed seed: UInt32) {
        key = [UInt32](repeating: 0, count: Self.stateLength)
        key[0] = seed
        for i in 1..<Self.stateLength {
            key[i] = 1_812_433_253 &* (key[i - 1] ^ (key[i - 1] >> 30)) &+ UInt32(i)
        }
        position = Self.stateLength
    }

    /// `RandomState([a, b, ...])`: Matsumoto and Nishimura's `init_by_array`.
    public convenience init(legacyKey initKey: [UInt32]) {
        self.init(legacySeed: 19_650_218)
        let n = Self.stateLength
        var i = 1
        var j = 0
        for _ in 0..<max(n, initKey.count) {
            key[i] =
                (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_664_525)) &+ initKey[j]
                &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= n {
                key[0] = key[n - 1]
                i = 1
            }
            if j >= initKey.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n {
                key[0] = key[n - 1]
                i = 1
            }
        }
        key[0] = 0x8000_0000
    }

    /// `MT19937(seed_seq)`: 624 words from the sequence, the first replaced by a
    /// set top bit; NumPy leaves the position at 623, so the first draw tempers
    /// the last word before the state is regenerated.
    public init(seedSequence: SeedSequence) {
        key = seedSequence.generateState32(count: Self.stateLength)
        key[0] = 0x8000_0000
        position = Self.stateLength - 1
    }

    /// The 624 state words and the position of the next one (`get_state()`).
    public var state: (key: [UInt32], position: Int) { (key, position) }

    /// `set_state(...)`: NumPy reads the position as given; one outside the state
    /// (C would read past it) is taken as "regenerate first".
    public func restore(key newKey: [UInt32], position newPosition: Int) throws(PythonError) {
        guard newKey.count == Self.stateLength else { throw .value("state must hold \(Self.stateLength) words") }
        key = newKey
        position = (0...Self.stateLength).contains(newPosition) ? newPosition : Self.stateLength
    }

    /// Regenerates all 624 words (the twist), in place: words past the shift
    /// read words already regenerated, as the reference implementation does.
    private func twist() {
        let n = Self.stateLength
        let m = Self.shift
        key.withUnsafeMutableBufferPointer { words in
            func mixed(_ i: Int, _ next: Int, _ far: Int) -> UInt32 {
                let y = (words[i] & Self.upperMask) | (words[next] & Self.lowerMask)
                return words[far] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : Self.matrixA)
            }
            for i in 0..<(n - m) { words[i] = mixed(i, i + 1, i + m) }
            for i in (n - m)..<(n - 1) { words[i] = mixed(i, i + 1, i + m - n) }
            words[n - 1] = mixed(n - 1, 0, m - 1)
        }
        position = 0
    }

    public func nextUInt32() -> UInt32 {
        if position == Self.stateLength { twist() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// Two 32-bit draws, the first as the high half.
    public func nextUInt64() -> UInt64 {
        let high = UInt64(nextUInt32())
        return high << 32 | UInt64(nextUInt32())
    }

    /// 27 bits from one draw and 26 from the next: `(a * 2**26 + b) / 2**53`.
    public func nextDouble() -> Double {
        let a = Double(nextUInt32() >> 5)
        let b = Double(nextUInt32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }
}
