/// The element types an array can hold, with NumPy's names, sizes and kinds.
public enum DType: String, CaseIterable, Sendable {
    case bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64

    /// NumPy's kind character: 'b' boolean, 'i' signed, 'u' unsigned, 'f' floating.
    public enum Kind: Character, Comparable, Sendable {
        case boolean = "b", unsigned = "u", signed = "i", floating = "f"

        /// The order NumPy uses when a weak Python scalar meets an array: bool < int < float.
        var rank: Int {
            switch self {
            case .boolean: 0
            case .unsigned, .signed: 1
            case .floating: 2
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }

    public var name: String { rawValue }

    /// The C type name NumPy's casting messages use: `double`, `long`, `ubyte`.
    public var cName: String {
        switch self {
        case .bool: "bool"
        case .int8: "byte"
        case .int16: "short"
        case .int32: "int"
        case .int64: "long"
        case .uint8: "ubyte"
        case .uint16: "ushort"
        case .uint32: "uint"
        case .uint64: "ulong"
        case .float32: "float"
        case .float64: "double"
        }
    }

    public var itemsize: Int {
        switch self {
        case .bool, .int8, .uint8: 1
        case .int16, .uint16: 2
        case .int32, .uint32, .float32: 4
        case .int64, .uint64, .float64: 8
        }
    }

    public var kind: Kind {
        switch self {
        case .bool: .boolean
        case .int8, .int16, .int32, .int64: .signed
        case .uint8, .uint16, .uint32, .uint64: .unsigned
        case .float32, .float64: .floating
        }
    }

    public var isInteger: Bool { kind == .signed || kind == .unsigned }
    public var isFloat: Bool { kind == .floating }

    /// The defaults NumPy leaves out of `repr` (`dtype=` is shown for every other type).
    public var isImpliedInRepr: Bool { self == .bool || self == .int64 || self == .float64 }

    /// The array-protocol type string of `.npy` headers and `dtype.str`, little-endian.
    public var typeString: String {
        switch kind {
        case .boolean: "|b1"
        case .unsigned where itemsize == 1: "|u1"
        case .signed where itemsize == 1: "|i1"
        default: "<\(kind.rawValue)\(itemsize)"
        }
    }

    /// Accepts NumPy's spellings: 'int32', 'i4', 'f8', 'float', 'bool', 'uint8', 'u1', ...
    public init?(name: String) {
        if let exact = DType(rawValue: name) { self = exact; return }
        // NumPy's aliases and one-character type codes.
        let aliases: [String: DType] = [
            "int": .int64, "int_": .int64, "intp": .int64, "long": .int64, "l": .int64, "q": .int64,
            "float": .float64, "double": .float64, "d": .float64, "single": .float32, "f": .float32,
            "bool_": .bool, "?": .bool, "b1": .bool,
            "uint": .uint64, "uintp": .uint64, "ulong": .uint64, "L": .uint64, "Q": .uint64,
            "byte": .int8, "b": .int8, "ubyte": .uint8, "B": .uint8,
            "short": .int16, "h": .int16, "ushort": .uint16, "H": .uint16,
            "intc": .int32, "i": .int32, "uintc": .uint32, "I": .uint32,
        ]
        if let alias = aliases[name] { self = alias; return }
        // Array-protocol strings: an optional byte order, a kind and a size (`<i4`, `f8`).
        var text = Substring(name)
        if let first = text.first, "<>=|".contains(first) { text = text.dropFirst() }
        guard let kindChar = text.first, let size = Int(text.dropFirst()),
              let match = DType.allCases.first(where: { $0.kind.rawValue == kindChar && $0.itemsize == size })
        else { return nil }
        self = match
    }

    /// The smallest type both values fit in, as `np.promote_types` answers.
    public static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        switch (a.kind, b.kind) {
        case (.boolean, _): return b
        case (_, .boolean): return a
        case (.floating, .floating): return a.itemsize >= b.itemsize ? a : b
        case (.floating, _): return floatHolding(integer: b, atLeast: a)
        case (_, .floating): return floatHolding(integer: a, atLeast: b)
        case (.signed, .signed), (.unsigned, .unsigned):
            return a.itemsize >= b.itemsize ? a : b
        case (.signed, .unsigned): return signedHolding(signed: a, unsigned: b)
        case (.unsigned, .signed): return signedHolding(signed: b, unsigned: a)
        }
    }

    private static func floatHolding(integer: DType, atLeast float: DType) -> DType {
        // int8/uint8 -> float16 (absent here, so float32); int16 -> float32; wider -> float64.
        let needed: DType = integer.itemsize <= 2 ? .float32 : .float64
        return needed.itemsize >= float.itemsize ? needed : float
    }

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

extension DType {
    /// NumPy's one-character type code (`dtype.char`).
    public var character: String {
        switch self {
        case .bool: "?"
        case .int8: "b"
        case .int16: "h"
        case .int32: "i"
        case .int64: "l"
        case .uint8: "B"
        case .uint16: "H"
        case .uint32: "I"
        case .uint64: "L"
        case .float32: "f"
        case .float64: "d"
        }
    }
}
