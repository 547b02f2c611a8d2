import ArrayEngine

/// Expressions, one function per precedence level, lowest first (Python's grammar).
///
/// Every level returns its tree with the tree's depth, and no tree deeper than
/// `maximumDepth` is built: the interpreter evaluates a tree, and ARC releases
/// it, by recursing once per level, so `1+1+...+1` or `- - ... x` a hundred
/// thousand long must stop here with Python's RecursionError, not overflow the
/// stack later. Rules that recurse into themselves without a bracket (`**`,
/// `x if c else ...`, parentheses) also count their own nesting.
extension Parser {
    /// Deepest expression tree, and deepest recursion of the parser, accepted.
    ///
    /// CPython's compiler stops at about 3,000 levels; a tree-walking interpreter
    /// spends a few stack frames per level, and a thread may have only 512 KiB, so
    /// this stays well below.
    static let maximumDepth = 500

    static let tooDeep = PythonError("RecursionError", "maximum recursion depth exceeded during compilation")

    /// `a, b, c` (a tuple when there is a comma) or a single expression; with
    /// `allowStarred`, items may be `*x` (assignment targets, `return *a, b`).
    mutating func expressionList(allowStarred: Bool = false) throws(PythonError) -> Expr {
        try parsedList(allowStarred: allowStarred).expr
    }

    /// An expression where Python's grammar allows `name := value` too.
    mutating func namedExpression() throws(PythonError) -> Expr {
        try named().expr
    }

    /// Whether `name :=` comes next.
    private var startsAssignmentExpression: Bool {
        guard case .name = current, !atKeyword else { return false }
        return peek() == .op(.walrus)
    }

    private mutating func named() throws(PythonError) -> Parsed {
        guard case .name(let name) = current, startsAssignmentExpression else { return try expression() }
        advance()
        advance()
        let value = try expression()
        return try node(.namedValue(name, value.expr), over: value)
    }

    /// An item of a display or a comprehension's element: `name := value`, `*x`, or an expression.
    private mutating func displayItem() throws(PythonError) -> Parsed {
        isOp(.star) ? try item(allowStarred: true) : try named()
    }

    func startsExpression() -> Bool {
        switch current {
        case .name(let word):
            return !atKeyword || ["None", "True", "False", "not", "lambda"].contains(word)
        case .int, .bigInt, .float, .imaginary, .string, .bytes, .formatted: return true
        case .op(let op):
            switch op {
            case .leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde, .ellipsis, .star: return true
            default: return false
            }
        case .newline, .end, .indent, .dedent: return false
        }
    }

    // MARK: - Depth

    /// An expression and the depth of its tree (a leaf is 1).
    struct Parsed {
        let expr: Expr
        let depth: Int

        static func leaf(_ expr: Expr) -> Parsed { Parsed(expr: expr, depth: 1) }
    }

    /// `expr` one level above children at most `childDepth` deep, refused beyond `maximumDepth`.
    private func node(_ expr: Expr, childDepth: Int) throws(PythonError) -> Parsed {
        if childDepth >= Parser.maximumDepth { throw Parser.tooDeep }
        return Parsed(expr: expr, depth: childDepth + 1)
    }

    private func node(_ expr: Expr, over children: [Parsed]) throws(PythonError) -> Parsed {
        try node(expr, childDepth: children.map(\.depth).max() ?? 0)
    }

    // One and two children without the array a variadic parameter would allocate per node.
    private func node(_ expr: Expr, over child: Parsed) throws(PythonError) -> Parsed {
        try node(expr, childDepth: child.depth)
    }

    private func node(_ expr: Expr, over left: Parsed, _ right: Parsed) throws(PythonError) -> Parsed {
        try node(expr, childDepth: max(left.depth, right.depth))
    }

    /// Counts one level of parser recursion; pair with `leave()`.
    private mutating func enter() throws(PythonError) {
        nesting += 1
        if nesting > Parser.maximumDepth { throw Parser.tooDeep }
    }

    private mutating func leave() { nesting -= 1 }

    // MARK: - Levels

    private mutating func parsedList(allowStarred: Bool) throws(PythonError) -> Parsed {
        let first = try item(allowStarred: allowStarred)
        guard isOp(.comma) else { return first }
        var items = [first]
        while accept(.comma) {
            if startsExpression() { items.append(try item(allowStarred: allowStarred)) } else { break }
        }
        return try node(.tuple(items.map(\.expr)), over: items)
    }

