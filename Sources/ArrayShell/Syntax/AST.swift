import BigInt

/// The syntax tree of the Python subset arrsh runs.
indirect enum Expr {
    case name(Name)
    case int(Int)
    /// An integer literal beyond 64 bits.
    case bigInt(BigInt)
    case float(Double)
    /// `2j`: a complex number with real part 0.
    case imaginary(Double)
    case string(String)
    /// `b'...'`: adjacent bytes literals joined.
    case bytes([UInt8])
    /// `f"..."`: literal text and replacement fields, in order.
    case formatted([FormattedPart])
    case constant(Constant)
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    /// `{k: v, **other}`.
    case dict([DictItem])
    /// `*x` inside a display, a call or an assignment target.
    case starred(Expr)
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
    case comprehension(Comprehension)
    case lambda(FunctionCode)
    /// `name := value`.
    case namedValue(String, Expr)
    /// `yield value` (a generator function's body), `yield from iterable`.
    case yield(Expr?)
    case yieldFrom(Expr)

    enum Constant { case none, `true`, `false`, ellipsis }
}

extension Expr {
    /// A constant other than None, True, False and Ellipsis (what `is` warns about).
    var isLiteral: Bool {
        switch self {
        case .int, .bigInt, .float, .string, .formatted: true
        case .tuple(let items):
            items.allSatisfy { item in
                if case .constant = item { return true }
                return item.isLiteral
            }
        default: false
        }
    }
}

/// One piece of an f-string.
enum FormattedPart {
    case text(String)
    /// `{value!r:>{width}}`; `echo` is the source of `{value=}`, printed before the value.
    case field(value: Expr, conversion: Character?, spec: [FormattedPart], echo: String?)
}

enum DictItem {
    case pair(Expr, Expr)
    /// `**mapping`
    case unpack(Expr)
}

/// `[element for target in iterable if condition ...]` and its set, dict and generator forms.
struct Comprehension {
    enum Kind { case list, set, dict, generator }
    enum Clause {
        case loop(target: Expr, iterable: Expr)
        case filter(Expr)
    }

    let kind: Kind
    /// The element, or the key of a dict comprehension.
    let element: Expr
    /// The value of a dict comprehension.
    let value: Expr?
    /// The `for` and `if` clauses; the first is always a loop.
    let clauses: [Clause]
}

struct Argument {
    enum Kind {
        case positional
        case keyword(String)
        case star, doubleStar
    }
    let kind: Kind
    let value: Expr
}

enum UnaryOperator: String {
    case negate = "-"
    case plus = "+"
    case invert = "~"
    case not
}

enum BinaryOperator: String {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case floorDivide = "//"
    case modulo = "%"
    case power = "**"
    case matmul = "@"
    case leftShift = "<<"
    case rightShift = ">>"
    case and = "&"
    case or = "|"
    case xor = "^"
}

enum CompareOperator: String {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case `is`
    case isNot = "is not"
    case `in`
    case notIn = "not in"
}

enum Statement {
    case expression(Expr)
    /// `a = b = value`, with each target a name, attribute, subscript or tuple of them.
    case assign(targets: [Expr], value: Expr)
    case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `x: int = 1` (the annotation is evaluated and dropped, as at module level).
    case annotated(target: Expr, annotation: Expr, value: Expr?)
    case delete([Expr])
    /// `import numpy as np, copy`
    case importModules([(module: String, alias: String?)])
    /// `from numpy import arange, copy as cp`
    case importNames(module: String, names: [(name: String, alias: String?)])
    case pass
    /// `for target in iterable:` with its body, and the `else` body run when no `break` ended it.
    case forLoop(target: Expr, iterable: Expr, body: [Statement], otherwise: [Statement])
    case whileLoop(condition: Expr, body: [Statement], otherwise: [Statement])
    /// `if`/`elif` branches in order, then the `else` body (empty when absent).
    case conditional(branches: [(condition: Expr, body: [Statement])], otherwise: [Statement])
    case breakLoop, continueLoop
    /// `def name(...): body`, under its decorators (applied last first).
    case functionDef(FunctionCode, decorators: [Expr])
    case classDef(ClassCode, decorators: [Expr])
    case returnValue(Expr?)
    case global([String])
    case nonlocal([String])
    case tryBlock(TryBlock)
    /// `raise`, `raise E`, `raise E from cause`.
    case raise(Expr?, cause: Expr?)
    case assert(Expr, message: Expr?)
    /// `with a as x, b:` body.
    case with(items: [(context: Expr, target: Expr?)], body: [Statement])

    /// Compound statements end only at a blank line at the prompt.
    var isCompound: Bool {
        switch self {
        case .forLoop, .whileLoop, .conditional, .functionDef, .classDef, .tryBlock, .with: true
        default: false
        }
    }
}

/// `try:` with its handlers, `else` and `finally` bodies.
struct TryBlock {
    struct Handler {
        /// The class or tuple of classes caught; nil for a bare `except:`.
        let type: Expr?
        let name: String?
        let body: [Statement]
    }

    let body: [Statement]
    let handlers: [Handler]
    let otherwise: [Statement]
    let finally: [Statement]
}

/// A parameter as a `def` or `lambda` writes it; its default is evaluated when the `def` runs.
struct ParameterSyntax {
    let name: String
    let kind: Parameter.Kind
    let defaultValue: Expr?
}

/// What a `def` or `lambda` compiles to: shared by every function object it makes.
final class FunctionCode {
    let name: String
    /// `outer.<locals>.inner`, as `repr` shows it.
    let qualifiedName: String
    let parameters: [ParameterSyntax]
    let body: [Statement]
    let scope: ScopeInfo
    /// A lambda's body is one expression, returned.
    let isLambda: Bool
    /// The body yields: calling the function makes a generator.
    let isGenerator: Bool
    /// The slots of its locals, parameters first, shared by every call.
    let frameLayout: SlotLayout
    /// The body compiled to closures (`Compiler`) at the first call, run by every call.
    private(set) lazy var compiledBody: Execution = Compiler.block(body)

    /// The docstring: the body's first statement when it is a string.
    var docstring: String? {
        if case .expression(.string(let text))? = body.first, !isLambda { return text }
        return nil
    }

    init(
        name: String, qualifiedName: String, parameters: [ParameterSyntax], body: [Statement], scope: ScopeInfo,
        isLambda: Bool,
        isGenerator: Bool = false
    ) {
        self.isGenerator = isGenerator
        self.name = name
        self.qualifiedName = qualifiedName
        self.parameters = parameters
        self.body = body
        self.scope = scope
        self.isLambda = isLambda
        let parameterNames = parameters.map(\.name)
        frameLayout = SlotLayout(parameterNames + scope.locals.subtracting(parameterNames).sorted())
    }
}

/// `class Name(bases): body`.
final class ClassCode {
    let name: String
    let qualifiedName: String
    let bases: [Argument]
    let body: [Statement]

    init(name: String, qualifiedName: String, bases: [Argument], body: [Statement]) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.bases = bases
        self.body = body
    }
}

/// The names a function binds, found once when it is parsed (Python decides scope statically).
///
/// A class, so that each call's frame holds it by one reference rather than three sets.
final class ScopeInfo {
    /// Names assigned in the body (and the parameters): local unless declared otherwise.
    let locals: Set<String>
    let globals: Set<String>
    let nonlocals: Set<String>

    init(locals: Set<String>, globals: Set<String>, nonlocals: Set<String>) {
        self.locals = locals
        self.globals = globals
        self.nonlocals = nonlocals
    }
}
