/// A Python literal as `ast.literal_eval` reads it, for `.npy` headers.
///
/// Only the forms a header can hold are parsed: strings, integers, floats,
/// `True`/`False`/`None`, tuples, lists and dicts. Anything else is a parse error,
/// which the header reader reports as NumPy does ("Cannot parse header").
indirect enum PythonLiteral: Equatable {
    case string(String)
    /// Integers keep their decimal text: Python's are unbounded, and a header may hold huge ones.
    case integer(String)
    case float(Double)
    case bool(Bool)
    case none
    case tuple([PythonLiteral])
    case list([PythonLiteral])
    case dict([(key: PythonLiteral, value: PythonLiteral)])

    static func == (lhs: PythonLiteral, rhs: PythonLiteral) -> Bool { lhs.repr == rhs.repr }

    /// Python's `repr`, for error messages that quote the header's values.
    var repr: String {
        switch self {
        case .string(let s): PythonText.repr(s)
        case .integer(let digits): digits
        case .float(let d): FloatFormatting.scalarText(d)
        case .bool(let b): b ? "True" : "False"
        case .none: "None"
        case .tuple(let items):
            items.count == 1 ? "(\(items[0].repr),)" : "(" + items.map(\.repr).joined(separator: ", ") + ")"
        case .list(let items): "[" + items.map(\.repr).joined(separator: ", ") + "]"
        case .dict(let pairs): "{" + pairs.map { "\($0.key.repr): \($0.value.repr)" }.joined(separator: ", ") + "}"
        }
    }

    struct ParseError: Error {}

    /// Parses one literal filling `text` (surrounding whitespace allowed).
    static func parse(_ text: String) throws(ParseError) -> PythonLiteral {
        var parser = LiteralParser(Array(text.unicodeScalars))
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.atEnd else { throw ParseError() }
        return value
    }
}

/// Recursive descent over unicode scalars; one function per literal form.
private struct LiteralParser {
    /// Python's own parser gives up beyond this nesting ("too many nested parentheses").
    static let maxDepth = 200

    let scalars: [Unicode.Scalar]
    var position = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var atEnd: Bool { position >= scalars.count }
    var current: Unicode.Scalar? { atEnd ? nil : scalars[position] }

    mutating func skipSpace() {
        while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" { position += 1 }
    }

    mutating func value(depth: Int) throws(PythonLiteral.ParseError) -> PythonLiteral {
        guard depth < Self.maxDepth else { throw .init() }
        skipSpace()
        guard let c = current else { throw .init() }
        switch c {
        case "'", "\"": return .string(try string())
        case "(": return try sequence(close: ")", depth: depth)
        case "[": return try sequence(close: "]", depth: depth)
        case "{": return try dict(depth: depth)
        case "-", "+", "0"..."9", ".": return try number()
        default:
            let word = identifier()
            switch word {
            case "True": return .bool(true)
            case "False": return .bool(false)
            case "None": return .none
            case "u", "U":
                guard current == "'" || current == "\"" else { throw .init() }
                return .string(try string())
            default: throw .init()
            }
        }
    }

    private mutating func identifier() -> String {
        var word = ""
        while let c = current, c.properties.isAlphabetic || c == "_" || ("0"..."9").contains(c) {
            word.unicodeScalars.append(c)
            position += 1
        }
        return word
    }

    /// A single-line string literal with Python's common escapes.
    private mutating func string() throws(PythonLiteral.ParseError) -> String {
        guard let quote = current else { throw .init() }
        position += 1
        var result = String.UnicodeScalarView()
        while let c = current {
            position += 1
            if c == quote { return String(result) }
            if c == "\n" { throw .init() }
            guard c == "\\" else {
                result.append(c)
                continue
            }
            guard let escaped = current else { throw .init() }
            position += 1
            switch escaped {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "0": result.append("\0")
            case "\\", "'", "\"": result.append(escaped)
            case "x":
                guard position + 2 <= scalars.count,
                    let code = UInt32(String(String.UnicodeScalarView(scalars[position..<position + 2])), radix: 16),
                    let scalar = Unicode.Scalar(code)
                else { throw .init() }
                result.append(scalar)
                position += 2
            default:
                result.append("\\")
                result.append(escaped)
            }
        }
        throw .init()
    }

    private mutating func number() throws(PythonLiteral.ParseError) -> PythonLiteral {
        var negative = false
        while let c = current, c == "-" || c == "+" {
            if c == "-" { negative.toggle() }
            position += 1
            skipSpace()
        }
        var text = ""
        while let c = current,
            ("0"..."9").contains(c) || c == "_" || c == "." || c == "e" || c == "E"
                || ((c == "-" || c == "+") && (text.last == "e" || text.last == "E"))
        {
            if c != "_" { text.unicodeScalars.append(c) }
            position += 1
        }
        guard !text.isEmpty else { throw .init() }
        if text.allSatisfy(\.isNumber) {
            // Python rejects leading zeros in non-zero decimal integers ("01").
            let digits = String(text.drop(while: { $0 == "0" }))
            if digits.isEmpty { return .integer("0") }
            guard text.first != "0" else { throw .init() }
            return .integer(negative ? "-" + digits : digits)
        }
        guard let d = Double(text) else { throw .init() }
        return .float(negative ? -d : d)
    }

    private mutating func sequence(close: Unicode.Scalar, depth: Int) throws(PythonLiteral.ParseError) -> PythonLiteral
    {
        position += 1
        var items: [PythonLiteral] = []
        var sawComma = false
        while true {
            skipSpace()
            if current == close {
                position += 1
                if close == "]" { return .list(items) }
                // `(x)` is x itself; `(x,)` and `()` are tuples.
                return items.count == 1 && !sawComma ? items[0] : .tuple(items)
            }
            if !items.isEmpty {
                guard current == "," else { throw .init() }
                position += 1
                sawComma = true
                skipSpace()
                if current == close { continue }
            }
            items.append(try value(depth: depth + 1))
        }
    }

    private mutating func dict(depth: Int) throws(PythonLiteral.ParseError) -> PythonLiteral {
        position += 1
        var pairs: [(key: PythonLiteral, value: PythonLiteral)] = []
        while true {
            skipSpace()
            if current == "}" {
                position += 1
                return .dict(pairs)
            }
            if !pairs.isEmpty {
                guard current == "," else { throw .init() }
                position += 1
                skipSpace()
                if current == "}" { continue }
            }
            let key = try value(depth: depth + 1)
            skipSpace()
            guard current == ":" else { throw .init() }
            position += 1
            let value = try value(depth: depth + 1)
            // A repeated key keeps its first place and its last value, as in Python.
            if let index = pairs.firstIndex(where: { $0.key == key }) {
                pairs[index].value = value
            } else {
                pairs.append((key, value))
            }
        }
    }
}