    /// An expression, or `*expression` where starred items are allowed.
    private mutating func item(allowStarred: Bool) throws(PythonError) -> Parsed {
        guard allowStarred, accept(.star) else { return try expression() }
        let value = try binary(level: 0)
        return try node(.starred(value.expr), over: value)
    }

    mutating func expression() throws(PythonError) -> Parsed {
        try enter()
        defer { leave() }
        if isKeyword("lambda") { return try lambda() }
        let value = try orTest()
        guard isKeyword("if") else { return value }
        advance()
        let condition = try orTest()
        guard accept("else") else { throw .syntax("expected 'else' after 'if' expression") }
        let otherwise = try expression()
        return try node(
            .conditional(condition: condition.expr, then: value.expr, otherwise: otherwise.expr),
            over: [condition, value, otherwise])
    }

    private mutating func orTest() throws(PythonError) -> Parsed {
        var left = try andTest()
        while accept("or") {
            let right = try andTest()
            left = try node(.or(left.expr, right.expr), over: left, right)
        }
        return left
    }

    private mutating func andTest() throws(PythonError) -> Parsed {
        var left = try notTest()
        while accept("and") {
            let right = try notTest()
            left = try node(.and(left.expr, right.expr), over: left, right)
        }
        return left
    }

    private mutating func notTest() throws(PythonError) -> Parsed {
        var nots = 0
        while accept("not") {
            nots += 1
            if nots > Parser.maximumDepth { throw Parser.tooDeep }
        }
        var value = try comparison()
        for _ in 0..<nots { value = try node(.unary(.not, value.expr), over: value) }
        return value
    }

    private mutating func comparison() throws(PythonError) -> Parsed {
        let left = try binary(level: 0)
        var rest: [(CompareOperator, Parsed)] = []
        var previous = left
        while let op = comparisonOperator() {
            let right = try binary(level: 0)
            if op == .is || op == .isNot, previous.expr.isLiteral || right.expr.isLiteral {
                warnings.append(
                    op == .is
                        ? "SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?"
                        : "SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?")
            }
            rest.append((op, right))
            previous = right
        }
        if rest.isEmpty { return left }
        return try node(.compare(left.expr, rest.map { ($0.0, $0.1.expr) }), over: [left] + rest.map(\.1))
    }

    private mutating func comparisonOperator() -> CompareOperator? {
        switch current {
        case .op(let token):
            guard let op = token.comparison else { return nil }
            advance()
            return op
        case .name("in"):
            advance()
            return .in
        case .name("not") where peek() == .name("in"):
            advance()
            advance()
            return .notIn
        case .name("is"):
            advance()
            if accept("not") { return .isNot }
            return .is
        default: return nil
        }
    }

    /// Operators of `level` and above, left-associative, by precedence climbing: the
    /// same trees as one function per level, without descending six levels per operand.
    mutating func binary(level: Int) throws(PythonError) -> Parsed {
        var left = try factor()
        while case .op(let token) = current, let (operatorLevel, op) = token.binary, operatorLevel >= level {
            advance()
            let right = try binary(level: operatorLevel + 1)
            left = try node(.binary(op, left.expr, right.expr), over: left, right)
        }
        return left
    }

    /// Unary `- + ~`, collected in a loop so `- - - ... x` does not recurse.
    private mutating func factor() throws(PythonError) -> Parsed {
        var operators: [UnaryOperator] = []
        while case .op(let token) = current, let op = token.unary {
            operators.append(op)
            advance()
            if operators.count > Parser.maximumDepth { throw Parser.tooDeep }
        }
        var value = try power()
        for op in operators.reversed() { value = try node(.unary(op, value.expr), over: value) }
        return value
    }

    private mutating func power() throws(PythonError) -> Parsed {
        let base = try primary()
        guard accept(.doubleStar) else { return base }
        try enter()
        defer { leave() }
        let exponent = try factor()
        return try node(.binary(.power, base.expr, exponent.expr), over: base, exponent)
    }

    private mutating func primary() throws(PythonError) -> Parsed {
        var value = try atom()
        while true {
            if accept(.leftParen) {
                let (arguments, depth) = try self.arguments()
                value = try node(.call(value.expr, arguments), childDepth: max(value.depth, depth))
            } else if accept(.leftBracket) {
                let index = try subscriptList()
                value = try node(.indexing(value.expr, index.expr), over: value, index)
            } else if accept(.dot) {
                guard case .name(let attribute) = current, !atKeyword else { throw unexpected() }
                advance()
                value = try node(.attribute(value.expr, attribute), over: value)
            } else {
                return value
            }
        }
    }

