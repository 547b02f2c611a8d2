import ArrayEngine

/// Creation functions: each makes a new buffer (`asarray` may return its input).
extension NumPyModule {
    static func creationFunctions() -> [Function] {
        [
            function(
                "array(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, ndmax=0, like=None)",
                notYet: ["subok", "like"], style: .numpyC,
                doc: """
                    A new array from a list, tuple or array: a copy that owns its data (copy=False raises if a copy is needed).
                    """
            ) { interpreter, args throws(PythonError) in
                let object = args.raw("object") ?? .none
                let dtype = try args.dtype("dtype")
                let order = try args.order()
                let copy = try args.copyMode()
                let ndmax = try args.int("ndmax") ?? 0
                guard (0...NDArray.maximumDimensions).contains(ndmax) else {
                    throw .value("ndmax must be in the range [0, NPY_MAXDIMS (\(NDArray.maximumDimensions))] ")
                }
                if ndmax > 0 {
                    if case .array(let a) = object, a.ndim > ndmax { throw .value("object too deep for desired array") }
                    if dtype?.isObject == true { return .array(try ObjectValues.array(from: object, ndmax: ndmax)) }
                    if try ObjectValues.nestsDeeper(object, than: ndmax) {
                        throw .value(
                            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of \(ndmax)."
                        )
                    }
                }
                var result = try interpreter.withWarnings("cast") { () throws(PythonError) in
                    try converted(object, dtype: dtype, order: order, copy: copy)
                }
                let ndmin = try args.int("ndmin") ?? 0
                if ndmin > NDArray.maximumDimensions {
                    throw .value("ndmin must be <= ndmax (\(NDArray.maximumDimensions))")
                }
                if result.ndim < ndmin {
                    let shape = [Int](repeating: 1, count: ndmin - result.ndim) + result.shape
                    result = try result.reshape(shape)
                }
                return .array(result)
            },
            asArray("asarray"), asArray("asanyarray"),
            function(
                "copy(a, order='K', subok=False)", notYet: ["subok"],
                doc: """
                    A new array that owns a copy of the data: a deep copy, never a view (its base is None).
                    """
            ) { _, args throws(PythonError) in
                .array(try args.array("a").copy(order: try args.order()))
            },
            function(
                "arange(start_or_stop=<no value>, /, stop=None, step=None, *, dtype=None, device=None, like=None)",
                notYet: ["device", "like"], style: .numpyC,
                doc: """
                    Evenly spaced values in [start, stop): a new array.
                    """
            ) { interpreter, args throws(PythonError) in
                guard var start = args.raw("start_or_stop") else {
                    throw .type("arange() requires stop to be specified.")
                }
                var stop = args["stop"]
                if stop == nil {
                    stop = start
                    start = .int(0)
                }
                let step = args["step"] ?? .int(1)
                let requested = try args.dtype("dtype")
                let timeEnds = [start, stop ?? .none].contains {
                    if case .scalar(let s) = $0 { s.dtype.isTime } else { false }
                }
                if requested?.isTime == true || timeEnds {
                    return .array(
                        try TimeValues.arange(start: start, stop: stop ?? .none, step: step, dtype: requested))
                }
                let scalars = try [start, stop ?? .int(0), step].map { v throws(PythonError) in try Convert.scalar(v) }
                let inferred = scalars.reduce(DType.int64) { DType.promote($0, $1.dtype == .bool ? .int64 : $1.dtype) }
                let dtype = try args.dtype("dtype") ?? inferred
                let range = try NDArray.arange(
                    start: scalars[0], stop: scalars[1], step: scalars[2], dtype: dtype.isObject ? inferred : dtype)
                guard dtype.isObject, range.size > 0 else { return .array(range) }
                // NumPy's OBJECT_fill: start, start + step, then start + i * (second - start), by Python's operators.
                let second = try interpreter.binary(.add, start, step)
                let delta = try interpreter.binary(.subtract, second, start)
                var values = Array([start, second].prefix(range.size))
                for i in values.count..<range.size {
                    values.append(
                        try interpreter.binary(.add, start, try interpreter.binary(.multiply, .int(i), delta)))
                }
                return .array(try ObjectValues.array(values, shape: [range.size]))
            },
            filled("zeros", value: .int(0), doc: "A new array of zeros (owns its data)."),
            filled("ones", value: .int(1), doc: "A new array of ones (owns its data)."),
            filled("empty", value: .int(0), doc: "A new array; arrsh zero-fills it (NumPy leaves it uninitialised)."),
            function(
                "full(shape, fill_value, dtype=None, order='C', *, device=None, like=None)",
                notYet: ["device", "like"], doc: "A new array filled with fill_value (broadcast when it is a sequence)."
            ) { interpreter, args throws(PythonError) in
                let shape = try args.shape("shape")
                // A sequence fill value is broadcast, as NumPy's copyto does it.
                let fill = args.raw("fill_value") ?? .none
                let dtype: DType
                if let given = try args.dtype("dtype") { dtype = given } else { dtype = try Convert.array(fill).dtype }
                // Not zeroed: a zeroed request takes fresh pages, which cost more than the fill.
                let result = try NDArray.allocate(shape: shape, dtype: dtype, order: try args.order(), zeroed: false)
                let source = try Convert.operand(try Convert.castingNone(fill, to: dtype), besides: dtype)
                try interpreter.withWarnings("cast") { () throws(PythonError) in try result.assign(source) }
                return .array(result)
            },
            like("zeros_like", value: .int(0)), like("ones_like", value: .int(1)), like("empty_like", value: .int(0)),
            function(
                "full_like(a, fill_value, dtype=None, order='K', subok=True, shape=None, *, device=None)",
                notYet: ["subok", "device"], doc: "A new array with a's shape and dtype, filled with fill_value."
            ) { interpreter, args throws(PythonError) in
                let a = try args.array("a")
                let result = try likeArray(a, args, zeroed: false)
                let fill = try Convert.castingNone(args.raw("fill_value") ?? .none, to: result.dtype)
                let source = try Convert.operand(fill, besides: result.dtype)
                try interpreter.withWarnings("cast") { () throws(PythonError) in try result.assign(source) }
                return .array(result)
            },
            function(
                "linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *, device=None)",
                notYet: ["axis", "device"],
                doc: """
                    num evenly spaced float values from start to stop: a new array (and the step, with retstep=True).
                    """
            ) { _, args throws(PythonError) in
                // Dates and durations are not spaced yet (they would be read as bare numbers).
                for bound in [args.raw("start"), args.raw("stop")] {
                    if let bound, let time = try? Convert.array(bound), time.dtype.isTime { throw .times(time.dtype) }
                }
                let start = try Convert.double(args.raw("start") ?? .none)
                let stop = try Convert.double(args.raw("stop") ?? .none)
                let count = try args.int("num") ?? 50
                let endpoint = try args.bool("endpoint")
                var result = try NDArray.linspace(start: start, stop: stop, count: count, endpoint: endpoint)
                if let dtype = try args.dtype("dtype"), dtype != .float64 {
                    // NumPy floors before casting to an integer type (a cast alone truncates).
                    let floored = dtype.isInteger ? try UnaryKernel.run(.floor, result) : result
                    result = try floored.copy(as: dtype)
                } else if endpoint ? count > 1 : count > 0 {
                    // NumPy scales an `arange(num).reshape(-1)` view in place and returns
                    // it, so a float64 linspace with a step is a view (`.base` is set).
                    result = result.view()
                }
                guard try args.bool("retstep") else { return .array(result) }
                let divisor = Double(endpoint ? count - 1 : count)
                // NumPy's step is a NumPy float, or Python's nan when there is no step.
                return .tuple([
                    .array(result), divisor > 0 ? .scalar(Scalar(double: (stop - start) / divisor)) : .float(.nan),
                ])
            },
            function(
                "eye(N, M=None, k=0, dtype=float, order='C', *, device=None, like=None)",
                notYet: ["device", "like"], doc: "A new 2-D array with ones on the k-th diagonal."
            ) { _, args throws(PythonError) in
                let n = try args.int("N") ?? 0
                let m = try args.int("M") ?? n
                let identity = try NDArray.eye(
                    rows: n, columns: m, diagonal: try args.int("k") ?? 0, dtype: try args.dtype("dtype") ?? .float64)
                return .array(try args.order() == .fortran ? identity.copy(order: .fortran) : identity)
            },
            function("identity(n, dtype=None, *, like=None)", notYet: ["like"], doc: "A new n x n identity matrix.") {
                _, args throws(PythonError) in
                let n = try args.int("n") ?? 0
                return .array(
                    try NDArray.eye(rows: n, columns: n, diagonal: 0, dtype: try args.dtype("dtype") ?? .float64))
            },
        ]
    }

