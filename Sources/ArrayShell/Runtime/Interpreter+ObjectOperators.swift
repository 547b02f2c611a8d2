import ArrayEngine

/// Operators on object arrays: NumPy's object loops apply Python's own operator to each
/// pair of elements (`a + 1` adds as Python adds, `s * 2` repeats strings), so an element
/// that refuses the operation raises Python's error.
extension Interpreter {
    /// Whether an operation has an object array among its operands.
    static func involvesObjects(_ values: Value...) -> Bool {
        values.contains { if case .array(let a) = $0 { a.dtype.isObject } else { false } }
    }

    /// `left op right` element by element: an object array (the value itself for 0-d operands).
    func objectBinary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
        try objectElementwise(left, right, into: .object) { a, b throws(PythonError) in try binary(op, a, b) }
    }

    /// `left op right` compared element by element: a bool array, each element the truth of Python's comparison.
    func objectCompare(_ op: CompareOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
        try objectElementwise(left, right, into: .bool) { a, b throws(PythonError) in
            .bool(try Convert.truth(try compare(op, a, b)))
        }
    }

    /// `op value` on each element of an object array.
    func objectUnary(_ op: UnaryOperator, _ a: NDArray) throws(PythonError) -> Value {
        try objectMap(a) { v throws(PythonError) in try unary(op, v) }
    }

    /// `transform` applied to each element of an object array: an object array of the results.
    func objectMap(_ a: NDArray, _ transform: (Value) throws(PythonError) -> Value) throws(PythonError) -> Value {
        var results: [Value] = []
        for value in try ObjectValues.values(a) { results.append(try transform(value)) }
        return try Interpreter.unwrap(try ObjectValues.array(results, shape: a.shape), scalar: true)
    }

    /// A ufunc called on an object array (`np.add(a, 1)`, `np.less(a, b)`): its Python
    /// operator on each pair of elements; nil for a ufunc that has no such operator.
    func objectUfunc(_ operation: BinaryOperation, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
        let arithmetic: [BinaryOperation: BinaryOperator] = [
            .add: .add, .subtract: .subtract, .multiply: .multiply, .divide: .divide, .floorDivide: .floorDivide,
            .remainder: .modulo, .power: .power, .bitwiseAnd: .and, .bitwiseOr: .or, .bitwiseXor: .xor,
            .leftShift: .leftShift, .rightShift: .rightShift,
        ]
        let comparisons: [BinaryOperation: CompareOperator] = [
            .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual, .greater: .greater,
            .greaterEqual: .greaterEqual,
        ]
        if let op = arithmetic[operation] { return try objectBinary(op, left, right) }
        if let op = comparisons[operation] { return try objectCompare(op, left, right) }
        return nil
    }

    /// The operands broadcast together, `combine` applied to each pair of their values.
    private func objectElementwise(
        _ left: Value, _ right: Value, into dtype: DType,
        _ combine: (Value, Value) throws(PythonError) -> Value
    ) throws(PythonError) -> Value {
        let (a, b) = (try objectOperand(left), try objectOperand(right))
        let shape = try Broadcasting.operandShape([a.shape, b.shape])
        let lefts = try ObjectValues.pythonValues(try a.broadcast(to: shape))
        let rights = try ObjectValues.pythonValues(try b.broadcast(to: shape))
        var results: [Value] = []
        for (x, y) in zip(lefts, rights) { results.append(try combine(x, y)) }
        let result =
            dtype.isObject
            ? try ObjectValues.array(results, shape: shape)
            : try Convert.array(.list(ListObject(results)), dtype: dtype).reshape(shape)
        return try Interpreter.unwrap(result, scalar: a.ndim == 0 && b.ndim == 0)
    }

    /// An operand as an array: arrays as they are, sequences as object arrays, any other value as a 0-d one.
    private func objectOperand(_ value: Value) throws(PythonError) -> NDArray {
        switch value {
        case .array(let a): a
        case .list, .tuple: try ObjectValues.array(from: value)
        default: try ObjectValues.array([value], shape: [])
        }
    }
}
