import Foundation

/// A tmpfs of a few pages on a test's own folder, to run out of space in.
enum SmallFileSystem {
    /// Mounts a tmpfs of `size` (`64k`) on `folder`; nil, or why it could not be.
    static func mount(at folder: URL, size: String) -> String? {
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path]
        let errors = Pipe()
        mount.standardError = errors
        do { try mount.run() } catch { return "\(error)" }
        mount.waitUntilExit()
        if mount.terminationStatus == 0 { return nil }
        return String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    static func unmount(_ folder: URL) {
        let umount = Process()
        umount.executableURL = URL(fileURLWithPath: "/bin/umount")
        umount.arguments = [folder.path]
        try? umount.run()
        umount.waitUntilExit()
    }

    /// Writes `file` until the file system is full.
    static func fill(_ file: URL) {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0, count: 4096)
        while write(descriptor, block, block.count) > 0 {}
        while write(descriptor, block, 1) > 0 {}
    }
}
