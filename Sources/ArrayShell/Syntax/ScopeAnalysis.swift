import ArrayEngine

/// Which names a function binds, found from its body once when it is parsed, as
/// Python's compiler does: a name assigned anywhere in a function is local to it
/// everywhere in it, unless declared `global` or `nonlocal`.
enum ScopeAnalysis {
    static func scope(parameters: [ParameterSyntax], body: [Statement]) throws(PythonError) -> ScopeInfo {
        var walker = Walker()
        for statement in body { walker.visit(statement) }
        for name in walker.globals.intersection(walker.nonlocals).sorted() {
            throw .syntax("name '\(name)' is nonlocal and global")
        }
        let parameterNames = Set(parameters.map(\.name))
        if let name = parameterNames.intersection(walker.globals).first {
            throw .syntax("name '\(name)' is parameter and global")
        }
        if let name = parameterNames.intersection(walker.nonlocals).first {
            throw .syntax("name '\(name)' is parameter and nonlocal")
        }
        let locals = walker.bound.union(parameterNames).subtracting(walker.globals).subtracting(walker.nonlocals)
        return ScopeInfo(locals: locals, globals: walker.globals, nonlocals: walker.nonlocals)
    }

    /// The names a comprehension's `for` targets bind.
    static func names(boundBy target: Expr) -> Set<String> {
        var walker = Walker()
        walker.bind(target)
        return walker.bound
    }

    private struct Walker {
        var bound: Set<String> = []
        var globals: Set<String> = []
        var nonlocals: Set<String> = []

        mutating func visit(_ statement: Statement) {
            switch statement {
            case .assign(let targets, let value):
                targets.forEach { bind($0) }
                expression(value)
            case .augmentedAssign(let target, _, let value):
                bind(target)
                expression(value)
            case .annotated(let target, _, let value):
                if value != nil { bind(target) }
            case .delete(let targets): targets.forEach { bind($0) }
            case .importModules(let modules):
                for (module, alias) in modules { bound.insert(alias ?? String(module.prefix { $0 != "." })) }
            case .importNames(_, let names):
                for (name, alias) in names where name != "*" { bound.insert(alias ?? name) }
            case .forLoop(let target, let iterable, let body, let otherwise):
                bind(target)
                expression(iterable)
                (body + otherwise).forEach { visit($0) }
            case .whileLoop(let condition, let body, let otherwise):
                expression(condition)
                (body + otherwise).forEach { visit($0) }
            case .conditional(let branches, let otherwise):
                for branch in branches {
                    expression(branch.condition)
                    branch.body.forEach { visit($0) }
                }
                otherwise.forEach { visit($0) }
            case .functionDef(let code, _): bound.insert(code.name)
            case .classDef(let code, _): bound.insert(code.name)
            case .global(let names): globals.formUnion(names)
            case .nonlocal(let names): nonlocals.formUnion(names)
            case .tryBlock(let block):
                (block.body + block.otherwise + block.finally).forEach { visit($0) }
                for handler in block.handlers {
                    if let name = handler.name { bound.insert(name) }
                    handler.body.forEach { visit($0) }
                }
            case .with(let items, let body):
                for item in items { if let target = item.target { bind(target) } }
                body.forEach { visit($0) }
            case .expression(let value): expression(value)
            case .returnValue(let value?): expression(value)
            default: break
            }
        }

        mutating func bind(_ target: Expr) {
            switch target {
            case .name(let name): bound.insert(name.text)
            case .tuple(let items), .list(let items): items.forEach { bind($0) }
            case .starred(let inner): bind(inner)
            default: break
            }
        }

        /// `name := value` binds in the function even inside a comprehension.
        mutating func expression(_ expr: Expr) {
            bound.formUnion(ScopeAnalysis.assignmentExpressionNames(in: expr))
        }
    }

    /// The names `name := value` binds in an expression, comprehensions included (their
    /// walrus binds in the enclosing scope), lambdas not (their own scope).
    static func assignmentExpressionNames(in expr: Expr) -> Set<String> {
        var names: Set<String> = []
        var pending = [expr]
        while let next = pending.popLast() {
            if case .namedValue(let name, _) = next { names.insert(name) }
            pending += children(of: next)
        }
        return names
    }

    /// The expressions directly inside one, evaluated in the same scope or a comprehension's.
    private static func children(of expr: Expr) -> [Expr] {
        switch expr {
        case .name, .int, .bigInt, .float, .imaginary, .string, .bytes, .constant, .lambda, .yield(nil): return []
        case .formatted(let parts): return parts.flatMap(fields)
        case .tuple(let items), .list(let items), .set(let items): return items
        case .dict(let items):
            return items.flatMap { item -> [Expr] in
                switch item {
                case .pair(let key, let value): [key, value]
                case .unpack(let mapping): [mapping]
                }
            }
        case .starred(let inner), .unary(_, let inner), .attribute(let inner, _), .namedValue(_, let inner),
            .yield(let inner?), .yieldFrom(let inner):
            return [inner]
        case .slice(let start, let stop, let step): return [start, stop, step].compactMap { $0 }
        case .binary(_, let l, let r), .and(let l, let r), .or(let l, let r), .indexing(let l, let r): return [l, r]
        case .compare(let first, let rest): return [first] + rest.map(\.1)
        case .conditional(let c, let t, let o): return [c, t, o]
        case .call(let callee, let arguments): return [callee] + arguments.map(\.value)
        case .comprehension(let c):
            return [c.element] + (c.value.map { [$0] } ?? [])
                + c.clauses.map { clause in
                    switch clause {
                    case .loop(_, let iterable): iterable
                    case .filter(let condition): condition
                    }
                }
        }
    }

    private static func fields(_ part: FormattedPart) -> [Expr] {
        guard case .field(let value, _, let spec, _) = part else { return [] }
        return [value] + spec.flatMap(fields)
    }
}
