import ArrayEngine

/// Picking elements by conditions and indices: `select`, `choose`, `compress`,
/// `extract`, and the in-place `place` and `putmask`.
extension NumPyModule {
    static func choosingFunctions() -> [Function] {
        [
            function(
                "select(condlist, choicelist, default=0)",
                doc: "Each element from the first choice whose condition holds there, else default."
            ) {
                interpreter, args throws(PythonError) in
                try select(NumPyCalls(interpreter: interpreter), args)
            },
            function(
                "choose(a, choices, out=None, mode='raise')", notYet: ["out"],
                doc: "Each element from the choice its index in a names."
            ) {
                interpreter, args throws(PythonError) in
                try choose(NumPyCalls(interpreter: interpreter), args)
            },
            function(
                "compress(condition, a, axis=None, out=None)",
                doc: "The slices of a along axis (or of its elements, flattened) where condition is true."
            ) {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let condition = try args.array("condition")
                guard condition.ndim == 1 else { throw .value("condition must be a 1-d array") }
                let indices = try condition.nonzeroIndices()[0]
                return try np(
                    "take", args.raw("a") ?? .none, .array(indices),
                    keywords: [("axis", args.raw("axis") ?? .none), ("out", args.raw("out") ?? .none)])
            },
            function("extract(condition, arr)", doc: "The elements of arr where condition is true, flattened.") {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let indices = try np.array("ravel", args.raw("condition") ?? .none).nonzeroIndices()[0]
                return try np("take", try np("ravel", args.raw("arr") ?? .none), .array(indices))
            },
            function(
                "place(arr, mask, vals)",
                doc: "Writes vals, repeated as needed, into arr where mask is true (in place)."
            ) {
                interpreter, args throws(PythonError) in
                guard case .array(let target) = args.raw("arr") ?? .none else {
                    throw .type("place() argument 1 must be numpy.ndarray, not \((args.raw("arr") ?? .none).typeName)")
                }
                let vals = args.raw("vals") ?? .none
                let positions = try maskPositions(interpreter, target, args.raw("mask") ?? .none, "place")
                if positions.size == 0 { return .none }
                let values = try NumPyCalls(interpreter: interpreter).array("ravel", vals)
                if values.size == 0 { throw .value("Cannot insert from an empty array!") }
                try writeFlat(interpreter, target, positions, values)
                return .none
            },
            function(
                "putmask(a, /, mask, values)",
                doc: "Writes values[i % len(values)] into a's flat position i wherever mask is true (in place)."
            ) {
                interpreter, args throws(PythonError) in
                guard case .array(let target) = args.raw("a") ?? .none else {
                    throw .type("putmask: first argument must be an array")
                }
                let np = NumPyCalls(interpreter: interpreter)
                let positions = try maskPositions(interpreter, target, args.raw("mask") ?? .none, "putmask")
                let values = try np.array("ravel", args.raw("values") ?? .none)
                if positions.size == 0 || values.size == 0 { return .none }
                let chosen = try np.array(
                    "take", .array(values), .array(positions), keywords: [("mode", .string("wrap"))])
                try writeFlat(interpreter, target, positions, chosen)
                return .none
            },
        ]
    }

    /// The flat positions where `mask` (as large as the array) is true.
    private static func maskPositions(_ interpreter: Interpreter, _ target: NDArray, _ mask: Value, _ name: String)
        throws(PythonError) -> NDArray
    {
        let flat = try NumPyCalls(interpreter: interpreter).array("ravel", mask)
        guard flat.size == target.size else { throw .value("\(name): mask and data must be the same size") }
        return try flat.nonzeroIndices()[0]
    }

    /// Writes `values` (cast as unsafely as NumPy's place and putmask do) at flat positions of `target`.
    private static func writeFlat(
        _ interpreter: Interpreter, _ target: NDArray, _ positions: NDArray, _ values: NDArray
    )
        throws(PythonError)
    {
        guard target.isWriteable else { throw .value("assignment destination is read-only") }
        interpreter.noteWrite(target)
        let cast = try values.copy(as: target.dtype)
        _ = try NumPyCalls(interpreter: interpreter)("put", .array(target), .array(positions), .array(cast))
    }

