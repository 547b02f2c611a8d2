import ArrayEngine
import Foundation

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
        self.argument = String(body.dropFirst(name.count).drop(while: { $0 == " " })).trimmingTrailingSpaces()
    }
}

extension Session {
    static let magicNames = ["help", "history", "mem", "reset", "run", "timeit", "whos"]

    func run(_ command: MagicCommand) {
        switch command.name {
        case "help": output(HelpText.overview)
        case "history": output(history.dropLast().map { $0 + "\n" }.joined())
        case "whos": output(Whos.table(userVariables))
        case "mem":
            let names = command.argument.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            output(MemoryPicture.draw(userVariables, only: names.isEmpty ? nil : names))
        case "reset":
            if command.argument == "-f" || confirm?("Once deleted, variables cannot be recovered. Proceed (y/[n])? ") ?? true {
                interpreter.reset()
            } else {
                output("Nothing done.\n")
            }
        case "run": runScript(command.argument)
        case "timeit": timeit(command.argument)
        default:
            report(PythonError("UsageError", "Line magic function `%\(command.name)` not found."))
        }
    }

    /// The user's variables by name (modules and `_` names left out), for `%whos` and `%mem`.
    var userVariables: [(name: String, value: Value)] {
        interpreter.globals
            .filter { name, value in
                if name.hasPrefix("_") { return false }
                if case .module = value { return false }
                return true
            }
            .sorted { $0.key < $1.key }
            .map { ($0.key, $0.value) }
    }

    /// `%run FILE`: the script's lines run here, with the current variables.
    private func runScript(_ argument: String) {
        let path = argument.trimmingCharacters(in: CharacterSet(charactersIn: "'\" "))
        guard !path.isEmpty else {
            report(PythonError("UsageError", "%run requires a file name"))
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            report(PythonError("FileNotFoundError", "[Errno 2] No such file or directory: '\(path)'"))
            return
        }
        guard !isDirectory.boolValue else {
            report(PythonError("IsADirectoryError", "[Errno 21] Is a directory: '\(path)'"))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            report(PythonError("PermissionError", "[Errno 13] Permission denied: '\(path)'"))
            return
        }
        guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
            report(PythonError("SyntaxError", "%run: '\(path)' is not a UTF-8 text file"))
            return
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let saved = options.echo
        options.echo = false
        defer { options.echo = saved }
        for line in lines {
            feed(line)
            if exitRequested { return }
        }
        finish()
    }
}

extension Interpreter {
    /// `%reset`: forgets every variable (`np` stays bound).
    func reset() {
        globals = ["np": .module(numpy)]
    }
}
