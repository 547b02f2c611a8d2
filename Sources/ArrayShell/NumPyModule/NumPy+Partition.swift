import ArrayEngine

/// `partition` and `argpartition`. Where NumPy's answer is fixed arrsh gives it: for
/// one kth on 16-, 32- and 64-bit types NumPy's SIMD selection sorts a short row
/// whole (up to 256 elements of 64 bits, 512 of 16 or 32; argpartition up to 256 of
/// 32 or 64 bits). Elsewhere the order of the other elements is the particular
/// outcome of NumPy's selection algorithm, which arrsh refuses to guess.
extension NumPyModule {
    static func partitionFunctions() -> [Function] {
        [
            function(
                "partition(a, kth, axis=-1, kind='introselect', order=None)", notYet: ["order"],
                doc: """
                    A copy with the kth element in its sorted place, smaller ones before it and larger ones after.
                    """
            ) { _, args throws(PythonError) in
                var a = try args.array("a")
                let axis: Int
                if args.raw("axis")?.isNone == true {
                    (a, axis) = (try a.flatten(), -1)
                } else {
                    axis = try args.int("axis") ?? -1
                }
                return .array(try partitioned(a, args, axis: axis, indices: false))
            },
            function(
                "argpartition(a, kth, axis=-1, kind='introselect', order=None)", notYet: ["order"],
                doc: """
                    The indices that would partition a around its kth element.
                    """
            ) { _, args throws(PythonError) in
                var a = try args.array("a")
                let axis: Int
                if args.raw("axis")?.isNone == true {
                    (a, axis) = (try a.flatten(), -1)
                } else {
                    axis = try args.int("axis") ?? -1
                }
                return .array(try partitioned(a, args, axis: axis, indices: true))
            },
        ]
    }

    /// The sorted copy (or the sorting indices) that NumPy's partition gives here, after NumPy's checks.
    static func partitioned(_ a: NDArray, _ args: BoundArguments, axis: Int, indices: Bool) throws(PythonError)
        -> NDArray
    {
        let kind = try args.string("kind") ?? "introselect"
        guard kind == "introselect" else { throw .value("select kind must be 'introselect' (got '\(kind)')") }
        let along = try a.normalizeAxis(axis)
        let n = a.shape[along]
        let kth = try Convert.array(args.raw("kth") ?? .none)
        guard kth.dtype.isInteger || kth.dtype == .bool, kth.ndim <= 1 else {
            throw .type("Partition index must be integer")
        }
        let positions = try kth.copy(as: .int64).elements().map { Int($0.exactInteger ?? 0) }
        for k in positions where k < -n || k >= n {
            throw .value("kth(=\(k < 0 ? k + n : k)) out of bounds (\(n))")
        }
        let name = indices ? "argpartition" : "partition"
        let limit = indices ? (a.itemsize >= 4 ? 256 : 0) : (a.itemsize == 8 ? 256 : a.itemsize >= 2 ? 512 : 0)
        guard positions.count == 1, a.dtype != .bool, n <= limit || n <= 1 else {
            throw .notImplemented(
                "\(name)() here orders the other elements as NumPy's selection algorithm happens to, which arrsh does not reproduce yet; np.sort or np.argsort(kind='stable') give a fixed order"
            )
        }
        let (order, ties) = try ArgSort.run(a, axis: along)
        if !indices { return try Sorting.sorted(a, axis: along) }
        if ties {
            throw .notImplemented(
                "\(name)() of equal values orders them as NumPy's SIMD selection does, which arrsh does not reproduce yet"
            )
        }
        return order
    }
}
