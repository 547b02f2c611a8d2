import ArrayEngine

/// The ndarray methods that are NumPy functions called with the array first
/// (`a.diagonal()` is `np.diagonal(a)`), each declared with the method's own signature.
extension ArrayMethods {
    static func functionMethods(_ np: (String) -> Function) -> [String: ArrayMethod] {
        [
            "diagonal": .forwarding(np("diagonal"), "diagonal(offset=0, axis1=0, axis2=1)"),
            "trace": .forwarding(np("trace"), "trace(offset=0, axis1=0, axis2=1, dtype=None, out=None)"),
            "dot": .forwarding(np("dot"), "dot(b, out=None)"),
            "std": spread("_std", root: true), "var": spread("_var", root: false),
        ]
    }
}

extension ArrayMethods {
    /// `a.std` / `a.var`: NumPy's `_std` / `_var`, whose signature lacks the functions' `correction`.
    static func spread(_ name: String, root: Bool) -> ArrayMethod {
        var method = ArrayMethod(
            "\(name)(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=<no value>)",
            style: .python,
            doc: root ? "The standard deviation (divided by N - ddof)." : "The variance (divided by N - ddof)."
        ) { interpreter, _, args throws(PythonError) in
            try NumPyModule.variance(interpreter, try args.array("a"), args, root: root)
        }
        method.bindsSelf = true
        return method
    }
}

/// The ndarray methods with bodies of their own: `repeat`, `clip`, `tobytes`, `put`, `resize`.
extension ArrayMethods {
    static var memoryMethods: [ArrayMethod] {
        [
            ArrayMethod(
                "tobytes(order='C')", doc: "A copy of the elements' bytes (Python bytes), in C or Fortran order."
            ) { _, a, args throws(PythonError) in
                .object(try Bytes.of(a, order: try args.order()))
            },
            ArrayMethod("repeat(repeats, axis=None)", doc: "Each element (or slab along axis) repeated: a new array.") {
                _, a, args throws(PythonError) in
                .array(try NumPyModule.repeated(a, args))
            },
            ArrayMethod(
                "clip(min=<no value>, max=<no value>, out=None, **kwargs)", style: .python,
                doc: "Values limited to [min, max]: a new array, or written into out."
            ) { interpreter, a, args throws(PythonError) in
                try NumPyModule.clip(interpreter, a, args, lower: "min", upper: "max")
            },
            ArrayMethod(
                "take(indices, axis=None, out=None, mode='raise')",
                doc: "The elements at indices: a new array (a scalar for one index)."
            ) { interpreter, a, args throws(PythonError) in
                try NumPyModule.take(interpreter, a, args)
            },
            ArrayMethod(
                "argsort(axis=-1, kind=None, order=None, *, stable=None)", notYet: ["order"],
                doc: "The indices that sort a along axis."
            ) { _, a, args throws(PythonError) in
                .array(try NumPyModule.argsort(a, args))
            },
            ArrayMethod(
                "searchsorted(v, side='left', sorter=None)",
                doc: "Where each value of v would go into a (sorted) to keep it sorted."
            ) { _, a, args throws(PythonError) in
                try NumPyModule.searchsorted(a, args)
            },
            ArrayMethod("round(decimals=0, out=None)", doc: "Values rounded half to even at decimals places.") {
                interpreter, a, args throws(PythonError) in
                try NumPyModule.round(interpreter, a, args, scalar: false)
            },
            ArrayMethod(
                "partition(kth, axis=-1, kind='introselect', order=None)", notYet: ["order"],
                doc: "Partitions a in place around its kth element."
            ) { _, a, args throws(PythonError) in
                guard a.isWriteable else { throw .value("partition array is read-only") }
                try a.assign(try NumPyModule.partitioned(a, args, axis: try args.int("axis") ?? -1, indices: false))
                return .none
            },
            ArrayMethod(
                "argpartition(kth, axis=-1, kind='introselect', order=None)", notYet: ["order"],
                doc: "The indices that would partition a."
            ) { _, a, args throws(PythonError) in
                .array(try NumPyModule.partitioned(a, args, axis: try args.int("axis") ?? -1, indices: true))
            },
            ArrayMethod(
                "put(indices, values, mode='raise')", doc: "Writes values at the flat (C-order) positions, in place."
            ) { interpreter, a, args throws(PythonError) in
                try NumPyModule.put(interpreter, a, args, indices: "indices", values: "values")
                return .none
            },
            ArrayMethod(
                "resize(*new_shape, refcheck=True)",
                doc: """
                    Changes a's shape and size in place: new memory, zero-filled beyond the old bytes (only an owner nothing else refers to).
                    """
            ) { interpreter, a, args throws(PythonError) in
                let values = args.variadic("new_shape")
                // No shape, or None, leaves the array as it is.
                guard !values.isEmpty, !(values.count == 1 && values[0].isNone) else {
                    _ = try args.bool("refcheck")
                    return .none
                }
                let shape = try shapeArguments(values, nil)
                let check = try args.bool("refcheck")
                try a.resize(to: shape, referenced: check ? interpreter.references(to: a) : nil)
                return .none
            },
        ]
    }
}
