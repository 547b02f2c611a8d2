import ArrayEngine

/// Joining functions: the result always owns new memory (or is `out`).
extension NumPyModule {
    static func joiningFunctions() -> [Function] {
        [
            function(
                "concatenate(arrays, /, axis=0, out=None, *, dtype=None, casting='same_kind')",
                doc: """
                    Joins arrays along an existing axis (flattened first when axis is None).
                    """
            ) { interpreter, args throws(PythonError) in
                var arrays = try inputs(interpreter, args, "arrays")
                let axis = try args.int("axis")
                if axis == nil { arrays = try arrays.map { a throws(PythonError) in try a.ravel() } }
                try checkStringDTypeJoin(arrays)
                return try joined(arrays, args) { parts throws(PythonError) in
                    try NDArray.concatenate(parts, axis: axis ?? 0)
                }
            },
            function(
                "stack(arrays, axis=0, out=None, *, dtype=None, casting='same_kind')",
                doc: "Joins arrays along a new axis."
            ) { interpreter, args throws(PythonError) in
                let arrays = try inputs(interpreter, args, "arrays")
                let axis = try args.int("axis") ?? 0
                return try joined(arrays, args) { parts throws(PythonError) in try NDArray.stack(parts, axis: axis) }
            },
            function(
                "vstack(tup, *, dtype=None, casting='same_kind')",
                doc: "Stacks arrays as rows (1-D arrays become rows)."
            ) { interpreter, args throws(PythonError) in
                let rows = try inputs(interpreter, args, "tup").map { a throws(PythonError) in
                    a.ndim < 2 ? try a.reshape([1, a.size]) : a
                }
                return try joined(rows, args) { parts throws(PythonError) in try NDArray.concatenate(parts, axis: 0) }
            },
            function(
                "hstack(tup, *, dtype=None, casting='same_kind')",
                doc: "Stacks arrays side by side (along axis 1, or 0 for 1-D arrays)."
            ) { interpreter, args throws(PythonError) in
                let parts = try inputs(interpreter, args, "tup").map { a throws(PythonError) in
                    a.ndim == 0 ? try a.reshape([1]) : a
                }
                return try joined(parts, args) { parts throws(PythonError) in
                    try NDArray.concatenate(parts, axis: parts.first?.ndim == 1 ? 0 : 1)
                }
            },
        ]
    }

    private static func inputs(_ interpreter: Interpreter, _ args: BoundArguments, _ name: String) throws(PythonError)
        -> [NDArray]
    {
        try interpreter.iterate(args.raw(name) ?? .none).map { v throws(PythonError) in try Convert.array(v) }
    }

    /// Joins `arrays` cast to `dtype=` (under `casting=`), or into `out=`.
    private static func joined(
        _ arrays: [NDArray], _ args: BoundArguments,
        _ join: ([NDArray]) throws(PythonError) -> NDArray
    ) throws(PythonError) -> Value {
        let casting = try args.casting()
        let out = args.signature.parameters.contains { $0.name == "out" } ? try args.out() : nil
        let dtype = try args.dtype("dtype")
        if out != nil, dtype != nil {
            throw .type("\(args.function)() only takes `out` or `dtype` as an argument, but both were provided.")
        }
        var parts = arrays
        if let dtype {
            parts = try arrays.map { a throws(PythonError) in
                try casting.check(a.dtype, dtype)
                if dtype.isObject || a.dtype.isObject, a.dtype != dtype {
                    return try Convert.array(.array(a), dtype: dtype)
                }
                return a.dtype == dtype ? a : try a.copy(as: dtype)
            }
        } else if parts.contains(where: \.dtype.isObject) {
            // Text and dates join objects as the Python values they are.
            parts = try parts.map { a throws(PythonError) in try ObjectValues.objectCopy(a) }
        }
        let result = try join(parts)
        guard let out else { return .array(result) }
        guard out.shape == result.shape else { throw .value("Output array is the wrong shape") }
        try casting.check(result.dtype, out.dtype)
        try out.assign(result)
        return .array(out)
    }
}
