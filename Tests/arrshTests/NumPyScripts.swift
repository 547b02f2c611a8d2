import Foundation
import Testing

/// Scripts run by real Python with NumPy and by arrsh, in one folder, for the
/// end-to-end file tests. Tests that need NumPy are enabled only when
/// `python3 -c 'import numpy'` works, and report why when skipped (CI has it).
enum NumPyScripts {
    static let isAvailable: Bool =
        (try? python("import numpy", in: FileManager.default.temporaryDirectory))?.status == 0
    static let missing: Comment = "python3 with numpy is not installed"

    /// Runs `script` with `python3 -c` in `folder`: standard output and error together, and the exit status.
    static func python(_ script: String, in folder: URL) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    /// Runs `script` as arrsh's standard input in `folder`.
    static func arrsh(_ script: String, in folder: URL) throws -> (output: String, status: Int32) {
        try runArrsh([], stdin: script, currentDirectory: folder)
    }

    /// A new empty folder for one test; remove it with `removeItem`.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
