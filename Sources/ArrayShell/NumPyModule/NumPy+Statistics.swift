import ArrayEngine

/// Statistics built from reductions, as NumPy's Python level builds them (`_methods.py`,
/// `function_base.py`), step by step, so results and warnings are NumPy's.
extension NumPyModule {
    static func statisticsFunctions() -> [Function] {
        [
            spread("var", root: false), spread("std", root: true),
        ]
    }

    private static func spread(_ name: String, root: Bool) -> Function {
        function("\(name)(a, axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, *, where=<no value>, mean=<no value>, correction=<no value>)", doc: """
            The \(root ? "standard deviation" : "variance") (divided by N - ddof): a scalar, or a new array along axis.
            """) { interpreter, args throws(PythonError) in
            try variance(interpreter, try args.array("a"), args, root: root)
        }
    }

    /// NumPy's `_var` (and `_std`, its square root).
    static func variance(_ interpreter: Interpreter, _ a: NDArray, _ args: BoundArguments, root: Bool) throws(PythonError) -> Value {
        var ddof = args.passed("ddof") ? try Convert.double(args.raw("ddof") ?? .int(0)) : 0
        // The methods `_std` and `_var` have no `correction`.
        let hasCorrection = args.signature.parameters.contains { $0.name == "correction" }
        if hasCorrection, let correction = args["correction"] {
            if args.passed("ddof") { throw .value("ddof and correction can't be provided simultaneously.") }
            ddof = try Convert.double(correction)
        }
        let axes = try args.axes(), keepdims = try args.bool("keepdims"), mask = try args.mask()
        let reduced = try Reduction.normalize(axes: axes, ndim: a.ndim)
        let out = try args.out()
        // The element count of each result, an intp (or an array of them with where=).
        let count: NDArray
        if let mask {
            count = try Reduction.run(.sum, try mask.broadcast(to: a.shape).copy(as: .bool), axes: axes, keepdims: keepdims, dtype: .int64)
        } else {
            count = NDArray.scalar(Scalar(int64: Int64(reduced.reduce(1) { $0 * a.shape[$1] })))
        }
        let counts = try count.elements().map(\.doubleValue)
        if counts.contains(where: { ddof >= $0 }) { interpreter.warn("RuntimeWarning: Degrees of freedom <= 0 for slice\n") }
        let dtype = try args.dtype("dtype") ?? (a.dtype.isFloat ? nil : .float64)
        let mean: NDArray
        if let given = args["mean"] {
            mean = try Convert.array(given)
        } else {
            let total = try Reduction.run(.sum, a, axes: axes, keepdims: true, dtype: dtype, where: mask)
            let divisor = mask == nil ? count : try count.reshape(total.shape)
            mean = try interpreter.withWarnings("divide") { () throws(PythonError) in
                try BinaryKernel.run(.divide, total, divisor, out: total)
            }
        }
        let deviations = try BinaryKernel.run(.subtract, a, mean)
        _ = try BinaryKernel.run(.multiply, deviations, deviations, out: deviations)
        var sum = try Reduction.run(.sum, deviations, axes: axes, keepdims: keepdims, dtype: dtype, where: mask)
        let degrees = try BinaryKernel.run(.maximum, try BinaryKernel.run(.subtract, count.copy(as: .float64), NDArray.scalar(Scalar(double: ddof))),
                                           NDArray.scalar(Scalar(double: 0)))
        let divisor = count.dtype == .int64 && ddof == ddof.rounded() ? try degrees.copy(as: .int64) : degrees
        if sum.ndim == 0, out == nil {
            // A full reduction is a NumPy scalar: divided as scalars, then cast back.
            var value = try interpreter.withWarnings("scalar divide") { () throws(PythonError) in
                try BinaryKernel.run(.divide, sum.copy(as: DType.promote(sum.dtype, divisor.dtype)), divisor)
            }.copy(as: sum.dtype)
            if root { value = try UnaryKernel.run(.sqrt, value) }
            return .scalar(try value.item())
        }
        if let out {
            guard out.shape == sum.shape else {
                throw .value("output parameter for reduction operation add has the wrong number of dimensions: Found \(out.ndim) but expected \(sum.ndim)")
            }
            try out.assign(sum)
            sum = out
        }
        _ = try interpreter.withWarnings("divide") { () throws(PythonError) in
            try BinaryKernel.run(.divide, sum, divisor, out: sum)
        }
        if root { _ = try interpreter.withWarnings("sqrt") { () throws(PythonError) in try UnaryKernel.run(.sqrt, sum, out: sum) } }
        return .array(sum)
    }
}
