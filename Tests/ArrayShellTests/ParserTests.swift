import ArrayEngine
import Testing

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
        "def f(a, /, b=1, *args, c, d=2, **kw): return a", "lambda *a, **k: (a, k)", "{'a': 1, **d}", "{1, *s}",
        "{k: v for k, v in d.items() if v}", "sum(x for x in y)", "f'{a!r:>{w}} {b=}'", "first, *rest = x",
        "try:\n    x\nexcept (A, B) as e:\n    raise C from e\nelse:\n    y\nfinally:\n    z",
        "with a as b, c:\n    pass", "class A(B):\n    def f(self):\n        return super().f()",
        "@dec\ndef f(): pass", "assert x, 'msg'", "global g; g = 1", "[i for r in m for i in r if i]",
        "x: int = 1", "while (n := n - 1): pass",
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
        ("yield 1", "SyntaxError: 'yield' outside function"),
        ("def f(x, x): pass", "SyntaxError: duplicate argument 'x' in function definition"),
        ("def f(a=1, b): pass", "SyntaxError: non-default argument follows default argument"),
        ("return 1", "SyntaxError: 'return' outside function"),
        ("nonlocal x", "SyntaxError: nonlocal declaration not allowed at module level"),
        ("def f():\n    nonlocal x", "SyntaxError: no binding for nonlocal 'x' found"),
        ("try:\n    x\ny = 1", "SyntaxError: expected 'except' or 'finally' block"),
        ("f'{}'", "SyntaxError: f-string: empty expression not allowed"),
        ("f'{x!z}'", "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'"),
        ("a, *b, *c = x", "SyntaxError: multiple starred expressions in assignment"),
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
        guard case .incomplete = InteractiveInput.compile(source) else {
            Issue.record("\(source.debugDescription) did not ask for more")
            return
        }
    }

    /// The prompt's `... ` decisions, each as Python's `codeop.compile_command` makes it.
    @Test(arguments: [
        ("if x:", true), ("if x: y", true), ("if x:\n  y", true), ("if x:\n  y\n", false), ("if x:\n  y\n  ", true),
        ("def f(x): print(id(x))", true), ("def f(x): print(id(x))\n", false), ("if_true = 1", false),
        ("for_each = [1]", false), ("in_place = 2", false), ("is_view = a.base is b", false), ("x = (1,", true),
        ("try:\n  x\n", true), ("try:\n  x\nexcept E:\n  pass\n", false), ("if x:\n  y\nelse:", true),
        ("x = [i for i in", true), ("@dec", true), ("@dec\n", true), ("class A:", true), ("x = 1 +", false),
        ("if x:\n  y\nz", false), ("lambda:", false), ("a = 1; b =", false), ("if x:\n  for i in y:", true),
    ])
    func promptAsksForMoreAsCodeopDoes(source: String, needsMore: Bool) {
        if case .incomplete = InteractiveInput.compile(source) {
            #expect(needsMore, "\(source.debugDescription) asked for more")
        } else {
            #expect(!needsMore, "\(source.debugDescription) did not ask for more")
        }
    }

    @Test(arguments: ["a = (1,)", "x = 1", "s = 'abc'", ")"])
    func finishedInputRunsAtOnce(source: String) {
        if case .incomplete = InteractiveInput.compile(source) {
            Issue.record("\(source.debugDescription) asked for more")
        }
    }
}
