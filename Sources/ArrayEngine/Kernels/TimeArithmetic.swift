/// Arithmetic and comparisons on `datetime64` and `timedelta64` values, as NumPy's
/// datetime ufunc loops compute them: both operands in the finer unit, not-a-time
/// (NaT) propagating through arithmetic and unequal to everything.
extension BinaryKernel {
    static func timeOperation(_ op: BinaryOperation, _ a: NDArray, _ b: NDArray, out: NDArray?) throws(PythonError)
        -> NDArray
    {
        let shape = try Broadcasting.operandShape([a.shape, b.shape] + (out.map { [$0.shape] } ?? []))
        let plan = try TimePlan(op, a.dtype, b.dtype)
        let xs = try a.broadcast(to: shape).timeCounts()
        let ys = try b.broadcast(to: shape).timeCounts()
        let results = zip(xs, ys).map { plan.apply($0, $1) }
        let result = try NDArray.from(scalars: results, shape: shape, dtype: plan.result)
        // `out=` (which the ufunc's casting rule has checked) takes the result as a cast.
        guard let out else { return result }
        try out.assign(result)
        return out
    }
}

extension UnaryKernel {
    /// The unary ufuncs NumPy has for times, on their counts: `negative`, `positive`,
    /// `absolute` of timedeltas (NaT stays NaT), `sign` (NaT's is -1, the sign of its
    /// count, as in NumPy), and `isnan`/`isfinite`/`isinf` of both kinds (NaT is the NaN
    /// of times); nil for the others, which raise.
    static func timeOperation(_ op: UnaryOperation, _ a: NDArray) throws(PythonError) -> NDArray? {
        let counts = try a.copy(as: .int64)
        let notATime = NDArray.scalar(Scalar(int64: TimeUnit.notATime))
        let isNaT = try BinaryKernel.run(.equal, counts, notATime)
        switch op {
        case .isnan: return isNaT
        case .isfinite: return try run(.logicalNot, isNaT)
        case .isinf: return try NDArray.full(shape: a.shape, value: Scalar(bool: false), dtype: .bool)
        case .sign, .negative, .positive, .absolute:
            guard a.dtype.kind == .timedelta else { return nil }
            let done = try run(op, counts)
            return try (op == .sign ? done : Selection.where(isNaT, notATime, done)).copy(as: a.dtype.native)
        default: return nil
        }
    }
}

extension BinaryOperation {
    /// The type an operation on times gives, or NumPy's refusal.
    func timeResult(_ a: DType, _ b: DType) throws(PythonError) -> DType { try TimePlan(self, a, b).result }
}

/// What one operation on times does: the unit each operand is brought to, the result
/// type, and the element rule.
private struct TimePlan {
    let op: BinaryOperation
    let result: DType
    /// The units the left and right operands are converted to (nil: a plain number).
    let left: (DType, TimeUnit?)
    let right: (DType, TimeUnit?)

    init(_ op: BinaryOperation, _ a: DType, _ b: DType) throws(PythonError) {
        self.op = op
        let refuse = PythonError(
            "UFuncTypeError", "ufunc '\(op.name)' cannot use operands with types \(a.reprText) and \(b.reprText)")
        let integral = { (d: DType) in d.isInteger || d == .bool }
        let unit = try TimePlan.commonUnit(a, b, op)
        switch (a.kind, b.kind) {
        case (.datetime, .datetime):
            if [.maximum, .minimum, .fmax, .fmin].contains(op) {
                result = .time(.datetime64, unit)
            } else {
                guard op == .subtract || op.isComparison else { throw refuse }
                result = op.isComparison ? .bool : .time(.timedelta64, unit)
            }
        case (.datetime, .timedelta), (.timedelta, .datetime):
            guard op == .add || (op == .subtract && a.kind == .datetime) else { throw refuse }
            result = .time(.datetime64, unit)
        case (.timedelta, .timedelta):
            switch op {
            case .add, .subtract, .remainder, .maximum, .minimum, .fmax, .fmin: result = .time(.timedelta64, unit)
            case .divide: result = .float64
            case .floorDivide: result = .int64
            default:
                guard op.isComparison else { throw refuse }
                result = .bool
            }
        case (.datetime, _) where integral(b), (_, .datetime) where integral(a):
            guard op == .add || (op == .subtract && a.kind == .datetime) else { throw refuse }
            result = .time(.datetime64, unit)
        case (.timedelta, _) where integral(b) || b.isFloat, (_, .timedelta) where integral(a) || a.isFloat:
            let number = a.isTime ? b : a
            // A timedelta meets an integer as a count of its own unit, in sums and comparisons.
            let allowed =
                (op == .add || op == .subtract || op.isComparison) && integral(number) || op == .multiply
                || (op == .divide || op == .floorDivide) && a.isTime
            guard allowed else { throw refuse }
            result = op.isComparison ? .bool : .time(.timedelta64, unit)
        default: throw refuse
        }
        left = (a, a.isTime ? unit : nil)
        right = (b, b.isTime ? unit : nil)
    }

