import ArrayEngine

/// The syntax tree compiled once to closures, which are what runs.
///
/// Matching an `indirect enum` node retains the payload it binds, so walking the
/// tree again at every pass of a loop was half of a loop's time in reference
/// counting. A statement is compiled when it runs (a function's body on its first
/// call, then kept with its `FunctionCode`): each node becomes a closure that holds
/// its children's closures, with the operator, the literal and the `Name` (whose
/// slot memo finds the variable) already chosen. The closures call the same
/// helpers (`lookup`, `store`, `binary`, `getItem`, `call`, ...) a value needs, so
/// Python's semantics live in one place.
enum Compiler {}

/// An expression compiled: its value in the interpreter's current frame.
typealias Evaluation = (Interpreter) throws(PythonError) -> Value
/// A statement or block compiled: how it ended.
typealias Execution = (Interpreter) throws(PythonError) -> Interpreter.Flow
/// A condition compiled: whether it holds (`Compiler.condition`).
typealias Condition = (Interpreter) throws(PythonError) -> Bool
/// An assignment target compiled: binds a value to it.
typealias Assignment = (Interpreter, Value) throws(PythonError) -> Void

extension Compiler {
    /// Statements that run in order until one breaks out of a loop or returns.
    ///
    /// Split in halves rather than looped over, so that each closure is called from
    /// the one holding it: one kept in an array is called through a thunk, and retained.
    static func block(_ statements: [Statement]) -> Execution {
        block(statements[...])
    }

    private static func block(_ statements: ArraySlice<Statement>) -> Execution {
        switch statements.count {
        case 0: return { _ throws(PythonError) in .normal }
        case 1: return statement(statements[statements.startIndex])
        default:
            let middle = statements.startIndex + statements.count / 2
            let first = block(statements[..<middle])
            let rest = block(statements[middle...])
            return { interpreter throws(PythonError) in
                // Switched on, not tested with `isNormal`: a normal flow then needs no destroying.
                switch try first(interpreter) {
                case .normal: try rest(interpreter)
                case let exit: exit
                }
            }
        }
    }

    /// A value known when compiling (a literal).
    static func constant(_ value: Value) -> Evaluation {
        { _ throws(PythonError) in value }
    }

    /// An optional expression: `None` when absent.
    static func optional(_ expr: Expr?) -> Evaluation {
        expr.map(expression) ?? constant(.none)
    }
}

/// Entry points for what runs once: a statement typed at the prompt, a class body,
/// a decorator, a default value. Code run repeatedly keeps its compiled closure.
extension Interpreter {
    /// Runs statements in order until one breaks out of the enclosing loop or returns.
    @discardableResult
    func run(_ block: [Statement]) throws(PythonError) -> Flow {
        try Compiler.block(block)(self)
    }

    /// Runs one statement.
    @discardableResult
    func run(_ statement: Statement) throws(PythonError) -> Flow {
        try Compiler.statement(statement)(self)
    }

    func evaluate(_ expr: Expr) throws(PythonError) -> Value {
        try Compiler.expression(expr)(self)
    }
}
