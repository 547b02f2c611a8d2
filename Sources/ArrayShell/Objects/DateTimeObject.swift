import ArrayEngine

/// Python's `datetime.date`, `datetime.datetime` and `datetime.timedelta`: what
/// `item()` and `tolist()` give for dates and durations NumPy converts, and what the
/// `datetime` module's constructors make. Values are immutable; they print, compare
/// and answer their fields as Python's do (no arithmetic between them in arrsh).
final class DateTimeObject: PythonObject {
    enum Moment: Equatable {
        /// Days since 1970-01-01.
        case date(Int64)
        /// Microseconds since 1970-01-01T00:00.
        case datetime(Int64)
        /// Microseconds.
        case timedelta(Int64)
    }

    let value: Moment
    init(_ value: Moment) { self.value = value }

    /// Python's limits: years 1 to 9999, durations under 1,000,000,000 days.
    static let dayRange = Calendar.days(year: 1, month: 1, day: 1)...Calendar.days(year: 9999, month: 12, day: 31)
    static let microsecondsPerDay: Int64 = 86_400_000_000
    static let timedeltaDays: ClosedRange<Int64> = -999_999_999...999_999_999

    /// The object NumPy's `item()` gives for a time count, nil where it gives an int
    /// (nanoseconds, generic units, timedeltas of years or months, values Python cannot hold).
    static func fromNumPy(_ count: Int64, _ dtype: DType) -> DateTimeObject? {
        guard let unit = dtype.timeUnit, unit != .nanosecond, count != TimeUnit.notATime else { return nil }
        // Datetimes of days or coarser are dates (years and months of their first day).
        if dtype.kind == .datetime, unit <= .day {
            let days = unit.convertDatetime(count, to: .day)
            return dayRange.contains(days) ? DateTimeObject(.date(days)) : nil
        }
        guard let nanoseconds = unit.nanoseconds else { return nil }
        let (microseconds, overflow) = count.multipliedReportingOverflow(by: nanoseconds / 1000)
        let days = floorDivide(microseconds, microsecondsPerDay)
        if overflow { return nil }
        if dtype.kind == .timedelta {
            return timedeltaDays.contains(days) ? DateTimeObject(.timedelta(microseconds)) : nil
        }
        return dayRange.contains(days) ? DateTimeObject(.datetime(microseconds)) : nil
    }

    /// The count and unit `np.datetime64`/`np.timedelta64` make of it: days or microseconds.
    var numPyCount: (Int64, TimeUnit) {
        switch value {
        case .date(let days): (days, .day)
        case .datetime(let us), .timedelta(let us): (us, .microsecond)
        }
    }

    var pythonType: PythonType {
        switch value {
        case .date: .date
        case .datetime: .datetime
        case .timedelta: .timedelta
        }
    }
    var typeName: String { String(pythonType.rawValue.dropFirst("datetime.".count)) }

    private var dayAndTime: (days: Int64, microseconds: Int64) {
        switch value {
        case .date(let days): (days, 0)
        case .datetime(let us), .timedelta(let us):
            (
                floorDivide(us, Self.microsecondsPerDay),
                us - floorDivide(us, Self.microsecondsPerDay) * Self.microsecondsPerDay
            )
        }
    }

    /// Hours, minutes, seconds and microseconds of a time of day.
    private static func clock(_ microseconds: Int64) -> (Int64, Int64, Int64, Int64) {
        let seconds = microseconds / 1_000_000
        return (seconds / 3600, seconds / 60 % 60, seconds % 60, microseconds % 1_000_000)
    }

    private var civil: (year: Int64, month: Int64, day: Int64) { Calendar.date(days: dayAndTime.days) }

    func repr() -> String {
        let (days, time) = dayAndTime
        let (year, month, day) = civil
        let (h, m, s, us) = Self.clock(time)
        switch value {
        case .date: return "datetime.date(\(year), \(month), \(day))"
        case .datetime:
            let tail = us != 0 ? ", \(s), \(us)" : s != 0 ? ", \(s)" : ""
            return "datetime.datetime(\(year), \(month), \(day), \(h), \(m)\(tail))"
        case .timedelta:
            let seconds = time / 1_000_000
            let parts = [("days", days), ("seconds", seconds), ("microseconds", time % 1_000_000)]
                .filter { $0.1 != 0 }.map { "\($0.0)=\($0.1)" }
            return "datetime.timedelta(\(parts.isEmpty ? "0" : parts.joined(separator: ", ")))"
        }
    }

    func str() -> String {
        let (days, time) = dayAndTime
        let (year, month, day) = civil
        let (h, m, s, us) = Self.clock(time)
        let fraction = us != 0 ? "." + Self.padded(us, 6) : ""
        let date = "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
        switch value {
        case .date: return date
        case .datetime: return "\(date) \(Self.padded(h, 2)):\(Self.padded(m, 2)):\(Self.padded(s, 2))\(fraction)"
        case .timedelta:
            let clock = "\(h):\(Self.padded(m, 2)):\(Self.padded(s, 2))\(fraction)"
            return days == 0 ? clock : "\(days) day\(abs(days) == 1 ? "" : "s"), \(clock)"
        }
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    var attributeNames: [String] {
        switch value {
        case .date: ["year", "month", "day", "isoformat"]
        case .datetime: ["year", "month", "day", "hour", "minute", "second", "microsecond", "isoformat"]
        case .timedelta: ["days", "seconds", "microseconds", "total_seconds"]
        }
    }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        guard attributeNames.contains(name) else { return nil }
        let (days, time) = dayAndTime
        let (year, month, day) = civil
        let (h, m, s, us) = Self.clock(time)
        switch name {
        case "year": return .int(Int(year))
        case "month": return .int(Int(month))
        case "day": return .int(Int(day))
        case "hour": return .int(Int(h))
        case "minute": return .int(Int(m))
        case "second": return .int(Int(s))
        case "microsecond": return .int(Int(us))
        case "days": return .int(Int(days))
        case "seconds": return .int(Int(time / 1_000_000))
        case "microseconds": return .int(Int(time % 1_000_000))
        case "isoformat":
            let text = str().replacingOccurrences(of: " ", with: "T")
            return .function(Function(Signature("isoformat()"), kind: .method) { _, _ in .string(text) })
        default:
            guard case .timedelta(let total) = value else { return nil }
            return .function(
                Function(Signature("total_seconds()"), kind: .method) { _, _ in .float(Double(total) / 1e6) })
        }
    }

    func isEqual(to other: Value) -> Bool {
        guard case .object(let o as DateTimeObject) = other else { return false }
        return o.value == value
    }
}
