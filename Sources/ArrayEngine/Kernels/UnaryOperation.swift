import CComplexMath
import Foundation

/// The element-wise operations of one operand (NumPy's unary ufuncs).
public enum UnaryOperation: String, CaseIterable, Sendable {
    case negative, positive, absolute, sign, square, invert
    case sqrt, exp, log, log2, log10, sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, tanh
    case floor, ceil, trunc, rint
    case logicalNot = "logical_not"
    case isnan, isinf, isfinite
    case conjugate
    case arccosh, arcsinh, arctanh, cbrt, exp2, expm1, log1p, fabs, spacing, signbit
    case deg2rad, rad2deg, degrees, radians, reciprocal
    case bitwiseCount = "bitwise_count"

    public var name: String { rawValue }

    public var isPredicate: Bool {
        self == .logicalNot || self == .isnan || self == .isinf || self == .isfinite
    }

    /// Transcendental functions compute in floating point whatever the input.
    var needsFloat: Bool {
        switch self {
        case .sqrt, .exp, .log, .log2, .log10, .sin, .cos, .tan, .arcsin, .arccos, .arctan,
            .sinh, .cosh, .tanh, .arccosh, .arcsinh, .arctanh, .exp2, .expm1, .log1p:
            true
        default: isRealOnly
        }
    }

    /// Functions NumPy has real floating-point loops for and no complex ones.
    var isRealOnly: Bool {
        switch self {
        case .cbrt, .fabs, .spacing, .signbit, .deg2rad, .rad2deg, .degrees, .radians: true
        default: false
        }
    }

    /// The result type of functions whose result type does not follow the input's
    /// (`dtype=` then names it, and the input is not cast).
    public var fixedResult: DType? {
        if isPredicate || self == .signbit { return .bool }
        return self == .bitwiseCount ? .uint8 : nil
    }

    /// Whether NumPy has a loop computing in `dtype` (what `dtype=` asks for).
    public func hasLoop(for dtype: DType) -> Bool {
        if let fixedResult { return dtype == fixedResult }
        if isRealOnly { return dtype.isFloat }
        if needsFloat || self == .rint { return dtype.isInexact }
        if self == .invert { return !dtype.isInexact }
        if dtype.isComplex { return ![.floor, .ceil, .trunc].contains(self) }
        return dtype != .bool || self == .absolute || self == .positive
    }

    public func resolveTypes(_ input: DType) throws(PythonError) -> (loop: DType, result: DType) {
        let input = input.native
        if input.record != nil {
            if needsFloat || self == .rint { throw UnaryOperation.unsupported(self) }
            throw PythonError(
                "UFuncTypeError",
                "ufunc '\(name)' did not contain a loop with signature matching types <class 'numpy.dtypes.VoidDType'> -> None"
            )
        }
        if isPredicate { return (input, .bool) }
        if isRealOnly, input.isComplex { throw UnaryOperation.unsupported(self) }
        if self == .signbit { return (input.isInexact ? input : input.realComponent, .bool) }
        if self == .bitwiseCount {
            guard !input.isInexact else { throw UnaryOperation.unsupported(self) }
            return (input == .bool ? .int8 : input, .uint8)
        }
        // Floating-point results of integers are the first float that holds them:
        // float16 for bool and 1-byte integers, float32 for 2-byte ones, else float64.
        if needsFloat || self == .rint {
            let float = input.isInexact ? input : input.realComponent
            return (float, float)
        }
        if input.isComplex {
            switch self {
            case .absolute: return (input, input.realComponent)
            case .floor, .ceil, .trunc, .invert: throw UnaryOperation.unsupported(self)
            default: return (input, input)
            }
        }
        if input == .bool {
            switch self {
            case .negative:
                throw .type(
                    "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
                )
            case .sign:
                throw PythonError(
                    "UFuncTypeError",
                    "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None"
                )
            case .absolute, .positive, .invert, .floor, .ceil, .trunc: return (.bool, .bool)
            default: return (.int8, .int8)
            }
        }
        if self == .invert, input.isFloat { throw UnaryOperation.unsupported(self) }
        return (input, input)
    }

