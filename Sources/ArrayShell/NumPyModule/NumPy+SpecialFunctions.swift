import ArrayEngine
import Foundation

/// `fix`, `sinc`, `i0`, and the infinity tests `isposinf`/`isneginf`, written over
/// the ufuncs as NumPy writes them.
extension NumPyModule {
    static func specialFunctions() -> [Function] {
        [
            function(
                "fix(x, out=None)", doc: "Values rounded toward zero (NumPy's trunc): a new array, or written into out."
            ) {
                interpreter, args throws(PythonError) in
                try NumPyCalls(interpreter: interpreter)(
                    "trunc", args.raw("x") ?? .none, keywords: [("out", args.raw("out") ?? .none)])
            },
            infinityTest("isposinf", negative: false),
            infinityTest("isneginf", negative: true),
            function("sinc(x)", doc: "sin(πx)/(πx), 1 at 0 (the normalised sinc function).") {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let x = try np("multiply", .float(Double.pi), .array(try args.array("x")))
                let dtype = try Convert.array(x).dtype
                // Zero becomes the type's epsilon (1e-20 for other types), so sin(y)/y is 1 there.
                let epsilon: Value =
                    switch dtype.scalarType {
                    case .float16: .scalar(Scalar(.float(Double(Float16.ulpOfOne)), as: .float16))
                    case .float32: .scalar(Scalar(.float(Double(Float.ulpOfOne)), as: .float32))
                    case .float64: .scalar(Scalar(double: Double.ulpOfOne))
                    default: .float(1e-20)
                    }
                let y = try np("where", x, x, epsilon)
                return try np("divide", try np("sin", y), y)
            },
            function(
                "i0(x)", doc: "The modified Bessel function of the first kind, order 0 (Cephes' Chebyshev series)."
            ) {
                _, args throws(PythonError) in
                var x = try args.array("x")
                if x.dtype.isComplex { throw .type("i0 not supported for complex values") }
                if !x.dtype.isFloat { x = try x.copy(as: .float64) }
                // NumPy sums float16 and float32 series in their own precision, one ufunc at a time.
                guard x.dtype == .float64 else {
                    throw .notImplemented("i0 of \(x.dtype.name) values is not supported yet")
                }
                let values = try x.elements().map { Scalar(double: besselI0(Swift.abs($0.doubleValue))) }
                return .array(try NDArray.from(scalars: values, shape: x.shape, dtype: .float64))
            },
        ]
    }

    private static func infinityTest(_ name: String, negative: Bool) -> Function {
        function(
            "\(name)(x, out=None)",
            doc: "Whether each element is \(negative ? "-inf" : "+inf") (a bool array, or written into out)."
        ) {
            interpreter, args throws(PythonError) in
            let np = NumPyCalls(interpreter: interpreter)
            let x = args.raw("x") ?? .none
            let infinite = try np("isinf", x)
            let sign: Value
            do throws(PythonError) {
                sign = negative ? try np("signbit", x) : try np("invert", try np("signbit", x))
            } catch  where error.exception == "TypeError" {
                throw .type(
                    "This operation is not supported for \(try Convert.array(x).dtype.name) values because it would be ambiguous."
                )
            }
            return try np("logical_and", infinite, sign, args.raw("out") ?? .none)
        }
    }

    /// I₀(|x|) by NumPy's two Chebyshev series (below and above 8).
    private static func besselI0(_ x: Double) -> Double {
        if x <= 8 { return Foundation.exp(x) * chebyshev(x / 2.0 - 2, besselBelowEight) }
        return Foundation.exp(x) * chebyshev(32.0 / x - 2.0, besselAboveEight) / x.squareRoot()
    }

    /// Cephes' `chbevl`, as NumPy's `_chbevl` sums it.
    private static func chebyshev(_ x: Double, _ coefficients: [Double]) -> Double {
        var b0 = coefficients[0]
        var b1 = 0.0
        var b2 = 0.0
        for c in coefficients.dropFirst() {
            b2 = b1
            b1 = b0
            b0 = x * b1 - b2 + c
        }
        return 0.5 * (b0 - b2)
    }

    /// Cephes' coefficients for I₀ on [0, 8] (NumPy's `_i0A`).
    private static let besselBelowEight: [Double] = [
        -4.4153416464793395e-18, 3.3307945188222384e-17, -2.431279846547955e-16, 1.715391285555133e-15,
        -1.1685332877993451e-14, 7.676185498604936e-14, -4.856446783111929e-13, 2.95505266312964e-12,
        -1.726826291441556e-11, 9.675809035373237e-11, -5.189795601635263e-10, 2.6598237246823866e-09,
        -1.300025009986248e-08, 6.046995022541919e-08, -2.670793853940612e-07, 1.1173875391201037e-06,
        -4.4167383584587505e-06, 1.6448448070728896e-05, -5.754195010082104e-05, 0.00018850288509584165,
        -0.0005763755745385824, 0.0016394756169413357, -0.004324309995050576, 0.010546460394594998,
        -0.02373741480589947, 0.04930528423967071, -0.09490109704804764, 0.17162090152220877,
        -0.3046826723431984, 0.6767952744094761,
    ]

    /// Cephes' coefficients for I₀ above 8 (NumPy's `_i0B`).
    private static let besselAboveEight: [Double] = [
        -7.233180487874754e-18, -4.830504485944182e-18, 4.46562142029676e-17, 3.461222867697461e-17,
        -2.8276239805165836e-16, -3.425485619677219e-16, 1.7725601330565263e-15, 3.8116806693526224e-15,
        -9.554846698828307e-15, -4.150569347287222e-14, 1.54008621752141e-14, 3.8527783827421426e-13,
        7.180124451383666e-13, -1.7941785315068062e-12, -1.3215811840447713e-11, -3.1499165279632416e-11,
        1.1889147107846439e-11, 4.94060238822497e-10, 3.3962320257083865e-09, 2.266668990498178e-08,
        2.0489185894690638e-07, 2.8913705208347567e-06, 6.889758346916825e-05, 0.0033691164782556943,
        0.8044904110141088,
    ]
}
