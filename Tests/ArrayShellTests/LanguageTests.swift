import Testing

@testable import ArrayShell

/// The Python that array snippets use, run through a session: each case's lines and
/// what Python 3.11 prints for them (checked against the reference in the corpus too).
@Suite("Language")
struct LanguageTests {
    @Test(arguments: [
        // Names that begin with a keyword are names.
        ("if_true = 1\nfor_each = 2\nin_place = 3\nis_view = 4\nif_true + for_each + in_place + is_view", "10\n"),
        // Escapes as Python decodes them.
        ("'a\\rb', '\\x41', '\\u00e9', r'\\n'", "('a\\rb', 'A', 'é', '\\\\n')\n"),
        // A comprehension's loop variable stays inside it.
        ("[k for k in range(2)]\nk", "[0, 1]\nNameError: name 'k' is not defined\n"),
        // `_` is the last result shown.
        ("6 * 7\n_ + 1", "42\n43\n"),
        // Closures see later assignments of their enclosing function.
        ("def outer():\n    def inner(): return v\n    v = 5\n    return inner()\n\nouter()", "5\n"),
        (
            "def f():\n    print(w)\n    w = 1\n\nf()",
            "UnboundLocalError: cannot access local variable 'w' where it is not associated with a value\n"
        ),
        ("def f(a, *, b=2): return a + b\n\nf(1, b=3), f(1)", "(4, 3)\n"),
        ("def f(a, *, b=2): return a + b\n\nf(1, 2)", "TypeError: f() takes 1 positional argument but 2 were given\n"),
        ("try:\n    {}['x']\nexcept LookupError as e:\n    print(repr(e))\n", "KeyError('x')\n"),
        (
            "try:\n    np.sum(np.ones(2), axis=3)\nexcept IndexError:\n    print('AxisError is an IndexError')\n",
            "AxisError is an IndexError\n"
        ),
        ("2 ** 64 + 1", "18446744073709551617\n"),
        ("f'{3.14159:.2f}|{42:>5}|{\"x\"!r}'", "\"3.14|   42|'x'\"\n"),
        ("'%05.1f %s' % (2.25, [1])", "'002.2 [1]'\n"),
        ("{3, 1, 2}, {'a': 1} | {'b': 2}", "({1, 2, 3}, {'a': 1, 'b': 2})\n"),
        ("def g():\n    yield 1\n    yield 2\n\nlist(g())", "[1, 2]\n"),
    ])
    func runsAsPythonDoes(input: String, printed: String) {
        let shell = SessionHarness()
        #expect(shell.run(input) == printed)
    }

    /// Python's recursion limit is counted, so the Swift stack never overflows, even on a
    /// test thread of 512 KiB: statements run on the session's own deep stack.
    @Test func deepRecursionIsRecursionError() {
        let shell = SessionHarness()
        let printed = shell.run("def down(n): return 0 if n == 0 else 1 + down(n - 1)", "", "down(900)", "down(100000)")
        #expect(printed == "900\nRecursionError: maximum recursion depth exceeded\n")
    }

    /// A generator dropped before its end is closed: its `finally` runs.
    @Test func droppedGeneratorIsClosed() {
        let shell = SessionHarness()
        let printed = shell.run(
            "def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('closed')\n",
            "it = g()", "next(it)", "del it")
        #expect(printed == "1\nclosed\n")
    }

    /// Print options belong to one session: another session prints with the defaults.
    @Test func printOptionsStayInTheirSession() {
        let first = SessionHarness()
        let second = SessionHarness()
        first.run("np.set_printoptions(precision=2)")
        #expect(first.run("np.array([1/3])") == "array([0.33])\n")
        #expect(second.run("np.array([1/3])") == "array([0.33333333])\n")
    }
}
