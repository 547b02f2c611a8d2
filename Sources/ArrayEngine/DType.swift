/// A data type as NumPy's `dtype` object describes it: the type of each element
/// and the order of its bytes in memory.
///
/// Kernels compute only in native byte order: an array whose elements are stored
/// byte-swapped (`'>f4'` on this little-endian machine) is read and written through
/// `CastCopy`, which swaps, as NumPy's iterator buffers non-native operands.
public struct DType: Hashable, Sendable {
    /// The element type, NumPy's scalar type (`np.float32`).
    public let scalarType: ScalarType
    /// True when multi-byte elements are stored in the other byte order than the machine's.
    public let isByteSwapped: Bool
    /// A native dtype made by `newbyteorder('<')`: NumPy keeps its '<' in the dtype's
    /// repr (`dtype('<f4')`), though it equals `float32` and arrays made with it are plain.
    public let spellsOutByteOrder: Bool
    /// The fields of a structured dtype or the block of a subarray one (scalar type
    /// `void`), nil for every other. One reference for both keeps a dtype, and so
    /// every Python value that holds one, as small as before either existed.
    private let composite: Composite?
    /// The characters of a fixed-width string type (`'<U5'`: 5); 0 for every other,
    /// and for the unsized `np.dtype(str)`, whose width an array's values decide.
    /// For StringDType, the number of its options in `StringOptions.table`.
    public let length: Int
    /// The unit of a `datetime64`/`timedelta64` type; nil for every other, and for the
    /// generic `np.dtype('datetime64')`, whose unit an array's values decide.
    public let timeUnit: TimeUnit?

    private enum Composite: Hashable, Sendable {
        case record(RecordLayout)
        case subarray(Subarray)
    }

    /// The fields of a structured dtype, nil for every other.
    public var record: RecordLayout? {
        if case .record(let layout) = composite { layout } else { nil }
    }
    /// The block of a subarray dtype (`np.dtype(('f4', (3,)))`), nil for every other.
    public var subarray: Subarray? {
        if case .subarray(let block) = composite { block } else { nil }
    }
    /// A structured dtype whose scalar type is `np.record` (a recarray's, `dtype((numpy.record, [...]))`):
    /// its elements give fields as attributes. It equals the same fields' plain dtype.
    public var hasRecordScalars: Bool { record?.hasRecordScalars ?? false }

    public init(
        _ scalarType: ScalarType, byteSwapped: Bool = false, spellsOutByteOrder: Bool = false, length: Int = 0,
        timeUnit: TimeUnit? = nil
    ) {
        self.scalarType = scalarType
        // One-byte types have no byte order (NumPy's '|').
        self.isByteSwapped = byteSwapped && scalarType.swapUnit > 1
        self.spellsOutByteOrder = spellsOutByteOrder && !isByteSwapped && scalarType.swapUnit > 1
        self.composite = nil
        self.length = scalarType.isFixedWidthString ? max(0, length) : 0
        self.timeUnit = scalarType.isTime ? timeUnit : nil
    }

    /// `StringDType(na_object=..., coerce=...)`: UTF-8 text of any length, each element a
    /// 16-byte entry pointing at its text (`VariableStrings.swift`).
    public init(variableStringMissing missing: MissingString?, coerce: Bool = true) {
        self.scalarType = .vstring
        self.isByteSwapped = false
        self.spellsOutByteOrder = false
        self.composite = nil
        self.length = StringOptions.table.number(of: StringOptions(missing: missing, coerce: coerce))
        self.timeUnit = nil
    }

    /// A structured dtype: records of these fields, as `np.void` or `np.record` scalars.
    public init(record: RecordLayout, recordScalars: Bool = false) {
        self.scalarType = .void
        self.isByteSwapped = false
        self.spellsOutByteOrder = false
        self.composite = .record(record.withRecordScalars(recordScalars))
        self.length = 0
        self.timeUnit = nil
    }

    /// The same type with `np.record` scalars (`dtype((np.record, d))`), or back to `np.void`
    /// ones; any type without fields stays as it is.
    public func withRecordScalars(_ on: Bool) -> DType {
        guard let record else { return self }
        return DType(record: record, recordScalars: on)
    }

    /// A subarray dtype: `shape` elements of `base` in C order, as one value. NumPy
    /// makes arrays of it with the shape appended; here it describes record fields.
    public init(subarray base: DType, shape: [Int]) {
        self.scalarType = .void
        self.isByteSwapped = false
        self.spellsOutByteOrder = false
        self.composite = .subarray(Subarray(base: base, shape: shape))
        self.length = 0
        self.timeUnit = nil
    }

