import Foundation
import Testing
@testable import ArrayEngine

/// The fast paths of the kernels give exactly what the plain loops (or the C
/// library) give: same bits, same errors.
@Suite("Kernel fast paths")
struct KernelFastPathTests {
    /// A deterministic stream of doubles covering every exponent and sign.
    static func doubles(_ count: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(bitPattern: state)
        }
    }

    static let specials: [Double] = [0, -0.0, 1, -1, 3, -3, 0.1, 1e-310, -1e-310, 5e-324, .greatestFiniteMagnitude,
                                     -.greatestFiniteMagnitude, .infinity, -.infinity, .nan, 2.5, 1e16, 4503599627370497]

    @Test("FloatMath.fmod equals C's fmod bit for bit")
    func fmodMatchesTheCLibrary() {
        var pairs: [(Double, Double)] = []
        for x in Self.specials { for y in Self.specials { pairs.append((x, y)) } }
        let xs = Self.doubles(20_000, seed: 1), ys = Self.doubles(20_000, seed: 2)
        pairs += zip(xs, ys).map { ($0, $1) }
        // Nearby magnitudes, where the quotient is small and the fast path runs.
        pairs += zip(xs, ys).map { x, y in (x, y.isFinite && x.isFinite ? (y.significand * 2) * pow(2, Double(x.exponent - 3)) : y) }
        pairs += (0..<5000).map { (Double($0) * 1.37 + 0.11, 3.0) }
        pairs += (0..<5000).map { (-Double($0) / 7, 0.1) }
        for (x, y) in pairs {
            let fast = FloatMath.fmod(x, y), slow = Foundation.fmod(x, y)
            #expect(fast.bitPattern == slow.bitPattern || (fast.isNaN && slow.isNaN), "fmod(\(x), \(y)): \(fast) != \(slow)")
        }
    }
}
