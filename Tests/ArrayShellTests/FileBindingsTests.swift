import ArrayShell
import Foundation
import Testing

/// `np.save`, `np.load` and `np.savez` as the language sees them: arguments,
/// results and the objects they give (`NpzFile`, `memmap`, `mmap.mmap`).
@Suite("File functions in the shell")
struct FileBindingsTests {
    /// Runs `lines` in a fresh session inside a new temporary folder; returns output and error text.
    func run(_ lines: String) throws -> (output: String, errors: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var output = ""
        var errors = ""
        let session = Session(options: .init(stableIds: true), output: { output += $0 }, errors: { errors += $0 })
        for line in lines.split(separator: "\n") {
            session.feed(String(line).replacingOccurrences(of: "$DIR", with: folder.path))
        }
        return (output, errors)
    }

    @Test func saveAddsTheExtensionAndLoadGivesTheSameArray() throws {
        let result = try run(
            """
            a = np.arange(6, dtype=np.int16).reshape(2, 3)
            np.save('$DIR/a', a)
            b = np.load('$DIR/a.npy')
            b
            np.array_equal(a, b), b.dtype, b.flags.owndata, b.base.shape
            """)
        #expect(result.errors == "")
        #expect(
            result.output == """
                array([[0, 1, 2],
                       [3, 4, 5]], dtype=int16)
                (True, dtype('int16'), False, (6,))

                """)
    }

    @Test func mappedArrayIsAMemmapOverTheFile() throws {
        let result = try run(
            """
            np.save('$DIR/a.npy', np.arange(3))
            m = np.load('$DIR/a.npy', mmap_mode='r')
            m
            type(m), isinstance(m, np.ndarray), isinstance(m, np.memmap)
            m.base
            m.base is m.base, m[1:].base is m, m.flags.owndata, m.flags.writeable
            m[0] = 1
            c = np.load('$DIR/a.npy', mmap_mode='c')
            c.base
            c + 1
            c.copy().base is None, c.copy().flags.owndata
            """)
        #expect(
            result.output == """
                memmap([0, 1, 2])
                (<class 'numpy.memmap'>, True, True)
                <mmap.mmap closed=False, access=ACCESS_READ, length=152, pos=0, offset=0>
                (True, True, False, False)
                <mmap.mmap closed=False, access=ACCESS_COPY, length=152, pos=0, offset=0>
                array([1, 2, 3])
                (True, True)

                """)
        #expect(result.errors == "ValueError: assignment destination is read-only\n")
    }

    @Test func npzFileIsIndexedByName() throws {
        let result = try run(
            """
            np.savez('$DIR/z', np.arange(2), w=np.ones(2, dtype=np.float32))
            d = np.load('$DIR/z.npz')
            d.files
            d['arr_0'], d['w.npy']
            type(d)
            d['nope']
            d[0]
            """)
        #expect(
            result.output == """
                ['w', 'arr_0']
                (array([0, 1]), array([1., 1.], dtype=float32))
                <class 'numpy.lib.npyio.NpzFile'>

                """)
        #expect(
            result.errors == """
                KeyError: 'nope is not a file in the archive'
                KeyError: '0 is not a file in the archive'

                """)
    }

    @Test(arguments: [
        ("np.save(5, np.arange(2))", "TypeError: expected str, bytes or os.PathLike object, not int"),
        ("np.load('$DIR/missing.npy')", "FileNotFoundError: [Errno 2] No such file or directory: '$DIR/missing.npy'"),
        ("np.load('$DIR')", "IsADirectoryError: [Errno 21] Is a directory: '$DIR'"),
        ("np.load('$DIR/a.npy', mmap_mode=1)", "TypeError: mmap_mode must be a str or None, not int"),
        (
            "np.load('$DIR/a.npy', mmap_mode='x')",
            "ValueError: mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write'] (got 'x')"
        ),
        (
            "np.savez('$DIR/z', np.arange(2), arr_0=np.arange(2))",
            "ValueError: Cannot use un-named variables and keyword arr_0"
        ),
    ])
    func badArgumentsGiveOneErrorLine(line: String, error: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-args-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var errors = ""
        let session = Session(output: { _ in }, errors: { errors += $0 })
        session.feed("np.save('\(folder.path)/a.npy', np.arange(2))")
        session.feed(line.replacingOccurrences(of: "$DIR", with: folder.path))
        #expect(errors == error.replacingOccurrences(of: "$DIR", with: folder.path) + "\n")
    }
}
