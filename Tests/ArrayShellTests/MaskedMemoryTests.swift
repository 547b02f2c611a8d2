import Testing

@testable import ArrayShell

/// `%mem` and `%whos` on masked arrays: a masked array is two buffers, its values
/// (`m.data`, often a view of the array it was made from) and its mask (`m.mask`),
/// and a slice views both.
@Suite("Memory pictures of masked arrays")
struct MaskedMemoryTests {
    @Test func aSliceViewsTheValuesAndTheMaskOfItsMaskedArray() {
        let shell = SessionHarness()
        shell.run("a = np.arange(6.)", "m = np.ma.array(a, mask=a > 3)", "v = m[2:]")
        // m's values are a's memory (np.ma.array does not copy); its mask is new, 6 bools;
        // v starts 2 elements in, 16 bytes into a and 2 bytes into the mask.
        #expect(
            shell.run("%mem") == """
                buffer #1  float64 × 6  48 bytes  owned by a
                  a          [██████] owner offset 0 shape (6,) strides (8,)
                  m.data     [██████] view offset 0 shape (6,) strides (8,)
                  v.data     [··████] view offset 16 shape (4,) strides (8,)
                buffer #2  bool × 6  6 bytes  owned by m.mask
                  m.mask     [██████] owner offset 0 shape (6,) strides (1,)
                  v.mask     [··████] view offset 2 shape (4,) strides (1,)

                """)
    }

    @Test func whosTellsWhoseMemoryTheValuesAndTheMaskAre() {
        let shell = SessionHarness()
        shell.run("a = np.arange(6.)", "m = np.ma.array(a, mask=a > 3)", "n = np.ma.array([1, 2])")
        let table = shell.run("%whos")
        #expect(table.contains("MaskedArray   (6,)    float64   data: view of a; mask: owns data (6 bytes)"))
        #expect(table.contains("MaskedArray   (2,)    int64     data: owns data (16 bytes); nomask"))
    }
}
