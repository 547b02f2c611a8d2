import ArrayEngine

/// Views NumPy returns without copying: diagonals (read-only), flips and rotations
/// (negative strides).
extension NumPyModule {
    static func viewFunctions() -> [Function] {
        [
            function(
                "diagonal(a, offset=0, axis1=0, axis2=1)",
                doc: """
                    A read-only view of the diagonal (its stride is the sum of the two axes' strides).
                    """
            ) { _, args throws(PythonError) in
                .array(try diagonal(try args.array("a"), args))
            },
            function(
                "diag(v, k=0)",
                doc: """
                    For a 2-D array, a read-only view of its k-th diagonal; for a 1-D array, a new square array with v on that diagonal.
                    """
            ) { _, args throws(PythonError) in
                let v = try args.array("v")
                let k = try args.int("k") ?? 0
                switch v.ndim {
                case 1: return .array(try v.diagonalMatrix(k))
                case 2: return .array(try v.diagonal(offset: k, axis1: 0, axis2: 1))
                default: throw .value("Input must be 1- or 2-d.")
                }
            },
            function(
                "flip(m, axis=None)", doc: "A view with the order of elements reversed along axis (negative strides)."
            ) { _, args throws(PythonError) in
                try selection(try args.array("m").flipped(try args.axes()))
            },
            function("fliplr(m)", doc: "A view with the columns reversed (m[:, ::-1]).") {
                _, args throws(PythonError) in
                let m = try args.array("m")
                guard m.ndim >= 2 else { throw .value("Input must be >= 2-d.") }
                return .array(try m.flipped([1]))
            },
            function("flipud(m)", doc: "A view with the rows reversed (m[::-1, ...]).") { _, args throws(PythonError) in
                let m = try args.array("m")
                guard m.ndim >= 1 else { throw .value("Input must be >= 1-d.") }
                return .array(try m.flipped([0]))
            },
            function(
                "rot90(m, k=1, axes=(0, 1))",
                doc: "A view rotated by 90 degrees k times, from the first axis towards the second."
            ) { interpreter, args throws(PythonError) in
                let axes = try integers(interpreter, args.raw("axes") ?? .tuple([.int(0), .int(1)]))
                guard axes.count == 2 else { throw .value("len(axes) must be 2.") }
                let m = try args.array("m")
                return .array(try m.rotated90(try args.int("k") ?? 1, axes: (axes[0], axes[1])))
            },
        ]
    }

    /// `a.diagonal(offset, axis1, axis2)` as both the function and the method read it.
    static func diagonal(_ a: NDArray, _ args: BoundArguments) throws(PythonError) -> NDArray {
        try a.diagonal(
            offset: try args.int("offset") ?? 0, axis1: try args.int("axis1") ?? 0, axis2: try args.int("axis2") ?? 1)
    }

    /// An indexing result: a 0-d array indexed by `()` is its element, as `m[()]` gives it.
    static func selection(_ a: NDArray) throws(PythonError) -> Value {
        a.ndim == 0 ? .scalar(try a.item()) : .array(a)
    }
}
