import ArrayEngine

/// Matrix helpers around the diagonal: `trace`, `tri`, `tril`, `triu`, `fill_diagonal`.
extension NumPyModule {
    static func matrixFunctions() -> [Function] {
        [
            function(
                "trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None)",
                doc: """
                    The sum along a diagonal (a new value; integers are summed in 64 bits).
                    """
            ) { _, args throws(PythonError) in
                try trace(try args.array("a"), args)
            },
            function(
                "tri(N, M=None, k=0, dtype=float, *, like=None)", notYet: ["like"],
                doc: """
                    A new array with ones at and below the k-th diagonal, zeros elsewhere.
                    """
            ) { _, args throws(PythonError) in
                let n = try args.int("N") ?? 0
                return .array(
                    try NDArray.tri(
                        rows: n, columns: try args.int("M") ?? n, k: try args.int("k") ?? 0,
                        dtype: try args.dtype("dtype") ?? .float64))
            },
            triangle("tril", lower: true), triangle("triu", lower: false),
            function(
                "fill_diagonal(a, val, wrap=False)",
                doc: """
                    Writes val along the main diagonal of a, in place (values repeat; wrap=True restarts below a tall matrix).
                    """
            ) { interpreter, args throws(PythonError) in
                let a = try args.array("a")
                guard a.ndim >= 2 else { throw .value("array must be at least 2-d") }
                let step: Int
                let end: Int
                if a.ndim == 2 {
                    step = a.shape[1] + 1
                    end = try args.bool("wrap") ? a.size : min(a.size, a.shape[1] * a.shape[1])
                } else {
                    _ = try args.bool("wrap")
                    guard Set(a.shape).count == 1 else {
                        throw .value("All dimensions of input must be of equal length")
                    }
                    var product = 1
                    var sum = 0
                    for extent in a.shape.dropLast() {
                        product *= extent
                        sum += product
                    }
                    step = 1 + sum
                    end = a.size
                }
                let values = try Convert.operand(args.raw("val") ?? .none, besides: a.dtype)
                guard a.isWriteable else { throw .value("underlying array is read-only") }
                interpreter.noteWrite(a)
                try a.store(values, atPositions: Array(Swift.stride(from: 0, to: end, by: step)))
                return .none
            },
        ]
    }

    /// `np.trace` / `a.trace`: the diagonal's sum along its last axis.
    static func trace(_ a: NDArray, _ args: BoundArguments) throws(PythonError) -> Value {
        let diagonal = try diagonal(a, args)
        let total = try Reduction.run(.sum, diagonal, axes: [-1], dtype: try args.dtype("dtype"))
        guard let out = try args.out() else { return try result(total) }
        guard out.shape == total.shape else {
            throw .value(
                "output parameter for reduction operation add has the wrong number of dimensions: Found \(out.ndim) but expected \(total.ndim)"
            )
        }
        try Casting.sameKind.check(total.dtype, out.dtype)
        try out.assign(total)
        return .array(out)
    }

    private static func triangle(_ name: String, lower: Bool) -> Function {
        function(
            "\(name)(m, k=0)",
            doc: """
                A new array with the elements \(lower ? "above" : "below") the k-th diagonal of the last two axes set to zero.
                """
        ) { _, args throws(PythonError) in
            let m = try args.array("m")
            guard m.ndim > 0 else { throw .type("tri() missing 1 required positional argument: 'N'") }
            return .array(try m.triangle(lower: lower, k: try args.int("k") ?? 0))
        }
    }
}
