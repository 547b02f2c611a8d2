/// NumPy's default bit generator: PCG XSL RR 128/64, a 128-bit linear
/// congruential generator whose output function xors the two halves of the
/// state and rotates the result by the state's top six bits.
public final class PCG64: BitGenerator {
    private static let multiplier: UInt128 = (2_549_297_995_355_413_924 << 64) | 4_865_540_595_714_422_341

    public private(set) var state: UInt128
    public let increment: UInt128
    /// The high half of the last 64-bit draw, kept for the next 32-bit draw.
    private var bufferedHalf: UInt32?

    /// Seeds as `PCG64(seed_seq)` does: four 64-bit words, the first two the
    /// initial state, the last two the stream (made odd).
    public convenience init(seedSequence: SeedSequence) {
        let words = seedSequence.generateState64(count: 4)
        self.init(initialState: UInt128(words[0]) << 64 | UInt128(words[1]),
                  stream: UInt128(words[2]) << 64 | UInt128(words[3]))
    }

    /// PCG's `srandom_r`: step from zero, add the initial state, step again.
    public init(initialState: UInt128, stream: UInt128) {
        increment = stream << 1 | 1
        state = 0
        step()
        state &+= initialState
        step()
    }

    @inline(__always)
    private func step() {
        state = state &* Self.multiplier &+ increment
    }

    /// Advance, then output from the new state.
    @inline(__always)
    public func nextUInt64() -> UInt64 {
        step()
        let high = UInt64(truncatingIfNeeded: state >> 64), low = UInt64(truncatingIfNeeded: state)
        let value = high ^ low, rotation = high &>> 58
        // Masking shifts (`&>>`, `&<<`) take the amount mod 64, so a rotation of 0 is the identity.
        return value &>> rotation | value &<< (0 &- rotation)
    }

    /// The low half of a fresh 64-bit draw, then its high half on the next call.
    public func nextUInt32() -> UInt32 {
        if let half = bufferedHalf {
            bufferedHalf = nil
            return half
        }
        let draw = nextUInt64()
        bufferedHalf = UInt32(truncatingIfNeeded: draw >> 32)
        return UInt32(truncatingIfNeeded: draw)
    }

    /// The top 53 bits of a 64-bit draw, scaled to [0, 1).
    public func nextDouble() -> Double {
        Double(nextUInt64() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }
}
