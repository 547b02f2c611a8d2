import ArrayEngine
import Foundation

/// The `np.strings`/`np.char` functions that build each element's text from other
/// arguments, broadcast with it: `slice`, `join`, `mod`, and `encode`/`decode`
/// between `str` and `bytes` arrays.
extension NumPyModule {
    static func charBuildingFunctions(module name: String) -> [Function] {
        var functions = [
            function(
                "slice(a, start=None, stop=<no value>, step=None, /)",
                doc: "A new array: each element sliced as a Python str (slice(a, n) is a[:n]), in a's type."
            ) { _, args throws(PythonError) in
                let a = try texts(args.raw("a"))
                var bounds = [args.raw("start") ?? .none, args.raw("stop") ?? .none, args.raw("step") ?? .none]
                // One bound alone is the stop, as in Python's slice(n).
                if !args.passed("stop") { bounds = [.none, bounds[0], bounds[2]] }
                let arrays = try bounds.map { value throws(PythonError) in
                    value.isNone ? nil : try Convert.array(value, dtype: .int64)
                }
                let shape = try Broadcasting.operandShape([a.shape] + arrays.compactMap { $0?.shape })
                let columns = try arrays.map { array throws(PythonError) -> [Int]? in
                    guard let array else { return nil }
                    return try array.broadcast(to: shape).elements().map { Int($0.exactInteger ?? 0) }
                }
                let elements = try a.broadcast(to: shape).stringCodes()
                let sliced = try elements.indices.map { i throws(PythonError) -> [UInt32] in
                    let step = columns[2]?[i] ?? 1
                    guard step != 0 else { throw .value("slice step cannot be zero") }
                    let (first, count) = SliceView.indices(
                        columns[0]?[i], columns[1]?[i], step, length: elements[i].count)
                    return (0..<count).map { elements[i][first + $0 * step] }
                }
                return .array(try NDArray.from(stringCodes: sliced, shape: shape, dtype: a.dtype))
            },
            function(
                "mod(a, values)", doc: "A new array: each element %-formatted with the value beside it."
            ) { _, args throws(PythonError) in
                let a = try texts(args.raw("a"))
                let values = try Convert.array(args.raw("values") ?? .none)
                let shape = try Broadcasting.operandShape([a.shape, values.shape])
                // Each value as the NumPy scalar NumPy's loop hands to `%` (np.int64, np.str_).
                let flat = try values.broadcast(to: shape).flatten()
                let operands = (0..<flat.size).map { i -> Value in
                    let element = flat.view(offset: i * flat.itemsize, shape: [], strides: [])
                    return flat.dtype.isFlexible
                        ? Convert.value(.array(element)) : .scalar(element.load(at: element.pointer))
                }
                let formatted = try zip(a.broadcast(to: shape).stringCodes(), operands).map {
                    codes, value throws(PythonError) in
                    FixedString.codes(try PercentFormat.format(FixedString.text(codes), value))
                }
                return .array(try NDArray.from(stringCodes: formatted, shape: shape, dtype: widest(formatted, like: a)))
            },
            function("encode(a, encoding=None, errors=None)", doc: "A new bytes array: each text encoded.") {
                _, args throws(PythonError) in
                let a = try texts(args.raw("a"))
                guard a.dtype.scalarType != .bytes else {
                    throw PythonError("UFuncTypeError", "encode needs a str or StringDType array, not bytes")
                }
                let codec = try Codec(args)
                let encoded = try a.stringCodes().map { codes throws(PythonError) in try codec.encode(codes) }
                let type = DType.string(.bytes, length: max(1, encoded.map(\.count).max() ?? 1))
                return .array(try NDArray.from(stringCodes: encoded, shape: a.shape, dtype: type))
            },
            function("decode(a, encoding=None, errors=None)", doc: "A new str array: each element's bytes decoded.") {
                _, args throws(PythonError) in
                let a = try texts(args.raw("a"))
                guard a.dtype.scalarType == .bytes else {
                    throw PythonError("UFuncTypeError", "decode needs a bytes array")
                }
                let codec = try Codec(args)
                let decoded = try a.stringCodes().map { codes throws(PythonError) in try codec.decode(codes) }
                let type = DType.string(.str, length: max(1, decoded.map(\.count).max() ?? 1))
                return .array(try NDArray.from(stringCodes: decoded, shape: a.shape, dtype: type))
            },
        ]
        if name == "char" {
            functions.append(
                function("join(sep, seq)", doc: "A new array: each element's characters joined by the sep beside it.") {
                    _, args throws(PythonError) in
                    let (sep, seq) = (try texts(args.raw("sep")), try texts(args.raw("seq")))
                    let shape = try Broadcasting.operandShape([sep.shape, seq.shape])
                    let joined = zip(
                        try sep.broadcast(to: shape).stringCodes(), try seq.broadcast(to: shape).stringCodes()
                    )
                    .map { separator, codes in Array(codes.map { [$0] }.joined(separator: separator)) }
                    return .array(try NDArray.from(stringCodes: joined, shape: shape, dtype: widest(joined, like: seq)))
                })
        }
        return functions
    }

    /// The type for new texts: a's own StringDType, or a's kind as wide as the longest.
    private static func widest(_ texts: [[UInt32]], like a: NDArray) -> DType {
        a.dtype.isVariableString ? a.dtype : .string(a.dtype.scalarType, length: max(1, texts.map(\.count).max() ?? 1))
    }

    /// The codecs arrsh encodes and decodes with: UTF-8 (the default), ASCII and Latin-1, strictly.
    private struct Codec {
        let name: String

        init(_ args: BoundArguments) throws(PythonError) {
            let requested = try args.string("encoding") ?? "utf-8"
            let errors = try args.string("errors") ?? "strict"
            let known = [
                "utf-8": "utf-8", "utf8": "utf-8", "ascii": "ascii", "latin-1": "latin-1", "latin1": "latin-1",
            ]
            guard let name = known[requested.lowercased()], errors == "strict" else {
                throw .notImplemented("encodings other than UTF-8, ASCII and Latin-1 (strict) are not supported yet")
            }
            self.name = name
        }

        func encode(_ codes: [UInt32]) throws(PythonError) -> [UInt32] {
            switch name {
            case "utf-8": return Array(FixedString.text(codes).utf8).map { UInt32($0) }
            case "ascii": return try FixedString.encodedAsASCII(codes)
            default:
                if let position = codes.firstIndex(where: { $0 > 0xFF }) {
                    throw PythonError(
                        "UnicodeEncodeError",
                        "'latin-1' codec can't encode character '\\\\u\(String(codes[position], radix: 16))' in position \(position): ordinal not in range(256)"
                    )
                }
                return codes
            }
        }

        func decode(_ codes: [UInt32]) throws(PythonError) -> [UInt32] {
            switch name {
            case "utf-8":
                let bytes = codes.map { UInt8(truncatingIfNeeded: $0) }
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw .notImplemented("decoding bytes that are not valid UTF-8 is not supported yet")
                }
                return FixedString.codes(text)
            case "ascii":
                if let position = codes.firstIndex(where: { $0 > 127 }) {
                    throw PythonError(
                        "UnicodeDecodeError",
                        "'ascii' codec can't decode byte 0x\(String(codes[position], radix: 16)) in position \(position): ordinal not in range(128)"
                    )
                }
                return codes
            default: return codes
            }
        }
    }
}
