import Foundation
import Testing

/// The corpus scripts by file name (`01-guide-basics.py`, ..., then
/// `generated/g001.py`, ...), in order.
let corpusFiles: [String] = Corpus.scripts

/// The differential corpus: each `Tests/Corpus/NN-topic.py` run as
/// `arrsh --echo NN-topic.py` must print `NN-topic.out`, the transcript Python
/// with NumPy printed for it, byte for byte except ids (see
/// `TranscriptComparison`); so must each generated program
/// `generated/gNNN.py` (made by `Tests/Corpus/generate.py`, seeded).
@Suite("Differential corpus")
struct CorpusTests {
    @Test("arrsh --echo prints what Python and NumPy print", arguments: corpusFiles)
    func transcriptMatchesReference(_ script: String) throws {
        try checkTranscript(of: script)
    }

    @Test("every script has an up-to-date transcript")
    func corpusIsComplete() throws {
        #expect(
            corpusFiles.filter { $0.first?.isNumber == true }.count >= 30,
            "fewer than 30 NN-topic.py files in \(Corpus.directory.path)")
        #expect(
            corpusFiles.filter { $0.hasPrefix(Corpus.generatedFolder + "/") }.count >= 130,
            "fewer than 130 generated programs in Tests/Corpus/generated: run Tests/Corpus/regenerate"
        )
        for script in corpusFiles {
            let transcript = Corpus.transcriptURL(for: script)
            guard let output = try? String(contentsOf: transcript, encoding: .utf8) else {
                Issue.record("\(script) has no \(transcript.lastPathComponent): run Tests/Corpus/regenerate")
                continue
            }
            let source = try String(contentsOf: Corpus.directory.appendingPathComponent(script), encoding: .utf8)
            let upToDate = Corpus.echoedLines(of: output) == Corpus.inputLines(of: source)
            #expect(
                upToDate,
                "\(transcript.lastPathComponent) is not the transcript of \(script) as it stands: run Tests/Corpus/regenerate"
            )
        }
    }
}

/// Runs one script through arrsh and records every difference from its transcript.
private func checkTranscript(of script: String) throws {
    let expected = try String(contentsOf: Corpus.transcriptURL(for: script), encoding: .utf8)
    let run = try runArrsh(["--echo", script], currentDirectory: Corpus.directory, timeout: Corpus.timeout)

    let comparison = TranscriptComparison(expected: expected, actual: run.output)
    if let difference = comparison.difference(
        expectedName: "Tests/Corpus/\(script.dropLast(".py".count)).out (Python + NumPy)",
        actualName: "arrsh --echo \(script)"
    ) {
        Issue.record(
            Comment(
                rawValue: """
                    arrsh --echo \(script) differs from the reference transcript \
                    (ids compared by identity: integers of \(TranscriptComparison.idDigits)+ digits \
                    become ID1, ID2, ... in order of first appearance).
                    \(difference)
                    """))
    }

    let expectedStatus = Corpus.expectedStatus(of: expected)
    #expect(
        run.status == expectedStatus,
        "arrsh --echo \(script) exited with status \(run.status), expected \(expectedStatus)"
    )
}

// MARK: - The corpus folder

/// The files of `Tests/Corpus`.
enum Corpus {
    /// Seconds one script may run: the scripts of the threaded kernels work on millions
    /// of elements, which a debug build under AddressSanitizer on a loaded machine takes
    /// minutes over; the limit is there to stop a hang.
    static let timeout: TimeInterval = 240
    /// `Tests/Corpus`, found from this file's path (`Tests/arrshTests/CorpusTests.swift`).
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    /// The folder of generated programs, inside `directory`.
    static let generatedFolder = "generated"

