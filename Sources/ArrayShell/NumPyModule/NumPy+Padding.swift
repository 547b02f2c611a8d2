import ArrayEngine

/// `np.pad`: a new array with borders added, axis after axis as NumPy adds them
/// (so a corner takes the later axis's values).
extension NumPyModule {
    static func paddingFunctions() -> [Function] {
        [
            function("pad(array, pad_width, mode='constant', **kwargs)", doc: """
                A new array with borders: constant values, the edge, a reflection, a wrap-around or a statistic of each row.
                """) { interpreter, args throws(PythonError) in
                try pad(interpreter, args)
            },
        ]
    }

    private static let padKeywords: [String: Set<String>] = [
        "constant": ["constant_values"], "edge": [], "linear_ramp": ["end_values"], "maximum": ["stat_length"],
        "mean": ["stat_length"], "median": ["stat_length"], "minimum": ["stat_length"], "reflect": ["reflect_type"],
        "symmetric": ["reflect_type"], "wrap": [], "empty": [],
    ]

    private static func pad(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value {
        let source = try args.array("array")
        let mode = try args.string("mode") ?? "constant"
        guard let allowed = padKeywords[mode] else { throw .value("mode '\(mode)' is not supported") }
        let keywords = args.keywords("kwargs")
        let unsupported = keywords.map(\.name).filter { !allowed.contains($0) }
        if !unsupported.isEmpty {
            throw .value("unsupported keyword arguments for mode '\(mode)': {\(unsupported.map { Repr.quoted($0) }.joined(separator: ", "))}")
        }
        let widths = try pairs(args.raw("pad_width") ?? .none, ndim: source.ndim, asIndex: true)
        var result = source
        switch mode {
        case "constant", "empty":
            let value = keywords.first { $0.name == "constant_values" }?.value ?? .int(0)
            let values = try pairs(value, ndim: source.ndim, asIndex: false)
            for axis in 0..<source.ndim {
                var parts: [NDArray] = []
                for (side, width) in [widths[axis].0, widths[axis].1].enumerated() where width.doubleValue > 0 {
                    var shape = result.shape
                    shape[axis] = Int(width.doubleValue)
                    let block = try NDArray.allocate(shape: shape, dtype: source.dtype)
                    if mode == "constant" {
                        try block.assign(try Convert.operand(Convert.python(side == 0 ? values[axis].0 : values[axis].1), besides: source.dtype))
                    }
                    parts.append(block)
                }
                guard !parts.isEmpty else { continue }
                let before = widths[axis].0.doubleValue > 0 ? [parts[0]] : []
                let after = widths[axis].1.doubleValue > 0 ? [parts[parts.count - 1]] : []
                result = try NDArray.concatenate(before + [result] + after, axis: axis)
            }
            if result === source { result = try source.copy() }
        case "edge", "wrap", "reflect", "symmetric", "maximum", "minimum", "mean", "median":
            if let type = keywords.first(where: { $0.name == "reflect_type" })?.value, !(try Repr.str(type) == "even") {
                throw .notImplemented("pad() does not support reflect_type=\(Repr.tryRepr(type)) yet")
            }
            if keywords.contains(where: { $0.name == "stat_length" && !$0.value.isNone }) {
                throw .notImplemented("pad() does not support stat_length= yet")
            }
            for axis in 0..<source.ndim {
                let before = Int(widths[axis].0.doubleValue), after = Int(widths[axis].1.doubleValue)
                guard before > 0 || after > 0 else { continue }
                let n = result.shape[axis]
                guard n > 0 else { throw .value("can't extend empty axis \(axis) using modes other than 'constant' or 'empty'") }
                result = ["edge", "wrap", "reflect", "symmetric"].contains(mode)
                    ? try padByIndex(result, axis: axis, before: before, after: after, mode: mode)
                    : try padByStatistic(result, axis: axis, before: before, after: after, mode: mode)
            }
            if result === source { result = try source.copy() }
        default:
            throw .notImplemented("pad() does not support mode='\(mode)' yet")
        }
        return .array(result)
    }

    /// NumPy's `_as_pairs`: one value, one (before, after) pair, or a pair per axis.
    private static func pairs(_ value: Value, ndim: Int, asIndex: Bool) throws(PythonError) -> [(Scalar, Scalar)] {
        var x = try Convert.array(value)
        if asIndex {
            x = try UnaryKernel.run(.rint, x.dtype.isFloat ? x : x.copy(as: .float64)).copy(as: .int64)
        }
        let values = try x.elements()
        let negative = PythonError.value("index can't contain negative values")
        if x.ndim < 3, x.size == 1 {
            if asIndex, values[0].doubleValue < 0 { throw negative }
            return [(Scalar, Scalar)](repeating: (values[0], values[0]), count: ndim)
        }
        if x.ndim < 3, x.size == 2, x.shape != [2, 1] {
            if asIndex, values.contains(where: { $0.doubleValue < 0 }) { throw negative }
            return [(Scalar, Scalar)](repeating: (values[0], values[1]), count: ndim)
        }
        if asIndex, values.contains(where: { $0.doubleValue < 0 }) { throw negative }
        let table = try x.broadcast(to: [ndim, 2]).elements()
        return (0..<ndim).map { (table[2 * $0], table[2 * $0 + 1]) }
    }

    /// Edge, wrap, reflect and symmetric: each new position copies an existing one.
    private static func padByIndex(_ a: NDArray, axis: Int, before: Int, after: Int, mode: String) throws(PythonError) -> NDArray {
        let n = a.shape[axis]
        let positions = (-before..<(n + after)).map { i -> Int64 in
            func periodic(_ period: Int) -> Int { ((i % period) + period) % period }
            switch mode {
            case "edge": return Int64(min(max(i, 0), n - 1))
            case "wrap": return Int64(periodic(n))
            case "reflect":
                guard n > 1 else { return 0 }
                let m = periodic(2 * (n - 1))
                return Int64(m < n ? m : 2 * (n - 1) - m)
            default:
                let m = periodic(2 * n)
                return Int64(m < n ? m : 2 * n - 1 - m)
            }
        }
        let lead = [IndexItem](repeating: .all, count: axis)
        return try a.select(lead + [.array(try NDArray.from(positions))]).array ?? a
    }

    /// Maximum, minimum, mean and median: the statistic of each row along the axis
    /// (integers rounded half to even), on both sides.
    private static func padByStatistic(_ a: NDArray, axis: Int, before: Int, after: Int, mode: String) throws(PythonError) -> NDArray {
        var statistic: NDArray
        switch mode {
        case "maximum": statistic = try Reduction.run(.max, a, axes: [axis], keepdims: true)
        case "minimum": statistic = try Reduction.run(.min, a, axes: [axis], keepdims: true)
        case "median":
            var shape = a.shape
            shape[axis] = 1
            statistic = try Quantile.median(a, axes: [axis]).result.reshape(shape)
        default:
            let total = try Reduction.run(.sum, a, axes: [axis], keepdims: true, dtype: a.dtype.isFloat ? a.dtype : .float64)
            statistic = try BinaryKernel.run(.divide, total, NDArray.scalar(Scalar(.int(Int64(a.shape[axis])), as: total.dtype)))
        }
        if a.dtype.isInteger, statistic.dtype.isFloat { statistic = try UnaryKernel.run(.rint, statistic) }
        statistic = try statistic.copy(as: a.dtype)
        var parts: [NDArray] = []
        for width in [before, after] {
            var shape = a.shape
            shape[axis] = width
            parts.append(try statistic.broadcast(to: shape))
        }
        return try NDArray.concatenate([parts[0], a, parts[1]], axis: axis)
    }
}
