import ArrayEngine

/// Element-wise functions (ufuncs), each accepting `out=` to write into an existing
/// array or view, `where=` to write only some elements, `casting=`, `order=` and `dtype=`.
extension NumPyModule {
    static func ufuncFunctions() -> [Function] {
        BinaryOperation.allCases.map(binaryUfunc) + UnaryOperation.allCases.map(unaryUfunc)
    }

    /// Other names of the same ufunc objects (`np.mod is np.remainder`).
    static let ufuncAliases = ["true_divide": "divide", "mod": "remainder", "abs": "absolute", "conj": "conjugate"]

    private static let ufuncKeywords =
        "out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None"

    private static func binaryUfunc(_ operation: BinaryOperation) -> Function {
        let signature = Signature(
            "\(operation.name)(x1, x2, /, \(ufuncKeywords))", notYet: ["subok", "signature"], style: .ufunc)
        let doc =
            "Element-wise \(operation.name) with broadcasting: a new array, or written into out (which may be a view)."
        return Function(signature, kind: .ufunc, doc: doc) { interpreter, args throws(PythonError) in
            let x1 = args.raw("x1") ?? .none
            let x2 = args.raw("x2") ?? .none
            let dtype = try args.loopDType()
            if let dtype, !operation.hasLoop(for: dtype) { throw noLoop(operation.name) }
            let a = try interpreter.operand(x1, besides: x2.numpyType)
            let b = try interpreter.operand(x2, besides: x1.numpyType)
            // With dtype=, the loop computes in it and the inputs are cast to it.
            let resolved = try operation.resolveTypes(a.dtype, b.dtype)
            let types = dtype.map { (loop: $0, result: $0) } ?? resolved
            return try finishUfunc(operation.name, args, inputs: [a.dtype, b.dtype], types: types) {
                out throws(PythonError) in
                try interpreter.ufunc(operation, x1, x2, out: out, dtype: dtype)
            }
        }
    }

    private static func unaryUfunc(_ operation: UnaryOperation) -> Function {
        let signature = Signature(
            "\(operation.name)(x, /, \(ufuncKeywords))", notYet: ["subok", "signature"], style: .ufunc)
        let doc = "Element-wise \(operation.name): a new array, or written into out (which may be a view)."
        return Function(signature, kind: .ufunc, doc: doc) { interpreter, args throws(PythonError) in
            var x = args.raw("x") ?? .none
            let input = try Convert.array(x)
            var types = try operation.resolveTypes(input.dtype)
            if let dtype = try args.loopDType() {
                guard operation.hasLoop(for: dtype) else { throw noLoop(operation.name) }
                let casting = try args.casting()
                // NumPy names no position when a ufunc has one input.
                guard casting.allows(input.dtype, dtype) || operation.isPredicate else {
                    throw PythonError(
                        "UFuncTypeError",
                        "Cannot cast ufunc '\(operation.name)' input from dtype('\(input.dtype.name)') to dtype('\(dtype.name)') with casting rule '\(casting.rawValue)'"
                    )
                }
                if !operation.isPredicate {
                    x = .array(try input.copy(as: dtype))
                    types = (dtype, dtype)
                }
            }
            return try finishUfunc(operation.name, args, inputs: [], types: types) { out throws(PythonError) in
                try interpreter.ufunc(operation, x, out: out)
            }
        }
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
