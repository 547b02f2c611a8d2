import Foundation
import Testing

/// The three ways in: a file (with and without `--echo`), a pipe, and `-c`,
/// compared with what Python + NumPy printed for the same input (fixtures made
/// by `Fixtures/regenerate`), plus the exit statuses.
@Suite("Files, pipes and -c")
struct WaysInTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let example = ArrshBinary.packageRoot.appendingPathComponent("Examples/copy-and-view.py")

    func fixture(_ name: String) throws -> String {
        try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    func expectSame(_ expected: String, _ actual: String, _ what: String) {
        let comparison = TranscriptComparison(expected: expected, actual: actual)
        #expect(
            comparison.matches,
            "\(what) differs from Python + NumPy:\n\(comparison.difference(expectedName: "reference", actualName: "arrsh") ?? "")"
        )
    }

    @Test func echoedWalkthroughMatchesNumPy() throws {
        let run = try runArrsh(["--echo", "Examples/copy-and-view.py"], currentDirectory: ArrshBinary.packageRoot)
        expectSame(try fixture("copy-and-view.echo.out"), run.output, "arrsh --echo Examples/copy-and-view.py")
        #expect(run.status == 0)
    }

    @Test func walkthroughFromAFileMatchesThePipedReference() throws {
        let run = try runArrsh([Self.example.path])
        expectSame(try fixture("copy-and-view.pipe.out"), run.output, "arrsh Examples/copy-and-view.py")
        #expect(run.status == 0)
    }

    @Test func walkthroughThroughAPipeMatchesNumPy() throws {
        let script = try String(contentsOf: Self.example, encoding: .utf8)
        let run = try runArrsh([], stdin: script)
        expectSame(try fixture("copy-and-view.pipe.out"), run.output, "arrsh < Examples/copy-and-view.py")
        #expect(run.status == 0)
    }

    @Test func anErrorMidwayDoesNotStopTheLinesAfterIt() throws {
        let script = try fixture("error-midway.py")
        let run = try runArrsh([], stdin: script)
        expectSame(try fixture("error-midway.pipe.out"), run.output, "arrsh < error-midway.py")
        #expect(run.status == 1)
    }

    @Test func dashCRunsCodeAndReportsStatus() throws {
        let good = try runArrsh(["-c", "a = np.arange(3); b = a[1:]; print(b.base is a)"])
        #expect(good.output == "True\n")
        #expect(good.status == 0)
        let bad = try runArrsh(["-c", "np.arange(3)[5]"])
        #expect(bad.output == "IndexError: index 5 is out of bounds for axis 0 with size 3\n")
        #expect(bad.status == 1)
    }

    @Test(arguments: [["--no-such-flag"], ["/no/such/file.py"], [FileManager.default.temporaryDirectory.path]])
    func badCommandLinesAndUnreadableFilesExitWithTwo(arguments: [String]) throws {
        let run = try runArrsh(arguments)
        #expect(run.status == 2)
        #expect(!run.output.isEmpty)
    }

    @Test func helpAndVersionExitWithZero() throws {
        let help = try runArrsh(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("--stable-ids"))
        let version = try runArrsh(["--version"])
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("0."))
    }

    @Test func stableIdsAreSmallAndRepeatable() throws {
        let code = "a = np.arange(3); b = a; c = a[:2]; print(id(a), id(b), id(c))"
        let first = try runArrsh(["--stable-ids", "-c", code]).output
        let second = try runArrsh(["--stable-ids", "-c", code]).output
        #expect(first == second)
        let ids = first.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(ids.count == 3 && ids[0] == ids[1] && ids[1] != ids[2])
        #expect(ids.allSatisfy { $0.count <= 5 })
    }
}

/// `arrsh --check TRANSCRIPT`: replays a transcript and reports differences.
@Suite("Transcript check")
struct TranscriptCheckTests {
    @Test func numpysOwnTranscriptPasses() throws {
        let run = try runArrsh(["--check", WaysInTests.fixtures.appendingPathComponent("copy-and-view.echo.out").path])
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("all match\n"))
    }

    @Test func aWrongExpectationIsReportedWithItsLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-check-\(UUID()).txt")
        try """
        >>> a = np.arange(3)
        >>> b = a
        >>> id(a) == id(b), id(a), id(b)
        (True, 140234567890123, 140234567890123)
        >>> a[1:]
        array([1, 5])

        """.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try runArrsh(["--check", file.path])
        #expect(run.status == 1)
        #expect(
            run.output == """
                line 5: >>> a[1:]
                  expected: array([1, 5])
                  got:      array([1, 2])
                1 of 4 blocks differ

                """)
    }
}

/// Every `%` command through a pipe into the real binary.
@Suite("Shell commands through a pipe")
struct PipedShellCommandTests {
    @Test func everyCommandRunsFromAPipe() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-piped-\(UUID()).py")
        try "c = a[::2]\n".write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let run = try runArrsh(
            [],
            stdin: """
                a = np.arange(6)
                b = a[0:3]
                %run \(script.path)
                %whos
                %mem b c
                %timeit a.copy()
                %history
                %help
                %reset
                a
                """)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("c          ndarray   (3,)    int64   view of a"))
        #expect(lines.contains("  b          [███···] view offset 0 shape (3,) strides (8,)"))
        #expect(lines.contains("  c          [█·█·█·] view offset 0 shape (3,) strides (16,)"))
        #expect(lines.contains { $0.contains("per loop (mean ± std. dev. of 7 runs,") })
        #expect(lines.contains("%mem b c"))
        #expect(lines.contains { $0.hasPrefix("arrsh: NumPy-style arrays") })
        #expect(lines.last == "NameError: name 'a' is not defined")
        #expect(run.status == 1)
    }

    @Test func timeitRunsItsStatementAsAFunctionBodyAndLeavesTheVariables() throws {
        let run = try runArrsh([], stdin: "x = 5\n%timeit x = 1\nx\n%timeit x += 1\nx\n")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(run.output)")
        #expect(lines.first?.contains(" per loop (mean ± std. dev. of 7 runs, ") == true)
        #expect(
            Array(lines.dropFirst())
                == [
                    "5", "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value",
                    "5",
                ])
    }
}
