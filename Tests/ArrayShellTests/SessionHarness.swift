import Testing

@testable import ArrayShell

/// A session whose output and error lines are collected, for tests.
final class SessionHarness {
    private(set) var transcript = ""
    private(set) var errors: [String] = []
    lazy var session = Session(
        options: .init(stableIds: true),
        output: { [unowned self] in
            self.transcript += $0
        },
        errors: { [unowned self] in
            self.transcript += $0
            self.errors.append($0)
        })

    /// Feeds the lines and returns what they printed (output and errors, in order).
    @discardableResult
    func run(_ lines: String...) -> String {
        let start = transcript.endIndex
        for line in lines.flatMap({ $0.split(separator: "\n", omittingEmptySubsequences: false) }) {
            session.feed(String(line))
        }
        return String(transcript[start...])
    }
}

/// A session whose output and error lines are collected, for tests that feed it source text.
final class CapturedSession {
    private(set) var output = ""
    private(set) var errors = ""
    private(set) lazy var session = Session(
        options: .init(stableIds: true),
        output: { [unowned self] in self.output += $0 },
        errors: { [unowned self] in self.errors += $0 })

    /// Feeds each line of `text` and returns what that printed, output and errors apart.
    @discardableResult
    func run(_ text: String) -> (output: String, errors: String) {
        let (outputBefore, errorsBefore) = (output.utf8.count, errors.utf8.count)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { session.feed(String(line)) }
        return (
            String(decoding: output.utf8.dropFirst(outputBefore), as: UTF8.self),
            String(decoding: errors.utf8.dropFirst(errorsBefore), as: UTF8.self)
        )
    }

    /// Whether the session still runs statements: the check after every error.
    var isAlive: Bool {
        run("alive = 6 * 7; alive") == (output: "42\n", errors: "")
    }
}

extension CapturedSession {
    /// Runs `input` in a fresh session: it must print nothing but the one error line
    /// `error`, and the session must still run statements afterwards.
    static func expectOneError(_ input: String, _ error: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let shell = CapturedSession()
        #expect(shell.run(input) == (output: "", errors: error + "\n"), sourceLocation: sourceLocation)
        #expect(shell.isAlive, sourceLocation: sourceLocation)
    }
}
