import ArrayEngine

/// Index arrays for common selections: `ix_`, `diag_indices`, `tril_indices`,
/// `triu_indices` and their `_from` forms.
extension NumPyModule {
    static func indexHelperFunctions() -> [Function] {
        [
            function("ix_(*args)", doc: "An open mesh of 1-D index arrays: each reshaped to lie along its own axis.") {
                _, args throws(PythonError) in
                let sequences = args.variadic("args")
                var result: [Value] = []
                for (k, sequence) in sequences.enumerated() {
                    var index = try Convert.array(sequence)
                    guard index.ndim == 1 else { throw .value("Cross index must be 1 dimensional") }
                    if index.size == 0 { index = try index.copy(as: .int64) }
                    if index.dtype == .bool { index = try index.nonzeroIndices()[0] }
                    var shape = [Int](repeating: 1, count: sequences.count)
                    shape[k] = index.size
                    result.append(.array(try index.reshape(shape)))
                }
                return .tuple(result)
            },
            function(
                "diag_indices(n, ndim=2)",
                doc: "The indices of the main diagonal of an n × ... × n array: one arange(n) per dimension."
            ) {
                _, args throws(PythonError) in
                let index = Value.array(try arange(try args.int("n") ?? 0))
                return .tuple(Array(repeating: index, count: try args.int("ndim") ?? 2))
            },
            function(
                "diag_indices_from(arr)",
                doc: "The indices of the main diagonal of arr, whose dimensions must be equal."
            ) {
                _, args throws(PythonError) in
                let a = try args.array("arr")
                guard a.ndim >= 2 else { throw .value("input array must be at least 2-d") }
                guard Set(a.shape).count == 1 else { throw .value("All dimensions of input must be of equal length") }
                return .tuple(Array(repeating: .array(try arange(a.shape[0])), count: a.ndim))
            },
            triangleIndices("tril_indices", lower: true),
            triangleIndices("triu_indices", lower: false),
            triangleIndicesFrom("tril_indices_from", lower: true),
            triangleIndicesFrom("triu_indices_from", lower: false),
        ]
    }

    private static func arange(_ n: Int) throws(PythonError) -> NDArray {
        try NDArray.from(scalars: (0..<max(n, 0)).map { Scalar(int64: Int64($0)) }, shape: [max(n, 0)], dtype: .int64)
    }

    /// The row and column indices of the elements on and below (or above) the k-th
    /// diagonal of an n × m array, row by row.
    private static func triangle(_ n: Int, _ m: Int, _ k: Int, lower: Bool) throws(PythonError) -> Value {
        var rows: [Scalar] = []
        var columns: [Scalar] = []
        for i in 0..<max(n, 0) {
            for j in 0..<max(m, 0) where lower ? j - i <= k : j - i >= k {
                rows.append(Scalar(int64: Int64(i)))
                columns.append(Scalar(int64: Int64(j)))
            }
        }
        return .tuple([
            .array(try NDArray.from(scalars: rows, shape: [rows.count], dtype: .int64)),
            .array(try NDArray.from(scalars: columns, shape: [columns.count], dtype: .int64)),
        ])
    }

    private static func triangleIndices(_ name: String, lower: Bool) -> Function {
        function(
            "\(name)(n, k=0, m=None)",
            doc: "The indices of the \(lower ? "lower" : "upper") triangle of an n × m array, from the k-th diagonal."
        ) {
            _, args throws(PythonError) in
            let n = try args.int("n") ?? 0
            return try triangle(n, try args.int("m") ?? n, try args.int("k") ?? 0, lower: lower)
        }
    }

    private static func triangleIndicesFrom(_ name: String, lower: Bool) -> Function {
        function(
            "\(name)(arr, k=0)",
            doc:
                "The indices of the \(lower ? "lower" : "upper") triangle of the 2-D array arr, from the k-th diagonal."
        ) {
            _, args throws(PythonError) in
            let a = try args.array("arr")
            guard a.ndim == 2 else { throw .value("input array must be 2-d") }
            return try triangle(a.shape[0], a.shape[1], try args.int("k") ?? 0, lower: lower)
        }
    }
}
