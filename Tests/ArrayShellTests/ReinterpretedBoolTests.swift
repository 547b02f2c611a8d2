import Testing

/// Bool arrays whose bytes are not 0 or 1 (made by `view(bool)`, or by writing through
/// a uint8 view): every kernel reads a non-zero byte as True, as NumPy does, and
/// copies keep the bytes. A Swift `Bool` loaded from such a byte was undefined
/// behaviour (it kept the low bit: 2 read as False). Found by the engine property suite.
@Suite("Bool memory holding other bytes")
struct ReinterpretedBoolTests {
    @Test(
        "reads, casts, reductions and copies of bool bytes 0...7 give NumPy's results",
        arguments: [
            ("a[::2].copy()", "array([False,  True,  True,  True])"),
            ("a[::-1] + a", "array([ True,  True,  True,  True,  True,  True,  True,  True])"),
            ("np.logical_not(a[::2])", "array([ True, False, False, False])"),
            ("a[::2].astype(np.int8)", "array([0, 1, 1, 1], dtype=int8)"),
            ("a.sum(), a[::2].sum(), a.astype(int)", "(np.int64(7), np.int64(3), array([0, 1, 1, 1, 1, 1, 1, 1]))"),
            ("b = a[::2]; b[...] = a[1::2]; a.view(np.uint8)", "array([1, 1, 3, 3, 5, 5, 7, 7], dtype=uint8)"),
        ])
    func matchesNumPy(input: String, output: String) {
        let shell = CapturedSession()
        shell.run("a = np.arange(8, dtype=np.uint8).view(bool)")
        #expect(shell.run(input) == (output: output + "\n", errors: ""))
    }
}
