import Foundation
import Testing

/// A mapped file truncated by another program (here, the test) while arrsh
/// runs: the statement that reads a lost page stops with an `OSError` naming
/// the file, later lines run, the other variables are intact, exit status 1.
@Suite("Truncated mapped files")
struct TruncatedMappingTests {
    static let error = "OSError: [Errno 7] Bus error: the file 'x.npy' mapped by this array was truncated\n"

    /// Starts arrsh on a pipe, feeds `before`, waits for its `ready` line, feeds
    /// `during` (given a moment to start), truncates `x.npy` to its header, then
    /// feeds `after`.
    static func run(before: String, during: String = "", after: String) throws -> (output: String, status: Int32) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-truncate-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = try ArrshBinary.url()
        process.currentDirectoryURL = folder
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let reader = output.fileHandleForReading
        try input.fileHandleForWriting.write(contentsOf: Data((before + "\nprint('ready')\n").utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("ready\n") {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        if !during.isEmpty {
            try input.fileHandleForWriting.write(contentsOf: Data((during + "\n").utf8))
            Thread.sleep(forTimeInterval: 0.5)
        }
        #expect(truncate(folder.appendingPathComponent("x.npy").path, 128) == 0)
        try input.fileHandleForWriting.write(contentsOf: Data((after + "\n").utf8))
        try input.fileHandleForWriting.close()
        seen += reader.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: seen, as: UTF8.self), process.terminationStatus)
    }

    static let setUp =
        "k = np.arange(3); np.save('x.npy', np.arange(1000000.0)); m = np.load('x.npy', mmap_mode='r'); print(m[-1])"

    @Test func truncatedBetweenTwoStatements() throws {
        let result = try Self.run(
            before: Self.setUp,
            after: "m[999999]\nprint(k)\nm[500000] + 1\nprint(k.sum())\nm[999999]; print('not shown')\nm[5]")
        #expect(
            result.output == "999999.0\nready\n" + Self.error + "[0 1 2]\n" + Self.error + "3\n" + Self.error
                + "np.float64(0.0)\n")
        #expect(result.status == 1)
    }

    @Test func truncatedWhileALoopReadsTheMapping() throws {
        let loop = "t = 0.0\nfor i in range(10**8):\n    t = t + m[i % 1000000]\n"
        let result = try Self.run(before: Self.setUp, during: loop, after: "print(k, t > 0)")
        #expect(result.output == "999999.0\nready\n" + Self.error + "[0 1 2] True\n")
        #expect(result.status == 1)
    }

    @Test func truncatedBeforeAStatementThatReadsEveryPage() throws {
        // The sum reads every page: the first lost one stops it, not the process.
        let result = try Self.run(before: Self.setUp, after: "s = m.sum()\nprint(k)\ns")
        #expect(result.output == "999999.0\nready\n" + Self.error + "[0 1 2]\nNameError: name 's' is not defined\n")
        #expect(result.status == 1)
    }

    /// A page lost for another reason than truncation: a sparse `.npy` mapped `r+` on a
    /// full tmpfs, whose holes the kernel cannot fill on a write (SIGBUS, as for a
    /// device's I/O error). The same recovery, and an error that does not claim the
    /// file was truncated.
    @Test func aPageTheFileSystemCannotSupply() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-full-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source.npy")
        _ = try runArrsh(["-c", "np.save('\(source.path)', np.zeros(2**16))"])
        let saved = try Data(contentsOf: source)
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        if let reason = SmallFileSystem.mount(at: disk, size: "256k") {
            print("skipped a mapped page on a full file system: cannot mount a tmpfs here (\(reason))")
            return
        }
        defer { SmallFileSystem.unmount(disk) }
        // The header, then a hole to the file's full length: no page of the data is stored.
        let headerLength = 10 + Int(saved[8]) + Int(saved[9]) << 8
        let file = disk.appendingPathComponent("x.npy")
        try saved.prefix(headerLength).write(to: file)
        #expect(truncate(file.path, off_t(saved.count)) == 0)
        SmallFileSystem.fill(disk.appendingPathComponent("filler"))

        let lost =
            "OSError: [Errno 7] Bus error: the file 'x.npy' mapped by this array could not be read or written "
            + "(an I/O error, a vanished device or a full file system)\n"
        let script =
            "k = np.arange(3)\nm = np.load('x.npy', mmap_mode='r+')\nm[:] = 7\nprint(k)\nm.sum()\nprint(k.sum())"
        let result = try runArrsh(["-c", script], currentDirectory: disk)
        #expect(result.output == lost + "[0 1 2]\n" + lost + "3\n")
        #expect(result.status == 1)
    }
}
