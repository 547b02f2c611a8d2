import Foundation
import Testing

@testable import ArrayEngine

/// The `.npy` format both ways: what arrsh writes, NumPy reads (byte for byte what
/// NumPy itself writes), and what NumPy writes, arrsh reads.
@Suite("npy format")
struct NPYFormatTests {
    static let cases = NPYSamples.codes.flatMap { code in NPYSamples.layouts.map { (code.code, code.dtype, $0) } }

    @Test func everyDtypeAndLayoutSurvivesARoundTrip() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for (code, dtype, layout) in Self.cases {
            let array = try NPYSamples.array(dtype, layout: layout)
            let path = folder.path("\(code)-\(layout).npy")
            try NPYFile.write(array, to: path)
            let back = try NPYFile.read(path: path)
            #expect(back.shape == array.shape && back.dtype == dtype, "\(code) \(layout)")
            #expect(try back.elements() == array.elements(), "\(code) \(layout)")
            // Fortran order only for an array that is F- and not C-contiguous, as NumPy decides.
            #expect(back.isFContiguous == array.isFContiguous || !array.isCContiguous, "\(code) \(layout)")
        }
    }

    @Test(.enabled(if: NumPyReference.isAvailable, NumPyReference.missing))
    func numPyReadsWhatArrshWritesAndWouldWriteTheSameBytes() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for (code, dtype, layout) in Self.cases {
            try NPYFile.write(try NPYSamples.array(dtype, layout: layout), to: folder.path("\(code)-\(layout).npy"))
        }
        let checks = Self.cases.map { "check('\($0.0)', '\($0.2)')" }.joined(separator: "\n")
        let result = try NumPyReference.run(
            NPYSamples.python + """
                import io
                from numpy.lib import format
                def check(code, layout):
                    name = f'{code}-{layout}.npy'
                    expected = values(code, layout)
                    with open(name, 'rb') as f:
                        major, minor = format.read_magic(f)
                        shape, fortran, dtype = format.read_array_header_1_0(f)
                    loaded = np.load(name)
                    same = io.BytesIO()
                    np.save(same, expected)
                    problems = [what for what, ok in [
                        ('values', np.array_equal(loaded, expected)), ('dtype', loaded.dtype == expected.dtype),
                        ('shape', shape == expected.shape),
                        ('fortran_order', fortran == (expected.flags.f_contiguous and not expected.flags.c_contiguous)),
                        ('version', (major, minor) == (1, 0)),
                        ('bytes', open(name, 'rb').read() == same.getvalue())] if not ok]
                    print(name, 'ok' if not problems else 'differs in ' + ', '.join(problems))
                \(checks)
                """, in: folder.url)
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == Self.cases.count)
        for line in lines { #expect(line.hasSuffix(" ok"), "\(line)") }
    }

    @Test(.enabled(if: NumPyReference.isAvailable, NumPyReference.missing))
    func arrshReadsWhatNumPyWritesInEveryVersionAndByteOrder() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let result = try NumPyReference.run(
            NPYSamples.python + """
                from numpy.lib import format
                for code in ['b1', 'i1', 'i2', 'i4', 'i8', 'u1', 'u2', 'u4', 'u8', 'f2', 'f4', 'f8', 'c8', 'c16']:
                    for layout in ['c', 'f', 'strided', 'flat', 'scalar', 'empty']:
                        for order in '<>':
                            for version in [(1, 0), (2, 0), (3, 0)]:
                                name = f'{code}-{layout}-{"big" if order == ">" else "little"}-{version[0]}.npy'
                                with open(name, 'wb') as f:
                                    format.write_array(f, values(code, layout, order), version=version)
                """, in: folder.url)
        #expect(result.status == 0, "\(result.output)")
        for (code, dtype, layout) in Self.cases {
            let expected = try NPYSamples.array(dtype, layout: layout)
            for order in ["little", "big"] {
                for version in 1...3 {
                    let name = "\(code)-\(layout)-\(order)-\(version).npy"
                    let array = try NPYFile.read(path: folder.path(name))
                    // The file's byte order is kept, as NumPy keeps it ('>f4' loads as '>f4').
                    let stored = order == "big" ? DType(dtype.scalarType, byteSwapped: true) : dtype
                    #expect(array.dtype == stored && array.shape == expected.shape, "\(name)")
                    #expect(try array.elements() == expected.elements(), "\(name)")
                    if layout == "f" { #expect(array.isFContiguous && !array.isCContiguous, "\(name)") }
                    // Like NumPy 2: a view of the 1-D array that owns the elements.
                    #expect(array.base?.shape == [expected.size], "\(name)")
                }
            }
        }
    }

    @Test func headerBytesAreNumPys() {
        let header = NPYHeader(dtype: .float32, isFortranOrder: false, shape: [2])
        let text = "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }"
        let expected =
            NPYHeader.magic + [1, 0, 118, 0] + Array(text.utf8)
            + [UInt8](repeating: 0x20, count: 128 - 10 - text.utf8.count - 1) + [0x0A]
        #expect(header.encoded().bytes == expected)
    }

    @Test func aHeaderTooLongForVersion1UsesVersion2() throws {
        let header = NPYHeader(dtype: .int8, isFortranOrder: false, shape: Array(repeating: 1, count: 30_000))
        let (bytes, version) = header.encoded()
        #expect(version == (2, 0) && bytes[6] == 2 && bytes[7] == 0)
        #expect(bytes.count % 64 == 0 && bytes.last == 0x0A)
        let length = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
        #expect(length == bytes.count - 12)
    }
}
