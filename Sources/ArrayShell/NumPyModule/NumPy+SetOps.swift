import ArrayEngine

/// Sets of values: `unique` (with NumPy's optional results), membership (`isin`) and
/// the 1-D set operations, as NumPy's `arraysetops.py` builds them. New arrays.
extension NumPyModule {
    static func setFunctions() -> [Function] {
        [
            function(
                "unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True, sorted=True)",
                notYet: ["sorted"],
                doc: """
                    The sorted distinct elements (or slabs along axis), with the first indices, the inverse and the counts on request.
                    """
            ) { _, args throws(PythonError) in
                let a = try args.array("ar")
                let wants = [
                    try args.bool("return_index"), try args.bool("return_inverse"), try args.bool("return_counts"),
                ]
                let equalNaN = try args.bool("equal_nan")
                let found =
                    if let axis = try args.int("axis") {
                        try SetOperations.uniqueSlabs(a, axis: axis)
                    } else {
                        try Unique.run(a, equalNaN: equalNaN)
                    }
                let parts = [found.values, found.index, found.inverse, found.counts]
                let chosen = [true] + wants
                let results = zip(parts, chosen).filter(\.1).map { Value.array($0.0) }
                return results.count == 1 ? results[0] : .tuple(results)
            },
            function(
                "isin(element, test_elements, assume_unique=False, invert=False, *, kind=None)",
                doc: """
                    Whether each element is among test_elements: a new boolean array of element's shape.
                    """
            ) { _, args throws(PythonError) in
                try checkKind(args)
                _ = try args.bool("assume_unique")
                // A set is one object to NumPy (an object array of one element): nothing equals it.
                if case .set? = args.raw("test_elements") {
                    let element = try args.array("element")
                    let answer = try args.bool("invert")
                    let result = try NDArray.allocate(shape: element.shape, dtype: .bool)
                    if answer { try result.fill(Scalar(bool: true)) }
                    return .array(result)
                }
                return .array(
                    try SetOperations.membership(
                        try args.array("element"), in: try args.array("test_elements"),
                        invert: try args.bool("invert")))
            },
            function(
                "intersect1d(ar1, ar2, assume_unique=False, return_indices=False)",
                doc: """
                    The sorted values in both arrays (with their first indices in each on request): a new 1-D array.
                    """
            ) { _, args throws(PythonError) in
                try intersection(args)
            },
            function("union1d(ar1, ar2)", doc: "The sorted values in either array: a new 1-D array.") {
                _, args throws(PythonError) in
                let joined = try NDArray.concatenate(
                    [try args.array("ar1").ravel(), try args.array("ar2").ravel()], axis: 0)
                return .array(try Unique.run(joined, equalNaN: true).values)
            },
            function(
                "setdiff1d(ar1, ar2, assume_unique=False)", doc: "The sorted values of ar1 not in ar2: a new 1-D array."
            ) { _, args throws(PythonError) in
                let unique = try args.bool("assume_unique")
                let first =
                    unique
                    ? try args.array("ar1").ravel() : try Unique.run(try args.array("ar1"), equalNaN: true).values
                let second =
                    unique ? try args.array("ar2") : try Unique.run(try args.array("ar2"), equalNaN: true).values
                let keep = try SetOperations.membership(first, in: second, invert: true)
                return Convert.value(try first.select([.array(keep)]))
            },
            function(
                "setxor1d(ar1, ar2, assume_unique=False)",
                doc: "The sorted values in exactly one of the arrays: a new 1-D array."
            ) { _, args throws(PythonError) in
                let unique = try args.bool("assume_unique")
                let parts = try ["ar1", "ar2"].map { name throws(PythonError) in
                    unique ? try args.array(name).ravel() : try Unique.run(try args.array(name), equalNaN: true).values
                }
                let joined = try Sorting.sorted(try NDArray.concatenate(parts, axis: 0), axis: 0)
                let values = try joined.elements()
                let kept = values.indices.filter { i in
                    (i == 0 || values[i - 1] != values[i]) && (i == values.count - 1 || values[i + 1] != values[i])
                }.map { values[$0] }
                return .array(try NDArray.from(scalars: kept, shape: [kept.count], dtype: joined.dtype))
            },
        ]
    }

    /// `kind=` of `isin`: every kind gives the same answer, so each is honoured by the one search.
    private static func checkKind(_ args: BoundArguments) throws(PythonError) {
        guard let kind = try args.string("kind") else { return }
        guard kind == "sort" || kind == "table" else {
            throw .value("Invalid kind: '\(kind)'. Please use None, 'sort' or 'table'.")
        }
    }

    /// NumPy's `intersect1d`: both made unique (unless assumed), joined, sorted stably;
    /// a value met twice in a row is in both.
    private static func intersection(_ args: BoundArguments) throws(PythonError) -> Value {
        let assumeUnique = try args.bool("assume_unique")
        let withIndices = try args.bool("return_indices")
        var first = try args.array("ar1")
        var second = try args.array("ar2")
        var firstIndex: [Scalar] = []
        var secondIndex: [Scalar] = []
        if assumeUnique {
            first = try first.ravel()
            second = try second.ravel()
        } else {
            let x = try Unique.run(first, equalNaN: true)
            let y = try Unique.run(second, equalNaN: true)
            (first, second) = (x.values, y.values)
            (firstIndex, secondIndex) = (try x.index.elements(), try y.index.elements())
        }
        let joined = try NDArray.concatenate([first, second], axis: 0)
        let values = try joined.elements()
        let order = Sorting.stableOrder(values)
        var common: [Scalar] = []
        var left: [Int64] = []
        var right: [Int64] = []
        for k in 0..<max(order.count - 1, 0) where values[order[k]] == values[order[k + 1]] {
            common.append(values[order[k]])
            let i = order[k]
            let j = order[k + 1] - first.size
            left.append(assumeUnique ? Int64(i) : firstIndex[i].exactInteger ?? 0)
            right.append(assumeUnique ? Int64(j) : secondIndex[j].exactInteger ?? 0)
        }
        let result = try NDArray.from(scalars: common, shape: [common.count], dtype: joined.dtype)
        guard withIndices else { return .array(result) }
        return .tuple([.array(result), .array(try NDArray.from(left)), .array(try NDArray.from(right))])
    }
}
