import ArrayEngine

/// The `nan*` reductions: NaN left out (counted as 0 in sums, 1 in products), as
/// NumPy's `_nanfunctions_impl.py` does it, warnings included. Integer arrays hold no
/// NaN and get the plain reduction.
extension NumPyModule {
    static func nanFunctions() -> [Function] {
        [
            nanFold("nansum", .sum, replacement: 0), nanFold("nanprod", .prod, replacement: 1),
            nanExtreme("nanmax", maximum: true), nanExtreme("nanmin", maximum: false),
            function(
                "nanmean(a, axis=None, dtype=None, out=None, keepdims=<no value>, *, where=<no value>)",
                doc: """
                    The mean of the non-NaN elements: a float, or a new array along axis.
                    """
            ) { interpreter, args throws(PythonError) in
                try nanMean(interpreter, args)
            },
            nanSpread("nanvar", root: false), nanSpread("nanstd", root: true),
            nanArg("nanargmax", maximum: true), nanArg("nanargmin", maximum: false),
            nanCumulative("nancumsum", .sum, replacement: 0), nanCumulative("nancumprod", .prod, replacement: 1),
            function(
                "nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=<no value>)",
                doc: """
                    The median of the non-NaN elements: a float, or a new array along axis.
                    """
            ) { interpreter, args throws(PythonError) in
                _ = try args.bool("overwrite_input")
                return try median(interpreter, args, skipNaN: true)
            },
            nanOrder("nanpercentile", scale: 100, range: "[0, 100]"),
            nanOrder("nanquantile", scale: 1, range: "[0, 1]"),
        ]
    }

    /// `a` with NaN replaced, and where the NaNs were (nil for a non-float array), as `_replace_nan`.
    private static func replacingNaN(_ a: NDArray, with value: Double) throws(PythonError) -> (NDArray, NDArray?) {
        guard a.dtype.isFloat else { return (a, nil) }
        let mask = try UnaryKernel.run(.isnan, a)
        let replaced = try Selection.where(mask, NDArray.scalar(Scalar(.float(value), as: a.dtype)), a)
        return (replaced, mask)
    }

    private static func nanFold(_ name: String, _ operation: ReductionOperation, replacement: Double) -> Function {
        function(
            "\(name)(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)",
            doc: """
                The \(operation == .sum ? "sum" : "product") with NaN counted as \(Int(replacement)): a scalar, or a new array along axis.
                """
        ) { _, args throws(PythonError) in
            let (a, _) = try replacingNaN(try args.array("a"), with: replacement)
            let initial = try args["initial"].map { v throws(PythonError) in try Convert.scalar(v) }
            let folded = try Reduction.run(
                operation, a, axes: try args.axes(), keepdims: try args.bool("keepdims"),
                dtype: try args.dtype("dtype"),
                initial: initial, where: try args.mask())
            return try finished(folded, args)
        }
    }

    private static func nanExtreme(_ name: String, maximum: Bool) -> Function {
        function(
            "\(name)(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)",
            doc: """
                The \(maximum ? "largest" : "smallest") non-NaN element (NaN, with a warning, where all are NaN).
                """
        ) { interpreter, args throws(PythonError) in
            let raw = args.raw("a") ?? .none
            let a = try args.array("a")
            let axes = try args.axes()
            let keepdims = try args.bool("keepdims")
            let mask = try args.mask()
            let initial = try args["initial"].map { v throws(PythonError) in try Convert.scalar(v) }
            let operation: ReductionOperation = maximum ? .max : .min
            guard a.dtype.isFloat else {
                return try finished(
                    try Reduction.run(operation, a, axes: axes, keepdims: keepdims, initial: initial, where: mask), args
                )
            }
            let (replaced, nan) = try replacingNaN(a, with: maximum ? -.infinity : .infinity)
            var folded: NDArray
            do throws(PythonError) {
                folded = try Reduction.run(
                    operation, replaced, axes: axes, keepdims: keepdims, initial: initial, where: mask)
            } catch {
                guard error.message.hasPrefix("zero-size array") else { throw error }
                throw .value(
                    "zero-size array to reduction operation \(maximum ? "fmax" : "fmin") which has no identity")
            }
            if let nan, initial == nil {
                let allNaN = try Reduction.run(.all, nan, axes: axes, keepdims: keepdims, where: mask)
                if try Reduction.run(.any, allNaN, axes: nil).item().boolValue {
                    folded = try Selection.where(allNaN, NDArray.scalar(Scalar(.float(.nan), as: folded.dtype)), folded)
                    // An ndarray goes through fmax.reduce; anything else through amax and a mask.
                    let isArray = if case .array = raw { true } else { false }
                    interpreter.warn("RuntimeWarning: All-NaN \(isArray ? "slice" : "axis") encountered\n")
                }
            }
            return try finished(folded, args)
        }
    }

