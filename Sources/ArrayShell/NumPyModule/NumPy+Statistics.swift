import ArrayEngine

/// Statistics built from reductions, as NumPy's Python level builds them (`_methods.py`,
/// `function_base.py`), step by step, so results and warnings are NumPy's.
extension NumPyModule {
    static func statisticsFunctions() -> [Function] {
        [
            spread("var", root: false), spread("std", root: true),
            function(
                "median(a, axis=None, out=None, overwrite_input=False, keepdims=False)",
                doc: """
                    The middle value (the mean of the two middle ones): a float, or a new array along axis.
                    """
            ) { interpreter, args throws(PythonError) in
                _ = try args.bool("overwrite_input")
                return try median(interpreter, args, skipNaN: false)
            },
            order("percentile", scale: 100, range: "[0, 100]"), order("quantile", scale: 1, range: "[0, 1]"),
            function(
                "average(a, axis=None, weights=None, returned=False, *, keepdims=<no value>)",
                doc: """
                    The (weighted) mean: a float, or a new array along axis; with returned=True also the sum of the weights.
                    """
            ) { _, args throws(PythonError) in
                try average(args)
            },
            function(
                "ptp(a, axis=None, out=None, keepdims=<no value>)",
                doc: "The range (maximum - minimum), in a's own type."
            ) { _, args throws(PythonError) in
                let a = try args.array("a")
                let axes = try args.axes()
                let keepdims = try args.bool("keepdims")
                let range = try BinaryKernel.run(
                    .subtract, try Reduction.run(.max, a, axes: axes, keepdims: keepdims),
                    try Reduction.run(.min, a, axes: axes, keepdims: keepdims))
                guard let out = try args.out() else { return try result(range) }
                try out.assign(range)
                return .array(out)
            },
        ]
    }

    /// `np.median` / `np.nanmedian`; an empty slice is NaN with NumPy's warnings.
    static func median(_ interpreter: Interpreter, _ args: BoundArguments, skipNaN: Bool) throws(PythonError) -> Value {
        let a = try args.array("a")
        let axes = try args.axes()
        var (found, empty) = try Quantile.median(a, axes: axes, skipNaN: skipNaN)
        if empty {
            interpreter.warn(
                skipNaN ? "RuntimeWarning: All-NaN slice encountered\n" : "RuntimeWarning: Mean of empty slice\n")
            if !skipNaN {
                interpreter.warn(
                    "RuntimeWarning: invalid value encountered in \(found.ndim == 0 ? "scalar divide" : "divide")\n")
            }
        }
        if try args.bool("keepdims") { found = try found.reshape(keptShape(a, axes)) }
        return try finished(found, args)
    }

    /// The shape of a reduction's result with keepdims=True.
    private static func keptShape(_ a: NDArray, _ axes: [Int]?) throws(PythonError) -> [Int] {
        let reduced = try Reduction.normalize(axes: axes, ndim: a.ndim)
        return a.shape.indices.map { reduced.contains($0) ? 1 : a.shape[$0] }
    }

    /// A statistic's result: written into `out=`, or returned (a 0-d result as a scalar).
    static func finished(_ value: NDArray, _ args: BoundArguments) throws(PythonError) -> Value {
        guard let out = try args.out() else { return try result(value) }
        try out.assign(value)
        return .array(out)
    }

    private static func order(_ name: String, scale: Double, range: String, skipNaN: Bool = false) -> Function {
        function(
            "\(name)(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False, *, weights=None)",
            notYet: ["weights"],
            doc: """
                The q-th \(scale == 100 ? "percentile" : "quantile")(s) along axis (linear interpolation by default): a new value or array.
                """
        ) { interpreter, args throws(PythonError) in
            try quantile(interpreter, args, scale: scale, range: range, skipNaN: skipNaN)
        }
    }