    /// A call's arguments, and the depth of the deepest one.
    mutating func arguments() throws(PythonError) -> ([Argument], Int) {
        var result: [Argument] = []
        var depth = 0
        var sawKeyword = false
        var sawDoubleStar = false
        while !accept(.rightParen) {
            if accept(.star) {
                if sawDoubleStar { throw .syntax("iterable argument unpacking follows keyword argument unpacking") }
                let value = try expression()
                depth = max(depth, value.depth)
                result.append(Argument(kind: .star, value: value.expr))
            } else if accept(.doubleStar) {
                let value = try expression()
                depth = max(depth, value.depth)
                result.append(Argument(kind: .doubleStar, value: value.expr))
                sawDoubleStar = true
            } else if case .name(let name) = current, !atKeyword, peek() == .op(.equal) {
                advance()
                advance()
                if result.contains(where: { if case .keyword(name) = $0.kind { true } else { false } }) {
                    throw .syntax("keyword argument repeated: \(name)")
                }
                let value = try expression()
                depth = max(depth, value.depth)
                result.append(Argument(kind: .keyword(name), value: value.expr))
                sawKeyword = true
            } else {
                var value = try named()
                if isKeyword("for") {
                    value = try comprehension(.generator, element: value)
                    if !result.isEmpty || !isOp(.rightParen) {
                        throw .syntax("Generator expression must be parenthesized")
                    }
                } else {
                    if sawDoubleStar { throw .syntax("positional argument follows keyword argument unpacking") }
                    if sawKeyword { throw .syntax("positional argument follows keyword argument") }
                    if isOp(.equal) { throw .syntax("expression cannot contain assignment, perhaps you meant \"==\"?") }
                }
                depth = max(depth, value.depth)
                result.append(Argument(kind: .positional, value: value.expr))
            }
            if !accept(.comma) {
                try expectClosing(.rightParen)
                break
            }
        }
        return (result, depth)
    }

    /// `a[i]`, `a[1:2, ::-1, None, ...]`.
    private mutating func subscriptList() throws(PythonError) -> Parsed {
        var items: [Parsed] = []
        var trailingComma = false
        while !isOp(.rightBracket) {
            items.append(try subscriptItem())
            trailingComma = accept(.comma)
            if !trailingComma { break }
        }
        try expectClosing(.rightBracket)
        if items.isEmpty { throw unexpected() }
        if items.count == 1 && !trailingComma { return items[0] }
        return try node(.tuple(items.map(\.expr)), over: items)
    }

    private mutating func subscriptItem() throws(PythonError) -> Parsed {
        var start: Parsed?
        if !isOp(.colon) {
            let bareAssignment = startsAssignmentExpression
            let value = try named()
            guard isOp(.colon) else { return value }
            if bareAssignment { throw unexpected() }
            start = value
        }
        try expect(.colon)
        var stop: Parsed?
        var step: Parsed?
        if !isOp(.colon) && !isOp(.comma) && !isOp(.rightBracket) { stop = try expression() }
        if accept(.colon) {
            if !isOp(.comma) && !isOp(.rightBracket) { step = try expression() }
        }
        return try node(.slice(start?.expr, stop?.expr, step?.expr), over: [start, stop, step].compactMap { $0 })
    }

