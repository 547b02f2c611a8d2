import ArrayEngine
import Foundation
import Testing

@testable import ArrayEngine

/// Malformed or hostile `.npy` images: each gives one clear error, never a crash,
/// an over-read or an allocation the file cannot back.
@Suite("npy hostile files")
struct NPYHostileFileTests {
    /// A file image with `header` as its dict text (padded as NumPy pads) and `data` after it.
    static func image(_ header: String, data: [UInt8] = [], version: UInt8 = 1) -> [UInt8] {
        let lengthSize = version == 1 ? 2 : 4
        let body = Array(header.utf8)
        let unpadded = 8 + lengthSize + body.count + 1
        let length = body.count + 1 + (64 - unpadded % 64)
        var bytes = NPYHeader.magic + [version, 0]
        for i in 0..<lengthSize { bytes.append(UInt8(truncatingIfNeeded: length >> (8 * i))) }
        return bytes + body + [UInt8](repeating: 0x20, count: length - body.count - 1) + [0x0A] + data
    }

    /// The header text as the file holds it: padded with spaces and a newline.
    static func padded(_ header: String) -> String {
        let bytes = image(header)
        return String(decoding: bytes[10...], as: UTF8.self)
    }

    static func dict(descr: String = "'<i8'", fortran: String = "False", shape: String = "(2,)") -> String {
        "{'descr': \(descr), 'fortran_order': \(fortran), 'shape': \(shape), }"
    }

    static let eightBytes = [UInt8](repeating: 1, count: 16)

    static let cases: [(String, [UInt8], String)] = [
        ("empty", [], "ValueError: EOF: reading magic string, expected 8 bytes got 0"),
        (
            "short magic", Array(NPYHeader.magic.prefix(5)),
            "ValueError: EOF: reading magic string, expected 8 bytes got 5"
        ),
        (
            "wrong magic", Array("PK\u{3}\u{4}abcd".utf8),
            "ValueError: the magic string is not correct; expected b'\\x93NUMPY', got b'PK\\x03\\x04ab'"
        ),
        (
            "version 4", NPYHeader.magic + [4, 0, 0, 0],
            "ValueError: we only support format version (1,0), (2,0), and (3,0), not (4, 0)"
        ),
        (
            "no length", NPYHeader.magic + [2, 0, 9],
            "ValueError: EOF: reading array header length, expected 4 bytes got 1"
        ),
        (
            "header longer than file", NPYHeader.magic + [1, 0, 0xFF, 0xFF] + Array("{}".utf8),
            "ValueError: EOF: reading array header, expected 65535 bytes got 2"
        ),
        (
            "truncated data", image(dict(shape: "(3,)"), data: eightBytes),
            "ValueError: Failed to read all data for array. Expected (3,) = 3 elements, could only read 2 elements. (file seems not fully written?)"
        ),
        (
            "lying shape", image(dict(shape: "(1000, 1000)"), data: eightBytes),
            "ValueError: Failed to read all data for array. Expected (1000, 1000) = 1000000 elements, could only read 2 elements. (file seems not fully written?)"
        ),
        (
            "absurd shape", image(dict(shape: "(1180591620717411303424,)"), data: eightBytes),
            "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
        ),
        (
            "overflowing product", image(dict(shape: "(4294967296, 4294967296)"), data: eightBytes),
            "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
        ),
        (
            "bytes overflow", image(dict(shape: "(2305843009213693952,)"), data: eightBytes),
            "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
        ),
        (
            "negative extent", image(dict(shape: "(-2,)"), data: eightBytes),
            "ValueError: negative dimensions are not allowed"
        ),
        (
            "65 dimensions", image(dict(shape: "(" + String(repeating: "1, ", count: 65) + ")")),
            "ValueError: maximum supported dimension for an ndarray is currently 64, found 65"
        ),
        (
            "garbage header", image("import os; os.system('rm -rf /')"),
            "ValueError: Cannot parse header: " + PythonText.repr(padded("import os; os.system('rm -rf /')"))
        ),
        (
            "deep nesting", image(String(repeating: "(", count: 300) + String(repeating: ")", count: 300)),
            "ValueError: Cannot parse header: "
                + PythonText.repr(padded(String(repeating: "(", count: 300) + String(repeating: ")", count: 300)))
        ),
        ("not a dict", image("[1, 2]"), "ValueError: Header is not a dictionary: [1, 2]"),
        (
            "missing key", image("{'descr': '<i8', 'shape': (2,)}"),
            "ValueError: Header does not contain the correct keys: ['descr', 'shape']"
        ),
        (
            "extra key", image("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), 'x': 1}"),
            "ValueError: Header does not contain the correct keys: ['descr', 'fortran_order', 'shape', 'x']"
        ),
        ("shape a list", image(dict(shape: "[2]")), "ValueError: shape is not valid: [2]"),
        ("shape of floats", image(dict(shape: "(2.5,)")), "ValueError: shape is not valid: (2.5,)"),
        ("order not a bool", image(dict(fortran: "0")), "ValueError: fortran_order is not a valid bool: 0"),
        ("descr not a string", image(dict(descr: "5")), "ValueError: descr is not a valid dtype descriptor: 5"),
        (
            "complex256", image(dict(descr: "'<c32'")),
            "ValueError: arrsh cannot load arrays of dtype '<c32'; it supports bool, int8-64, uint8-64, float16-64, complex64-128, strings, datetime64 and timedelta64, in either byte order, and records of them"
        ),
        (
            // NumPy's own refusal: the data of an object array is a pickle.
            "object", image(dict(descr: "'|O'")), "ValueError: Object arrays cannot be loaded when allow_pickle=False"
        ),
        (
            "structured with a field of shape [2]", image(dict(descr: "[('a', '<i4', [2])]")),
            "ValueError: arrsh cannot load structured arrays of these fields (descr [('a', '<i4', [2])]); it supports bool, int8-64, uint8-64, float16-64, complex64-128, strings, datetime64 and timedelta64, in either byte order, and records of them"
        ),
        (
            "header too long", image(dict() + String(repeating: " ", count: 10_050)),
            "ValueError: Header info length (10166) is large and may not be safe to load securely. To allow loading, adjust `max_header_size` or fully trust the `.npy` file using `allow_pickle=True`."
        ),
        (
            "version 3 not UTF-8", image("{'descr': '\u{FF}'}", version: 3).map { $0 == 0xC3 ? 0xFF : $0 },
            "ValueError: the array header is not valid UTF-8"
        ),
    ]