    /// A `datetime64` or `timedelta64` type of this unit (nil: generic).
    public static func time(_ scalarType: ScalarType, _ unit: TimeUnit?, byteSwapped: Bool = false) -> DType {
        DType(scalarType, byteSwapped: byteSwapped, timeUnit: unit)
    }

    /// A string type of `length` characters: `.str` (`'<U5'`, 4 bytes a character) or `.bytes` (`'S5'`).
    public static func string(_ scalarType: ScalarType, length: Int, byteSwapped: Bool = false) -> DType {
        DType(scalarType, byteSwapped: byteSwapped, length: length)
    }

    public static func == (a: DType, b: DType) -> Bool {
        a.scalarType == b.scalarType && a.isByteSwapped == b.isByteSwapped && a.composite == b.composite
            && a.length == b.length && a.timeUnit == b.timeUnit
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(scalarType)
        hasher.combine(isByteSwapped)
        hasher.combine(composite)
        hasher.combine(length)
        hasher.combine(timeUnit)
    }

    public static let bool = DType(.bool)
    public static let int8 = DType(.int8)
    public static let int16 = DType(.int16)
    public static let int32 = DType(.int32)
    public static let int64 = DType(.int64)
    public static let uint8 = DType(.uint8)
    public static let uint16 = DType(.uint16)
    public static let uint32 = DType(.uint32)
    public static let uint64 = DType(.uint64)
    public static let float16 = DType(.float16)
    public static let float32 = DType(.float32)
    public static let float64 = DType(.float64)
    public static let complex64 = DType(.complex64)
    public static let complex128 = DType(.complex128)
    public static let object = DType(.object)
    /// `np.dtypes.StringDType()`, `dtype='T'`.
    public static let variableString = DType(variableStringMissing: nil)

    /// Every numeric type in native byte order, in NumPy's order of type numbers.
    public static let allCases: [DType] = ScalarType.allCases.filter { !$0.isFlexible && !$0.isTime && $0 != .object }
        .map { DType($0) }

    /// NumPy's kind character: 'b' boolean, 'i' signed, 'u' unsigned, 'f' floating, 'c' complex.
    public enum Kind: Character, Comparable, Sendable {
        case boolean = "b"
        case unsigned = "u"
        case signed = "i"
        case floating = "f"
        case complex = "c"
        case void = "V"
        case unicode = "U"
        case bytes = "S"
        case datetime = "M"
        case timedelta = "m"
        case object = "O"
        case variableString = "T"

