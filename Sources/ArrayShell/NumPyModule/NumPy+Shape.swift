import ArrayEngine

/// Shape functions: views whenever the memory layout allows.
extension NumPyModule {
    static func shapeFunctions() -> [Function] {
        [
            function(
                "reshape(a, /, shape, order='C', *, copy=None)",
                doc: """
                    A view with a new shape when the strides allow it, otherwise a copy (-1 infers one axis).
                    """
            ) { _, args throws(PythonError) in
                .array(try reshaped(try args.array("a"), try args.shape("shape"), args))
            },
            function(
                "ravel(a, order='C')", doc: "A 1-D view when the elements already lie in that order, otherwise a copy."
            ) { _, args throws(PythonError) in
                .array(try args.array("a").ravel(order: try args.order()))
            },
            function("transpose(a, axes=None)", doc: "A view with the axes reversed (or permuted): no data is copied.")
            { _, args throws(PythonError) in
                .array(try args.array("a").transposed(try args.axes("axes")))
            },
            function("swapaxes(a, axis1, axis2)", doc: "A view with two axes exchanged.") {
                _, args throws(PythonError) in
                .array(try args.array("a").swapAxes(try args.int("axis1") ?? 0, try args.int("axis2") ?? 0))
            },
            function("moveaxis(a, source, destination)", doc: "A view with axes moved to new positions.") {
                _, args throws(PythonError) in
                .array(
                    try args.array("a").moveAxes(
                        try args.axes("source", acceptingLists: true) ?? [],
                        to: try args.axes("destination", acceptingLists: true) ?? []))
            },
            function("expand_dims(a, axis)", doc: "A view with new axes of length 1 inserted.") {
                _, args throws(PythonError) in
                .array(try args.array("a").expandDims(try args.axes(acceptingLists: true) ?? []))
            },
            function("squeeze(a, axis=None)", doc: "A view without the axes of length 1.") {
                _, args throws(PythonError) in
                .array(try args.array("a").squeeze(try args.axes()))
            },
            function(
                "broadcast_to(array, shape, subok=False)", notYet: ["subok"],
                doc: """
                    A read-only view repeating the data to the shape (stride 0 on stretched axes).
                    """
            ) { _, args throws(PythonError) in
                .array(try args.array("array").broadcast(to: try args.shape("shape")))
            },
            atLeast("atleast_1d", 1), atLeast("atleast_2d", 2), atLeast("atleast_3d", 3),
        ]
    }

    /// `np.reshape` / `a.reshape` with `order=` and `copy=` (True: always a copy; False: never).
    static func reshaped(_ a: NDArray, _ shape: [Int], _ args: BoundArguments) throws(PythonError) -> NDArray {
        let order = try args.order()
        switch try args.copyMode() {
        case .always:
            return try a.copy(order: order == .fortran ? .fortran : .c).reshape(shape, order: order)
        case .never:
            let result = try a.reshape(shape, order: order)
            guard result.buffer === a.buffer else { throw .value("Unable to avoid creating a copy while reshaping.") }
            return result
        case .ifNeeded:
            return try a.reshape(shape, order: order)
        }
    }

    /// `np.atleast_Nd(*arys)`: each array itself when it has N dimensions, else a view
    /// with axes of length 1 added as NumPy places them; a tuple for several arrays.
    private static func atLeast(_ name: String, _ rank: Int) -> Function {
        function(
            "\(name)(*arys)",
            doc: "Each array itself when it has at least \(rank) dimension(s), else a view with axes of length 1 added."
        ) { _, args throws(PythonError) in
            let arrays = try args.variadic("arys").map { v throws(PythonError) -> Value in
                let a = try Convert.array(v)
                if a.ndim >= rank { return .array(a) }
                let shape: [Int] =
                    switch (rank, a.ndim) {
                    case (3, 0): [1, 1, 1]
                    case (3, 1): [1, a.size, 1]
                    case (3, 2): a.shape + [1]
                    case (2, 1): [1] + a.shape
                    default: [Int](repeating: 1, count: rank - a.ndim) + a.shape
                    }
                return .array(try a.reshape(shape))
            }
            return arrays.count == 1 ? arrays[0] : .tuple(arrays)
        }
    }
}
