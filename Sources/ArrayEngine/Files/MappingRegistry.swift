import Foundation

/// The files that live arrays map, by device and inode.
///
/// Truncating a mapped file makes every later read of the lost pages a SIGBUS
/// (NumPy crashes that way), so arrsh refuses to overwrite a file while an array
/// maps it. Other programs can still truncate it: that is beyond our reach.
final class MappingRegistry: @unchecked Sendable {
    static let shared = MappingRegistry()

    struct FileID: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    private let lock = NSLock()
    private var counts: [FileID: Int] = [:]

    func add(_ file: FileID) {
        lock.withLock { counts[file, default: 0] += 1 }
    }

    func remove(_ file: FileID) {
        lock.withLock {
            counts[file, default: 1] -= 1
            if counts[file] == 0 { counts[file] = nil }
        }
    }

    func isMapped(_ file: FileID) -> Bool {
        lock.withLock { counts[file] != nil }
    }

    /// Throws when `path` names a file some live array maps (before it is truncated).
    func checkNotMapped(_ path: String) throws(PythonError) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        if isMapped(FileID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))) {
            throw PythonError(
                "OSError",
                "cannot overwrite \(PythonText.repr(path)) while an array maps it (np.load with mmap_mode); delete those arrays first"
            )
        }
    }
}
