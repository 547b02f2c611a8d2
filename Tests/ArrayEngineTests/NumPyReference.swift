import Foundation
import Testing

/// Real NumPy, run as `python3 -c SCRIPT`, for tests that check files both ways.
///
/// Tests that need it are enabled only when `python3 -c 'import numpy'` works, so
/// a machine without NumPy reports them as skipped with the reason (CI has it).
enum NumPyReference {
    static let isAvailable: Bool = (try? run("import numpy", in: FileManager.default.temporaryDirectory))?.status == 0
    static let missing: Comment = "python3 with numpy is not installed"

    /// Runs `script` in `folder`; returns its standard output and error together, and its exit status.
    static func run(_ script: String, in folder: URL) throws -> (output: String, status: Int32) {
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
}

/// A new empty folder, removed by `remove()`.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-npy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func remove() { try? FileManager.default.removeItem(at: url) }
}