    static let copyFalseError = PythonError.value(
        """
        Unable to avoid copy while creating an array as requested.
        If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).
        For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.
        """)

    /// `np.array` / `np.asarray`: `object` as an array of `dtype` in `order`, copied
    /// always, when needed, or never, as `copy` says.
    /// A recarray comes back as a plain ndarray view of it unless `keepsClass` (`asanyarray`).
    private static func converted(
        _ object: Value, dtype: DType?, order: ArrayOrder, copy: CopyMode, keepsClass: Bool = false
    ) throws(PythonError) -> NDArray {
        guard case .array(let a) = object else {
            if copy == .never { throw copyFalseError }
            let made = try Convert.array(object, dtype: dtype)
            return order == .fortran && made.ndim > 1 ? try made.copy(order: .fortran) : made
        }
        let fits =
            (dtype == nil || dtype == a.dtype)
            && (order == .c ? a.isCContiguous : order == .fortran ? a.isFContiguous : true)
        if fits && copy != .always {
            return a.isRecordArray && !keepsClass ? a.view(shape: a.shape, strides: a.strides, recordArray: false) : a
        }
        if copy == .never { throw copyFalseError }
        // Objects come from, and go to, the language's values.
        if let dtype, a.dtype.isObject || dtype.isObject { return try Convert.array(object, dtype: dtype) }
        return try a.copy(order: order, as: dtype)
    }

