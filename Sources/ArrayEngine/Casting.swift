/// NumPy's `casting=` rules: which conversions between dtypes are allowed.
public enum Casting: String, Sendable {
    case no, equiv, safe
    case sameKind = "same_kind"
    case unsafe
    case sameValue = "same_value"

    /// Whether the rule allows converting `source` to `target` (values aside).
    public func allows(_ source: DType, _ target: DType) -> Bool {
        // Records convert to records field by field, by position (names aside), as NumPy's do.
        if let from = source.record, let to = target.record {
            guard self != .no else { return source == target }
            guard from.fields.count == to.fields.count else { return false }
            if self == .equiv, from.itemsize != to.itemsize { return false }
            return zip(from.fields, to.fields).allSatisfy { pair in
                pair.0.shape == pair.1.shape && (self != .equiv || pair.0.offset == pair.1.offset)
                    && allows(pair.0.dtype, pair.1.dtype)
            }
        }
        if source.record != nil || target.record != nil { return source == target }
        return switch self {
        case .no: source == target
        case .equiv: source.native == target.native
        case .safe: DType.promote(source, target) == target.native
        case .sameKind:
            DType.promote(source, target) == target.native || Casting.kindRank(source) <= Casting.kindRank(target)
        case .unsafe, .sameValue: true
        }
    }

    /// b < u < i < f < c: a cast within or up this order keeps the kind of value.
    private static func kindRank(_ dtype: DType) -> Int {
        switch dtype.kind {
        case .boolean: 0
        case .unsigned: 1
        case .signed: 2
        case .floating: 3
        case .complex: 4
        case .void: 5
        case .bytes: 6
        case .unicode, .variableString: 7
        case .timedelta: 8
        case .datetime: 9
        // Anything becomes an object; an object becomes nothing else safely.
        case .object: 10
        }
    }
}

extension Casting {
    /// NumPy's refusal when the rule forbids converting `source` to `target`.
    public func check(_ source: DType, _ target: DType) throws(PythonError) {
        guard allows(source, target) else {
            throw .type(
                "Cannot cast array data from \(source.reprText) to \(target.reprText) according to the rule '\(rawValue)'"
            )
        }
    }
}
