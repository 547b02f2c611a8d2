import ArrayEngine

/// Expressions evaluated for their truth alone (`Condition`): the conditions of `if`,
/// `while` and `a if c else b`, and a comprehension's `if` filter.
///
/// As CPython's jumps do, `and`, `or`, `not` and a chained comparison take the truth of
/// each operand or link once (the value `x and y` evaluates to would be tested again:
/// an instance's `__bool__` ran twice). A comparison of two ints or two floats answers
/// with no `bool` made, tested and destroyed; any other goes through `Interpreter.compare`,
/// and a bool any expression gives is taken as it is.
extension Compiler {
    static func condition(_ expr: Expr) -> Condition {
        switch expr {
        case .and(let left, let right):
            let (left, right) = (condition(left), condition(right))
            return { interpreter throws(PythonError) in
                guard try left(interpreter) else { return false }
                return try right(interpreter)
            }
        case .or(let left, let right):
            let (left, right) = (condition(left), condition(right))
            return { interpreter throws(PythonError) in
                if try left(interpreter) { return true }
                return try right(interpreter)
            }
        case .unary(.not, let operand):
            let operand = condition(operand)
            return { interpreter throws(PythonError) in !(try operand(interpreter)) }
        case .compare(let first, let rest) where !isNamedMembership(rest):
            let first = expression(first)
            if rest.count == 1 {
                let (op, right) = (rest[0].0, expression(rest[0].1))
                return { interpreter throws(PythonError) in
                    try holds(op, try first(interpreter), try right(interpreter), interpreter)
                }
            }
            let links = rest.map { ($0.0, expression($0.1)) }
            return { interpreter throws(PythonError) in
                var left = try first(interpreter)
                for (op, right) in links {
                    let r = try right(interpreter)
                    guard try holds(op, left, r, interpreter) else { return false }
                    left = r
                }
                return true
            }
        default:
            let value = expression(expr)
            return { interpreter throws(PythonError) in try truth(try value(interpreter)) }
        }
    }

    /// A bool matched here, where it then needs no destroying; any other value's truth.
    private static func truth(_ value: Value) throws(PythonError) -> Bool {
        if case .bool(let b) = value { return b }
        return try Convert.truth(value)
    }

    /// `x in name` or `x not in name`: compiled by `expression`, which lends a dict or set.
    private static func isNamedMembership(_ rest: [(CompareOperator, Expr)]) -> Bool {
        guard rest.count == 1, rest[0].0 == .in || rest[0].0 == .notIn, case .name = rest[0].1 else { return false }
        return true
    }

    /// The truth of `left op right`.
    @inline(__always)
    private static func holds(_ op: CompareOperator, _ left: Value, _ right: Value, _ interpreter: Interpreter)
        throws(PythonError) -> Bool
    {
        if case .int(let a) = left, case .int(let b) = right, let answer = op.orders(a, b) { return answer }
        if case .float(let a) = left, case .float(let b) = right, let answer = op.orders(a, b) { return answer }
        return try truth(try interpreter.compare(op, left, right))
    }
}

extension CompareOperator {
    /// `a op b` for an ordering or an equality; nil for `is`, `in` and their negations:
    /// the engine's `BinaryOperation.holds`, inlined here and in `FastArithmetic.compare`
    /// (a generic call into the engine was 59 instructions a comparison of a filter).
    @inline(__always)
    func orders<T: Comparable>(_ a: T, _ b: T) -> Bool? {
        Interpreter.comparison(self)?.holds(a, b)
    }
}
