import Foundation
import Testing

/// The interactive prompt, driven through a real pseudo-terminal as a person uses it.
@Suite("Interactive prompt", .serialized)
struct InteractivePromptTests {
    /// A fresh home and history file per test, so no real user state leaks in or out.
    final class Sandbox {
        let home: URL
        init() throws {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-pty-\(UUID())")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: home) }

        var historyFile: URL { home.appendingPathComponent("state/arrsh/history") }

        func start(_ arguments: [String] = ["--no-color"], environment: [String: String] = [:]) throws -> PseudoTerminal
        {
            var variables = ["HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path]
            variables.merge(environment) { $1 }
            return try PseudoTerminal(
                executable: try ArrshBinary.url().path, arguments: arguments, environment: variables)
        }
    }

    @Test func twoLinesThenControlDExitsWithZero() throws {
        let sandbox = try Sandbox()
        let terminal = try sandbox.start()
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("a = np.arange(6); b = a[0:3]\r")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("b[0] = 100; a, b.base is a\r")
        _ = try terminal.expect("(array([100,   1,   2,   3,   4,   5]), True)")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func unclosedBracketShowsTheContinuationPrompt() throws {
        let terminal = try Sandbox().start()
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("x = np.array([1,\r")
        _ = try terminal.expectPrompt("... ")
        try terminal.send("2])\r")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("x\r")
        _ = try terminal.expect("array([1, 2])")
    }

    @Test func tabCompletesAVariableAndListsNumPyFunctions() throws {
        let terminal = try Sandbox().start()
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("array_alpha = np.arange(3)\r")
        _ = try terminal.expectPrompt(">>> ")
        // Completed in place: Enter then runs `array_alpha`, not the NameError of `array_al`.
        try terminal.send("array_al\t")
        _ = try terminal.expect("pha")
        try terminal.send("\r")
        let result = try terminal.expect("array([0, 1, 2])")
        #expect(!result.contains("NameError"))
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("np.ar\t\t")
        let listing = try terminal.expect("array_equal")
        #expect(listing.contains("arange"))
    }

    @Test func upArrowRecallsALineFromThePreviousSession() throws {
        let sandbox = try Sandbox()
        let first = try sandbox.start()
        _ = try first.expectPrompt(">>> ")
        try first.send("remembered = 41 + 1\r")
        _ = try first.expectPrompt(">>> ")
        try first.send("\u{4}")
        #expect(try first.waitForExit() == 0)
        // libedit's file format escapes spaces as \\040.
        #expect(try String(contentsOf: sandbox.historyFile, encoding: .utf8).contains("remembered"))

        let second = try sandbox.start()
        _ = try second.expectPrompt(">>> ")
        try second.send("\u{1B}[A\r")
        _ = try second.expectPrompt(">>> ")
        try second.send("remembered\r")
        _ = try second.expect("42")
    }

    /// Ctrl-R finds `beta = 2` behind a later line that deleted `beta`; run again, it
    /// defines `beta` anew. Had Ctrl-R done nothing, the typed `beta =` would be a
    /// syntax error and `beta` undefined.
    @Test func controlRFindsAnEarlierLine() throws {
        let terminal = try Sandbox().start()
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("beta = 2\r")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("del beta\r")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("\u{12}beta =")
        _ = try terminal.expect("beta = 2")
        try terminal.send("\r")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("print('beta is', beta)\r")
        _ = try terminal.expect("beta is 2")
    }

    @Test func historyCollapsesRepeatsAndKeepsTheNewestTenThousandLines() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(
            at: sandbox.historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        let old = (0..<10_050).map { "line\($0)\n" }.joined()
        try ("_HiStOrY_V2_\n" + old).write(to: sandbox.historyFile, atomically: false, encoding: .utf8)
        let terminal = try sandbox.start()
        _ = try terminal.expectPrompt(">>> ")
        for _ in 1...2 {
            try terminal.send("newest\r")
            _ = try terminal.expectPrompt(">>> ")
        }
        try terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        let lines = try String(contentsOf: sandbox.historyFile, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1 + 10_000)
        #expect(lines.last == "newest")
        #expect(lines.dropLast().last != "newest")
        // Saved by writing a temporary file and renaming it: none is left behind.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: sandbox.historyFile.deletingLastPathComponent().path)
                == ["history"])
    }

    @Test func aCorruptHistoryFileGivesOneWarningAndIsLeftAlone() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(
            at: sandbox.historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        let garbage = "not a history file\n\u{0}\u{1}\u{2}\n"
        try garbage.write(to: sandbox.historyFile, atomically: false, encoding: .utf8)
        let terminal = try sandbox.start()
        let startup = try terminal.expectPrompt(">>> ")
        #expect(startup.contains("warning"))
        try terminal.send("1 + 2\r")
        _ = try terminal.expect("3\r\n")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        #expect(try String(contentsOf: sandbox.historyFile, encoding: .utf8) == garbage)
    }

    @Test func emptyHistorySettingKeepsNoFile() throws {
        let sandbox = try Sandbox()
        let terminal = try sandbox.start(environment: ["ARRSH_HISTORY": ""])
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("secret = 1\r")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: sandbox.historyFile.path))
    }

