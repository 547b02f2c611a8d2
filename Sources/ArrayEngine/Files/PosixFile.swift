import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file descriptor, closed when released. Every failure is Python's
/// `OSError` subclass for the errno, naming the file.
final class PosixFile: ByteSource {
    let descriptor: Int32
    let path: String
    /// The size when opened (for reading); the reader never trusts a header over it.
    let byteCount: Int
    /// Device and inode: which file this is, whatever path reached it.
    let identity: MappingRegistry.FileID

    /// `createNew` fails when the file exists: a save's temporary file.
    enum Access { case read, readWrite, create, createNew }

    /// Opens `path`; errors name `reportedPath` (a temporary file is reported
    /// as the file the user asked to save).
    init(path openedPath: String, access: Access, reportedAs reportedPath: String? = nil) throws(PythonError) {
        let path = reportedPath ?? openedPath
        if access == .create { try MappingRegistry.shared.checkNotMapped(path) }
        let flags: Int32 =
            switch access {
            case .read: O_RDONLY
            case .readWrite: O_RDWR
            case .create: O_WRONLY | O_CREAT | O_TRUNC
            case .createNew: O_WRONLY | O_CREAT | O_EXCL
            }
        let descriptor = open(openedPath, flags | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .system(errno, path: path) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw .system(code, path: path)
        }
        // open(2) accepts a directory for reading; Python's open() does not.
        if (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw .system(EISDIR, path: path)
        }
        self.descriptor = descriptor
        self.path = path
        self.byteCount = Int(status.st_size)
        self.identity = MappingRegistry.FileID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    deinit { close(descriptor) }

    /// Flushes the written data to the disk (`fsync(2)`): a full disk or an I/O
    /// error may only show here.
    func synchronize() throws(PythonError) {
        while fsync(descriptor) != 0 {
            if errno != EINTR { throw .system(errno, path: path) }
        }
    }

    func read(into destination: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(PythonError) -> Int {
        var done = 0
        while done < count {
            let n = pread(descriptor, destination + done, count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw .system(errno, path: path)
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    func write(contentsOf bytes: some ContiguousBytes) throws(PythonError) {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(PythonError) in
                if let base = raw.baseAddress { try write(base, count: raw.count) }
            }
        }
        try result.get()
    }

    func write(_ source: UnsafeRawPointer, count: Int) throws(PythonError) {
        var done = 0
        while done < count {
            let n = systemWrite(descriptor, source + done, count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw .system(errno, path: path)
            }
            done += n
        }
    }
}

/// `write(2)`, named apart from `PosixFile.write`.
private func systemWrite(_ descriptor: Int32, _ source: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, source, count)
}