    /// The finer of the two units; a timedelta in years or months meets a fixed-length
    /// unit only through a datetime (NumPy's "incompatible nonlinear base time units").
    private static func commonUnit(_ a: DType, _ b: DType, _ op: BinaryOperation) throws(PythonError) -> TimeUnit? {
        let units = [a.timeUnit, b.timeUnit].compactMap { $0 }
        guard let finest = units.max() else { return nil }
        for d in [a, b] where d.kind == .timedelta {
            guard let unit = d.timeUnit, !unit.convertsLinearly(to: finest) else { continue }
            if a.kind == .datetime || b.kind == .datetime {
                throw PythonError(
                    "UFuncTypeError",
                    "Cannot cast ufunc '\(op.name)' input \(d == a ? 0 : 1) from \(d.reprText) to \(DType.time(.timedelta64, finest).reprText) with casting rule 'same_kind'"
                )
            }
            let (x, y) = (a.timeUnit ?? finest, b.timeUnit ?? finest)
            throw .type(
                "Cannot get a common metadata divisor for Numpy datetime metadata [\(x.rawValue)] and [\(y.rawValue)] because they have incompatible nonlinear base time units."
            )
        }
        return finest
    }

    /// An operand's value in the plan's unit, nil for NaT; plain numbers as they are.
    private func value(_ scalar: Scalar, _ side: (DType, TimeUnit?)) -> Int64? {
        let raw = scalar.exactInteger ?? Int64(scalar.doubleValue)
        guard let unit = side.1 else { return raw }
        let from = side.0.timeUnit ?? unit
        if raw == TimeUnit.notATime { return nil }
        return side.0.kind == .datetime ? from.convertDatetime(raw, to: unit) : from.convertTimedelta(raw, to: unit)
    }