    /// NumPy's `_quantile`: q validated, then each row's order statistics interpolated.
    static func quantile(
        _ interpreter: Interpreter, _ args: BoundArguments, scale: Double, range: String, skipNaN: Bool
    ) throws(PythonError) -> Value {
        let a = try args.array("a")
        _ = try args.bool("overwrite_input")
        let rawQ = args.raw("q") ?? .none
        let weak: Bool =
            switch rawQ {
            case .int, .float: true
            default: false
            }
        let qArray = try Convert.array(rawQ)
        let integerQ = scale == 1 && (qArray.dtype.isInteger || qArray.dtype == .bool)
        let q = try qArray.elements().map { $0.doubleValue / scale }
        guard q.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
            throw .value("\(scale == 100 ? "Percentiles" : "Quantiles") must be in the range \(range)")
        }
        guard qArray.ndim <= 2 else { throw .value("q must be a scalar or 1d") }
        let methodName = try args.string("method") ?? "linear"
        guard let method = Quantile.Method(rawValue: methodName) else {
            let known = [
                "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
                "weibull",
                "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest",
            ]
            if known.contains(methodName) {
                throw .notImplemented("\(args.function)() does not support method='\(methodName)' yet")
            }
            throw .value(
                "'\(methodName)' is not a valid method. Use one of: dict_keys([\(known.map { "'\($0)'" }.joined(separator: ", "))])"
            )
        }
        let axes = try args.axes()
        var (found, empty) = try Quantile.run(
            a, q: q, qShape: qArray.shape, integerQ: integerQ, weak: weak, axes: axes,
            method: method, skipNaN: skipNaN)
        if empty, skipNaN { interpreter.warn("RuntimeWarning: All-NaN slice encountered\n") }
        if try args.bool("keepdims") { found = try found.reshape(qArray.shape + keptShape(a, axes)) }
        return try finished(found, args)
    }

    /// NumPy's `average`: the mean, or sum(a·w)/sum(w) in a float type, w laid along axis.
    private static func average(_ args: BoundArguments) throws(PythonError) -> Value {
        let a = try args.array("a")
        let axes = try args.axes()
        let keepdims = try args.bool("keepdims")
        let returned = try args.bool("returned")
        guard let weightsValue = args["weights"] else {
            let mean = try NumPyModule.mean(a, axes: axes, keepdims: keepdims, dtype: nil)
            guard returned else { return mean }
            let meanArray = try Convert.array(mean)
            let scale = NDArray.scalar(
                Scalar(.float(Double(a.size) / Double(max(meanArray.size, 1))), as: meanArray.dtype))
            return .tuple([
                mean,
                meanArray.ndim == 0
                    ? .scalar(try scale.item()) : .array(try scale.broadcast(to: meanArray.shape).copy()),
            ])
        }
        var weights = try Convert.array(weightsValue)
        let type =
            a.dtype.isFloat
            ? DType.promote(a.dtype, weights.dtype) : DType.promote(DType.promote(a.dtype, weights.dtype), .float64)
        if a.shape != weights.shape {
            guard let axes else { throw .type("Axis must be specified when shapes of a and weights differ.") }
            let normal = try axes.map { axis throws(PythonError) in try a.normalizeAxis(axis, naming: "axis") }
            guard weights.shape == normal.map({ a.shape[$0] }) else {
                throw .value("Shape of weights must be consistent with shape of a along specified axis.")
            }
            weights = try weights.transposed(normal.indices.sorted { normal[$0] < normal[$1] })
            weights = try weights.reshape(a.shape.indices.map { normal.contains($0) ? a.shape[$0] : 1 })
        }
        let scale = try Reduction.run(.sum, weights, axes: axes, keepdims: keepdims, dtype: type)
        if try scale.elements().contains(where: { $0.doubleValue == 0 }) {
            throw PythonError("ZeroDivisionError", "Weights sum to zero, can't be normalized")
        }
        let total = try Reduction.run(
            .sum, try BinaryKernel.run(.multiply, a, weights, dtype: type), axes: axes, keepdims: keepdims)
        let mean = try BinaryKernel.run(.divide, total, scale)
        guard returned else { return try result(mean) }
        let scales =
            scale.shape == mean.shape ? scale : try mean.shape.isEmpty ? scale : scale.broadcast(to: mean.shape).copy()
        return .tuple([try result(mean), try result(scales)])
    }

    private static func spread(_ name: String, root: Bool) -> Function {
        function(
            "\(name)(a, axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, *, where=<no value>, mean=<no value>, correction=<no value>)",
            doc: """
                The \(root ? "standard deviation" : "variance") (divided by N - ddof): a scalar, or a new array along axis.
                """
        ) { interpreter, args throws(PythonError) in
            try variance(interpreter, try args.array("a"), args, root: root)
        }
    }

    /// NumPy's `_var` (and `_std`, its square root).
    static func variance(_ interpreter: Interpreter, _ a: NDArray, _ args: BoundArguments, root: Bool)
        throws(PythonError) -> Value
    {
        var ddof = args.passed("ddof") ? try Convert.double(args.raw("ddof") ?? .int(0)) : 0
        // The methods `_std` and `_var` have no `correction`.
        let hasCorrection = args.signature.parameters.contains { $0.name == "correction" }
        if hasCorrection, let correction = args["correction"] {
            if args.passed("ddof") { throw .value("ddof and correction can't be provided simultaneously.") }
            ddof = try Convert.double(correction)
        }
        let axes = try args.axes()
        let keepdims = try args.bool("keepdims")
        let mask = try args.mask()
        let reduced = try Reduction.normalize(axes: axes, ndim: a.ndim)
        let out = try args.out()
        // The element count of each result, an intp (or an array of them with where=).
        let count: NDArray
        if let mask {
            count = try Reduction.run(
                .sum, try mask.broadcast(to: a.shape).copy(as: .bool), axes: axes, keepdims: keepdims, dtype: .int64)
        } else {
            count = NDArray.scalar(Scalar(int64: Int64(reduced.reduce(1) { $0 * a.shape[$1] })))
        }
        let counts = try count.elements().map(\.doubleValue)
        if counts.contains(where: { ddof >= $0 }) {
            interpreter.warn("RuntimeWarning: Degrees of freedom <= 0 for slice\n")
        }
        let dtype = try args.dtype("dtype") ?? (a.dtype.isInexact ? nil : .float64)
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
        var deviations = try BinaryKernel.run(.subtract, a, mean)
        if deviations.dtype.isComplex {
            // |x|² as NumPy takes it: the squares of the two parts, added (a real array).
            let real = try BinaryKernel.run(.multiply, deviations.realPart(), deviations.realPart())
            let imaginary = try BinaryKernel.run(.multiply, deviations.imaginaryPart(), deviations.imaginaryPart())
            deviations = try BinaryKernel.run(.add, real, imaginary, out: real)
        } else {
            _ = try BinaryKernel.run(.multiply, deviations, deviations, out: deviations)
        }
        var sum = try Reduction.run(
            .sum, deviations, axes: axes, keepdims: keepdims,
            dtype: dtype?.isComplex == true ? dtype?.realComponent : dtype, where: mask)
        let degrees = try BinaryKernel.run(
            .maximum, try BinaryKernel.run(.subtract, count.copy(as: .float64), NDArray.scalar(Scalar(double: ddof))),
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
                throw .value(
                    "output parameter for reduction operation add has the wrong number of dimensions: Found \(out.ndim) but expected \(sum.ndim)"
                )
            }
            try out.assign(sum)
            sum = out
        }
        _ = try interpreter.withWarnings("divide") { () throws(PythonError) in
            try BinaryKernel.run(.divide, sum, divisor, out: sum)
        }
        if root {
            _ = try interpreter.withWarnings("sqrt") { () throws(PythonError) in
                try UnaryKernel.run(.sqrt, sum, out: sum)
            }
        }
        return .array(sum)
    }
}
