import ArrayEngine

/// Reductions, each with `axis=` (None, an int or a tuple) and `keepdims=`.
extension NumPyModule {
    static func reductionFunctions() -> [Function] {
        [
            reduction("sum", .sum, doc: "Sum of elements (floats use NumPy's pairwise summation)."),
            reduction("prod", .prod, doc: "Product of elements."),
            reduction("min", .min, doc: "Smallest element."), reduction("amin", .min, doc: "Smallest element."),
            reduction("max", .max, doc: "Largest element."), reduction("amax", .max, doc: "Largest element."),
            reduction("all", .all, doc: "True when every element is true."),
            reduction("any", .any, doc: "True when some element is true."),
            function("mean", ["a", "axis?", "dtype?", "out?", "keepdims?"], doc: """
                mean(a, axis=None) -> float or ndarray
                The arithmetic mean (a new value; integers are averaged in float64).
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                return try mean(a, axes: try args.axes(), keepdims: try args.bool("keepdims", default: false),
                                dtype: try args.dtype("dtype"))
            },
            argReduction("argmin", minimum: true), argReduction("argmax", minimum: false),
            cumulative("cumsum", .sum), cumulative("cumprod", .prod),
            function("count_nonzero", ["a", "axis?", "keepdims?"], doc: """
                count_nonzero(a, axis=None) -> int
                How many elements are non-zero.
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                let axes = try args.axes(), keepdims = try args.bool("keepdims", default: false)
                let counts = try Reduction.run(.sum, try a.copy(as: .bool), axes: axes, keepdims: keepdims)
                return try result(counts)
            },
        ]
    }

    static func reduction(_ name: String, _ operation: ReductionOperation, doc: String) -> Function {
        function(name, ["a", "axis?", "dtype?", "out?", "keepdims?"], doc: "\(name)(a, axis=None, keepdims=False)\n\(doc) A scalar, or a new array along axis.") { interpreter, args throws(PythonError) in
            let a = try args.requiredArray("a")
            let axes = try args.axes(), keepdims = try args.bool("keepdims", default: false)
            let dtype = try args.dtype("dtype")
            let reduced = try interpreter.withWarnings("reduce") { () throws(PythonError) in
                try Reduction.run(operation, a, axes: axes, keepdims: keepdims, dtype: dtype)
            }
            if let out = try args.array("out") {
                try out.assign(reduced)
                return .array(out)
            }
            return try result(reduced)
        }
    }

    static func mean(_ a: NDArray, axes: [Int]?, keepdims: Bool, dtype: DType?) throws(PythonError) -> Value {
        let accumulator = dtype ?? (a.dtype.isFloat ? a.dtype : .float64)
        let total = try Reduction.run(.sum, a, axes: axes, keepdims: keepdims, dtype: accumulator)
        let reducedAxes = try Reduction.normalize(axes: axes, ndim: a.ndim)
        let count = reducedAxes.reduce(1) { $0 * a.shape[$1] }
        let divided = try BinaryKernel.run(.divide, total, NDArray.scalar(Scalar(.int(Int64(count)), as: accumulator)), out: total)
        return try result(divided)
    }

    private static func argReduction(_ name: String, minimum: Bool) -> Function {
        function(name, ["a", "axis?", "out?", "keepdims?"], doc: "\(name)(a, axis=None) -> int or ndarray\nIndex of the \(minimum ? "smallest" : "largest") element (first occurrence), in the flattened array when axis is None.") { _, args throws(PythonError) in
            let a = try args.requiredArray("a")
            let axis = try args.int("axis")
            let found = try ArgReduction.run(a, axis: axis, minimum: minimum)
            return try result(found)
        }
    }

    private static func cumulative(_ name: String, _ operation: ReductionOperation) -> Function {
        function(name, ["a", "axis?", "dtype?"], doc: "\(name)(a, axis=None) -> ndarray\nRunning \(operation == .sum ? "sums" : "products"): a new array (flattened when axis is None).") { _, args throws(PythonError) in
            let a = try args.requiredArray("a")
            let axis = try args.int("axis")
            let dtype = try args.dtype("dtype")
            return .array(try Accumulation.run(operation, a, axis: axis, dtype: dtype))
        }
    }
}