    private static func select(_ np: NumPyCalls, _ args: BoundArguments) throws(PythonError) -> Value {
        let conditions = try np.interpreter.iterate(args.raw("condlist") ?? .none)
        var choices = try np.interpreter.iterate(args.raw("choicelist") ?? .none)
        guard conditions.count == choices.count else {
            throw .value("list of cases must be same length as list of conditions")
        }
        if conditions.isEmpty { throw .value("select with an empty condition list is not possible") }
        // Python numbers stay weak in the result type; anything else becomes an array.
        func operand(_ value: Value) throws(PythonError) -> Value {
            switch value {
            case .int, .float, .complex: value
            default: .array(try Convert.array(value))
            }
        }
        choices = try choices.map(operand) + [try operand(args.raw("default") ?? .int(0))]
        try checkCommonType(choices)
        let dtype = try np.call("result_type", choices)
        let conditionArrays = try np.interpreter.iterate(try np.call("broadcast_arrays", conditions))
        let choiceArrays = try np.interpreter.iterate(try np.call("broadcast_arrays", choices))
        for (i, condition) in conditionArrays.enumerated() where try Convert.array(condition).dtype != .bool {
            throw .type("invalid entry \(i) in condlist: should be boolean ndarray")
        }
        let firstChoice = try Convert.array(choiceArrays[0])
        let shape =
            firstChoice.ndim == 0
            ? try Convert.array(conditionArrays[0]).shape
            : try Broadcasting.operandShape([try Convert.array(conditionArrays[0]).shape, firstChoice.shape])
        let result = try np("full", .tuple(shape.map { .int($0) }), choiceArrays[choiceArrays.count - 1], dtype)
        for (choice, condition) in zip(choiceArrays.dropLast().reversed(), conditionArrays.reversed()) {
            _ = try np("copyto", result, choice, keywords: [("where", condition)])
        }
        return result
    }

    /// Strings and numbers have no common type (NumPy's promotion error, as select words it).
    private static func checkCommonType(_ choices: [Value]) throws(PythonError) {
        let classes = choices.map { value -> (name: String, isString: Bool) in
            switch value {
            case .int: return ("_PyLongDType", false)
            case .float: return ("_PyFloatDType", false)
            case .complex: return ("_PyComplexDType", false)
            default:
                let dtype = (try? Convert.array(value).dtype) ?? .float64
                return (DTypeNames.className(dtype), dtype.isString)
            }
        }
        guard let first = classes.first, let other = classes.first(where: { $0.isString != first.isString }) else {
            return
        }
        let all = classes.map { "<class 'numpy.dtypes.\($0.name)'>" }.joined(separator: ", ")
        throw .type(
            "Choicelist and default value do not have a common dtype: The DType <class 'numpy.dtypes.\(first.name)'> could not be promoted by <class 'numpy.dtypes.\(other.name)'>. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is `object`. The full list of DTypes is: (\(all))"
        )
    }

    private static func choose(_ np: NumPyCalls, _ args: BoundArguments) throws(PythonError) -> Value {
        let mode = try args.string("mode") ?? "raise"
        guard ["raise", "wrap", "clip"].contains(mode) else {
            throw .value("clipmode must be one of 'clip', 'raise', or 'wrap' (got \(Repr.tryRepr(.string(mode))))")
        }
        let a = try args.array("a")
        guard a.dtype.isInteger || a.dtype == .bool else {
            throw .type(
                "Cannot cast array data from \(a.dtype.reprText) to dtype('int64') according to the rule 'safe'")
        }
        let choices = try np.interpreter.iterate(args.raw("choices") ?? .none).map { v throws(PythonError) in
            Value.array(try Convert.array(v))
        }
        let count = choices.count
        try checkCommonType(choices)
        let dtype = try np.call("result_type", choices)
        let broadcast = try np.interpreter.iterate(try np.call("broadcast_arrays", [.array(a)] + choices))
        var index = try Convert.array(broadcast[0]).copy(as: .int64)
        switch mode {
        case "raise":
            if try index.elements().contains(where: { $0.doubleValue < 0 || $0.doubleValue >= Double(count) }) {
                throw .value("invalid entry in choice array")
            }
        case "wrap": index = try np.array("mod", .array(index), .int(count))
        default: index = try np.array("clip", .array(index), .int(0), .int(count - 1))
        }
        let shape = Value.tuple(index.shape.map { .int($0) })
        let result = try np("zeros", shape, dtype)
        for (k, choice) in broadcast.dropFirst().enumerated() {
            _ = try np("copyto", result, choice, keywords: [("where", try np("equal", .array(index), .int(k)))])
        }
        return result
    }
}
