import ArrayEngine
import BigInt

/// Turns source text into tokens, following Python's lexical rules for the subset
/// arrsh accepts. Newlines inside brackets and after `\` are joined, as in Python.
///
/// The text is scanned as Unicode scalars (code points, as CPython reads
/// source): comparing scalars is comparing integers, where Characters would cost
/// grapheme breaking and string comparisons. Columns count code points.
struct Lexer {
    /// Compile-time warnings about the literals read (`DeprecationWarning: invalid escape sequence`).
    private(set) var warnings: [String] = []

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    ]

    /// Every operator with its scalars, grouped by first scalar and longest first (so
    /// `**=` wins over `**` and `*`), indexed by its ASCII code: a token is matched
    /// against a handful of candidates, not all fifty.
    private static let operatorsByFirst: [[(op: Operator, scalars: [Unicode.Scalar])]] = {
        var table = [[(op: Operator, scalars: [Unicode.Scalar])]](repeating: [], count: 128)
        for op in Operator.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count }) {
            let scalars = Array(op.rawValue.unicodeScalars)
            table[Int(scalars[0].value)].append((op, scalars))
        }
        return table
    }()

    /// Whether a name is a keyword; most names are too short or too long to need the set.
    static func isKeyword(_ word: String) -> Bool {
        (2...8).contains(word.utf8.count) && keywords.contains(word)
    }

    /// CPython's tokenizer limit (MAXLEVEL); it also keeps the parser's recursion shallow.
    static let maximumNesting = 200

    let source: [Unicode.Scalar]
    /// The text is all ASCII (nearly always): its scalars were read straight from its
    /// UTF-8 bytes, and names are cut out by writing those bytes into a String.
    private let isASCII: Bool

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else {
                source = Array(text.unicodeScalars)
                isASCII = false
                return
            }
            scalars.append(Unicode.Scalar(byte))
        }
        source = scalars
        isASCII = true
    }

    mutating func tokens() throws(PythonError) -> [Token] {
        var tokens: [Token] = []
        // A token per scalar at most, and the closing ones: a line never grows the array.
        tokens.reserveCapacity(min(source.count, 1024) + 3)
        var brackets: [Operator] = []
        var i = 0
        var lineStart = true
        // The open indentation levels past column 0.
        var indents: [Int] = []
        while i < source.count {
            let c = source[i]
            if lineStart && brackets.isEmpty {
                lineStart = false
                var j = i
                var width = 0
                while j < source.count, source[j] == " " || source[j] == "\t" {
                    width = source[j] == "\t" ? (width / 8 + 1) * 8 : width + 1
                    j += 1
                }
                let blank = j >= source.count || source[j] == "\n" || source[j] == "#"
                if !blank { try indentation(width, at: j, stack: &indents, into: &tokens) }
                i = j
                continue
            }
            switch c {
            case " ", "\t", "\u{0C}", "\r":
                i += 1
            case "#":
                while i < source.count, source[i] != "\n" { i += 1 }
            case "\\":
                guard i + 1 < source.count else { throw PythonError.incompleteInput }
                guard source[i + 1] == "\n" else {
                    throw .syntax("unexpected character after line continuation character")
                }
                i += 2
            case "\n":
                if brackets.isEmpty {
                    if let last = tokens.last, last.kind != .newline { tokens.append(Token(kind: .newline, column: i)) }
                    lineStart = true
                }
                i += 1
            case "0"..."9":
                tokens.append(try number(at: &i))
            case ".":
                if i + 1 < source.count, Lexer.isDigit(source[i + 1]) {
                    tokens.append(try number(at: &i))
                } else {
                    tokens.append(try operatorToken(at: &i, brackets: &brackets))
                }
            case "'", "\"":
                tokens.append(try string(at: &i, prefixLength: 0))
            default:
                if Lexer.startsName(c) {
                    let start = i
                    while i < source.count, Lexer.continuesName(source[i]) { i += 1 }
                    let word = text(start..<i)
                    if i < source.count, source[i] == "'" || source[i] == "\"",
                        ["r", "b", "f", "u", "rb", "br", "fr", "rf"].contains(word.lowercased())
                    {
                        tokens.append(try string(at: &i, prefixLength: word.count))
                    } else {
                        tokens.append(Token(kind: .name(word), column: start, isKeyword: Lexer.isKeyword(word)))
                    }
                } else {
                    tokens.append(try operatorToken(at: &i, brackets: &brackets))
                }
            }
        }
        if !brackets.isEmpty { throw PythonError.incompleteInput }
        if let last = tokens.last, last.kind != .newline { tokens.append(Token(kind: .newline, column: source.count)) }
        for _ in indents { tokens.append(Token(kind: .dedent, column: source.count)) }
        tokens.append(Token(kind: .end, column: source.count))
        return tokens
    }

    /// Python's INDENT/DEDENT tokens from a line's leading width.
    private func indentation(_ width: Int, at column: Int, stack: inout [Int], into tokens: inout [Token])
        throws(PythonError)
    {
        let current = stack.last ?? 0
        if width > current {
            stack.append(width)
            tokens.append(Token(kind: .indent, column: column))
            return
        }
        while let top = stack.last, width < top {
            stack.removeLast()
            tokens.append(Token(kind: .dedent, column: column))
        }
        if (stack.last ?? 0) != width {
            throw PythonError("IndentationError", "unindent does not match any outer indentation level")
        }
    }

    private func operatorToken(at i: inout Int, brackets: inout [Operator]) throws(PythonError) -> Token {
        let start = i
        let candidates = source[i].isASCII ? Lexer.operatorsByFirst[Int(source[i].value)] : []
        for (op, scalars) in candidates where matches(scalars, at: i) {
            i += scalars.count
            switch op {
            case .leftParen, .leftBracket, .leftBrace:
                brackets.append(op)
                if brackets.count > Lexer.maximumNesting { throw .syntax("too many nested parentheses") }
            case .rightParen, .rightBracket, .rightBrace:
                guard let open = brackets.popLast() else { throw .syntax("unmatched '\(op.rawValue)'") }
                guard open.closer == op else {
                    throw .syntax(
                        "closing parenthesis '\(op.rawValue)' does not match opening parenthesis '\(open.rawValue)'")
                }
            case .exclamation: throw .syntax("invalid syntax")
            default: break
            }
            return Token(kind: .op(op), column: start)
        }
        let c = source[i]
        if c == "$" || c == "?" || c == "`" { throw .syntax("invalid syntax") }
        if !c.isASCII {
            throw .syntax(
                "invalid character '\(c)' (U+\(String(c.value, radix: 16, uppercase: true).leftPadded(to: 4)))")
        }
        throw .syntax("invalid syntax")
    }

    private func matches(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + scalars.count <= source.count else { return false }
        for (k, scalar) in scalars.enumerated() where source[i + k] != scalar { return false }
        return true
    }

    /// The source text of a range of scalars.
    private func text(_ range: Range<Int>) -> String {
        if isASCII {
            return String(unsafeUninitializedCapacity: range.count) { bytes in
                for (k, scalar) in source[range].enumerated() { bytes[k] = UInt8(truncatingIfNeeded: scalar.value) }
                return range.count
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: source[range])
        return String(result)
    }

    // MARK: - Character classes

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    static func hexDigitValue(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "0"..."9": Int(c.value - 48)
        case "a"..."f": Int(c.value - 87)
        case "A"..."F": Int(c.value - 55)
        default: nil
        }
    }

    /// Python's identifier rule: XID_Start or `_`, then XID_Continue (ASCII answered directly).
    private static func startsName(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" }
        return c.properties.isXIDStart
    }

    private static func continuesName(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return startsName(c) || isDigit(c) }
        return c.properties.isXIDContinue
    }

    private func number(at i: inout Int) throws(PythonError) -> Token {
        if let token = plainInteger(at: &i) { return token }
        let start = i
        if source[i] == "0", i + 1 < source.count, "xXoObB".unicodeScalars.contains(source[i + 1]) {
            let marker = source[i + 1]
            let radix = marker == "x" || marker == "X" ? 16 : (marker == "o" || marker == "O" ? 8 : 2)
            i += 2
            let invalid = PythonError.syntax(
                "invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") literal")
            var digits = String.UnicodeScalarView()
            while i < source.count, Lexer.hexDigitValue(source[i]) != nil || source[i] == "_" {
                // One `_` at a time, before a digit (`0x_ff`, `0b1_0`; not `0x__f`, `0x1_`).
                if source[i] == "_" {
                    guard i + 1 < source.count, Lexer.hexDigitValue(source[i + 1]) != nil else { throw invalid }
                } else {
                    digits.append(source[i])
                }
                i += 1
            }
            guard !digits.isEmpty, digits.allSatisfy({ Lexer.hexDigitValue($0).map { $0 < radix } ?? false }) else {
                throw invalid
            }
            return Lexer.integer(String(digits), radix: radix, column: start)
        }
        var text = String.UnicodeScalarView()
        var isFloat = false
        func digits() throws(PythonError) {
            while i < source.count, Lexer.isDigit(source[i]) || source[i] == "_" {
                // `_` only between two digits: `1_000`, not `1__0`, `1_`, `1_.5` or `1._5`.
                if source[i] == "_" {
                    guard i > start, Lexer.isDigit(source[i - 1]), i + 1 < source.count, Lexer.isDigit(source[i + 1])
                    else { throw .syntax("invalid decimal literal") }
                } else {
                    text.append(source[i])
                }
                i += 1
            }
        }
        try digits()
        if i < source.count, source[i] == "." {
            isFloat = true
            text.append(".")
            i += 1
            try digits()
        }
        if i < source.count, source[i] == "e" || source[i] == "E" {
            var j = i + 1
            if j < source.count, source[j] == "+" || source[j] == "-" { j += 1 }
            if j < source.count, Lexer.isDigit(source[j]) {
                isFloat = true
                text.append("e")
                text.append(contentsOf: source[(i + 1)..<j])
                i = j
                try digits()
            }
        }
        if i < source.count, source[i] == "j" || source[i] == "J" {
            i += 1
            if i < source.count, Lexer.startsName(source[i]) { throw .syntax("invalid imaginary literal") }
            return Token(kind: .imaginary(Double(String(text)) ?? .nan), column: start)
        }
        if i < source.count, Lexer.startsName(source[i]) {
            throw .syntax("invalid decimal literal")
        }
        if isFloat {
            return Token(kind: .float(Double(String(text)) ?? .nan), column: start)
        }
        if text.count > 1, text.first == "0", text.contains(where: { $0 != "0" }) {
            throw .syntax(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
        }
        return Lexer.integer(String(text), radix: 10, column: start)
    }

    /// The common literal, a few decimal digits (`1`, `255`), read without making a
    /// String; nil, `i` unmoved, for any other number (the general path decides).
    private func plainInteger(at i: inout Int) -> Token? {
        var end = i
        var value = 0
        while end < source.count, end - i < 18, Lexer.isDigit(source[end]) {
            value = value * 10 + Int(source[end].value - 48)
            end += 1
        }
        let length = end - i
        guard length > 0, length < 18, source[i] != "0" || length == 1 else { return nil }
        if end < source.count {
            let next = source[end]
            guard !Lexer.isDigit(next), next != "_", next != ".", !Lexer.continuesName(next) else { return nil }
        }
        defer { i = end }
        return Token(kind: .int(value), column: i)
    }

    /// An int token, or a big one beyond 64 bits.
    private static func integer(_ digits: String, radix: Int, column: Int) -> Token {
        if let value = Int(digits, radix: radix) { return Token(kind: .int(value), column: column) }
        return Token(kind: .bigInt(BigInt(digits, radix: radix) ?? 0), column: column)
    }

    private mutating func string(at i: inout Int, prefixLength: Int) throws(PythonError) -> Token {
        let start = i - prefixLength
        let prefix = text(start..<i).lowercased()
        let raw = prefix.contains("r")
        let quote = source[i]
        let tripleQuote = [quote, quote, quote]
        let triple = matches(tripleQuote, at: i)
        i += triple ? 3 : 1
        let bodyStart = i
        while true {
            guard i < source.count else {
                if triple { throw PythonError.incompleteInput }
                throw .syntax("unterminated string literal (detected at line \(line(of: start)))")
            }
            let c = source[i]
            if c == quote, !triple || matches(tripleQuote, at: i) { break }
            if c == "\n", !triple { throw .syntax("unterminated string literal (detected at line \(line(of: start)))") }
            // A backslash always takes the next character along, raw or not: `r'\''` is two characters.
            i += c == "\\" && i + 1 < source.count ? 2 : 1
        }
        let body = text(bodyStart..<i)
        i += triple ? 3 : 1
        if !raw, let escape = Lexer.firstInvalidEscape(body, bytes: prefix.contains("b")) {
            warnings.append("DeprecationWarning: invalid escape sequence '\\\(escape)'")
        }
        if prefix.contains("f") { return Token(kind: .formatted(body, raw: raw), column: start) }
        if prefix.contains("b") { return Token(kind: .bytes(try Lexer.bytes(body, raw: raw)), column: start) }
        return Token(kind: .string(raw ? body : try Lexer.decodeEscapes(body)), column: start)
    }

    /// The first character after a backslash that Python 3.11 decodes no escape from (it
    /// warns once a literal, and keeps the backslash); bytes have no `\\u`, `\\U`, `\\N`.
    static func firstInvalidEscape(_ body: String, bytes: Bool) -> Character? {
        let valid = Set("\n\\'\"abfnrtv01234567x" + (bytes ? "" : "uUN"))
        var characters = body.makeIterator()
        while let c = characters.next() {
            guard c == "\\", let next = characters.next() else { continue }
            if !valid.contains(next) { return next }
        }
        return nil
    }

    /// A bytes literal's body as bytes: ASCII only, with Python's bytes escapes (`\\xHH`,
    /// octal, `\\n`, ...) decoded unless raw; any other escape keeps its backslash.
    static func bytes(_ body: String, raw: Bool) throws(PythonError) -> [UInt8] {
        let scalars = Array(body.unicodeScalars)
        guard scalars.allSatisfy(\.isASCII) else {
            throw .syntax("bytes can only contain ASCII literal characters")
        }
        let codes = scalars.map { UInt8($0.value) }
        if raw { return codes }
        let simple: [UInt8: UInt8] = [
            0x5C: 0x5C, 0x27: 0x27, 0x22: 0x22, 0x61: 7, 0x62: 8, 0x66: 12, 0x6E: 10, 0x72: 13, 0x74: 9, 0x76: 11,
        ]
        var result: [UInt8] = []
        var i = 0
        while i < codes.count {
            guard codes[i] == 0x5C, i + 1 < codes.count else {
                result.append(codes[i])
                i += 1
                continue
            }
            let next = codes[i + 1]
            i += 2
            if next == 0x0A { continue }
            if let byte = simple[next] {
                result.append(byte)
            } else if (0x30...0x37).contains(next) {
                var value = Int(next - 0x30)
                var count = 1
                while count < 3, i < codes.count, (0x30...0x37).contains(codes[i]) {
                    value = value * 8 + Int(codes[i] - 0x30)
                    i += 1
                    count += 1
                }
                result.append(UInt8(truncatingIfNeeded: value))
            } else if next == 0x78 {
                let digits = codes[i...].prefix(2).compactMap { hexDigitValue(Unicode.Scalar($0)) }
                guard digits.count == 2 else {
                    throw .syntax("(value error) invalid \\x escape at position \(result.count)")
                }
                result.append(UInt8(digits[0] * 16 + digits[1]))
                i += 2
            } else {
                result += [0x5C, next]
            }
        }
        return result
    }

    /// The 1-based line of a scalar offset.
    private func line(of offset: Int) -> Int {
        source[..<offset].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// A string literal's backslash escapes decoded as Python decodes them; an unknown
    /// escape keeps its backslash (Python warns, and keeps it too).
    static func decodeEscapes(_ text: String) throws(PythonError) -> String {
        guard text.contains("\\") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            guard c == "\\", i + 1 < scalars.count else {
                result.append(c)
                i += 1
                continue
            }
            let next = scalars[i + 1]
            i += 2
            switch next {
            case "\n": break
            case "\\", "'", "\"": result.append(next)
            case "a": result.append("\u{07}")
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "v": result.append("\u{0B}")
            case "0"..."7":
                var value = Int(next.value - 48)
                var count = 1
                while count < 3, i < scalars.count, ("0"..."7").contains(scalars[i]) {
                    value = value * 8 + Int(scalars[i].value - 48)
                    i += 1
                    count += 1
                }
                result.append(Unicode.Scalar(UInt32(value)) ?? "?")
            case "x", "u", "U":
                let width = next == "x" ? 2 : (next == "u" ? 4 : 8)
                var value: UInt32 = 0
                for k in 0..<width {
                    guard i + k < scalars.count, let digit = hexDigitValue(scalars[i + k]) else {
                        let name = next == "x" ? "\\xXX" : (next == "u" ? "\\uXXXX" : "\\UXXXXXXXX")
                        throw .syntax(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position \(result.count)-\(result.count + 1 + k): truncated \(name) escape"
                        )
                    }
                    value = value &* 16 &+ UInt32(digit)
                }
                i += width
                guard let scalar = Unicode.Scalar(value) else {
                    throw .syntax(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position \(result.count)-\(result.count + 1 + width): illegal Unicode character"
                    )
                }
                result.append(scalar)
            case "N":
                guard i < scalars.count, scalars[i] == "{", let close = scalars[i...].firstIndex(of: "}") else {
                    throw .syntax(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position \(result.count)-\(result.count + 1): malformed \\N character escape"
                    )
                }
                var name = String.UnicodeScalarView()
                name.append(contentsOf: scalars[(i + 1)..<close])
                guard let scalar = Lexer.scalar(named: String(name)) else {
                    throw .syntax(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position \(result.count)-\(result.count + close - i + 1): unknown Unicode character name"
                    )
                }
                result.append(scalar)
                i = close + 1
            default:
                result.append("\\")
                result.append(next)
            }
        }
        return String(result)
    }

    /// `\N{DEGREE SIGN}`: the scalar with that Unicode name.
    private static func scalar(named name: String) -> Unicode.Scalar? {
        let wanted = name.uppercased()
        // Names are looked up by scanning the planes that hold named characters.
        for range in [0x20...0x2FFFF, 0xE0000...0xE01EF] {
            for value in range {
                if let scalar = Unicode.Scalar(UInt32(value)),
                    scalar.properties.name == wanted || scalar.properties.nameAlias == wanted
                {
                    return scalar
                }
            }
        }
        return nil
    }
}

extension PythonError {
    /// Raised by the lexer when the text ends inside a bracket, string or continuation.
    static let incompleteInput = PythonError("SyntaxError", "unexpected EOF while parsing")

    var isIncompleteInput: Bool { self == PythonError.incompleteInput }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
