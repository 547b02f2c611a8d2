import Testing

@testable import ArrayShell

/// Results written into temporaries (`a * 2.0 + 1.0` reuses `a * 2.0`) are the
/// results NumPy prints, and arrays bound to names are never written.
@Suite("Temporaries reused by operators")
struct TemporaryElisionTests {
    /// Runs the lines in one session; returns what it printed, errors included.
    func run(_ lines: [String]) -> String {
        var printed = ""
        let session = Session(output: { printed += $0 }, errors: { printed += $0 })
        for line in lines { session.feed(line) }
        return printed
    }

    static let cases: [(lines: [String], expected: String)] = [
        (
            ["a = np.arange(4.0)", "b = a * 2.0 + 1.0", "a, b"],
            "(array([0., 1., 2., 3.]), array([1., 3., 5., 7.]))\n"
        ),
        (
            ["a = np.arange(4)", "b = a * 2", "c = b + 1", "b, c"],
            "(array([0, 2, 4, 6]), array([1, 3, 5, 7]))\n"
        ),
        (
            ["a = np.arange(4)", "c = 10 - (a * 2)", "a, c"],
            "(array([0, 1, 2, 3]), array([10,  8,  6,  4]))\n"
        ),
        (["a = np.arange(4)", "(a * 2) + 1.5, a"], "(array([1.5, 3.5, 5.5, 7.5]), array([0, 1, 2, 3]))\n"),
        (
            ["a = np.arange(6).reshape(2, 3)", "(a * 1) + np.arange(3), a"],
            "(array([[0, 2, 4],\n       [3, 5, 7]]), array([[0, 1, 2],\n       [3, 4, 5]]))\n"
        ),
        (
            ["a = np.arange(3)", "(a * 1) + np.arange(6).reshape(2, 3), a"],
            "(array([[0, 2, 4],\n       [3, 5, 7]]), array([0, 1, 2]))\n"
        ),
        (
            ["a = np.arange(3.0)", "(a - 1.0) / 0.0, a"],
            "RuntimeWarning: divide by zero encountered in divide\nRuntimeWarning: invalid value encountered in divide\n(array([-inf,  nan,  inf]), array([0., 1., 2.]))\n"
        ),
        (
            ["a = np.arange(4)", "v = a[1:]", "w = (v * 1) + 100", "a, w, w.base is None"],
            "(array([0, 1, 2, 3]), array([101, 102, 103]), True)\n"
        ),
        (["a = np.arange(4)", "(a > 0) & (a < 3), a"], "(array([False,  True,  True, False]), array([0, 1, 2, 3]))\n"),
        (
            ["a = np.arange(3, dtype=np.uint8)", "(a * 1) + 300", "a"],
            "OverflowError: Python integer 300 out of bounds for uint8\narray([0, 1, 2], dtype=uint8)\n"
        ),
    ]

    @Test("operator results equal NumPy's, operands bound to names stay unchanged", arguments: cases)
    func resultsMatchNumPy(_ lines: [String], _ expected: String) {
        #expect(run(lines) == expected)
    }
}
