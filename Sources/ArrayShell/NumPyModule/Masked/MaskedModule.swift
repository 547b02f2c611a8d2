import ArrayEngine

/// `np.ma`: building masked arrays, the functions on them, and the `masked` and
/// `nomask` constants. Every name of NumPy's `np.ma` not here is a NotImplementedError.
enum MaskedModule {
    static func make(_ interpreter: Interpreter) -> Module {
        let masked = MaskedArray(
            data: .scalar(Scalar(double: 0)), mask: .scalar(Scalar(bool: true)), link: interpreter.link,
            isConstant: true)
        var table: [String: Value] = [
            "masked": .object(masked), "nomask": .scalar(Scalar(bool: false)), "MaskedArray": .type(.maskedArray),
        ]
        table["masked_array"] = table["MaskedArray"]
        for function in creationFunctions() + maskingFunctions() + queryFunctions() + MaskedFunctions.all() {
            function.owner = "np.ma"
            table[function.name] = .function(function)
        }
        table["anomalies"] = table["anom"]
        table["isMA"] = table["isMaskedArray"]
        table["isarray"] = table["isMaskedArray"]
        return Module(name: "numpy.ma", attributes: table)
    }

    static func function(
        _ declaration: String, notYet: Set<String> = [], doc: String,
        _ body: @escaping (Interpreter, BoundArguments) throws(PythonError) -> Value
    ) -> Function {
        Function(Signature(declaration, notYet: notYet), kind: .numpy, doc: doc, body)
    }

    /// `np.ma.MaskedArray(...)`, `np.ma.masked_array(...)`.
    static func constructor(of type: PythonType) -> Function? {
        guard type == .maskedArray else { return nil }
        let function = function(
            "MaskedArray(data=None, mask=<no value>, dtype=None, copy=False, subok=True, ndmin=0, fill_value=None, keep_mask=True, hard_mask=None, shrink=True, order=None)",
            notYet: ["subok", "ndmin", "shrink", "order"],
            doc: "A masked array over data (a view of an array, unless copy=True or a dtype differs)."
        ) { interpreter, args throws(PythonError) in
            .object(try build(args, in: interpreter))
        }
        function.owner = "np.ma"
        return function
    }

    // MARK: - Building

    private static func creationFunctions() -> [Function] {
        [
            function(
                "array(data, dtype=None, copy=False, order=None, mask=<no value>, fill_value=None, keep_mask=True, hard_mask=False, shrink=True, subok=True, ndmin=0)",
                notYet: ["order", "shrink", "subok", "ndmin"],
                doc: "A masked array over data (a view of an array, unless copy=True or a dtype differs)."
            ) { interpreter, args throws(PythonError) in
                .object(try build(args, in: interpreter))
            },
            forwarded("zeros"), forwarded("ones"), forwarded("empty"), forwarded("arange"),
        ]
    }

    /// `np.ma.zeros(...)` and kin: NumPy's array, without a mask.
    private static func forwarded(_ name: String) -> Function {
        function("\(name)(*args, **kwargs)", doc: "np.\(name)'s array as a masked array with nothing masked.") {
            interpreter, args throws(PythonError) in
            let made = try interpreter.callNumPy(name, args.variadic("args"), keywords: args.keywords("kwargs"))
            return .object(MaskedArray(data: try Convert.array(made), mask: nil, link: interpreter.link))
        }
    }

    /// `MaskedArray.__new__`: the values (the masked array's own, an array's view, or a
    /// new array), the given mask or-ed with the values' own (`keep_mask`), the fill value.
    static func build(_ args: BoundArguments, in interpreter: Interpreter) throws(PythonError) -> MaskedArray {
        let source = args.raw("data") ?? .none
        let dtype = try args.dtype("dtype")
        let copy = try args.bool("copy")
        let given = source.maskedArray
        var values = try MaskedModule.values(of: source)
        if let dtype, dtype != values.dtype {
            values = try values.copy(as: dtype)
        } else if copy {
            values = try values.copy()
        } else if case .array = source.maskedData {
            values = values.view()
        }
        try MaskedArray.checkSupported(values.dtype)
        // A masked array's mask is shared (NumPy's `_sharedmask`), through a view of it.
        var mask = try given?.mask.map { m throws(PythonError) in copy ? try m.copy() : m.view() }
        if !(try args.bool("keep_mask")) { mask = nil }
        if let maskValue = args.raw("mask"), !isNomask(maskValue) {
            let newMask = try maskFor(values, maskValue, copy: copy, in: interpreter)
            if let old = mask {
                mask = try Convert.array(try interpreter.callNumPy("logical_or", [.array(old), .array(newMask)]))
            } else {
                mask = newMask
            }
        }
        let result = MaskedArray(data: values, mask: mask, fillValue: given?.fillValue, link: interpreter.link)
        // Values of another dtype take the fill value converted (NumPy's __array_finalize__).
        if let fill = given?.fillValue, fill.dtype != values.dtype, given?.data.dtype != values.dtype {
            result.fillValue = try result.checkedFillValue(try NumPyModule.result(fill), in: interpreter)
        }
        if let fill = args["fill_value"] { result.fillValue = try result.checkedFillValue(fill, in: interpreter) }
        if let hard = args["hard_mask"] {
            result.hardMask = try Convert.truth(hard)
        } else {
            result.hardMask = given?.hardMask ?? false
        }
        return result
    }

