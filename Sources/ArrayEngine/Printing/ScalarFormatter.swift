/// NumPy 2.x's `repr` and `str` of scalars: `np.int64(5)`, `np.float64(0.5)`, `np.True_`.
public enum ScalarFormatter {
    public static func repr(_ value: Scalar) -> String {
        if case .bool(let b) = value.value { return b ? "np.True_" : "np.False_" }
        return "np.\(value.dtype.name)(\(str(value)))"
    }

    public static func str(_ value: Scalar) -> String {
        switch value.value {
        case .bool(let b): b ? "True" : "False"
        case .int(let i): String(i)
        case .uint(let u): String(u)
        case .float(let d):
            value.dtype == .float32 ? FloatFormatting.scalarText(Float(d)) : FloatFormatting.scalarText(d)
        }
    }
}
