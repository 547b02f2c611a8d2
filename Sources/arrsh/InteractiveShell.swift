import ArrayShell
import Foundation

/// The terminal prompt: banner, `>>> `/`... ` prompts, libedit line editing with
/// history and Tab completion, Ctrl-C and Ctrl-D, colour.
struct InteractiveShell {
    let session: Session
    let color: Bool

    func run() -> Int32 {
        Output.standardOutput.write(
            "arrsh \(Arrsh.version): NumPy-style arrays that share memory. Type %help for help, Ctrl-D to exit.\n")
        let editor = LineEditor(
            historyFile: HistoryFile.path(), colorPrompt: color,
            completer: session.completions(for:))
        let reader: LineReader = editor ?? PlainLineReader()
        session.confirm = { question in
            guard case .line(let answer) = reader.read(prompt: question) else { return false }
            return answer.lowercased().hasPrefix("y")
        }
        while true {
            let prompt = session.isContinuing ? "... " : ">>> "
            if editor == nil { Output.standardOutput.write(prompt) }
            switch reader.read(prompt: prompt) {
            case .line(let line):
                editor?.remember(line)
                session.feed(Self.strippingPastedPrompt(line))
                if session.exitRequested { return session.requestedStatus ?? 0 }
            case .undecodable(let bytes):
                session.feed(utf8: bytes)
            case .interrupted:
                session.discardPending()
                Output.standardError.write("\nKeyboardInterrupt\n")
            case .endOfInput:
                Output.standardOutput.write("\n")
                return 0
            }
        }
    }

    /// A pasted transcript line keeps its `>>> ` or `... ` prompt: drop it.
    static func strippingPastedPrompt(_ line: String) -> String {
        for prompt in [">>> ", "... "] where line.hasPrefix(prompt) { return String(line.dropFirst(prompt.count)) }
        if line == ">>>" || line == "..." { return "" }
        return line
    }
}

/// Where the history of interactive sessions is kept.
enum HistoryFile {
    /// `$ARRSH_HISTORY` when set (empty: no history file), else
    /// `$XDG_STATE_HOME/arrsh/history`, else `~/.local/state/arrsh/history`.
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let chosen = environment["ARRSH_HISTORY"] { return chosen.isEmpty ? nil : chosen }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/arrsh/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/arrsh/history"
    }
}
