import BigInt

/// One lexical token of a source line, with the column it starts at (for carets).
struct Token: Equatable {
    enum Kind: Equatable {
        case name(String)
        case int(Int)
        /// An integer literal beyond 64 bits.
        case bigInt(BigInt)
        case float(Double)
        /// An imaginary literal, `2j`: its value times 1j.
        case imaginary(Double)
        case string(String)
        /// `b'...'`: its bytes, escapes decoded.
        case bytes([UInt8])
        /// An f-string's text between its quotes, escapes not yet decoded; `raw` for `rf"..."`.
        case formatted(String, raw: Bool)
        /// Operators and punctuation: `+`, `**=`, `(`, `,`, `...`.
        case op(String)
        case newline
        /// The start and end of an indented block.
        case indent, dedent
        case end
    }

    let kind: Kind
    let column: Int
}

extension Token.Kind {
    /// A str literal: plain or formatted.
    var isStringLiteral: Bool {
        switch self {
        case .string, .formatted: true
        default: false
        }
    }
}
