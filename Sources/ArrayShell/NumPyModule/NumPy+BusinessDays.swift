import ArrayEngine

/// `np.is_busday`, `np.busday_offset`, `np.busday_count`: days counted on a week mask
/// (Monday to Friday unless told), on `datetime64[D]` values.
extension NumPyModule {
    static func businessDayFunctions() -> [Function] {
        [
            function(
                "is_busday(dates, weekmask='1111100', holidays=None, busdaycal=None, out=None)",
                notYet: ["busdaycal", "out"], doc: "Whether each date is a valid day of the week mask."
            ) { _, args throws(PythonError) in
                let week = try weekMask(args)
                let (dates, scalar) = try days(args.raw("dates"))
                let answers = try dates.timeCounts().map { Scalar(bool: $0.exactInteger.map(week.isValid) ?? false) }
                return try Interpreter.unwrap(
                    try NDArray.from(scalars: answers, shape: dates.shape, dtype: .bool), scalar: scalar)
            },
            function(
                "busday_offset(dates, offsets, roll='raise', weekmask='1111100', holidays=None, busdaycal=None, out=None)",
                notYet: ["busdaycal", "out"], doc: "Each date rolled to a valid day, then moved by offsets valid days."
            ) { _, args throws(PythonError) in
                let week = try weekMask(args)
                let roll = try args.string("roll") ?? "raise"
                let (dates, datesScalar) = try days(args.raw("dates"))
                let offsets = try Convert.array(args.raw("offsets") ?? .int(0), dtype: .int64)
                let shape = try Broadcasting.operandShape([dates.shape, offsets.shape])
                let starts = try dates.broadcast(to: shape).timeCounts()
                let steps = try offsets.broadcast(to: shape).elements()
                var results: [Scalar] = []
                for (start, step) in zip(starts, steps) {
                    let day = try week.offset(start.exactInteger, by: step.exactInteger ?? 0, roll: roll)
                    results.append(Scalar(.int(day), as: .time(.datetime64, .day)))
                }
                let result = try NDArray.from(scalars: results, shape: shape, dtype: .time(.datetime64, .day))
                return try Interpreter.unwrap(result, scalar: datesScalar && offsets.ndim == 0)
            },
            function(
                "busday_count(begindates, enddates, weekmask='1111100', holidays=None, busdaycal=None, out=None)",
                notYet: ["busdaycal", "out"], doc: "How many valid days lie from each begin date up to its end date."
            ) { _, args throws(PythonError) in
                let week = try weekMask(args)
                let (begins, beginScalar) = try days(args.raw("begindates"))
                let (ends, endScalar) = try days(args.raw("enddates"))
                let shape = try Broadcasting.operandShape([begins.shape, ends.shape])
                let pairs = zip(
                    try begins.broadcast(to: shape).timeCounts(), try ends.broadcast(to: shape).timeCounts())
                var counts: [Scalar] = []
                for (begin, end) in pairs {
                    guard let b = begin.exactInteger, let e = end.exactInteger, b != TimeUnit.notATime,
                        e != TimeUnit.notATime
                    else { throw .value("Cannot compute a business day count with a NaT (not-a-time) date") }
                    counts.append(Scalar(int64: week.count(from: b, to: e)))
                }
                let result = try NDArray.from(scalars: counts, shape: shape, dtype: .int64)
                return try Interpreter.unwrap(result, scalar: beginScalar && endScalar)
            },
        ]
    }

    /// Dates as a `datetime64[D]` array, and whether they were one scalar.
    private static func days(_ value: Value?) throws(PythonError) -> (NDArray, Bool) {
        let value = value ?? .none
        let array: NDArray
        if case .array(let a) = value, a.dtype.kind == .datetime {
            array = try a.copy(as: .time(.datetime64, .day))
        } else if case .scalar(let s) = value, s.dtype.kind == .datetime {
            array = try NDArray.scalar(s.scalar).copy(as: .time(.datetime64, .day))
        } else {
            array = try TimeValues.array(value, dtype: .time(.datetime64, .day))
        }
        return (array, array.ndim == 0)
    }

