import CComplexMath
import Foundation

/// The less common element-wise functions (`expm1`, `logaddexp`, `gcd`, `spacing`, ...)
/// computed as NumPy's `npy_math` and `funcs.inc.src` compute them: the C library's
/// functions in the element's own precision, and NumPy's formulas where it has its own.
enum ElementaryMath {
    /// A C library function of one real, `float` version for float32 elements.
    static func library<T: FloatElement>(_ f64: @escaping (Double) -> Double, _ f32: @escaping (Float) -> Float)
        -> (T) -> T
    {
        T.self == Float.self ? { x in T(f32(Float(x.asDouble))) } : { x in T(f64(x.asDouble)) }
    }

    /// A C library function of two reals, `float` version for float32 elements.
    static func library<T: FloatElement>(
        _ f64: @escaping (Double, Double) -> Double, _ f32: @escaping (Float, Float) -> Float
    ) -> (T, T) -> T {
        T.self == Float.self
            ? { x, y in T(f32(Float(x.asDouble), Float(y.asDouble))) } : { x, y in T(f64(x.asDouble, y.asDouble)) }
    }

    /// The unary functions of `UnaryOperation` this file computes, for float32 and float64.
    static func unary<T: FloatElement>(_ op: UnaryOperation, _: T.Type) -> ((T) -> T)? {
        let single = T.self == Float.self
        switch op {
        case .arccosh: return library(Foundation.acosh, Foundation.acoshf)
        case .arcsinh: return library(Foundation.asinh, Foundation.asinhf)
        case .arctanh: return library(Foundation.atanh, Foundation.atanhf)
        case .cbrt: return library(Foundation.cbrt, Foundation.cbrtf)
        case .exp2: return library(Foundation.exp2, Foundation.exp2f)
        case .expm1: return library(Foundation.expm1, Foundation.expm1f)
        case .log1p: return library(Foundation.log1p, Foundation.log1pf)
        case .fabs: return { Swift.abs($0) }
        case .reciprocal: return { 1 / $0 }
        // NumPy multiplies by pi/180 (or 180/pi) rounded in the element's precision.
        // (Swift's Float.pi is rounded down; C's float pi, to the nearest.)
        case .deg2rad, .radians:
            let factor = single ? T(Float(Double.pi) / 180) : T(Double.pi / 180)
            return { $0 * factor }
        case .rad2deg, .degrees:
            let factor = single ? T(180 / Float(Double.pi)) : T(180 / Double.pi)
            return { $0 * factor }
        case .spacing: return spacing
        default: return nil
        }
    }

    /// The distance to the next representable number away from zero (`npy_spacing`):
    /// NaN for infinities and NaN, infinity with an overflow past the largest finite.
    static func spacing<T: FloatElement>(_ x: T) -> T {
        if !x.isFinite { return .nan }
        let next = x < 0 ? x.nextDown : x.nextUp
        if next.isInfinite {
            FloatingPointStatus.raiseOverflow()
            return next
        }
        return next - x
    }

    /// `npy_half_spacing`, on the bits: always positive, the step below |x| for a negative
    /// power of two and above |x| otherwise; invalid for infinities and NaN.
    static func halfSpacing(_ x: Float16) -> Float16 {
        let bits = x.bitPattern
        let exponent = bits & 0x7c00
        let significand = bits & 0x03ff
        if exponent == 0x7c00 {
            FloatingPointStatus.raiseInvalid()
            return .nan
        }
        if bits == 0x7bff {
            FloatingPointStatus.raiseOverflow()
            return .infinity
        }
        // The step's exponent is the element's less 10 (11 for a negative power of two).
        let shift: UInt16 = bits & 0x8000 != 0 && significand == 0 ? 0x2c00 : 0x2800
        if exponent > shift { return Float16(bitPattern: exponent - shift) }
        if exponent > 0x0400 { return Float16(bitPattern: 1 << ((exponent >> 10) - (shift == 0x2c00 ? 2 : 1))) }
        return Float16(bitPattern: 1)
    }

    /// `nextafter` for float16, which the C library lacks (`npy_half_nextafter`).
    static func nextAfter(_ x: Float16, _ y: Float16) -> Float16 {
        if x.isNaN || y.isNaN { return .nan }
        if x == y { return y }
        let next = x < y ? x.nextUp : x.nextDown
        if next.isInfinite { FloatingPointStatus.raiseOverflow() }
        return next
    }

    /// log(exp(x) + exp(y)) without overflow (`npy_logaddexp`).
    static func logAddExp<T: FloatElement>(_ x: T, _ y: T) -> T {
        if x == y { return x + T(0.693147180559945309417232121458176568) }
        let log1p: (T) -> T = library(Foundation.log1p, Foundation.log1pf)
        let exp: (T) -> T = library(Foundation.exp, Foundation.expf)
        let difference = x - y
        if difference > 0 { return x + log1p(exp(-difference)) }
        if difference <= 0 { return y + log1p(exp(difference)) }
        return nanCompared(difference)
    }

