/// NumPy 2.x's `repr` and `str` of scalars: `np.int64(5)`, `np.float64(0.5)`, `np.True_`,
/// `np.complex128(1+2j)`.
public enum ScalarFormatter {
    public static func repr(_ value: Scalar) -> String {
        if case .bool(let b) = value.value { return b ? "np.True_" : "np.False_" }
        if case .complex(let re, let im) = value.value {
            return
                "np.\(value.dtype.name)(\(complexText(re, im, value.dtype.realComponent.scalarType, parentheses: false)))"
        }
        return "np.\(value.dtype.name)(\(str(value)))"
    }

    public static func str(_ value: Scalar) -> String {
        switch value.value {
        case .bool(let b): b ? "True" : "False"
        case .int(let i): String(i)
        case .uint(let u): String(u)
        case .float(let d): FloatText.scalar(d, value.dtype.scalarType)
        case .complex(let re, let im): complexText(re, im, value.dtype.realComponent.scalarType, parentheses: true)
        }
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
