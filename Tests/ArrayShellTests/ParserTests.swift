import Testing
import ArrayEngine
@testable import ArrayShell

/// The parser accepts Python's grammar for the supported subset and rejects the
/// rest with Python 3.11's messages.
@Suite("Parser")
struct ParserTests {
    @Test(arguments: [
        "a = np.arange(6)", "x = y = 3", "a, b = 1, 2", "a[1:3, ::-1, None, ...] = 0", "a += 1",
        "del a", "import numpy as np", "from numpy import arange, copy as cp", "f(1, x=2, *args)",
        "0 < a < 5", "not a is None", "x if c else y", "[i * 2 for i in range(3) if i]",
        "a.flags.writeable = False", "1; 2; 3", "2 ** -1", "a[[0, 2]]", "(1,)", "()", "pass",
    ])
    func acceptsSupportedStatements(source: String) throws {
        #expect(try !Parser.parse(source).isEmpty)
    }

    @Test(arguments: [
        ("1 +", "SyntaxError: invalid syntax"),
        ("a = = 1", "SyntaxError: invalid syntax"),
        (")", "SyntaxError: unmatched ')'"),
        ("(1, 2]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '('"),
        ("1 = x", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?"),
        ("f() = 1", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?"),
        ("'abc", "SyntaxError: unterminated string literal (detected at line 1)"),
        ("3x", "SyntaxError: invalid decimal literal"),
        ("print 'x'", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?"),
        ("  x = 1", "IndentationError: unexpected indent"),
        ("f(x=1, 2)", "SyntaxError: positional argument follows keyword argument"),
        ("def f(): pass", "NotImplementedError: 'def' statements are not supported by arrsh"),
        ("break", "SyntaxError: 'break' outside loop"),
    ])
    func rejectsWithPythonsMessage(source: String, message: String) {
        do {
            _ = try Parser.parse(source)
            Issue.record("\(source) parsed")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let parentheses = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        #expect(throws: PythonError.self) { try Parser.parse(parentheses) }
        let minuses = String(repeating: "-", count: 100_000) + "1"
        #expect(throws: PythonError.self) { try Parser.parse(minuses) }
    }

    @Test(arguments: ["a = (1,", "b = [1, 2,", "x = 1 + \\", "s = '''abc"])
    func unfinishedInputAsksForMore(source: String) {
        #expect(Lexer.isIncomplete(source))
    }

    @Test(arguments: ["a = (1,)", "x = 1", "s = 'abc'", ")"])
    func finishedInputRunsAtOnce(source: String) {
        #expect(!Lexer.isIncomplete(source))
    }
}
