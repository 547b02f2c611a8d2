import ArrayEngine

/// Reductions, each with `axis=` (None, an int or a tuple), `keepdims=`, `out=`,
/// and, where NumPy has them, `dtype=`, `initial=` and `where=`.
extension NumPyModule {
    static func reductionFunctions() -> [Function] {
        [
            reduction("sum", .sum, doc: "Sum of elements (floats use NumPy's pairwise summation)."),
            reduction("prod", .prod, doc: "Product of elements."),
            reduction("min", .min, doc: "Smallest element."), reduction("amin", .min, doc: "Smallest element."),
            reduction("max", .max, doc: "Largest element."), reduction("amax", .max, doc: "Largest element."),
            reduction("all", .all, doc: "True when every element is true."),
            reduction("any", .any, doc: "True when some element is true."),
            function(
                "mean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)",
                doc: """
                    The arithmetic mean (a new value; integers are averaged in float64).
                    """
            ) { interpreter, args throws(PythonError) in
                let a = try args.array("a")
                let mask = try args.mask()
                if a.dtype.isObject {
                    // NumPy's _mean: the sum by Python's +, divided by the count (an np.intp).
                    let axes = try args.axes()
                    guard try args.loopDType() == nil, mask == nil, try args.out() == nil, a.size > 0 else {
                        throw .notImplemented("mean of an object array takes no dtype, where or out in arrsh yet")
                    }
                    let reduced = try Reduction.normalize(axes: axes, ndim: a.ndim)
                    let count = reduced.reduce(1) { $0 * a.shape[$1] }
                    let total = try objectReduction(
                        .sum, a, axes: axes, keepdims: try args.bool("keepdims"), interpreter)
                    // An array of sums divides by the count as an object, a Python int.
                    let divisor: Value = total.isArray ? .int(count) : .scalar(Scalar(int64: Int64(count)))
                    return try interpreter.binary(.divide, total, divisor)
                }
                let mean = try mean(
                    a, axes: try args.axes(), keepdims: try args.bool("keepdims"), dtype: try args.loopDType(),
                    where: mask)
                return try written(mean, into: try args.out(), function: ReductionOperation.sum.rawValue)
            },
            argReduction("argmin", minimum: true), argReduction("argmax", minimum: false),
            cumulative("cumsum", .sum), cumulative("cumprod", .prod),
            function("count_nonzero(a, axis=None, *, keepdims=False)", doc: "How many elements are non-zero.") {
                _, args throws(PythonError) in
                let a = try args.array("a")
                return try result(
                    try Reduction.run(
                        .sum, try a.copy(as: .bool), axes: try args.axes(), keepdims: try args.bool("keepdims")))
            },
        ]
    }

    /// NumPy's declarations of the reductions (`all` and `any` take no dtype or initial).
    private static func declaration(_ name: String, _ operation: ReductionOperation) -> String {
        switch operation {
        case .sum, .prod: "\(name)(a, axis=None, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)"
        case .min, .max: "\(name)(a, axis=None, out=None, keepdims=False, initial=<no value>, where=True)"
        case .all, .any: "\(name)(a, axis=None, out=None, keepdims=False, *, where=True)"
        }
    }

    static func reduction(_ name: String, _ operation: ReductionOperation, doc: String) -> Function {
        function(declaration(name, operation), doc: "\(doc) A scalar, or a new array along axis.") {
            interpreter, args throws(PythonError) in
            let a = try args.array("a")
            let hasDType = operation == .sum || operation == .prod
            let hasInitial = operation != .all && operation != .any
            let dtype = hasDType ? try args.loopDType() : nil
            let initial = hasInitial ? try args["initial"].map { v throws(PythonError) in try Convert.scalar(v) } : nil
            let mask = try args.mask()
            let axes = try args.axes()
            let keepdims = try args.bool("keepdims")
            if a.dtype.isObject {
                guard dtype == nil, initial == nil, mask == nil, try args.out() == nil else {
                    throw .notImplemented(
                        "\(name) of an object array takes no dtype, initial, where or out in arrsh yet")
                }
                return try objectReduction(operation, a, axes: axes, keepdims: keepdims, interpreter)
            }
            let reduced = try interpreter.withWarnings("reduce") { () throws(PythonError) in
                try Reduction.run(
                    operation, a, axes: axes, keepdims: keepdims, dtype: dtype, initial: initial, where: mask)
            }
            return try written(reduced, into: try args.out(), function: operation.rawValue)
        }
    }

