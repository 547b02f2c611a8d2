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

    /// `transform` called on each set of elements of the broadcast operands (a frompyfunc
    /// ufunc): an object array of the results, or `outputs` arrays of the parts of the tuple
    /// each call gives; the value itself for scalar operands.
    func objectApply(
        _ operands: [Value], outputs: Int, _ transform: ([Value]) throws(PythonError) -> Value
    ) throws(PythonError) -> Value {
        // The operands are arrays as np.asarray makes them (`[1, 'a']` is text), read as Python values.
        let arrays = try operands.map { v throws(PythonError) in try Convert.array(v) }
        let shape = try Broadcasting.operandShape(arrays.map(\.shape))
        let columns = try arrays.map { a throws(PythonError) in
            try ObjectValues.pythonValues(try a.broadcast(to: shape))
        }
        var results = [[Value]](repeating: [], count: outputs)
        for i in 0..<(shape.contains(0) ? 0 : shape.reduce(1, *)) {
            let result = try transform(columns.map { $0[i] })
            guard outputs > 1 else {
                results[0].append(result)
                continue
            }
            guard case .tuple(let parts) = result, parts.count == outputs else {
                throw .notImplemented("a frompyfunc function with nout=\(outputs) must return a tuple of \(outputs)")
            }
            for k in 0..<outputs { results[k].append(parts[k]) }
        }
        let scalar = arrays.allSatisfy { $0.ndim == 0 }
        let made = try results.map { r throws(PythonError) in
            try Interpreter.unwrap(try ObjectValues.array(r, shape: shape), scalar: scalar)
        }
        return outputs == 1 ? made[0] : .tuple(made)
    }

    /// `a @ b` (and `np.dot`) with an object array: each output element the sum of the
    /// products along k, by Python's `*` and `+` in order, as NumPy's object loop adds them.
    func objectMatmul(_ left: Value, _ right: Value) throws(PythonError) -> Value {
        let (a, b) = (try objectOperand(left), try objectOperand(right))
        for (position, operand) in [a, b].enumerated() where operand.ndim == 0 {
            throw .value(
                "matmul: Input operand \(position) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)"
            )
        }
        guard a.ndim <= 2, b.ndim <= 2 else {
            throw .notImplemented("matrix products of object arrays of more than 2 dimensions are not supported yet")
        }
        let x = a.ndim == 1 ? try a.reshape([1, a.size]) : a
        let y = b.ndim == 1 ? try b.reshape([b.size, 1]) : b
        let (n, k, m) = (x.shape[0], x.shape[1], y.shape[1])
        guard y.shape[0] == k else {
            throw .value(
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(y.shape[0]) is different from \(k))"
            )
        }
        let products = try objectBinary(.multiply, .array(try x.reshape([n, k, 1])), .array(try y.reshape([1, k, m])))
        let sums = try NumPyModule.objectReduction(
            .sum, try Convert.array(products, dtype: .object), axes: [1], keepdims: false, self)
        let shape = (a.ndim == 2 ? [n] : []) + (b.ndim == 2 ? [m] : [])
        return try Interpreter.unwrap(try Convert.array(sums, dtype: .object).reshape(shape), scalar: true)
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

// MARK: - Sorting

extension Interpreter {
    /// `np.sort` of an object array along `axis` (nil: flattened), by Python's `<`.
    ///
    /// NumPy's order of elements that are equal but not alike (1, 1.0 and True) depends on
    /// its sort's inner steps, so such a tie is refused rather than ordered another way.
    func objectSorted(_ a: NDArray, axis: Int?) throws(PythonError) -> NDArray {
        try objectRows(a, axis: axis) { row throws(PythonError) in try sortedRow(row) }
    }

    /// `np.cumsum` / `np.cumprod` of an object array: running sums or products by Python's operators.
    func objectRunning(_ operation: BinaryOperator, _ a: NDArray, axis: Int?) throws(PythonError) -> NDArray {
        try objectRows(a, axis: axis) { row throws(PythonError) in
            var running: [Value] = []
            for value in row {
                running.append(
                    try running.last.map { v throws(PythonError) in try binary(operation, v, value) } ?? value)
            }
            return running
        }
    }

