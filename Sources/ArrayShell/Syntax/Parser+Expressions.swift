/// Expressions, one function per precedence level, lowest first (Python's grammar).
extension Parser {
    /// Deepest expression nesting accepted; beyond it Python reports a RecursionError.
    static let maximumDepth = 400

    /// `a, b, c` (a tuple when there is a comma) or a single expression.
    mutating func expressionList() throws(PythonError) -> Expr {
        let first = try expression()
        guard isOp(",") else { return first }
        var items = [first]
        while accept(",") {
            if startsExpression() { items.append(try expression()) } else { break }
        }
        return .tuple(items)
    }

    func startsExpression() -> Bool {
        switch current {
        case .name(let word):
            return !Lexer.keywords.contains(word) || ["None", "True", "False", "not", "lambda"].contains(word)
        case .int, .float, .string: return true
        case .op(let op): return ["(", "[", "{", "-", "+", "~", "...", "*"].contains(op)
        case .newline, .end: return false
        }
    }

    mutating func expression() throws(PythonError) -> Expr {
        if let operand = try loneOperand() { return operand }
        let value = try orTest()
        guard isKeyword("if") else { return value }
        advance()
        let condition = try orTest()
        guard accept("else") else { throw .syntax("expected 'else' after 'if' expression") }
        let otherwise = try expression()
        return .conditional(condition: condition, then: value, otherwise: otherwise)
    }

    /// A name or number standing alone (followed by `,` `)` `]` `:` `=` or the end
    /// of the line): most operands, parsed without descending through every
    /// precedence level to `atom`, which is where they would end up.
    private mutating func loneOperand() throws(PythonError) -> Expr? {
        switch current {
        case .int, .float: break
        case .name(let word) where !Lexer.keywords.contains(word) || word == "None" || word == "True" || word == "False":
            break
        default: return nil
        }
        switch peek() {
        case .newline, .end: break
        case .op(let next) where next == "," || next == ")" || next == "]" || next == ":" || next == "=": break
        default: return nil
        }
        return try atom()
    }

    private mutating func orTest() throws(PythonError) -> Expr {
        var left = try andTest()
        while accept("or") { left = .or(left, try andTest()) }
        return left
    }

    private mutating func andTest() throws(PythonError) -> Expr {
        var left = try notTest()
        while accept("and") { left = .and(left, try notTest()) }
        return left
    }

    private mutating func notTest() throws(PythonError) -> Expr {
        var nots = 0
        while accept("not") { nots += 1 }
        if nots > Parser.maximumDepth { throw Parser.tooDeep }
        var value = try comparison()
        for _ in 0..<nots { value = .unary(.not, value) }
        return value
    }

    private mutating func comparison() throws(PythonError) -> Expr {
        let left = try binary(level: 0)
        var rest: [(CompareOperator, Expr)] = []
        while let op = comparisonOperator() {
            rest.append((op, try binary(level: 0)))
        }
        return rest.isEmpty ? left : .compare(left, rest)
    }

    private mutating func comparisonOperator() -> CompareOperator? {
        switch current {
        case .op(let text):
            guard let op = Parser.compareOperator(text) else { return nil }
            advance()
            return op
        case .name("in"):
            advance()
            return .in
        case .name("not") where peek() == .name("in"):
            advance(); advance()
            return .notIn
        case .name("is"):
            advance()
            if accept("not") { return .isNot }
            return .is
        default: return nil
        }
    }

