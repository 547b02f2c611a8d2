import ArrayEngine

/// The ndarray methods that are NumPy functions called with the array first
/// (`a.diagonal()` is `np.diagonal(a)`), each declared with the method's own signature.
extension ArrayMethods {
    static func functionMethods(_ np: (String) -> Function) -> [String: ArrayMethod] {
        [
            "diagonal": .forwarding(np("diagonal"), "diagonal(offset=0, axis1=0, axis2=1)"),
            "trace": .forwarding(np("trace"), "trace(offset=0, axis1=0, axis2=1, dtype=None, out=None)"),
            "dot": .forwarding(np("dot"), "dot(b, out=None)"),
        ]
    }
}

/// The ndarray methods about memory: `tobytes`, `put`, `resize`.
extension ArrayMethods {
    static var memoryMethods: [ArrayMethod] { [
        ArrayMethod("tobytes(order='C')", doc: "A copy of the elements' bytes (Python bytes), in C or Fortran order.") { _, a, args throws(PythonError) in
            .object(try Bytes.of(a, order: try args.order()))
        },
        ArrayMethod("put(indices, values, mode='raise')", doc: "Writes values at the flat (C-order) positions, in place.") { interpreter, a, args throws(PythonError) in
            try NumPyModule.put(interpreter, a, args, indices: "indices", values: "values")
            return .none
        },
        ArrayMethod("resize(*new_shape, refcheck=True)", doc: """
            Changes a's shape and size in place: new memory, zero-filled beyond the old bytes (only an owner nothing else refers to).
            """) { interpreter, a, args throws(PythonError) in
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
    ] }
}
