import Foundation
import Testing

/// The history file is never torn and never loses a line: shells sharing it keep
/// each other's lines, and a save on a full disk leaves the file as it was and
/// keeps the lines for a later save.
@Suite("History file", .serialized)
struct HistoryFileTests {
    typealias Sandbox = InteractivePromptTests.Sandbox

    /// The history file's lines after its header, as libedit writes them.
    static func savedLines(_ sandbox: Sandbox) throws -> [String] {
        let lines = try String(contentsOf: sandbox.historyFile, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "_HiStOrY_V2_")
        return lines.dropFirst().map(String.init)
    }

    @Test func twoShellsTypingAtOnceKeepEachOthersLines() throws {
        let sandbox = try Sandbox()
        let shells = [try sandbox.start(), try sandbox.start()]
        for shell in shells { try shell.expectPrompt(">>> ") }
        // Typed into both without waiting for prompts, so that their saves race.
        let count = 25
        for i in 0..<count {
            for (s, shell) in shells.enumerated() { try shell.send("shell\(s)_\(i)=\(i)\r") }
        }
        for (s, shell) in shells.enumerated() {
            try shell.send("\(1000 + s)+1\r")
            _ = try shell.expect("\(1001 + s)", timeout: 60)
            try shell.expectPrompt(">>> ")
        }
        for shell in shells {
            try shell.send("\u{4}")
            #expect(try shell.waitForExit() == 0)
        }
        let expected = (0..<2).flatMap { s in (0..<count).map { "shell\(s)_\($0)=\($0)" } + ["\(1000 + s)+1"] }
        let saved = try Self.savedLines(sandbox)
        #expect(saved.sorted() == expected.sorted())
    }

    @Test func aFullDiskLeavesTheFileWholeAndTheLinesAreSavedLater() throws {
        let sandbox = try Sandbox()
        let folder = sandbox.historyFile.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let reason = SmallFileSystem.mount(at: folder, size: "64k") {
            print("skipped the history on a full disk: cannot mount a tmpfs here (\(reason))")
            return
        }
        defer { SmallFileSystem.unmount(folder) }
        let before = Data("_HiStOrY_V2_\nkept=1\n".utf8)
        try before.write(to: sandbox.historyFile)
        let filler = folder.appendingPathComponent("filler")
        SmallFileSystem.fill(filler)

        let shell = try sandbox.start()
        try shell.expectPrompt(">>> ")
        try shell.send("typed_on_a_full_disk=2\r")
        let warning = try shell.expectPrompt(">>> ")
        #expect(warning.contains("cannot save history to '\(sandbox.historyFile.path)': No space left on device"))
        try shell.send("1+1\r")
        _ = try shell.expect("2\r\n")
        try shell.expectPrompt(">>> ")
        #expect(try Data(contentsOf: sandbox.historyFile) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["filler", "history"])

        // Room again: the next save brings every line typed meanwhile.
        try FileManager.default.removeItem(at: filler)
        try shell.send("after=3\r")
        try shell.expectPrompt(">>> ")
        #expect(try Self.savedLines(sandbox) == ["kept=1", "typed_on_a_full_disk=2", "1+1", "after=3"])
        try shell.send("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }
}
