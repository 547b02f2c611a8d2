import ArrayEngine

/// `datetime64` and `timedelta64` in the language: the scalar constructors, arrays
/// made from ISO text, numbers and time scalars, and `np.arange` over dates.
enum TimeValues {
    /// `np.datetime64('2005-02-25')`, `np.datetime64(1, 'Y')`, `np.timedelta64(4, 'h')`, `np.timedelta64('NaT')`.
    static func scalar(_ type: DType, _ args: BoundArguments) throws(PythonError) -> Value {
        var unit = type.timeUnit
        if let format = args.raw("format"), !format.isNone {
            guard case .string(let code) = format, let parsed = TimeUnit(code: code) else {
                throw .type("Invalid datetime metadata string \"\(Repr.tryRepr(format))\"")
            }
            unit = parsed
        }
        let value = args.raw("value") ?? .none
        let array = try self.array(value, dtype: .time(type.scalarType, unit))
        guard array.ndim == 0 else { return .array(array) }
        return .scalar(array.load(at: array.pointer))
    }

    /// An array of a time type from Python values (nil `dtype`: from time scalars and arrays).
    /// Text is ISO 8601, numbers count the unit, `None` is NaT; a generic unit becomes the
    /// finest the values need.
    static func array(_ value: Value, dtype: DType) throws(PythonError) -> NDArray {
        var shape: [Int] = []
        var leaves: [Value] = []
        try flatten(value, depth: 0, shape: &shape, into: &leaves)
        var counts: [(Int64, TimeUnit?)] = []
        for leaf in leaves {
            counts.append(try count(leaf, dtype))
        }
        let unit = dtype.timeUnit ?? counts.compactMap(\.1).max()
        let result = DType.time(dtype.scalarType, unit, byteSwapped: dtype.isByteSwapped)
        var converted: [Scalar] = []
        for (count, from) in counts {
            guard let unit, let from, from != unit else {
                converted.append(Scalar(.int(count), as: result))
                continue
            }
            if result.kind == .timedelta, !from.convertsLinearly(to: unit) {
                throw .type(
                    "Cannot cast NumPy timedelta64 scalar from metadata [\(from.rawValue)] to [\(unit.rawValue)] according to the rule 'same_kind'"
                )
            }
            let value =
                result.kind == .datetime
                ? from.convertDatetime(count, to: unit) : from.convertTimedelta(count, to: unit)
            converted.append(Scalar(.int(value), as: result))
        }
        return try NDArray.from(scalars: converted, shape: shape, dtype: result)
    }

    /// One element as a count of its own unit.
    private static func count(_ leaf: Value, _ dtype: DType) throws(PythonError) -> (Int64, TimeUnit?) {
        switch leaf {
        case .none: return (TimeUnit.notATime, dtype.timeUnit)
        case .string(let text):
            if dtype.kind == .timedelta {
                guard text.lowercased() == "nat" else {
                    throw .value("Could not convert object to NumPy timedelta")
                }
                return (TimeUnit.notATime, dtype.timeUnit)
            }
            return try DateTimeText.parse(text, unit: nil)
        case .int, .bool:
            guard dtype.timeUnit != nil || dtype.kind == .timedelta else {
                throw .value("Converting an integer to a NumPy datetime requires a specified unit")
            }
            return (Int64(try Convert.index(leaf)), dtype.timeUnit)
        case .scalar(let s) where s.dtype.isTime:
            guard s.dtype.kind == dtype.kind else {
                throw .notImplemented("converting between datetime64 and timedelta64 is not supported yet")
            }
            return (s.exactInteger ?? TimeUnit.notATime, s.dtype.timeUnit)
        case .scalar(let s) where s.dtype.isInteger:
            return (s.exactInteger ?? 0, dtype.timeUnit)
        case .object(let moment as DateTimeObject):
            guard (moment.pythonType == .timedelta) == (dtype.kind == .timedelta) else {
                throw .value("Could not convert object to NumPy \(dtype.kind == .datetime ? "datetime" : "timedelta")")
            }
            return moment.numPyCount
        default:
            throw .notImplemented("making \(dtype.name) values from \(leaf.typeName) is not supported yet")
        }
    }

    private static func flatten(_ value: Value, depth: Int, shape: inout [Int], into leaves: inout [Value])
        throws(PythonError)
    {
        let items: [Value]? =
            switch value {
            case .list(let list): list.items
            case .tuple(let tuple): tuple
            case .array(let a) where a.ndim > 0: try a.timeCounts().map { .scalar($0) }
            default: nil
            }
        guard let items else {
            guard depth == shape.count else { throw .value("setting an array element with a sequence.") }
            leaves.append(value)
            return
        }
        if case .array(let a) = value, a.ndim > 1 {
            throw .notImplemented("making times from arrays of more than one dimension is not supported yet")
        }
        if depth == shape.count {
            shape.append(items.count)
        } else if depth > shape.count || shape[depth] != items.count {
            throw .value("setting an array element with a sequence. The requested array has an inhomogeneous shape")
        }
        for item in items { try flatten(item, depth: depth + 1, shape: &shape, into: &leaves) }
    }

    /// `tolist()`/`item()`: NaT is None; Python's `datetime` objects where NumPy makes
    /// them, ints where it gives the count (nanoseconds, generic units, timedeltas of
    /// years or months, values outside Python's range).
    static func pythonValues(_ a: NDArray) throws(PythonError) -> [Value] {
        try a.timeCounts().map { scalar in
            let count = scalar.exactInteger ?? TimeUnit.notATime
            if count == TimeUnit.notATime { return .none }
            return DateTimeObject.fromNumPy(count, a.dtype).map { .object($0) } ?? .int(Int(count))
        }
    }

    /// `np.arange('2005-02', '2005-03', dtype='datetime64[D]')`, or over datetime scalars: whole steps of the unit.
    static func arange(start: Value, stop: Value, step: Value, dtype: DType?) throws(PythonError) -> NDArray {
        let type = dtype ?? DType(.datetime64)
        // An integer stop counts steps of the unit from the start (NumPy's reading of `arange(date, 240)`).
        let ends: NDArray
        if case .int = stop {
            let first = try array(start, dtype: type)
            let offset = Int64(try Convert.index(stop))
            ends = try array(.list(ListObject([start, start])), dtype: first.dtype)
            let begin = first.load(at: first.pointer).exactInteger ?? TimeUnit.notATime
            ends.store(Scalar(.int(begin &+ offset), as: first.dtype), at: ends.pointer + ends.itemsize)
        } else {
            ends = try array(.list(ListObject([start, stop])), dtype: type)
        }
        let values = try ends.timeCounts().map { $0.exactInteger ?? TimeUnit.notATime }
        let stride = Int64(try Convert.index(step))
        guard stride != 0 else { throw .value("Maximum allowed size exceeded") }
        guard !values.contains(TimeUnit.notATime) else {
            throw .value("arange: cannot use NaT (not-a-time) datetime values")
        }
        let count = max(0, (values[1] - values[0] + stride + (stride > 0 ? -1 : 1)) / stride)
        try MemoryLimit.check(count: Int(count), of: Scalar.self)
        let scalars = (0..<count).map { Scalar(.int(values[0] + $0 * stride), as: ends.dtype) }
        return try NDArray.from(scalars: scalars, shape: [Int(count)], dtype: ends.dtype)
    }
}