    private static func weekMask(_ args: BoundArguments) throws(PythonError) -> WeekMask {
        let holidays = args.raw("holidays") ?? .none
        let none: Bool =
            switch holidays {
            case .none: true
            case .list(let list): list.items.isEmpty
            case .tuple(let items): items.isEmpty
            default: false
            }
        guard none else { throw .notImplemented("holidays= in the business day functions is not supported yet") }
        return try WeekMask(args.raw("weekmask") ?? .string("1111100"))
    }
}

/// Which days of the week count: Monday first, as NumPy's `weekmask`.
private struct WeekMask {
    let valid: [Bool]

    init(_ value: Value) throws(PythonError) {
        switch value {
        case .string(let text) where text.count == 7 && text.allSatisfy({ $0 == "0" || $0 == "1" }):
            valid = text.map { $0 == "1" }
        case .string(let text):
            let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            var chosen = [Bool](repeating: false, count: 7)
            for word in text.split(separator: " ") {
                guard let day = names.firstIndex(of: String(word)) else {
                    throw .value("Invalid business day weekmask string \"\(text)\"")
                }
                chosen[day] = true
            }
            valid = chosen
        case .list(let list) where list.items.count == 7:
            valid = try list.items.map { item throws(PythonError) in try Convert.truth(item) }
        default:
            throw .value("A business day weekmask array must have length 7")
        }
        guard valid.contains(true) else {
            throw .value("Cannot construct a numpy busdaycal with a weekmask of all zeros")
        }
    }

    /// How many days of each week are business days.
    var validPerWeek: Int64 { Int64(valid.filter { $0 }.count) }

    /// 1970-01-01 was a Thursday (weekday 3, Monday being 0).
    func isValid(_ day: Int64) -> Bool {
        day != TimeUnit.notATime && valid[Int(((day &+ 3) % 7 + 7) % 7)]
    }

    /// NumPy's roll to a valid day, then `steps` valid days on.
    func offset(_ start: Int64?, by steps: Int64, roll: String) throws(PythonError) -> Int64 {
        guard var day = start, day != TimeUnit.notATime else { throw .value("NaT input in busday_offset") }
        if !isValid(day) {
            switch roll {
            case "raise": throw .value("Non-business day date in busday_offset")
            case "nat": return TimeUnit.notATime
            case "forward", "following": while !isValid(day) { day += 1 }
            case "backward", "preceding": while !isValid(day) { day -= 1 }
            case "modifiedfollowing", "modifiedpreceding":
                let forward = roll == "modifiedfollowing"
                var moved = day
                while !isValid(moved) { moved += forward ? 1 : -1 }
                // Not into another month: then the other way.
                if DateTimeText.format(moved, .day).prefix(7) != DateTimeText.format(day, .day).prefix(7) {
                    moved = day
                    while !isValid(moved) { moved += forward ? -1 : 1 }
                }
                day = moved
            default:
                throw .value(
                    "Invalid business day roll parameter \"\(roll)\"")
            }
        }
        // Whole weeks at once (each holds the same valid days), then day by day; the
        // arithmetic wraps past Int64 as NumPy's C code does.
        let sign: Int64 = steps < 0 ? -1 : 1
        let weeks = steps == 0 ? 0 : (steps.magnitude - 1) / UInt64(validPerWeek)
        day = day &+ sign &* Int64(truncatingIfNeeded: weeks &* 7)
        var remaining = steps &- sign &* Int64(truncatingIfNeeded: weeks &* UInt64(validPerWeek))
        while remaining != 0 {
            day = day &+ (remaining > 0 ? 1 : -1)
            if isValid(day) { remaining += remaining > 0 ? -1 : 1 }
        }
        return day
    }

    /// Valid days in [begin, end); when end comes first, minus those in (end, begin], as NumPy counts.
    func count(from begin: Int64, to end: Int64) -> Int64 {
        let (low, high) = begin <= end ? (begin, end) : (end &+ 1, begin &+ 1)
        let weeks = Int64(truncatingIfNeeded: UInt64(bitPattern: high &- low) / 7)
        var total = weeks &* validPerWeek
        var day = low &+ weeks &* 7
        while day < high {
            if isValid(day) { total += 1 }
            day += 1
        }
        return begin <= end ? total : -total
    }
}