    @Test func controlCAtThePromptDiscardsTheLine() throws {
        let terminal = try Sandbox().start()
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("half typed")
        _ = try terminal.expect("half typed")
        try terminal.send("\u{3}")
        _ = try terminal.expect("KeyboardInterrupt")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("1 + 1\r")
        _ = try terminal.expect("2")
    }

    /// A Ctrl-C that lands while libedit draws the echo, not while it waits in `read`,
    /// was lost (the terminal left in cooked mode, `^C` echoed); many tries make that
    /// window likely on a loaded machine.
    @Test func controlCRightAfterTypingIsNeverMissed() throws {
        let terminal = try Sandbox().start()
        _ = try terminal.expectPrompt(">>> ")
        for attempt in 0..<100 {
            try terminal.send("typed \(attempt)")
            _ = try terminal.expect("typed \(attempt)")
            try terminal.send("\u{3}")
            _ = try terminal.expect("KeyboardInterrupt")
            _ = try terminal.expectPrompt(">>> ")
        }
        try terminal.send("6 * 7\r")
        _ = try terminal.expect("42")
    }

    @Test func typedTextIsDecodedAsUTF8() throws {
        let terminal = try Sandbox().start()
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("s = 'é€😀'\r")
        _ = try terminal.expectPrompt(">>> ")
        // An invalid byte is dropped; one that cannot continue a character starts the next.
        try terminal.send(bytes: Array("len(s), s".utf8) + [0xFF] + Array(", s".utf8) + [0xC3] + Array("\r".utf8))
        _ = try terminal.expect("(3, 'é€😀', 'é€😀')")
    }

    @Test func controlCStopsALongStatementAndKeepsVariables() throws {
        let terminal = try Sandbox().start()
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("keep = np.arange(5)\r")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("np.arange(400_000_000).sum()\r")
        Thread.sleep(forTimeInterval: 0.5)
        let started = Date()
        try terminal.send("\u{3}")
        _ = try terminal.expect("KeyboardInterrupt", timeout: 5)
        #expect(Date().timeIntervalSince(started) < 2)
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("keep\r")
        _ = try terminal.expect("array([0, 1, 2, 3, 4])")
    }

    @Test func controlCStopsAnEndlessLoop() throws {
        let terminal = try Sandbox().start()
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("n = 0\r")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("while True:\r")
        _ = try terminal.expectPrompt("... ")
        try terminal.send("    n += 1\r")
        _ = try terminal.expectPrompt("... ")
        try terminal.send("\r")
        Thread.sleep(forTimeInterval: 0.3)
        try terminal.send("\u{3}")
        _ = try terminal.expect("KeyboardInterrupt")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send("n > 0\r")
        _ = try terminal.expect("True")
    }

    @Test func errorsAreRedUnlessColourIsOff() throws {
        let coloured = try Sandbox().start([])
        _ = try coloured.expect(">>>")
        try coloured.waitForRawMode()
        try coloured.send("nope\r")
        _ = try coloured.expect("\u{1B}[31mNameError: name 'nope' is not defined\u{1B}[0m")

        let plain = try Sandbox().start([], environment: ["NO_COLOR": "1"])
        _ = try plain.expectPrompt(">>> ")
        try plain.send("nope\r")
        let text = try plain.expect("is not defined")
        #expect(!text.contains("\u{1B}[31m"))
        #expect(!plain.output.contains("\u{1B}[1;32m"))
    }

    /// As at Python's prompt: 0 without a code (an earlier error does not count), else the code.
    @Test func exitAndQuitLeaveWithTheirStatus() throws {
        let runs: [([String], Int32)] = [(["exit()"], 0), (["quit()"], 0), (["1/0", "exit()"], 0), (["exit(3)"], 3)]
        for (lines, status) in runs {
            let terminal = try Sandbox().start()
            for line in lines {
                _ = try terminal.expectPrompt(">>> ")
                try terminal.send(line + "\r")
            }
            #expect(try terminal.waitForExit() == status, "\(lines)")
        }
    }

    @Test func pastedTranscriptLinesRunWithoutTheirPrompts() throws {
        let terminal = try Sandbox().start()
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send(">>> pasted = np.arange(3)\r")
        _ = try terminal.expectPrompt(">>> ")
        try terminal.send(">>> pasted * 2\r")
        _ = try terminal.expect("array([0, 2, 4])")
    }
}
