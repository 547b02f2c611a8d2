import ArrayEngine
import Foundation

/// `np.fromstring(text, dtype, count, sep=...)`: numbers read from text, one after
/// another between separators (the binary mode NumPy removed is refused as NumPy refuses it).
extension NumPyModule {
    static func fromTextFunctions() -> [Function] {
        [
            function(
                "fromstring(string, dtype=float, count=-1, *, sep, like=None)", notYet: ["like"], style: .numpyC,
                doc: """
                    A 1-D array of the numbers in string, between separators sep (whitespace in sep matches any run of whitespace).
                    """
            ) { _, args throws(PythonError) in
                let text: [UInt8]
                switch args.raw("string") ?? .none {
                case .string(let s): text = Array(s.utf8)
                case .object(let bytes as BytesObject): text = Array(bytes.bytes)
                case let other: throw .type("a bytes-like object is required, not '\(other.typeName)'")
                }
                let dtype = try args.dtype("dtype") ?? .float64
                guard let sep = try args.string("sep"), !sep.isEmpty else {
                    throw .value("The binary mode of fromstring is removed, use frombuffer instead")
                }
                guard dtype.isInteger || dtype.isInexact || dtype == .bool else {
                    throw .notImplemented("np.fromstring of \(dtype.name) is not supported; numbers only")
                }
                let count = try args.int("count") ?? -1
                var reader = NumberText(text, separator: Array(sep.utf8), integers: dtype.isInteger || dtype == .bool)
                let values = try reader.values(limit: count < 0 ? nil : count)
                if count > values.count {
                    throw .value("string holds \(values.count) values, fewer than count=\(count)")
                }
                return .array(
                    try NDArray.from(scalars: values, shape: [values.count], dtype: values.first?.dtype ?? .float64)
                        .copy(as: dtype))
            }
        ]
    }
}

/// Numbers in text, as NumPy's text reader scans them: integers in base 10 (an
/// integer type's values wrap into it) or floats as `strtod` reads them (`nan`, `inf`).
private struct NumberText {
    private let text: [UInt8]
    private let separator: [UInt8]
    private let integers: Bool
    private var position = 0

    init(_ text: [UInt8], separator: [UInt8], integers: Bool) {
        self.text = text
        self.separator = separator
        self.integers = integers
    }

    mutating func values(limit: Int?) throws(PythonError) -> [Scalar] {
        var values: [Scalar] = []
        skipWhitespace()
        while position < text.count, values.count < limit ?? .max {
            values.append(try number())
            skipWhitespace()
            guard position < text.count else { break }
            try skipSeparator()
            skipWhitespace()
        }
        return values
    }

    private static let unmatched = PythonError.value(
        "string or file could not be read to its end due to unmatched data")

    private mutating func number() throws(PythonError) -> Scalar {
        let rest = text[position...] + [0]
        let (value, used): (Scalar?, Int) = rest.withUnsafeBufferPointer { buffer in
            let start = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            var end: UnsafeMutablePointer<CChar>?
            if integers {
                // Base 10 only: strtoll would also take "0x10" in base 0.
                let number = strtoll(start, &end, 10)
                return (Scalar(int64: Int64(number)), end.map { start.distance(to: $0) } ?? 0)
            }
            let number = strtod(start, &end)
            return (Scalar(double: number), end.map { start.distance(to: $0) } ?? 0)
        }
        guard let value, used > 0 else { throw Self.unmatched }
        position += used
        return value
    }

    private mutating func skipWhitespace() {
        while position < text.count, Self.isWhitespace(text[position]) { position += 1 }
    }

    /// The separator, each blank in it matching any run of whitespace (none too).
    private mutating func skipSeparator() throws(PythonError) {
        for byte in separator {
            if Self.isWhitespace(byte) {
                skipWhitespace()
            } else {
                guard position < text.count, text[position] == byte else { throw Self.unmatched }
                position += 1
            }
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 32 || (9...13).contains(byte) }
}