    /// The comparison operator an operator token spells, read from its bytes (this
    /// runs after every operand, so it avoids matching strings).
    private static func compareOperator(_ text: String) -> CompareOperator? {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return nil }
        let second = bytes.next()
        guard bytes.next() == nil else { return nil }
        switch (first, second) {
        case (UInt8(ascii: "<"), nil): return .less
        case (UInt8(ascii: ">"), nil): return .greater
        case (UInt8(ascii: "="), UInt8(ascii: "=")): return .equal
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): return .notEqual
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): return .lessEqual
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): return .greaterEqual
        default: return nil
        }
    }

    /// Binary operator levels from `|` (level 0) to `* / // % @` (level 5).
    private static let levels: [[String]] = [["|"], ["^"], ["&"], ["<<", ">>"], ["+", "-"], ["*", "/", "//", "%", "@"]]

    /// Each binary operator's level and meaning, for one lookup per token.
    private static let binaryOperators: [String: (level: Int, op: BinaryOperator)] = {
        var table: [String: (level: Int, op: BinaryOperator)] = [:]
        for (level, texts) in levels.enumerated() {
            for text in texts { if let op = BinaryOperator(rawValue: text) { table[text] = (level, op) } }
        }
        return table
    }()

    /// Operators of `level` and above, left-associative, by precedence climbing: the
    /// same trees as one function per level, without descending six levels per operand.
    private mutating func binary(level: Int) throws(PythonError) -> Expr {
        var left = try factor()
        while case .op(let text) = current, let (operatorLevel, op) = Parser.binaryOperators[text], operatorLevel >= level {
            advance()
            left = .binary(op, left, try binary(level: operatorLevel + 1))
        }
        return left
    }

    /// Unary `- + ~`, counted iteratively so `- - - ... x` cannot exhaust the stack.
    private mutating func factor() throws(PythonError) -> Expr {
        var operators: [UnaryOperator] = []
        while case .op(let text) = current, let op = UnaryOperator(rawValue: text), op != .not {
            operators.append(op)
            advance()
            if operators.count > Parser.maximumDepth { throw Parser.tooDeep }
        }
        var value = try power()
        for op in operators.reversed() { value = .unary(op, value) }
        return value
    }

    private mutating func power() throws(PythonError) -> Expr {
        let base = try primary()
        guard accept("**") else { return base }
        return .binary(.power, base, try factor())
    }

    private mutating func primary() throws(PythonError) -> Expr {
        var value = try atom()
        while true {
            if accept("(") {
                value = .call(value, try arguments())
            } else if accept("[") {
                value = .indexing(value, try subscriptList())
            } else if accept(".") {
                guard case .name(let attribute) = current else { throw unexpected() }
                advance()
                value = .attribute(value, attribute)
            } else {
                return value
            }
        }
    }

    private mutating func arguments() throws(PythonError) -> [Argument] {
        var result: [Argument] = []
        var sawKeyword = false
        while !accept(")") {
            if accept("*") {
                result.append(Argument(name: nil, value: try expression(), isStarred: true))
            } else if accept("**") {
                throw .notImplemented("'**' keyword unpacking is not supported")
            } else if case .name(let name) = current, peek() == .op("="), !Lexer.keywords.contains(name) {
                advance(); advance()
                if result.contains(where: { $0.name == name }) { throw .syntax("keyword argument repeated: \(name)") }
                result.append(Argument(name: name, value: try expression(), isStarred: false))
                sawKeyword = true
            } else {
                let value = try expression()
                if isKeyword("for") {
                    let comprehension = try comprehension(element: value)
                    result.append(Argument(name: nil, value: comprehension, isStarred: false))
                } else {
                    if sawKeyword { throw .syntax("positional argument follows keyword argument") }
                    if isOp("=") { throw .syntax("expression cannot contain assignment, perhaps you meant \"==\"?") }
                    result.append(Argument(name: nil, value: value, isStarred: false))
                }
            }
            if !accept(",") {
                try expect(")")
                break
            }
        }
        return result
    }

    /// `a[i]`, `a[1:2, ::-1, None, ...]`.
    private mutating func subscriptList() throws(PythonError) -> Expr {
        var items: [Expr] = []
        var trailingComma = false
        while !isOp("]") {
            items.append(try subscriptItem())
            trailingComma = accept(",")
            if !trailingComma { break }
        }
        try expect("]")
        if items.isEmpty { throw unexpected() }
        return items.count == 1 && !trailingComma ? items[0] : .tuple(items)
    }

    private mutating func subscriptItem() throws(PythonError) -> Expr {
        var start: Expr?
        if !isOp(":") {
            let value = try expression()
            guard isOp(":") else { return value }
            start = value
        }
        try expect(":")
        var stop: Expr?, step: Expr?
        if !isOp(":") && !isOp(",") && !isOp("]") { stop = try expression() }
        if accept(":") {
            if !isOp(",") && !isOp("]") { step = try expression() }
        }
        return .slice(start, stop, step)
    }

    private mutating func atom() throws(PythonError) -> Expr {
        let token = current
        switch token {
        case .int(let value):
            advance()
            return .int(value)
        case .float(let value):
            advance()
            return .float(value)
        case .string(var text):
            advance()
            while case .string(let more) = current {
                text += more
                advance()
            }
            return .string(text)
        case .name(let word):
            switch word {
            case "None": advance(); return .constant(.none)
            case "True": advance(); return .constant(.true)
            case "False": advance(); return .constant(.false)
            case "lambda": throw .notImplemented("lambda expressions are not supported")
            case "yield", "await": throw .notImplemented("'\(word)' is not supported")
            default:
                if Lexer.keywords.contains(word) { throw unexpected() }
                advance()
                return .name(word)
            }
        case .op("..."):
            advance()
            return .constant(.ellipsis)
        case .op("("):
            advance()
            if accept(")") { return .tuple([]) }
            let first = try expression()
            if isKeyword("for") {
                let result = try comprehension(element: first)
                try expect(")")
                return result
            }
            if accept(")") { return first }
            var items = [first]
            while accept(",") {
                if isOp(")") { break }
                items.append(try expression())
            }
            try expect(")")
            return .tuple(items)
        case .op("["):
            advance()
            var items: [Expr] = []
            while !isOp("]") {
                let item = try expression()
                if items.isEmpty && isKeyword("for") {
                    let result = try comprehension(element: item)
                    try expect("]")
                    return result
                }
                items.append(item)
                if !accept(",") { break }
            }
            try expect("]")
            return .list(items)
        case .op("{"):
            throw .notImplemented("dict and set literals are not supported")
        default:
            throw unexpected()
        }
    }

    /// `element for target in iterable [if condition]` (one `for` clause).
    private mutating func comprehension(element: Expr) throws(PythonError) -> Expr {
        try expect("for")
        let target = try targetList()
        try expect("in")
        let iterable = try orTest()
        var condition: Expr?
        if accept("if") { condition = try orTest() }
        if isKeyword("for") { throw .notImplemented("nested comprehensions are not supported") }
        return .listComprehension(element: element, target: target, iterable: iterable, condition: condition)
    }

    private mutating func targetList() throws(PythonError) -> Expr {
        var names: [Expr] = [.name(try identifier())]
        while accept(",") { names.append(.name(try identifier())) }
        return names.count == 1 ? names[0] : .tuple(names)
    }

    static let tooDeep = PythonError("RecursionError", "maximum recursion depth exceeded during compilation")
}
