import ArrayEngine

/// Reductions that skip masked values, as `MaskedArray`'s methods compute them: on the
/// values filled with the operation's identity (0 for sums, the largest value for
/// minima), masked where every value along the axis is.
extension MaskedArray {
    /// The passed `axis=` and `keepdims=` of a reduction, to hand on to NumPy's.
    static func reductionKeywords(_ args: BoundArguments, _ names: [String] = ["axis", "keepdims"]) -> [(
        name: String, value: Value
    )] {
        names.compactMap { name in args.passed(name) ? (name, args.raw(name) ?? .none) : nil }
    }

    /// `mask.all(axis)`: where every value along the axis is masked (nil under `nomask`).
    private func reducedMask(_ keywords: [(name: String, value: Value)], in interpreter: Interpreter)
        throws(PythonError) -> Value?
    {
        guard let mask else { return nil }
        return try interpreter.callNumPy("all", [.array(mask)], keywords: keywords)
    }

    /// A reduction's result: masked where `mask` is, `masked` for a masked scalar.
    private func reduced(_ result: Value, mask: Value?, in interpreter: Interpreter) throws(PythonError) -> Value {
        guard case .array(let values) = result, values.ndim > 0 else {
            if let mask, try Convert.truth(mask) { return interpreter.maskedConstant }
            return result
        }
        return .object(make(values, mask: try mask.map { m throws(PythonError) in try Convert.array(m) }))
    }

    /// `sum` and `prod`: the values filled with 0 or 1, reduced.
    func total(_ function: String, identity: Value, _ args: BoundArguments, in interpreter: Interpreter)
        throws(PythonError) -> Value
    {
        try total(
            function, identity: identity, keywords: Self.reductionKeywords(args), dtype: args.raw("dtype") ?? .none,
            in: interpreter)
    }

    func total(
        _ function: String, identity: Value, keywords: [(name: String, value: Value)], dtype: Value,
        in interpreter: Interpreter
    ) throws(PythonError) -> Value {
        let filled = try self.filled(identity, in: interpreter)
        let result = try interpreter.callNumPy(function, [.array(filled)], keywords: keywords + [("dtype", dtype)])
        return try reduced(result, mask: try reducedMask(keywords, in: interpreter), in: interpreter)
    }

    /// `min` and `max`: the values filled with the dtype's extreme, reduced; where a result
    /// is masked its value is the fill value.
    func extreme(minimum: Bool, _ args: BoundArguments, in interpreter: Interpreter) throws(PythonError) -> Value {
        let keywords = Self.reductionKeywords(args)
        let fill = args.raw("fill_value") ?? .none
        let filled = try self.filled(
            fill.isNone ? try Self.extremeFill(data.dtype, minimum: minimum) : fill, in: interpreter)
        let result = try interpreter.callNumPy(minimum ? "min" : "max", [.array(filled)], keywords: keywords)
        let mask = try reducedMask(keywords, in: interpreter)
        let value = try reduced(result, mask: mask, in: interpreter)
        if let array = value.maskedArray, let mask {
            _ = try interpreter.callNumPy(
                "copyto", [.array(array.data), try NumPyModule.result(array.effectiveFillValue)],
                keywords: [("casting", .string("unsafe")), ("where", mask)])
        }
        return value
    }

    /// `argmin` and `argmax`: of the values filled with the dtype's extreme.
    func extremeIndex(minimum: Bool, _ args: BoundArguments, in interpreter: Interpreter) throws(PythonError) -> Value {
        let fill = args.raw("fill_value") ?? .none
        let filled = try self.filled(
            fill.isNone ? try Self.extremeFill(data.dtype, minimum: minimum) : fill, in: interpreter)
        return try interpreter.callNumPy(
            minimum ? "argmin" : "argmax", [.array(filled)], keywords: Self.reductionKeywords(args))
    }

    /// `minimum_fill_value` (the largest value of the dtype) or `maximum_fill_value`.
    static func extremeFill(_ dtype: DType, minimum: Bool) throws(PythonError) -> Value {
        switch dtype.kind {
        case .floating: return .float(minimum ? .infinity : -.infinity)
        case .boolean: return .bool(minimum)
        case .signed:
            let bits = 8 * dtype.itemsize - 1
            return .scalar(Scalar(.int(minimum ? Int64.max >> (63 - bits) : Int64.min >> (63 - bits)), as: dtype))
        case .unsigned:
            return .scalar(Scalar(.uint(minimum ? UInt64.max >> (64 - 8 * dtype.itemsize) : 0), as: dtype))
        default:
            throw .notImplemented("min and max of masked arrays of dtype \(dtype.name) are not implemented in arrsh")
        }
    }

