/// NumPy's type promotion: the smallest type two types' values both fit in.
extension DType {
    /// `np.promote_types(a, b)`; the result is always in native byte order.
    public static func promote(_ a: DType, _ b: DType) -> DType {
        let (a, b) = (a.native, b.native)
        // Records promote only with the same records (aligned if either is, as in NumPy);
        // ufuncs refuse them before promoting.
        if a == b, b.record?.isAligned == true { return b }
        if a == b || a.record != nil { return a }
        if b.record != nil { return b }
        // An object holds any value.
        if a.isObject || b.isObject { return .object }
        if a.isTime || b.isTime { return promoteTimes(a, b) }
        // Text holds the text of any number; str holds bytes.
        if let variable = [a, b].first(where: \.isVariableString) { return variable }
        if a.isString || b.isString {
            let kind: ScalarType = a.scalarType == .str || b.scalarType == .str ? .str : .bytes
            return .string(kind, length: max(a.textLength, b.textLength))
        }
        switch (a.kind, b.kind) {
        case (.boolean, _): return b
        case (_, .boolean): return a
        case (.signed, .signed), (.unsigned, .unsigned):
            return a.itemsize >= b.itemsize ? a : b
        case (.signed, .unsigned): return signedHolding(signed: a, unsigned: b)
        case (.unsigned, .signed): return signedHolding(signed: b, unsigned: a)
        default:
            // A float or complex is involved: the wider of the floats each side needs,
            // made complex when either side is.
            let float = [a, b].map(\.realComponent).max { $0.itemsize < $1.itemsize } ?? .float64
            return a.isComplex || b.isComplex ? float.complexHolding : float
        }
    }

    /// The common type of several (`np.result_type`): with a float or complex among
    /// them, the float that holds every one (so int8, uint8 and float16 give float16,
    /// where promoting pair by pair would give float32); integers pair by pair.
    public static func promote(all types: [DType]) -> DType? {
        guard let first = types.first else { return nil }
        guard types.contains(where: \.isInexact) else { return types.dropFirst().reduce(first.native, promote) }
        let float = types.map(\.realComponent).max { $0.itemsize < $1.itemsize } ?? .float64
        return types.contains(where: \.isComplex) ? float.complexHolding : float
    }

    /// The real float that holds this type's values (or each part of a complex):
    /// 1-byte integers fit float16, 2-byte ones float32, wider ones float64.
    public var realComponent: DType {
        switch scalarType {
        case .complex64: .float32
        case .complex128: .float64
        case .float16, .float32, .float64: native
        case .bool, .int8, .uint8: .float16
        case .int16, .uint16: .float32
        case .int32, .uint32, .int64, .uint64, .void, .str, .bytes, .datetime64, .timedelta64, .object, .vstring:
            .float64
        }
    }

    /// Datetimes with datetimes and timedeltas with timedeltas take the finer unit;
    /// integers and bools join a timedelta. (NumPy refuses the other pairs, which
    /// arrsh's operations on times check before they promote.)
    private static func promoteTimes(_ a: DType, _ b: DType) -> DType {
        guard a.scalarType == b.scalarType else { return a.isTime ? a : b }
        let units = [a.timeUnit, b.timeUnit].compactMap { $0 }
        return .time(a.scalarType, units.max())
    }

    /// What NumPy's promotion reports for a type: records with their fields in native byte
    /// order and packed in order, with padding if aligned (`np.result_type(np.dtype('i,>i'))`);
    /// any other type as it is.
    public var canonical: DType {
        guard let record else { return self }
        let fields = record.fields.map { ($0.name, $0.dtype.canonical.native, $0.shape) }
        return (try? RecordLayout(packing: fields, aligned: record.isAligned)).map { DType(record: $0) } ?? self
    }

    /// The complex type whose parts are at least this float.
    public var complexHolding: DType { itemsize <= 4 ? .complex64 : .complex128 }

    private static func signedHolding(signed: DType, unsigned: DType) -> DType {
        if signed.itemsize > unsigned.itemsize { return signed }
        switch unsigned.itemsize {
        case 1: return .int16
        case 2: return .int32
        case 4: return .int64
        default: return .float64
        }
    }
}