    /// The error reading `bytes` gives, or nil when it reads.
    static func failure(_ bytes: [UInt8]) -> String? {
        do {
            _ = try NPYFile.read(from: MemoryBytes(storage: bytes))
            return nil
        } catch {
            return error.description
        }
    }

    @Test(arguments: cases.map(\.0))
    func hostileImageGivesOneClearError(name: String) throws {
        let (_, bytes, message) = try #require(Self.cases.first { $0.0 == name })
        #expect(Self.failure(bytes) == message)
    }

    @Test func headerOfAnotherPythonSpellingStillReads() throws {
        let bytes = Self.image("{\"shape\": (2,) , 'fortran_order':False,'descr':u'<i8'}", data: Self.eightBytes)
        let array = try NPYFile.read(from: MemoryBytes(storage: bytes))
        #expect(array.shape == [2] && array.dtype == .int64)
    }
}

/// Seeded random damage to valid images: every outcome must be an array or an
/// `PythonError` (a crash ends the test run), and mapped results must be readable.
@Suite("npy damaged at random")
struct NPYRandomDamageTests {
    /// SplitMix64: a small deterministic generator, so a failure reproduces.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func seeds() throws -> [[UInt8]] {
        try [("c", DType.float64), ("f", .int16), ("scalar", .bool), ("empty", .uint8), ("strided", .int32)].map {
            layout, dtype in
            try NPYFile.encoded(NPYSamples.array(dtype, layout: layout))
        }
    }

    static func damage(_ image: [UInt8], _ random: inout Generator) -> [UInt8] {
        var bytes = image
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard !bytes.isEmpty else { break }
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.removeSubrange(at...)
            case 2: bytes.insert(contentsOf: Array("(1,".utf8), at: at)
            case 3: bytes.remove(at: at)
            default: bytes[at] = Array("(){}[],:'0123456789 \n".utf8).randomElement(using: &random) ?? 0
            }
        }
        return bytes
    }

    @Test func damagedImagesReadOrFailCleanly() throws {
        var random = Generator(state: 7)
        for seed in try Self.seeds() {
            for _ in 0..<1_000 {
                let bytes = Self.damage(seed, &random)
                do {
                    let array = try NPYFile.read(from: MemoryBytes(storage: bytes))
                    _ = try array.elements()
                } catch {
                    #expect(!error.message.isEmpty)
                }
            }
        }
    }

    @Test func damagedFilesMapOrFailCleanly() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var random = Generator(state: 11)
        let path = folder.path("damaged.npy")
        for seed in try Self.seeds() {
            for _ in 0..<100 {
                try Data(Self.damage(seed, &random)).write(to: URL(fileURLWithPath: path))
                do {
                    _ = try MappedFile.open(path: path, mode: .copyOnWrite).elements()
                } catch {
                    #expect(!error.message.isEmpty)
                }
            }
        }
    }
}
