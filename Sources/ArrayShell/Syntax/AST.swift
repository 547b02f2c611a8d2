/// The syntax tree of the Python subset arrsh runs.
indirect enum Expr {
    case name(String)
    case int(Int)
    case float(Double)
    /// `2j`: a complex number with real part 0.
    case imaginary(Double)
    case string(String)
    case constant(Constant)
    case tuple([Expr])
    case list([Expr])
    /// `start:stop:step` inside a subscript.
    case slice(Expr?, Expr?, Expr?)
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    /// `a < b <= c`: Python's chained comparison.
    case compare(Expr, [(CompareOperator, Expr)])
    case and(Expr, Expr)
    case or(Expr, Expr)
    case conditional(condition: Expr, then: Expr, otherwise: Expr)
    case call(Expr, [Argument])
    case attribute(Expr, String)
    case indexing(Expr, Expr)
    case listComprehension(element: Expr, target: Expr, iterable: Expr, condition: Expr?)

    enum Constant { case none, `true`, `false`, ellipsis }
}

extension Expr {
    /// A constant other than None, True, False and Ellipsis (what `is` warns about).
    var isLiteral: Bool {
        switch self {
        case .int, .float, .string: true
        case .tuple(let items): items.allSatisfy { item in
            if case .constant = item { return true }
            return item.isLiteral
        }
        default: false
        }
    }
}

struct Argument {
    /// The keyword, for `f(x=1)`.
    let name: String?
    let value: Expr
    /// `*args` unpacking.
    let isStarred: Bool
}

enum UnaryOperator: String { case negate = "-", plus = "+", invert = "~", not }

enum BinaryOperator: String {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", modulo = "%"
    case power = "**", matmul = "@", leftShift = "<<", rightShift = ">>", and = "&", or = "|", xor = "^"
}

enum CompareOperator: String {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `is`, isNot = "is not", `in`, notIn = "not in"
}

enum Statement {
    case expression(Expr)
    /// `a = b = value`, with each target a name, attribute, subscript or tuple of them.
    case assign(targets: [Expr], value: Expr)
    case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
    case delete([Expr])
    /// `import numpy as np`
    case importModule(module: String, alias: String?)
    /// `from numpy import arange, copy as cp`
    case importNames(module: String, names: [(name: String, alias: String?)])
    case pass
    /// `for target in iterable:` with its indented (or same-line) body.
    case forLoop(target: Expr, iterable: Expr, body: [Statement])
    case whileLoop(condition: Expr, body: [Statement])
    /// `if`/`elif` branches in order, then the `else` body (empty when absent).
    case conditional(branches: [(condition: Expr, body: [Statement])], otherwise: [Statement])
    case breakLoop, continueLoop
}
