/// NumPy 2.x's `repr` and `str` of scalars: `np.int64(5)`, `np.float64(0.5)`, `np.True_`,
/// `np.complex128(1+2j)`.
public enum ScalarFormatter {
    public static func repr(_ value: Scalar) -> String {
        if value.dtype.isTime { return timeRepr(value) }
        if case .bool(let b) = value.value { return b ? "np.True_" : "np.False_" }
        if case .complex(let re, let im) = value.value {
            return
                "np.\(value.dtype.name)(\(complexText(re, im, value.dtype.realComponent.scalarType, parentheses: false)))"
        }
        return "np.\(value.dtype.name)(\(str(value)))"
    }

    public static func str(_ value: Scalar) -> String {
        if value.dtype.isTime {
            let count = value.exactInteger ?? TimeUnit.notATime
            if value.dtype.kind == .datetime { return DateTimeText.format(count, value.dtype.timeUnit) }
            return value.dtype.timeUnit == nil && count != TimeUnit.notATime
                ? "\(count) generic time units" : DateTimeText.durationText(count, value.dtype.timeUnit)
        }
        return switch value.value {
        case .bool(let b): b ? "True" : "False"
        case .int(let i): String(i)
        case .uint(let u): String(u)
        case .float(let d): FloatText.scalar(d, value.dtype.scalarType)
        case .complex(let re, let im): complexText(re, im, value.dtype.realComponent.scalarType, parentheses: true)
        }
    }

    /// `np.datetime64('2005-02-25')`, `np.datetime64('NaT','generic')`, `np.timedelta64(1,'D')`,
    /// `np.timedelta64('NaT','D')`, `np.timedelta64(5)`.
    private static func timeRepr(_ value: Scalar) -> String {
        let count = value.exactInteger ?? TimeUnit.notATime
        let unit = value.dtype.timeUnit
        if value.dtype.kind == .datetime {
            if count == TimeUnit.notATime { return "np.datetime64('NaT','\(unit?.rawValue ?? "generic")')" }
            // NumPy names the unit hours only: text such as '2024-01-01T05' reads back as minutes.
            let named = unit == .hour ? ",'h'" : ""
            return "np.datetime64('\(DateTimeText.format(count, unit))'\(named))"
        }
        let shown = count == TimeUnit.notATime ? "'NaT'" : String(count)
        return "np.timedelta64(\(shown)\(unit.map { ",'\($0.rawValue)'" } ?? ""))"
    }

    /// NumPy's complex scalar text, like Python's: `1j` for a real part of +0,
    /// else `(1+2j)`; parts print their shortest digits with no trailing `.0`.
    public static func complexText(_ re: Double, _ im: Double, _ part: ScalarType, parentheses: Bool) -> String {
        if re == 0, re.sign == .plus { return partText(im, part, sign: false) + "j" }
        let text = partText(re, part, sign: false) + partText(im, part, sign: true) + "j"
        return parentheses ? "(\(text))" : text
    }

    /// One part: positional from 1e-4 up to 1e16 (and for 0 and nan), else scientific.
    public static func partText(_ value: Double, _ type: ScalarType, sign: Bool) -> String {
        let magnitude = abs(value)
        if value.isNaN || value.isInfinite {
            return (value < 0 ? "-" : sign ? "+" : "") + (value.isNaN ? "nan" : "inf")
        }
        if value == 0 || (magnitude < 1e16 && magnitude >= 1e-4) {
            return FloatText.positional(value, type, precision: nil, trim: .trimZerosAndPoint, sign: sign)
        }
        return FloatText.scientific(value, type, precision: nil, trim: .trimZerosAndPoint, sign: sign)
    }
}