    /// A masked array's values, or `np.asarray(value)` of anything else.
    private static func values(of value: Value) throws(PythonError) -> NDArray {
        if let array = value.maskedArray { return array.data }
        return try Convert.array(value)
    }

    /// `np.ma.nomask` (np.False_) stands for no mask at all.
    static func isNomask(_ value: Value) -> Bool {
        if case .scalar(let s) = value, s.dtype == .bool, !s.boolValue { return true }
        return false
    }

    /// A mask for the values: an array of bools is used as it is, anything else converted;
    /// one value covers them all, as many values are laid out in their shape.
    static func maskFor(_ values: NDArray, _ given: Value, copy: Bool, in interpreter: Interpreter) throws(PythonError)
        -> NDArray
    {
        var mask: NDArray
        if case .array(let m) = given, m.dtype == .bool {
            mask = copy ? try m.copy() : m
        } else {
            mask = try Convert.array(
                try interpreter.callNumPy("array", [given], keywords: [("dtype", .scalarType(.bool))]))
        }
        guard mask.shape != values.shape else { return mask }
        if mask.size == 1 {
            return try NDArray.full(shape: values.shape, value: try mask.ravel().item(), dtype: .bool)
        }
        guard mask.size == values.size else {
            throw PythonError(
                "MaskError", "Mask and data not compatible: data size is \(values.size), mask size is \(mask.size).")
        }
        return try mask.reshape(values.shape)
    }

    // MARK: - Masking by condition

    private static func maskingFunctions() -> [Function] {
        [
            function("masked_where(condition, a, copy=True)", doc: "a masked where condition is true.") {
                interpreter, args throws(PythonError) in
                .object(
                    try maskedWhere(
                        args.raw("condition") ?? .none, args.raw("a") ?? .none, copy: try args.bool("copy"),
                        in: interpreter))
            },
            compared("masked_equal", "equal", fillsWithValue: true),
            compared("masked_not_equal", "not_equal", fillsWithValue: false),
            compared("masked_greater", "greater", fillsWithValue: false),
            compared("masked_greater_equal", "greater_equal", fillsWithValue: false),
            compared("masked_less", "less", fillsWithValue: false),
            compared("masked_less_equal", "less_equal", fillsWithValue: false),
            interval("masked_inside", inside: true), interval("masked_outside", inside: false),
            function("masked_invalid(a, copy=True)", doc: "a masked where it is nan or infinite.") {
                interpreter, args throws(PythonError) in
                let a = args.raw("a") ?? .none
                let finite = try interpreter.callNumPy("isfinite", [a.maskedData])
                let result = try maskedWhere(
                    try interpreter.callNumPy("logical_not", [finite]), a, copy: try args.bool("copy"), in: interpreter)
                _ = try result.writableMask()
                return .object(result)
            },
            function(
                "masked_values(x, value, rtol=1e-05, atol=1e-08, copy=True, shrink=True)",
                doc: "x masked where close to value (equal to it for integers), value its fill value."
            ) { interpreter, args throws(PythonError) in
                let x = args.raw("x") ?? .none
                let value = args.raw("value") ?? .none
                let filled: NDArray =
                    if let array = x.maskedArray { try array.filled(value, in: interpreter) } else {
                        try Convert.array(x)
                    }
                let close =
                    filled.dtype.isFloat
                    ? try interpreter.callNumPy(
                        "isclose", [.array(filled), value],
                        keywords: [("atol", args.raw("atol") ?? .none), ("rtol", args.raw("rtol") ?? .none)])
                    : try interpreter.callNumPy("equal", [.array(filled), value])
                let copy = try args.bool("copy")
                let result = MaskedArray(
                    data: copy ? try filled.copy() : filled, mask: try Convert.array(close), link: interpreter.link)
                result.fillValue = try result.checkedFillValue(value, in: interpreter)
                if try args.bool("shrink"), !(try result.hasMasked) { result.mask = nil }
                return .object(result)
            },
        ]
    }

