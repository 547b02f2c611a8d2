import ArrayEngine

/// Conditions (`if`, `while`, `x if c else y`) compiled to closures that answer a Bool.
///
/// A comparison of two ints is decided in place, with no bool value made, tested and
/// destroyed; a bool is taken as it is. Anything else is Python's truth of the value.
extension Compiler {
    static func condition(_ expr: Expr) -> Condition {
        if case .compare(let first, let rest) = expr, rest.count == 1, Interpreter.comparison(rest[0].0) != nil {
            let (op, left, right) = (rest[0].0, expression(first), expression(rest[0].1))
            return { interpreter throws(PythonError) in
                let l = try left(interpreter)
                let r = try right(interpreter)
                if case .int(let a) = l, case .int(let b) = r, let holds = FastArithmetic.ordered(op, a, b) {
                    return holds
                }
                return try truth(try interpreter.compare(op, l, r))
            }
        }
        let value = expression(expr)
        return { interpreter throws(PythonError) in try truth(try value(interpreter)) }
    }

    /// A bool matched here, where it then needs no destroying; any other value's truth.
    private static func truth(_ value: Value) throws(PythonError) -> Bool {
        if case .bool(let b) = value { return b }
        return try Convert.truth(value)
    }
}