    /// NumPy's C compares the NaN difference with `>`, which raises the invalid flag.
    private static func nanCompared<T: FloatElement>(_ nan: T) -> T {
        FloatingPointStatus.raiseInvalid()
        return nan
    }

    /// log2(2**x + 2**y) without overflow (`npy_logaddexp2`).
    static func logAddExp2<T: FloatElement>(_ x: T, _ y: T) -> T {
        if x == y { return x + 1 }
        let log1p: (T) -> T = library(Foundation.log1p, Foundation.log1pf)
        let exp2: (T) -> T = library(Foundation.exp2, Foundation.exp2f)
        let log2e = T(1.442695040888963407359924681001892137)
        let difference = x - y
        if difference > 0 { return x + log2e * log1p(exp2(-difference)) }
        if difference <= 0 { return y + log2e * log1p(exp2(difference)) }
        return nanCompared(difference)
    }

    /// The step function: 0 below zero, `h0` at zero, 1 above, NaN for NaN (`npy_heaviside`).
    static func heaviside<T: FloatElement>(_ x: T, _ h0: T) -> T {
        if x.isNaN { return .nan }
        if x == 0 { return h0 }
        return x < 0 ? 0 : 1
    }

    // MARK: - Integers

    /// C's `%` with NumPy's zero check: 0 and the divide-by-zero flag for a zero divisor.
    static func fmod<T: FixedWidthInteger>(_ x: T, _ y: T) -> T {
        if y == 0 {
            FloatingPointStatus.raiseDivideByZero()
            return 0
        }
        return x.remainderReportingOverflow(dividingBy: y).partialValue
    }

    /// The greatest common divisor of the magnitudes (Euclid's algorithm, as `npy_gcd`).
    static func gcd<T: FixedWidthInteger>(_ x: T, _ y: T) -> T {
        var a = x.magnitude
        var b = y.magnitude
        while b != 0 { (a, b) = (b, a % b) }
        return T(truncatingIfNeeded: a)
    }

    /// The least common multiple of the magnitudes, 0 when either is 0 (`npy_lcm`).
    static func lcm<T: FixedWidthInteger>(_ x: T, _ y: T) -> T {
        let divisor = gcd(x, y)
        if divisor == 0 { return 0 }
        let a = x.magnitude / divisor.magnitude
        return T(truncatingIfNeeded: a &* y.magnitude)
    }

    /// 1/x computed in double and cast back, as NumPy's integer loop does (`1.0/in`).
    static func reciprocal<T: IntegerElement>(_ x: T) -> T { T(casting: 1.0 / x.asDouble) }

    /// The number of 1 bits of the magnitude.
    static func bitCount<T: FixedWidthInteger>(_ x: T) -> UInt8 { UInt8(x.magnitude.nonzeroBitCount) }

    // MARK: - Complex numbers

    /// The complex functions of this file, by NumPy's formulas (`nc_exp2`, `nc_expm1`,
    /// `nc_log1p`) and its reciprocal loop (Smith's division of 1 by z).
    static func complex<R: FloatElement>(_ op: UnaryOperation, _: Complex<R>.Type) -> ((Complex<R>) -> Complex<R>)? {
        typealias C = Complex<R>
        let sin: (R) -> R = library(Foundation.sin, Foundation.sinf)
        let cos: (R) -> R = library(Foundation.cos, Foundation.cosf)
        let exp: (R) -> R = library(Foundation.exp, Foundation.expf)
        switch op {
        case .arccosh: return { ComplexMath.function(ArrshComplexArccosh, $0) }
        case .arcsinh: return { ComplexMath.function(ArrshComplexArcsinh, $0) }
        case .arctanh: return { ComplexMath.function(ArrshComplexArctanh, $0) }
        case .exp2:
            return { z in
                ComplexMath.function(ArrshComplexExp, ComplexMath.scaled(z, by: 0.693147180559945309417232121458176568))
            }
        case .expm1:
            let expm1: (R) -> R = library(Foundation.expm1, Foundation.expm1f)
            return { z in
                let a = sin(z.imaginary / 2)
                return C(expm1(z.real) * cos(z.imaginary) - 2 * a * a, exp(z.real) * sin(z.imaginary))
            }
        case .log1p:
            let hypot: (R, R) -> R = library(Foundation.hypot, Foundation.hypotf)
            let atan2: (R, R) -> R = library(Foundation.atan2, Foundation.atan2f)
            let log: (R) -> R = library(Foundation.log, Foundation.logf)
            return { z in C(log(hypot(z.real + 1, z.imaginary)), atan2(z.imaginary, z.real + 1)) }
        case .reciprocal:
            return { z in
                if Swift.abs(z.imaginary) <= Swift.abs(z.real) {
                    let r = z.imaginary / z.real
                    let d = z.real + z.imaginary * r
                    return C(1 / d, -r / d)
                }
                let r = z.real / z.imaginary
                let d = z.real * r + z.imaginary
                return C(r / d, -1 / d)
            }
        default: return nil
        }
    }
}
