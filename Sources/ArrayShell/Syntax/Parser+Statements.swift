import ArrayEngine
/// Statements: `simple_stmt (';' simple_stmt)* NEWLINE`.
extension Parser {
    mutating func statements() throws(PythonError) -> [Statement] {
        var result: [Statement] = []
        while current != .end {
            switch current {
            case .newline: advance()
            case .indent: throw PythonError("IndentationError", "unexpected indent")
            default: result += try statement()
            }
        }
        return result
    }

    /// One logical line: a compound statement, or simple statements joined by `;`.
    private mutating func statement() throws(PythonError) -> [Statement] {
        if case .name(let word) = current, let compound = try compoundStatement(word) { return [compound] }
        var result = [try simpleStatement()]
        while accept(";") {
            if current == .newline || current == .end { break }
            result.append(try simpleStatement())
        }
        guard current == .newline || current == .end else { throw unexpected() }
        if current == .newline { advance() }
        return result
    }

    private mutating func compoundStatement(_ word: String) throws(PythonError) -> Statement? {
        let line = lineNumber
        switch word {
        case "for":
            advance()
            let target = try targetList()
            try expect("in")
            let iterable = try expressionList()
            loopDepth += 1
            defer { loopDepth -= 1 }
            return .forLoop(target: target, iterable: iterable, body: try block(after: "'for' statement", line: line))
        case "while":
            advance()
            let condition = try expressionList()
            loopDepth += 1
            defer { loopDepth -= 1 }
            return .whileLoop(condition: condition, body: try block(after: "'while' statement", line: line))
        case "if":
            advance()
            var branches = [(condition: try expressionList(), body: try block(after: "'if' statement", line: line))]
            var otherwise: [Statement] = []
            while true {
                let branchLine = lineNumber
                if accept("elif") {
                    branches.append((try expressionList(), try block(after: "'elif' statement", line: branchLine)))
                } else if accept("else") {
                    otherwise = try block(after: "'else' statement", line: branchLine)
                    break
                } else {
                    break
                }
            }
            return .conditional(branches: branches, otherwise: otherwise)
        default:
            return nil
        }
    }

    /// `: body` — statements on the same line, or an indented block below.
    private mutating func block(after header: String, line: Int) throws(PythonError) -> [Statement] {
        try expect(":")
        guard current == .newline else { return try statement() }
        advance()
        guard current == .indent else {
            throw PythonError("IndentationError", "expected an indented block after \(header) on line \(line)")
        }
        advance()
        var body: [Statement] = []
        while current != .dedent && current != .end {
            if current == .newline { advance(); continue }
            body += try statement()
        }
        if current == .dedent { advance() }
        return body
    }

    /// The 1-based source line of the current token.
    private var lineNumber: Int {
        tokens[..<position].filter { $0.kind == .newline }.count + 1
    }

    private mutating func simpleStatement() throws(PythonError) -> Statement {
        if case .name(let word) = current {
            switch word {
            case "import": return try importStatement()
            case "from": return try fromImportStatement()
            case "pass":
                advance()
                return .pass
            case "break", "continue":
                guard loopDepth > 0 else { throw .syntax("'\(word)' \(word == "break" ? "outside loop" : "not properly in loop")") }
                advance()
                return word == "break" ? .breakLoop : .continueLoop
            case "del":
                advance()
                let targets = try expressionList()
                let list: [Expr] = if case .tuple(let items) = targets { items } else { [targets] }
                for target in list { try checkTarget(target, verb: "delete") }
                return .delete(list)
            case "print":
                switch peek() {
                case .name, .int, .float, .string:
                    throw .syntax("Missing parentheses in call to 'print'. Did you mean print(...)?")
                default: break
                }
            case "elif", "else":
                throw unexpected()
            case "def", "class", "with", "try", "lambda", "return", "yield", "global", "nonlocal", "raise",
                 "assert", "async", "except", "finally":
                throw .notImplemented("'\(word)' statements are not supported by arrsh")
            default: break
            }
        }
        let first = try expressionList()
        if case .op(let op) = current, op.count >= 2, op.hasSuffix("="), !["==", "<=", ">=", "!="].contains(op),
           let binary = BinaryOperator(rawValue: String(op.dropLast())) {
            try checkTarget(first, verb: "assign to", augmented: true)
            advance()
            let value = try expressionList()
            return .augmentedAssign(target: first, op: binary, value: value)
        }
        guard isOp("=") else { return .expression(first) }
        var targets = [first]
        while accept("=") {
            targets.append(try expressionList())
        }
        let value = targets.removeLast()
        for target in targets { try checkTarget(target, verb: "assign to") }
        return .assign(targets: targets, value: value)
    }

    private mutating func importStatement() throws(PythonError) -> Statement {
        advance()
        let module = try dottedName()
        var alias: String?
        if accept("as") { alias = try identifier() }
        if isOp(",") { throw .notImplemented("import one module per statement") }
        return .importModule(module: module, alias: alias)
    }

    private mutating func fromImportStatement() throws(PythonError) -> Statement {
        advance()
        let module = try dottedName()
        try expect("import")
        if accept("*") { return .importNames(module: module, names: [("*", nil)]) }
        let parenthesized = accept("(")
        var names: [(name: String, alias: String?)] = []
        repeat {
            if parenthesized && isOp(")") { break }
            let name = try identifier()
            var alias: String?
            if accept("as") { alias = try identifier() }
            names.append((name, alias))
        } while accept(",")
        if parenthesized { try expect(")") }
        return .importNames(module: module, names: names)
    }

    private mutating func dottedName() throws(PythonError) -> String {
        var name = try identifier()
        while accept(".") { name += "." + (try identifier()) }
        return name
    }

    mutating func identifier() throws(PythonError) -> String {
        guard case .name(let word) = current, !Lexer.keywords.contains(word) else { throw unexpected() }
        advance()
        return word
    }

    /// Rejects targets Python rejects, with Python 3.11's messages.
    private func checkTarget(_ target: Expr, verb: String, augmented: Bool = false) throws(PythonError) {
        let hint = verb == "assign to" && !augmented ? " here. Maybe you meant '==' instead of '='?" : ""
        switch target {
        case .name, .attribute, .indexing: return
        case .tuple(let items), .list(let items):
            if augmented { throw .syntax("'tuple' is an illegal expression for augmented assignment") }
            for item in items { try checkTarget(item, verb: verb) }
        case .int, .float, .string, .constant(.ellipsis):
            throw .syntax("cannot \(verb) literal\(hint)")
        case .constant(let c):
            let word = switch c { case .none: "None"; case .true: "True"; default: "False" }
            throw .syntax("cannot \(verb) \(word)")
        case .call: throw .syntax("cannot \(verb) function call\(hint)")
        case .compare: throw .syntax("cannot \(verb) comparison\(hint)")
        case .and, .or: throw .syntax("cannot \(verb) expression\(hint)")
        case .conditional: throw .syntax("cannot \(verb) conditional expression\(hint)")
        case .listComprehension: throw .syntax("cannot \(verb) list comprehension\(hint)")
        default: throw .syntax("cannot \(verb) expression\(hint)")
        }
    }
}
