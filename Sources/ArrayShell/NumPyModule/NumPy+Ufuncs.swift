import ArrayEngine

/// Element-wise functions (ufuncs), each accepting `out=` to write into an existing
/// array or view, `where=` to write only some elements, `casting=`, `order=` and `dtype=`.
extension NumPyModule {
    static func ufuncFunctions() -> [Function] {
        var functions = BinaryOperation.allCases.map { binaryUfunc($0.name, $0) }
        functions += UnaryOperation.allCases.map { unaryUfunc($0.name, $0) }
        functions += [
            binaryUfunc("true_divide", .divide), binaryUfunc("mod", .remainder),
            unaryUfunc("abs", .absolute),
        ]
        return functions
    }

    private static let ufuncKeywords = "out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None"

    private static func binaryUfunc(_ name: String, _ operation: BinaryOperation) -> Function {
        let signature = Signature("\(name)(x1, x2, /, \(ufuncKeywords))", notYet: ["subok", "signature"], style: .ufunc)
        let doc = "Element-wise \(name) with broadcasting: a new array, or written into out (which may be a view)."
        return Function(signature, kind: .ufunc, doc: doc) { interpreter, args throws(PythonError) in
            let x1 = args.raw("x1") ?? .none, x2 = args.raw("x2") ?? .none
            let dtype = try args.dtype("dtype")
            let a = try Convert.operand(x1, besides: x2.numpyType), b = try Convert.operand(x2, besides: x1.numpyType)
            let types = try operation.resolveTypes(dtype ?? a.dtype, dtype ?? b.dtype)
            return try finishUfunc(name, args, inputs: [a.dtype, b.dtype], types: types) { out throws(PythonError) in
                try interpreter.ufunc(operation, x1, x2, out: out, dtype: dtype)
            }
        }
    }

    private static func unaryUfunc(_ name: String, _ operation: UnaryOperation) -> Function {
        let signature = Signature("\(name)(x, /, \(ufuncKeywords))", notYet: ["subok", "signature"], style: .ufunc)
        let doc = "Element-wise \(name): a new array, or written into out (which may be a view)."
        return Function(signature, kind: .ufunc, doc: doc) { interpreter, args throws(PythonError) in
            var x = args.raw("x") ?? .none
            if let dtype = try args.dtype("dtype") { x = .array(try Convert.array(x, dtype: dtype)) }
            let input = try Convert.array(x)
            let types = try operation.resolveTypes(input.dtype)
            return try finishUfunc(name, args, inputs: [input.dtype], types: types) { out throws(PythonError) in
                try interpreter.ufunc(operation, x, out: out)
            }
        }
    }

    /// Checks `casting=` on the inputs and `out=`, then runs `compute` straight into
    /// `out`, or into a new array that `where=` and `order=` then shape.
    private static func finishUfunc(_ name: String, _ args: BoundArguments, inputs: [DType], types: (loop: DType, result: DType),
                                    _ compute: (NDArray?) throws(PythonError) -> Value) throws(PythonError) -> Value {
        let casting = try args.casting(), order = try args.order(), out = try args.out()
        let mask = try args.mask()
        for (position, input) in inputs.enumerated() where !casting.allows(input, types.loop) {
            throw PythonError("UFuncTypeError", "Cannot cast ufunc '\(name)' input \(position) from dtype('\(input.name)') to dtype('\(types.loop.name)') with casting rule '\(casting.rawValue)'")
        }
        if let out, !casting.allows(types.result, out.dtype) {
            throw PythonError("UFuncTypeError", "Cannot cast ufunc '\(name)' output from dtype('\(types.result.name)') to dtype('\(out.dtype.name)') with casting rule '\(casting.rawValue)'")
        }
        if mask == nil, order == .keep { return try compute(out) }
        let value = try compute(nil)
        guard case .array(var result) = value else { return value }
        if let mask {
            let fresh: NDArray? = out == nil ? try NDArray.allocate(shape: result.shape, dtype: result.dtype, order: order == .fortran ? .fortran : .c) : nil
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