    /// `count(axis)`: how many values are not masked.
    func count(_ args: BoundArguments, in interpreter: Interpreter) throws(PythonError) -> Value {
        let keywords = Self.reductionKeywords(args)
        guard let mask else {
            if keywords.isEmpty { return .int(data.size) }
            let ones = try NDArray.full(shape: data.shape, value: Scalar(int64: 1), dtype: .int64)
            return try interpreter.callNumPy("sum", [.array(ones)], keywords: keywords)
        }
        let unmasked = try interpreter.callNumPy("logical_not", [.array(mask)])
        return try interpreter.callNumPy("sum", [unmasked], keywords: keywords + [("dtype", .scalarType(.int64))])
    }

    /// `mean`: the sum of the unmasked values over their count.
    func mean(_ args: BoundArguments, in interpreter: Interpreter) throws(PythonError) -> Value {
        try mean(keywords: Self.reductionKeywords(args), dtype: args.raw("dtype") ?? .none, in: interpreter)
    }

    func mean(keywords: [(name: String, value: Value)], dtype: Value, in interpreter: Interpreter)
        throws(PythonError) -> Value
    {
        guard mask != nil else {
            let mean = try interpreter.callNumPy("mean", [.array(data)], keywords: keywords + [("dtype", dtype)])
            return try reduced(mean, mask: nil, in: interpreter)
        }
        let sum = try total("sum", identity: .int(0), keywords: keywords, dtype: dtype, in: interpreter)
        let counted = try interpreter.callNumPy(
            "sum", [try interpreter.callNumPy("logical_not", [.array(try maskArray())])],
            keywords: keywords + [("dtype", .scalarType(.int64))])
        if case .scalar = counted, !(try Convert.truth(counted)) { return interpreter.maskedConstant }
        return try interpreter.maskedDivision(
            "divide", try interpreter.maskedBinary("multiply", sum, .float(1)), counted)
    }

    /// `var` (and `std`, its square root): the mean squared deviation from the mean of
    /// the unmasked values, over their count less `ddof`.
    func variance(_ args: BoundArguments, root: Bool, in interpreter: Interpreter) throws(PythonError) -> Value {
        let result = try variance(args, in: interpreter)
        guard root, result.maskedArray?.isConstant != true else { return result }
        return try interpreter.maskedUnary("sqrt", result, domain: MaskedFunctions.below(0))
    }

    private func variance(_ args: BoundArguments, in interpreter: Interpreter) throws(PythonError) -> Value {
        let keywords = Self.reductionKeywords(args)
        let dtype = args.raw("dtype") ?? .none
        let ddof = args.raw("ddof") ?? .int(0)
        guard mask != nil else {
            let spread = try interpreter.callNumPy(
                "var", [.array(data)], keywords: keywords + [("dtype", dtype), ("ddof", ddof)])
            return try reduced(spread, mask: nil, in: interpreter)
        }
        let meanKeywords = Self.reductionKeywords(args, ["axis"]) + [("keepdims", .bool(true))]
        let counted = try interpreter.callNumPy(
            "sum", [try interpreter.callNumPy("logical_not", [.array(try maskArray())])],
            keywords: keywords + [("dtype", .scalarType(.int64))])
        let count = try interpreter.binary(.subtract, counted, ddof)
        let center = try mean(keywords: meanKeywords, dtype: dtype, in: interpreter)
        let deviation = try interpreter.maskedBinary("subtract", .object(self), center)
        let squared =
            data.dtype.isComplex
            ? try interpreter.maskedPower(try interpreter.maskedUnary("absolute", deviation), .int(2))
            : try interpreter.maskedBinary("multiply", deviation, deviation)
        guard let squares = squared.maskedArray else { return interpreter.maskedConstant }
        let sum = try squares.total("sum", identity: .int(0), keywords: keywords, dtype: .none, in: interpreter)
        let result = try interpreter.maskedDivision("divide", sum, count)
        if let array = result.maskedArray, !array.isConstant {
            let allMasked = try interpreter.callNumPy("all", [.array(try maskArray())], keywords: keywords)
            let tooFew = try interpreter.compare(.lessEqual, count, .int(0))
            array.mask = try Convert.array(try interpreter.callNumPy("logical_or", [allMasked, tooFew]))
            array.fillValue = fillValue
        }
        return result
    }
}