    /// An object array reduced with Python's operators, as NumPy's object loops do: `+` and
    /// `*` from the first element, the larger by `>=` (`max`), the smaller by `<=` (`min`),
    /// truth for `all` and `any`; the reduced elements taken in C order.
    static func objectReduction(
        _ operation: ReductionOperation, _ a: NDArray, axes: [Int]?, keepdims: Bool, _ interpreter: Interpreter
    ) throws(PythonError) -> Value {
        let reduced = try Reduction.normalize(axes: axes, ndim: a.ndim)
        let kept = a.shape.indices.filter { !reduced.contains($0) }
        let rows = try ObjectValues.values(try a.transposed(kept + reduced))
        let rowLength = reduced.reduce(1) { $0 * a.shape[$1] }
        let rowCount = kept.reduce(1) { $0 * a.shape[$1] }
        var results: [Value] = []
        for row in 0..<rowCount {
            let start = row * rowLength
            results.append(try objectFold(operation, rows[start..<start + rowLength], interpreter))
        }
        let shape = keepdims ? a.shape.indices.map { reduced.contains($0) ? 1 : a.shape[$0] } : kept.map { a.shape[$0] }
        let result =
            operation == .all || operation == .any
            ? try Convert.array(.list(ListObject(results)), dtype: .bool).reshape(shape)
            : try ObjectValues.array(results, shape: shape)
        return try Interpreter.unwrap(result, scalar: true)
    }

    /// One row of an object reduction folded.
    private static func objectFold(
        _ operation: ReductionOperation, _ values: ArraySlice<Value>, _ interpreter: Interpreter
    ) throws(PythonError) -> Value {
        guard var result = values.first else {
            switch operation {
            case .sum: return .int(0)
            case .prod: return .int(1)
            case .all: return .bool(true)
            case .any: return .bool(false)
            case .min, .max:
                throw .value("zero-size array to reduction operation \(operation.rawValue) which has no identity")
            }
        }
        if operation == .all || operation == .any { result = .bool(try Convert.truth(result)) }
        for value in values.dropFirst() {
            switch operation {
            case .sum: result = try interpreter.binary(.add, result, value)
            case .prod: result = try interpreter.binary(.multiply, result, value)
            case .max: if !(try Convert.truth(try interpreter.compare(.greaterEqual, result, value))) { result = value }
            case .min: if !(try Convert.truth(try interpreter.compare(.lessEqual, result, value))) { result = value }
            case .all: if try Convert.truth(result) { result = .bool(try Convert.truth(value)) }
            case .any: if !(try Convert.truth(result)) { result = .bool(try Convert.truth(value)) }
            }
        }
        return result
    }

    /// A reduction's result: written into `out=` (cast whatever the types, as NumPy's
    /// reductions do), or returned. `function` is the ufunc NumPy's message names.
    private static func written(_ value: Value, into out: NDArray?, function: String) throws(PythonError) -> Value {
        guard let out else { return value }
        let reduced = try Convert.array(value)
        guard out.shape == reduced.shape else {
            throw .value(
                "output parameter for reduction operation \(function) has the wrong number of dimensions: Found \(out.ndim) but expected \(reduced.ndim)"
            )
        }
        try out.assign(reduced)
        return .array(out)
    }

    private static func written(_ reduced: NDArray, into out: NDArray?, function: String) throws(PythonError) -> Value {
        guard out != nil else { return try result(reduced) }
        return try written(.array(reduced), into: out, function: function)
    }