    /// `np.asarray`, and `np.asanyarray` (which keeps a recarray a recarray).
    private static func asArray(_ name: String) -> Function {
        function(
            "\(name)(a, dtype=None, order=None, *, device=None, copy=None, like=None)",
            notYet: ["device", "like"], style: .numpyC,
            doc: """
                The same array object when a already is an array of that dtype and order (no copy); otherwise a new array.
                """
        ) { interpreter, args throws(PythonError) in
            let order = args.raw("order").map(\.isNone) == false ? try args.order() : .keep
            let dtype = try args.dtype("dtype")
            let copy = try args.copyMode()
            return .array(
                try interpreter.withWarnings("cast") { () throws(PythonError) in
                    try converted(
                        args.raw("a") ?? .none, dtype: dtype, order: order, copy: copy,
                        keepsClass: name == "asanyarray")
                })
        }
    }

    private static func filled(_ name: String, value: Scalar.Value, doc: String) -> Function {
        function(
            "\(name)(shape, dtype=None, order='C', *, device=None, like=None)", notYet: ["device", "like"],
            style: name == "ones" ? .python : .numpyC, doc: doc
        ) { _, args throws(PythonError) in
            let dtype = try args.dtype("dtype") ?? .float64
            let zero = value == .int(0)
            let result = try NDArray.allocate(
                shape: try args.shape("shape"), dtype: dtype, order: try args.order(), zeroed: zero)
            if !zero { try result.fill(Scalar(value, as: dtype)) }
            // NumPy's np.empty of objects holds None.
            if dtype.isObject, name == "empty" { try result.assign(try ObjectValues.array([.none], shape: [])) }
            return .array(result)
        }
    }

    private static func like(_ name: String, value: Scalar.Value) -> Function {
        let first = name == "empty_like" ? "prototype, /" : "a"
        return function(
            "\(name)(\(first), dtype=None, order='K', subok=True, shape=None, *, device=None)",
            notYet: ["subok", "device"],
            doc: "A new array like np.\(name.dropLast(5)), with a's shape, dtype and memory order."
        ) { _, args throws(PythonError) in
            let result = try likeArray(try args.array(name == "empty_like" ? "prototype" : "a"), args)
            if value != .int(0) { try result.fill(Scalar(value, as: result.dtype)) }
            if result.dtype.isObject, name == "empty_like" {
                try result.assign(try ObjectValues.array([.none], shape: []))
            }
            return .array(result)
        }
    }

    /// The zero-filled array `*_like(a, dtype, order, shape=...)` starts from.
    private static func likeArray(_ a: NDArray, _ args: BoundArguments, zeroed: Bool = true) throws(PythonError)
        -> NDArray
    {
        let shape = try args["shape"].map { v throws(PythonError) in try Convert.shape(v) }
        return try a.allocateLike(order: try args.order(), dtype: try args.dtype("dtype"), shape: shape, zeroed: zeroed)
    }
}