    /// `np.ma.masked_where`: the mask or-ed with the values' own; no mask at all when
    /// nothing ends up masked.
    static func maskedWhere(_ condition: Value, _ a: Value, copy: Bool, in interpreter: Interpreter)
        throws(PythonError) -> MaskedArray
    {
        var cond = try Convert.array(
            try interpreter.callNumPy("array", [condition], keywords: [("dtype", .scalarType(.bool))]))
        let given = a.maskedArray
        var values = try MaskedModule.values(of: a)
        try MaskedArray.checkSupported(values.dtype)
        values = copy ? try values.copy() : values.view()
        guard cond.shape == values.shape else {
            throw .index(
                "Inconsistent shape between the condition and the input (got \(ShapeText.tuple(cond.shape)) and \(ShapeText.tuple(values.shape)))"
            )
        }
        if let old = given?.mask {
            cond = try Convert.array(try interpreter.callNumPy("logical_or", [.array(cond), .array(old)]))
        }
        let anyMasked = try MaskedArray.anyTrue(cond)
        let result = MaskedArray(
            data: values, mask: anyMasked || given?.mask != nil ? cond : nil, fillValue: given?.fillValue,
            link: interpreter.link)
        result.hardMask = given?.hardMask ?? false
        return result
    }

    private static func compared(_ name: String, _ ufunc: String, fillsWithValue: Bool) -> Function {
        function("\(name)(x, value, copy=True)", doc: "x masked where np.\(ufunc)(x, value).") {
            interpreter, args throws(PythonError) in
            let x = args.raw("x") ?? .none
            let value = args.raw("value") ?? .none
            let condition = try interpreter.callNumPy(ufunc, [x.maskedData, value])
            let result = try maskedWhere(condition, x, copy: try args.bool("copy"), in: interpreter)
            if fillsWithValue { result.fillValue = try result.checkedFillValue(value, in: interpreter) }
            return .object(result)
        }
    }

    private static func interval(_ name: String, inside: Bool) -> Function {
        function("\(name)(x, v1, v2, copy=True)", doc: "x masked \(inside ? "inside" : "outside") [v1, v2].") {
            interpreter, args throws(PythonError) in
            let x = args.raw("x") ?? .none
            var (low, high) = (args.raw("v1") ?? .none, args.raw("v2") ?? .none)
            if try Convert.truth(try interpreter.compare(.less, high, low)) { (low, high) = (high, low) }
            var values = x
            if let array = x.maskedArray { values = .array(try array.filled(.none, in: interpreter)) }
            let condition =
                inside
                ? try interpreter.callNumPy(
                    "logical_and",
                    [
                        try interpreter.callNumPy("greater_equal", [values, low]),
                        try interpreter.callNumPy("less_equal", [values, high]),
                    ])
                : try interpreter.callNumPy(
                    "logical_or",
                    [
                        try interpreter.callNumPy("less", [values, low]),
                        try interpreter.callNumPy("greater", [values, high]),
                    ])
            return .object(try maskedWhere(condition, x, copy: try args.bool("copy"), in: interpreter))
        }
    }

    // MARK: - Questions

    private static func queryFunctions() -> [Function] {
        [
            function("getmask(a)", doc: "a's mask (a view), nomask when it has none.") { _, args throws(PythonError) in
                guard let array = (args.raw("a") ?? .none).maskedArray, let mask = array.mask else {
                    return .scalar(Scalar(bool: false))
                }
                return .array(mask.view())
            },
            function("getmaskarray(arr)", doc: "arr's mask, all False when it has none (a new array then).") {
                interpreter, args throws(PythonError) in
                .array(try interpreter.maskArray(of: args.raw("arr") ?? .none))
            },
            function("getdata(a, subok=True)", notYet: ["subok"], doc: "a's values (a view), masked or not.") {
                _, args throws(PythonError) in
                let a = args.raw("a") ?? .none
                if let array = a.maskedArray { return .array(array.data.view()) }
                return .array(try Convert.array(a))
            },
            function("set_fill_value(a, fill_value)", doc: "Sets a's fill value (nothing for other values).") {
                interpreter, args throws(PythonError) in
                let fill = args.raw("fill_value") ?? .none
                if let array = (args.raw("a") ?? .none).maskedArray {
                    array.fillValue = try array.checkedFillValue(fill, in: interpreter)
                }
                return .none
            },
            function("is_masked(x)", doc: "True when some value of x is masked.") { _, args throws(PythonError) in
                .bool(try (args.raw("x") ?? .none).maskedArray?.hasMasked ?? false)
            },
            function("isMaskedArray(x)", doc: "True when x is a masked array.") { _, args throws(PythonError) in
                .bool((args.raw("x") ?? .none).maskedArray != nil)
            },
            function("count_masked(arr, axis=None)", doc: "How many values are masked (along axis).") {
                interpreter, args throws(PythonError) in
                let mask = try interpreter.maskArray(of: args.raw("arr") ?? .none)
                return try interpreter.callNumPy("sum", [.array(mask)], keywords: [("axis", args.raw("axis") ?? .none)])
            },
        ]
    }
}
