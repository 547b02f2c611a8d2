import ArrayEngine

/// Arithmetic and comparisons on masked arrays, as `np.ma`'s `_MaskedBinaryOperation`,
/// `_DomainedBinaryOperation`, `_MaskedUnaryOperation`, `power` and `_comparison` do
/// them: the ufunc runs on the values with divide and invalid warnings off, the masks
/// are or-ed, values outside a function's domain are masked too, and the result holds
/// the first operand's values where it is masked.
extension Interpreter {
    /// `a op b` when either is a masked array (nil otherwise).
    func maskedOperator(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value? {
        guard a.maskedArray != nil || b.maskedArray != nil else { return nil }
        switch op {
        case .add: return try maskedBinary("add", a, b)
        case .subtract: return try maskedBinary("subtract", a, b)
        case .multiply: return try maskedBinary("multiply", a, b)
        case .divide: return try maskedDivision("divide", a, b)
        case .floorDivide: return try maskedDivision("floor_divide", a, b)
        case .power: return try maskedPower(a, b)
        default:
            throw .notImplemented("the operator \(op.rawValue) on masked arrays is not implemented in arrsh")
        }
    }

    /// `-a`, `+a`, `~a` of a masked array (nil for any other value).
    func maskedUnaryOperator(_ op: UnaryOperator, _ a: Value) throws(PythonError) -> Value? {
        guard a.maskedArray != nil else { return nil }
        switch op {
        case .negate: return try maskedUnary("negative", a)
        case .plus: return try maskedUnary("positive", a)
        case .invert: return try maskedUnary("invert", a)
        case .not: return nil
        }
    }

    /// `a += b`, `a -= b`, `a *= b`, `a /= b`, `a //= b` of a masked array `a`, in place:
    /// its mask gains b's (and a zero divisor's), and its masked values stay as they are
    /// (nil when `a` is no masked array).
    func maskedInPlace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value? {
        guard let target = a.maskedArray else { return nil }
        let identity: Value
        switch op {
        case .add, .subtract: identity = .int(0)
        case .multiply, .divide, .floorDivide: identity = .int(1)
        default:
            throw .notImplemented("the operator \(op.rawValue)= on masked arrays is not implemented in arrsh")
        }
        if target.isConstant { throw .notImplemented("changing np.ma.masked is not implemented in arrsh") }
        var values = b.maskedData
        if op == .divide || op == .floorDivide {
            let zero = try ignoringDomainErrors { () throws(PythonError) in
                try callNumPy(
                    "greater_equal",
                    [
                        try callNumPy(
                            "multiply",
                            [try callNumPy("absolute", [.array(target.data)]), .float(2.2250738585072014e-308)]),
                        try callNumPy("absolute", [values]),
                    ])
            }
            let zeroMask = try Convert.array(zero)
            if try MaskedArray.anyTrue(zeroMask) {
                let mask = try target.writableMask()
                _ = try callNumPy("logical_or", [.array(mask), zero], keywords: [("out", .array(mask))])
            }
        }
        if let otherMask = b.maskedArray?.mask, target.mask != nil ? true : try MaskedArray.anyTrue(otherMask) {
            let mask = try target.writableMask()
            _ = try callNumPy("logical_or", [.array(mask), .array(otherMask)], keywords: [("out", .array(mask))])
        }
        if let mask = target.mask { values = try callNumPy("where", [.array(mask), identity, values]) }
        _ = try inPlace(op, .array(target.data), values)
        return a
    }

    // MARK: - The operations

    /// `_MaskedBinaryOperation`: add, subtract, multiply and the other undomained ufuncs.
    func maskedBinary(_ ufunc: String, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        let (da, db) = (a.maskedData, b.maskedData)
        let result = try ignoringDomainErrors { () throws(PythonError) in try callNumPy(ufunc, [da, db]) }
        let mask: NDArray? =
            a.maskedArray?.mask == nil && b.maskedArray?.mask == nil
            ? nil
            : try Convert.array(
                try callNumPy("logical_or", [.array(try maskArray(of: a)), .array(try maskArray(of: b))]))
        guard case .array(let values) = result, values.ndim > 0 else {
            if let mask, try MaskedArray.anyTrue(mask) { return maskedConstant }
            return result
        }
        if let mask, try MaskedArray.anyTrue(mask) {
            _ = try callNumPy(
                "copyto", [result, da], keywords: [("casting", .string("unsafe")), ("where", .array(mask))])
        }
        return .object(maskedResult(values, mask: mask, from: a, b))
    }

    /// `_DomainedBinaryOperation`: division, where a zero divisor (|a|·tiny ≥ |b|) and any
    /// result that is not finite are masked as well.
    func maskedDivision(_ ufunc: String, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        let (da, db) = (a.maskedData, b.maskedData)
        let result = try ignoringDomainErrors { () throws(PythonError) in try callNumPy(ufunc, [da, db]) }
        var mask = try callNumPy("logical_not", [try callNumPy("isfinite", [result])])
        for operandMask in [a.maskedArray?.mask, b.maskedArray?.mask].compactMap({ $0 }) {
            mask = try callNumPy("logical_or", [mask, .array(operandMask)])
        }
        let domain = try ignoringDomainErrors { () throws(PythonError) in
            try callNumPy(
                "greater_equal",
                [
                    try callNumPy("multiply", [try callNumPy("absolute", [da]), .float(2.2250738585072014e-308)]),
                    try callNumPy("absolute", [db]),
                ])
        }
        mask = try callNumPy("logical_or", [mask, domain])
        guard case .array(let values) = result, values.ndim > 0, case .array(let maskArray) = mask else {
            return try Convert.truth(mask) ? maskedConstant : result
        }
        let unsafe: [(name: String, value: Value)] = [("casting", .string("unsafe")), ("where", mask)]
        _ = try callNumPy("copyto", [result, .int(0)], keywords: unsafe)
        let maskedValues = try Convert.array(try callNumPy("multiply", [mask, da]))
        if Casting.safe.allows(maskedValues.dtype, values.dtype) {
            _ = try callNumPy("add", [result, .array(maskedValues)], keywords: [("out", result)])
        }
        return .object(maskedResult(values, mask: maskArray, from: a, b))
    }

    /// `np.ma.power`: masked where either operand is, and where the power is not finite
    /// (those values become the fill value).
    func maskedPower(_ a: Value, _ b: Value) throws(PythonError) -> Value {
        let (da, db) = (a.maskedData, b.maskedData)
        let operandMask = try maskOr(a.maskedArray?.mask, b.maskedArray?.mask).map { Value.array($0) }
        let powers = try ignoringDomainErrors { () throws(PythonError) in try callNumPy("power", [da, db]) }
        let values = try Convert.array(
            try callNumPy("where", [operandMask ?? .bool(false), da, powers]))
        let invalid = try Convert.array(try callNumPy("logical_not", [try callNumPy("isfinite", [.array(values)])]))
        let result = maskedResult(values, mask: nil, from: a.maskedArray != nil ? a : .none, .none)
        if let operandMask {
            if values.ndim == 0 { return maskedConstant }
            result.mask = try Convert.array(try callNumPy("logical_or", [operandMask, .array(invalid)]))
        }
        if try MaskedArray.anyTrue(invalid) {
            if values.ndim == 0 { return maskedConstant }
            if result.mask == nil { result.mask = invalid }
            try setItem(.array(values), .array(invalid), to: try NumPyModule.result(result.effectiveFillValue))
        }
        return .object(result)
    }

    /// `_MaskedUnaryOperation`: `np.ma.sqrt`, `np.ma.log`, ...; `domain` marks the
    /// values outside the function's domain, which are masked with the non-finite results.
    func maskedUnary(_ ufunc: String, _ a: Value, domain: ((Interpreter, Value) throws(PythonError) -> Value)? = nil)
        throws(PythonError) -> Value
    {
        let d = a.maskedData
        let result = try ignoringDomainErrors { () throws(PythonError) in try callNumPy(ufunc, [d]) }
        var mask: Value? = a.maskedArray?.mask.map { .array($0) }
        if let domain {
            var m = try callNumPy("logical_not", [try callNumPy("isfinite", [result])])
            m = try callNumPy(
                "logical_or", [m, try ignoringDomainErrors { () throws(PythonError) in try domain(self, d) }])
            if let given = mask { m = try callNumPy("logical_or", [m, given]) }
            mask = m
        }
        guard case .array(let values) = result, values.ndim > 0 else {
            if let mask, try Convert.truth(mask) { return maskedConstant }
            return result
        }
        if let mask {
            _ = try? callNumPy("copyto", [result, d], keywords: [("casting", .string("unsafe")), ("where", mask)])
        }
        return .object(
            maskedResult(values, mask: try mask.map { m throws(PythonError) in try Convert.array(m) }, from: a, .none))
    }

    /// `a op b` for a comparison with a masked array on either side (nil otherwise):
    /// masked where either is; `==` and `!=` count two masked values as equal.
    func maskedComparison(_ op: CompareOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
        let names: [CompareOperator: (String, CompareOperator)] = [
            .equal: ("equal", .equal), .notEqual: ("not_equal", .notEqual), .less: ("less", .greater),
            .lessEqual: ("less_equal", .greaterEqual), .greater: ("greater", .less),
            .greaterEqual: ("greater_equal", .lessEqual),
        ]
        guard let reflected = names[op]?.1 else { return nil }
        // Python asks the masked array first when it is on the right: `1 < x` is `x > 1`.
        let (this, other, compare) =
            left.maskedArray != nil
            ? (left, right, op) : right.maskedArray != nil ? (right, left, reflected) : (Value.none, Value.none, op)
        guard let array = this.maskedArray, let ufunc = names[compare]?.0 else { return nil }
        let otherMask = other.maskedArray?.mask
        let mask = try maskOr(array.mask, otherMask)
        var check = try callNumPy(ufunc, [.array(array.data), other.maskedData])
        guard case .array = check else {
            if let mask, try Convert.truth(.array(mask)) { return maskedConstant }
            return check
        }
        var resultMask = mask
        if let mask {
            if compare == .equal || compare == .notEqual {
                let bothMasked = try callNumPy(
                    ufunc, [.array(try array.maskArray()), otherMask.map { .array($0) } ?? .bool(false)])
                check = try callNumPy("where", [.array(mask), bothMasked, check])
            }
            let values = try Convert.array(check)
            if mask.shape != values.shape { resultMask = try mask.broadcast(to: values.shape).copy() }
        }
        let result = array.derived(data: try Convert.array(check), mask: resultMask)
        result.fillValue = try array.fillValue.map { fill throws(PythonError) in
            (try? fill.copy(as: .bool)) ?? MaskedArray.defaultFillValue(.bool)
        }
        return .object(result)
    }

    // MARK: - Helpers

    /// A masked array over a result, taking the fill value and hardness of the first
    /// operand that is a masked array (NumPy's `_update_from`).
    private func maskedResult(_ values: NDArray, mask: NDArray?, from a: Value, _ b: Value) -> MaskedArray {
        if let source = a.maskedArray ?? b.maskedArray { return source.derived(data: values, mask: mask) }
        return MaskedArray(data: values, mask: mask, link: link)
    }

    /// `np.ma.mask_or`: the masks or-ed (broadcast together), nomask when nothing is masked.
    func maskOr(_ a: NDArray?, _ b: NDArray?) throws(PythonError) -> NDArray? {
        let masks = [a, b].compactMap { $0 }
        guard let first = masks.first else { return nil }
        let result =
            masks.count == 1
            ? try first.copy() : try Convert.array(try callNumPy("logical_or", masks.map { .array($0) }))
        return try MaskedArray.anyTrue(result) ? result : nil
    }

    /// `np.ma.getmaskarray`: the mask, or all False in the operand's shape.
    func maskArray(of value: Value) throws(PythonError) -> NDArray {
        if let array = value.maskedArray { return try array.maskArray() }
        return try NDArray.full(shape: try Convert.array(value).shape, value: Scalar(bool: false), dtype: .bool)
    }

    /// Runs NumPy code under `np.errstate(divide='ignore', invalid='ignore')`, as `np.ma` does.
    func ignoringDomainErrors<T>(_ body: () throws(PythonError) -> T) throws(PythonError) -> T {
        let saved = floatingErrors
        floatingErrors["divide"] = "ignore"
        floatingErrors["invalid"] = "ignore"
        defer { floatingErrors = saved }
        return try body()
    }

    /// Calls `np.name` as a line of the user's would.
    func callNumPy(_ name: String, _ positional: [Value], keywords: [(name: String, value: Value)] = [])
        throws(PythonError) -> Value
    {
        guard let function = numpy.attributes[name] else {
            throw .notImplemented("np.\(name) is not implemented in arrsh")
        }
        return try call(function, Arguments(positional, keywords: keywords))
    }

    /// `np.ma.masked`.
    var maskedConstant: Value {
        if case .module(let ma) = numpy.attributes["ma"], let masked = ma.attributes["masked"] { return masked }
        return .none
    }
}

extension Value {
    /// The masked array this value is, if it is one.
    var maskedArray: MaskedArray? {
        if case .object(let array as MaskedArray) = self { return array }
        return nil
    }

    /// `np.ma.getdata`: a masked array's values, any other value as it is.
    var maskedData: Value { maskedArray.map { .array($0.data) } ?? self }
}
