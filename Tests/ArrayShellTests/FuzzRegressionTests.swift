import Testing

/// Inputs the fuzzer (`Fuzz/run`, see `Fuzz/FINDINGS.md`) found crashing arrsh, each
/// reduced to its essence. Every one must now raise one Python exception, printed as
/// one `Name: message` line (NumPy's text), and leave the session running.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    @Test(
        "raises one exception and the session goes on",
        arguments: [
            // An infinite start made arange's length a non-finite Double, converted to Int.
            ("np.arange(31e308, 6)", "ValueError: Maximum allowed size exceeded"),
            ("np.arange(-31e308, 6)", "ValueError: Maximum allowed size exceeded"),
            ("np.arange(0, float('nan'))", "ValueError: arange: cannot compute length"),
        ])
    func raisesOneErrorAndContinues(input: String, error: String) {
        CapturedSession.expectOneError(input, error)
    }
}
