/// A shell command line such as `%whos` or `%timeit a.copy()` (IPython-style magics).
struct MagicCommand {
    let name: String
    let argument: String

    /// Recognises `%name rest`; nil for ordinary Python lines.
    init?(_ line: String) {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard trimmed.first == "%" else { return nil }
        let body = trimmed.dropFirst()
        let name = body.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
        self.name = String(name)
        self.argument = String(body.dropFirst(name.count).drop(while: { $0 == " " }))
    }
}

extension Session {
    static let magicNames = ["help", "history", "mem", "reset", "run", "timeit", "whos"]

    func run(_ command: MagicCommand) {
        switch command.name {
        case "help": output(HelpText.overview)
        case "history": output(history.dropLast().map { $0 + "\n" }.joined())
        case "reset": interpreter.reset()
        default:
            report(PythonError("UsageError", "Line magic function `%\(command.name)` not found."))
        }
    }
}

extension Interpreter {
    /// `%reset`: forgets every variable (`np` stays bound).
    func reset() {
        globals = ["np": .module(numpy)]
    }
}
