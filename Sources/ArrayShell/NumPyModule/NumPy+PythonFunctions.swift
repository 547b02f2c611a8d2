import ArrayEngine

/// Functions that call the user's Python functions: `vectorize`, `fromfunction`,
/// `apply_along_axis`.
extension NumPyModule {
    static func pythonFunctionFunctions() -> [Function] {
        [
            function(
                "vectorize(pyfunc=<no value>, otypes=None, doc=None, excluded=None, cache=False, signature=None)",
                notYet: ["excluded", "cache", "signature"],
                doc: "pyfunc made to take arrays: called on each element (as a Python value) of the broadcast inputs."
            ) { interpreter, args throws(PythonError) in
                guard let pyfunc = args.raw("pyfunc") else {
                    throw .notImplemented(
                        "np.vectorize without a function (as a decorator factory) is not supported yet")
                }
                let otypes = try outputTypes(interpreter, args.raw("otypes") ?? .none)
                _ = args.raw("doc")
                let vectorized = Function(
                    Signature("vectorize(*args, **kwargs)"), kind: .numpy, doc: "A vectorized function."
                ) {
                    interpreter, call throws(PythonError) in
                    if !call.keywords("kwargs").isEmpty {
                        throw .notImplemented("keyword arguments to a vectorized function are not supported yet")
                    }
                    return try vectorizedCall(interpreter, pyfunc, call.variadic("args"), otypes)
                }
                return .function(vectorized)
            },
            function(
                "fromfunction(function, shape, *, dtype=float, like=None, **kwargs)", notYet: ["like"],
                doc: "function called once with the index arrays of shape (np.indices) as its arguments."
            ) {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let indices = try np(
                    "indices", args.raw("shape") ?? .none, keywords: [("dtype", args.raw("dtype") ?? .none)])
                return try interpreter.call(
                    args.raw("function") ?? .none,
                    Arguments(try interpreter.iterate(indices), keywords: args.keywords("kwargs")))
            },
            function(
                "apply_along_axis(func1d, axis, arr, *args, **kwargs)",
                doc: "func1d applied to each 1-D slice of arr along axis; its results stacked in that axis's place."
            ) {
                interpreter, args throws(PythonError) in
                try applyAlongAxis(interpreter, args)
            },
        ]
    }

    /// `otypes=`: a string of type characters or a list of dtypes.
    private static func outputTypes(_ interpreter: Interpreter, _ value: Value) throws(PythonError) -> [DType]? {
        switch value {
        case .none: return nil
        case .string(let text): return try text.map { c throws(PythonError) in try Convert.dtype(.string(String(c))) }
        default: return try interpreter.iterate(value).map { v throws(PythonError) in try Convert.dtype(v) }
        }
    }

    /// NumPy's `_vectorize_call` through `frompyfunc`: the first elements are called
    /// once more to find the output types when `otypes` is not given.
    private static func vectorizedCall(
        _ interpreter: Interpreter, _ pyfunc: Value, _ inputs: [Value], _ otypes: [DType]?
    )
        throws(PythonError) -> Value
    {
        if inputs.isEmpty { return try interpreter.call(pyfunc, Arguments()) }
        let np = NumPyCalls(interpreter: interpreter)
        let arrays = try interpreter.iterate(try np.call("broadcast_arrays", inputs)).map {
            v throws(PythonError) in try Convert.array(v).elements().map(Convert.python)
        }
        let broadcastShape = try Broadcasting.operandShape(
            try inputs.map { v throws(PythonError) in try Convert.array(v).shape })
        let count = arrays[0].count
        var types = otypes
        if types == nil {
            guard count > 0 else { throw .value("cannot call `vectorize` on size 0 inputs unless `otypes` is set") }
            let first = try interpreter.call(pyfunc, Arguments(arrays.map { $0[0] }))
            let outputs = if case .tuple(let items) = first { items } else { [first] }
            // NumPy keeps the type character only: a string type is sized afresh by all the outputs.
            types = try outputs.map { v throws(PythonError) in
                let dtype = try Convert.array(v).dtype
                return dtype.isString ? DType(dtype.scalarType) : dtype
            }
        }
        let nout = types?.count ?? 1
        var results = [[Value]](repeating: [], count: nout)
        for i in 0..<count {
            let value = try interpreter.call(pyfunc, Arguments(arrays.map { $0[i] }))
            let outputs: [Value]
            if nout == 1 {
                outputs = [value]
            } else {
                guard case .tuple(let items) = value, items.count == nout else {
                    throw .notImplemented(
                        "a vectorized function returning \(value.typeName) where \(nout) outputs were expected is not supported yet"
                    )
                }
                outputs = items
            }
            for (k, output) in outputs.enumerated() {
                guard isElement(output) else {
                    throw .notImplemented(
                        "a vectorized function returning \(output.typeName) values is not supported yet")
                }
                results[k].append(output)
            }
        }
        let arraysOut = try zip(results, types ?? []).map { values, dtype throws(PythonError) -> Value in
            .array(try Convert.array(.list(ListObject(values)), dtype: dtype).reshape(broadcastShape))
        }
        return nout == 1 ? arraysOut[0] : .tuple(arraysOut)
    }

    /// A value an array of one element per call can hold (not a sequence).
    private static func isElement(_ value: Value) -> Bool {
        switch value {
        case .int, .bigInt, .float, .complex, .bool, .string, .scalar: true
        case .object(let object): object is StringScalar
        case .array(let a): a.ndim == 0
        default: false
        }
    }

    /// NumPy's `apply_along_axis`: the slices walked in C order of the other axes, the
    /// first result's shape and dtype deciding the buffer the others are written into.
    private static func applyAlongAxis(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value
    {
        let np = NumPyCalls(interpreter: interpreter)
        let function = args.raw("func1d") ?? .none
        let extra = args.variadic("args")
        let keywords = args.keywords("kwargs")
        let a = try args.array("arr")
        var axis = try args.int("axis") ?? 0
        guard axis >= -a.ndim, axis < a.ndim else { throw .axis(axis, ndim: a.ndim) }
        if axis < 0 { axis += a.ndim }
        var order = Array(0..<a.ndim)
        order.remove(at: axis)
        let view = try np.array("transpose", .array(a), .tuple((order + [axis]).map { .int($0) }))
        let outer = Array(view.shape.dropLast())
        let total = outer.reduce(1, *)
        guard total > 0 else { throw .value("Cannot apply_along_axis when any iteration dimensions are 0") }
        func index(_ flat: Int) -> Value {
            var rest = flat
            var parts: [Value] = []
            for extent in outer.reversed() {
                parts.append(.int(rest % extent))
                rest /= extent
            }
            return .tuple(parts.reversed() + [.ellipsis])
        }
        func apply(_ flat: Int) throws(PythonError) -> NDArray {
            let slice = try interpreter.getItem(.array(view), index(flat))
            return try Convert.array(try interpreter.call(function, Arguments([slice] + extra, keywords: keywords)))
        }
        let first = try apply(0)
        let buffer = try NDArray.allocate(shape: outer + first.shape, dtype: first.dtype)
        try interpreter.setItem(.array(buffer), index(0), to: .array(first))
        for flat in 1..<total { try interpreter.setItem(.array(buffer), index(flat), to: .array(try apply(flat))) }
        let dims = Array(0..<buffer.ndim)
        let permutation =
            Array(dims[0..<axis]) + Array(dims[(buffer.ndim - first.ndim)...])
            + Array(dims[axis..<(buffer.ndim - first.ndim)])
        return try np("transpose", .array(buffer), .tuple(permutation.map { .int($0) }))
    }
}
