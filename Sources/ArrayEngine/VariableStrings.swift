import Foundation

/// NumPy's `StringDType`: UTF-8 text of any length. Each element is a 16-byte entry
/// in the array's buffer, laid out as NumPy lays out its packed strings, so views,
/// strides, `base` and the memory an array spans are NumPy's:
///
/// - all zero bytes: the empty string (what `np.zeros`/`np.empty` give);
/// - last byte `0x60 | n`, `n` ≤ 15: the `n` UTF-8 bytes of a short text, in place;
/// - last byte `0x50`: a longer text, the first 8 bytes its number in `TextStore`;
/// - last byte `0x80`: a missing element (`na_object`).
///
/// Where NumPy keeps long texts in an arena each array owns, arrsh keeps them in one
/// store of distinct texts: an entry copied as bytes (a copy, `take`, `concatenate`,
/// a sort) then stays valid in any buffer, with no copy routine knowing about texts.
extension DType {
    private static let shortFlag: UInt8 = 0x60
    private static let longFlag: UInt8 = 0x50
    private static let missingFlag: UInt8 = 0x80
    private static let shortLimit = 15

    /// The text at `address` as code points, nil when the element is missing.
    public func loadVariableText(from address: UnsafeRawPointer) -> [UInt32]? {
        let flags = address.load(fromByteOffset: 15, as: UInt8.self)
        switch flags {
        case 0: return []
        case DType.missingFlag: return nil
        case DType.longFlag:
            return TextStore.codes(Int(address.loadUnaligned(as: Int64.self)))
        default:
            let count = min(Int(flags & 0x0F), DType.shortLimit)
            let bytes = UnsafeRawBufferPointer(start: address, count: count)
            return String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
        }
    }

    /// Writes a text (nil: the missing value) as a 16-byte entry.
    public func storeVariableText(_ codes: [UInt32]?, to address: UnsafeMutableRawPointer) {
        address.initializeMemory(as: UInt8.self, repeating: 0, count: 16)
        guard let codes else {
            address.storeBytes(of: DType.missingFlag, toByteOffset: 15, as: UInt8.self)
            return
        }
        let utf8 = Array(FixedString.text(codes).utf8)
        if utf8.count <= DType.shortLimit {
            address.copyMemory(from: utf8, byteCount: utf8.count)
            address.storeBytes(of: DType.shortFlag | UInt8(utf8.count), toByteOffset: 15, as: UInt8.self)
        } else {
            address.storeBytes(of: Int64(TextStore.shared.number(of: codes)), as: Int64.self)
            address.storeBytes(of: DType.longFlag, toByteOffset: 15, as: UInt8.self)
        }
    }

    /// `StringDType(na_object=None)` as NumPy writes it, defaults left out.
    var variableStringRepr: String {
        var parts: [String] = []
        if let missing { parts.append("na_object=\(missing.repr)") }
        if !coercesToText { parts.append("coerce=False") }
        return "StringDType(\(parts.joined(separator: ", ")))"
    }
}

extension DType {
    /// What `StringDType(na_object=...)` marks missing elements with; nil for every other type.
    public var missing: MissingString? { isVariableString ? StringOptions.options(length).missing : nil }
    /// False for `StringDType(coerce=False)`, which takes only text; true for every other type.
    public var coercesToText: Bool { !isVariableString || StringOptions.options(length).coerce }
}

/// A StringDType's `na_object=` and `coerce=`. Each distinct pair is numbered once and a
/// dtype carries the number (in `length`): dtypes, and every value holding one, keep
/// their size, and equal options give equal dtypes.
struct StringOptions: Hashable {
    let missing: MissingString?
    let coerce: Bool

    /// `StringDType()`'s options, number 0: those of a dtype made without any.
    static let plain = StringOptions(missing: nil, coerce: true)
    static let table = Numbering([plain])

    static func options(_ number: Int) -> StringOptions { table.value(number) ?? plain }
}

/// The sentinel `StringDType(na_object=...)` marks missing elements with, in NumPy's
/// three families: NaN-like ones pass through string operations, a string one stands
/// for its text, any other (`None`) makes string operations raise.
public enum MissingString: Hashable, Sendable {
    case none
    case nan
    case text([UInt32])

    /// How `repr` writes it: `None`, `nan`, `'x'`.
    public var repr: String {
        switch self {
        case .none: "None"
        case .nan: "nan"
        case .text(let codes): PythonText.repr(FixedString.text(codes))
        }
    }

    /// `str()` of the sentinel, the text a cast to a fixed-width string writes.
    public var text: [UInt32] {
        switch self {
        case .none: FixedString.codes("None")
        case .nan: FixedString.codes("nan")
        case .text(let codes): codes
        }
    }
}

/// The texts longer than an entry holds, each stored once and numbered; shared by
/// every StringDType array of the session (see `DType.loadVariableText`).
enum TextStore {
    static let shared = Numbering<[UInt32]>()

    /// The text of a number; an entry no store wrote (bytes from elsewhere) reads as empty.
    static func codes(_ number: Int) -> [UInt32] { shared.value(number) ?? [] }
}

/// Values numbered once each, in the order first seen, under a lock: a number stands
/// for its value in an array's bytes or in a dtype.
final class Numbering<Value: Hashable>: @unchecked Sendable {
    private var values: [Value]
    private var numbers: [Value: Int]
    private let lock = NSLock()

    init(_ first: [Value] = []) {
        values = first
        numbers = Dictionary(first.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The number of a value, given now if it is new.
    func number(of value: Value) -> Int {
        lock.withLock {
            if let known = numbers[value] { return known }
            values.append(value)
            numbers[value] = values.count - 1
            return values.count - 1
        }
    }

    /// The value of a number; nil for one never given.
    func value(_ number: Int) -> Value? {
        lock.withLock { values.indices.contains(number) ? values[number] : nil }
    }
}