    private static func nanMean(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value {
        let a = try args.array("a")
        let axes = try args.axes()
        let keepdims = try args.bool("keepdims")
        let whereMask = try args.mask()
        let dtype = try args.dtype("dtype")
        let (replaced, nan) = try replacingNaN(a, with: 0)
        guard let nan else {
            return try finishedValue(
                try NumPyModule.mean(a, axes: axes, keepdims: keepdims, dtype: dtype, where: whereMask), args)
        }
        if let dtype, !dtype.isFloat { throw .type("If a is inexact, then dtype must be inexact") }
        if let out = try args.out(), !out.dtype.isFloat { throw .type("If a is inexact, then out must be inexact") }
        let count = try Reduction.run(
            .sum, try UnaryKernel.run(.logicalNot, nan), axes: axes, keepdims: keepdims, dtype: .int64, where: whereMask
        )
        let total = try Reduction.run(.sum, replaced, axes: axes, keepdims: keepdims, dtype: dtype, where: whereMask)
        let mean = try BinaryKernel.run(.divide, total, count, dtype: total.dtype)
        FloatingPointStatus.clear()
        if try count.elements().contains(where: { $0.doubleValue == 0 }) {
            interpreter.warn("RuntimeWarning: Mean of empty slice\n")
        }
        return try finished(mean, args)
    }

    private static func nanSpread(_ name: String, root: Bool) -> Function {
        function(
            "\(name)(a, axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, *, where=<no value>, mean=<no value>, correction=<no value>)",
            doc: """
                The \(root ? "standard deviation" : "variance") of the non-NaN elements (divided by N - ddof).
                """
        ) { interpreter, args throws(PythonError) in
            let a = try args.array("a")
            guard a.dtype.isFloat else { return try variance(interpreter, a, args, root: root) }
            return try nanVariance(interpreter, a, args, root: root)
        }
    }

    /// NumPy's `nanvar`: NaNs become 0 and drop out of the counts; a slice with no
    /// degrees of freedom left is NaN, with a warning.
    private static func nanVariance(_ interpreter: Interpreter, _ a: NDArray, _ args: BoundArguments, root: Bool)
        throws(PythonError) -> Value
    {
        var ddof = args.passed("ddof") ? try Convert.double(args.raw("ddof") ?? .int(0)) : 0
        if let correction = args["correction"] {
            if args.passed("ddof") { throw .value("ddof and correction can't be provided simultaneously.") }
            ddof = try Convert.double(correction)
        }
        let axes = try args.axes()
        let keepdims = try args.bool("keepdims")
        let whereMask = try args.mask()
        let dtype = try args.dtype("dtype")
        let (replaced, nan) = try replacingNaN(a, with: 0)
        guard let nan else { return .none }
        let count = try Reduction.run(
            .sum, try UnaryKernel.run(.logicalNot, nan), axes: axes, keepdims: true, dtype: .int64, where: whereMask)
        let mean: NDArray
        if let given = args["mean"] {
            mean = try Convert.array(given)
        } else {
            let total = try Reduction.run(.sum, replaced, axes: axes, keepdims: true, dtype: dtype, where: whereMask)
            mean = try BinaryKernel.run(.divide, total, count, dtype: total.dtype)
        }
        var deviations = try BinaryKernel.run(.subtract, replaced, mean, dtype: replaced.dtype)
        deviations = try Selection.where(nan, NDArray.scalar(Scalar(double: 0)), deviations).copy(as: replaced.dtype)
        let squares = try BinaryKernel.run(.multiply, deviations, deviations)
        let sum = try Reduction.run(.sum, squares, axes: axes, keepdims: keepdims, dtype: dtype, where: whereMask)
        let counts = keepdims ? count : try count.reshape(sum.shape)
        let freedom = try BinaryKernel.run(.subtract, counts.copy(as: .float64), NDArray.scalar(Scalar(double: ddof)))
        var variance = try BinaryKernel.run(.divide, sum, freedom, dtype: sum.dtype)
        FloatingPointStatus.clear()
        let bad = try BinaryKernel.run(.lessEqual, freedom, NDArray.scalar(Scalar(double: 0)))
        if try Reduction.run(.any, bad, axes: nil).item().boolValue {
            interpreter.warn("RuntimeWarning: Degrees of freedom <= 0 for slice.\n")
            variance = try Selection.where(bad, NDArray.scalar(Scalar(.float(.nan), as: variance.dtype)), variance)
        }
        if root { variance = try UnaryKernel.run(.sqrt, variance) }
        FloatingPointStatus.clear()
        return try finished(variance, args)
    }

    private static func nanArg(_ name: String, maximum: Bool) -> Function {
        function(
            "\(name)(a, axis=None, out=None, *, keepdims=<no value>)",
            doc: """
                The index of the \(maximum ? "largest" : "smallest") non-NaN element (ValueError where all are NaN).
                """
        ) { _, args throws(PythonError) in
            let a = try args.array("a")
            let axis = try args.int("axis")
            let (replaced, nan) = try replacingNaN(a, with: maximum ? -.infinity : .infinity)
            if let nan, nan.size > 0 {
                let allNaN = try Reduction.run(.all, nan, axes: axis.map { [$0] })
                if try Reduction.run(.any, allNaN, axes: nil).item().boolValue {
                    throw .value("All-NaN slice encountered")
                }
            }
            var found = try ArgReduction.run(replaced, axis: axis, minimum: !maximum)
            if try args.bool("keepdims") {
                var shape = a.shape
                if let axis { shape[try a.normalizeAxis(axis)] = 1 } else { shape = shape.map { _ in 1 } }
                found = try found.reshape(shape)
            }
            return try finished(found, args)
        }
    }

    private static func nanCumulative(_ name: String, _ operation: ReductionOperation, replacement: Double) -> Function
    {
        function(
            "\(name)(a, axis=None, dtype=None, out=None)",
            doc: """
                Running \(operation == .sum ? "sums" : "products") with NaN counted as \(Int(replacement)): a new array.
                """
        ) { _, args throws(PythonError) in
            let (a, _) = try replacingNaN(try args.array("a"), with: replacement)
            let running = try Accumulation.run(operation, a, axis: try args.int("axis"), dtype: try args.dtype("dtype"))
            guard let out = try args.out() else { return .array(running) }
            try out.assign(running)
            return .array(out)
        }
    }

    private static func nanOrder(_ name: String, scale: Double, range: String) -> Function {
        function(
            "\(name)(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=<no value>, *, weights=None)",
            notYet: ["weights"],
            doc: """
                The q-th \(scale == 100 ? "percentile" : "quantile")(s) of the non-NaN elements along axis.
                """
        ) { interpreter, args throws(PythonError) in
            try quantile(interpreter, args, scale: scale, range: range, skipNaN: true)
        }
    }

    /// A value result (`np.mean`'s) written into `out=`, or returned.
    private static func finishedValue(_ value: Value, _ args: BoundArguments) throws(PythonError) -> Value {
        guard let out = try args.out() else { return value }
        try out.assign(try Convert.array(value))
        return .array(out)
    }
}
