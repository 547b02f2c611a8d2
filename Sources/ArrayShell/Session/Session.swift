import ArrayEngine
import Foundation

/// The single entry point for every way arrsh is run: lines go in, output and
/// error lines come out, in order.
///
/// Like Lua's REPL and Python's `code` module, a line that leaves a statement
/// unfinished (an open bracket, a trailing `\`) is kept until the statement is
/// complete; the caller shows `... ` meanwhile.
public final class Session {
    public struct Options: Sendable {
        /// Small deterministic ids instead of address-like ones.
        public var stableIds = false
        /// Print each input line after its prompt first (a transcript).
        public var echo = false
        /// A file to which each call appends `function<TAB>parameter` for every parameter
        /// given a non-default value: how the tests see which arguments the corpus exercises.
        public var argumentLog: String?
        public init(stableIds: Bool = false, echo: Bool = false, argumentLog: String? = nil) {
            self.stableIds = stableIds
            self.echo = echo
            self.argumentLog = argumentLog
        }
    }

    var options: Options
    let output: (String) -> Void
    let errors: (String) -> Void
    lazy var interpreter: Interpreter = {
        let interpreter = Interpreter(stableIds: options.stableIds, write: output, warn: errors)
        interpreter.display = { [unowned interpreter, output] value throws(PythonError) in
            // Python's display hook sets `builtins._`: a global `_` of the user's hides it.
            interpreter.builtins["_"] = value
            output(try Repr.repr(value) + "\n")
        }
        if let path = options.argumentLog {
            interpreter.argumentLog = { function, names in
                guard !names.isEmpty, let log = FileHandle(forWritingAtPath: path) else { return }
                log.seekToEndOfFile()
                log.write(Data(names.map { "\(function.qualifiedName)\t\($0)\n" }.joined().utf8))
                log.closeFile()
            }
        }
        return interpreter
    }()
    private var pending: [String] = []
    /// The thread statements run on (see `DeepStack`), taken when the first one runs.
    private var stack: DeepStack?
    /// Every complete input, for `%history`.
    public internal(set) var history: [String] = []

    /// Some statement raised: the exit status becomes 1.
    public private(set) var hadError = false
    /// `exit()`, `quit()` or `raise SystemExit` ran.
    public private(set) var exitRequested = false
    /// The status a `SystemExit` asked for (`exit(4)`, `raise SystemExit('bye')` is 1);
    /// nil when it gave none, and the status says whether a statement failed.
    public private(set) var requestedStatus: Int32?

    /// The process's exit status: the one `SystemExit` asked for, else 1 after an error.
    public var exitStatus: Int32 { requestedStatus ?? (hadError ? 1 : 0) }

    /// Asks the user a yes/no question (`%reset`); nil where nobody can answer (pipes).
    public var confirm: ((String) -> Bool)?

    /// A statement is unfinished: the next line continues it (prompt `... `).
    public var isContinuing: Bool { !pending.isEmpty }

    public init(options: Options = Options(), output: @escaping (String) -> Void, errors: @escaping (String) -> Void) {
        self.options = options
        self.output = output
        self.errors = errors
    }

    deinit { stack?.release() }

    /// The session's deep-stack thread, taken from the pool when first needed.
    private var deepStack: DeepStack {
        if let stack { return stack }
        let acquired = DeepStack.acquire()
        stack = acquired
        return acquired
    }

    /// Runs `body`, which feeds many lines, on the interpreter's thread as a whole:
    /// each line then runs without a hand-over between threads (pipes and files).
    public func feedingBatch(_ body: () -> Void) {
        deepStack.run(body)
    }

