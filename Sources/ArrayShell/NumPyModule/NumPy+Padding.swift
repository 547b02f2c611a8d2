import ArrayEngine

/// `np.pad`: a new array with borders added, axis after axis as NumPy adds them
/// (so a corner takes the later axis's values).
extension NumPyModule {
    static func paddingFunctions() -> [Function] {
        [
            function(
                "pad(array, pad_width, mode='constant', **kwargs)",
                doc: """
                    A new array with borders: constant values, the edge, a reflection, a wrap-around or a statistic of each row.
                    """
            ) { interpreter, args throws(PythonError) in
                // NumPy pads objects with NumPy scalars (np.int64(0)), its own way.
                if case .array(let a)? = args.raw("array"), a.dtype.isObject {
                    throw .notImplemented("np.pad of object arrays is not supported yet")
                }
                return try pad(interpreter, args)
            }
        ]
    }

    private static let padKeywords: [String: Set<String>] = [
        "constant": ["constant_values"], "edge": [], "linear_ramp": ["end_values"], "maximum": ["stat_length"],
        "mean": ["stat_length"], "median": ["stat_length"], "minimum": ["stat_length"], "reflect": ["reflect_type"],
        "symmetric": ["reflect_type"], "wrap": [], "empty": [],
    ]

    private static func pad(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value {
        let source = try args.array("array")
        let widthValue = try widthsPerAxis(args.raw("pad_width") ?? .none, ndim: source.ndim)
        let widthArray = try Convert.array(widthValue)
        guard widthArray.dtype.kind == .signed else { throw .type("`pad_width` must be of integral type.") }
        let widths = try pairs(widthValue, ndim: source.ndim, asIndex: true)
        let keywords = args.keywords("kwargs")
        if let function = args.raw("mode"), case .function = function {
            return .array(
                try padByFunction(
                    interpreter, source, widths, shortcut: isShortcut(widthArray), function: function,
                    keywords: keywords))
        }
        let mode = try args.string("mode") ?? "constant"
        guard let allowed = padKeywords[mode] else { throw .value("mode '\(mode)' is not supported") }
        let unsupported = keywords.map(\.name).filter { !allowed.contains($0) }
        if !unsupported.isEmpty {
            throw .value(
                "unsupported keyword arguments for mode '\(mode)': {\(unsupported.map { Repr.quoted($0) }.joined(separator: ", "))}"
            )
        }
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
                        try block.assign(
                            try Convert.operand(
                                Convert.python(side == 0 ? values[axis].0 : values[axis].1), besides: source.dtype))
                    }
                    parts.append(block)
                }
                guard !parts.isEmpty else { continue }
                let before = widths[axis].0.doubleValue > 0 ? [parts[0]] : []
                let after = widths[axis].1.doubleValue > 0 ? [parts[parts.count - 1]] : []
                result = try NDArray.concatenate(before + [result] + after, axis: axis)
            }
            if result === source { result = try source.copy() }
        case "edge", "wrap", "reflect", "symmetric", "maximum", "minimum", "mean", "median", "linear_ramp":
            // NumPy reflects oddly for 'odd' and evenly for anything else.
            let odd =
                if case .string("odd")? = keywords.first(where: { $0.name == "reflect_type" })?.value { true } else {
                    false
                }
            let ends = try pairs(
                keywords.first { $0.name == "end_values" }?.value ?? .int(0), ndim: source.ndim, asIndex: false)
            if keywords.contains(where: { $0.name == "stat_length" && !$0.value.isNone }) {
                throw .notImplemented("pad() does not support stat_length= yet")
            }
            for axis in 0..<source.ndim {
                let before = Int(widths[axis].0.doubleValue)
                let after = Int(widths[axis].1.doubleValue)
                guard before > 0 || after > 0 else { continue }
                let n = result.shape[axis]
                guard n > 0 else {
                    throw .value("can't extend empty axis \(axis) using modes other than 'constant' or 'empty'")
                }
                if mode == "linear_ramp" {
                    result = try padByRamp(result, axis: axis, before: before, after: after, ends: ends[axis])
                } else if odd, n > 1 {
                    result = try padByOddReflection(
                        result, axis: axis, before: before, after: after, symmetric: mode == "symmetric")
                } else if ["edge", "wrap", "reflect", "symmetric"].contains(mode) {
                    result = try padByIndex(result, axis: axis, before: before, after: after, mode: odd ? "edge" : mode)
                } else {
                    result = try padByStatistic(result, axis: axis, before: before, after: after, mode: mode)
                }
            }
            if result === source { result = try source.copy() }
        default:
            throw .notImplemented("pad() does not support mode='\(mode)' yet")
        }
        return .array(result)
    }

    /// A dict pad_width (`{axis: width or (before, after)}`) as the list of pairs NumPy makes of it;
    /// anything else as it is.
    private static func widthsPerAxis(_ value: Value, ndim: Int) throws(PythonError) -> Value {
        guard case .dict(let dict) = value else { return value }
        var table = [Value](repeating: .tuple([.int(0), .int(0)]), count: ndim)
        for (axis, width) in dict.pairs {
            let position = try Convert.index(axis)
            guard (-ndim..<ndim).contains(position) else { throw .index("list assignment index out of range") }
            switch width {
            case .int, .bool: table[(position + ndim) % ndim] = .tuple([width, width])
            case .tuple(let items)
            where items.count == 2 && items.allSatisfy { if case .int = $0 { true } else { false } }:
                table[(position + ndim) % ndim] = width
            default:
                throw PythonError("AssertionError", "Expected code to be unreachable, but got: \(try Repr.repr(width))")
            }
        }
        return .list(ListObject(table))
    }

    /// Whether `_as_pairs` takes x as one value or one (before, after) pair for every axis.
    private static func isShortcut(_ x: NDArray) -> Bool {
        x.ndim < 3 && (x.size == 1 || (x.size == 2 && x.shape != [2, 1]))
    }

    /// NumPy's `_as_pairs`: one value, one (before, after) pair, or a pair per axis
    /// (`asIndex`: pad widths, integers checked to be >= 0).
    private static func pairs(_ value: Value, ndim: Int, asIndex: Bool) throws(PythonError) -> [(Scalar, Scalar)] {
        let x = try Convert.array(value)
        let values = try x.elements()
        let negative = PythonError.value("index can't contain negative values")
        if x.ndim < 3, x.size == 1 {
            if asIndex, values[0].doubleValue < 0 { throw negative }
            return [(Scalar, Scalar)](repeating: (values[0], values[0]), count: ndim)
        }
        if isShortcut(x) {
            if asIndex, values.contains(where: { $0.doubleValue < 0 }) { throw negative }
            return [(Scalar, Scalar)](repeating: (values[0], values[1]), count: ndim)
        }
        if asIndex, values.contains(where: { $0.doubleValue < 0 }) { throw negative }
        let table = try x.broadcast(to: [ndim, 2]).elements()
        return (0..<ndim).map { (table[2 * $0], table[2 * $0 + 1]) }
    }

    /// A function as the mode (NumPy's old interface): the array padded with zeros, then
    /// `function(vector, (before, after), axis, kwargs)` called on every 1-D view along each
    /// axis in turn, writing the border in place.
    private static func padByFunction(
        _ interpreter: Interpreter, _ source: NDArray, _ widths: [(Scalar, Scalar)], shortcut: Bool,
        function: Value, keywords: [(name: String, value: Value)]
    ) throws(PythonError) -> NDArray {
        let before = widths.map { Int($0.0.doubleValue) }
        let shape = zip(source.shape, widths).map { $0 + Int($1.0.doubleValue) + Int($1.1.doubleValue) }
        let padded = try NDArray.allocate(shape: shape, dtype: source.dtype)
        let interior = zip(before, source.shape).map { IndexItem.slice(start: $0, stop: $0 + $1, step: nil) }
        try padded.assign(interior, value: source)
        let options = try DictObject(keywords.map { (.string($0.name), $0.value) })
        for axis in 0..<source.ndim {
            // _as_pairs hands a shared pair over as NumPy ints, a pair per axis as a list of ints.
            let width: Value =
                shortcut
                ? .tuple([.scalar(widths[axis].0), .scalar(widths[axis].1)])
                : .list(ListObject([.int(before[axis]), .int(Int(widths[axis].1.doubleValue))]))
            let view = try padded.moveAxis(axis, to: source.ndim - 1)
            let leading = Array(view.shape.dropLast())
            let count = leading.reduce(1, *)
            for flat in 0..<count {
                var rest = flat
                var items = [IndexItem](repeating: .ellipsis, count: leading.count + 1)
                for k in leading.indices.reversed() {
                    items[k] = .integer(rest % leading[k])
                    rest /= leading[k]
                }
                guard let vector = try view.select(items).array else { continue }
                _ = try interpreter.call(function, Arguments([.array(vector), width, .int(axis), .dict(options)]))
            }
        }
        return padded
    }

    /// Edge, wrap, reflect and symmetric: each new position copies an existing one.
    private static func padByIndex(_ a: NDArray, axis: Int, before: Int, after: Int, mode: String) throws(PythonError)
        -> NDArray
    {
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

    /// linear_ramp: from each end value towards the edge, as `np.linspace(end, edge,
    /// width, endpoint=False)` in the array's type (floored for integers).
    private static func padByRamp(_ a: NDArray, axis: Int, before: Int, after: Int, ends: (Scalar, Scalar))
        throws(PythonError) -> NDArray
    {
        let moved = try a.moveAxis(axis, to: a.ndim - 1).copy()
        let n = moved.shape[moved.ndim - 1]
        let rows = n == 0 ? 0 : moved.size / n
        let values = try moved.elements()
        var out: [Scalar] = []
        for row in 0..<rows {
            let line = Array(values[(row * n)..<((row + 1) * n)])
            func ramp(_ end: Scalar, _ edge: Scalar, _ width: Int) throws(PythonError) -> [Scalar] {
                var points = try NDArray.linspace(
                    start: end.doubleValue, stop: edge.doubleValue, count: width, endpoint: false)
                if a.dtype.isInteger { points = try UnaryKernel.run(.floor, points) }
                return try points.copy(as: a.dtype).elements()
            }
            let left = try ramp(ends.0, line[0], before)
            let right = try ramp(ends.1, line[n - 1], after)
            out += left + line + right.reversed()
        }
        var shape = moved.shape
        shape[shape.count - 1] = n + before + after
        return try NDArray.from(scalars: out, shape: shape, dtype: a.dtype).moveAxis(a.ndim - 1, to: axis).copy()
    }

    /// reflect_type='odd': NumPy's `_set_reflect_both`, chunk after chunk, each the
    /// reflection of the values beside the edge turned about it (2·edge - value).
    private static func padByOddReflection(_ a: NDArray, axis: Int, before: Int, after: Int, symmetric: Bool)
        throws(PythonError) -> NDArray
    {
        let period = a.shape[axis]
        var shape = a.shape
        shape[axis] += before + after
        let padded = try NDArray.allocate(shape: shape, dtype: a.dtype)
        let lead = [IndexItem](repeating: .all, count: axis)
        func at(_ start: Int?, _ stop: Int?, _ step: Int? = nil) -> [IndexItem] {
            lead + [.slice(start: start, stop: stop, step: step)]
        }
        func view(_ items: [IndexItem]) throws(PythonError) -> NDArray { try padded.select(items).array ?? padded }
        try padded.assign(at(before, before + period), value: a)
        let two = NDArray.scalar(Scalar(.int(2), as: a.dtype))
        var left = before
        var right = after
        while left > 0 || right > 0 {
            var length = shape[axis] - right - left
            let offset: Int
            if symmetric {
                length = length / period * period
                offset = 1
            } else {
                length = (length - 1) / (period - 1) * (period - 1)
                offset = 0
            }
            if left > 0 {
                let chunk = min(length, left)
                let stop = left - offset
                let edge = try view(at(left, left + 1))
                let reflected = try BinaryKernel.run(
                    .subtract, try BinaryKernel.run(.multiply, two, edge), try view(at(stop + chunk, stop, -1)))
                try padded.assign(at(left - chunk, left), value: reflected)
                left -= chunk
            }
            if right > 0 {
                let chunk = min(length, right)
                let start = -right + offset - 2
                let edge = try view(at(-right - 1, -right))
                let reflected = try BinaryKernel.run(
                    .subtract, try BinaryKernel.run(.multiply, two, edge), try view(at(start, start - chunk, -1)))
                let from = shape[axis] - right
                try padded.assign(at(from, from + chunk), value: reflected)
                right -= chunk
            }
        }
        return padded
    }

    /// Maximum, minimum, mean and median: the statistic of each row along the axis
    /// (integers rounded half to even), on both sides.
    private static func padByStatistic(_ a: NDArray, axis: Int, before: Int, after: Int, mode: String)
        throws(PythonError) -> NDArray
    {
        var statistic: NDArray
        switch mode {
        case "maximum": statistic = try Reduction.run(.max, a, axes: [axis], keepdims: true)
        case "minimum": statistic = try Reduction.run(.min, a, axes: [axis], keepdims: true)
        case "median":
            var shape = a.shape
            shape[axis] = 1
            statistic = try Quantile.median(a, axes: [axis]).result.reshape(shape)
        default:
            let total = try Reduction.run(
                .sum, a, axes: [axis], keepdims: true, dtype: a.dtype.isFloat ? a.dtype : .float64)
            statistic = try BinaryKernel.run(
                .divide, total, NDArray.scalar(Scalar(.int(Int64(a.shape[axis])), as: total.dtype)))
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
