import Testing

@testable import ArrayShell

/// `%mem` and `%whos` on the views stride tricks, broadcasting, flips and diagonals
/// make: golden pictures worked out from each view's offset, shape and strides.
@Suite("Memory pictures of views")
struct MemoryPictureTests {
    @Test func overlappingWindowsShowHowOftenEachElementIsReached() {
        let shell = SessionHarness()
        shell.run("a = np.arange(12)", "w = np.lib.stride_tricks.sliding_window_view(a, 4)")
        // Window i covers elements i..i+3: element k lies in min(k+1, 4, 12-k) windows.
        #expect(
            shell.run("%mem w") == """
                buffer #1  int64 × 12  96 bytes  owned by a
                  w          [█2344444432█] view offset 0 shape (9, 4) strides (8, 8)
                  (a digit: elements the view reaches that many times; * for 10 or more)

                """)
    }

    /// `np.frombuffer` reaches a bytearray through a memoryview, `np.ndarray(buffer=)`
    /// directly: one picture all the same, named after the bytearray, in its bytes.
    @Test func viewsOfOneBytearrayShareOnePicture() {
        let shell = SessionHarness()
        shell.run(
            "b = bytearray(8)", "a = np.ndarray((2,), dtype='<i2', buffer=b, offset=4)",
            "c = np.frombuffer(b, dtype=np.uint8)[:2]", "r = np.frombuffer(b'xy', dtype=np.uint8)")
        #expect(
            shell.run("%mem") == """
                buffer #1  int16 × 4  8 bytes  the memory of bytearray b
                  a          [··██] view offset 4 shape (2,) strides (2,)
                  c          [█···] view offset 0 shape (2,) strides (1,)
                buffer #2  uint8 × 2  2 bytes  the memory of a bytes object
                  r          [██] view offset 0 shape (2,) strides (1,)

                """)
        #expect(shell.run("%whos").contains("views bytearray b (8 bytes)"))
    }

    @Test func stridedWindowsThatDoNotOverlapAreDrawnOnce() {
        let shell = SessionHarness()
        shell.run("a = np.arange(12)", "x = np.lib.stride_tricks.as_strided(a, shape=(3, 3), strides=(24, 16))")
        // Rows start at elements 0, 3, 6 and step by 2: rows interleave, nothing is reached twice.
        #expect(
            shell.run("%mem x") == """
                buffer #1  int64 × 12  96 bytes  owned by a
                  x          [█·█▓█▓█▓█·█·] view offset 0 shape (3, 3) strides (24, 16)

                """)
    }

    @Test func broadcastsRepeatTheirElements() {
        let shell = SessionHarness()
        shell.run(
            "a = np.arange(12)", "b = np.broadcast_to(a[:3], (4, 3))",
            "big = np.zeros(1000)", "bb = np.broadcast_to(big[:100], (50, 100))")
        #expect(
            shell.run("%mem b bb") == """
                buffer #1  int64 × 12  96 bytes  owned by a
                  b          [444·········] view offset 0 shape (4, 3) strides (0, 8)
                buffer #2  float64 × 1,000  7.81 KiB  owned by big  (28 per cell)
                  bb         [****································] view
                             offset 0 shape (50, 100) strides (0, 8)
                  (a digit: elements the view reaches that many times; * for 10 or more)

                """)
    }

    @Test func aScaledBarEndsWithTheBuffer() {
        let shell = SessionHarness()
        shell.run("a = np.arange(100)")
        // 3 elements a cell: 34 cells hold the 100, and no cell lies past the buffer's end.
        #expect(
            shell.run("%mem") == """
                buffer #1  int64 × 100  800 bytes  owned by a  (3 per cell)
                  a          [\(String(repeating: "█", count: 34))] owner
                             offset 0 shape (100,) strides (8,)

                """)
    }

    @Test func flippedAndDiagonalViews() {
        let shell = SessionHarness()
        shell.run("a = np.arange(12)", "m = a.reshape(3, 4)", "f = np.flip(m)", "u = np.flipud(m)", "d = m.diagonal()")
        // Any axis walked backwards is marked ←, flipud's too (its last stride is positive).
        #expect(
            shell.run("%mem d f u") == """
                buffer #1  int64 × 12  96 bytes  owned by a
                  d          [█····█····█·] view offset 0 shape (3,) strides (40,)
                  f          [████▓▓▓▓████] ← view offset 88 shape (3, 4) strides (-32, -8)
                  u          [████▓▓▓▓████] ← view offset 64 shape (3, 4) strides (-32, 8)

                """)
    }

    @Test func whosNamesTheOwnerThroughAStrideTricksHolder() {
        let shell = SessionHarness()
        shell.run(
            "a = np.arange(6)", "w = np.lib.stride_tricks.as_strided(a, (4, 3), (8, 8))",
            "b = np.frombuffer(a.tobytes(), dtype=np.int64)")
        #expect(
            shell.run("%whos") == """
                Variable   Type      Shape    Dtype   Data/Info
                ---------------------------------------------------------------------
                a          ndarray   (6,)     int64   owns data (48 bytes)
                b          ndarray   (6,)     int64   views a bytes object (48 bytes)
                w          ndarray   (4, 3)   int64   view of a

                """)
        #expect(shell.run("%mem b").hasPrefix("buffer #1  int64 × 6  48 bytes  the memory of a bytes object\n"))
    }

    /// A field with a shape is a field of its owner; one column of it is only a view. Strings,
    /// records and dates are named by what tells their width (`<U2`, `|V20`) or unit.
    @Test func whosNamesSubarrayFieldsAndTheNewDtypes() {
        let shell = SessionHarness()
        shell.run(
            "r = np.zeros(2, dtype=[('p', 'f4', (3,)), ('n', 'U2')])", "p = r['p']", "q = p[:, 1]", "n = r['n']",
            "d = np.array(['2024-01-01'], dtype='M8[D]')")
        #expect(
            shell.run("%whos") == """
                Variable   Type      Shape    Dtype           Data/Info
                ------------------------------------------------------------------
                d          ndarray   (1,)     datetime64[D]   owns data (8 bytes)
                n          ndarray   (2,)     <U2             field 'n' of r
                p          ndarray   (2, 3)   float32         field 'p' of r
                q          ndarray   (2,)     float32         view of r
                r          ndarray   (2,)     |V20            owns data (40 bytes)
                """ + "\n")
        #expect(shell.run("%mem r").hasPrefix("buffer #1  |V20 × 2  40 bytes  owned by r\n"))
    }
}
