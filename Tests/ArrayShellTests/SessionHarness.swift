@testable import ArrayShell

/// A session whose output and error lines are collected, for tests.
final class SessionHarness {
    private(set) var transcript = ""
    private(set) var errors: [String] = []
    lazy var session = Session(options: .init(stableIds: true), output: { [unowned self] in
        self.transcript += $0
    }, errors: { [unowned self] in
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
