import Foundation

/// The element-wise operations of two operands (NumPy's binary ufuncs).
public enum BinaryOperation: String, CaseIterable, Sendable {
    case add, subtract, multiply, divide
    case floorDivide = "floor_divide"
    case remainder, power
    case maximum, minimum, fmax, fmin, arctan2, hypot
    case equal
    case notEqual = "not_equal"
    case less
    case lessEqual = "less_equal"
    case greater
    case greaterEqual = "greater_equal"
    case logicalAnd = "logical_and"
    case logicalOr = "logical_or"
    case logicalXor = "logical_xor"
    case bitwiseAnd = "bitwise_and"
    case bitwiseOr = "bitwise_or"
    case bitwiseXor = "bitwise_xor"
    case leftShift = "left_shift"
    case rightShift = "right_shift"
    case fmod, copysign, nextafter, logaddexp, logaddexp2, heaviside, gcd, lcm
    case floatPower = "float_power"

    /// NumPy's ufunc name, as warnings print it (`divide by zero encountered in divide`).
    public var name: String { rawValue }

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }

    /// Whether `a self b` holds, for one pair of values and a comparison (`isComparison`);
    /// false for any other operation. The kernels pick their loop per operation instead.
    /// Inlinable: the interpreter compares Python ints and floats with it, at every pass
    /// of a loop's condition.
    @inlinable
    public func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self {
        case .equal: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessEqual: a <= b
        case .greater: a > b
        case .greaterEqual: a >= b
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
    var isFloatOnly: Bool {
        switch self {
        case .divide, .arctan2, .hypot, .copysign, .nextafter, .logaddexp, .logaddexp2, .heaviside: true
        default: false
        }
    }

    /// `gcd` and `lcm` have integer loops only (not even boolean ones).
    public var isIntegerOnly: Bool { self == .gcd || self == .lcm }

    /// Whether NumPy has a loop computing in `dtype` (what `dtype=` asks for):
    /// comparisons and logic give booleans only, bitwise operations take integers.
    public func hasLoop(for dtype: DType) -> Bool {
        if isComparison || isLogical { return dtype == .bool }
        if self == .divide { return dtype.isInexact }
        if isFloatOnly { return dtype.isFloat }
        if isIntegerOnly { return dtype.isInteger }
        if self == .floatPower { return dtype == .float64 || dtype == .complex128 }
        if self == .fmod { return !dtype.isComplex && dtype != .bool }
        if isBitwise { return dtype.isInteger || dtype == .bool && self != .leftShift && self != .rightShift }
        if dtype.isComplex { return self != .floorDivide && self != .remainder }
        return dtype != .bool || [.add, .multiply, .maximum, .minimum, .fmax, .fmin].contains(self)
    }

    /// The dtype the loop computes in, and the dtype of the result, for these inputs.
    public func resolveTypes(_ a: DType, _ b: DType) throws(PythonError) -> (loop: DType, result: DType) {
        if a.record != nil || b.record != nil { throw recordError(a, b) }
        if a.isTime || b.isTime {
            let result = try timeResult(a, b)
            return (result, result)
        }
        if a.isString || b.isString {
            // StringDType's own loops: joining, and repeating by an integer.
            if let text = [a, b].first(where: \.isVariableString), self == .add || self == .multiply {
                return (text, text)
            }
            guard isComparison else { throw noLoop(a, b) }
            return (DType.promote(a, b), .bool)
        }
        let common = DType.promote(a, b)
        if isLogical { return (common, .bool) }
        if isComparison { return (common, .bool) }
        if common.isComplex, isFloatOnly && self != .divide || [.floorDivide, .remainder, .fmod].contains(self) {
            throw unsupported
        }
        if isIntegerOnly {
            guard common.isInteger else { throw noLoop(a, b) }
            return (common, common)
        }
        if self == .floatPower {
            let wide: DType = common.isComplex ? .complex128 : .float64
            return (wide, wide)
        }
        if isFloatOnly {
            if common.isInexact { return (common, common) }
            // true_divide takes integers to float64; the others to the smallest float holding them.
            let float = self == .divide ? .float64 : common.realComponent
            return (float, float)
        }
        if isBitwise {
            guard !common.isInexact else { throw unsupported }
            if common == .bool, self == .leftShift || self == .rightShift { return (.int8, .int8) }
            return (common, common)
        }
        if common == .bool {
            switch self {
            case .add, .multiply, .maximum, .minimum, .fmax, .fmin: return (.bool, .bool)
            case .subtract:
                throw .type(
                    "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead."
                )
            default: return (.int8, .int8)
            }
        }
        return (common, common)
    }

    /// What NumPy says when records of a structured dtype meet a ufunc.
    private func recordError(_ a: DType, _ b: DType) -> PythonError {
        if self == .equal || self == .notEqual {
            guard a.record != nil, b.record != nil else {
                return .type("Cannot compare structured or void to non-void arrays.")
            }
            return .notImplemented("comparing records of different fields is not supported yet; compare their fields")
        }
        let types =
            isComparison && a.record != nil && b.record != nil
            ? "(<class 'numpy.dtypes.VoidDType'>, <class 'numpy.dtypes.VoidDType'>)" : "(\(a.reprText), \(b.reprText))"
        return PythonError(
            "UFuncTypeError", "ufunc '\(name)' did not contain a loop with signature matching types \(types) -> None")
    }

    private var unsupported: PythonError {
        .type(
            "ufunc '\(name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
        )
    }
}

