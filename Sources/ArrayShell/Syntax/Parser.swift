import ArrayEngine

/// A recursive-descent parser over tokens; one function per grammar level,
/// following Python's grammar (see `Parser+Expressions` and `Parser+Statements`).
struct Parser {
    var tokens: [Token]
    var position = 0
    /// Compile-time warnings, as Python prints them (`SyntaxWarning: ...`).
    var warnings: [String] = []
    /// How many loops enclose the current statement (`break` needs one); a `def` resets it.
    var loopDepth = 0
    /// Rules entered and not yet left (see `Parser+Expressions`).
    var nesting = 0
    /// The functions and classes being parsed, innermost last: qualified names, and
    /// where `return`, `nonlocal` and `yield` are allowed.
    var enclosing: [Enclosing] = []
    /// `nonlocal` names of finished inner functions not yet found bound in an outer one.
    var unresolvedNonlocals: [String] = []

    /// A `def`, `lambda` or `class` being parsed.
    struct Enclosing {
        let name: String
        let isFunction: Bool
        /// A `yield` was seen in this function's body.
        var yields = false
    }

    init(_ tokens: [Token]) { self.tokens = tokens }

    /// Parses a whole source text into statements.
    static func parse(_ source: String) throws(PythonError) -> [Statement] {
        try parseWithWarnings(source).statements
    }

    static func parseWithWarnings(_ source: String) throws(PythonError) -> (statements: [Statement], warnings: [String])
    {
        var lexer = Lexer(source)
        var parser = Parser(try lexer.tokens())
        let statements = try parser.statements()
        return (statements, lexer.warnings + parser.warnings)
    }

    /// Parses `source` as the body of a function `name` without parameters: its
    /// names are the function's locals, and `return`, `yield` and `nonlocal` are
    /// checked as in a `def` (IPython's `%timeit` compiles its statement this way).
    static func parseFunctionBody(_ source: String, name: String) throws(PythonError) -> FunctionCode {
        var lexer = Lexer(source)
        var parser = Parser(try lexer.tokens())
        parser.enclosing = [Enclosing(name: name, isFunction: true)]
        let body = try parser.statements()
        let isGenerator = parser.enclosing.removeLast().yields
        return try parser.makeCode(name: name, parameters: [], body: body, isLambda: false, isGenerator: isGenerator)
    }

    var current: Token.Kind { tokens[position].kind }

    func peek(_ offset: Int = 1) -> Token.Kind {
        tokens[min(position + offset, tokens.count - 1)].kind
    }

    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    func isOp(_ op: Operator) -> Bool {
        if case .op(op) = current { true } else { false }
    }

    func isKeyword(_ word: String) -> Bool {
        guard tokens[position].isKeyword, case .name(let name) = current else { return false }
        return name == word
    }

    /// Whether the current token is a name Python reserves.
    var atKeyword: Bool { tokens[position].isKeyword }

    /// Whether only the end of input is left (the dedents the lexer adds there aside):
    /// an error here means the input is unfinished, as CPython's `codeop` decides.
    var isAtEnd: Bool {
        tokens[position...].allSatisfy { $0.kind == .dedent || $0.kind == .end }
    }

    /// Consumes the operator `op` when it is next.
    mutating func accept(_ op: Operator) -> Bool {
        guard isOp(op) else { return false }
        advance()
        return true
    }

    /// Consumes the keyword `word` when it is next.
    mutating func accept(_ word: String) -> Bool {
        guard isKeyword(word) else { return false }
        advance()
        return true
    }

    mutating func expect(_ op: Operator) throws(PythonError) {
        guard accept(op) else { throw unexpected() }
    }

    mutating func expect(_ word: String) throws(PythonError) {
        guard accept(word) else { throw unexpected() }
    }

    /// The error for the current token, in Python 3.11's words where they are distinctive.
    func unexpected() -> PythonError {
        .syntax("invalid syntax")
    }

    /// `outer.<locals>.name` inside functions, `Class.name` inside a class body.
    func qualifiedName(_ name: String) -> String {
        enclosing.reversed().reduce(name) { inner, outer in
            outer.isFunction ? "\(outer.name).<locals>.\(inner)" : "\(outer.name).\(inner)"
        }
    }

    var inFunction: Bool { enclosing.contains(where: \.isFunction) }
}