        /// The order NumPy uses when a weak Python scalar meets an array: bool < int < float < complex.
        var rank: Int {
            switch self {
            case .boolean: 0
            case .unsigned, .signed: 1
            case .floating: 2
            case .complex: 3
            case .void, .unicode, .bytes, .datetime, .timedelta, .object, .variableString: 4
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }

    /// The same type in native byte order (what arithmetic on it gives).
    public var native: DType {
        record == nil && subarray == nil && scalarType != .vstring
            ? DType(scalarType, length: length, timeUnit: timeUnit) : self
    }
    public var isNative: Bool { !isByteSwapped }
    /// The same type in the other byte order (`dtype.newbyteorder()`).
    public var swapped: DType {
        if scalarType == .vstring { return self }
        return DType(scalarType, byteSwapped: !isByteSwapped, length: length, timeUnit: timeUnit)
    }

    public var name: String {
        if scalarType.isTime { return scalarType.rawValue + unitSuffix }
        return isFlexible && itemsize > 0 ? "\(scalarType.rawValue)\(itemsize * 8)" : scalarType.rawValue
    }
    public var cName: String { scalarType.cName }
    public var itemsize: Int {
        switch scalarType {
        case .void: record?.itemsize ?? subarray.map { $0.shape.reduce($0.base.itemsize, *) } ?? 0
        case .str: length * 4
        case .bytes: length
        default: scalarType.itemsize
        }
    }
    /// The name of the scalar type (`np.str_`, `np.datetime64`, `np.float32`): without the
    /// width or unit a dtype adds.
    public var scalarTypeName: String {
        switch scalarType {
        case .str: "str_"
        case .bytes: "bytes_"
        case .void: "void"
        case .object: "object_"
        case .datetime64, .timedelta64: scalarType.rawValue
        default: name
        }
    }

    /// Records and strings: types whose size is part of the dtype, not of the scalar type.
    public var isFlexible: Bool { scalarType.isFlexible }
    /// `'<U'`, `'S'` and StringDType types, whose elements are text.
    public var isString: Bool { scalarType.isString }
    /// `'<U'` and `'S'` types, whose width the dtype carries.
    public var isFixedWidthString: Bool { scalarType.isFixedWidthString }
    /// StringDType, whose text lives outside the array's buffer.
    public var isVariableString: Bool { scalarType == .vstring }
    /// `datetime64` and `timedelta64` types.
    public var isTime: Bool { scalarType.isTime }
    /// Records, strings and objects: no NumPy number, so one element comes back as a 0-d view
    /// of it, which the language turns into its value (`np.void`, `np.str_`, the object).
    public var selectsAsView: Bool { isFlexible || isObject }
    /// NumPy's `object` type, whose elements are references to values of the language (`ObjectStore`).
    public var isObject: Bool { scalarType == .object }
    /// `[D]` after a time type's name, nothing for a generic one or any other type.
    var unitSuffix: String { timeUnit.map { "[\($0.rawValue)]" } ?? "" }
    public var kind: Kind { scalarType.kind }
    public var character: String { scalarType.character }

    public var isInteger: Bool { kind == .signed || kind == .unsigned }
    /// Real floating point (float16, float32, float64).
    public var isFloat: Bool { kind == .floating }
    public var isComplex: Bool { kind == .complex }
    /// Floating or complex: the types whose values are not exact integers.
    public var isInexact: Bool { isFloat || isComplex }

    /// The defaults NumPy leaves out of `repr` (`dtype=` is shown for every other type).
    public var isImpliedInRepr: Bool {
        isNative && !isString
            && (scalarType == .bool || scalarType == .int64 || scalarType == .float64 || scalarType == .complex128)
    }

    /// NumPy's `dtype.byteorder`: '|' without one, '=' native, '>' or '<' for the other.
    public var byteOrderCharacter: Character {
        if scalarType.swapUnit == 1 { return "|" }
        let native: Character = ByteOrder.isLittleEndianMachine ? "<" : ">"
        if spellsOutByteOrder { return native }
        return isByteSwapped ? (ByteOrder.isLittleEndianMachine ? ">" : "<") : "="
    }

    /// The array-protocol type string of `.npy` headers and `dtype.str`: `<f8`, `>i2`, `|u1`, `|V12`.
    public var typeString: String {
        if record != nil || subarray != nil { return "|V\(itemsize)" }
        // NumPy writes no size for references: '|O'.
        if isObject { return "|O" }
        if isVariableString { return variableStringRepr }
        let order: Character =
            scalarType.swapUnit == 1
            ? "|"
            : (isByteSwapped == ByteOrder.isLittleEndianMachine ? ">" : "<")
        return "\(order)\(kind.rawValue)\(isString ? length : itemsize)\(unitSuffix)"
    }

    /// How `repr` names it after `dtype=`: `float32`, `'>f4'` when not native, a list of fields.
    public var reprName: String {
        if let record { return recordScalarsText(record.text(includingAlign: true)) }
        if isVariableString { return variableStringRepr }
        if isTime, isNative { return "'\(name)'" }
        if isObject { return name }
        return isNative && !isString ? name : "'\(typeString)'"
    }

    /// `repr` of the dtype object: `dtype('float32')`, `dtype('>f4')`, `dtype([('x', '<i4')])`.
    public var reprText: String {
        if let record {
            return "dtype(\(recordScalarsText(record.reprText))\(record.isAligned ? ", align=True" : ""))"
        }
        if let subarray { return "dtype(\(subarray.reprText))" }
        if isVariableString { return variableStringRepr }
        if isString {
            // NumPy leaves out the '|' of bytes, and the 0 of an unsized type: dtype('S3'), dtype('<U').
            let text = scalarType == .bytes ? String(typeString.dropFirst()) : typeString
            return "dtype('\(length == 0 ? String(text.dropLast()) : text)')"
        }
        if isObject { return "dtype('O')" }
        return "dtype('\(isNative && !spellsOutByteOrder && !isString && !isTime ? name : typeString)')"
    }

    /// `str(dtype)`: a record's fields (with `'aligned': True`), a subarray's tuple, the
    /// type string of strings and other byte orders, else the name.
    public var strText: String {
        if let record { return recordScalarsText(record.text(includingAlign: true)) }
        if let subarray { return subarray.reprText }
        return isFlexible || !isNative ? typeString : name
    }

    /// Fields' text, inside `(numpy.record, ...)` when the scalars are `np.record`.
    private func recordScalarsText(_ fields: String) -> String {
        hasRecordScalars ? "(numpy.record, \(fields))" : fields
    }

    /// NumPy's `dtype.alignment`: a C compiler's alignment of the element type; 1 for
    /// bytes and unaligned records, the base's for a subarray.
    public var alignment: Int { record?.alignment ?? subarray?.base.alignment ?? scalarType.swapUnit }

    /// A field's type as a structured dtype's `repr` writes it: quoted (`'<i4'`), or the
    /// list of fields of a nested record.
    public var fieldRepr: String { record?.reprText ?? subarray?.reprText ?? PythonText.repr(fieldText) }

    /// How a field's type is written in a structured dtype: `'<i4'`, `'u1'`, `'?'`.
    public var fieldText: String {
        if let record { return record.reprText }
        if scalarType == .bool { return "?" }
        if isObject { return "O" }
        return scalarType.swapUnit == 1 ? String(typeString.dropFirst()) : typeString
    }

    /// Accepts NumPy's spellings: 'int32', 'i4', '>f8', 'float', 'bool', 'complex', 'c16', ...
    public init?(name: String) {
        if let exact = ScalarType(rawValue: name), exact != .void {
            self.init(exact)
            return
        }
        if let string = DType.stringType(named: name) ?? DType.timeType(named: name) {
            self = string
            return
        }
        let (swapped, text) = DType.byteOrderPrefix(name)
        // NumPy's aliases and one-character type codes (which also take a byte order).
        if let alias = DType.aliases[String(text)], alias != .bool || !swapped {
            self.init(alias, byteSwapped: swapped)
            return
        }
        // Array-protocol strings: a kind and a size (`i4`, `c16`).
        guard let kindChar = text.first, let size = Int(text.dropFirst()), text.count > 1,
            let match = ScalarType.allCases.first(where: {
                $0.kind.rawValue == kindChar && $0.itemsize == size && $0 != .void
            })
        else { return nil }
        self.init(match, byteSwapped: swapped)
    }

    /// A leading byte order (`<`, `>`, `=`, `|`) split off: whether it is the other one than the machine's.
    private static func byteOrderPrefix(_ name: String) -> (swapped: Bool, rest: Substring) {
        guard let first = name.first, "<>=|".contains(first) else { return (false, Substring(name)) }
        return (first == (ByteOrder.isLittleEndianMachine ? ">" : "<"), Substring(name).dropFirst())
    }

    /// `'U5'`, `'<U5'`, `'S3'`, `'|S3'`, `'a3'`, `'str'`, `'bytes'`, `'str_'`, `'unicode'`, `'U'`; `'T'`.
    private static func stringType(named name: String) -> DType? {
        if name == "T" { return .variableString }
        let (swapped, text) = DType.byteOrderPrefix(name)
        let words: [Substring: ScalarType] = [
            "str": .str, "str_": .str, "unicode": .str, "U": .str, "bytes": .bytes, "bytes_": .bytes, "S": .bytes,
            "a": .bytes,
        ]
        if let type = words[text] { return .string(type, length: 0, byteSwapped: swapped) }
        guard let code = text.first, let type = words[Substring(String(code))], text.count > 1,
            let count = Int(text.dropFirst()), count >= 0, text.dropFirst().allSatisfy(\.isASCII)
        else { return nil }
        return .string(type, length: count, byteSwapped: swapped)
    }

    /// `'datetime64[D]'`, `'M8[D]'`, `'<m8[s]'`, `'datetime64'`, `'M'`, `'timedelta64[h]'`.
    private static func timeType(named name: String) -> DType? {
        let (swapped, rest) = DType.byteOrderPrefix(name)
        var text = rest
        var unit: TimeUnit?
        if text.hasSuffix("]"), let open = text.firstIndex(of: "[") {
            guard let parsed = TimeUnit(code: String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
            else { return nil }
            unit = parsed
            text = text[..<open]
        }
        let words: [Substring: ScalarType] = [
            "datetime64": .datetime64, "M8": .datetime64, "M": .datetime64,
            "timedelta64": .timedelta64, "m8": .timedelta64, "m": .timedelta64,
        ]
        guard let type = words[text] else { return nil }
        return .time(type, unit, byteSwapped: swapped)
    }

    private static let aliases: [String: ScalarType] = [
        "int": .int64, "int_": .int64, "intp": .int64, "long": .int64, "l": .int64, "q": .int64, "p": .int64,
        "float": .float64, "double": .float64, "d": .float64, "single": .float32, "f": .float32,
        "half": .float16, "e": .float16,
        "complex": .complex128, "cdouble": .complex128, "D": .complex128, "csingle": .complex64, "F": .complex64,
        "bool_": .bool, "?": .bool, "b1": .bool,
        "uint": .uint64, "uintp": .uint64, "ulong": .uint64, "L": .uint64, "Q": .uint64, "P": .uint64,
        "byte": .int8, "b": .int8, "ubyte": .uint8, "B": .uint8,
        "short": .int16, "h": .int16, "ushort": .uint16, "H": .uint16,
        "intc": .int32, "i": .int32, "uintc": .uint32, "I": .uint32,
        "O": .object, "object_": .object, "O8": .object,
    ]
}

/// The block of a subarray dtype: `shape` elements of `base`.
public final class Subarray: Hashable, Sendable {
    public let base: DType
    public let shape: [Int]

    init(base: DType, shape: [Int]) {
        self.base = base
        self.shape = shape
    }

    /// NumPy's text of it, inside `dtype(...)` and `str(dtype)`: `('<f8', (2, 3))`.
    public var reprText: String { "(\(base.fieldRepr), \(ShapeText.tuple(shape)))" }

    public static func == (a: Subarray, b: Subarray) -> Bool { a.base == b.base && a.shape == b.shape }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(base)
        hasher.combine(shape)
    }
}

/// The machine's byte order, which every kernel computes in.
public enum ByteOrder {
    public static let isLittleEndianMachine = 1.littleEndian == 1
}

/// NumPy's scalar types: the element types arrays hold, in NumPy's order of type numbers.
public enum ScalarType: String, CaseIterable, Sendable {
    case bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64
    case float16, float32, float64, complex64, complex128
    /// Records of a structured dtype (their size and fields are the dtype's `record`).
    case void
    /// Fixed-width text, UCS4 (`'<U5'`) and bytes (`'S5'`): their width is the dtype's `length`.
    case str, bytes
    /// Moments and durations, 64-bit counts of the dtype's `timeUnit`.
    case datetime64, timedelta64
    /// References to values of the language, NumPy's `object` (`ObjectStore` holds them).
    case object
    /// Text of any length (`StringDType`): a 16-byte entry per element, the text beside the buffer.
    case vstring = "StringDType"

