import ArrayEngine

/// Creation functions: each makes a new buffer (`asarray` may return its input).
extension NumPyModule {
    static func creationFunctions() -> [Function] {
        [
            function("array", ["object", "dtype?", "copy?", "ndmin?"], style: .numpyC, doc: """
                array(object, dtype=None, copy=True) -> ndarray
                A new array from a list, tuple or array: a copy that owns its data (copy=False raises if a copy is needed).
                """) { _, args throws(PythonError) in
                let object = args.raw("object") ?? .none
                let dtype = try args.dtype("dtype")
                // copy=True (default) always copies, copy=None only when needed, copy=False never.
                let copyArgument = args.raw("copy")
                let mustCopy = try copyArgument.map { v throws(PythonError) in v.isNone ? false : try Convert.truth(v) } ?? true
                let mayCopy = copyArgument.map { $0.isNone } ?? true || mustCopy
                var result: NDArray
                if case .array(let a) = object, !mustCopy, dtype == nil || dtype == a.dtype {
                    result = a
                } else if !mayCopy {
                    throw copyFalseError
                } else if case .array(let a) = object {
                    result = try a.copyKeepingOrder(as: dtype)
                } else {
                    result = try Convert.array(object, dtype: dtype)
                }
                let ndmin = try args.int("ndmin", default: 0)
                if ndmin > NDArray.maximumDimensions { throw .value("ndmin must be <= ndmax (\(NDArray.maximumDimensions))") }
                if result.ndim < ndmin {
                    let shape = [Int](repeating: 1, count: ndmin - result.ndim) + result.shape
                    result = try result.reshape(shape)
                }
                return .array(result)
            },
            function("asarray", ["a", "dtype?"], style: .numpyC, doc: """
                asarray(a, dtype=None) -> ndarray
                The same array object when a already is an array of that dtype (no copy); otherwise a new array.
                """) { _, args throws(PythonError) in
                .array(try Convert.array(args.raw("a") ?? .none, dtype: try args.dtype("dtype")))
            },
            function("copy", ["a"], doc: """
                copy(a) -> ndarray
                A new array that owns a copy of the data: a deep copy, never a view (its base is None).
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                return .array(try a.copyKeepingOrder())
            },
            function("arange", ["start?", "stop?", "step?", "dtype?"], doc: """
                arange([start,] stop[, step], dtype=None) -> ndarray
                Evenly spaced values in [start, stop): a new array.
                """) { _, args throws(PythonError) in
                guard var start = args.raw("start") else { throw .type("arange() requires stop to be specified.") }
                var stop = args["stop"]
                if stop == nil { stop = start; start = .int(0) }
                let step = args["step"] ?? .int(1)
                let values = [start, stop ?? .int(0), step]
                let scalars = try values.map { v throws(PythonError) in try Convert.scalar(v) }
                let inferred = scalars.reduce(DType.int64) { DType.promote($0, $1.dtype == .bool ? .int64 : $1.dtype) }
                let dtype = try args.dtype("dtype") ?? inferred
                return .array(try NDArray.arange(start: scalars[0], stop: scalars[1], step: scalars[2], dtype: dtype))
            },
            filled("zeros", value: .int(0), doc: "zeros(shape, dtype=float) -> ndarray\nA new array of zeros (owns its data)."),
            filled("ones", value: .int(1), doc: "ones(shape, dtype=float) -> ndarray\nA new array of ones (owns its data)."),
            filled("empty", value: .int(0), doc: "empty(shape, dtype=float) -> ndarray\nA new array; arrsh zero-fills it (NumPy leaves it uninitialised)."),
            function("full", ["shape", "fill_value", "dtype?"], doc: """
                full(shape, fill_value, dtype=None) -> ndarray
                A new array filled with fill_value.
                """) { _, args throws(PythonError) in
                let shape = try args.shape("shape")
                let value = try Convert.scalar(args.raw("fill_value") ?? .none)
                let dtype = try args.dtype("dtype") ?? value.dtype
                return .array(try NDArray.full(shape: shape, value: value, dtype: dtype))
            },
            like("zeros_like", value: .int(0)), like("ones_like", value: .int(1)), like("empty_like", value: .int(0)),
            function("full_like", ["a", "fill_value", "dtype?"], doc: """
                full_like(a, fill_value, dtype=None) -> ndarray
                A new array with a's shape and dtype, filled with fill_value.
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                let value = try Convert.scalar(args.raw("fill_value") ?? .none)
                let dtype = try args.dtype("dtype") ?? a.dtype
                return .array(try NDArray.full(shape: a.shape, value: value, dtype: dtype))
            },
            function("linspace", ["start", "stop", "num?", "endpoint?", "dtype?"], doc: """
                linspace(start, stop, num=50, endpoint=True) -> ndarray
                num evenly spaced float values from start to stop: a new array.
                """) { _, args throws(PythonError) in
                let start = try Convert.double(args.raw("start") ?? .none)
                let stop = try Convert.double(args.raw("stop") ?? .none)
                let count = try args.int("num", default: 50)
                let endpoint = try args.bool("endpoint", default: true)
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
                return .array(result)
            },
            function("eye", ["N", "M?", "k?", "dtype?"], doc: """
                eye(N, M=None, k=0, dtype=float) -> ndarray
                A new 2-D array with ones on the k-th diagonal.
                """) { _, args throws(PythonError) in
                let n = try args.int("N", default: 0)
                let m = try args.int("M") ?? n
                let k = try args.int("k", default: 0)
                let dtype = try args.dtype("dtype") ?? .float64
                return .array(try NDArray.eye(rows: n, columns: m, diagonal: k, dtype: dtype))
            },
            function("identity", ["n", "dtype?"], doc: """
                identity(n, dtype=float) -> ndarray
                A new n x n identity matrix.
                """) { _, args throws(PythonError) in
                let n = try args.int("n", default: 0)
                let dtype = try args.dtype("dtype") ?? .float64
                return .array(try NDArray.eye(rows: n, columns: n, diagonal: 0, dtype: dtype))
            },
        ]
    }

    static let copyFalseError = PythonError.value("""
        Unable to avoid copy while creating an array as requested.
        If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).
        For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.
        """)

    private static func filled(_ name: String, value: Scalar.Value, doc: String) -> Function {
        function(name, ["shape", "dtype?"], style: name == "ones" ? .python : .numpyC, doc: doc) { _, args throws(PythonError) in
            let shape = try args.shape("shape")
            let dtype = try args.dtype("dtype") ?? .float64
            return .array(try NDArray.full(shape: shape, value: Scalar(value, as: dtype), dtype: dtype))
        }
    }

    private static func like(_ name: String, value: Scalar.Value) -> Function {
        let base = name.replacingOccurrences(of: "_like", with: "")
        return function(name, ["a", "dtype?"], doc: "\(name)(a, dtype=None) -> ndarray\nA new array like np.\(base), with a's shape and dtype.") { _, args throws(PythonError) in
            let a = try args.requiredArray("a")
            let dtype = try args.dtype("dtype") ?? a.dtype
            return .array(try NDArray.full(shape: a.shape, value: Scalar(value, as: dtype), dtype: dtype))
        }
    }
}
