import Testing

/// Requests beyond what the machine or the 64-bit model can hold: each is one clear
/// Python exception (NumPy's text where NumPy has one), never a crash, and the
/// session goes on.
@Suite("Resource limits")
struct ResourceLimitTests {
    static let tooBig =
        "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."

    @Test(
        "shapes whose size or bytes overflow 64 bits",
        arguments: [
            ("np.zeros((10**10, 10**10))", tooBig),
            ("np.ones((2**40, 2**40), dtype=np.int8)", tooBig),
            ("np.zeros((10**10, 0, 10**10))", tooBig),
            ("np.zeros((10**10, 10**10, 0))", tooBig),
            ("np.zeros((10**10, -1, 10**10))", "ValueError: negative dimensions are not allowed"),
            ("np.zeros(0).reshape(10**10, 0, 10**10)", tooBig),
            (
                "np.zeros(0).reshape(10**10, 10**10, 0)",
                "ValueError: cannot reshape array of size 0 into shape (10000000000,10000000000,0)"
            ),
            (
                "np.arange(4).reshape(-1, 10**10, 10**10)",
                "ValueError: cannot reshape array of size 4 into shape (10000000000,10000000000)"
            ),
            (
                "a = np.zeros(0); a.shape = (10**10, 10**10, 0)",
                "ValueError: cannot reshape array of size 0 into shape (10000000000,10000000000,0)"
            ),
            ("np.broadcast_to(1, (10**10, 10**10))", "ValueError: iterator is too large"),
            ("np.broadcast_to(1, (3 * 10**9, 10**9))", tooBig),
            ("np.broadcast_to(1, (-1,))", "ValueError: all elements of broadcast shape must be non-negative"),
            ("np.arange(-9223372036854775807, 9223372036854775807)", "ValueError: Maximum allowed size exceeded"),
        ])
    func shapeOverflowIsValueError(input: String, error: String) {
        CapturedSession.expectOneError(input, error)
    }

