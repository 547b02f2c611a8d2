import ArrayEngine
import Foundation

/// A shell command line such as `%whos` or `%timeit a.copy()` (IPython-style magics).
struct MagicCommand {
    let name: String
    let argument: String

    /// Recognises `%name rest`; nil for ordinary Python lines.
    init?(_ line: String) {
        // Decided on the first byte that is not a blank, before any String work.
        let first = line.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") })
        guard first == UInt8(ascii: "%") else { return nil }
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard trimmed.first == "%" else { return nil }
        let body = trimmed.dropFirst()
        let name = body.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
        self.name = String(name)
        self.argument = String(body.dropFirst(name.count).drop(while: { $0 == " " })).trimmingTrailingSpaces()
    }
}

/// One `%` command: the one declaration that dispatch, `%help` and Tab completion read.
struct Magic: Sendable {
    let name: String
    /// How it is typed, as `%help` lists it: `%mem [names]`.
    let usage: String
    let summary: String
    let run: @Sendable (Session, String) -> Void
}

extension Session {
    static let magics: [Magic] = [
        Magic(name: "whos", usage: "%whos", summary: "variables: type, shape, dtype, and which buffer each one views") {
            session, _ in
            session.output(Whos.table(session.userVariables))
        },
        Magic(
            name: "mem", usage: "%mem [names]", summary: "a picture of the buffers and the parts each variable covers"
        ) { session, argument in
            let names = argument.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            session.output(MemoryPicture.draw(session.userVariables, only: names.isEmpty ? nil : names))
        },
        Magic(name: "timeit", usage: "%timeit STMT", summary: "time a statement") { session, argument in
            session.timeit(argument)
        },
        Magic(name: "run", usage: "%run FILE", summary: "run a script here, with the current variables") {
            session, argument in
            session.runScript(argument)
        },
        Magic(name: "history", usage: "%history", summary: "lines entered so far") { session, _ in
            session.output(session.history.dropLast().map { $0 + "\n" }.joined())
        },
        Magic(name: "reset", usage: "%reset [-f]", summary: "forget every variable (-f: without asking)") {
            session, argument in
            if argument == "-f"
                || session.confirm?("Once deleted, variables cannot be recovered. Proceed (y/[n])? ") ?? true
            {
                session.interpreter.reset()
            } else {
                session.output("Nothing done.\n")
            }
        },
        Magic(name: "help", usage: "%help", summary: "this page") { session, _ in
            let interpreter = session.interpreter
            let functions = interpreter.numpy.attributes.compactMap { name, value in
                if case .function = value, !name.hasPrefix("_") { name } else { nil }
            }
            session.output(
                HelpText.overview(numpyNames: functions.sorted(), methodNames: ArrayAttributes.names(in: interpreter)))
        },
    ]

    func run(_ command: MagicCommand) {
        guard let magic = Session.magics.first(where: { $0.name == command.name }) else {
            report(PythonError("UsageError", "Line magic function `%\(command.name)` not found."))
            return
        }
        magic.run(self, command.argument)
    }

    /// The user's variables by name (modules and `_` names left out), for `%whos` and `%mem`.
    var userVariables: [(name: String, value: Value)] {
        interpreter.globals.bindings
            .filter { name, value in
                if name.hasPrefix("_") { return false }
                if case .module = value { return false }
                return true
            }
            .sorted { $0.key < $1.key }
            .map { ($0.key, $0.value) }
    }

    /// `%run FILE`: the script's lines run here, with the current variables.
    func runScript(_ argument: String) {
        let path = argument.trimmingCharacters(in: CharacterSet(charactersIn: "'\" "))
        guard !path.isEmpty else {
            report(PythonError("UsageError", "%run requires a file name"))
            return
        }
        let data: [UInt8]
        do {
            data = try FileBytes.read(path)
        } catch {
            report(error)
            return
        }
        guard !data.contains(0), let text = String(validating: data, as: UTF8.self) else {
            report(PythonError("SyntaxError", "%run: '\(path)' is not a UTF-8 text file"))
            return
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let saved = options.echo
        options.echo = false
        // The script's lines are not the user's input: `%history` shows the `%run` line alone.
        let entered = history
        defer {
            options.echo = saved
            history = entered
        }
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
        globals.removeAll()
        globals["np"] = .module(numpy)
    }
}
