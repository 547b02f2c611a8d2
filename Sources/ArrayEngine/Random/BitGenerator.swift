/// A source of uniformly random bits, the role NumPy's `bitgen_t` plays.
///
/// Distributions only ever ask for these three draws, so a stream is fixed by
/// how each generator answers them: PCG64 serves 32-bit draws from both halves
/// of one 64-bit output, MT19937 makes a 64-bit draw from two 32-bit ones, and
/// each has its own way of making a double.
public protocol BitGenerator: AnyObject {
    /// 64 random bits.
    func nextUInt64() -> UInt64
    /// 32 random bits.
    func nextUInt32() -> UInt32
    /// A double in [0, 1) with 53 random bits.
    func nextDouble() -> Double
}

extension BitGenerator {
    /// A float in [0, 1) from the top 24 bits of a 32-bit draw (NumPy's `next_float`).
    @inline(__always)
    func nextFloat() -> Float {
        Float(nextUInt32() >> 8) * (1.0 / 16_777_216.0)
    }
}
