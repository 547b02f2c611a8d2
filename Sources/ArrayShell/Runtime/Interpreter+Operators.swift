import ArrayEngine
import BigInt

/// Operators: Python semantics for Python values, NumPy ufuncs as soon as an
/// array or NumPy scalar is involved.
extension Interpreter {
    func unary(_ op: UnaryOperator, _ value: Value) throws(PythonError) -> Value {
        if op == .not { return .bool(!(try Convert.truth(value))) }
        if let result = try maskedUnaryOperator(op, value) { return result }
        if case .array(let a) = value, a.dtype.isObject { return try objectUnary(op, a) }
        if value.isNumPy {
            let operation: UnaryOperation =
                switch op {
                case .negate: .negative
                case .plus: .positive
                case .invert: .invert
                case .not: .logicalNot
                }
            return try ufunc(operation, value)
        }
        switch (op, value) {
        case (.negate, .int(let i)):
            guard i != .min else { return .integer(-BigInt(i)) }
            return .int(-i)
        case (.negate, .bigInt(let b)): return .integer(-b)
        case (.plus, .bigInt): return value
        case (.invert, .bigInt(let b)): return .integer(-b - 1)
        case (.negate, .bool(let b)): return .int(b ? -1 : 0)
        case (.negate, .float(let d)): return .float(-d)
        case (.negate, .complex(let re, let im)): return .complex(-re, -im)
        case (.plus, .int), (.plus, .float), (.plus, .complex): return value
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        default:
            let symbol = op == .negate ? "unary -" : (op == .plus ? "unary +" : "unary ~")
            throw .type("bad operand type for \(symbol): '\(value.typeName)'")
        }
    }

