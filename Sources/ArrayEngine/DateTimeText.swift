import Foundation

/// ISO 8601 text of datetimes, as NumPy reads and writes it: `2005-02-25`,
/// `2005-02-25T03:30`, `2001-01-01T12:00:00.000`, `NaT`.
public enum DateTimeText {
    /// NumPy's `get_datetime_iso_8601_strlen`: the characters ISO text of a unit may need
    /// (a year of any size, each field of the unit, a time zone from hours on, C's
    /// terminating NUL), which sizes `astype(str)` and `np.datetime_as_string`; 4 for
    /// the generic unit ('NaT').
    public static func isoLength(_ unit: TimeUnit?) -> Int {
        guard var unit else { return 4 }
        // Weeks are written as their first day.
        if unit == .week { unit = .day }
        let fields: [(TimeUnit, Int)] = [
            (.year, 21), (.month, 3), (.day, 3), (.hour, 3), (.minute, 3), (.second, 3), (.millisecond, 4),
            (.microsecond, 3), (.nanosecond, 3),
        ]
        let body = fields.filter { $0.0 <= unit }.map(\.1).reduce(0, +)
        return body + (unit >= .hour ? 1 : 0) + 1
    }

    /// The text of a datetime value in its unit (`NaT` for not-a-time).
    public static func format(_ value: Int64, _ unit: TimeUnit?) -> String {
        guard let unit, value != TimeUnit.notATime else { return "NaT" }
        switch unit {
        case .year: return yearText(1970 + value)
        case .month:
            let year = 1970 + floorDivide(value, 12)
            return yearText(year) + "-" + two(value - (year - 1970) * 12 + 1)
        default: break
        }
        let dayLength = TimeUnit.day.nanoseconds! / unit.nanoseconds!
        // Weeks and days are whole days; finer units split into a day and the time within it.
        // Weeks past Int64 in days wrap as in NumPy's C arithmetic.
        let days = unit == .week ? value &* 7 : floorDivide(value, max(dayLength, 1))
        let within = unit == .week ? 0 : value &- days &* max(dayLength, 1)
        let date = Calendar.date(days: days)
        var text = yearText(date.year) + "-" + two(date.month) + "-" + two(date.day)
        guard unit > .day else { return text }
        let perSecond = unit >= .second ? TimeUnit.second.nanoseconds! / unit.nanoseconds! : 1
        let seconds = unit >= .second ? within / perSecond : within * (unit == .hour ? 3600 : 60)
        text += "T" + two(seconds / 3600)
        if unit >= .minute { text += ":" + two(seconds / 60 % 60) }
        if unit >= .second { text += ":" + two(seconds % 60) }
        if unit > .second {
            let digits = String(within % perSecond)
            text += "." + String(repeating: "0", count: String(perSecond).count - 1 - digits.count) + digits
        }
        return text
    }