    /// Feeds one line of input (without its newline).
    ///
    /// A Ctrl-C that came before the line (while waiting at the prompt or for the
    /// pipe) is forgotten; one that comes while it is read and run stops it: inside
    /// a kernel, or at the latest before the next statement, as Python raises
    /// KeyboardInterrupt at the next bytecode.
    public func feed(_ line: String) {
        Interruption.clear()
        if options.echo { output((isContinuing ? "... " : ">>> ") + line + "\n") }
        if !isContinuing, let command = MagicCommand(line) {
            history.append(line)
            run(command)
            return
        }
        if !isContinuing, let subject = Session.helpSubject(line) {
            history.append(line)
            execute("help(\(subject))")
            return
        }
        let source = pending.isEmpty ? line : (pending + [line]).joined(separator: "\n")
        // Parsed once: the tree that shows the input is complete is the one run.
        let input = InteractiveInput.compile(source)
        if case .incomplete = input {
            pending.append(line)
            return
        }
        pending = []
        history.append(source)
        execute(input)
    }

    /// Feeds one line read as bytes (a pipe, a file). A line that is not UTF-8 is
    /// Python's SyntaxError, and the statement it would have continued goes with it;
    /// the lines after it run.
    public func feed(utf8 line: [UInt8]) {
        guard let problem = UTF8Decoding.error(in: line) else {
            feed(String(decoding: line, as: UTF8.self))
            return
        }
        let text = String(decoding: line, as: UTF8.self)
        if options.echo { output((isContinuing ? "... " : ">>> ") + text + "\n") }
        pending = []
        history.append(text)
        report(PythonError.syntax("(unicode error) " + problem))
    }

    /// End of input: an unfinished statement is reported, not silently dropped.
    /// A compound statement still waiting for its closing blank line runs, as Python's
    /// console runs it when its input ends.
    public func finish() {
        guard isContinuing else { return }
        let source = pending.joined(separator: "\n")
        pending = []
        let closed = InteractiveInput.compile(source + "\n")
        if case .incomplete = closed {
            report(PythonError.syntax(Session.unclosedMessage(source)))
            return
        }
        history.append(source)
        execute(closed)
    }

    /// Ctrl-C at the prompt: forget the unfinished statement.
    public func discardPending() { pending = [] }

    /// Runs a complete source text (one or more statements).
    func execute(_ source: String) {
        do throws(PythonError) {
            let (statements, warnings) = try Parser.parseWithWarnings(source)
            execute(.complete(statements, warnings: warnings))
        } catch {
            report(error)
        }
    }

    /// Runs what the prompt compiled, on a stack deep enough for Python's recursion limit.
    private func execute(_ input: InteractiveInput) {
        switch input {
        case .incomplete:
            return
        case .failed(let error):
            report(error)
        case .complete(let statements, let warnings):
            for warning in warnings { errors(warning + "\n") }
            let interpreter = self.interpreter
            var failure: PythonError?
            deepStack.run {
                do throws(PythonError) {
                    for statement in statements {
                        try Interruption.check()
                        try interpreter.run(statement)
                        try TruncatedMapping.check()
                    }
                } catch {
                    failure = error
                }
            }
            if let failure { report(failure) }
        }
    }

    func report(_ error: PythonError) {
        if let request = interpreter.exitRequest(error) {
            exitRequested = true
            requestedStatus = request.status
            if let message = request.message { errors(message + "\n") }
            return
        }
        hadError = true
        errors(error.description + "\n")
    }

    /// `np.copy?` (IPython's help syntax): the expression before the `?`.
    static func helpSubject(_ line: String) -> String? {
        // Nearly every line fails at its last byte: decided there, before any String work.
        guard line.utf8.last(where: { $0 != UInt8(ascii: " ") }) == UInt8(ascii: "?") else { return nil }
        let trimmed = line.trimmingTrailingSpaces()
        guard trimmed.hasSuffix("?") else { return nil }
        let subject = trimmed.drop(while: { $0 == " " }).dropLast().trimmingCharacters(in: .whitespaces)
        let isName = !subject.isEmpty && subject.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        return isName ? subject : nil
    }

    private static func unclosedMessage(_ source: String) -> String {
        var open: [Character] = []
        for c in source {
            if "([{".contains(c) { open.append(c) } else if ")]}".contains(c) { _ = open.popLast() }
        }
        if let last = open.last { return "'\(last)' was never closed" }
        return "unexpected EOF while parsing"
    }
}
