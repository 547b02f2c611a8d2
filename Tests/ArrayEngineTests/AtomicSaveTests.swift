import Foundation
import Testing

@testable import ArrayEngine

/// Saves replace a file whole or not at all: a save that fails half-way on a
/// full file system leaves the previous file byte-identical and no temporary.
@Suite("atomic saves")
struct AtomicSaveTests {
    /// A 1 MB tmpfs mounted on a scratch folder, or the reason it cannot be.
    struct SmallFileSystem {
        let folder: ScratchFolder

        static func mount() throws -> Result<SmallFileSystem, MountRefused> {
            let folder = try ScratchFolder()
            let mount = Process()
            mount.executableURL = URL(fileURLWithPath: "/bin/mount")
            mount.arguments = ["-t", "tmpfs", "-o", "size=1m", "tmpfs", folder.url.path]
            let errors = Pipe()
            mount.standardError = errors
            mount.standardOutput = FileHandle.nullDevice
            do { try mount.run() } catch {
                folder.remove()
                return .failure(MountRefused(reason: "\(error)"))
            }
            mount.waitUntilExit()
            guard mount.terminationStatus == 0 else {
                folder.remove()
                let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                return .failure(MountRefused(reason: text))
            }
            return .success(SmallFileSystem(folder: folder))
        }

        func unmount() {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [folder.url.path]
            try? umount.run()
            umount.waitUntilExit()
            folder.remove()
        }
    }

    struct MountRefused: Error { let reason: String }

    static let saves: [(name: String, file: String, save: @Sendable (NDArray, String) throws -> Void)] = [
        ("np.save", "keep.npy", { array, path in try NPYFile.write(array, to: path) }),
        ("np.savez", "keep.npz", { array, path in try NPZArchive.write([("a", array)], to: path) }),
    ]

    static func arange(_ count: Int) throws -> NDArray {
        try NDArray.arange(
            start: Scalar(int64: 0), stop: Scalar(int64: Int64(count)), step: Scalar(int64: 1), dtype: .int64)
    }

    @Test(arguments: 0..<2)
    func failedSaveOnAFullDiskLeavesThePreviousFile(_ which: Int) throws {
        let (name, file, save) = Self.saves[which]
        let disk: SmallFileSystem
        switch try SmallFileSystem.mount() {
        case .success(let mounted): disk = mounted
        case .failure(let refused):
            print("skipped \(name) on a full disk: cannot mount a tmpfs here (\(refused.reason))")
            return
        }
        defer { disk.unmount() }
        let path = disk.folder.path(file)
        try save(try Self.arange(50_000), path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: PythonError.system(ENOSPC, path: path)) {
            try save(try Self.arange(200_000), path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(name)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: disk.folder.url.path) == [file], "no temporary left")
    }

    @Test func saveKeepsTheOldPermissionsAndLeavesNoTemporary() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.path("p.npy")
        try NPYFile.write(try Self.arange(3), to: path)
        chmod(path, 0o640)
        try NPYFile.write(try Self.arange(5), to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect(try NPYFile.read(path: path).size == 5)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["p.npy"])
    }

    @Test func saveThroughASymbolicLinkReplacesTheFileItNames() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try NPYFile.write(try Self.arange(3), to: folder.path("real.npy"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.npy"), withDestinationPath: "real.npy")
        try NPYFile.write(try Self.arange(7), to: folder.path("link.npy"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("link.npy")) == "real.npy")
        #expect(try NPYFile.read(path: folder.path("real.npy")).size == 7)
    }

    @Test func saveIntoAMissingFolderNamesTheTarget() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.path("none/x.npy")
        #expect(throws: PythonError.system(ENOENT, path: path)) {
            try NPYFile.write(try Self.arange(3), to: path)
        }
    }
}
