/// Bytes of known length readable at any position: an open file or bytes in memory.
///
/// The `.npy` reader checks every length against `byteCount` before it reads or
/// allocates, so a header that lies about sizes cannot cause an over-read.
protocol ByteSource {
    var byteCount: Int { get }
    /// Copies up to `count` bytes starting at `offset`; returns how many were copied.
    func read(into destination: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(PythonError) -> Int
}

extension ByteSource {
    /// Up to `count` bytes at `offset` (fewer at the end of the source).
    func bytes(at offset: Int, count: Int) throws(PythonError) -> [UInt8] {
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

    func read(into destination: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(PythonError) -> Int {
        guard offset >= 0, offset < storage.count, count > 0 else { return 0 }
        let copied = min(count, storage.count - offset)
        storage.withUnsafeBytes { raw in
            if let base = raw.baseAddress { destination.copyMemory(from: base + offset, byteCount: copied) }
        }
        return copied
    }
}
