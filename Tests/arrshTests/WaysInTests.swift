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
        #expect(comparison.matches, "\(what) differs from Python + NumPy:\n\(comparison.difference(expectedName: "reference", actualName: "arrsh") ?? "")")
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
