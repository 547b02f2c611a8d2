import ArrayEngine

/// Statements: compound statements with their blocks, and
/// `simple_stmt (';' simple_stmt)* NEWLINE`.
extension Parser {
    mutating func statements() throws(PythonError) -> [Statement] {
        var result: [Statement] = []
        while current != .end {
            switch current {
            case .newline: advance()
            case .indent: throw PythonError("IndentationError", "unexpected indent")
            case .dedent: throw PythonError("IndentationError", "unexpected unindent")
            default: try statement(into: &result)
            }
        }
        if let name = unresolvedNonlocals.first { throw .syntax("no binding for nonlocal '\(name)' found") }
        return result
    }

    /// One logical line, appended to `result`: a compound statement, or simple
    /// statements joined by `;`.
    mutating func statement(into result: inout [Statement]) throws(PythonError) {
        if isOp(.at) {
            result.append(try decorated())
            return
        }
        if atKeyword, case .name(let word) = current, let compound = try compoundStatement(word) {
            result.append(compound)
            return
        }
        result.append(try simpleStatement())
        while accept(.semicolon) {
            if current == .newline || current == .end { break }
            result.append(try simpleStatement())
        }
        guard current == .newline || current == .end else { throw unexpected() }
        if current == .newline { advance() }
    }

    private mutating func compoundStatement(_ word: String) throws(PythonError) -> Statement? {
        let line = lineNumber
        switch word {
        case "for":
            advance()
            let target = try targetList()
            try expect("in")
            let iterable = try expressionList(allowStarred: true)
            let body = try loopBody(after: "'for' statement", line: line)
            return .forLoop(target: target, iterable: iterable, body: body, otherwise: try elseBlock())
        case "while":
            advance()
            let condition = try namedExpression()
            let body = try loopBody(after: "'while' statement", line: line)
            return .whileLoop(condition: condition, body: body, otherwise: try elseBlock())
        case "if":
            advance()
            var branches = [(condition: try namedExpression(), body: try block(after: "'if' statement", line: line))]
            while isKeyword("elif") {
                let branchLine = lineNumber
                advance()
                branches.append((try namedExpression(), try block(after: "'elif' statement", line: branchLine)))
            }
            return .conditional(branches: branches, otherwise: try elseBlock())
        case "def":
            return .functionDef(try functionDefinition(), decorators: [])
        case "class":
            return .classDef(try classDefinition(), decorators: [])
        case "try":
            return try tryStatement()
        case "with":
            advance()
            var items: [(context: Expr, target: Expr?)] = []
            repeat {
                let context = try expression().expr
                let target = accept("as") ? try singleTarget() : nil
                items.append((context, target))
            } while accept(.comma)
            return .with(items: items, body: try block(after: "'with' statement", line: line))
        default:
            return nil
        }
    }

    /// A loop's body, where `break` and `continue` are allowed.
    private mutating func loopBody(after header: String, line: Int) throws(PythonError) -> [Statement] {
        loopDepth += 1
        defer { loopDepth -= 1 }
        return try block(after: header, line: line)
    }

    /// An optional `else:` block (of `if`, `for`, `while` and `try`).
    private mutating func elseBlock() throws(PythonError) -> [Statement] {
        let line = lineNumber
        guard accept("else") else { return [] }
        return try block(after: "'else' statement", line: line)
    }

    /// `: body` — statements on the same line, or an indented block below.
    mutating func block(after header: String, line: Int) throws(PythonError) -> [Statement] {
        guard accept(.colon) else { throw .syntax("expected ':'") }
        guard current == .newline else {
            var body: [Statement] = []
            try statement(into: &body)
            return body
        }
        advance()
        guard current == .indent else {
            throw PythonError("IndentationError", "expected an indented block after \(header) on line \(line)")
        }
        advance()
        var body: [Statement] = []
        while current != .dedent && current != .end {
            if current == .newline {
                advance()
                continue
            }
            try statement(into: &body)
        }
        if current == .dedent { advance() }
        return body
    }

    /// The 1-based source line of the current token.
    var lineNumber: Int {
        tokens[..<position].filter { $0.kind == .newline }.count + 1
    }

    // MARK: - try, def, class