    func binary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
        if let result = FastArithmetic.binary(op, left, right) { return result }
        let (left, right) = (left.plainText, right.plainText)
        if let result = try instanceOperator(op, left, right) { return result }
        if let result = try maskedOperator(op, left, right) { return result }
        if Interpreter.involvesObjects(left, right) {
            return op == .matmul ? try objectMatmul(left, right) : try objectBinary(op, left, right)
        }
        if left.isNumPy || right.isNumPy {
            if op == .matmul { return try matmul(left, right) }
            return try ufunc(Interpreter.operation(op), left, right)
        }
        return try PythonArithmetic.binary(op, left, right)
    }

    /// `left op right` into a temporary operand when there is one, else by the general rules.
    ///
    /// The operands are consumed, not copied: a copy would count as a second reference
    /// and no operand would be a temporary.
    func binaryReusing(_ op: BinaryOperator, _ left: consuming Value, _ right: consuming Value)
        throws(PythonError) -> Value
    {
        if let result = try binaryIntoTemporary(op, &left, &right) { return result }
        return try binary(op, left, right)
    }

    /// `left op right` written into an operand that nothing else refers to (the
    /// temporary `a * 2.0` of `a * 2.0 + 1.0`), as NumPy elides temporaries: one
    /// array less to allocate and to stream through. Only when the result has that
    /// operand's dtype and shape, so nothing observable changes; nil otherwise
    /// (the operands are then as they were).
    private func binaryIntoTemporary(_ op: BinaryOperator, _ left: inout Value, _ right: inout Value)
        throws(PythonError)
        -> Value?
    {
        guard op != .matmul, left.isNumPy || right.isNumPy, !left.isString, !right.isString,
            !Interpreter.involvesObjects(left, right), left.maskedArray == nil, right.maskedArray == nil
        else { return nil }
        let operation = Interpreter.operation(op)
        for temporaryOnLeft in [true, false] {
            guard case .array(var target) = temporaryOnLeft ? left : right, target.ndim > 0 else { continue }
            // Drop the operand's own reference: then a unique reference means a temporary.
            if temporaryOnLeft { left = .none } else { right = .none }
            let unique = isKnownUniquelyReferenced(&target)
            if temporaryOnLeft { left = .array(target) } else { right = .array(target) }
            guard unique, target.ownsData, target.isWriteable, target.buffer.origin == .heap else { continue }
            let other = try operand(temporaryOnLeft ? right : left, besides: target.dtype)
            guard let types = try? operation.resolveTypes(target.dtype, other.dtype),
                types.loop == target.dtype, types.result == target.dtype,
                Broadcasting.shape([target.shape, other.shape]) == target.shape
            else { continue }
            let (a, b) = temporaryOnLeft ? (target, other) : (other, target)
            _ = try withWarnings(operation.name) { () throws(PythonError) in
                try BinaryKernel.run(operation, a, b, out: target)
            }
            return .array(target)
        }
        return nil
    }

    /// `x op= y`: arrays are updated in place through `out=`, lists extended or repeated
    /// in place (every name of the list sees it), everything else rebinds.
    func inPlace(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
        if case .list(let list) = left, op == .add || op == .multiply {
            if op == .add {
                try Value.append(try iterate(right), to: &list.items)
            } else if case .list(let repeated) = try binary(op, left, right) {
                list.items = repeated.items
            }
            return left
        }
        if case .object(let bytes as BytesObject) = left, bytes.isMutable, op == .add,
            case .object(let more as BytesObject) = right
        {
            try bytes.append(Array(more.bytes))
            return left
        }
        if let result = try maskedInPlace(op, left, right) { return result }
        guard case .array(let target) = left else { return try binary(op, left, right) }
        if target.dtype.isObject {
            guard target.isWriteable else { throw PythonError("ValueError", "output array is read-only") }
            let result = try Convert.array(try objectBinary(op, left, right), dtype: .object)
            noteWrite(target)
            try target.assign(result)
            return left
        }
        let operation = Interpreter.operation(op)
        // NumPy checks the output is writeable before it resolves the loop's types.
        guard target.isWriteable else { throw PythonError("ValueError", "output array is read-only") }
        noteWrite(target)
        if op == .matmul { return try inPlaceMatmul(target, right) }
        let other = try operand(right, besides: target.dtype)
        // The ufunc's output is cast into the target under NumPy's default rule, same_kind.
        let (_, result) = try operation.resolveTypes(target.dtype, other.dtype)
        guard Casting.sameKind.allows(result, target.dtype) else {
            throw PythonError(
                "UFuncTypeError",
                "Cannot cast ufunc '\(operation.name)' output from dtype('\(result.name)') to dtype('\(target.dtype.name)') with casting rule 'same_kind'"
            )
        }
        try withWarnings(operation.name) { () throws(PythonError) in
            _ = try BinaryKernel.run(operation, target, other, out: target)
        }
        return left
    }

    /// The ufunc of an ordering comparison; nil for `is`, `in` and their negations.
    static func comparison(_ op: CompareOperator) -> BinaryOperation? {
        switch op {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        case .is, .isNot, .in, .notIn: nil
        }
    }

    static func operation(_ op: BinaryOperator) -> BinaryOperation {
        switch op {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        case .floorDivide: .floorDivide
        case .modulo: .remainder
        case .power: .power
        case .matmul: .multiply
        case .leftShift: .leftShift
        case .rightShift: .rightShift
        case .and: .bitwiseAnd
        case .or: .bitwiseOr
        case .xor: .bitwiseXor
        }
    }

    /// Applies a binary ufunc with NumPy 2's promotion of Python scalars (NEP 50).
    ///
    /// When every input is a scalar (or 0-d), the result is a NumPy scalar, as NumPy returns.
    /// `scalarMath` is false for calls of `np.add` and the like: NumPy's scalar arithmetic
    /// (its "scalar add" warnings, its overflow checks) serves operators only.
    func ufunc(
        _ operation: BinaryOperation, _ left: Value, _ right: Value,
        out: NDArray? = nil, dtype: DType? = nil, scalarMath: Bool = true
    ) throws(PythonError) -> Value {
        let a = try operand(left, besides: right.numpyType)
        let b = try operand(right, besides: left.numpyType)
        // NumPy's scalar math (warnings named "scalar add") covers numbers; dates and
        // durations go through the ufunc even as scalars.
        let scalarInputs = left.isScalarLike && right.isScalarLike && !a.dtype.isTime && !b.dtype.isTime
        let name =
            scalarMath && scalarInputs && out == nil && (left.isNumPyScalar || right.isNumPyScalar)
            ? "scalar \(operation.name)" : operation.name
        if let out { noteWrite(out) }
        let result = try withWarnings(name) { () throws(PythonError) in
            try BinaryKernel.run(operation, a, b, out: out, dtype: dtype, scalarMath: name.hasPrefix("scalar"))
        }
        if out != nil { return .array(result) }
        let value = try Interpreter.unwrap(result, scalar: a.ndim == 0 && b.ndim == 0)
        if name.hasPrefix("scalar"), case .scalar(let s) = value, s.dtype.isInteger,
            Interpreter.overflowed(operation, a, b, s.scalar)
        {
            try floatingPointCondition("overflow encountered in \(name)")
        }
        return value
    }

    /// NumPy checks integer scalar arithmetic for overflow (array arithmetic wraps
    /// silently). Exact in 128-bit integers: through `Double`, 9007199254740995 * 3
    /// rounds and looks like an overflow that is not there.
    private static func overflowed(_ operation: BinaryOperation, _ a: NDArray, _ b: NDArray, _ result: Scalar) -> Bool {
        guard let x = wide(a.load(at: a.pointer)), let y = wide(b.load(at: b.pointer)), let r = wide(result) else {
            return false
        }
        let exact: (Int128, Bool)
        switch operation {
        case .add: exact = x.addingReportingOverflow(y)
        case .subtract: exact = x.subtractingReportingOverflow(y)
        case .multiply: exact = x.multipliedReportingOverflow(by: y)
        case .floorDivide where y != 0:
            let (q, remainder) = x.quotientAndRemainder(dividingBy: y)
            exact = (remainder != 0 && (remainder < 0) != (y < 0) ? q - 1 : q, false)
        default: return false
        }
        return exact.1 || exact.0 != r
    }

    /// An integer scalar's value, wide enough for any int64 or uint64.
    private static func wide(_ scalar: Scalar) -> Int128? {
        switch scalar.value {
        case .bool(let b): b ? 1 : 0
        case .int(let i): Int128(i)
        case .uint(let u): Int128(u)
        case .float, .complex: nil
        }
    }

    func ufunc(_ operation: UnaryOperation, _ operand: Value, out: NDArray? = nil, scalarMath: Bool = true)
        throws(PythonError) -> Value
    {
        let a = try Convert.array(operand)
        let name = scalarMath && operand.isNumPyScalar && out == nil ? "scalar \(operation.name)" : operation.name
        let result = try withWarnings(name) { () throws(PythonError) in
            try UnaryKernel.run(operation, a, out: out, scalarMath: name.hasPrefix("scalar"))
        }
        if out != nil { return .array(result) }
        return try Interpreter.unwrap(result, scalar: a.ndim == 0)
    }

    /// A 0-d result of scalar inputs becomes a NumPy scalar.
    static func unwrap(_ result: NDArray, scalar: Bool) throws(PythonError) -> Value {
        guard scalar, result.ndim == 0 else { return .array(result) }
        if result.dtype.selectsAsView { return Convert.value(.array(result)) }
        return .scalar(try result.item())
    }

    /// NumPy's ComplexWarning when complex values are cast to a real type (not to bool).
    func warnIfDiscardingImaginary(from source: DType, to target: DType) {
        if source.isComplex, !target.isComplex, target != .bool {
            warn("ComplexWarning: Casting complex values to real discards the imaginary part\n")
        }
    }

    /// A ufunc's operand (`Convert.operand`): a Python float too large for the other
    /// operand's narrower float type warns as NumPy's cast to it does. Only that cast
    /// can raise a flag, so only it is watched.
    func operand(_ value: Value, besides other: DType?) throws(PythonError) -> NDArray {
        guard case .float = value, let other, other.isInexact, other.realComponent.itemsize < 8 else {
            return try Convert.operand(value, besides: other)
        }
        return try withWarnings("cast") { () throws(PythonError) in try Convert.operand(value, besides: other) }
    }

    /// Runs a kernel and reports the floating-point conditions it raised as NumPy's warnings.
    func withWarnings<T>(_ operation: String, _ body: () throws(PythonError) -> T) throws(PythonError) -> T {
        FloatingPointStatus.clear()
        let result = try body()
        for message in FloatingPointStatus.warnings(FloatingPointStatus.read(), in: operation) {
            try floatingPointCondition(message)
        }
        return result
    }

    private func matmul(_ left: Value, _ right: Value) throws(PythonError) -> Value {
        let a = try Convert.array(left)
        let b = try Convert.array(right)
        return try Interpreter.unwrap(try LinearAlgebra.matmul(a, b), scalar: a.ndim == 1 && b.ndim == 1)
    }

    /// `a @= b`: NumPy's `matmul(a, b, out=a)` over a's own core axes, so the product
    /// must keep a's shape (b a matrix, or a stack of them) and cast to its dtype.
    private func inPlaceMatmul(_ target: NDArray, _ right: Value) throws(PythonError) -> Value {
        let other = try Convert.array(right)
        let type = DType.promote(target.dtype, other.dtype)
        guard Casting.sameKind.allows(type, target.dtype) else {
            throw PythonError(
                "UFuncTypeError",
                "Cannot cast ufunc 'matmul' output from dtype('\(type.name)') to dtype('\(target.dtype.name)') with casting rule 'same_kind'"
            )
        }
        if target.ndim > 0, other.ndim == 1 {
            throw .value(
                "inplace matrix multiplication requires the first operand to have at least one and the second at least two dimensions."
            )
        }
        let product = try LinearAlgebra.matmul(target, other)
        if product.shape != target.shape {
            if let rows = target.shape.last, let columns = other.shape.last, rows != columns {
                throw .value(
                    "matmul: Output operand 0 has a mismatch in its core dimension \(target.ndim == 1 ? 0 : 1), with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(rows) is different from \(columns))"
                )
            }
            throw .notImplemented("in-place matrix multiplication whose product has another shape; use a = a @ b")
        }
        try target.assign(product)
        return .array(target)
    }

    // MARK: - Comparisons

    func compare(_ op: CompareOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
        if let result = FastArithmetic.compare(op, left, right) { return result }
        // `is` compares the objects themselves; every other operator the text an np.str_ stands for.
        let identity = op == .is || op == .isNot
        let (left, right) = identity ? (left, right) : (left.plainText, right.plainText)
        switch op {
        case .is, .isNot:
            // NumPy keeps one object per builtin dtype, but makes a structured one anew each
            // time (`a.dtype is a.dtype` yet `np.dtype(f) is not np.dtype(f)`): arrsh cannot tell those apart.
            if case .dtype(let a) = left, case .dtype(let b) = right, a.record != nil, b.record != nil {
                throw .notImplemented("identity of structured dtypes is not tracked; compare them with ==")
            }
            return .bool(isSame(left, right) == (op == .is))
        case .in: return .bool(try contains(right, left))
        case .notIn: return .bool(!(try contains(right, left)))
        default: break
        }
        // A flatiter compares as its flattened array (NumPy's iter_richcompare), elementwise.
        if case .object(let flat as FlatIterator) = left {
            return try compare(op, .array(try flat.base.flatten()), right)
        }
        if case .object(let flat as FlatIterator) = right {
            return try compare(op, left, .array(try flat.base.flatten()))
        }
        if let result = try instanceComparison(op, left, right) { return result }
        if let result = try maskedComparison(op, left, right) { return result }
        if Interpreter.involvesObjects(left, right) { return try objectCompare(op, left, right) }
        if left.isNumPy || right.isNumPy {
            let operation = Interpreter.comparison(op) ?? .greaterEqual
            if left.isNone || right.isNone { return try comparedWithNone(op, left.isNone ? right : left, left.isNone) }
            return try ufunc(operation, left, right)
        }
        return .bool(try PythonArithmetic.compare(op, left, right))
    }

    /// NumPy compares with None element by element as Python objects: `==` and `!=`
    /// give all False or all True (a Python bool for a NumPy scalar), and an ordering
    /// raises Python's TypeError for the elements' Python type, reflected when None is first.
    private func comparedWithNone(_ op: CompareOperator, _ value: Value, _ noneFirst: Bool) throws(PythonError)
        -> Value
    {
        let answer = op == .notEqual
        let array: NDArray? = if case .array(let a) = value { a } else { nil }
        if op == .equal || op == .notEqual {
            guard let array else { return .bool(answer) }
            let result = try NDArray.allocate(shape: array.shape, dtype: .bool)
            if answer { try result.fill(Scalar(.bool(true), as: .bool)) }
            return try Interpreter.unwrap(result, scalar: true)
        }
        if let array, array.size == 0 { return .array(try NDArray.allocate(shape: array.shape, dtype: .bool)) }
        let dtype: DType? =
            switch value {
            case .array(let a): a.dtype
            case .scalar(let s): s.dtype
            default: nil
            }
        let element =
            switch dtype?.kind {
            case .boolean: "bool"
            case .signed, .unsigned: "int"
            case .floating: "float"
            case .complex: "complex"
            default: value.typeName
            }
        let shown: CompareOperator =
            switch (op, noneFirst) {
            case (.less, true): .greater
            case (.greater, true): .less
            case (.lessEqual, true): .greaterEqual
            case (.greaterEqual, true): .lessEqual
            default: op
            }
        throw .type("'\(shown.rawValue)' not supported between instances of '\(element)' and 'NoneType'")
    }

    /// Python's `is`: the same object, or the same singleton/immutable value.
    func isSame(_ left: Value, _ right: Value) -> Bool {
        if let a = left.identity, let b = right.identity { return a === b }
        switch (left, right) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b && (-5...256).contains(a)
        case (.scalarType(let a), .scalarType(let b)), (.dtype(let a), .dtype(let b)): return a == b
        case (.type(let a), .type(let b)): return a == b
        case (.scalar(let a), .scalar(let b)): return a.dtype == .bool && a == b
        default: return false
        }
    }

    private func contains(_ container: Value, _ item: Value) throws(PythonError) -> Bool {
        switch container {
        case .array(let a):
            let equal =
                a.dtype.isObject ? try objectCompare(.equal, .array(a), item) : try ufunc(.equal, .array(a), item)
            guard case .array(let mask) = equal else { return try Convert.truth(equal) }
            return try Reduction.run(.any, mask, axes: nil).item().boolValue
        // Hashed, as Python looks keys and members up: no walk through the items.
        case .dict(let dict): return try dict.contains(item)
        case .set(let set): return try set.contains(item)
        case .object(let bytes as BytesObject):
            // A byte value, or a run of bytes, as Python's bytes.__contains__ takes them.
            switch item {
            case .object(let part as BytesObject):
                return part.count == 0 || (bytes.bytes.firstRange(of: part.bytes) != nil)
            case .int, .bool, .bigInt:
                let byte = try Convert.index(item)
                guard (0...255).contains(byte) else { throw .value("byte must be in range(0, 256)") }
                return bytes.bytes.contains(UInt8(byte))
            default:
                throw .type("a bytes-like object is required, not '\(item.typeName)'")
            }
        case .object(let view as DictView) where view.kind != .values:
            guard view.kind == .items else { return try view.dict.contains(item) }
            guard case .tuple(let pair) = item, pair.count == 2, let value = try view.dict.get(pair[0]) else {
                return false
            }
            if isSame(value, pair[1]) { return true }
            return try Convert.truth(try compare(.equal, value, pair[1]))
        case .string(let s):
            guard case .string(let part) = item else {
                throw .type("'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return s.contains(part)
        case .range(let start, let stop, let step):
            // Python answers an int's membership by arithmetic, without iterating.
            let integer: Int? =
                switch item {
                case .int(let n): n
                case .bool(let b): b ? 1 : 0
                default: nil
                }
            if let n = integer {
                let inside = step > 0 ? start <= n && n < stop : stop < n && n <= start
                return inside && (Int128(n) - Int128(start)) % Int128(step) == 0
            }
            if case .bigInt = item { return false }
            fallthrough
        default:
            if case .instance = container, let method = try special(container, "__contains__") {
                return try Convert.truth(try call(method, Arguments([item])))
            }
            // One item at a time: a range or a generator is never built whole.
            let iterator: IteratorObject
            do throws(PythonError) {
                iterator = try makeIterator(container)
            } catch
                where error.exception == "TypeError"
                && error.message == "'\(container.typeName)' object is not iterable"
            {
                throw .type("argument of type '\(container.typeName)' is not iterable")
            }
            var seen = 0
            while let element = try iterator.next() {
                if try Convert.truth(try compare(.equal, element, item)) { return true }
                seen += 1
                if seen & 0xFFFF == 0 { try Interruption.check() }
            }
            return false
        }
    }
}

extension Value {
    /// Arrays and NumPy scalars: operators on them follow NumPy.
    var isNumPy: Bool {
        switch self {
        case .array, .scalar: true
        // An np.void record compares and computes as NumPy's scalars do.
        case .object(let o): o is VoidScalar
        default: false
        }
    }

    var isNumPyScalar: Bool { if case .scalar = self { true } else { false } }

    /// An `np.str_` / `np.bytes_` as the `str` / `bytes` it stands for (operators work on that); any other value as it is.
    var plainText: Value {
        if case .object(let text as StringScalar) = self { return text.plain }
        return self
    }

    /// Python numbers, NumPy scalars and 0-d arrays.
    var isScalarLike: Bool {
        switch self {
        case .int, .float, .bool, .scalar: true
        case .array(let a): a.ndim == 0
        default: false
        }
    }

    /// The dtype of an array or NumPy scalar (what weak Python scalars adapt to).
    var numpyType: DType? {
        switch self {
        case .array(let a): a.dtype
        case .scalar(let s): s.dtype
        default: nil
        }
    }
}
