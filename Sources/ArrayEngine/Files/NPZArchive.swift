import Foundation
import ZIPFoundation

/// An `.npz` file: a zip archive of `.npy` members, as `np.savez` writes it.
///
/// Like NumPy's `NpzFile`, it keeps the archive open and reads a member each
/// time one is asked for (every lookup gives a new array).
public final class NPZArchive {
    public let path: String
    /// The member names with `.npy` removed, in archive order (`NpzFile.files`).
    public let names: [String]
    private let memberPaths: [String]
    private let archive: Archive
    private let archiveSize: UInt64

    /// The end-of-central-directory record sits within this many bytes of the end
    /// (its fixed 22 bytes and a comment of at most 65535).
    static let endRecordReach = 22 + 65_535

    public init(path: String) throws(PythonError) {
        let file = try PosixFile(path: path, access: .read)
        // Look where Python's zipfile looks: the zip reader would otherwise scan the
        // whole of a large non-zip file backwards, a byte at a time.
        let tail = try file.bytes(at: max(0, file.byteCount - Self.endRecordReach), count: Self.endRecordReach)
        let endSignature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        guard tail.count >= 22,
            tail.indices.dropLast(3).contains(where: { tail[$0..<$0 + 4].elementsEqual(endSignature) })
        else {
            throw NPZArchive.badZip("File is not a zip file")
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw NPZArchive.badZip("File is not a zip file")
        }
        self.path = path
        archiveSize = UInt64(file.byteCount)
        memberPaths = archive.map(\.path)
        names = memberPaths.map { $0.hasSuffix(".npy") ? String($0.dropLast(4)) : $0 }
    }

    /// The member `key` (`'a'` or `'a.npy'`) read as an array; nil when there is none.
    public func array(named key: String, maxHeaderSize: Int = NPYHeader.defaultMaxHeaderSize) throws(PythonError)
        -> NDArray?
    {
        let member = memberPaths.contains(key) ? key : key + ".npy"
        guard names.contains(key) || memberPaths.contains(key), let entry = archive[member] else { return nil }
        let bytes = try contents(of: entry)
        guard bytes.starts(with: NPYHeader.magic) else {
            throw .value("arrsh can only read .npy members; \(PythonText.repr(member)) is not one")
        }
        return try NPYFile.read(from: MemoryBytes(storage: bytes), maxHeaderSize: maxHeaderSize)
    }

    /// A member's bytes, checked against the sizes and CRC the archive declares.
    /// Sizes beyond the archive's own are refused first: the zip reader would loop
    /// over them however little data there is.
    private func contents(of entry: Entry) throws(PythonError) -> [UInt8] {
        let declared = entry.uncompressedSize
        guard entry.compressedSize <= archiveSize, entry.isCompressed || declared <= archiveSize,
            declared <= UInt64(Int.max)
        else {
            throw NPZArchive.badZip("Truncated file header")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(declared, archiveSize)))
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry) { chunk in
                guard bytes.count + chunk.count <= Int(declared) else { throw Archive.ArchiveError.invalidEntrySize }
                bytes += chunk
            }
        } catch {
            throw NPZArchive.badZip("Bad member \(PythonText.repr(entry.path)): \(error)")
        }
        guard bytes.count == Int(declared), checksum == entry.checksum else {
            throw NPZArchive.badZip("Bad CRC-32 for file \(PythonText.repr(entry.path))")
        }
        return bytes
    }

    /// Writes `arrays` to `path` as an uncompressed archive of `NAME.npy` members,
    /// as `np.savez` does (the caller adds `.npz`), replacing any old file whole
    /// or not at all.
    public static func write(_ arrays: [(name: String, array: NDArray)], to path: String) throws(PythonError) {
        var members: [(path: String, bytes: [UInt8])] = []
        for (name, array) in arrays { members.append((name + ".npy", try NPYFile.encoded(array))) }
        let data: Data
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for member in members {
                try archive.addEntry(
                    with: member.path, type: .file, uncompressedSize: Int64(member.bytes.count),
                    compressionMethod: .none
                ) { position, size in
                    Data(member.bytes[Int(position)..<Int(position) + size])
                }
            }
            guard let bytes = archive.data else { throw Archive.ArchiveError.unwritableArchive }
            data = bytes
        } catch {
            throw PythonError("OSError", "cannot build the .npz archive: \(error)")
        }
        try AtomicReplacement.write(to: path) { file throws(PythonError) in try file.write(contentsOf: data) }
    }

    /// Python's `zipfile.BadZipFile`.
    static func badZip(_ message: String) -> PythonError { PythonError("BadZipFile", message) }
}