    static func unsupported(_ op: UnaryOperation) -> PythonError {
        .type(
            "ufunc '\(op.name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
        )
    }
}

public enum UnaryKernel {
    ///
    /// `scalarMath` computes as NumPy's scalar arithmetic does: `abs(np.complex128(z))`
    /// is the C library's hypot, where the array loop scales by the larger part.
    public static func run(_ op: UnaryOperation, _ a: NDArray, out: NDArray? = nil, scalarMath: Bool = false)
        throws(PythonError) -> NDArray
    {
        if a.dtype.isTime, let done = try timeOperation(op, a) {
            guard let out else { return done }
            try out.assign(done)
            return out
        }
        let (loop, result) = try op.resolveTypes(a.dtype)
        let output = if let out { out } else { try NDArray.allocate(shape: a.shape, dtype: result, like: [a.strides]) }
        if let out {
            guard out.isWriteable else { throw .value("output array is read-only") }
            let shape = try Broadcasting.operandShape([a.shape, out.shape])
            guard shape == out.shape else {
                throw .value(
                    "non-broadcastable output operand with shape \(ShapeText.compact(out.shape)) doesn't match the broadcast shape \(ShapeText.compact(shape))"
                )
            }
        }
        let input = a.dtype == loop ? a : try a.copy(as: loop)
        // Through a temporary when out's elements overlap one another or the input in another layout.
        let overlapping =
            out != nil
            && (MemoryOverlap.mayHaveInternalOverlap(output)
                || input.buffer === output.buffer && MemoryOverlap.boundsOverlap(input, output)
                    && !(input.offset == output.offset && input.strides == output.strides))
        let target =
            output.dtype == result && !overlapping
            ? output : try NDArray.allocate(shape: output.shape, dtype: result, zeroed: false)
        try loop.dispatchByKind(
            UnaryVisitor(
                op: op, a: input, aStrides: Broadcasting.strides(of: input, as: target.shape), out: target,
                scalarMath: scalarMath))
        if target !== output { try output.assign(target) }
        return output
    }
}

private struct UnaryVisitor: KindVisitor {
    let op: UnaryOperation
    let a: NDArray, aStrides: [Int], out: NDArray
    /// NumPy's scalar arithmetic rather than its array loops (see `UnaryKernel.run`).
    let scalarMath: Bool

    func run<F: UnaryFunction>(_ f: F) throws(PythonError) {
        try ElementLoop.unary(a, aStrides, into: out, f)
    }

    func run<T: ArrayElement, R: ArrayElement>(_ f: @escaping (T) -> R) throws(PythonError) {
        try run(UnaryClosure(body: f))
    }

    func visitBool() throws(PythonError) {
        switch op {
        case .logicalNot, .invert: try run { (x: Bool) in !x }
        case .absolute, .positive, .floor, .ceil, .trunc, .conjugate: try run { (x: Bool) in x }
        case .isnan, .isinf: try run { (_: Bool) in false }
        case .isfinite: try run { (_: Bool) in true }
        default: throw .type("ufunc '\(op.name)' not supported for boolean input")
        }
    }

    func visitInteger<T: IntegerElement>(_: T.Type) throws(PythonError) {
        switch op {
        // NumPy's scalar math reports a result that does not fit (-x of the most negative
        // value, or of any unsigned value but 0); its array loops wrap silently.
        case .negative where scalarMath: try run { (x: T) in Self.reportingNegative(x) }
        case .absolute where scalarMath: try run { (x: T) in x < 0 ? Self.reportingNegative(x) : x }
        case .negative: try run(ElementFunction.WrappingNegative<T>())
        // Integers are already whole: NumPy's floor, ceil and trunc leave them as they are.
        case .positive, .floor, .ceil, .trunc, .conjugate: try run { (x: T) in x }
        case .absolute: try run { (x: T) in x < 0 ? 0 &- x : x }
        case .sign: try run { (x: T) -> T in x > 0 ? 1 : (x < 0 ? 0 &- 1 : 0) }
        case .square: try run { (x: T) in x &* x }
        case .invert: try run { (x: T) in ~x }
        case .logicalNot: try run { (x: T) in x == 0 }
        case .isnan, .isinf: try run { (_: T) in false }
        case .isfinite: try run { (_: T) in true }
        case .reciprocal: try run(ElementaryMath.reciprocal as (T) -> T)
        case .bitwiseCount: try run(ElementaryMath.bitCount as (T) -> UInt8)
        default: throw .type("ufunc '\(op.name)' not supported for the input types")
        }
    }

