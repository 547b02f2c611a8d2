import Foundation

/// The element-wise operations of one operand (NumPy's unary ufuncs).
public enum UnaryOperation: String, CaseIterable, Sendable {
    case negative, positive, absolute, sign, square, invert
    case sqrt, exp, log, log2, log10, sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, tanh
    case floor, ceil, trunc, rint
    case logicalNot = "logical_not", isnan, isinf, isfinite

    public var name: String { rawValue }

    public var isPredicate: Bool {
        self == .logicalNot || self == .isnan || self == .isinf || self == .isfinite
    }

    /// Transcendental functions compute in floating point whatever the input.
    var needsFloat: Bool {
        switch self {
        case .sqrt, .exp, .log, .log2, .log10, .sin, .cos, .tan, .arcsin, .arccos, .arctan,
             .sinh, .cosh, .tanh: true
        default: false
        }
    }

    /// Whether NumPy has a loop computing in `dtype` (what `dtype=` asks for).
    public func hasLoop(for dtype: DType) -> Bool {
        if isPredicate { return dtype == .bool }
        if needsFloat { return dtype.isFloat }
        if self == .invert { return !dtype.isFloat }
        return dtype != .bool || self == .absolute || self == .positive
    }

    public func resolveTypes(_ input: DType) throws(PythonError) -> (loop: DType, result: DType) {
        if isPredicate { return (input, .bool) }
        // Floating-point results of small integers are float16 in NumPy (the first
        // float loop they cast to safely); arrsh has no float16 yet, so it says so
        // rather than answer in another type.
        let float: DType = input.isFloat ? input : input.itemsize == 2 ? .float32 : .float64
        if needsFloat || self == .rint, !input.isFloat, input.itemsize == 1 {
            throw .notImplemented("\(name) of \(input.name) gives float16 in NumPy, which arrsh does not have yet")
        }
        if needsFloat || self == .rint && !input.isFloat { return (float, float) }
        if input == .bool {
            switch self {
            case .negative:
                throw .type("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
            case .sign:
                throw PythonError("UFuncTypeError", "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None")
            case .absolute, .positive, .invert, .floor, .ceil, .trunc: return (.bool, .bool)
            default: return (.int8, .int8)
            }
        }
        if self == .invert, input.isFloat {
            throw .type("ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
        }
        return (input, input)
    }
}

public enum UnaryKernel {
    public static func run(_ op: UnaryOperation, _ a: NDArray, out: NDArray? = nil) throws(PythonError) -> NDArray {
        let (loop, result) = try op.resolveTypes(a.dtype)
        let output = if let out { out } else { try NDArray.allocate(shape: a.shape, dtype: result, like: [a.strides]) }
        if let out {
            guard out.isWriteable else { throw .value("output array is read-only") }
            let shape = try Broadcasting.operandShape([a.shape, out.shape])
            guard shape == out.shape else {
                throw .value("non-broadcastable output operand with shape \(ShapeText.compact(out.shape)) doesn't match the broadcast shape \(ShapeText.compact(shape))")
            }
        }
        let input = a.dtype == loop ? a : try a.copy(as: loop)
        // Through a temporary when out's elements overlap one another or the input in another layout.
        let overlapping = out != nil && (MemoryOverlap.mayHaveInternalOverlap(output)
            || input.buffer === output.buffer && MemoryOverlap.boundsOverlap(input, output)
                && !(input.offset == output.offset && input.strides == output.strides))
        let target = output.dtype == result && !overlapping ? output : try NDArray.allocate(shape: output.shape, dtype: result, zeroed: false)
        try loop.dispatchByKind(UnaryVisitor(op: op, a: input, aStrides: Broadcasting.strides(of: input, as: target.shape), out: target))
        if target !== output { try output.assign(target) }
        return output
    }
}

private struct UnaryVisitor: KindVisitor {
    let op: UnaryOperation
    let a: NDArray, aStrides: [Int], out: NDArray

    func run<T: ArrayElement, R: ArrayElement>(_ f: (T) -> R) throws(PythonError) {
        try ElementLoop.unary(a, aStrides, into: out, f)
    }

    func visitBool() throws(PythonError) {
        switch op {
        case .logicalNot, .invert: try run { (x: Bool) in !x }
        case .absolute, .positive, .floor, .ceil, .trunc: try run { (x: Bool) in x }
        case .isnan, .isinf: try run { (_: Bool) in false }
        case .isfinite: try run { (_: Bool) in true }
        default: throw .type("ufunc '\(op.name)' not supported for boolean input")
        }
    }

    func visitInteger<T: IntegerElement>(_: T.Type) throws(PythonError) {
        switch op {
        case .negative: try run { (x: T) in 0 &- x }
        // Integers are already whole: NumPy's floor, ceil and trunc leave them as they are.
        case .positive, .floor, .ceil, .trunc: try run { (x: T) in x }
        case .absolute: try run { (x: T) in x < 0 ? 0 &- x : x }
        case .sign: try run { (x: T) -> T in x > 0 ? 1 : (x < 0 ? 0 &- 1 : 0) }
        case .square: try run { (x: T) in x &* x }
        case .invert: try run { (x: T) in ~x }
        case .logicalNot: try run { (x: T) in x == 0 }
        case .isnan, .isinf: try run { (_: T) in false }
        case .isfinite: try run { (_: T) in true }
        default: throw .type("ufunc '\(op.name)' not supported for the input types")
        }
    }

    func visitFloat<T: FloatElement>(_: T.Type) throws(PythonError) {
        let single = T.self == Float.self
        func math(_ f64: @escaping (Double) -> Double, _ f32: @escaping (Float) -> Float) throws(PythonError) {
            if single {
                try run { (x: T) in T(f32(Float(x.asDouble))) }
            } else {
                try run { (x: T) in T(f64(x.asDouble)) }
            }
        }
        switch op {
        case .negative: try run { (x: T) in -x }
        case .positive: try run { (x: T) in x }
        case .absolute: try run { (x: T) in Swift.abs(x) }
        case .sign: try run { (x: T) in x.isNaN ? x : (x > 0 ? 1 : (x < 0 ? -1 : 0)) }
        case .square: try run { (x: T) in x * x }
        case .sqrt: try run { (x: T) in x.squareRoot() }
        case .floor: try run { (x: T) in x.rounded(.down) }
        case .ceil: try run { (x: T) in x.rounded(.up) }
        case .trunc: try run { (x: T) in x.rounded(.towardZero) }
        case .rint: try run { (x: T) in x.rounded(.toNearestOrEven) }
        case .logicalNot: try run { (x: T) in x == 0 }
        case .isnan: try run { (x: T) in x.isNaN }
        case .isinf: try run { (x: T) in x.isInfinite }
        case .isfinite: try run { (x: T) in x.isFinite }
        case .exp: try math(Foundation.exp, Foundation.expf)
        case .log: try math(Foundation.log, Foundation.logf)
        case .log2: try math(Foundation.log2, Foundation.log2f)
        case .log10: try math(Foundation.log10, Foundation.log10f)
        case .sin: try math(Foundation.sin, Foundation.sinf)
        case .cos: try math(Foundation.cos, Foundation.cosf)
        case .tan: try math(Foundation.tan, Foundation.tanf)
        case .arcsin: try math(Foundation.asin, Foundation.asinf)
        case .arccos: try math(Foundation.acos, Foundation.acosf)
        case .arctan: try math(Foundation.atan, Foundation.atanf)
        case .sinh: try math(Foundation.sinh, Foundation.sinhf)
        case .cosh: try math(Foundation.cosh, Foundation.coshf)
        case .tanh: try math(Foundation.tanh, Foundation.tanhf)
        case .invert: throw .type("ufunc 'invert' not supported for the input types")
        }
    }
}