    private mutating func atom() throws(PythonError) -> Parsed {
        let token = current
        switch token {
        case .int(let value):
            advance()
            return .leaf(.int(value))
        case .bigInt(let value):
            advance()
            return .leaf(.bigInt(value))
        case .float(let value):
            advance()
            return .leaf(.float(value))
        case .imaginary(let value):
            advance()
            return .leaf(.imaginary(value))
        case .string, .bytes, .formatted:
            return .leaf(try strings())
        case .name(let word) where !atKeyword:
            advance()
            return .leaf(.name(Name(word)))
        case .name(let word):
            switch word {
            case "None":
                advance()
                return .leaf(.constant(.none))
            case "True":
                advance()
                return .leaf(.constant(.true))
            case "False":
                advance()
                return .leaf(.constant(.false))
            case "await": throw .notImplemented("'await' is not supported by arrsh")
            default: throw unexpected()
            }
        case .op(.ellipsis):
            advance()
            return .leaf(.constant(.ellipsis))
        case .op(.leftParen):
            advance()
            if accept(.rightParen) { return .leaf(.tuple([])) }
            if isKeyword("yield") {
                let value = try yieldExpression()
                try expectClosing(.rightParen)
                return .leaf(value)
            }
            let first = try displayItem()
            if isKeyword("for") {
                let result = try comprehension(.generator, element: first)
                try expectClosing(.rightParen)
                return result
            }
            if accept(.rightParen) {
                if case .starred = first.expr { throw .syntax("cannot use starred expression here") }
                return first
            }
            var items = [first]
            while accept(.comma) {
                if isOp(.rightParen) { break }
                items.append(try displayItem())
            }
            try expectClosing(.rightParen)
            return try node(.tuple(items.map(\.expr)), over: items)
        case .op(.leftBracket):
            advance()
            var items: [Parsed] = []
            while !isOp(.rightBracket) {
                let item = try displayItem()
                if items.isEmpty && isKeyword("for") {
                    let result = try comprehension(.list, element: item)
                    try expectClosing(.rightBracket)
                    return result
                }
                items.append(item)
                if !accept(.comma) { break }
            }
            try expectClosing(.rightBracket)
            return try node(.list(items.map(\.expr)), over: items)
        case .op(.leftBrace):
            advance()
            return try braces()
        default:
            throw unexpected()
        }
    }

    /// Adjacent string literals, joined; an f-string among them makes the whole an f-string.
    /// Bytes literals join only with bytes literals.
    private mutating func strings() throws(PythonError) -> Expr {
        var parts: [FormattedPart] = []
        var formatted = false
        var bytes: [UInt8]?
        while true {
            if case .bytes(let more) = current {
                guard parts.isEmpty else { throw .syntax("cannot mix bytes and nonbytes literals") }
                bytes = (bytes ?? []) + more
            } else if bytes != nil, current.isStringLiteral {
                throw .syntax("cannot mix bytes and nonbytes literals")
            } else if case .string(let text) = current {
                parts.append(.text(text))
            } else if case .formatted(let body, let raw) = current {
                formatted = true
                parts += try FormattedString.parts(body, raw: raw)
            } else {
                break
            }
            advance()
        }
        if let bytes { return .bytes(bytes) }
        if !formatted {
            return .string(parts.map { if case .text(let t) = $0 { t } else { "" } }.joined())
        }
        return .formatted(parts)
    }

    /// After `{`: a dict or set display, or a dict or set comprehension.
    private mutating func braces() throws(PythonError) -> Parsed {
        if accept(.rightBrace) { return .leaf(.dict([])) }
        if accept(.doubleStar) {
            var items: [DictItem] = [.unpack(try binary(level: 0).expr)]
            return try dictRest(&items)
        }
        let bareAssignment = startsAssignmentExpression
        let first = try displayItem()
        if accept(.colon) {
            if case .starred = first.expr { throw .syntax("cannot use a starred expression in a dictionary value") }
            if bareAssignment { throw unexpected() }
            let value = try expression()
            if isKeyword("for") {
                let result = try comprehension(.dict, element: first, value: value)
                try expectClosing(.rightBrace)
                return result
            }
            var items: [DictItem] = [.pair(first.expr, value.expr)]
            return try dictRest(&items)
        }
        if isKeyword("for") {
            let result = try comprehension(.set, element: first)
            try expectClosing(.rightBrace)
            return result
        }
        var items = [first]
        while accept(.comma) {
            if isOp(.rightBrace) { break }
            items.append(try displayItem())
        }
        try expectClosing(.rightBrace)
        return try node(.set(items.map(\.expr)), over: items)
    }

    private mutating func dictRest(_ items: inout [DictItem]) throws(PythonError) -> Parsed {
        while accept(.comma) {
            if isOp(.rightBrace) { break }
            if accept(.doubleStar) {
                items.append(.unpack(try binary(level: 0).expr))
                continue
            }
            let key = try expression().expr
            guard accept(.colon) else { throw .syntax("':' expected after dictionary key") }
            items.append(.pair(key, try expression().expr))
        }
        try expectClosing(.rightBrace)
        return .leaf(.dict(items))
    }

