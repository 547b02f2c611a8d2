/// The unit of a `datetime64` or `timedelta64` dtype (`'datetime64[D]'`): what one
/// step of the stored 64-bit integer means. Datetimes count from 1970-01-01T00:00.
///
/// Years and months are not a fixed number of days: a datetime converts between
/// them and days through the calendar, a timedelta cannot (NumPy refuses the cast).
public enum TimeUnit: String, CaseIterable, Sendable, Comparable {
    case year = "Y"
    case month = "M"
    case week = "W"
    case day = "D"
    case hour = "h"
    case minute = "m"
    case second = "s"
    case millisecond = "ms"
    case microsecond = "us"
    case nanosecond = "ns"

    /// The stored value NumPy reserves for "not a time".
    public static let notATime = Int64.min

    public init?(code: String) {
        self.init(rawValue: code == "μs" ? "us" : code)
    }

    /// Nanoseconds in one step, for the units of fixed length (weeks and finer).
    public var nanoseconds: Int64? {
        switch self {
        case .year, .month: nil
        case .week: 604_800_000_000_000
        case .day: 86_400_000_000_000
        case .hour: 3_600_000_000_000
        case .minute: 60_000_000_000
        case .second: 1_000_000_000
        case .millisecond: 1_000_000
        case .microsecond: 1000
        case .nanosecond: 1
        }
    }

    /// Coarser units first: the finer of two units is the greater.
    private var rank: Int { TimeUnit.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: TimeUnit, b: TimeUnit) -> Bool { a.rank < b.rank }

    /// Whether a timedelta of this unit converts exactly to `other`: only between the
    /// fixed-length units, or between years and months.
    public func convertsLinearly(to other: TimeUnit) -> Bool {
        (nanoseconds != nil) == (other.nanoseconds != nil)
    }
}

/// Counting days and months for datetimes (the proleptic Gregorian calendar).
/// The arithmetic wraps on overflow, as NumPy's C code does for dates past Int64.
public enum Calendar {
    /// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    public static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year &- 1 : year
        let era = (y >= 0 ? y : y &- 399) / 400
        let yearOfEra = y &- era &* 400
        let dayOfYear = (153 &* (month &+ (month > 2 ? -3 : 9)) &+ 2) / 5 &+ day &- 1
        let dayOfEra = yearOfEra &* 365 &+ yearOfEra / 4 &- yearOfEra / 100 &+ dayOfYear
        return era &* 146_097 &+ dayOfEra &- 719_468
    }

    /// The civil date of a day count from 1970-01-01.
    public static func date(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days &+ 719_468
        let era = (z >= 0 ? z : z &- 146_096) / 146_097
        let dayOfEra = z &- era &* 146_097
        let yearOfEra = (dayOfEra &- dayOfEra / 1460 &+ dayOfEra / 36524 &- dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra &- (365 &* yearOfEra &+ yearOfEra / 4 &- yearOfEra / 100)
        let mp = (5 &* dayOfYear &+ 2) / 153
        let day = dayOfYear &- (153 &* mp &+ 2) / 5 &+ 1
        let month = mp < 10 ? mp &+ 3 : mp &- 9
        return (yearOfEra &+ era &* 400 &+ (month <= 2 ? 1 : 0), month, day)
    }
}

extension TimeUnit {
    /// A datetime value in this unit as the same moment (floored) in `target`.
    public func convertDatetime(_ value: Int64, to target: TimeUnit) -> Int64 {
        if value == TimeUnit.notATime || self == target { return value }
        switch (self, target) {
        case (.year, .month): return value &* 12
        case (.month, .year): return floorDivide(value, 12)
        default: break
        }
        // Years and months through their first day; every other unit is a fixed length.
        let days: Int64
        switch self {
        case .year: days = Calendar.days(year: 1970 &+ value, month: 1, day: 1)
        case .month:
            let year = 1970 &+ floorDivide(value, 12)
            days = Calendar.days(year: year, month: value &- (year &- 1970) &* 12 &+ 1, day: 1)
        default: return convertFixed(value, to: target)
        }
        return TimeUnit.day.convertFixed(days, to: target)
    }

    /// A datetime of a fixed-length unit in another unit (years and months through the calendar).
    private func convertFixed(_ value: Int64, to target: TimeUnit) -> Int64 {
        guard let from = nanoseconds else { return value }
        guard let to = target.nanoseconds else {
            let day = TimeUnit.day.nanoseconds!
            let days = from >= day ? value &* (from / day) : floorDivide(value, day / from)
            let date = Calendar.date(days: days)
            return target == .year ? date.year &- 1970 : (date.year &- 1970) &* 12 &+ date.month &- 1
        }
        if from >= to { return value &* (from / to) }
        return floorDivide(value, to / from)
    }

    /// A timedelta in this unit in `target` (the caller checks that the two convert linearly).
    public func convertTimedelta(_ value: Int64, to target: TimeUnit) -> Int64 {
        if value == TimeUnit.notATime || self == target { return value }
        if self == .year, target == .month { return value &* 12 }
        if self == .month, target == .year { return value / 12 }
        guard let from = nanoseconds, let to = target.nanoseconds else { return value }
        return from >= to ? value &* (from / to) : value / (to / from)
    }
}

/// Division rounding toward minus infinity, as NumPy converts datetimes to coarser units.
public func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