    static func mean(_ a: NDArray, axes: [Int]?, keepdims: Bool, dtype: DType?, where mask: NDArray? = nil)
        throws(PythonError) -> Value
    {
        // A timedelta's mean is its sum over the count, in its own unit (truncated, as NumPy's division).
        if a.dtype.isTime, dtype == nil {
            let count = try Reduction.normalize(axes: axes, ndim: a.ndim).reduce(1) { $0 * a.shape[$1] }
            let total = try Reduction.run(.sum, a, axes: axes, keepdims: keepdims, where: mask)
            return try result(BinaryKernel.run(.divide, total, NDArray.scalar(Scalar(int64: Int64(count)))))
        }
        // NumPy sums float16 in float32 and gives float16 back; integers and booleans in float64.
        let halfResult = dtype == nil && a.dtype.scalarType == .float16
        let accumulator =
            dtype ?? (halfResult ? .float32 : a.dtype.isInexact || a.dtype.record != nil ? a.dtype.native : .float64)
        let total = try Reduction.run(.sum, a, axes: axes, keepdims: keepdims, dtype: accumulator, where: mask)
        let divided: NDArray
        if let mask {
            let counted = try Reduction.run(
                .sum, try mask.broadcast(to: a.shape).copy(as: .bool), axes: axes, keepdims: keepdims,
                dtype: accumulator)
            divided = try BinaryKernel.run(.divide, total, counted, out: total)
        } else {
            let reducedAxes = try Reduction.normalize(axes: axes, ndim: a.ndim)
            let count = reducedAxes.reduce(1) { $0 * a.shape[$1] }
            divided = try BinaryKernel.run(
                .divide, total, NDArray.scalar(Scalar(.int(Int64(count)), as: accumulator)), out: total)
        }
        return try result(halfResult ? try divided.copy(as: .float16) : divided)
    }

    private static func argReduction(_ name: String, minimum: Bool) -> Function {
        function(
            "\(name)(a, axis=None, out=None, *, keepdims=False)",
            doc: """
                Index of the \(minimum ? "smallest" : "largest") element (first occurrence), in the flattened array when axis is None.
                """
        ) { interpreter, args throws(PythonError) in
            let a = try args.array("a")
            let axis = try args.int("axis")
            var found =
                a.dtype.isObject
                ? try interpreter.objectExtremePosition(a, axis: axis, minimum: minimum)
                : try ArgReduction.run(a, axis: axis, minimum: minimum)
            if try args.bool("keepdims") {
                var shape = a.shape
                if let axis { shape[try a.normalizeAxis(axis)] = 1 } else { shape = shape.map { _ in 1 } }
                found = try found.reshape(shape)
            }
            return try written(found, into: try args.out(), function: name)
        }
    }

    private static func cumulative(_ name: String, _ operation: ReductionOperation) -> Function {
        function(
            "\(name)(a, axis=None, dtype=None, out=None)",
            doc: """
                Running \(operation == .sum ? "sums" : "products"): a new array (flattened when axis is None).
                """
        ) { interpreter, args throws(PythonError) in
            let a = try args.array("a")
            let axis = try args.int("axis")
            let dtype = try args.loopDType()
            let running =
                a.dtype.isObject && dtype == nil
                ? try interpreter.objectRunning(operation == .sum ? .add : .multiply, a, axis: axis)
                : try interpreter.withWarnings("accumulate") { () throws(PythonError) in
                    try Accumulation.run(operation, a, axis: axis, dtype: dtype)
                }
            guard let out = try args.out() else { return .array(running) }
            guard out.shape == running.shape else {
                let shapes = [out.shape, running.shape].map { "\(ShapeText.compact($0))->\(ShapeText.compact($0)) " }
                    .joined()
                throw .value(
                    "operands could not be broadcast together with remapped shapes [original->remapped]: \(shapes)")
            }
            try out.assign(running)
            return .array(out)
        }
    }
}
