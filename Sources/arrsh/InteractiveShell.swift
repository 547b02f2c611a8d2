import ArrayShell
import Foundation

/// The terminal prompt: banner, `>>> `/`... ` prompts, line editing, Ctrl-C and Ctrl-D.
struct InteractiveShell {
    let session: Session
    let color: Bool

    func run() -> Int32 {
        Output.standardOutput.write("arrsh \(Arrsh.version): NumPy-style arrays that share memory. Type %help for help, Ctrl-D to exit.\n")
        let reader: LineReader = PlainLineReader()
        while true {
            let prompt = session.isContinuing ? "... " : ">>> "
            Output.standardOutput.write(prompt)
            switch reader.read(prompt: prompt) {
            case .line(let line):
                session.feed(line)
                if session.exitRequested { return 0 }
            case .undecodable(let bytes):
                session.feed(utf8: bytes)
            case .interrupted:
                session.discardPending()
                Output.standardError.write("KeyboardInterrupt\n")
            case .endOfInput:
                Output.standardOutput.write("\n")
                return 0
            }
        }
    }
}
