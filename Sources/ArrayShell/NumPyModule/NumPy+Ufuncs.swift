import ArrayEngine

/// Element-wise functions (ufuncs), each accepting `out=` to write into an existing
/// array or view, `where=` to write only some elements, `casting=`, `order=` and `dtype=`.
extension NumPyModule {
    static func ufuncFunctions() -> [Function] {
        BinaryOperation.allCases.map(binaryUfunc) + UnaryOperation.allCases.map(unaryUfunc)
    }

    /// Other names of the same ufunc objects (`np.mod is np.remainder`).
    /// NumPy 2 adds the array API's spellings (`np.acos is np.arccos`).
    static let ufuncAliases = [
        "true_divide": "divide", "mod": "remainder", "abs": "absolute", "conj": "conjugate",
        "acos": "arccos", "acosh": "arccosh", "asin": "arcsin", "asinh": "arcsinh", "atan": "arctan",
        "atanh": "arctanh", "atan2": "arctan2", "pow": "power", "bitwise_not": "invert", "bitwise_invert": "invert",
        "bitwise_left_shift": "left_shift", "bitwise_right_shift": "right_shift",
    ]

    private static let ufuncKeywords =
        "out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None"

    /// The parameters of every binary and every unary ufunc, parsed once: each ufunc
    /// takes them under its own name (parsing them for each was 4% of start-up).
    private static let binaryParameters = Signature(
        "ufunc(x1, x2, /, \(ufuncKeywords))", notYet: ["subok", "signature"], style: .ufunc)
    private static let unaryParameters = Signature(
        "ufunc(x, /, \(ufuncKeywords))", notYet: ["subok", "signature"], style: .ufunc)

    private static func binaryUfunc(_ operation: BinaryOperation) -> Function {
        let signature = binaryParameters.renamed(operation.name)
        let doc =
            "Element-wise \(operation.name) with broadcasting: a new array, or written into out (which may be a view)."
        return Function(signature, kind: .ufunc, doc: doc) { interpreter, args throws(PythonError) in
            let x1 = args.raw("x1") ?? .none
            let x2 = args.raw("x2") ?? .none
            let dtype = try args.loopDType()
            if Interpreter.involvesObjects(x1, x2), dtype == nil, try args.out() == nil,
                let result = try interpreter.objectUfunc(operation, x1, x2)
            {
                return result
            }
            let a = try interpreter.operand(x1, besides: x2.numpyType)
            let b = try interpreter.operand(x2, besides: x1.numpyType)
            // gcd and lcm name the types they found no loop for.
            if operation.isIntegerOnly, !DType.promote(a.dtype, b.dtype).isInteger || dtype?.isInteger == false {
                let output = dtype.map { "<class 'numpy.dtypes.\(DTypeNames.className($0))'>" } ?? "None"
                throw PythonError(
                    "UFuncTypeError",
                    "ufunc '\(operation.name)' did not contain a loop with signature matching types (\(loopClass(x1, a.dtype)), \(loopClass(x2, b.dtype))) -> \(output)"
                )
            }
            if let dtype, !operation.hasLoop(for: dtype) { throw noLoop(operation.name) }
            // With dtype=, the loop computes in it and the inputs are cast to it.
            let resolved = try operation.resolveTypes(a.dtype, b.dtype)
            let types = dtype.map { (loop: $0, result: $0) } ?? resolved
            return try finishUfunc(operation.name, args, inputs: [a.dtype, b.dtype], types: types) {
                out throws(PythonError) in
                try interpreter.ufunc(operation, x1, x2, out: out, dtype: dtype, scalarMath: false)
            }
        }
    }

    private static func unaryUfunc(_ operation: UnaryOperation) -> Function {
        let signature = unaryParameters.renamed(operation.name)
        let doc = "Element-wise \(operation.name): a new array, or written into out (which may be a view)."
        return Function(signature, kind: .ufunc, doc: doc) { interpreter, args throws(PythonError) in
            var x = args.raw("x") ?? .none
            let input = try Convert.array(x)
            var types = try operation.resolveTypes(input.dtype)
            if let dtype = try args.loopDType() {
                guard operation.hasLoop(for: dtype) else { throw noLoop(operation.name) }
                let casting = try args.casting()
                // NumPy names no position when a ufunc has one input.
                guard casting.allows(input.dtype, dtype) || operation.fixedResult != nil else {
                    throw PythonError(
                        "UFuncTypeError",
                        "Cannot cast ufunc '\(operation.name)' input from dtype('\(input.dtype.name)') to dtype('\(dtype.name)') with casting rule '\(casting.rawValue)'"
                    )
                }
                if operation.fixedResult == nil {
                    x = .array(try input.copy(as: dtype))
                    types = (dtype, dtype)
                }
            }
            return try finishUfunc(operation.name, args, inputs: [], types: types) { out throws(PythonError) in
                try interpreter.ufunc(operation, x, out: out, scalarMath: false)
            }
        }
    }

    /// The DType class NumPy names for an operand: Python numbers have their own.
    private static func loopClass(_ value: Value, _ dtype: DType) -> String {
        let name: String =
            switch value {
            case .int: "_PyLongDType"
            case .float: "_PyFloatDType"
            case .complex: "_PyComplexDType"
            default: DTypeNames.className(dtype)
            }
        return "<class 'numpy.dtypes.\(name)'>"
    }

    private static func noLoop(_ name: String) -> PythonError {
        .type("No loop matching the specified signature and casting was found for ufunc \(name)")
    }

    /// Checks `casting=` on the inputs and `out=`, then runs `compute` straight into
    /// `out`, or into a new array that `where=` and `order=` then shape.
    private static func finishUfunc(
        _ name: String, _ args: BoundArguments, inputs: [DType], types: (loop: DType, result: DType),
        _ compute: (NDArray?) throws(PythonError) -> Value
    ) throws(PythonError) -> Value {
        let casting = try args.casting()
        let order = try args.order()
        let out = try args.out()
        let mask = try args.mask()
        for (position, input) in inputs.enumerated() where !casting.allows(input, types.loop) {
            throw PythonError(
                "UFuncTypeError",
                "Cannot cast ufunc '\(name)' input \(position) from dtype('\(input.name)') to dtype('\(types.loop.name)') with casting rule '\(casting.rawValue)'"
            )
        }
        if let out, !casting.allows(types.result, out.dtype) {
            throw PythonError(
                "UFuncTypeError",
                "Cannot cast ufunc '\(name)' output from dtype('\(types.result.name)') to dtype('\(out.dtype.name)') with casting rule '\(casting.rawValue)'"
            )
        }
        if mask == nil, order == .keep { return try compute(out) }
        let value = try compute(nil)
        guard case .array(var result) = value else { return value }
        if let mask {
            let fresh: NDArray? =
                out == nil
                ? try NDArray.allocate(
                    shape: result.shape, dtype: result.dtype, order: order == .fortran ? .fortran : .c) : nil
            guard let target = out ?? fresh else { return value }
            try target.assign(try Selection.where(try mask.broadcast(to: target.shape), result, target))
            return .array(target)
        }
        if order != .keep, !(order == .c && result.isCContiguous), !(order == .fortran && result.isFContiguous) {
            result = try result.copy(order: order)
        }
        guard let out else { return .array(result) }
        try out.assign(result)
        return .array(out)
    }
}