    func apply(_ x: Scalar, _ y: Scalar) -> Scalar {
        let a = value(x, left)
        let b = value(y, right)
        if op.isComparison {
            guard let a, let b else { return Scalar(bool: op == .notEqual) }
            return Scalar(bool: op.holds(a, b))
        }
        let nat = Scalar(.int(TimeUnit.notATime), as: result)
        if op == .multiply || ((op == .divide || op == .floorDivide) && result.isTime) {
            // A timedelta times or over a number (`//` truncates too, as NumPy's loop does). An integer (or bool) number is exact in
            // int64, wrapping and truncating as NumPy's integer loops do; a float one is
            // computed in floats and truncated.
            let number = left.1 == nil ? x : y
            guard let count = left.1 == nil ? b : a, !number.doubleValue.isNaN else { return nat }
            if [.boolean, .signed, .unsigned].contains(number.dtype.kind) {
                let n: Int64
                if case .uint(let u) = number.value {
                    n = Int64(truncatingIfNeeded: u)
                } else {
                    n = number.exactInteger ?? 0
                }
                if op == .multiply { return Scalar(.int(count &* n), as: result) }
                if n != 0, !(count == .min && n == -1) { return Scalar(.int(count / n), as: result) }
            }
            let scaled = op == .multiply ? Double(count) * number.doubleValue : Double(count) / number.doubleValue
            guard scaled.isFinite, let whole = Int64(exactly: scaled.rounded(.towardZero)) else { return nat }
            return Scalar(.int(whole), as: result)
        }
        // fmax and fmin pass over NaT as over NaN; every other operation passes it on.
        if op == .fmax || op == .fmin, a == nil || b == nil {
            return (a ?? b).map { Scalar(.int($0), as: result) } ?? nat
        }
        guard let a, let b else {
            return result == .float64 ? Scalar(double: .nan) : result == .int64 ? Scalar(int64: 0) : nat
        }
        switch op {
        case .add: return Scalar(.int(a &+ b), as: result)
        case .subtract: return Scalar(.int(a &- b), as: result)
        case .maximum, .fmax: return Scalar(.int(max(a, b)), as: result)
        case .minimum, .fmin: return Scalar(.int(min(a, b)), as: result)
        case .divide: return Scalar(double: Double(a) / Double(b))
        case .floorDivide:
            guard b != 0 else {
                FloatingPointStatus.raiseDivideByZero()
                return result == .int64 ? Scalar(int64: 0) : nat
            }
            return Scalar(.int(floorDivide(a, b)), as: result)
        default:
            guard b != 0 else {
                FloatingPointStatus.raiseDivideByZero()
                return nat
            }
            return Scalar(.int(a - floorDivide(a, b) * b), as: result)
        }
    }
}

// MARK: - Casts

extension CastCopy {
    /// Casts where either side is a time type: between units (datetimes through the
    /// calendar), to and from ISO text, and to and from the integer count.
    static func times(into destination: NDArray, from source: NDArray, sourceStrides: [Int]) throws(PythonError) {
        let (to, from) = (destination.dtype, source.dtype)
        if to.isTime, from.isTime {
            guard to.kind == from.kind else {
                throw .notImplemented("casting between datetime64 and timedelta64 is not supported yet")
            }
            if to.kind == .timedelta, let a = from.timeUnit, let b = to.timeUnit, !a.convertsLinearly(to: b) {
                throw .notImplemented("casting timedeltas between years or months and days is not supported yet")
            }
        }
        if to.isTime, from.isComplex { throw .type("Cannot cast \(from.reprText) to \(to.reprText)") }
        try eachElement(into: destination, from: source, sourceStrides: sourceStrides) { d, s throws(PythonError) in
            to.storeTime(try from.loadTime(from: s, for: to), to: d)
        }
    }
}

extension DType {
    /// An element read for a cast to `target`: a time count in the target's unit, a
    /// number, or (to a string type) text.
    fileprivate func loadTime(from address: UnsafeRawPointer, for target: DType) throws(PythonError) -> Scalar {
        if isString {
            let text = FixedString.text(loadCodes(from: address))
            guard target.kind == .datetime else {
                throw .notImplemented("casting text to \(target.name) is not supported yet")
            }
            let (count, unit) = try DateTimeText.parse(text, unit: target.timeUnit)
            return Scalar(.int(count), as: .time(.datetime64, unit))
        }
        let scalar = loadScalar(from: address)
        guard isTime, target.isTime, let from = timeUnit, let unit = target.timeUnit,
            let count = scalar.exactInteger
        else { return scalar }
        let converted =
            kind == .datetime ? from.convertDatetime(count, to: unit) : from.convertTimedelta(count, to: unit)
        return Scalar(.int(converted), as: target)
    }

    /// Stores a value read by `loadTime`: time types take the count, strings its text.
    fileprivate func storeTime(_ value: Scalar, to address: UnsafeMutableRawPointer) {
        if isString {
            storeCodes(FixedString.codes(ScalarFormatter.str(value)), to: address)
            return
        }
        if isTime {
            let count =
                value.exactInteger ?? Int64(exactly: value.doubleValue.rounded(.towardZero)) ?? TimeUnit.notATime
            storeScalar(Scalar(.int(count), as: native), to: address)
            return
        }
        storeScalar(value, to: address)
    }
}