    @Test("the zeros of 10**12 floats are NumPy's MemoryError")
    func hugeArrayIsMemoryError() {
        let shell = CapturedSession()
        #expect(
            shell.run("np.zeros(10**12)").errors
                == "MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type float64\n"
        )
        #expect(shell.isAlive)
    }

    @Test(
        "Python sequences too large to hold are a MemoryError, as in Python",
        arguments: [
            ("'a' * 10**12", "MemoryError"),
            ("'ab' * 2**62", "OverflowError: repeated string is too long"),
            ("[0] * 10**12", "MemoryError"),
            ("[0, 1] * 2**62", "MemoryError"),
            ("(1,) * 10**12", "MemoryError"),
            ("list(range(10**12))", "MemoryError"),
            ("np.array(range(10**12))", "MemoryError"),
            ("print(*range(10**12))", "MemoryError"),
            ("list(np.broadcast_to(1, (10**12,)))", "MemoryError"),
            ("np.broadcast_to(1, (10**9, 10**9)).tolist()", "MemoryError"),
            (
                "np.arange(3)[np.broadcast_to(1, (10**9, 10**9))]",
                "MemoryError: Unable to allocate 6.94 EiB for an array with shape (1000000000, 1000000000) and data type int64"
            ),
            ("len(range(-2**62, 2**62))", "OverflowError: Python int too large to convert to C ssize_t"),
        ])
    func hugeSequenceIsMemoryError(input: String, error: String) {
        CapturedSession.expectOneError(input, error)
    }

    @Test("ranges are counted, not built, and still list every int")
    func rangesAreCountedExactly() {
        let shell = CapturedSession()
        #expect(shell.run("len(range(10**12))").output == "1000000000000\n")
        #expect(
            shell.run("list(range(9223372036854775806, 9223372036854775807, 5))").output == "[9223372036854775806]\n")
        #expect(
            shell.run("list(range(10, 0, -3)), list(range(-5, 5, 4)), list(range(0))").output
                == "([10, 7, 4, 1], [-5, -1, 3], [])\n")
    }

    @Test(
        "arrays have at most NumPy's 64 dimensions",
        arguments: [
            (
                "np.zeros((1,) * 100_000)",
                "ValueError: maximum supported dimension for an ndarray is currently 64, found 100000"
            ),
            (
                "np.zeros(1).reshape((1,) * 100)",
                "ValueError: maximum supported dimension for an ndarray is currently 64, found 100"
            ),
            (
                "np.broadcast_to(1, (1,) * 100)",
                "ValueError: maximum supported dimension for an ndarray is currently 64, found 100"
            ),
            (
                "np.expand_dims(np.zeros((1,) * 64), 0)",
                "ValueError: maximum supported dimension for an ndarray is currently 64, found 65"
            ),
            ("np.array(1, ndmin=100_000)", "ValueError: ndmin must be <= ndmax (64)"),
            (
                "np.zeros((1,) * 64)[..., None]",
                "IndexError: number of dimensions must be within [0, 64], indexing result would have 65"
            ),
            (
                "np.zeros(1)[(None,) * 100]",
                "IndexError: number of dimensions must be within [0, 64], indexing result would have 101"
            ),
            ("np.zeros(1)[(None,) * 100_000]", "IndexError: too many indices for array"),
        ])
    func rankIsLimited(input: String, error: String) {
        let shell = CapturedSession()
        #expect(shell.run(input) == (output: "", errors: error + "\n"))
        #expect(
            shell.run("np.zeros((1,) * 64).ndim, np.zeros((2,) * 3)[(0,) * 3 + (None,) * 62].ndim").output
                == "(64, 62)\n")
    }

    /// `a = [a]` run `depth` times on one line.
    static func nestedList(_ depth: Int) -> String {
        "a = []; " + String(repeating: "a = [a]; ", count: depth)
    }

    @Test("a list that holds itself prints, compares and converts as in Python")
    func selfReferentialList() {
        let shell = CapturedSession()
        shell.run("a = [1]; a[0] = a; b = [1]; b[0] = b")
        #expect(shell.run("a, [a, a], str(a)").output == "([[...]], [[[...]], [[...]]], '[[...]]')\n")
        #expect(shell.run("a == a, a < a, a[0] is a").output == "(True, False, True)\n")
        #expect(shell.run("a == b").errors == "RecursionError: maximum recursion depth exceeded in comparison\n")
        #expect(
            shell.run("np.array(a)").errors
                == "ValueError: setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 64.\n"
        )
        #expect(shell.isAlive)
    }

    @Test("lists nested to Python's recursion limit print and compare up to it")
    func deeplyNestedLists() {
        let shell = CapturedSession()
        shell.run(Self.nestedList(990))
        #expect(shell.run("len(repr(a))").output == "1982\n")
        #expect(shell.run("a == a[0]").output == "False\n")
        shell.run(Self.nestedList(1000))
        #expect(
            shell.run("a").errors
                == "RecursionError: maximum recursion depth exceeded while getting the repr of an object\n")
        #expect(shell.isAlive)
    }

    @Test("releasing a list nested 100,000 deep does not recurse")
    func releasingDeepNestIsIterative() {
        let shell = CapturedSession()
        shell.run(Self.nestedList(100_000))
        #expect(shell.run("b = [a, 1]; del a; del b").errors == "")
        #expect(shell.isAlive)
    }

    static let tooDeep = "RecursionError: maximum recursion depth exceeded during compilation"

    @Test(
        "expressions nested 100,000 deep stop while parsing",
        arguments: [
            (
                String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000),
                "SyntaxError: too many nested parentheses"
            ),
            (String(repeating: "-", count: 100_000) + "1", tooDeep),
            (String(repeating: "not ", count: 100_000) + "1", tooDeep),
            ("1" + String(repeating: "**1", count: 100_000), tooDeep),
            ("1" + String(repeating: "+1", count: 100_000), tooDeep),
            ("1" + String(repeating: " and 1", count: 100_000), tooDeep),
            ("np" + String(repeating: ".pi", count: 100_000), tooDeep),
            ("x" + String(repeating: "[0]", count: 100_000), tooDeep),
            ("f" + String(repeating: "()", count: 100_000), tooDeep),
            (String(repeating: "1 if 1 else ", count: 100_000) + "1", tooDeep),
        ])
    func deepNestingIsAnError(input: String, error: String) {
        CapturedSession.expectOneError(input, error)
    }

    @Test(
        "the deepest expressions accepted still evaluate",
        arguments: [
            (String(repeating: "-", count: 499) + "1", "-1"),
            ("1" + String(repeating: "+1", count: 499), "500"),
            (String(repeating: "0 if 0 else ", count: 499) + "7", "7"),
            ("2" + String(repeating: "**1", count: 498), "2"),
            (String(repeating: "-(", count: 199) + "1" + String(repeating: ")", count: 199), "-1"),
        ])
    func deepestAcceptedExpressionsEvaluate(input: String, output: String) {
        #expect(CapturedSession().run(input) == (output: output + "\n", errors: ""))
    }

    @Test("a huge broadcast view is fine while its size fits")
    func hugeBroadcastViewWithinLimits() {
        let shell = CapturedSession()
        #expect(
            shell.run("np.broadcast_to(np.int8(1), (3 * 10**9, 10**9)).shape").output == "(3000000000, 1000000000)\n")
        #expect(shell.run("np.arange(0, 2**62, 2**62 + 1)").output == "array([0])\n")
    }
}