    /// Parses ISO text into a count of the unit its precision gives (`2005-02` is months),
    /// or of `unit` when one is asked for. `NaT` in any case is not-a-time.
    public static func parse(_ text: String, unit wanted: TimeUnit?) throws(PythonError) -> (Int64, TimeUnit?) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "nat" || trimmed.isEmpty { return (TimeUnit.notATime, wanted) }
        // The current moment in UTC: 'today' to the day, 'now' to the second.
        if trimmed.lowercased() == "today" || trimmed.lowercased() == "now" {
            let seconds = Int64(Date().timeIntervalSince1970.rounded(.down))
            let unit: TimeUnit = trimmed.lowercased() == "today" ? .day : .second
            let value = unit == .day ? floorDivide(seconds, 86400) : seconds
            return (wanted.map { unit.convertDatetime(value, to: $0) } ?? value, wanted ?? unit)
        }
        let failure = PythonError.value("Error parsing datetime string \"\(text)\" at position 0")
        let characters = Array(trimmed)
        var position = 0
        func number(_ count: Int) throws(PythonError) -> Int64 {
            guard position + count <= characters.count,
                let value = Int64(String(characters[position..<position + count])),
                characters[position..<position + count].allSatisfy(\.isASCII)
            else { throw failure }
            position += count
            return value
        }
        func expect(_ separators: String) -> Bool {
            guard position < characters.count, separators.contains(characters[position]) else { return false }
            position += 1
            return true
        }
        var negative = false
        if characters.first == "-" {
            negative = true
            position = 1
        }
        var yearDigits = 0
        while position + yearDigits < characters.count, characters[position + yearDigits].isASCII,
            characters[position + yearDigits].isNumber
        {
            yearDigits += 1
        }
        guard yearDigits >= 4 else { throw failure }
        let year = (negative ? -1 : 1) * (try number(yearDigits))
        var unit = TimeUnit.year
        var (month, day, hour, minute, second): (Int64, Int64, Int64, Int64, Int64) = (1, 1, 0, 0, 0)
        var fraction: Int64 = 0
        var fractionDigits = 0
        if expect("-") {
            month = try number(2)
            unit = .month
            if expect("-") {
                day = try number(2)
                unit = .day
                if expect("T ") {
                    hour = try number(2)
                    unit = .hour
                    if expect(":") {
                        minute = try number(2)
                        unit = .minute
                        if expect(":") {
                            second = try number(2)
                            unit = .second
                            if expect(".") {
                                let start = position
                                while position < characters.count, characters[position].isASCII,
                                    characters[position].isNumber, position - start < 9
                                {
                                    position += 1
                                }
                                fractionDigits = position - start
                                guard fractionDigits > 0 else { throw failure }
                                fraction = Int64(String(characters[start..<position])) ?? 0
                                unit =
                                    fractionDigits <= 3
                                    ? .millisecond : fractionDigits <= 6 ? .microsecond : .nanosecond
                            }
                        }
                    }
                }
            }
        }
        guard position == characters.count else { throw failure }
        guard (1...12).contains(month) else { throw .value("Month out of range in datetime string \"\(text)\"") }
        guard day >= 1, day <= daysIn(month: month, year: year) else {
            throw .value("Day out of range in datetime string \"\(text)\"")
        }
        for (value, bound, name) in [
            (hour, Int64(24), "Hours"), (minute, Int64(60), "Minutes"), (second, Int64(60), "Seconds"),
        ]
        where !(0..<bound).contains(value) {
            throw .value("\(name) out of range in datetime string \"\(text)\"")
        }
        let value: Int64
        switch unit {
        case .year: value = year - 1970
        case .month: value = (year - 1970) * 12 + month - 1
        default:
            let days = Calendar.days(year: year, month: month, day: day)
            let seconds = ((days * 24 + hour) * 60 + minute) * 60 + second
            let scaled: Int64
            switch unit {
            case .day: scaled = days
            case .hour: scaled = days * 24 + hour
            case .minute: scaled = (days * 24 + hour) * 60 + minute
            case .second: scaled = seconds
            default:
                let perSecond = TimeUnit.second.nanoseconds! / unit.nanoseconds!
                let digits = String(perSecond).count - 1
                var part = fraction
                for _ in fractionDigits..<digits { part *= 10 }
                scaled = seconds * perSecond + part
            }
            value = scaled
        }
        guard let wanted else { return (value, unit) }
        return (unit.convertDatetime(value, to: wanted), wanted)
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        Calendar.days(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1)
            - Calendar.days(year: year, month: month, day: 1)
    }

    private static func yearText(_ year: Int64) -> String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `str()` of a timedelta: `1 days`, `4 hours`, `NaT`; a generic one is just its count.
    public static func durationText(_ value: Int64, _ unit: TimeUnit?) -> String {
        if value == TimeUnit.notATime { return "NaT" }
        guard let unit else { return String(value) }
        let words: [TimeUnit: String] = [
            .year: "years", .month: "months", .week: "weeks", .day: "days", .hour: "hours", .minute: "minutes",
            .second: "seconds", .millisecond: "milliseconds", .microsecond: "microseconds",
            .nanosecond: "nanoseconds",
        ]
        return "\(value) \(words[unit] ?? "")"
    }
}
