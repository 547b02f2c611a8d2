import ArrayEngine
import BigInt

/// Python ints of any size: `.int` while a value fits 64 bits (the fast path every
/// operation tries first), `.bigInt` beyond.
extension Value {
    /// An int value, small when it fits.
    static func integer(_ value: BigInt) -> Value {
        if let small = Int(exactly: value) { return .int(small) }
        return .bigInt(value)
    }

    /// Ints and bools as a BigInt.
    var bigIntValue: BigInt? {
        switch self {
        case .int(let i): BigInt(i)
        case .bigInt(let b): b
        case .bool(let b): b ? 1 : 0
        default: nil
        }
    }
}

enum PythonInt {
    /// `int(text, base)`: Python's literal rules (underscores between digits, a sign,
    /// surrounding spaces, a `0x`-style prefix when the base is 0 or matches).
    static func parse(_ text: String, base: Int) throws(PythonError) -> Value {
        let invalid = PythonError.value("invalid literal for int() with base \(base): \(Repr.quoted(text))")
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        var radix = base
        let lower = body.lowercased()
        for (prefix, value) in [("0x", 16), ("0o", 8), ("0b", 2)]
        where lower.hasPrefix(prefix) && (base == 0 || base == value) {
            radix = value
            body = body.dropFirst(2)
            if body.first == "_" { body = body.dropFirst() }
        }
        if radix == 0 {
            radix = 10
            if body.count > 1, body.first == "0", body.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
        }
        guard !body.isEmpty, body.first != "_", body.last != "_", !body.contains("__") else { throw invalid }
        let digits = body.replacingOccurrences(of: "_", with: "")
        guard digits.allSatisfy({ $0.isASCII && ($0.hexDigitValue.map { $0 < radix } ?? ($0.isLetter && radix > 16)) }),
            let magnitude = BigInt(digits, radix: radix)
        else { throw invalid }
        return .integer(negative ? -magnitude : magnitude)
    }

    /// `int(float)`: truncation toward zero, exact however large.
    static func truncating(_ d: Double) throws(PythonError) -> Value {
        if d.isNaN { throw .value("cannot convert float NaN to integer") }
        if d.isInfinite { throw .overflow("cannot convert float infinity to integer") }
        if let i = Int(exactly: d.rounded(.towardZero)) { return .int(i) }
        return .integer(BigInt(d.rounded(.towardZero)))
    }

    /// `int(x)` of a real NumPy scalar (a bool, integer or float); nil for any other.
    static func of(_ scalar: Scalar) throws(PythonError) -> Value? {
        guard !scalar.dtype.isTime else { return nil }
        switch scalar.value {
        case .bool(let b): return .int(b ? 1 : 0)
        case .int(let i): return .int(Int(i))
        case .uint(let u): return .integer(BigInt(u))
        case .float(let d): return try truncating(d)
        case .complex: return nil
        }
    }

    /// A big int as a float, with Python's error beyond the float range.
    static func double(_ b: BigInt) throws(PythonError) -> Double {
        let d = Double(b)
        if d.isInfinite { throw .overflow("int too large to convert to float") }
        return d
    }
}
