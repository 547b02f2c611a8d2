import ArrayEngine

/// Arithmetic and comparisons on the operand pairs loops meet most, computed on the
/// spot: Python ints and floats, and NumPy's int64 and float64 scalars with them.
///
/// The general path builds 0-d arrays and runs a ufunc for a NumPy scalar, and walks
/// Python's coercion rules for Python numbers; here the answer is one machine
/// operation. Each function returns nil whenever the general path must decide: another
/// type, an int overflow, or a float result that is not finite (NumPy warns about those
/// it produces), so results, errors and warnings stay exactly the general path's.
enum FastArithmetic {
    /// Inlined where it is called: two ints are matched there, where the caller's operands
    /// are then known to need no destroying (after a call, each is destroyed through its
    /// every case: two calls a pass of `x * 3` in a loop). Any other pair is `mixed`'s.
    @inline(__always)
    static func binary(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Value? {
        if case .int(let a) = left, case .int(let b) = right { return integer(op, a, b).map(Value.int) }
        return mixed(op, left, right)
    }

    private static func mixed(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Value? {
        switch (left, right) {
        case (.float(let a), .float(let b)):
            return python(op, a, b)
        case (.float(let a), .int(let b)):
            return python(op, a, Double(b))
        case (.int(let a), .float(let b)):
            return python(op, Double(a), b)
        case (.scalar(let s), _):
            return numpy(op, s, right, scalarOnLeft: true)
        case (_, .scalar(let s)):
            return numpy(op, s, left, scalarOnLeft: false)
        default:
            return nil
        }
    }

    static func compare(_ op: CompareOperator, _ left: Value, _ right: Value) -> Value? {
        switch (left, right) {
        case (.int(let a), .int(let b)):
            return op.orders(a, b).map { .bool($0) }
        case (.float(let a), .float(let b)):
            return op.orders(a, b).map { .bool($0) }
        case (.scalar(.int64(let x)), .scalar(.int64(let y))):
            return op.orders(x, y).map { .scalar(Scalar(bool: $0)) }
        case (.scalar(.float64(let x)), .scalar(.float64(let y))):
            return op.orders(x, y).map { .scalar(Scalar(bool: $0)) }
        case (.scalar(.int64(let x)), .int(let y)):
            return op.orders(x, Int64(y)).map { .scalar(Scalar(bool: $0)) }
        case (.int(let x), .scalar(.int64(let y))):
            return op.orders(Int64(x), y).map { .scalar(Scalar(bool: $0)) }
        case (.scalar(.float64(let x)), .float(let y)):
            return op.orders(x, y).map { .scalar(Scalar(bool: $0)) }
        case (.float(let x), .scalar(.float64(let y))):
            return op.orders(x, y).map { .scalar(Scalar(bool: $0)) }
        default:
            break
        }
        return nil
    }

    // MARK: - Python numbers

    /// `+ - * // %` of two ints that fit 64 bits (else nil: Python's int grows, the general
    /// path makes it big; it also reports division by zero).
    private static func integer<T: FixedWidthInteger>(_ op: BinaryOperator, _ a: T, _ b: T) -> T? {
        let (result, overflow) =
            switch op {
            case .add: a.addingReportingOverflow(b)
            case .subtract: a.subtractingReportingOverflow(b)
            case .multiply: a.multipliedReportingOverflow(by: b)
            case .floorDivide, .modulo: floored(op, a, b)
            default: (0, true)
            }
        return overflow ? nil : result
    }

    /// Python's `//` and `%` (and NumPy's for integers): the quotient rounded down, and the
    /// remainder with the divisor's sign.
    private static func floored<T: FixedWidthInteger>(_ op: BinaryOperator, _ a: T, _ b: T) -> (T, Bool) {
        // Division by zero, and the one quotient that does not fit: the general path's.
        let (quotient, overflow) = a.dividedReportingOverflow(by: b)
        if b == 0 || overflow { return (0, true) }
        let remainder = a - quotient * b
        // Truncation rounded towards zero: one step down when the signs differ.
        let stepsDown = remainder != 0 && (remainder < 0) != (b < 0)
        if op == .modulo { return (stepsDown ? remainder + b : remainder, false) }
        return (stepsDown ? quotient - 1 : quotient, false)
    }

    /// Python's float `+ - * /`; division by zero (ZeroDivisionError) left to the general path.
    private static func python(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Value? {
        switch op {
        case .add: .float(a + b)
        case .subtract: .float(a - b)
        case .multiply: .float(a * b)
        case .divide where b != 0: .float(a / b)
        default: nil
        }
    }

    // MARK: - NumPy scalars

    /// An int64 or float64 scalar with a Python int or float or another such scalar, as
    /// NumPy 2 computes it (NEP 50: a Python int takes the scalar's type, a float makes
    /// float64): `+ - *`, and `/` which is float64 division for ints too.
    private static func numpy(_ op: BinaryOperator, _ scalar: NumPyScalar, _ other: Value, scalarOnLeft: Bool)
        -> Value?
    {
        switch (scalar, other) {
        case (.int64(let a), .int(let b)): integers(op, a, Int64(b), scalarOnLeft)
        case (.int64(let a), .scalar(.int64(let b))): integers(op, a, b, scalarOnLeft)
        case (.int64(let a), .scalar(.float64(let b))): floats(op, Double(a), b, scalarOnLeft)
        case (.int64(let a), .float(let b)): floats(op, Double(a), b, scalarOnLeft)
        case (.float64(let a), .int(let b)): floats(op, a, Double(b), scalarOnLeft)
        case (.float64(let a), .float(let b)): floats(op, a, b, scalarOnLeft)
        case (.float64(let a), .scalar(.float64(let b))): floats(op, a, b, scalarOnLeft)
        case (.float64(let a), .scalar(.int64(let b))): floats(op, a, Double(b), scalarOnLeft)
        default: nil
        }
    }

    private static func integers(_ op: BinaryOperator, _ a: Int64, _ b: Int64, _ inOrder: Bool) -> Value? {
        let (x, y) = inOrder ? (a, b) : (b, a)
        if op == .divide { return floats(op, Double(x), Double(y), true) }
        return integer(op, x, y).map { .scalar(.int64($0)) }
    }

    private static func floats(_ op: BinaryOperator, _ a: Double, _ b: Double, _ inOrder: Bool) -> Value? {
        let (x, y) = inOrder ? (a, b) : (b, a)
        let result: Double
        switch op {
        case .add: result = x + y
        case .subtract: result = x - y
        case .multiply: result = x * y
        case .divide: result = x / y
        default: return nil
        }
        return result.isFinite ? .scalar(.float64(result)) : nil
    }
}
