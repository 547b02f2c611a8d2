/// NumPy's default bit generator: PCG XSL RR 128/64, a 128-bit linear
/// congruential generator whose output function xors the two halves of the
/// state and rotates the result by the state's top six bits.
public final class PCG64: BitGenerator {
    private static let multiplier: UInt128 = (2_549_297_995_355_413_924 << 64) | 4_865_540_595_714_422_341

    // The state is read and written on every draw: dynamic exclusivity checks
    // would cost more than the draw itself, and nothing here re-enters.
    @exclusivity(unchecked) public private(set) var state: UInt128
    @exclusivity(unchecked) public private(set) var increment: UInt128
    /// The high half of the last 64-bit draw, and whether the next 32-bit draw
    /// takes it (NumPy's `uinteger` and `has_uint32`: the half stays after use).
    @exclusivity(unchecked) public private(set) var bufferedHalf: UInt32 = 0
    @exclusivity(unchecked) public private(set) var hasBufferedHalf = false

    /// Seeds as `PCG64(seed_seq)` does: four 64-bit words, the first two the
    /// initial state, the last two the stream (made odd).
    public convenience init(seedSequence: SeedSequence) {
        let words = seedSequence.generateState64(count: 4)
        self.init(
            initialState: UInt128(words[0]) << 64 | UInt128(words[1]),
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

    /// `bit_generator.state = ...`: the LCG state and increment as given (the
    /// increment is not made odd again, as NumPy's setter leaves it), and the half.
    public func restore(state newState: UInt128, increment newIncrement: UInt128, half: UInt32, hasHalf: Bool) {
        state = newState
        increment = newIncrement
        bufferedHalf = half
        hasBufferedHalf = hasHalf
    }

    @inline(__always)
    private func step() {
        state = state &* Self.multiplier &+ increment
    }

    /// Advance, then output from the new state.
    @inline(__always)
    public func nextUInt64() -> UInt64 {
        step()
        let high = UInt64(truncatingIfNeeded: state >> 64)
        let low = UInt64(truncatingIfNeeded: state)
        let value = high ^ low
        let rotation = high &>> 58
        // Masking shifts (`&>>`, `&<<`) take the amount mod 64, so a rotation of 0 is the identity.
        return value &>> rotation | value &<< (0 &- rotation)
    }

    /// The low half of a fresh 64-bit draw, then its high half on the next call.
    public func nextUInt32() -> UInt32 {
        if hasBufferedHalf {
            hasBufferedHalf = false
            return bufferedHalf
        }
        let draw = nextUInt64()
        bufferedHalf = UInt32(truncatingIfNeeded: draw >> 32)
        hasBufferedHalf = true
        return UInt32(truncatingIfNeeded: draw)
    }

    /// The top 53 bits of a 64-bit draw, scaled to [0, 1).
    public func nextDouble() -> Double {
        Double(nextUInt64() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }
}