    public var isTime: Bool { self == .datetime64 || self == .timedelta64 }

    /// Records and strings, whose size the dtype carries.
    public var isFlexible: Bool { self == .void || isString }
    public var isString: Bool { isFixedWidthString || self == .vstring }
    public var isFixedWidthString: Bool { self == .str || self == .bytes }

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
        case .float16: "half"
        case .float32: "float"
        case .float64: "double"
        case .complex64: "complex float"
        case .complex128: "complex double"
        case .void: "void"
        case .str: "unicode"
        case .bytes: "bytes"
        case .datetime64: "datetime"
        case .timedelta64: "timedelta"
        case .object: "object"
        case .vstring: "StringDType"
        }
    }

    public var itemsize: Int {
        switch self {
        case .bool, .int8, .uint8: 1
        case .int16, .uint16, .float16: 2
        case .int32, .uint32, .float32: 4
        case .int64, .uint64, .float64, .complex64, .datetime64, .timedelta64: 8
        // A pointer's size, as NumPy's `PyObject *`.
        case .object: MemoryLayout<UInt>.size
        case .complex128, .vstring: 16
        case .void, .str, .bytes: 0
        }
    }

    /// The bytes swapped as one unit: a complex number swaps its two parts separately.
    public var swapUnit: Int {
        switch kind {
        case .complex: itemsize / 2
        case .void, .bytes, .object, .variableString: 1
        // One UCS4 character.
        case .unicode: 4
        default: itemsize
        }
    }

    public var kind: DType.Kind {
        switch self {
        case .bool: .boolean
        case .int8, .int16, .int32, .int64: .signed
        case .uint8, .uint16, .uint32, .uint64: .unsigned
        case .float16, .float32, .float64: .floating
        case .complex64, .complex128: .complex
        case .void: .void
        case .str: .unicode
        case .bytes: .bytes
        case .datetime64: .datetime
        case .timedelta64: .timedelta
        case .object: .object
        case .vstring: .variableString
        }
    }

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
        case .float16: "e"
        case .float32: "f"
        case .float64: "d"
        case .complex64: "F"
        case .complex128: "D"
        case .void: "V"
        case .str: "U"
        case .bytes: "S"
        case .datetime64: "M"
        case .timedelta64: "m"
        case .object: "O"
        case .vstring: "T"
        }
    }
}
