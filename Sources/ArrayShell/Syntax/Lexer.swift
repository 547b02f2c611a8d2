/// Turns source text into tokens, following Python's lexical rules for the subset
/// arrsh accepts. Newlines inside brackets and after `\` are joined, as in Python.
///
/// It reads Unicode scalars (code points), as Python's tokenizer does: identifiers
/// are XID_Start/XID_Continue scalars, and comparing scalars is cheap enough for
/// lines megabytes long.
struct Lexer {
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    ]

    /// Operators, longest first so `**=` wins over `**` and `*`.
    private static let operators: [String] = [
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
        "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", ":=", "!", "%", "&", "(", ")", "*", "+", ",",
        "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "~",
    ].map { $0 }

    /// The operators by first character, longest first, as characters: finding the one
    /// at a position looks at a few candidates, not at every operator (long lines of
    /// `1+1+...` or `[0, 1, ...]` are mostly operators).
    private static let operatorsByFirst: [Unicode.Scalar: [(text: String, scalars: [Unicode.Scalar])]] =
        Dictionary(grouping: operators.map { ($0, Array($0.unicodeScalars)) }, by: { $0.scalars[0] })

    /// CPython's tokenizer limit (MAXLEVEL); it also keeps the parser's recursion shallow.
    static let maximumNesting = 200

    private static let closers: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "]": "[", "}": "{"]

    let source: [Unicode.Scalar]

    init(_ text: String) { source = Array(text.unicodeScalars) }

    /// Whether the text is an unfinished statement: an open bracket, a trailing
    /// backslash, or an open triple-quoted string. The REPL then asks for more.
    static func isIncomplete(_ text: String) -> Bool {
        do {
            _ = try Lexer(text).tokens()
            return false
        } catch {
            return error.isIncompleteInput
        }
    }

    func tokens() throws(PythonError) -> [Token] {
        var tokens: [Token] = []
        var brackets: [Unicode.Scalar] = []
        var i = 0
        var lineStart = true
        while i < source.count {
            let c = source[i]
            if lineStart && brackets.isEmpty {
                lineStart = false
                var j = i
                while j < source.count, source[j] == " " || source[j] == "\t" { j += 1 }
                let blank = j >= source.count || source[j] == "\n" || source[j] == "#"
                if j > i && !blank { throw PythonError("IndentationError", "unexpected indent") }
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
                if Lexer.startsIdentifier(c) {
                    let start = i
                    while i < source.count, Lexer.continuesIdentifier(source[i]) { i += 1 }
                    let word = text(start..<i)
                    if i < source.count, source[i] == "'" || source[i] == "\"",
                       ["r", "b", "f", "u", "R", "B", "F", "U", "rb", "br", "fr", "rf"].contains(word) {
                        tokens.append(try string(at: &i, prefixLength: word.count))
                    } else {
                        tokens.append(Token(kind: .name(word), column: start))
                    }
                } else {
                    tokens.append(try operatorToken(at: &i, brackets: &brackets))
                }
            }
        }
        if !brackets.isEmpty { throw PythonError.incompleteInput }
        if let last = tokens.last, last.kind != .newline { tokens.append(Token(kind: .newline, column: source.count)) }
        tokens.append(Token(kind: .end, column: source.count))
        return tokens
    }

    private func operatorToken(at i: inout Int, brackets: inout [Unicode.Scalar]) throws(PythonError) -> Token {
        let start = i
        for (op, candidate) in Lexer.operatorsByFirst[source[i]] ?? [] where matches(candidate, at: i) {
            i += candidate.count
            if candidate.count == 1 {
                let first = candidate[0]
                if "([{".unicodeScalars.contains(first) {
                    brackets.append(first)
                    if brackets.count > Lexer.maximumNesting { throw .syntax("too many nested parentheses") }
                } else if let opener = Lexer.closers[first] {
                    guard let open = brackets.popLast() else { throw .syntax("unmatched '\(first)'") }
                    guard open == opener else {
                        throw .syntax("closing parenthesis '\(first)' does not match opening parenthesis '\(open)'")
                    }
                }
            }
            if op == "!" { throw .syntax("invalid syntax") }
            return Token(kind: .op(op), column: start)
        }
        let c = source[i]
        if c == "$" || c == "?" || c == "`" { throw .syntax("invalid syntax") }
        if !c.isASCII {
            throw .syntax("invalid character '\(c)' (U+\(String(c.value, radix: 16, uppercase: true).leftPadded(to: 4)))")
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        for scalar in source[range] { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    /// Python's identifier rules (XID_Start, XID_Continue, `_`), with ASCII answered
    /// without a Unicode property lookup.
    private static func startsIdentifier(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_" : c.properties.isXIDStart
    }

    private static func continuesIdentifier(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? startsIdentifier(c) || isDigit(c) : c.properties.isXIDContinue
    }

    private func number(at i: inout Int) throws(PythonError) -> Token {
        let start = i
        if source[i] == "0", i + 1 < source.count, "xXoObB".unicodeScalars.contains(source[i + 1]) {
            let radix = "xX".unicodeScalars.contains(source[i + 1]) ? 16 : ("oO".unicodeScalars.contains(source[i + 1]) ? 8 : 2)
            i += 2
            var digits = ""
            while i < source.count, source[i].properties.isASCIIHexDigit || source[i] == "_" {
                if source[i] != "_" { digits.unicodeScalars.append(source[i]) }
                i += 1
            }
            guard !digits.isEmpty, digits.allSatisfy({ $0.hexDigitValue.map { $0 < radix } ?? false }) else {
                throw .syntax("invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") literal")
            }
            guard let value = Int(digits, radix: radix) else {
                throw PythonError.overflow("int too large to convert to C long")
            }
            return Token(kind: .int(value), column: start)
        }
        var text = ""
        var isFloat = false
        func digits() {
            while i < source.count, Lexer.isDigit(source[i]) || source[i] == "_" {
                if source[i] != "_" { text.unicodeScalars.append(source[i]) }
                i += 1
            }
        }
        digits()
        if i < source.count, source[i] == "." {
            isFloat = true
            text.append(".")
            i += 1
            digits()
        }
        if i < source.count, source[i] == "e" || source[i] == "E" {
            var j = i + 1
            if j < source.count, source[j] == "+" || source[j] == "-" { j += 1 }
            if j < source.count, Lexer.isDigit(source[j]) {
                isFloat = true
                text.append("e")
                text += self.text((i + 1)..<j)
                i = j
                digits()
            }
        }
        if i < source.count, source[i] == "j" || source[i] == "J" {
            throw PythonError.notImplemented("complex numbers are not supported")
        }
        if i < source.count, Lexer.startsIdentifier(source[i]) {
            throw .syntax("invalid decimal literal")
        }
        if isFloat {
            return Token(kind: .float(Double(text) ?? .nan), column: start)
        }
        if text.count > 1, text.first == "0", text.contains(where: { $0 != "0" }) {
            throw .syntax("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
        }
        guard let value = Int(text) else {
            throw PythonError.overflow("int too large to convert to C long")
        }
        return Token(kind: .int(value), column: start)
    }

    private func string(at i: inout Int, prefixLength: Int) throws(PythonError) -> Token {
        let start = i - prefixLength
        let prefix = text(start..<i).lowercased()
        let raw = prefix.contains("r")
        if prefix.contains("b") || prefix.contains("f") {
            throw PythonError.notImplemented("\(prefix.contains("b") ? "bytes" : "f-string") literals are not supported")
        }
        let quote = source[i]
        let triple = matches([quote, quote, quote], at: i)
        i += triple ? 3 : 1
        var text = ""
        while true {
            guard i < source.count else {
                if triple { throw PythonError.incompleteInput }
                throw .syntax("unterminated string literal (detected at line 1)")
            }
            let c = source[i]
            if c == quote, !triple || matches([quote, quote, quote], at: i) {
                i += triple ? 3 : 1
                break
            }
            if c == "\n", !triple { throw .syntax("unterminated string literal (detected at line 1)") }
            if c == "\\", !raw, i + 1 < source.count {
                let next = source[i + 1]
                i += 2
                switch next {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "\\": text.append("\\")
                case "'": text.append("'")
                case "\"": text.append("\"")
                case "0": text.append("\0")
                case "\n": break
                default: text.append("\\"); text.unicodeScalars.append(next)
                }
                continue
            }
            text.unicodeScalars.append(c)
            i += 1
        }
        return Token(kind: .string(text), column: start)
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
