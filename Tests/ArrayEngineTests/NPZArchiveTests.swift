import Foundation
import Testing

@testable import ArrayEngine

/// `.npz` archives both ways, and damaged ones.
@Suite("npz archives")
struct NPZArchiveTests {
    static let members: [(name: String, code: String, dtype: DType, layout: String)] =
        NPYSamples.codes.map { ("x_\($0.code)", $0.code, $0.dtype, "c") } + [
            ("fortran", "f8", .float64, "f"), ("zero_d", "u2", .uint16, "scalar"),
        ]

    func writeSample(_ path: String) throws {
        try NPZArchive.write(
            try Self.members.map { ($0.name, try NPYSamples.array($0.dtype, layout: $0.layout)) }, to: path)
    }

    @Test func membersReadBackInOrder() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.path("z.npz")
        try writeSample(path)
        let archive = try NPZArchive(path: path)
        #expect(archive.names == Self.members.map(\.name))
        for member in Self.members {
            let array = try #require(try archive.array(named: member.name))
            #expect(
                try array.elements() == NPYSamples.array(member.dtype, layout: member.layout).elements(),
                "\(member.name)")
        }
        #expect(try archive.array(named: "x_f4.npy") != nil)
        #expect(try archive.array(named: "nope") == nil)
    }

    @Test(.enabled(if: NumPyReference.isAvailable, NumPyReference.missing))
    func numPyReadsArrshArchives() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try writeSample(folder.path("z.npz"))
        let expected = Self.members.map { "('\($0.name)', '\($0.code)', '\($0.layout)')" }.joined(separator: ", ")
        let result = try NumPyReference.run(
            NPYSamples.python + """
                d = np.load('z.npz')
                members = [\(expected)]
                print(d.files == [m[0] for m in members])
                for name, code, layout in members:
                    a, b = d[name], values(code, layout)
                    print(name, np.array_equal(a, b) and a.dtype == b.dtype and a.shape == b.shape)
                """, in: folder.url)
        #expect(result.status == 0)
        #expect(result.output == "True\n" + Self.members.map { "\($0.name) True\n" }.joined(), "\(result.output)")
    }

    @Test(.enabled(if: NumPyReference.isAvailable, NumPyReference.missing), arguments: ["savez", "savez_compressed"])
    func arrshReadsNumPyArchives(function: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let result = try NumPyReference.run(
            NPYSamples.python + """
                np.\(function)('z.npz', values('i4', 'c'), big=values('f8', 'f', '>'), flags=values('b1', 'flat'))
                """, in: folder.url)
        #expect(result.status == 0, "\(result.output)")
        let archive = try NPZArchive(path: folder.path("z.npz"))
        #expect(archive.names == ["big", "flags", "arr_0"])
        #expect(try archive.array(named: "arr_0")?.elements() == NPYSamples.array(.int32, layout: "c").elements())
        #expect(try archive.array(named: "big")?.elements() == NPYSamples.array(.float64, layout: "f").elements())
        #expect(try archive.array(named: "flags")?.elements() == NPYSamples.array(.bool, layout: "flat").elements())
    }

    /// The error opening `bytes` as an archive and reading every member, or nil.
    static func failure(_ bytes: [UInt8], in folder: ScratchFolder) -> String? {
        let path = folder.path("damaged-\(UUID().uuidString).npz")
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            return "could not write the sample: \(error)"
        }
        do {
            let archive = try NPZArchive(path: path)
            for name in archive.names { _ = try archive.array(named: name) }
            return nil
        } catch {
            return error.description
        }
    }

    @Test func damagedArchivesGiveOneClearError() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.path("z.npz")
        try writeSample(path)
        let good = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(Self.failure(good, in: folder) == nil)
        #expect(Self.failure(Array(good.prefix(good.count / 2)), in: folder) == "BadZipFile: File is not a zip file")
        #expect(Self.failure(Array("PK\u{3}\u{4}garbage".utf8), in: folder) == "BadZipFile: File is not a zip file")
        // A flipped data byte in the first member fails its CRC.
        var flipped = good
        flipped[100] ^= 0xFF
        #expect(Self.failure(flipped, in: folder) == "BadZipFile: Bad CRC-32 for file 'x_b1.npy'")
        // Sizes in the central directory beyond the file itself are refused before reading.
        var lying = good
        let central = try #require(lying.indices.first { lying[$0..<$0 + 4] == [0x50, 0x4B, 0x01, 0x02] })
        for offset in 20..<28 { lying[central + offset] = 0xFF }
        #expect(Self.failure(lying, in: folder) == "BadZipFile: Truncated file header")
    }
}
