import ArgumentParser
import ArrayShell
import Foundation

/// The `arrsh` command: parses the command line and hands lines to a `Session`.
@main
struct Arrsh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrsh",
        abstract: "An interactive NumPy-style array shell for seeing how arrays share memory.",
        discussion: """
            With no FILE and a terminal, starts the interactive prompt; with a pipe, runs standard input. \
            The exit status is 0 when every statement succeeded (with --check: every example matched), \
            1 when one raised (or differed), 2 for a bad command line, an unreadable FILE, \
            or a FILE with no examples to check.
            """,
        version: version
    )

    @Argument(help: "A script to run, one statement per line.", completion: .file())
    var file: String?

    @Option(name: .customShort("c"), help: ArgumentHelp("Run CODE and exit.", valueName: "code"))
    var code: String?

    @Flag(help: "Print each input line after its prompt, as a transcript.")
    var echo = false

    @Flag(
        help: ArgumentHelp(
            "Replay the >>> examples in FILE and report every output that differs.",
            discussion: "FILE is a transcript (>>> lines and the output expected below them), "
                + "or a Markdown (.md) or reStructuredText (.rst) document whose examples are checked as doctest does.")
    )
    var check = false

    @Flag(help: "Number object ids 1001, 1002, ... instead of using addresses.")
    var stableIds = false

    @Flag(help: "Never colour the output.")
    var noColor = false

    /// The session, never freed: the process exits when it ends, and freeing its interpreter
    /// (the `np` module's thousand functions) first took 3% of start-up.
    nonisolated(unsafe) private static var running: Session?

    /// One environment variable, read alone: `ProcessInfo.environment` copies them all
    /// into a dictionary (3% of start-up).
    static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// Options that cannot be combined, refused as usage errors rather than one silently ignored.
    func validate() throws {
        if let code, let file {
            throw ValidationError("-c runs its CODE (\(code.debugDescription)) and reads no FILE ('\(file)').")
        }
        guard check else { return }
        if code != nil { throw ValidationError("--check replays a FILE; it cannot check -c CODE.") }
        if echo { throw ValidationError("--check prints a report of differences; it cannot be combined with --echo.") }
        if file == nil { throw ValidationError("--check needs a FILE to check.") }
    }

    static func main() {
        AllocatorPolicy.apply()
        NumPyModule.prepare()
        let command: Arrsh
        do {
            command = try parse()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Output.standardOutput.write(message + "\n")
                Foundation.exit(0)
            }
            Output.standardError.write(message + "\n")
            Foundation.exit(2)
        }
        Foundation.exit(command.start())
    }

    /// Runs the chosen mode and returns the exit status.
    func start() -> Int32 {
        let interactive = file == nil && code == nil && Output.standardOutput.isTerminal && isatty(STDIN_FILENO) == 1
        // NO_COLOR (any non-empty value) turns colour off, as no-color.org asks.
        let noColorRequested = !(Arrsh.environment("NO_COLOR") ?? "").isEmpty
        let colored = interactive && !noColor && !noColorRequested
        let errors: (String) -> Void = { text in Output.standardError.write(colored ? Colour.red(text) : text) }
        Interrupt.install()
        // ARRSH_ARGUMENT_LOG: which arguments a run exercises (the corpus coverage test).
        let argumentLog = Arrsh.environment("ARRSH_ARGUMENT_LOG")
        let session = Session(
            options: .init(stableIds: stableIds, echo: echo, argumentLog: argumentLog),
            output: Output.standardOutput.write, errors: errors)
        Arrsh.running = session
        if let code {
            return Runner.run(
                lines: code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                in: session)
        }
        if check, let file {
            guard let text = Script.read(file) else { return 2 }
            let outcome = TranscriptCheck.run(
                text, format: DocumentFormat(path: file), options: .init(stableIds: stableIds))
            guard outcome.examples > 0 else {
                Output.standardError.write(
                    "arrsh: no examples to check in '\(file)': it has no '>>> ' lines"
                        + (DocumentFormat(path: file) == .markdown ? " in pycon, python or plain code blocks\n" : "\n"))
                return 2
            }
            Output.standardOutput.write(outcome.report)
            return outcome.failures == 0 ? 0 : 1
        }
        if let file {
            guard let text = Script.read(file) else { return 2 }
            return Runner.run(lines: Script.lines(text), in: session)
        }
        if interactive {
            return InteractiveShell(session: session, color: colored).run()
        }
        return Runner.run(reader: PlainLineReader(), in: session)
    }
}