    /// `for target in iterable [if condition]...` clauses after a comprehension's element.
    private mutating func comprehension(_ kind: Comprehension.Kind, element: Parsed, value: Parsed? = nil)
        throws(PythonError) -> Parsed
    {
        if case .starred = element.expr {
            throw .syntax(
                kind == .dict
                    ? "dict unpacking cannot be used in dict comprehension"
                    : "iterable unpacking cannot be used in comprehension")
        }
        var clauses: [Comprehension.Clause] = []
        var depth = max(element.depth, value?.depth ?? 0)
        while accept("for") {
            let target = try targetList()
            try expect("in")
            let iterable = try orTest()
            depth = max(depth, iterable.depth)
            clauses.append(.loop(target: target, iterable: iterable.expr))
            while accept("if") {
                let condition = try orTest()
                depth = max(depth, condition.depth)
                clauses.append(.filter(condition.expr))
            }
        }
        let comprehension = Comprehension(kind: kind, element: element.expr, value: value?.expr, clauses: clauses)
        try checkAssignmentExpressions(in: comprehension)
        return try node(.comprehension(comprehension), childDepth: depth)
    }

    /// Python's compile-time rules for `name := value` inside a comprehension, which binds
    /// `name` in the enclosing function (or the module).
    private func checkAssignmentExpressions(in comprehension: Comprehension) throws(PythonError) {
        var loopNames: Set<String> = []
        for clause in comprehension.clauses {
            guard case .loop(let target, let iterable) = clause else { continue }
            loopNames.formUnion(ScopeAnalysis.names(boundBy: target))
            if !ScopeAnalysis.assignmentExpressionNames(in: iterable).isEmpty {
                throw .syntax("assignment expression cannot be used in a comprehension iterable expression")
            }
        }
        let named = ScopeAnalysis.assignmentExpressionNames(in: .comprehension(comprehension))
        if let name = named.intersection(loopNames).sorted().first {
            throw .syntax("assignment expression cannot rebind comprehension iteration variable '\(name)'")
        }
        if !named.isEmpty, let innermost = enclosing.last, !innermost.isFunction {
            throw .syntax("assignment expression within a comprehension cannot be used in a class body")
        }
    }

    /// A closing bracket; two expressions side by side inside brackets get Python's hint.
    mutating func expectClosing(_ closer: Operator) throws(PythonError) {
        if accept(closer) { return }
        if startsExpression(), !isOp(.star), !isOp(.minus), !isOp(.plus), !isOp(.tilde) {
            throw .syntax("invalid syntax. Perhaps you forgot a comma?")
        }
        throw unexpected()
    }

    /// `yield`, `yield value`, `yield a, b`, `yield from iterable`, inside a function.
    mutating func yieldExpression() throws(PythonError) -> Expr {
        advance()
        guard let innermost = enclosing.indices.last, enclosing[innermost].isFunction else {
            throw .syntax("'yield' outside function")
        }
        enclosing[innermost].yields = true
        if accept("from") { return .yieldFrom(try expression().expr) }
        if current == .newline || current == .end || isOp(.rightParen) || isOp(.semicolon) || isOp(.equal) {
            return .yield(nil)
        }
        return .yield(try expressionList(allowStarred: true))
    }

    /// `lambda params: expression`.
    private mutating func lambda() throws(PythonError) -> Parsed {
        advance()
        let parameters = try parameterList(closer: .colon)
        try expect(.colon)
        enclosing.append(Enclosing(name: "<lambda>", isFunction: true))
        let body = try expression()
        enclosing.removeLast()
        let code = try makeCode(
            name: "<lambda>", parameters: parameters, body: [.returnValue(body.expr)], isLambda: true)
        return try node(.lambda(code), over: body)
    }

    /// The targets of `for` (in loops and comprehensions): `x`, `i, (a, b)`, `a[i]`, `*rest`.
    mutating func targetList() throws(PythonError) -> Expr {
        var items: [Expr] = []
        repeat {
            if !items.isEmpty && (isKeyword("in") || isOp(.equal)) { break }
            if accept(.star) {
                items.append(.starred(try binary(level: 0).expr))
            } else {
                items.append(try binary(level: 0).expr)
            }
        } while accept(.comma)
        let target: Expr = items.count == 1 && !isTrailingComma(items) ? items[0] : .tuple(items)
        try checkTarget(target, verb: "assign to")
        return target
    }

    private func isTrailingComma(_ items: [Expr]) -> Bool {
        position > 0 && tokens[position - 1].kind == .op(.comma)
    }

    /// One assignment target: `with ... as x`.
    mutating func singleTarget() throws(PythonError) -> Expr {
        let target = try binary(level: 0).expr
        try checkTarget(target, verb: "assign to")
        return target
    }
}
