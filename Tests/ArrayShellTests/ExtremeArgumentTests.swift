import Testing

/// Arguments at the ends of the 64-bit range, where Swift's checked arithmetic traps
/// (or a loop runs for ever) unless the code follows what CPython and NumPy compute.
/// Found by probing beside the fuzzer (see Fuzz/FINDINGS.md).
@Suite("Extreme arguments")
struct ExtremeArgumentTests {
    @Test(
        "give Python's and NumPy's answers",
        arguments: [
            // round() looped 10**18 times building 10**ndigits.
            (
                "round(1.5, 10**18), round(1.5, -10**18), round(1234.5678, 400), round(1.5, 315)",
                "(1.5, 0.0, 1234.5678, 1.5)"
            ),
            // A step of -2**63 could not be negated, and stride * step overflowed for 2**63 - 1.
            (
                "np.arange(5)[::-9223372036854775807-1], np.arange(10)[::9223372036854775807]",
                "(array([4]), array([0]))"
            ),
            (
                "np.arange(10)[::9223372036854775807].strides, np.arange(10)[5::-9223372036854775807-1].strides",
                "((-8,), (8,))"
            ),
            // i + k overflowed for a diagonal far outside the matrix.
            (
                "np.eye(2, k=9223372036854775807), np.eye(2, k=-9223372036854775807-1)",
                "(array([[0., 0.],\n       [0., 0.]]), array([[0., 0.],\n       [0., 0.]]))"
            ),
        ])
    func answersLikePython(input: String, output: String) {
        let shell = CapturedSession()
        #expect(shell.run(input) == (output: output + "\n", errors: ""))
    }
}