    /// `np.argmax` / `np.argmin` of an object array: the first position of the largest
    /// (by Python's `>`) or smallest (by `<`) element along `axis` (of the flattened array when nil).
    func objectExtremePosition(_ a: NDArray, axis: Int?, minimum: Bool) throws(PythonError) -> NDArray {
        let flat = axis == nil ? try a.reshape([a.size]) : a
        let reduced = try flat.normalizeAxis(axis ?? 0)
        let kept = flat.shape.indices.filter { $0 != reduced }
        let values = try ObjectValues.values(try flat.transposed(kept + [reduced]))
        let length = flat.shape[reduced]
        guard length > 0 else { throw .value("attempt to get \(minimum ? "argmin" : "argmax") of an empty sequence") }
        var positions: [Scalar] = []
        for start in stride(from: 0, to: values.count, by: length) {
            var position = 0
            for i in 1..<length
            where try Convert.truth(
                try compare(minimum ? .less : .greater, values[start + i], values[start + position]))
            {
                position = i
            }
            positions.append(Scalar(int64: Int64(position)))
        }
        return try NDArray.from(scalars: positions, shape: kept.map { flat.shape[$0] }, dtype: .int64)
    }

    /// `transform` applied to each row of `a` along `axis` (of the flattened array when nil),
    /// the rows put back where they were: a new object array.
    private func objectRows(_ a: NDArray, axis: Int?, _ transform: ([Value]) throws(PythonError) -> [Value])
        throws(PythonError) -> NDArray
    {
        guard let axis else { return try objectRows(try a.reshape([a.size]), axis: 0, transform) }
        guard a.ndim > 0 else { throw .axis(axis, ndim: 0) }
        guard (-a.ndim..<a.ndim).contains(axis) else { throw .axis(axis, ndim: a.ndim) }
        let last = a.ndim - 1
        var order = Array(0..<a.ndim)
        order.swapAt(axis < 0 ? axis + a.ndim : axis, last)
        let moved = try a.transposed(order)
        let values = try ObjectValues.values(moved)
        let length = moved.shape[last]
        var rows: [Value] = []
        for start in stride(from: 0, to: values.count, by: max(length, 1)) {
            rows += try transform(Array(values[start..<start + length]))
        }
        return try ObjectValues.array(rows, shape: moved.shape).transposed(order).copy()
    }

    /// One row sorted by a stable merge sort on Python's `<`.
    private func sortedRow(_ row: [Value]) throws(PythonError) -> [Value] {
        let less = { (x: Value, y: Value) throws(PythonError) -> Bool in
            try Convert.truth(try self.compare(.less, x, y))
        }
        var items = row
        var width = 1
        while width < items.count {
            var merged: [Value] = []
            merged.reserveCapacity(items.count)
            for start in stride(from: 0, to: items.count, by: 2 * width) {
                var i = start
                var j = min(start + width, items.count)
                let (middle, end) = (j, min(start + 2 * width, items.count))
                while i < middle || j < end {
                    var takeLeft = j == end
                    if !takeLeft, i < middle { takeLeft = !(try less(items[j], items[i])) }
                    if takeLeft {
                        merged.append(items[i])
                        i += 1
                    } else {
                        merged.append(items[j])
                        j += 1
                    }
                }
            }
            items = merged
            width *= 2
        }
        for (x, y) in zip(items, items.dropFirst()) where !(try less(x, y)) {
            guard Interpreter.isPlainValue(x), Interpreter.isPlainValue(y), try Repr.repr(x) == Repr.repr(y) else {
                throw .notImplemented(
                    "sorting object arrays whose equal elements differ (\(Repr.tryRepr(x)) and \(Repr.tryRepr(y))) is not supported: NumPy orders them by its sort's steps"
                )
            }
        }
        return items
    }

    /// Values without identity of their own (a tie of two is the same whichever comes first).
    private static func isPlainValue(_ value: Value) -> Bool {
        switch value {
        case .none, .bool, .int, .bigInt, .float, .complex, .string: true
        default: false
        }
    }
}
