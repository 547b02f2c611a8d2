import ArrayEngine
import Foundation
import Testing

@testable import ArrayEngine

/// `np.load(path, mmap_mode=...)`: the array's buffer is the file.
@Suite("Memory-mapped files")
struct MappedFileTests {
    /// A `.npy` file of int64 0..<6 shaped (2, 3) in a new folder.
    func sampleFile() throws -> (ScratchFolder, String) {
        let folder = try ScratchFolder()
        let path = folder.path("a.npy")
        try NPYFile.write(try NPYSamples.sequence(6, .int64, shape: [2, 3]), to: path)
        return (folder, path)
    }

    func fileElements(_ path: String) throws -> [Int64] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return stride(from: 128, to: data.count, by: 8).map { offset in
            data[offset..<offset + 8].withUnsafeBytes { $0.loadUnaligned(as: Int64.self) }
        }
    }

    @Test func readOnlyMappingCannotBeWrittenOrMadeWriteable() throws {
        let (folder, path) = try sampleFile()
        defer { folder.remove() }
        let m = try MappedFile.open(path: path, mode: .readOnly)
        #expect(m.buffer.origin == .mappedFile(path: path, mode: "r"))
        #expect(m.offset == 128 && m.buffer.byteCount == 128 + 48)
        #expect(!m.isWriteable && !m.ownsData && m.base == nil)
        #expect(throws: PythonError.readOnly) { try m.fill(Scalar(int64: 1)) }
        #expect(throws: PythonError.value("cannot set WRITEABLE flag to True of this array")) {
            try m.setWriteable(true)
        }
        #expect(try m.elements() == NPYSamples.sequence(6, .int64, shape: [2, 3]).elements())
    }

    @Test func viewsShareTheMapping() throws {
        let (folder, path) = try sampleFile()
        defer { folder.remove() }
        let m = try MappedFile.open(path: path, mode: .readWrite)
        guard case .array(let row) = try m.select([.integer(1)]) else {
            Issue.record("expected a view")
            return
        }
        #expect(row.base === m && row.buffer === m.buffer)
        #expect(MemoryOverlap.boundsOverlap(m, row))
        let other = try MappedFile.open(path: path, mode: .readWrite)
        #expect(!MemoryOverlap.boundsOverlap(m, other))
    }

    @Test func readWriteMappingWritesTheFile() throws {
        let (folder, path) = try sampleFile()
        defer { folder.remove() }
        let m = try MappedFile.open(path: path, mode: .readWrite)
        try m.assign([.integer(0)], value: NDArray.scalar(Scalar(int64: 99)))
        #expect(try fileElements(path).prefix(3) == [99, 99, 99])
    }

    @Test func copyOnWriteMappingLeavesTheFileAlone() throws {
        let (folder, path) = try sampleFile()
        defer { folder.remove() }
        let before = try fileElements(path)
        let m = try MappedFile.open(path: path, mode: .copyOnWrite)
        #expect(m.isWriteable)
        try m.fill(Scalar(int64: 7))
        #expect(try m.elements().allSatisfy { $0 == Scalar(int64: 7) })
        #expect(try fileElements(path) == before)
    }

    @Test func aMappedFileIsNotOverwrittenWhileMapped() throws {
        let (folder, path) = try sampleFile()
        defer { folder.remove() }
        let small = try NPYSamples.sequence(2, .int8, shape: [2])
        var mapped: NDArray? = try MappedFile.open(path: path, mode: .readOnly)
        #expect(mapped?.size == 6)
        // Truncating it would turn the next read of the mapping into a SIGBUS.
        #expect(
            throws: PythonError(
                "OSError",
                "cannot overwrite \(PythonText.repr(path)) while an array maps it (np.load with mmap_mode); delete those arrays first"
            )
        ) {
            try NPYFile.write(small, to: path)
        }
        mapped = nil
        try NPYFile.write(small, to: path)
        #expect(try NPYFile.read(path: path).size == 2)
    }

    @Test func fortranOrderFileMapsWithFortranStrides() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.path("f.npy")
        let array = try NPYSamples.array(.float32, layout: "f")
        try NPYFile.write(array, to: path)
        let m = try MappedFile.open(path: path, mode: .readOnly)
        #expect(m.shape == [2, 3] && m.strides == [4, 8])
        #expect(try m.elements() == array.elements())
    }

    @Test func refusalsAreClearErrors() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let (path, bytes) = (
            folder.path("short.npy"), NPYHeader(dtype: .int64, isFortranOrder: false, shape: [4]).encoded().bytes
        )
        try Data(bytes + [UInt8](repeating: 0, count: 8)).write(to: URL(fileURLWithPath: path))
        #expect(throws: PythonError.value("mmap length is greater than file size")) {
            try MappedFile.open(path: path, mode: .readOnly)
        }
        // Big-endian data maps in place, its dtype '>f4' as in NumPy.
        let big = folder.path("big.npy")
        try Data(
            NPYHeader(dtype: DType(.float32, byteSwapped: true), isFortranOrder: false, shape: [1]).encoded().bytes + [
                0x3F, 0x80, 0, 0,
            ]
        )
        .write(to: URL(fileURLWithPath: big))
        let mapped = try MappedFile.open(path: big, mode: .readOnly)
        #expect(mapped.dtype.typeString == ">f4")
        #expect(try mapped.item() == Scalar(.float(1), as: .float32))
        // A hand-made header that leaves the data at byte 71, not aligned for int64.
        let text = Array("{'descr': '<i8', 'fortran_order': False, 'shape': (1,), }\n".utf8)
        let unaligned = folder.path("unaligned.npy")
        try Data(NPYHeader.magic + [1, 0, UInt8(text.count), 0] + text + [UInt8](repeating: 0, count: 8))
            .write(to: URL(fileURLWithPath: unaligned))
        #expect(try NPYFile.read(path: unaligned).shape == [1])
        #expect(
            throws: PythonError.value(
                "arrsh cannot memory-map this file: its data starts at byte \(10 + text.count), not aligned for int64; load it without mmap_mode"
            )
        ) {
            try MappedFile.open(path: unaligned, mode: .readOnly)
        }
        #expect(throws: PythonError("FileNotFoundError", "[Errno 2] No such file or directory: 'nope.npy'")) {
            try MappedFile.open(path: "nope.npy", mode: .readOnly)
        }
        #expect(throws: PythonError.self) { try MappedFile.Mode(numpyName: "w+") }
    }
}