    /// `-x`, wrapped, raising the overflow flag when it does not fit.
    private static func reportingNegative<T: IntegerElement>(_ x: T) -> T {
        let (negative, overflow) = T.zero.subtractingReportingOverflow(x)
        if overflow { FloatingPointStatus.raiseOverflow() }
        return negative
    }

    func visitFloat<T: FloatElement>(_: T.Type) throws(PythonError) {
        // float16 computes in float32 and rounds each result, as NumPy's half loops do.
        if T.self == Float16.self {
            switch op {
            case .logicalNot: try run { (x: Float16) in x == 0 }
            case .isnan: try run { (x: Float16) in x.isNaN }
            case .isinf: try run { (x: Float16) in x.isInfinite }
            case .isfinite: try run { (x: Float16) in x.isFinite }
            case .signbit: try run { (x: Float16) in x.sign == .minus }
            case .spacing: try run(ElementaryMath.halfSpacing)
            // Transcendental functions in double: NumPy's float32 loops (its own SIMD code, not
            // the C library's) are accurate enough that their float16 rounding is the double's.
            case .sqrt, .exp, .log, .log2, .log10, .sin, .cos, .tan, .arcsin, .arccos, .arctan, .sinh, .cosh, .tanh:
                let f = try floatFunction(Double.self)
                try run { (x: Float16) in Float16(f(Double(x))) }
            // The others through the C library's float functions, as NumPy's half loops call them.
            case _ where ElementaryMath.unary(op, Float.self) != nil:
                let f = try floatFunction(Float.self)
                try run { (x: Float16) in Float16(casting: Double(f(Float(x)))) }
            default:
                let f = try floatFunction(Float.self)
                try run { (x: Float16) in Float16(f(Float(x))) }
            }
            return
        }
        switch op {
        case .logicalNot: try run { (x: T) in x == 0 }
        case .isnan: try run { (x: T) in x.isNaN }
        case .isinf: try run { (x: T) in x.isInfinite }
        case .isfinite: try run { (x: T) in x.isFinite }
        case .signbit: try run { (x: T) in x.sign == .minus }
        case .negative: try run(ElementFunction.FloatNegative<T>())
        case .absolute: try run(ElementFunction.FloatAbsolute<T>())
        case .square: try run(ElementFunction.FloatSquare<T>())
        case .sqrt: try run(ElementFunction.SquareRoot<T>())
        default: try run(try floatFunction(T.self))
        }
    }

