import ArrayEngine

/// What the prompt makes of the lines typed so far, decided from the grammar as
/// CPython's `codeop` decides it: run them, report an error, or ask for more (`... `).
///
/// More is needed when the text ends inside a bracket, a string or after a `\`
/// (the lexer says so), when the parser fails only for want of tokens (`if x:`,
/// `try:` without its `except`), and when a compound statement has not yet been
/// closed by an empty line, as at Python's prompt.
enum InteractiveInput {
    case incomplete
    case complete([Statement], warnings: [String])
    case failed(PythonError)

    static func compile(_ source: String) -> InteractiveInput {
        let tokens: [Token]
        var lexer = Lexer(source)
        do throws(PythonError) {
            tokens = try lexer.tokens()
        } catch {
            return error.isIncompleteInput ? .incomplete : .failed(error)
        }
        var parser = Parser(tokens)
        do throws(PythonError) {
            let statements = try parser.statements()
            if let first = statements.first, first.isCompound {
                // The prompt takes one compound statement, closed by an empty line.
                if statements.count > 1 { return .failed(.syntax("invalid syntax")) }
                if !source.hasSuffix("\n") { return .incomplete }
            }
            return .complete(statements, warnings: lexer.warnings + parser.warnings)
        } catch {
            return parser.isAtEnd ? .incomplete : .failed(error)
        }
    }
}
