import ArrayEngine

/// Matrices built from vectors: `vander`, `diagflat`, `kron`, and `trim_zeros`'s
/// trimmed edges.
extension NumPyModule {
    static func matrixBuilderFunctions() -> [Function] {
        [
            function(
                "vander(x, N=None, increasing=False)",
                doc: "The Vandermonde matrix of x: its columns the powers of x, highest first unless increasing."
            ) {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let x = try args.array("x")
                guard x.ndim == 1 else { throw .value("x must be a one-dimensional array or sequence.") }
                let columns = try args.int("N") ?? x.size
                if columns < 0 { throw .value("negative dimensions are not allowed") }
                let dtype = DType.promote(x.dtype, .int64)
                // Column j is x**j by repeated multiplication (NumPy's multiply.accumulate).
                var powers = try np.array("ones", .tuple([.int(x.size), .int(columns)]), .dtype(dtype))
                if columns > 1 {
                    let repeated = try np(
                        "broadcast_to",
                        try interpreter.getItem(.array(x), .tuple([.slice(.none, .none, .none), .none])),
                        .tuple([.int(x.size), .int(columns - 1)]))
                    let products = try np("cumprod", repeated, .int(1), .dtype(dtype))
                    try interpreter.setItem(
                        .array(powers), .tuple([.slice(.none, .none, .none), .slice(.int(1), .none, .none)]),
                        to: products)
                }
                if !(try args.bool("increasing")) {
                    powers = try np.array(
                        "ascontiguousarray",
                        try interpreter.getItem(
                            .array(powers), .tuple([.slice(.none, .none, .none), .slice(.none, .none, .int(-1))])))
                }
                return .array(powers)
            },
            function("diagflat(v, k=0)", doc: "A 2-D array with v, flattened, on its k-th diagonal.") {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                return try np("diag", try np("ravel", args.raw("v") ?? .none), args.raw("k") ?? .int(0))
            },
            function("kron(a, b)", doc: "The Kronecker product: blocks of b scaled by each element of a.") {
                interpreter, args throws(PythonError) in
                try kron(NumPyCalls(interpreter: interpreter), args)
            },
            function(
                "trim_zeros(filt, trim='fb', axis=None)",
                doc: "filt without its leading ('f') and trailing ('b') zeros along each axis."
            ) {
                interpreter, args throws(PythonError) in
                try trimZeros(NumPyCalls(interpreter: interpreter), args)
            },
        ]
    }

    private static func kron(_ np: NumPyCalls, _ args: BoundArguments) throws(PythonError) -> Value {
        let b = try args.array("b")
        let a = try np.array("array", args.raw("a") ?? .none, keywords: [("ndmin", .int(b.ndim))])
        let nd = max(a.ndim, b.ndim)
        if a.ndim == 0 || b.ndim == 0 { return try np("multiply", .array(a), .array(b)) }
        let aShape = [Int](repeating: 1, count: max(0, b.ndim - a.ndim)) + a.shape
        let bShape = [Int](repeating: 1, count: max(0, a.ndim - b.ndim)) + b.shape
        func axes(_ range: StrideTo<Int>) -> Value { .tuple(range.map { .int($0) }) }
        var x = try np("expand_dims", .array(a), axes(stride(from: 0, to: b.ndim - a.ndim, by: 1)))
        var y = try np("expand_dims", .array(b), axes(stride(from: 0, to: a.ndim - b.ndim, by: 1)))
        x = try np("expand_dims", x, axes(stride(from: 1, to: nd * 2, by: 2)))
        y = try np("expand_dims", y, axes(stride(from: 0, to: nd * 2, by: 2)))
        let product = try np("multiply", x, y)
        return try np("reshape", product, .tuple(zip(aShape, bShape).map { .int($0 * $1) }))
    }

    private static func trimZeros(_ np: NumPyCalls, _ args: BoundArguments) throws(PythonError) -> Value {
        let filt = args.raw("filt") ?? .none
        let a = try Convert.array(filt)
        let trim = (try args.string("trim") ?? "fb").lowercased()
        guard ["fb", "bf", "f", "b"].contains(trim) else {
            throw .value("unexpected character(s) in `trim`: \(Repr.tryRepr(.string(trim)))")
        }
        var trimmed = Set(0..<a.ndim)
        if let axes = try args.axes() {
            trimmed = []
            for axis in axes { trimmed.insert(try a.normalizeAxis(axis, naming: "axis")) }
        }
        if trimmed.isEmpty { return filt }
        let positions = try a.nonzeroIndices().map { index throws(PythonError) in
            try index.elements().map { Int($0.doubleValue) }
        }
        var slices: [Value] = []
        for axis in 0..<a.ndim {
            guard trimmed.contains(axis) else {
                slices.append(.slice(.none, .none, .none))
                continue
            }
            guard let low = positions[axis].min(), let high = positions[axis].max() else {
                slices.append(.slice(.int(0), .int(0), .none))
                continue
            }
            slices.append(
                .slice(trim.contains("f") ? .int(low) : .none, trim.contains("b") ? .int(high + 1) : .none, .none))
        }
        return try np.interpreter.getItem(filt, slices.count == 1 ? slices[0] : .tuple(slices))
    }
}
