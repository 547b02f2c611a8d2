import ArrayEngine

/// Expressions evaluated without running Python code, when they can be.
///
/// A name, a literal, or such joined by operators `FastArithmetic` answers (`i`,
/// `x * 3`, `i * 7 % n`): evaluating one runs no Python code, so nothing can rebind a
/// variable meanwhile, and a call site may lend the object a variable holds (a list,
/// a set, a dict) instead of retaining and releasing it. An operator `FastArithmetic`
/// does not answer (another type, an overflow, a division by zero) makes the value nil
/// at run time, and the site goes the general way, evaluating the expression again:
/// it had no effect but its value (or a NameError).
typealias PlainEvaluation = (Interpreter) throws(PythonError) -> Value?

extension Compiler {
    /// Nil when compiling for any other expression.
    static func plainValue(_ expr: Expr) -> PlainEvaluation? {
        if readsNoArrayMemory(expr) {
            let value = expression(expr)
            return { interpreter throws(PythonError) in try value(interpreter) }
        }
        guard case .binary(let op, let left, let right) = expr else { return nil }
        // Names and literals evaluated as they are, with no optional between (a closure per operand).
        if readsNoArrayMemory(left), readsNoArrayMemory(right) {
            let (l, r) = (expression(left), expression(right))
            return { interpreter throws(PythonError) in
                FastArithmetic.binary(op, try l(interpreter), try r(interpreter))
            }
        }
        guard let l = plainValue(left), let r = plainValue(right) else { return nil }
        return { interpreter throws(PythonError) in
            guard let a = try l(interpreter), let b = try r(interpreter) else { return nil }
            return FastArithmetic.binary(op, a, b)
        }
    }
}
