import Foundation

/// Integer arithmetic with NumPy's semantics: Python-style floor division and
/// modulo, wrap-around, and division by zero giving 0 with the FPU's
/// divide-by-zero flag raised (which becomes NumPy's RuntimeWarning).
enum IntegerMath {
    @inline(__always)
    static func floorDivide<T: FixedWidthInteger>(_ x: T, _ y: T) -> T {
        if y == 0 {
            FloatingPointStatus.raiseDivideByZero()
            return 0
        }
        if T.isSigned, y == -1 { return 0 &- x }
        let q = x / y
        return (x % y != 0) && ((x < 0) != (y < 0)) ? q - 1 : q
    }

    @inline(__always)
    static func remainder<T: FixedWidthInteger>(_ x: T, _ y: T) -> T {
        if y == 0 {
            FloatingPointStatus.raiseDivideByZero()
            return 0
        }
        if T.isSigned, y == -1 { return 0 }
        let r = x % y
        return r != 0 && ((r < 0) != (y < 0)) ? r + y : r
    }

    @inline(__always)
    static func power<T: FixedWidthInteger>(_ base: T, _ exponent: T) -> T {
        var result: T = 1
        var factor = base
        var e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result &* factor }
            factor = factor &* factor
            e >>= 1
        }
        return result
    }

    @inline(__always)
    static func shiftLeft<T: FixedWidthInteger>(_ x: T, _ y: T) -> T {
        y < 0 || y >= T.bitWidth ? 0 : x << y
    }

    @inline(__always)
    static func shiftRight<T: FixedWidthInteger>(_ x: T, _ y: T) -> T {
        y < 0 || y >= T.bitWidth ? (x < 0 ? -1 : 0) : x >> y
    }
}

/// Floating-point floor division, modulo and power as NumPy's `npy_divmod` computes them.
enum FloatMath {
    @inline(__always)
    static func floorDivide<T: FloatElement>(_ a: T, _ b: T) -> T { divmod(a, b).quotient }

    @inline(__always)
    static func remainder<T: FloatElement>(_ a: T, _ b: T) -> T { divmod(a, b).remainder }

    @inline(__always)
    static func power<T: FloatElement>(_ a: T, _ b: T) -> T {
        T.self == Float.self ? T(Float(powf(Float(a.asDouble), Float(b.asDouble)))) : T(pow(a.asDouble, b.asDouble))
    }

    /// C's `fmod`, exactly, without glibc's bit-by-bit long division.
    ///
    /// When the quotient Q = floor(|x|/|y|) is below 2^52, the rounded division
    /// gives Q or Q + 1; |x| - q|y| is then a multiple of |y|'s last bit smaller
    /// than |y|, so representable, and one fused multiply-add computes it exactly
    /// (adding |y| back when q was Q + 1 is exact for the same reason). Other
    /// cases (huge quotients, zeros, infinities, NaN) go to the C library.
    /// NumPy's loop is as fast: GCC inlines the x87 `fprem` instruction there.
    @inline(__always)
    static func fmod(_ x: Double, _ y: Double) -> Double {
        let ax = abs(x)
        let ay = abs(y)
        guard ax.isFinite, ay.isNormal || ay.isSubnormal else { return Foundation.fmod(x, y) }
        if ax < ay { return x }
        // Exponents at most 51 apart: the quotient is below 2^52 and the division cannot overflow.
        guard ax.exponent - ay.exponent <= 51 else { return Foundation.fmod(x, y) }
        let q = (ax / ay).rounded(.towardZero)
        var r = ax.addingProduct(-q, ay)
        if r < 0 { r += ay }
        return r == 0 ? (x.sign == .minus ? -0.0 : 0.0) : (x.sign == .minus ? -r : r)
    }

    @inline(__always)
    static func divmod<T: FloatElement>(_ a: T, _ b: T) -> (quotient: T, remainder: T) {
        let x = a.asDouble
        let y = b.asDouble
        var mod = FloatMath.fmod(x, y)
        if y == 0 { return (T(x / y), T(mod)) }
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = copysign(0, y)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = div.rounded(.down)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, x / y)
        }
        return (T(floorDiv), T(mod))
    }
}
