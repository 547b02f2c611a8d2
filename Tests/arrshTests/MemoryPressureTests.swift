import Foundation
import Testing

/// Python values under `ulimit -v`: what does not fit is Python's `MemoryError`
/// and the session goes on with its variables; ranges are answered without
/// being built, as in Python.
@Suite(
    "Memory pressure",
    .enabled(
        if: ProcessInfo.processInfo.environment["ASAN_OPTIONS"] == nil,
        "AddressSanitizer reserves terabytes of shadow memory, which ulimit -v forbids"))
struct MemoryPressureTests {
    /// Runs `arrsh -c script` in a shell that first lowers the address-space limit (KiB).
    static func runLimited(_ script: String, kilobytes: Int) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "ulimit -v \(kilobytes) && exec \"$0\" -c \"$1\"", try ArrshBinary.url().path, script,
        ]
        let merged = Pipe()
        process.standardOutput = merged
        process.standardError = merged
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: merged.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (output, process.terminationStatus)
    }

    /// The reproducers, each one line; Python's answer after the arrow.
    static let reproducers: [(line: String, printed: String)] = [
        ("range(2**31)[3]", "3"),
        ("len(range(2**31))", "2147483648"),
        ("2**31 - 1 in range(2**31), 2**31 in range(2**31), 4 in range(10, 0, -3)", "(True, False, True)"),
        ("sum(range(2**31))", "2305843008139952128"),
        ("sum(range(10, -5, -3), 100)", "120"),
        ("(1,) * 2**31", "MemoryError"),
        ("'a' * 2**34", "MemoryError"),
        ("[0] * 2**31", "MemoryError"),
        ("list(range(2**31))", "MemoryError"),
    ]

    @Test func reproducersUnderSixteenGigabytesAnswerAndTheSessionGoesOn() throws {
        let script = (["kept = np.arange(3)"] + Self.reproducers.map(\.line) + ["print(kept)"]).joined(separator: "\n")
        let result = try Self.runLimited(script, kilobytes: 16_000_000)
        let expected = Self.reproducers.map(\.printed).joined(separator: "\n") + "\n[0 1 2]\n"
        #expect(result.output == expected)
        #expect(result.status == 1)
    }

    @Test func concatenationBeyondTheAddressSpaceIsMemoryError() throws {
        let script = """
            t = (1,) * 2**26
            u = t + t + t + t
            v = [0] * 2**26
            w = v + v + v + v
            print(len(t), len(v))
            """
        let result = try Self.runLimited(script, kilobytes: 6_000_000)
        #expect(result.output == "MemoryError\nMemoryError\n67108864 67108864\n")
        #expect(result.status == 1)
    }
}
