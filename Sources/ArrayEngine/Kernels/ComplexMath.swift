import CComplexMath
import Foundation

/// Complex arithmetic exactly as NumPy's loops compute it.
///
/// Array multiplication fuses the multiply-adds (NumPy's SIMD loop on this
/// machine), while NumPy's scalars multiply plainly; division is Smith's
/// algorithm as in NumPy's `CDOUBLE_divide`; the elementary functions are the
/// C library's, which NumPy calls.
enum ComplexMath {
    @inline(__always)
    static func multiply<R: FloatElement>(_ a: Complex<R>, _ b: Complex<R>, fused: Bool) -> Complex<R> {
        if fused {
            return Complex(
                (-(a.imaginary * b.imaginary)).addingProduct(a.real, b.real),
                (a.imaginary * b.real).addingProduct(a.real, b.imaginary))
        }
        return Complex(a.real * b.real - a.imaginary * b.imaginary, a.real * b.imaginary + a.imaginary * b.real)
    }

    @inline(__always)
    static func divide<R: FloatElement>(_ a: Complex<R>, _ b: Complex<R>) -> Complex<R> {
        let absReal = Swift.abs(b.real)
        let absImaginary = Swift.abs(b.imaginary)
        if absReal >= absImaginary {
            if absReal == 0 && absImaginary == 0 {
                // Division by zero gives a complex inf or nan.
                return Complex(a.real / absReal, a.imaginary / absReal)
            }
            let ratio = b.imaginary / b.real
            let scale = 1 / (b.real + b.imaginary * ratio)
            return Complex((a.real + a.imaginary * ratio) * scale, (a.imaginary - a.real * ratio) * scale)
        }
        let ratio = b.real / b.imaginary
        let scale = 1 / (b.imaginary + b.real * ratio)
        return Complex((a.real * ratio + a.imaginary) * scale, (a.imaginary * ratio - a.real) * scale)
    }

    /// NumPy's `npy_cpow`: small integer exponents by repeated multiplication, the rest by `cpow`.
    static func power<R: FloatElement>(_ a: Complex<R>, _ b: Complex<R>, fused: Bool) -> Complex<R> {
        if b.real == 0 && b.imaginary == 0 { return Complex(1, 0) }
        if a.real == 0 && a.imaginary == 0 {
            if b.real > 0 && b.imaginary == 0 { return Complex(0, 0) }
            FloatingPointStatus.raiseInvalid()
            return Complex(.nan, .nan)
        }
        if b.imaginary == 0, b.real.magnitude < 100, b.real == b.real.rounded(.towardZero) {
            var n = Int(b.real.asDouble)
            switch n {
            case 1: return a
            case 2: return multiply(a, a, fused: fused)
            case 3: return multiply(a, multiply(a, a, fused: fused), fused: fused)
            default:
                n = Swift.abs(n)
                var result = Complex<R>(1, 0)
                var p = a
                var mask = 1
                while true {
                    if n & mask != 0 { result = multiply(result, p, fused: fused) }
                    mask <<= 1
                    if n < mask { break }
                    p = multiply(p, p, fused: fused)
                }
                return b.real < 0 ? divide(Complex(1, 0), result) : result
            }
        }
        var real: R = 0
        var imaginary: R = 0
        if R.self == Float.self {
            var x: Float = 0
            var y: Float = 0
            arrsh_complex_pow_float(
                Float(a.real.asDouble), Float(a.imaginary.asDouble), Float(b.real.asDouble),
                Float(b.imaginary.asDouble), &x, &y)
            (real, imaginary) = (R(x), R(y))
        } else {
            var x = 0.0
            var y = 0.0
            arrsh_complex_pow_double(
                a.real.asDouble, a.imaginary.asDouble, b.real.asDouble, b.imaginary.asDouble, &x, &y)
            (real, imaginary) = (R(x), R(y))
        }
        return Complex(real, imaginary)
    }

    /// One of the C library's functions, in the precision of the parts.
    static func function<R: FloatElement>(_ function: ArrshComplexFunction, _ z: Complex<R>) -> Complex<R> {
        if R.self == Float.self {
            var x: Float = 0
            var y: Float = 0
            arrsh_complex_float(function, Float(z.real.asDouble), Float(z.imaginary.asDouble), &x, &y)
            return Complex(R(x), R(y))
        }
        var x = 0.0
        var y = 0.0
        arrsh_complex_double(function, z.real.asDouble, z.imaginary.asDouble, &x, &y)
        return Complex(R(x), R(y))
    }

    /// NumPy orders complex numbers by real part, then imaginary part.
    @inline(__always)
    static func less<R: FloatElement>(_ a: Complex<R>, _ b: Complex<R>) -> Bool {
        a.real < b.real || (a.real == b.real && a.imaginary < b.imaginary)
    }

    @inline(__always)
    static func isNaN<R: FloatElement>(_ z: Complex<R>) -> Bool { z.real.isNaN || z.imaginary.isNaN }

    /// |z|: the C library's hypot in the precision of the parts.
    @inline(__always)
    static func magnitude<R: FloatElement>(_ z: Complex<R>) -> R {
        R.self == Float.self
            ? R(hypotf(Float(z.real.asDouble), Float(z.imaginary.asDouble)))
            : R(hypot(z.real.asDouble, z.imaginary.asDouble))
    }

    /// |z| as NumPy's array loop computes it: the larger part times
    /// sqrt(1 + ratio²), the square fused; an infinite part gives inf, else NaN gives NaN.
    @inline(__always)
    static func scaledMagnitude<R: FloatElement>(_ z: Complex<R>) -> R {
        let re = Swift.abs(z.real)
        let im = Swift.abs(z.imaginary)
        if re.isInfinite || im.isInfinite { return .infinity }
        if re.isNaN || im.isNaN { return .nan }
        let larger = Swift.max(re, im)
        let smaller = Swift.min(re, im)
        let ratio = larger == 0 ? 0 : smaller / larger
        return (1 as R).addingProduct(ratio, ratio).squareRoot() * larger
    }

    /// NumPy 2's sign of a complex number: z / |z|, with its cases for infinities and zero.
    static func sign<R: FloatElement>(_ z: Complex<R>) -> Complex<R> {
        let magnitude = ComplexMath.magnitude(z)
        if magnitude.isNaN { return Complex(.nan, .nan) }
        if magnitude.isInfinite {
            if z.real.isInfinite {
                return z.imaginary.isInfinite ? Complex(.nan, .nan) : Complex(z.real > 0 ? 1 : -1, 0)
            }
            return Complex(0, z.imaginary > 0 ? 1 : -1)
        }
        if magnitude == 0 { return Complex(0, 0) }
        return Complex(z.real / magnitude, z.imaginary / magnitude)
    }

    /// Both parts times a real constant (NumPy's log2 and log10 of complex numbers).
    @inline(__always)
    static func scaled<R: FloatElement>(_ z: Complex<R>, by factor: Double) -> Complex<R> {
        let f = R(factor)
        return Complex(z.real * f, z.imaginary * f)
    }
}
