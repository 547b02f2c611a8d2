import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Running the binary

/// Runs the built `arrsh` executable once, the way a user or a pipe would.
///
/// Standard output and standard error go into one pipe, so `output` keeps the
/// order in which arrsh wrote results and error lines (as `arrsh f 2>&1` shows).
///
/// - Parameters:
///   - arguments: the command-line arguments, without the program name.
///   - stdin: text written to standard input, which is then closed. `nil` gives
///     an empty standard input, never the test runner's own terminal.
///   - stdinBytes: raw bytes for standard input instead (they need not be UTF-8).
///   - currentDirectory: where the run starts; the runner's own directory if `nil`.
///   - environment: variables added to, or replacing, the runner's environment.
///   - timeout: seconds after which a run still going is killed; the call then throws.
/// - Returns: everything written to standard output and standard error, and the
///   exit status; a run ended by a signal reports 128 + the signal, as a shell does.
func runArrsh(
    _ arguments: [String],
    stdin: String? = nil,
    stdinBytes: [UInt8]? = nil,
    currentDirectory: URL? = nil,
    environment: [String: String] = [:],
    timeout: TimeInterval = 60
) throws -> (output: String, status: Int32) {
    let process = Process()
    process.executableURL = try ArrshBinary.url()
    process.arguments = arguments
    if let currentDirectory {
        process.currentDirectoryURL = currentDirectory
    }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }

    let merged = Pipe()
    process.standardOutput = merged
    process.standardError = merged
    let stdinData = stdinBytes.map { Data($0) } ?? stdin.map { Data($0.utf8) }
    let input = stdinData.map { _ in Pipe() }
    process.standardInput = input ?? FileHandle.nullDevice

    ignoreBrokenPipes
    try process.run()

    if let input, let stdinData {
        // Written from another thread: a large input must not block while arrsh
        // waits for us to drain its output. arrsh may exit without reading it
        // all; the write error that follows is expected and ignored.
        let writer = input.fileHandleForWriting
        Thread.detachNewThread {
            try? writer.write(contentsOf: stdinData)
            try? writer.close()
        }
    }

    let timedOut = Flag()
    let watchdog = DispatchWorkItem {
        guard process.isRunning else { return }
        timedOut.set()
        kill(process.processIdentifier, SIGKILL)
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    let data = merged.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()

    let output = String(decoding: data, as: UTF8.self)
    if timedOut.isSet {
        throw ArrshRunError.timedOut(arguments: arguments, seconds: timeout, output: output)
    }
    let status =
        process.terminationReason == .uncaughtSignal
        ? 128 + process.terminationStatus
        : process.terminationStatus
    return (output, status)
}

/// Why `runArrsh` could not give a result.
enum ArrshRunError: Error, CustomStringConvertible {
    case timedOut(arguments: [String], seconds: TimeInterval, output: String)

    var description: String {
        switch self {
        case .timedOut(let arguments, let seconds, let output):
            let tail = output.split(separator: "\n", omittingEmptySubsequences: false).suffix(10)
            return """
                arrsh \(arguments.joined(separator: " ")) was still running after \
                \(Int(seconds)) s and was killed. Last output:
                \(tail.joined(separator: "\n"))
                """
        }
    }
}

/// A child that exits before reading all its input must not kill the test
/// runner with SIGPIPE; the failed write is reported as an error instead.
private let ignoreBrokenPipes: Void = {
    signal(SIGPIPE, SIG_IGN)
}()

/// A flag set by the watchdog and read once the child is gone.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() {
        lock.withLock { value = true }
    }

    var isSet: Bool {
        lock.withLock { value }
    }
}

// MARK: - Locating the binary

/// Where the `arrsh` executable under test is.
///
/// In order: `$ARRSH_BINARY` if set; the product built next to this test
/// binary (SwiftPM puts `arrshPackageTests.xctest` and `arrsh` in the same
/// `.build/<triple>/<configuration>/` folder; on macOS the test executable sits
/// inside the `.xctest` bundle, so the bundle's folder is used); last, the
/// package's `.build/debug/arrsh` and `.build/release/arrsh`, found from this
/// file's path.
enum ArrshBinary {
    /// The located executable, or an error naming every place searched.
    static func url() throws -> URL {
        try located.get()
    }

    private static let located: Result<URL, NotFound> = search()

    private static func search() -> Result<URL, NotFound> {
        if let path = ProcessInfo.processInfo.environment["ARRSH_BINARY"], !path.isEmpty {
            return isExecutableFile(path)
                ? .success(URL(fileURLWithPath: path))
                : .failure(NotFound(searched: ["\(path) (from ARRSH_BINARY)"]))
        }
        var searched: [String] = []
        for folder in buildFolders() {
            let candidate = folder.appendingPathComponent("arrsh").path
            guard !searched.contains(candidate) else { continue }
            searched.append(candidate)
            if isExecutableFile(candidate) {
                return .success(URL(fileURLWithPath: candidate))
            }
        }
        return .failure(NotFound(searched: searched))
    }

    /// Folders where SwiftPM may have put the product, most specific first.
    private static func buildFolders() -> [URL] {
        var runningFrom: [URL] = []
        if let executable = Bundle.main.executableURL {
            runningFrom.append(executable)
        }
        if let first = CommandLine.arguments.first, !first.isEmpty {
            runningFrom.append(URL(fileURLWithPath: first))
        }
        runningFrom += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }

        var folders: [URL] = []
        for url in runningFrom {
            let resolved = url.resolvingSymlinksInPath()
            folders.append(resolved.deletingLastPathComponent())
            // The folder holding an enclosing .xctest bundle (macOS layout).
            var ancestor = resolved
            while ancestor.pathComponents.count > 1 {
                if ancestor.pathExtension == "xctest" {
                    folders.append(ancestor.deletingLastPathComponent())
                    break
                }
                ancestor = ancestor.deletingLastPathComponent()
            }
        }
        let build = packageRoot.appendingPathComponent(".build")
        folders.append(build.appendingPathComponent("debug"))
        folders.append(build.appendingPathComponent("release"))
        return folders
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    /// The package's top folder: this file is `Tests/arrshTests/ArrshProcess.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]

        var description: String {
            """
            The arrsh executable was not found. Looked for:
            \(searched.map { "  - \($0)" }.joined(separator: "\n"))
            Build it first (`swift build --product arrsh`; `swift test` builds it \
            when the test target depends on arrsh), or set ARRSH_BINARY to its path.
            """
        }
    }
}