    /// The operation on one float or double (float32 uses the C library's float functions, as NumPy does).
    func floatFunction<T: FloatElement>(_: T.Type) throws(PythonError) -> (T) -> T {
        func math(_ f64: @escaping (Double) -> Double, _ f32: @escaping (Float) -> Float) -> (T) -> T {
            T.self == Float.self ? { x in T(f32(Float(x.asDouble))) } : { x in T(f64(x.asDouble)) }
        }
        switch op {
        case .negative: return ElementFunction.FloatNegative<T>().callAsFunction
        case .positive, .conjugate: return { $0 }
        case .absolute: return ElementFunction.FloatAbsolute<T>().callAsFunction
        case .sign: return { x in x.isNaN ? x : (x > 0 ? 1 : (x < 0 ? -1 : 0)) }
        case .square: return ElementFunction.FloatSquare<T>().callAsFunction
        case .sqrt: return ElementFunction.SquareRoot<T>().callAsFunction
        case .floor: return { $0.rounded(.down) }
        case .ceil: return { $0.rounded(.up) }
        case .trunc: return { $0.rounded(.towardZero) }
        case .rint: return { $0.rounded(.toNearestOrEven) }
        case .exp: return math(Foundation.exp, Foundation.expf)
        case .log: return math(Foundation.log, Foundation.logf)
        case .log2: return math(Foundation.log2, Foundation.log2f)
        case .log10: return math(Foundation.log10, Foundation.log10f)
        case .sin: return math(Foundation.sin, Foundation.sinf)
        case .cos: return math(Foundation.cos, Foundation.cosf)
        case .tan: return math(Foundation.tan, Foundation.tanf)
        case .arcsin: return math(Foundation.asin, Foundation.asinf)
        case .arccos: return math(Foundation.acos, Foundation.acosf)
        case .arctan: return math(Foundation.atan, Foundation.atanf)
        case .sinh: return math(Foundation.sinh, Foundation.sinhf)
        case .cosh: return math(Foundation.cosh, Foundation.coshf)
        case .tanh: return math(Foundation.tanh, Foundation.tanhf)
        default:
            guard let f = ElementaryMath.unary(op, T.self) else { throw UnaryOperation.unsupported(op) }
            return f
        }
    }

    func visitComplex<R: FloatElement>(_: Complex<R>.Type) throws(PythonError) {
        typealias C = Complex<R>
        func library(_ f: ArrshComplexFunction) throws(PythonError) { try run { (z: C) in ComplexMath.function(f, z) } }
        switch op {
        case .negative: try run { (z: C) in C(-z.real, -z.imaginary) }
        case .positive: try run { (z: C) in z }
        case .conjugate: try run { (z: C) in C(z.real, -z.imaginary) }
        case .absolute where scalarMath: try run(ComplexMath.magnitude as (C) -> R)
        case .absolute: try run(ComplexMath.scaledMagnitude as (C) -> R)
        case .square: try run { (z: C) in ComplexMath.multiply(z, z, fused: true) }
        case .sign: try run(ComplexMath.sign as (C) -> C)
        case .rint: try run { (z: C) in C(z.real.rounded(.toNearestOrEven), z.imaginary.rounded(.toNearestOrEven)) }
        case .logicalNot: try run { (z: C) in !z.asBool }
        case .isnan: try run { (z: C) in z.real.isNaN || z.imaginary.isNaN }
        case .isinf: try run { (z: C) in z.real.isInfinite || z.imaginary.isInfinite }
        case .isfinite: try run { (z: C) in z.real.isFinite && z.imaginary.isFinite }
        case .sqrt: try library(ArrshComplexSqrt)
        case .exp: try library(ArrshComplexExp)
        case .log: try library(ArrshComplexLog)
        // NumPy scales the natural logarithm's parts.
        case .log2:
            try run { (z: C) in
                ComplexMath.scaled(ComplexMath.function(ArrshComplexLog, z), by: 1.442695040888963407359924681001892137)
            }
        case .log10:
            try run { (z: C) in
                ComplexMath.scaled(ComplexMath.function(ArrshComplexLog, z), by: 0.434294481903251827651128918916605082)
            }
        case .sin: try library(ArrshComplexSin)
        case .cos: try library(ArrshComplexCos)
        case .tan: try library(ArrshComplexTan)
        case .arcsin: try library(ArrshComplexArcsin)
        case .arccos: try library(ArrshComplexArccos)
        case .arctan: try library(ArrshComplexArctan)
        case .sinh: try library(ArrshComplexSinh)
        case .cosh: try library(ArrshComplexCosh)
        case .tanh: try library(ArrshComplexTanh)
        default:
            guard let f = ElementaryMath.complex(op, C.self) else { throw UnaryOperation.unsupported(op) }
            try run(f)
        }
    }
}
