import Testing

@testable import ArrayShell

/// The session: statements, continuation lines, errors that leave variables intact.
@Suite("Session")
struct SessionTests {
    @Test func expressionResultsPrintTheirRepr() {
        let shell = SessionHarness()
        #expect(
            shell.run("a = np.arange(6)", "b = a[0:3]", "b[0] = 100", "a, b")
                == "(array([100,   1,   2,   3,   4,   5]), array([100,   1,   2]))\n")
        #expect(shell.run("b.base is a", "np.may_share_memory(a, a.copy())") == "True\nFalse\n")
    }

    @Test func noneResultsPrintNothing() {
        #expect(SessionHarness().run("None", "print(None)", "x = 3") == "None\n")
    }

    @Test func unfinishedStatementsWaitForTheirContinuation() {
        let shell = SessionHarness()
        #expect(shell.run("a = np.array([1,") == "")
        #expect(shell.session.isContinuing)
        #expect(shell.run("2, 3])", "a") == "array([1, 2, 3])\n")
        #expect(!shell.session.isContinuing)
    }

    @Test func errorsPrintOneLineAndKeepVariables() {
        let shell = SessionHarness()
        shell.run("a = np.arange(3)")
        #expect(shell.run("a[5]") == "IndexError: index 5 is out of bounds for axis 0 with size 3\n")
        #expect(shell.run("a.nope") == "AttributeError: 'numpy.ndarray' object has no attribute 'nope'\n")
        #expect(shell.run("undefined") == "NameError: name 'undefined' is not defined\n")
        #expect(
            shell.run("a + np.arange(4)")
                == "ValueError: operands could not be broadcast together with shapes (3,) (4,) \n")
        #expect(shell.run("a") == "array([0, 1, 2])\n")
        #expect(shell.session.hadError)
    }

    @Test func anErrorStopsTheRestOfItsLineOnly() {
        let shell = SessionHarness()
        #expect(
            shell.run("x = 1; y = nope; z = 3", "x, 'z' in dir").hasPrefix("NameError: name 'nope' is not defined\n"))
    }

    @Test func inPlaceOperatorsKeepIdentity() {
        let shell = SessionHarness()
        #expect(shell.run("a = np.arange(3)", "i = id(a)", "a += 1", "id(a) == i, a") == "(True, array([1, 2, 3]))\n")
        #expect(
            shell.run("a /= 2")
                == "UFuncTypeError: Cannot cast ufunc 'divide' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'\n"
        )
    }

    @Test func exitEndsTheSessionQuietly() {
        let shell = SessionHarness()
        #expect(shell.run("exit()") == "")
        #expect(shell.session.exitRequested)
        #expect(!shell.session.hadError)
    }

    @Test func unfinishedInputAtTheEndIsReported() {
        let shell = SessionHarness()
        shell.run("a = (1,")
        shell.session.finish()
        #expect(shell.errors == ["SyntaxError: '(' was never closed\n"])
    }
}

/// `for`, `while` and `if` blocks, which end at a blank line as at Python's prompt.
@Suite("Blocks")
struct BlockTests {
    @Test func aLoopRunsAfterTheBlankLineAndDisplaysExpressions() {
        let shell = SessionHarness()
        #expect(shell.run("for i in range(3):", "    i * 10") == "")
        #expect(shell.session.isContinuing)
        #expect(shell.run("") == "0\n10\n20\n")
    }

    @Test func mistakesInsideABlockAreReportedAtOnce() {
        let shell = SessionHarness()
        #expect(
            shell.run("for i in range(2):", "print(i)")
                == "IndentationError: expected an indented block after 'for' statement on line 1\n")
        #expect(!shell.session.isContinuing)
    }

}
