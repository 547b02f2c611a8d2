import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C while arrsh runs a script from a pipe: the running statement stops with
/// KeyboardInterrupt, every variable keeps a whole, valid value, and the lines
/// after it run.
@Suite("SIGINT in a pipe")
struct InterruptTests {
    @Test(
        "a long line of element-wise operations and copies stops; b and c stay whole",
        arguments: ["10**6", "3 * 2**20"]) // on one thread; split across threads
    func elementWiseAndCopies(size: String) throws {
        let run = try interrupt(
            String(repeating: "b = a * 2.0; c = a.copy(); ", count: 5_000),
            after: "a = np.arange(\(size), dtype=np.float64); b = a * 2.0; c = a.copy()",
            then: "np.array_equal(b, a * 2.0), np.array_equal(c, a), a.base is None, b.flags.writeable\nprint('end')")
        #expect(run.output == "ready\nKeyboardInterrupt\n(True, True, True, True)\nend\n")
        #expect(run.status == 1)
    }

    @Test("a reduction over 10**11 elements stops inside its loop; the names it would bind do not change")
    func longReduction() throws {
        let run = try interrupt(
            "s = np.broadcast_to(a, (10**5, 10**6)).sum()",
            after: "a = np.arange(10**6, dtype=np.float64); s = 0",
            then: "s, a.sum(), a[::-1][:3]")
        #expect(
            run.output
                == "ready\nKeyboardInterrupt\n(0, np.float64(499999500000.0), array([999999., 999998., 999997.]))\n")
        #expect(run.status == 1)
    }

    @Test("a Ctrl-C while arrsh waits for the pipe is forgotten, even mid-line; the lines run")
    func interruptWhileWaiting() throws {
        let arrsh = try LiveArrsh()
        arrsh.send("x = 2\nprint('waiting')\n")
        try arrsh.waitFor("waiting\n")
        Thread.sleep(forTimeInterval: 0.2)
        arrsh.interrupt()
        arrsh.send("y = ")
        Thread.sleep(forTimeInterval: 0.2)
        arrsh.interrupt()
        arrsh.send("x * 21; y\n")
        let run = try arrsh.finish()
        #expect(run.output == "waiting\n42\n")
        #expect(run.status == 0)
    }

    @Test("printing a list of 10**7 items stops; the list is still whole")
    func longPrint() throws {
        let run = try interrupt("print(x)", after: "x = [0] * 10**7; x[-1] = 7", then: "len(x), x[-1]")
        #expect(run.output == "ready\nKeyboardInterrupt\n(10000000, 7)\n")
        #expect(run.status == 1)
    }

    /// Runs `setup`, then `line` after a statement printing `ready` (so the line is
    /// running once `ready` shows), sends SIGINT, then `checks`; returns everything
    /// arrsh printed and its exit status.
    func interrupt(_ line: String, after setup: String, then checks: String) throws -> (output: String, status: Int32) {
        let arrsh = try LiveArrsh()
        arrsh.send(setup + "\n")
        arrsh.send("print('ready'); " + line + "\n")
        try arrsh.waitFor("ready\n")
        arrsh.interrupt()
        arrsh.send(checks + "\n")
        return try arrsh.finish()
    }
}

/// A running `arrsh` reading a pipe: lines can be sent while it runs, and its
/// output (standard output and error in one pipe, in order) watched.
final class LiveArrsh: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let collected = Collected()
    private let reader: Thread

    /// The bytes read so far, shared with the reading thread.
    private final class Collected: @unchecked Sendable {
        let lock = NSLock()
        var data = Data()
    }

    init() throws {
        process.executableURL = try ArrshBinary.url()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let handle = output.fileHandleForReading
        reader = Thread { [collected] in
            while case let data = handle.availableData, !data.isEmpty {
                collected.lock.withLock { collected.data.append(data) }
            }
        }
        reader.start()
    }

    var output: String { collected.lock.withLock { String(decoding: collected.data, as: UTF8.self) } }

    func send(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Waits until the output contains `text`.
    func waitFor(_ text: String, timeout: TimeInterval = 120) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !output.contains(text) {
            guard Date() < deadline, process.isRunning else { throw LiveArrshError.missing(text, output) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func interrupt() { kill(process.processIdentifier, SIGINT) }

    /// Closes standard input and waits for arrsh to exit (killing it after `timeout`).
    func finish(timeout: TimeInterval = 120) throws -> (output: String, status: Int32) {
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            guard Date() < deadline else {
                // SIGKILL: the runner may hand its children a mask that blocks SIGTERM.
                kill(process.processIdentifier, SIGKILL)
                throw LiveArrshError.stillRunning(output)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return (output, process.terminationStatus)
    }
}

enum LiveArrshError: Error, CustomStringConvertible {
    case missing(String, String)
    case stillRunning(String)

    var description: String {
        switch self {
        case .missing(let text, let output): "arrsh never printed \(text.debugDescription); output so far:\n\(output)"
        case .stillRunning(let output): "arrsh was still running after its input ended; output so far:\n\(output)"
        }
    }
}

/// One SIGINT handler for every mode: two installers drift apart.
@Suite("SIGINT handler")
struct SignalHandlerPlacementTests {
    @Test func theSIGINTHandlerIsInstalledInOnePlaceOnly() throws {
        let sources = ArrshBinary.packageRoot.appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let installs = try files.flatMap { file in
            try String(contentsOf: file, encoding: .utf8).components(separatedBy: "sigaction(SIGINT,").dropFirst().map {
                _ in file.lastPathComponent
            }
        }
        #expect(installs == ["Interrupt.swift"])
    }
}
