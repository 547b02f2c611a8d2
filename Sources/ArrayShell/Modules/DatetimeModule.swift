import ArrayEngine

/// `datetime`: the constructors of `date`, `datetime` and `timedelta` values
/// (`DateTimeObject`), as NumPy's `item()` gives them and `np.datetime64` takes them.
enum DatetimeModule {
    static func functions() -> [Function] {
        [
            StandardModules.function("date(year, month, day)", "A calendar date.") { _, args throws(PythonError) in
                .object(DateTimeObject(.date(try days(args))))
            },
            StandardModules.function(
                "datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0)", "A date and a time of day."
            ) { _, args throws(PythonError) in
                var microseconds = try days(args) * DateTimeObject.microsecondsPerDay
                for (name, range, scale) in [
                    ("hour", 0...23, 3_600_000_000), ("minute", 0...59, 60_000_000), ("second", 0...59, 1_000_000),
                    ("microsecond", 0...999_999, 1),
                ] {
                    let value = try args.int(name) ?? 0
                    guard range.contains(value) else {
                        throw .value("\(name) must be in \(range.lowerBound)..\(range.upperBound)")
                    }
                    microseconds += Int64(value) * Int64(scale)
                }
                return .object(DateTimeObject(.datetime(microseconds)))
            },
            StandardModules.function(
                "timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)",
                "A duration, kept as days, seconds and microseconds."
            ) { _, args throws(PythonError) in
                var total = 0.0
                for (name, scale) in [
                    ("days", 86_400e6), ("seconds", 1e6), ("microseconds", 1), ("milliseconds", 1e3),
                    ("minutes", 60e6), ("hours", 3600e6), ("weeks", 604_800e6),
                ] {
                    total += try Convert.double(args.raw(name) ?? .int(0)) * scale
                }
                // Python rounds a fraction of a microsecond half to even.
                let microseconds = total.rounded(.toNearestOrEven)
                let limit = Double(DateTimeObject.timedeltaDays.upperBound + 1) * 86_400e6
                guard microseconds.magnitude < limit else {
                    throw PythonError(
                        "OverflowError", "days=\(Int(microseconds / 86_400e6)); must have magnitude <= 999999999")
                }
                return .object(DateTimeObject(.timedelta(Int64(microseconds))))
            },
        ]
    }

    /// The day count of `year`, `month`, `day`, checked as Python checks them.
    private static func days(_ args: BoundArguments) throws(PythonError) -> Int64 {
        let (year, month, day) = (try args.int("year") ?? 0, try args.int("month") ?? 0, try args.int("day") ?? 0)
        guard (1...9999).contains(year) else { throw .value("year \(year) is out of range") }
        guard (1...12).contains(month) else { throw .value("month must be in 1..12") }
        let next = month == 12 ? (year + 1, 1) : (year, month + 1)
        let length =
            Calendar.days(year: Int64(next.0), month: Int64(next.1), day: 1)
            - Calendar.days(year: Int64(year), month: Int64(month), day: 1)
        guard (1...length).contains(Int64(day)) else { throw .value("day is out of range for month") }
        return Calendar.days(year: Int64(year), month: Int64(month), day: Int64(day))
    }
}
