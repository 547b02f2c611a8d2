import Foundation

/// The element-wise operations of two operands (NumPy's binary ufuncs).
public enum BinaryOperation: String, CaseIterable, Sendable {
    case add, subtract, multiply, divide, floorDivide = "floor_divide", remainder, power
    case maximum, minimum, fmax, fmin, arctan2, hypot
    case equal, notEqual = "not_equal", less, lessEqual = "less_equal", greater, greaterEqual = "greater_equal"
    case logicalAnd = "logical_and", logicalOr = "logical_or", logicalXor = "logical_xor"
    case bitwiseAnd = "bitwise_and", bitwiseOr = "bitwise_or", bitwiseXor = "bitwise_xor"
    case leftShift = "left_shift", rightShift = "right_shift"

    /// NumPy's ufunc name, as warnings print it (`divide by zero encountered in divide`).
    public var name: String { rawValue }

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }

    var isLogical: Bool { self == .logicalAnd || self == .logicalOr || self == .logicalXor }
    var isBitwise: Bool {
        switch self {
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .leftShift, .rightShift: true
        default: false
        }
    }
    var isFloatOnly: Bool { self == .divide || self == .arctan2 || self == .hypot }

    /// Whether NumPy has a loop computing in `dtype` (what `dtype=` asks for):
    /// comparisons and logic give booleans only, bitwise operations take integers.
    public func hasLoop(for dtype: DType) -> Bool {
        if isComparison || isLogical { return dtype == .bool }
        if isFloatOnly { return dtype.isFloat }
        if isBitwise { return dtype.isInteger || dtype == .bool && self != .leftShift && self != .rightShift }
        return dtype != .bool || [.add, .multiply, .maximum, .minimum, .fmax, .fmin].contains(self)
    }

    /// The dtype the loop computes in, and the dtype of the result, for these inputs.
    public func resolveTypes(_ a: DType, _ b: DType) throws(PythonError) -> (loop: DType, result: DType) {
        let common = DType.promote(a, b)
        if isLogical { return (common, .bool) }
        if isComparison { return (common, .bool) }
        if isFloatOnly {
            if common.isFloat { return (common, common) }
            // true_divide takes integers to float64; the others to the smallest float holding them.
            if self == .divide || common.itemsize > 2 { return (.float64, .float64) }
            if common.itemsize == 2 { return (.float32, .float32) }
            throw .notImplemented("\(name) of \(common.name) gives float16 in NumPy, which arrsh does not have yet")
        }
        if isBitwise {
            guard !common.isFloat else {
                throw .type("ufunc '\(name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
            }
            if common == .bool, self == .leftShift || self == .rightShift { return (.int8, .int8) }
            return (common, common)
        }
        if common == .bool {
            switch self {
            case .add, .multiply, .maximum, .minimum, .fmax, .fmin: return (.bool, .bool)
            case .subtract:
                throw .type("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
            default: return (.int8, .int8)
            }
        }
        return (common, common)
    }
}

/// Element-wise evaluation of binary operations.
public enum BinaryKernel {
    /// Computes `op(a, b)` with broadcasting into `out` (allocated when nil).
    ///
    /// Floating-point exceptions raised by the loop are left in the FPU flags for
    /// the caller to turn into NumPy's RuntimeWarnings (see `FloatingPointStatus`).
    public static func run(_ op: BinaryOperation, _ a: NDArray, _ b: NDArray, out: NDArray? = nil,
                           dtype: DType? = nil) throws(PythonError) -> NDArray {
        // NumPy's iterator broadcasts the output with the inputs, and names all three when they do not fit.
        let shape = try Broadcasting.operandShape([a.shape, b.shape] + (out.map { [$0.shape] } ?? []))
        var (loop, result) = try op.resolveTypes(a.dtype, b.dtype)
        // `dtype=` chooses the loop's type; comparisons and logic still give booleans.
        if let dtype, !op.isComparison, !op.isLogical { (loop, result) = (dtype, dtype) }
        if op == .power, loop.isInteger { try rejectNegativeExponent(b) }
        let layout = [Broadcasting.strides(of: a, as: shape), Broadcasting.strides(of: b, as: shape)]
        let output = if let out { out } else { try NDArray.allocate(shape: shape, dtype: result, like: layout) }
        if let out {
            guard out.isWriteable else { throw .value("output array is read-only") }
            guard shape == out.shape else {
                throw .value("non-broadcastable output operand with shape \(ShapeText.compact(out.shape)) doesn't match the broadcast shape \(ShapeText.compact(shape))")
            }
        }
        let x = try operand(a, as: loop, writingTo: output)
        let y = try operand(b, as: loop, writingTo: output)
        // The loop writes `result`-typed elements; an `out=` of another type gets them cast.
        // An `out=` whose elements overlap one another is written through a temporary, as NumPy does.
        let direct = output.dtype == result && (out == nil || !MemoryOverlap.mayHaveInternalOverlap(output))
        let target = direct ? output : try NDArray.allocate(shape: output.shape, dtype: result, zeroed: false)
        let xs = Broadcasting.strides(of: x, as: target.shape), ys = Broadcasting.strides(of: y, as: target.shape)
        try loop.dispatchByKind(BinaryVisitor(op: op, a: x, aStrides: xs, b: y, bStrides: ys, out: target))
        if target !== output { try output.assign(target) }
        return output
    }

    /// An input cast to the loop type, copied when it overlaps the output in a way that
    /// would read elements after they were overwritten.
    private static func operand(_ array: NDArray, as loop: DType, writingTo out: NDArray) throws(PythonError) -> NDArray {
        if array.dtype != loop { return try array.copy(as: loop) }
        if array.buffer === out.buffer, MemoryOverlap.boundsOverlap(array, out),
           !(array.offset == out.offset && array.strides == out.strides) {
            return try array.copy()
        }
        return array
    }

    private static func rejectNegativeExponent(_ exponent: NDArray) throws(PythonError) {
        if try exponent.elements().contains(where: { $0.doubleValue < 0 }) {
            throw .value("Integers to negative integer powers are not allowed.")
        }
    }
}

private struct BinaryVisitor: KindVisitor {
    let op: BinaryOperation
    let a: NDArray, aStrides: [Int], b: NDArray, bStrides: [Int], out: NDArray

    func run<T: ArrayElement, R: ArrayElement>(_ f: (T, T) -> R) throws(PythonError) {
        try ElementLoop.binary(a, aStrides, b, bStrides, into: out, f)
    }

    func compare<T: ArrayElement & Comparable>(_: T.Type) throws(PythonError) -> Bool {
        switch op {
        case .equal: try run { (x: T, y: T) in x == y }
        case .notEqual: try run { (x: T, y: T) in x != y }
        case .less: try run { (x: T, y: T) in x < y }
        case .lessEqual: try run { (x: T, y: T) in x <= y }
        case .greater: try run { (x: T, y: T) in x > y }
        case .greaterEqual: try run { (x: T, y: T) in x >= y }
        case .logicalAnd: try run { (x: T, y: T) in x.asBool && y.asBool }
        case .logicalOr: try run { (x: T, y: T) in x.asBool || y.asBool }
        case .logicalXor: try run { (x: T, y: T) in x.asBool != y.asBool }
        default: return false
        }
        return true
    }

    func visitBool() throws(PythonError) {
        switch op {
        case .equal: try run { (x: Bool, y: Bool) in x == y }
        case .notEqual, .logicalXor: try run { (x: Bool, y: Bool) in x != y }
        case .less: try run { (x: Bool, y: Bool) in !x && y }
        case .lessEqual: try run { (x: Bool, y: Bool) in !x || y }
        case .greater: try run { (x: Bool, y: Bool) in x && !y }
        case .greaterEqual: try run { (x: Bool, y: Bool) in x || !y }
        case .logicalAnd: try run { (x: Bool, y: Bool) in x && y }
        case .logicalOr: try run { (x: Bool, y: Bool) in x || y }
        case .add, .maximum, .fmax, .bitwiseOr: try run { (x: Bool, y: Bool) in x || y }
        case .multiply, .minimum, .fmin, .bitwiseAnd: try run { (x: Bool, y: Bool) in x && y }
        case .bitwiseXor: try run { (x: Bool, y: Bool) in x != y }
        default: throw .type("ufunc '\(op.name)' not supported for boolean inputs")
        }
    }

    func visitInteger<T: IntegerElement>(_: T.Type) throws(PythonError) {
        if try compare(T.self) { return }
        switch op {
        case .add: try run { (x: T, y: T) in x &+ y }
        case .subtract: try run { (x: T, y: T) in x &- y }
        case .multiply: try run { (x: T, y: T) in x &* y }
        case .floorDivide: try run(IntegerMath.floorDivide as (T, T) -> T)
        case .remainder: try run(IntegerMath.remainder as (T, T) -> T)
        case .power: try run(IntegerMath.power as (T, T) -> T)
        case .maximum, .fmax: try run { (x: T, y: T) in Swift.max(x, y) }
        case .minimum, .fmin: try run { (x: T, y: T) in Swift.min(x, y) }
        case .bitwiseAnd: try run { (x: T, y: T) in x & y }
        case .bitwiseOr: try run { (x: T, y: T) in x | y }
        case .bitwiseXor: try run { (x: T, y: T) in x ^ y }
        case .leftShift: try run(IntegerMath.shiftLeft as (T, T) -> T)
        case .rightShift: try run(IntegerMath.shiftRight as (T, T) -> T)
        default: throw .type("ufunc '\(op.name)' not supported for the input types")
        }
    }

    func visitFloat<T: FloatElement>(_: T.Type) throws(PythonError) {
        if try compare(T.self) { return }
        switch op {
        case .add: try run { (x: T, y: T) in x + y }
        case .subtract: try run { (x: T, y: T) in x - y }
        case .multiply: try run { (x: T, y: T) in x * y }
        case .divide: try run { (x: T, y: T) in x / y }
        case .floorDivide: try run(FloatMath.floorDivide as (T, T) -> T)
        case .remainder: try run(FloatMath.remainder as (T, T) -> T)
        case .power: try run(FloatMath.power as (T, T) -> T)
        case .maximum: try run { (x: T, y: T) in x.isNaN || y.isNaN ? x + y : Swift.max(x, y) }
        case .minimum: try run { (x: T, y: T) in x.isNaN || y.isNaN ? x + y : Swift.min(x, y) }
        case .fmax: try run { (x: T, y: T) in T.maximum(x, y) }
        case .fmin: try run { (x: T, y: T) in T.minimum(x, y) }
        // float32 uses the C library's float functions, as NumPy does (not a rounded double).
        case .arctan2 where T.self == Float.self: try run { (x: T, y: T) in T(Double(atan2f(Float(x.asDouble), Float(y.asDouble)))) }
        case .arctan2: try run { (x: T, y: T) in T(atan2(x.asDouble, y.asDouble)) }
        case .hypot where T.self == Float.self: try run { (x: T, y: T) in T(Double(hypotf(Float(x.asDouble), Float(y.asDouble)))) }
        case .hypot: try run { (x: T, y: T) in T(hypot(x.asDouble, y.asDouble)) }
        default:
            throw .type("ufunc '\(op.name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
        }
    }
}
