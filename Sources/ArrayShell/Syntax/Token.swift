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
        case op(Operator)
        case newline
        /// The start and end of an indented block.
        case indent, dedent
        case end
    }

    let kind: Kind
    let column: Int
    /// A name Python reserves (`for`, `None`, `in`): decided once here, so the parser
    /// compares a name with keywords only when it is one.
    let isKeyword: Bool

    init(kind: Kind, column: Int, isKeyword: Bool = false) {
        self.kind = kind
        self.column = column
        self.isKeyword = isKeyword
    }
}

/// Python's operators and punctuation, spelled as their raw values. The parser
/// compares them at every precedence level: as an enum that is one byte compared,
/// where the text would be a string comparison.
enum Operator: String, CaseIterable {
    case doubleStarEqual = "**="
    case doubleSlashEqual = "//="
    case rightShiftEqual = ">>="
    case leftShiftEqual = "<<="
    case ellipsis = "..."
    case notEqual = "!="
    case percentEqual = "%="
    case ampersandEqual = "&="
    case doubleStar = "**"
    case starEqual = "*="
    case plusEqual = "+="
    case minusEqual = "-="
    case arrow = "->"
    case doubleSlash = "//"
    case slashEqual = "/="
    case leftShift = "<<"
    case lessEqual = "<="
    case equalEqual = "=="
    case greaterEqual = ">="
    case rightShift = ">>"
    case atEqual = "@="
    case caretEqual = "^="
    case pipeEqual = "|="
    case walrus = ":="
    case exclamation = "!"
    case percent = "%"
    case ampersand = "&"
    case leftParen = "("
    case rightParen = ")"
    case star = "*"
    case plus = "+"
    case comma = ","
    case minus = "-"
    case dot = "."
    case slash = "/"
    case colon = ":"
    case semicolon = ";"
    case less = "<"
    case equal = "="
    case greater = ">"
    case at = "@"
    case leftBracket = "["
    case rightBracket = "]"
    case caret = "^"
    case leftBrace = "{"
    case pipe = "|"
    case rightBrace = "}"
    case tilde = "~"

    /// The binary operator an augmented assignment applies (`+=` is `+`); nil for the rest.
    var augmented: BinaryOperator? {
        switch self {
        case .plusEqual: .add
        case .minusEqual: .subtract
        case .starEqual: .multiply
        case .slashEqual: .divide
        case .doubleSlashEqual: .floorDivide
        case .percentEqual: .modulo
        case .doubleStarEqual: .power
        case .atEqual: .matmul
        case .leftShiftEqual: .leftShift
        case .rightShiftEqual: .rightShift
        case .ampersandEqual: .and
        case .pipeEqual: .or
        case .caretEqual: .xor
        default: nil
        }
    }

    /// The binary operator of an expression and its precedence, from `|` (0) to `* / // % @` (5).
    var binary: (level: Int, op: BinaryOperator)? {
        switch self {
        case .pipe: (0, .or)
        case .caret: (1, .xor)
        case .ampersand: (2, .and)
        case .leftShift: (3, .leftShift)
        case .rightShift: (3, .rightShift)
        case .plus: (4, .add)
        case .minus: (4, .subtract)
        case .star: (5, .multiply)
        case .slash: (5, .divide)
        case .doubleSlash: (5, .floorDivide)
        case .percent: (5, .modulo)
        case .at: (5, .matmul)
        default: nil
        }
    }

    /// The comparison operator it spells, if any.
    var comparison: CompareOperator? {
        switch self {
        case .less: .less
        case .greater: .greater
        case .equalEqual: .equal
        case .notEqual: .notEqual
        case .lessEqual: .lessEqual
        case .greaterEqual: .greaterEqual
        default: nil
        }
    }

    /// The prefix operator it spells (`-x`, `+x`, `~x`), if any.
    var unary: UnaryOperator? {
        switch self {
        case .minus: .negate
        case .plus: .plus
        case .tilde: .invert
        default: nil
        }
    }

    /// An opening bracket, and its closer.
    var closer: Operator? {
        switch self {
        case .leftParen: .rightParen
        case .leftBracket: .rightBracket
        case .leftBrace: .rightBrace
        default: nil
        }
    }
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
