import Foundation
import Testing

/// `np.save`, `np.load` (with `mmap_mode`) and `np.savez` through the built binary,
/// checked against real NumPy both ways.
@Suite("Files: save, load, mmap")
struct FilesTests {
    /// Lines that print the same under Python + NumPy and under arrsh.
    static let printLoaded = """
        import numpy as np
        a = np.load('c.npy'); print(repr(a)); print(a.dtype, a.shape, a.flags.f_contiguous, a.flags.owndata)
        a = np.load('f.npy'); print(repr(a)); print(a.dtype, a.shape, a.flags.f_contiguous, a.flags.c_contiguous)
        print(repr(np.load('b.npy'))); print(repr(np.load('u.npy'))); print(repr(np.load('z.npy'))); print(repr(np.load('e.npy')))
        print(repr(np.load('special.npy'))); print(repr(np.load('cube.npy'))); print(repr(np.load('v2.npy'))); print(repr(np.load('v3.npy')))
        print(np.load('big.npy')); print(np.load('big.npy').tolist())
        t = np.load('unicode.npy'); print(repr(t)); print(t.tolist(), t.itemsize); print(repr(np.load('bytes.npy')))
        print(repr(np.load('dates.npy'))); print(repr(np.load('spans.npy'))); print(repr(np.load('sub.npy')))
        m = np.load('c.npy', mmap_mode='r'); print(repr(m)); print(type(m), m.flags.owndata, m.flags.writeable)
        print(repr(m[1:])); print(m[1:].base is m, np.may_share_memory(m, m[1:])); print(repr(m.base))
        print(repr(np.load('f.npy', mmap_mode='c'))); print(repr(np.load('z.npy', mmap_mode='r'))); print(repr(np.load('e.npy', mmap_mode='r')))
        d = np.load('arch.npz'); print(repr(d)); print(d.files); print(repr(d['arr_0'])); print(repr(d['w.npy']))
        """

    @Test(.enabled(if: NumPyScripts.isAvailable, NumPyScripts.missing))
    func filesWrittenByNumPyPrintTheSameInArrsh() throws {
        let folder = try NumPyScripts.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try NumPyScripts.python(
            """
            import numpy as np
            from numpy.lib import format
            np.save('c.npy', np.arange(-3, 3, dtype=np.int16).reshape(2, 3))
            np.save('f.npy', np.asfortranarray(np.linspace(0, 1, 6, dtype=np.float32).reshape(2, 3)))
            np.save('b.npy', np.array([[True, False], [False, True]]))
            np.save('u.npy', np.array([0, 2**63, 2**64 - 1], dtype=np.uint64))
            np.save('z.npy', np.float64(-2.5))
            np.save('e.npy', np.zeros((0, 3), dtype=np.uint8))
            np.save('special.npy', np.array([np.nan, -np.inf, 1e-300, 0.1]))
            np.save('cube.npy', np.arange(24, dtype=np.int8).reshape(2, 3, 4))
            np.save('big.npy', np.array([1.5, -2, 1e30], dtype='>f4'))
            np.save('unicode.npy', np.array([['a', 'héllo'], ['', 'xyz']]))
            np.save('bytes.npy', np.array([b'ab', b'c', b''], dtype='S3'))
            np.save('dates.npy', np.array(['2024-02-29', 'NaT', '1969-12-31'], dtype='M8[D]'))
            np.save('spans.npy', np.array([90, -1], dtype='>m8[m]'))
            np.save('sub.npy', np.array([([1, 2, 3], (4,)), ([5, 6, 7], (8,))], dtype=[('p', '<f4', (3,)), ('q', [('r', 'i2')])]))
            for v in (2, 3):
                with open(f'v{v}.npy', 'wb') as f: format.write_array(f, np.arange(3, dtype=np.int32), version=(v, 0))
            np.savez('arch.npz', np.arange(4), w=np.eye(2))
            """, in: folder)
        #expect(written.status == 0, "\(written.output)")
        let expected = try NumPyScripts.python(Self.printLoaded, in: folder)
        #expect(expected.status == 0, "\(expected.output)")
        let actual = try NumPyScripts.arrsh(Self.printLoaded, in: folder)
        #expect(actual.status == 0)
        #expect(actual.output == expected.output)
    }