    /// The scripts, `NN-topic.py` sorted by name, then the generated programs
    /// `generated/gNNN.py` sorted by name (paths relative to `directory`).
    static let scripts: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let scenarios =
            names
            .filter { $0.hasSuffix(".py") && $0.first?.isNumber == true }
            .sorted()
        let generatedPath = directory.appendingPathComponent(generatedFolder).path
        let generated = ((try? FileManager.default.contentsOfDirectory(atPath: generatedPath)) ?? [])
            .filter { $0.hasSuffix(".py") && $0.first == "g" && $0.dropFirst().first?.isNumber == true }
            .sorted()
            .map { generatedFolder + "/" + $0 }
        return scenarios + generated
    }()

    /// `NN-topic.out` beside `NN-topic.py` (`generated/gNNN.out` beside `generated/gNNN.py`).
    static func transcriptURL(for script: String) -> URL {
        directory.appendingPathComponent(String(script.dropLast(".py".count)) + ".out")
    }

    /// The lines of a script that a transcript echoes (pyrepl skips `%` lines).
    static func inputLines(of script: String) -> [Substring] {
        script.split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast(script.hasSuffix("\n") ? 1 : 0)
            .filter { !$0.drop(while: \.isWhitespace).hasPrefix("%") }
    }

    /// The input lines a transcript shows after `>>> ` or `... `.
    static func echoedLines(of transcript: String) -> [Substring] {
        transcript.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.hasPrefix(">>> ") || $0.hasPrefix("... ") }
            .map { $0.dropFirst(4) }
    }

    /// The exit status the reference had: 1 when some statement raised, that is
    /// when an output line reads `SomethingError: ...` or `SomethingException: ...`
    /// (warnings do not count), else 0.
    static func expectedStatus(of transcript: String) -> Int32 {
        let raised = transcript.split(separator: "\n").contains { line in
            guard !line.hasPrefix(">>> "), !line.hasPrefix("... ") else { return false }
            let name = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let isIdentifier =
                name.first.map { $0.isLetter || $0 == "_" } == true
                && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            return isIdentifier && (name.hasSuffix("Error") || name.hasSuffix("Exception"))
        }
        return raised ? 1 : 0
    }
}

// MARK: - The comparison itself

@Suite("Transcript comparison")
struct TranscriptComparisonTests {
    @Test(
        "ids become ID1, ID2, ... by first appearance; other numbers stay",
        arguments: [
            ("(140195890570960, 140195890570960)", "(ID1, ID1)"),
            ("(140195890570960, 140195761554704)\n140195890570960", "(ID1, ID2)\nID1"),
            ("0.30000000000000004 1.4142135623730951", "0.30000000000000004 1.4142135623730951"),
            ("123456789.5 12345678 x123456789 123456789_0", "123456789.5 12345678 x123456789 123456789_0"),
            ("[123456789, -987654321]", "[ID1, -ID2]"),
        ])
    func normalizesIDs(text: String, normalized: String) {
        #expect(TranscriptComparison.normalizingIDs(text) == normalized)
    }

    @Test("equal ids must stay equal and different ids different")
    func comparesIdentity() {
        let same = ">>> id(a), id(b)\n(140195890570960, 140195890570960)\n"
        #expect(
            TranscriptComparison(
                expected: same, actual: same.replacingOccurrences(of: "140195890570960", with: "4398046511104")
            ).matches)
        let different = ">>> id(a), id(b)\n(4398046511104, 4398046511200)\n"
        #expect(!TranscriptComparison(expected: same, actual: different).matches)
    }

    @Test("a mismatch is shown as a line diff with line numbers")
    func reportsDifference() throws {
        let comparison = TranscriptComparison(expected: ">>> a\n1\n>>> b\n2\n", actual: ">>> a\n1\n>>> b\n3\n")
        let report = try #require(comparison.difference(expectedName: "expected", actualName: "actual"))
        #expect(
            report.contains(
                "First difference at line 4 of the expected transcript (line 4 of the actual one), column 1"))
        #expect(report.contains("@@ -1,4 +1,4 @@\n >>> a\n 1\n >>> b\n-2\n+3"))
        #expect(
            TranscriptComparison(expected: "x\n", actual: "x\n").difference(expectedName: "e", actualName: "a") == nil)
    }
}
