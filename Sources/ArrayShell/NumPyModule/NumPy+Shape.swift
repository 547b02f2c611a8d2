import ArrayEngine

/// Shape functions: views whenever the memory layout allows.
extension NumPyModule {
    static func shapeFunctions() -> [Function] {
        [
            function("reshape", ["a", "shape"], doc: """
                reshape(a, shape) -> ndarray
                A view with a new shape when the strides allow it, otherwise a copy (-1 infers one axis).
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                let shape = try args.shape("shape")
                return .array(try a.reshape(shape))
            },
            unary("ravel", doc: "ravel(a) -> ndarray\nA 1-D view when a is C-contiguous, otherwise a copy.") { a throws(PythonError) in try a.ravel() },
            function("transpose", ["a", "axes?"], doc: """
                transpose(a, axes=None) -> ndarray
                A view with the axes reversed (or permuted): no data is copied.
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                let axes = try args.axes("axes")
                return .array(try a.transposed(axes))
            },
            function("swapaxes", ["a", "axis1", "axis2"], doc: """
                swapaxes(a, axis1, axis2) -> ndarray
                A view with two axes exchanged.
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                let (x, y) = (try args.int("axis1", default: 0), try args.int("axis2", default: 0))
                return .array(try a.swapAxes(x, y))
            },
            function("moveaxis", ["a", "source", "destination"], doc: """
                moveaxis(a, source, destination) -> ndarray
                A view with one axis moved to a new position.
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                let (x, y) = (try args.int("source", default: 0), try args.int("destination", default: 0))
                return .array(try a.moveAxis(x, to: y))
            },
            function("expand_dims", ["a", "axis"], doc: """
                expand_dims(a, axis) -> ndarray
                A view with a new axis of length 1 inserted.
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                let axis = try args.int("axis", default: 0)
                return .array(try a.expandDims(axis))
            },
            function("squeeze", ["a", "axis?"], doc: """
                squeeze(a, axis=None) -> ndarray
                A view without the axes of length 1.
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a")
                let axes = try args.axes()
                return .array(try a.squeeze(axes))
            },
            function("broadcast_to", ["array", "shape"], doc: """
                broadcast_to(array, shape) -> ndarray
                A read-only view repeating the data to the shape (stride 0 on stretched axes).
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("array")
                let shape = try args.shape("shape")
                return .array(try a.broadcast(to: shape))
            },
            atLeast("atleast_1d", 1), atLeast("atleast_2d", 2),
        ]
    }

    static func unary(_ name: String, doc: String, _ body: @escaping (NDArray) throws(PythonError) -> NDArray) -> Function {
        function(name, ["a"], doc: doc) { _, args throws(PythonError) in
            let a = try args.requiredArray("a")
            return .array(try body(a))
        }
    }

    private static func atLeast(_ name: String, _ rank: Int) -> Function {
        function(name, ["a"], doc: "\(name)(a) -> ndarray\na itself when it has at least \(rank) dimension(s), else a view with leading axes of length 1.") { _, args throws(PythonError) in
            let a = try args.requiredArray("a")
            if a.ndim >= rank { return .array(a) }
            let shape = rank == 2 && a.ndim == 1 ? [1] + a.shape : [Int](repeating: 1, count: rank - a.ndim) + a.shape
            return .array(try a.reshape(shape))
        }
    }
}