    private mutating func tryStatement() throws(PythonError) -> Statement {
        let line = lineNumber
        advance()
        let body = try block(after: "'try' statement", line: line)
        var handlers: [TryBlock.Handler] = []
        while isKeyword("except") {
            let handlerLine = lineNumber
            advance()
            if isOp(.star) { throw .notImplemented("'except*' is not supported") }
            var type: Expr?
            var name: String?
            if !isOp(.colon) {
                type = try expressionList()
                if accept("as") { name = try identifier() }
            }
            handlers.append(
                .init(type: type, name: name, body: try block(after: "'except' statement", line: handlerLine)))
        }
        if handlers.contains(where: { $0.type == nil }), handlers.last?.type != nil {
            throw .syntax("default 'except:' must be last")
        }
        let otherwise = handlers.isEmpty ? [] : try elseBlock()
        var finally: [Statement] = []
        if isKeyword("finally") {
            let finallyLine = lineNumber
            advance()
            finally = try block(after: "'finally' statement", line: finallyLine)
        }
        if handlers.isEmpty && finally.isEmpty { throw .syntax("expected 'except' or 'finally' block") }
        return .tryBlock(TryBlock(body: body, handlers: handlers, otherwise: otherwise, finally: finally))
    }

    /// `@decorator` lines, then the `def` or `class` they wrap.
    private mutating func decorated() throws(PythonError) -> Statement {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try namedExpression())
            guard current == .newline else { throw unexpected() }
            advance()
        }
        if isKeyword("def") { return .functionDef(try functionDefinition(), decorators: decorators) }
        if isKeyword("class") { return .classDef(try classDefinition(), decorators: decorators) }
        throw unexpected()
    }

    private mutating func functionDefinition() throws(PythonError) -> FunctionCode {
        let line = lineNumber
        advance()
        let name = try identifier()
        try expect(.leftParen)
        let parameters = try parameterList(closer: .rightParen)
        try expectClosing(.rightParen)
        if accept(.arrow) { _ = try expression() }
        enclosing.append(Enclosing(name: name, isFunction: true))
        let savedLoops = loopDepth
        loopDepth = 0
        let body = try block(after: "function definition", line: line)
        loopDepth = savedLoops
        let isGenerator = enclosing.removeLast().yields
        return try makeCode(name: name, parameters: parameters, body: body, isLambda: false, isGenerator: isGenerator)
    }

    /// A function's code, with the names it binds found (Python decides scopes when compiling).
    mutating func makeCode(
        name: String, parameters: [ParameterSyntax], body: [Statement], isLambda: Bool,
        isGenerator: Bool = false
    ) throws(PythonError) -> FunctionCode {
        let scope = try ScopeAnalysis.scope(parameters: parameters, body: body)
        // Nonlocal names of this function, and of inner ones it does not bind, must be bound further out.
        let pending = (unresolvedNonlocals + scope.nonlocals.sorted()).filter {
            !scope.locals.contains($0) || scope.nonlocals.contains($0)
        }
        unresolvedNonlocals = inFunction ? pending : []
        if !inFunction, let missing = pending.first { throw .syntax("no binding for nonlocal '\(missing)' found") }
        return FunctionCode(
            name: name, qualifiedName: qualifiedName(name), parameters: parameters, body: body,
            scope: scope, isLambda: isLambda, isGenerator: isGenerator)
    }

    private mutating func classDefinition() throws(PythonError) -> ClassCode {
        let line = lineNumber
        advance()
        let name = try identifier()
        var bases: [Argument] = []
        if accept(.leftParen) { bases = try arguments().0 }
        enclosing.append(Enclosing(name: name, isFunction: false))
        let savedLoops = loopDepth
        loopDepth = 0
        let body = try block(after: "class definition", line: line)
        loopDepth = savedLoops
        enclosing.removeLast()
        return ClassCode(name: name, qualifiedName: qualifiedName(name), bases: bases, body: body)
    }

    /// Parameters up to `closer` (`)` for `def`, `:` for `lambda`), with Python's checks.
    mutating func parameterList(closer: Operator) throws(PythonError) -> [ParameterSyntax] {
        var result: [ParameterSyntax] = []
        var kind = Parameter.Kind.positionalOrKeyword
        var sawDefault = false
        var sawSlash = false
        var sawStar = false
        while !isOp(closer) {
            if accept(.slash) {
                if sawSlash { throw .syntax("/ may appear only once") }
                if sawStar { throw .syntax("/ must be ahead of *") }
                if result.isEmpty { throw .syntax("at least one argument must precede /") }
                sawSlash = true
                result = result.map {
                    ParameterSyntax(name: $0.name, kind: .positionalOnly, defaultValue: $0.defaultValue)
                }
            } else if accept(.doubleStar) {
                let name = try identifier()
                if closer == .rightParen, accept(.colon) { _ = try expression() }
                result.append(ParameterSyntax(name: name, kind: .variadicKeyword, defaultValue: nil))
                _ = accept(.comma)
                guard isOp(closer) else { throw .syntax("arguments cannot follow var-keyword argument") }
                break
            } else if accept(.star) {
                if sawStar { throw .syntax("* argument may appear only once") }
                sawStar = true
                kind = .keywordOnly
                if isOp(.comma) || isOp(closer) {
                    if isOp(closer) || peek() == .op(closer) { throw .syntax("named arguments must follow bare *") }
                } else {
                    let name = try identifier()
                    if closer == .rightParen, accept(.colon) { _ = try expression() }
                    result.append(ParameterSyntax(name: name, kind: .variadicPositional, defaultValue: nil))
                }
            } else {
                let name = try identifier()
                if closer == .rightParen, accept(.colon) { _ = try expression() }
                var defaultValue: Expr?
                if accept(.equal) {
                    defaultValue = try expression().expr
                    if kind != .keywordOnly { sawDefault = true }
                } else if sawDefault && kind != .keywordOnly {
                    throw .syntax("non-default argument follows default argument")
                }
                if result.contains(where: { $0.name == name }) {
                    throw .syntax("duplicate argument '\(name)' in function definition")
                }
                result.append(ParameterSyntax(name: name, kind: kind, defaultValue: defaultValue))
            }
            if !accept(.comma) { break }
        }
        return result
    }

    // MARK: - Simple statements

    private mutating func simpleStatement() throws(PythonError) -> Statement {
        // `print` is no keyword, but `print x` gets Python's hint.
        if case .name(let word) = current, atKeyword || word == "print" {
            switch word {
            case "import": return try importStatement()
            case "from": return try fromImportStatement()
            case "pass":
                advance()
                return .pass
            case "break", "continue":
                guard loopDepth > 0 else {
                    throw .syntax("'\(word)' \(word == "break" ? "outside loop" : "not properly in loop")")
                }
                advance()
                return word == "break" ? .breakLoop : .continueLoop
            case "del":
                advance()
                let targets = try expressionList()
                let list: [Expr] = if case .tuple(let items) = targets { items } else { [targets] }
                for target in list { try checkTarget(target, verb: "delete") }
                return .delete(list)
            case "return":
                guard inFunction, enclosing.last?.isFunction == true else { throw .syntax("'return' outside function") }
                advance()
                if current == .newline || current == .end || isOp(.semicolon) { return .returnValue(nil) }
                return .returnValue(try expressionList(allowStarred: true))
            case "global", "nonlocal":
                advance()
                var names = [try identifier()]
                while accept(.comma) { names.append(try identifier()) }
                if word == "nonlocal" {
                    guard inFunction else { throw .syntax("nonlocal declaration not allowed at module level") }
                    return .nonlocal(names)
                }
                return .global(names)
            case "raise":
                advance()
                if current == .newline || current == .end || isOp(.semicolon) { return .raise(nil, cause: nil) }
                let exception = try expression().expr
                let cause = accept("from") ? try expression().expr : nil
                return .raise(exception, cause: cause)
            case "assert":
                advance()
                let condition = try expression().expr
                let message = accept(.comma) ? try expression().expr : nil
                return .assert(condition, message: message)
            case "print":
                switch peek() {
                case .name, .int, .float, .string:
                    throw .syntax("Missing parentheses in call to 'print'. Did you mean print(...)?")
                default: break
                }
            case "elif", "else", "except", "finally":
                throw unexpected()
            case "yield":
                return .expression(try yieldExpression())
            case "async", "await":
                throw .notImplemented("'\(word)' is not supported by arrsh")
            default: break
            }
        }
        let first = try expressionList(allowStarred: true)
        if case .op(let token) = current, let binary = token.augmented {
            try checkTarget(first, verb: "assign to", augmented: true)
            advance()
            let value = isKeyword("yield") ? try yieldExpression() : try expressionList(allowStarred: true)
            return .augmentedAssign(target: first, op: binary, value: value)
        }
        if isOp(.colon) {
            switch first {
            case .name, .attribute, .indexing: break
            case .tuple: throw .syntax("only single target (not tuple) can be annotated")
            case .list: throw .syntax("only single target (not list) can be annotated")
            default: throw .syntax("illegal target for annotation")
            }
            advance()
            let annotation = try expression().expr
            let value = accept(.equal) ? try expressionList(allowStarred: true) : nil
            return .annotated(target: first, annotation: annotation, value: value)
        }
        guard isOp(.equal) else {
            if case .starred = first { throw .syntax("can't use starred expression here") }
            return .expression(first)
        }
        var targets = [first]
        while accept(.equal) {
            targets.append(isKeyword("yield") ? try yieldExpression() : try expressionList(allowStarred: true))
        }
        let value = targets.removeLast()
        for target in targets { try checkTarget(target, verb: "assign to") }
        return .assign(targets: targets, value: value)
    }

    private mutating func importStatement() throws(PythonError) -> Statement {
        advance()
        var modules: [(module: String, alias: String?)] = []
        repeat {
            let module = try dottedName()
            var alias: String?
            if accept("as") { alias = try identifier() }
            modules.append((module, alias))
        } while accept(.comma)
        return .importModules(modules)
    }

    private mutating func fromImportStatement() throws(PythonError) -> Statement {
        advance()
        let module = try dottedName()
        try expect("import")
        if accept(.star) { return .importNames(module: module, names: [("*", nil)]) }
        let parenthesized = accept(.leftParen)
        var names: [(name: String, alias: String?)] = []
        repeat {
            if parenthesized && isOp(.rightParen) { break }
            let name = try identifier()
            var alias: String?
            if accept("as") { alias = try identifier() }
            names.append((name, alias))
        } while accept(.comma)
        if parenthesized { try expect(.rightParen) }
        return .importNames(module: module, names: names)
    }

    private mutating func dottedName() throws(PythonError) -> String {
        var name = try identifier()
        while accept(.dot) { name += "." + (try identifier()) }
        return name
    }

    mutating func identifier() throws(PythonError) -> String {
        guard case .name(let word) = current, !atKeyword else { throw unexpected() }
        advance()
        return word
    }

    /// Rejects targets Python rejects, with Python 3.11's messages.
    func checkTarget(_ target: Expr, verb: String, augmented: Bool = false) throws(PythonError) {
        let hint = verb == "assign to" && !augmented ? " here. Maybe you meant '==' instead of '='?" : ""
        switch target {
        case .name, .attribute, .indexing: return
        case .starred(let inner) where !augmented && verb == "assign to":
            try checkTarget(inner, verb: verb)
        case .tuple(let items), .list(let items):
            if augmented { throw .syntax("'\(target.kindName)' is an illegal expression for augmented assignment") }
            if items.filter({ if case .starred = $0 { true } else { false } }).count > 1 {
                throw .syntax("multiple starred expressions in assignment")
            }
            for item in items { try checkTarget(item, verb: verb) }
        case .int, .bigInt, .float, .string, .constant(.ellipsis):
            throw .syntax("cannot \(verb) literal\(hint)")
        case .formatted: throw .syntax("cannot \(verb) f-string expression\(hint)")
        case .constant(let c):
            let word =
                switch c {
                case .none: "None"
                case .true: "True"
                default: "False"
                }
            throw .syntax("cannot \(verb) \(word)")
        case .call: throw .syntax("cannot \(verb) function call\(hint)")
        case .compare: throw .syntax("cannot \(verb) comparison\(hint)")
        case .and, .or: throw .syntax("cannot \(verb) expression\(hint)")
        case .conditional: throw .syntax("cannot \(verb) conditional expression\(hint)")
        case .lambda: throw .syntax("cannot \(verb) lambda")
        case .dict: throw .syntax("cannot \(verb) dict literal\(hint)")
        case .set: throw .syntax("cannot \(verb) set display\(hint)")
        case .comprehension(let c):
            let kind =
                switch c.kind {
                case .list: "list comprehension"
                case .set: "set comprehension"
                case .dict: "dict comprehension"
                case .generator: "generator expression"
                }
            throw .syntax("cannot \(verb) \(kind)\(hint)")
        case .starred: throw .syntax("cannot use starred expression here")
        default: throw .syntax("cannot \(verb) expression\(hint)")
        }
    }
}

extension Expr {
    /// `tuple`, `list`: the display's kind, as Python names it in messages.
    var kindName: String {
        if case .list = self { return "list" }
        return "tuple"
    }
}