/// Element-wise evaluation of binary operations.
public enum BinaryKernel {
    /// Computes `op(a, b)` with broadcasting into `out` (allocated when nil).
    ///
    /// Floating-point exceptions raised by the loop are left in the FPU flags for
    /// the caller to turn into NumPy's RuntimeWarnings (see `FloatingPointStatus`).
    ///
    /// `scalarMath` computes as NumPy's scalar arithmetic does (`np.complex128(x) * y`),
    /// which multiplies complex numbers without the array loop's fused multiply-adds.
    public static func run(
        _ op: BinaryOperation, _ a: NDArray, _ b: NDArray, out: NDArray? = nil,
        dtype: DType? = nil, scalarMath: Bool = false
    ) throws(PythonError) -> NDArray {
        if op == .equal || op == .notEqual, out == nil, let record = a.dtype.record, let other = b.dtype.record {
            // NumPy compares records of one common dtype: the same names, field types that promote.
            guard record.fields.map(\.name) == other.fields.map(\.name),
                zip(record.fields, other.fields).allSatisfy({ $0.shape == $1.shape && promotable($0.dtype, $1.dtype) })
            else {
                throw .type(
                    "Cannot compare structured arrays unless they have a common dtype.  I.e. `np.result_type(arr1, arr2)` must be defined."
                )
            }
            if zip(record.fields, other.fields).contains(where: { $0.dtype.isString != $1.dtype.isString }) {
                throw .notImplemented("comparing a text field with a number field (as text) is not supported yet")
            }
            return try compareRecords(op, a, b, record)
        }
        if a.dtype.isString || b.dtype.isString { return try compareStrings(op, a, b, out: out) }
        if a.dtype.isTime || b.dtype.isTime { return try timeOperation(op, a, b, out: out) }
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
                throw .value(
                    "non-broadcastable output operand with shape \(ShapeText.compact(out.shape)) doesn't match the broadcast shape \(ShapeText.compact(shape))"
                )
            }
        }
        let x = try operand(a, as: loop, writingTo: output)
        let y = try operand(b, as: loop, writingTo: output)
        // The loop writes `result`-typed elements; an `out=` of another type gets them cast.
        // An `out=` whose elements overlap one another is written through a temporary, as NumPy does.
        let direct = output.dtype == result && (out == nil || !MemoryOverlap.mayHaveInternalOverlap(output))
        let target = direct ? output : try NDArray.allocate(shape: output.shape, dtype: result, zeroed: false)
        let xs = Broadcasting.strides(of: x, as: target.shape)
        let ys = Broadcasting.strides(of: y, as: target.shape)
        let visitor = BinaryVisitor(op: op, a: x, aStrides: xs, b: y, bStrides: ys, out: target, fused: !scalarMath)
        if op.isComparison {
            try FloatingPointStatus.quietly { () throws(PythonError) in try loop.dispatchByKind(visitor) }
        } else {
            try loop.dispatchByKind(visitor)
        }
        if target !== output { try output.assign(target) }
        return output
    }

    /// Records are equal when every field is: `==` compares field by field.
    private static func compareRecords(
        _ op: BinaryOperation, _ a: NDArray, _ b: NDArray,
        _ record: RecordLayout
    ) throws(PythonError) -> NDArray {
        var result = try NDArray.full(
            shape: try Broadcasting.operandShape([a.shape, b.shape]), value: Scalar(bool: op == .equal), dtype: .bool)
        if record.fields.contains(where: { !$0.shape.isEmpty }) {
            throw .notImplemented("comparing records with subarray fields is not supported yet")
        }
        for field in record.fields {
            let each = try run(op, try a.field(field.name), try b.field(field.name))
            result = try run(op == .equal ? .logicalAnd : .logicalOr, result, each)
        }
        return result
    }

    /// Whether two fields' types have a common type: times only with times, records
    /// only with records.
    private static func promotable(_ a: DType, _ b: DType) -> Bool {
        a.isTime == b.isTime && (a.record == nil) == (b.record == nil)
    }

    /// An input cast to the loop type, copied when it overlaps the output in a way that
    /// would read elements after they were overwritten.
    private static func operand(_ array: NDArray, as loop: DType, writingTo out: NDArray) throws(PythonError) -> NDArray
    {
        if array.dtype != loop { return try array.copy(as: loop) }
        if array.buffer === out.buffer, MemoryOverlap.boundsOverlap(array, out),
            !(array.offset == out.offset && array.strides == out.strides)
        {
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
    /// Complex multiplication with fused multiply-adds (array loops) or without (scalars).
    let fused: Bool

    func run<F: BinaryFunction>(_ f: F) throws(PythonError) {
        try ElementLoop.binary(a, aStrides, b, bStrides, into: out, f)
    }

    func run<T: ArrayElement, R: ArrayElement>(_ f: @escaping (T, T) -> R) throws(PythonError) {
        try run(BinaryClosure(body: f))
    }

    func compare<T: ArrayElement & Comparable>(_: T.Type) throws(PythonError) -> Bool {
        switch op {
        case .equal: try run(ElementFunction.Equal<T>())
        case .notEqual: try run(ElementFunction.NotEqual<T>())
        case .less: try run(ElementFunction.Less<T>())
        case .lessEqual: try run(ElementFunction.LessEqual<T>())
        case .greater: try run(ElementFunction.Greater<T>())
        case .greaterEqual: try run(ElementFunction.GreaterEqual<T>())
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
        case .add: try run(ElementFunction.WrappingAdd<T>())
        case .subtract: try run(ElementFunction.WrappingSubtract<T>())
        case .multiply: try run(ElementFunction.WrappingMultiply<T>())
        case .floorDivide: try run(IntegerMath.floorDivide as (T, T) -> T)
        case .remainder: try run(IntegerMath.remainder as (T, T) -> T)
        case .power: try run(IntegerMath.power as (T, T) -> T)
        case .maximum, .fmax: try run(ElementFunction.IntegerMaximum<T>())
        case .minimum, .fmin: try run(ElementFunction.IntegerMinimum<T>())
        case .bitwiseAnd: try run(ElementFunction.BitwiseAnd<T>())
        case .bitwiseOr: try run(ElementFunction.BitwiseOr<T>())
        case .bitwiseXor: try run(ElementFunction.BitwiseXor<T>())
        case .leftShift: try run(IntegerMath.shiftLeft as (T, T) -> T)
        case .rightShift: try run(IntegerMath.shiftRight as (T, T) -> T)
        case .fmod: try run(ElementaryMath.fmod as (T, T) -> T)
        case .gcd: try run(ElementaryMath.gcd as (T, T) -> T)
        case .lcm: try run(ElementaryMath.lcm as (T, T) -> T)
        default: throw .type("ufunc '\(op.name)' not supported for the input types")
        }
    }

    func visitFloat<T: FloatElement>(_: T.Type) throws(PythonError) {
        if try compare(T.self) { return }
        // float16 computes in float32 and rounds each result, as NumPy's half loops do.
        if T.self == Float16.self {
            if op == .nextafter { return try run(ElementaryMath.nextAfter) }
            let f = try arithmetic(Float.self)
            try run { (x: Float16, y: Float16) in Float16(f(Float(x), Float(y))) }
            return
        }
        switch op {
        case .add: try run(ElementFunction.FloatAdd<T>())
        case .subtract: try run(ElementFunction.FloatSubtract<T>())
        case .multiply: try run(ElementFunction.FloatMultiply<T>())
        case .divide: try run(ElementFunction.FloatDivide<T>())
        default: try run(try arithmetic(T.self))
        }
    }

    /// The operation on two floats or doubles (float32 uses the C library's float functions, as NumPy does).
    func arithmetic<T: FloatElement>(_: T.Type) throws(PythonError) -> (T, T) -> T {
        switch op {
        case .add: return ElementFunction.FloatAdd<T>().callAsFunction
        case .subtract: return ElementFunction.FloatSubtract<T>().callAsFunction
        case .multiply: return ElementFunction.FloatMultiply<T>().callAsFunction
        case .divide: return ElementFunction.FloatDivide<T>().callAsFunction
        case .floorDivide: return FloatMath.floorDivide
        case .remainder: return FloatMath.remainder
        case .power: return FloatMath.power
        case .maximum: return { x, y in x.isNaN || y.isNaN ? x + y : Swift.max(x, y) }
        case .minimum: return { x, y in x.isNaN || y.isNaN ? x + y : Swift.min(x, y) }
        case .fmax: return { T.maximum($0, $1) }
        case .fmin: return { T.minimum($0, $1) }
        case .arctan2 where T.self == Float.self:
            return { x, y in T(Double(atan2f(Float(x.asDouble), Float(y.asDouble)))) }
        case .arctan2: return { x, y in T(atan2(x.asDouble, y.asDouble)) }
        case .hypot where T.self == Float.self:
            return { x, y in T(Double(hypotf(Float(x.asDouble), Float(y.asDouble)))) }
        case .hypot: return { x, y in T(hypot(x.asDouble, y.asDouble)) }
        case .fmod where T.self == Double.self: return { x, y in T(FloatMath.fmod(x.asDouble, y.asDouble)) }
        case .fmod: return ElementaryMath.library(Foundation.fmod, Foundation.fmodf)
        case .copysign: return ElementaryMath.library(Foundation.copysign, Foundation.copysignf)
        case .nextafter: return ElementaryMath.library(Foundation.nextafter, Foundation.nextafterf)
        case .logaddexp: return ElementaryMath.logAddExp
        case .logaddexp2: return ElementaryMath.logAddExp2
        case .heaviside: return ElementaryMath.heaviside
        case .floatPower: return FloatMath.power
        default:
            throw .type(
                "ufunc '\(op.name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
            )
        }
    }

    func visitComplex<R: FloatElement>(_: Complex<R>.Type) throws(PythonError) {
        typealias C = Complex<R>
        let fused = self.fused
        // NumPy's order of complex numbers: by real part, then imaginary part; NaN compares false.
        @inline(__always) func ordered(_ x: C, _ y: C, _ strict: Bool, _ before: (R, R) -> Bool) -> Bool {
            (before(x.real, y.real) && !x.imaginary.isNaN && !y.imaginary.isNaN)
                || (x.real == y.real
                    && (strict
                        ? before(x.imaginary, y.imaginary)
                        : before(x.imaginary, y.imaginary) || x.imaginary == y.imaginary))
        }
        switch op {
        case .equal: try run { (x: C, y: C) in x.real == y.real && x.imaginary == y.imaginary }
        case .notEqual: try run { (x: C, y: C) in x.real != y.real || x.imaginary != y.imaginary }
        case .less: try run { (x: C, y: C) in ordered(x, y, true, <) }
        case .lessEqual: try run { (x: C, y: C) in ordered(x, y, false, <) }
        case .greater: try run { (x: C, y: C) in ordered(x, y, true, >) }
        case .greaterEqual: try run { (x: C, y: C) in ordered(x, y, false, >) }
        case .logicalAnd: try run { (x: C, y: C) in x.asBool && y.asBool }
        case .logicalOr: try run { (x: C, y: C) in x.asBool || y.asBool }
        case .logicalXor: try run { (x: C, y: C) in x.asBool != y.asBool }
        case .add: try run { (x: C, y: C) in C(x.real + y.real, x.imaginary + y.imaginary) }
        case .subtract: try run { (x: C, y: C) in C(x.real - y.real, x.imaginary - y.imaginary) }
        case .multiply: try run { (x: C, y: C) in ComplexMath.multiply(x, y, fused: fused) }
        case .divide: try run(ComplexMath.divide as (C, C) -> C)
        case .power, .floatPower: try run { (x: C, y: C) in ComplexMath.power(x, y, fused: fused) }
        // NumPy's maximum keeps a NaN from either side; fmax prefers the number.
        case .maximum: try run { (x: C, y: C) in ComplexMath.isNaN(x) || ordered(x, y, false, >) ? x : y }
        case .minimum: try run { (x: C, y: C) in ComplexMath.isNaN(x) || ordered(x, y, false, <) ? x : y }
        case .fmax: try run { (x: C, y: C) in ComplexMath.isNaN(y) || ordered(x, y, false, >) ? x : y }
        case .fmin: try run { (x: C, y: C) in ComplexMath.isNaN(y) || ordered(x, y, false, <) ? x : y }
        default:
            throw .type(
                "ufunc '\(op.name)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
            )
        }
    }
}
