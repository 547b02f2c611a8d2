import ArrayEngine

/// Functions that call the user's Python functions: `vectorize`, `fromfunction`,
/// `apply_along_axis`, `apply_over_axes`, `piecewise`, `mask_indices`.
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
                // Its docstring is doc, else pyfunc's (None for none).
                var doc = args.raw("doc") ?? .none
                if doc.isNone { doc = try interpreter.attribute(of: pyfunc, "__doc__") }
                let text = if case .string(let text) = doc { text } else { "" }
                let vectorized = Function(Signature("vectorize(*args, **kwargs)"), kind: .numpy, doc: text) {
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
                "apply_over_axes(func, a, axes)",
                doc: "func(a, axis) applied for each axis in turn, each result keeping a's number of dimensions."
            ) {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                var value = try args.array("a")
                let n = value.ndim
                let axesValue = args.raw("axes") ?? .none
                let axes = try Convert.array(axesValue).ndim == 0 ? [axesValue] : try interpreter.iterate(axesValue)
                for axisValue in axes {
                    var axis = try Convert.index(axisValue)
                    if axis < 0 { axis += n }
                    var result = try Convert.array(
                        try interpreter.call(args.raw("func") ?? .none, Arguments([.array(value), .int(axis)])))
                    if result.ndim != value.ndim {
                        result = try np.array("expand_dims", .array(result), .int(axis))
                        guard result.ndim == value.ndim else {
                            throw .value("function is not returning an array of the correct shape")
                        }
                    }
                    value = result
                }
                return .array(value)
            },
            function(
                "piecewise(x, condlist, funclist, *args, **kw)",
                doc:
                    "Each element of x given by the function (or value) of the first condition true there; a last function serves where none is."
            ) {
                interpreter, args throws(PythonError) in
                try piecewise(NumPyCalls(interpreter: interpreter), args)
            },
            function(
                "mask_indices(n, mask_func, k=0)",
                doc: "The indices where mask_func(ones((n, n)), k) is nonzero (np.triu gives the upper triangle's)."
            ) {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let n = args.raw("n") ?? .none
                let ones = try np("ones", .tuple([n, n]), .type(.int))
                let masked = try interpreter.call(
                    args.raw("mask_func") ?? .none, Arguments([ones, args.raw("k") ?? .int(0)]))
                return try np("nonzero", try np("not_equal", masked, .int(0)))
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

    /// NumPy's `piecewise`: a flat condition list counts as one condition; one function
    /// more than conditions serves where none holds.
    private static func piecewise(_ np: NumPyCalls, _ args: BoundArguments) throws(PythonError) -> Value {
        let interpreter = np.interpreter
        let x = try args.array("x")
        let functions = try interpreter.iterate(args.raw("funclist") ?? .none)
        var conditionValue = args.raw("condlist") ?? .none
        var wrap: Bool
        switch conditionValue {
        case .bool, .int, .float, .complex, .scalar: wrap = true
        default:
            wrap = false
            if x.ndim != 0 {
                switch try interpreter.getItem(conditionValue, .int(0)) {
                case .list, .array: break
                default: wrap = true
                }
            }
        }
        if wrap { conditionValue = .list(ListObject([conditionValue])) }
        var conditions = try np.array("asarray", conditionValue, keywords: [("dtype", .type(.bool))])
        var count = conditions.ndim == 0 ? 1 : conditions.shape[0]
        if count == functions.count - 1 {
            let none = try np("any", .array(conditions), .int(0), keywords: [("keepdims", .bool(true))])
            conditions = try np.array(
                "concatenate", .list(ListObject([.array(conditions), try np("logical_not", none)])), .int(0))
            count += 1
        } else if count != functions.count {
            throw .value("with \(count) condition(s), either \(count) or \(count + 1) functions are expected")
        }
        let result = try np("zeros_like", .array(x))
        // A 0-d x is indexed by a boolean scalar: one element or none, as a 1-D array.
        func select(_ condition: Value) throws(PythonError) -> Value {
            guard x.ndim == 0 else { return try interpreter.getItem(.array(x), condition) }
            let one = try np("reshape", .array(x), .tuple([.int(1)]))
            return try interpreter.getItem(one, .slice(.none, .int(try Convert.truth(condition) ? 1 : 0), .none))
        }
        func write(_ condition: Value, _ value: Value) throws(PythonError) {
            guard x.ndim == 0 else { return try interpreter.setItem(result, condition, to: value) }
            if try Convert.truth(condition) {
                try interpreter.setItem(result, .tuple([]), to: try np("reshape", value, .tuple([])))
            }
        }
        for (condition, function) in zip(try interpreter.iterate(.array(conditions)), functions) {
            switch function {
            case .function, .classObject, .instance, .type, .scalarType:
                let values = try select(condition)
                guard try Convert.array(values).size > 0 else { continue }
                let computed = try interpreter.call(
                    function, Arguments([values] + args.variadic("args"), keywords: args.keywords("kw")))
                try write(condition, computed)
            default: try write(condition, function)
            }
        }
        return result
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
            // This first call gets each input's first element as a NumPy scalar (NumPy's
            // arg.flat[0]); the calls for the results get Python values (its object arrays).
            var firsts: [Value] = []
            for input in inputs { firsts.append(try interpreter.getItem(try np("ravel", input), .int(0))) }
            let first = try interpreter.call(pyfunc, Arguments(firsts))
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
        let axis = try a.normalizeAxis(try args.int("axis") ?? 0)
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
