import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `arrsh FILE` when FILE cannot be run: one error line naming the file and the
/// reason (the system's own, `[Errno N] text`, as Python prints it), exit status 2.
@Suite("Script files that cannot be run")
struct ScriptFileTests {
    /// A fresh folder for one test's files.
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func expectRefused(_ path: String, _ reason: String) throws {
        let run = try runArrsh([path])
        #expect(run.output == "arrsh: \(reason)\n")
        #expect(run.status == 2)
    }

    @Test func missingFile() throws {
        let path = try folder().appendingPathComponent("missing.py").path
        try expectRefused(path, "can't open file '\(path)': [Errno 2] No such file or directory")
    }

    @Test func directory() throws {
        let path = try folder().path
        try expectRefused(path, "can't open file '\(path)': [Errno 21] Is a directory")
    }

    @Test("a path that cannot be opened even by root: a symbolic link to itself")
    func symbolicLinkLoop() throws {
        let path = try folder().appendingPathComponent("loop.py").path
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: path)
        try expectRefused(path, "can't open file '\(path)': [Errno 40] Too many levels of symbolic links")
    }

    @Test("a file without read permission", .enabled(if: getuid() != 0, "root reads every file"))
    func unreadableFile() throws {
        let path = try folder().appendingPathComponent("secret.py").path
        #expect(
            FileManager.default.createFile(
                atPath: path, contents: Data("x = 1\n".utf8),
                attributes: [.posixPermissions: 0]))
        try expectRefused(path, "can't open file '\(path)': [Errno 13] Permission denied")
    }

    @Test("a binary file: null bytes")
    func binaryFile() throws {
        let path = try folder().appendingPathComponent("program").path
        #expect(
            FileManager.default.createFile(atPath: path, contents: Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00])))
        try expectRefused(path, "can't run file '\(path)': source code cannot contain null bytes")
    }

    @Test("a file that is not UTF-8 names its first bad line")
    func nonUTF8File() throws {
        let path = try folder().appendingPathComponent("latin1.py").path
        #expect(
            FileManager.default.createFile(atPath: path, contents: Data(Array("x = 1\n# caf".utf8) + [0xE9, 0x0A])))
        try expectRefused(path, "can't run file '\(path)': line 2 is not UTF-8 text")
    }
}
