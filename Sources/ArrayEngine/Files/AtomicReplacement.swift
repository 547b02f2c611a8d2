#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Saves that replace a file whole or not at all.
///
/// NumPy opens the target with `'wb'`: the old contents are gone before the
/// first byte is written, so a full disk leaves a truncated file. arrsh writes
/// a temporary file in the same directory (same file system, so `rename(2)` is
/// atomic), flushes it to disk, and renames it over the target. On any failure
/// the temporary is removed and the old file is byte-identical.
enum AtomicReplacement {
    /// Writes `path` through `body`, atomically when the target is a regular
    /// file or absent. Devices and other special files (`/dev/null`) are
    /// written in place, as NumPy does: renaming over them would replace them.
    static func write(to path: String, _ body: (PosixFile) throws(PythonError) -> Void) throws(PythonError) {
        // A mapped target keeps the refusal PosixFile gives (see MappingRegistry).
        try MappingRegistry.shared.checkNotMapped(path)
        let target = resolvedTarget(path)
        var status = stat()
        let exists = stat(target, &status) == 0
        if exists && (status.st_mode & S_IFMT) != S_IFREG {
            try body(PosixFile(path: path, access: .create))
            return
        }
        let (file, temporary) = try createTemporary(beside: target, reportedAs: path)
        do throws(PythonError) {
            // Keep the old file's permission bits, as truncating it in place would.
            if exists { _ = fchmod(file.descriptor, status.st_mode & 0o7777) }
            try body(file)
            try file.synchronize()
            guard rename(temporary, target) == 0 else { throw PythonError.system(errno, path: path) }
        } catch {
            unlink(temporary)
            throw error
        }
        synchronizeDirectory(of: target)
    }

    /// The file a symbolic link names: writing through `'wb'` follows the
    /// link, so the rename must replace the file, not the link.
    private static func resolvedTarget(_ path: String) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK,
            let resolved = realpath(path, nil)
        else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A new file `.NAME.XXXXXXXX.tmp` next to `target`, created exclusively
    /// (mode 0666 less the umask, as a new file from NumPy would get).
    private static func createTemporary(beside target: String, reportedAs path: String) throws(PythonError) -> (
        PosixFile, String
    ) {
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        var attempts = 0
        while true {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            let candidate = "\(directory).\(name).\(suffix).tmp"
            do {
                return (try PosixFile(path: candidate, access: .createNew, reportedAs: path), candidate)
            } catch let error where error.exception == "FileExistsError" && attempts < 100 {
                attempts += 1
            }
        }
    }

    /// Makes the rename itself durable; a failure here loses nothing, so it is ignored.
    private static func synchronizeDirectory(of target: String) {
        let directory = target.lastIndex(of: "/").map { String(target[...$0]) } ?? "."
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}