    @Test(.enabled(if: NumPyScripts.isAvailable, NumPyScripts.missing))
    func filesSavedByArrshLoadInNumPy() throws {
        let folder = try NumPyScripts.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let saved = try NumPyScripts.arrsh(
            """
            a = np.arange(12, dtype=np.int32).reshape(3, 4)
            np.save('c', a); np.save('f.npy', a.T); np.save('s', a[::2, ::-1]); np.save('b', a > 5)
            np.save('u', np.arange(3, dtype=np.uint64) * 6000000000000000000); np.save('h', np.arange(4, dtype=np.float32) / 3)
            np.save('z', np.float32(1.5)); np.save('e', np.zeros((0, 2), dtype=np.uint8)); np.save('l', [1, 2, 3])
            np.savez('arch', a, t=a.T)
            np.save('t', np.array([['a', 'héllo'], ['', 'xyz']])); np.save('y', np.array(['ab', 'c', '']).astype('S3'))
            np.save('d', np.array(['2024-02-29T10:30', 'NaT'], dtype='M8[m]')); np.save('m', np.array([3, -7], dtype='m8[ms]'))
            r = np.zeros(2, dtype=[('p', '<f4', (3,)), ('q', [('r', 'i2')])]); r['p'][1] = [5, 6, 7]; r['q']['r'] = 8; np.save('r', r)
            """, in: folder)
        #expect(saved.output == "" && saved.status == 0, "\(saved.output)")
        let checked = try NumPyScripts.python(
            """
            import io
            import numpy as np
            from numpy.lib import format
            a = np.arange(12, dtype=np.int32).reshape(3, 4)
            expected = {'c': a, 'f': a.T, 's': a[::2, ::-1], 'b': a > 5,
                        'u': np.arange(3, dtype=np.uint64) * np.uint64(6000000000000000000),
                        'h': np.arange(4, dtype=np.float32) / np.float32(3), 'z': np.array(np.float32(1.5)),
                        'e': np.zeros((0, 2), dtype=np.uint8), 'l': np.array([1, 2, 3]),
                        't': np.array([['a', 'héllo'], ['', 'xyz']]), 'y': np.array([b'ab', b'c', b''], dtype='S3'),
                        'd': np.array(['2024-02-29T10:30', 'NaT'], dtype='M8[m]'), 'm': np.array([3, -7], dtype='m8[ms]'),
                        'r': np.array([([0, 0, 0], (8,)), ([5, 6, 7], (8,))], dtype=[('p', '<f4', (3,)), ('q', [('r', 'i2')])])}
            for name, want in expected.items():
                with open(name + '.npy', 'rb') as f:
                    format.read_magic(f)
                    shape, fortran, dtype = format.read_array_header_1_0(f)
                got = np.load(name + '.npy')
                same = io.BytesIO(); np.save(same, want)
                print(name, np.array_equal(got, want, equal_nan=got.dtype.kind in 'fcmM'), got.dtype == want.dtype, shape == want.shape,
                      fortran == (want.flags.f_contiguous and not want.flags.c_contiguous),
                      open(name + '.npy', 'rb').read() == same.getvalue())
            d = np.load('arch.npz')
            print(d.files, np.array_equal(d['arr_0'], a), np.array_equal(d['t'], a.T), d['t'].flags.f_contiguous)
            """, in: folder)
        let names = ["c", "f", "s", "b", "u", "h", "z", "e", "l", "t", "y", "d", "m", "r"]
        #expect(
            checked.output == names.map { "\($0) True True True True True\n" }.joined()
                + "['t', 'arr_0'] True True True\n")
    }

    @Test(.enabled(if: NumPyScripts.isAvailable, NumPyScripts.missing))
    func writesThroughAReadWriteMappingReachTheFile() throws {
        let folder = try NumPyScripts.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try NumPyScripts.python(
            "import numpy as np; np.save('w.npy', np.asfortranarray(np.arange(9.0).reshape(3, 3)))", in: folder)
        let edited = try NumPyScripts.arrsh(
            """
            m = np.load('w.npy', mmap_mode='r+')
            m[1, :] = -1
            row = m[2]
            row *= 10
            c = np.load('w.npy', mmap_mode='c')
            c[...] = 0
            r = np.load('w.npy', mmap_mode='r')
            print(r.sum(), c.sum())
            """, in: folder)
        #expect(edited.output == "210.0 0.0\n", "\(edited.output)")
        let read = try NumPyScripts.python(
            """
            import numpy as np
            w = np.load('w.npy')
            print(w.tolist(), w.flags.f_contiguous)
            """, in: folder)
        #expect(read.output == "[[0.0, 1.0, 2.0], [-1.0, -1.0, -1.0], [60.0, 70.0, 80.0]] True\n")
    }

    /// Damaged files and NumPy's own complaints: one error line each, never a crash.
    static let hostile: [(file: String, bytes: [UInt8], statement: String, error: String)] = {
        let header =
            Array("\u{93}NUMPY".unicodeScalars.map { UInt8($0.value) }) + [1, 0, 118, 0]
            + Array("{'descr': '<i8', 'fortran_order': False, 'shape': (4,), }".utf8)
        let padded = header + [UInt8](repeating: 0x20, count: 128 - header.count - 1) + [0x0A]
        func with(shape: String) -> [UInt8] {
            let text = "{'descr': '<i8', 'fortran_order': False, 'shape': \(shape), }"
            let body = Array("\u{93}NUMPY".unicodeScalars.map { UInt8($0.value) }) + [1, 0, 118, 0] + Array(text.utf8)
            return body + [UInt8](repeating: 0x20, count: 128 - body.count - 1) + [0x0A]
                + [UInt8](repeating: 7, count: 32)
        }
        return [
            (
                "truncated.npy", padded + [UInt8](repeating: 1, count: 20), "np.load('truncated.npy')",
                "ValueError: Failed to read all data for array. Expected (4,) = 4 elements, could only read 2 elements. (file seems not fully written?)"
            ),
            (
                "truncated.npy", padded + [UInt8](repeating: 1, count: 20), "np.load('truncated.npy', mmap_mode='r')",
                "ValueError: mmap length is greater than file size"
            ),
            (
                "lying.npy", with(shape: "(100000, 100000)"), "np.load('lying.npy')",
                "ValueError: Failed to read all data for array. Expected (100000, 100000) = 10000000000 elements, could only read 4 elements. (file seems not fully written?)"
            ),
            (
                "huge.npy", with(shape: "(9223372036854775807, 9)"), "np.load('huge.npy', mmap_mode='r+')",
                "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
            ),
            (
                "garbage.npy", Array(padded.prefix(10)) + Array(String(repeating: "@", count: 117).utf8) + [0x0A],
                "np.load('garbage.npy')",
                "ValueError: Cannot parse header: '" + String(repeating: "@", count: 117) + "\\n'"
            ),
            ("empty.npy", [], "np.load('empty.npy')", "EOFError: No data left in file"),
            (
                "text.npy", Array("hello\n".utf8), "np.load('text.npy')",
                "ValueError: This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`."
            ),
            (
                "fake.npz", Array("PK\u{3}\u{4} not a zip".utf8), "np.load('fake.npz')",
                "BadZipFile: File is not a zip file"
            ),
            ("none.npy", [], "np.load('x.npy')", "FileNotFoundError: [Errno 2] No such file or directory: 'x.npy'"),
        ]
    }()

    @Test(arguments: hostile.indices)
    func hostileFileGivesOneErrorLine(index: Int) throws {
        let (file, bytes, statement, error) = Self.hostile[index]
        let folder = try NumPyScripts.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent(file))
        let run = try NumPyScripts.arrsh(statement + "\nprint('still running')\n", in: folder)
        #expect(run.output == error + "\nstill running\n")
        #expect(run.status == 1)
    }
}
