import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes of known length readable at any position: an open file or bytes in memory.
///
/// The `.npy` reader checks every length against `byteCount` before it reads or
/// allocates, so a header that lies about sizes cannot cause an over-read.
protocol ByteSource {
    var byteCount: Int { get }
    /// Copies up to `count` bytes starting at `offset`; returns how many were copied.
    func read(into destination: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(ArrayError) -> Int
}

extension ByteSource {
    /// Up to `count` bytes at `offset` (fewer at the end of the source).
    func bytes(at offset: Int, count: Int) throws(ArrayError) -> [UInt8] {
        let available = max(0, min(count, byteCount - offset))
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: max(available, 1), alignment: 1)
        defer { scratch.deallocate() }
        guard let base = scratch.baseAddress else { return [] }
        let copied = try read(into: base, count: available, at: offset)
        return Array(scratch.prefix(copied))
    }
}

/// Bytes already in memory (a member of an `.npz` archive).
struct MemoryBytes: ByteSource {
    let storage: [UInt8]

    var byteCount: Int { storage.count }

    func read(into destination: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(ArrayError) -> Int {
        guard offset >= 0, offset < storage.count, count > 0 else { return 0 }
        let copied = min(count, storage.count - offset)
        storage.withUnsafeBytes { raw in
            if let base = raw.baseAddress { destination.copyMemory(from: base + offset, byteCount: copied) }
        }
        return copied
    }
}

/// An open file descriptor, closed when released. Every failure is Python's
/// `OSError` subclass for the errno, naming the file.
final class PosixFile: ByteSource {
    let descriptor: Int32
    let path: String
    /// The size when opened (for reading); the reader never trusts a header over it.
    let byteCount: Int
    /// Device and inode: which file this is, whatever path reached it.
    let identity: MappingRegistry.FileID

    enum Access { case read, readWrite, create }

    init(path: String, access: Access) throws(ArrayError) {
        if access == .create { try MappingRegistry.shared.checkNotMapped(path) }
        let flags: Int32 = switch access {
        case .read: O_RDONLY
        case .readWrite: O_RDWR
        case .create: O_WRONLY | O_CREAT | O_TRUNC
        }
        let descriptor = open(path, flags | O_CLOEXEC, 0o666)
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

    func read(into destination: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(ArrayError) -> Int {
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

    func write(contentsOf bytes: some ContiguousBytes) throws(ArrayError) {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(ArrayError) in
                if let base = raw.baseAddress { try write(base, count: raw.count) }
            }
        }
        try result.get()
    }

    func write(_ source: UnsafeRawPointer, count: Int) throws(ArrayError) {
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
