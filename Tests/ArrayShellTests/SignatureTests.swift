import ArrayEngine
import Testing

@testable import ArrayShell

/// Signatures: NumPy's notation parsed, arguments bound with the TypeError wording of
/// each kind of function, and no argument accepted without being honoured.
@Suite("Signatures")
struct SignatureTests {
    @Test(
        "help shows the declaration as NumPy writes it",
        arguments: [
            "sum(a, axis=None, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)",
            "reshape(a, /, shape, order='C', *, copy=None)",
            "savez(file, *args, allow_pickle=True, **kwds)",
            "where(condition, x=<no value>, y=<no value>, /)",
            "add(x1, x2, /, out=None, *, where=True, casting='same_kind')",
        ])
    func textRoundTrips(_ declaration: String) {
        #expect(Signature(declaration).text == declaration)
    }

    @Test(
        "binding errors use the wording of the function's kind",
        arguments: [
            ("f(a, b=1)", Signature.Style.python, "f()", "TypeError: f() missing 1 required positional argument: 'a'"),
            (
                "f(a, b=1)", .python, "f(1, 2, 3)",
                "TypeError: f() takes from 1 to 2 positional arguments but 3 were given"
            ),
            ("f(a, b=1)", .python, "f(1, c=2)", "TypeError: f() got an unexpected keyword argument 'c'"),
            ("f(a, b=1)", .python, "f(1, a=2)", "TypeError: f() got multiple values for argument 'a'"),
            (
                "f(a, /, b=1)", .python, "f(a=1)",
                "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'"
            ),
            ("f(a, *, k)", .python, "f(1)", "TypeError: f() missing 1 required keyword-only argument: 'k'"),
            ("f(shape, dtype=None)", .numpyC, "f()", "TypeError: f() missing required argument 'shape' (pos 0)"),
            (
                "f(shape, dtype=None)", .numpyC, "f(1, shape=2)",
                "TypeError: argument for f() given by name ('shape') and position (position 0)"
            ),
            (
                "f(write=None, align=None)", .cKeywords, "f(1, 2, 3)",
                "TypeError: f() takes at most 2 arguments (3 given)"
            ),
            (
                "f(write=None, align=None)", .cKeywords, "f(x=1)",
                "TypeError: 'x' is an invalid keyword argument for f()"
            ),
            ("f(value)", .cPositional, "f()", "TypeError: f() takes exactly 1 argument (0 given)"),
            ("f(value)", .cPositional, "f(value=1)", "TypeError: 'value' is an invalid keyword argument for f()"),
            ("f(obj, /)", .singleArgument, "f(1, 2)", "TypeError: f() takes exactly one argument (2 given)"),
            (
                "f(x1, x2, /, out=None)", .ufunc, "f(1)",
                "TypeError: f() takes from 2 to 3 positional arguments but 1 was given"
            ),
        ])
    func bindingErrors(declaration: String, style: Signature.Style, call: String, error: String) {
        let shell = SessionHarness()
        shell.session.interpreter.globals["f"] = .function(
            Function(Signature(declaration, style: style), kind: .builtin) { _, args throws(PythonError) in
                for parameter in args.signature.parameters { _ = args.raw(parameter.name) }
                return .none
            })
        #expect(shell.run(call) == error + "\n")
    }

    @Test("an argument the body never reads raises instead of being ignored")
    func unreadArgumentRaises() {
        let shell = SessionHarness()
        shell.session.interpreter.globals["f"] = .function(
            Function(Signature("f(a, order='C')"), kind: .builtin) { _, args throws(PythonError) in
                args.raw("a") ?? .none
            })
        #expect(shell.run("f(1)") == "1\n")
        #expect(shell.run("f(1, order='C')") == "1\n", "the default, passed explicitly, means the default")
        #expect(shell.run("f(1, order='F')") == "NotImplementedError: f() does not support order='F' yet\n")
    }

    @Test("a parameter not honoured yet accepts only its default")
    func notYetAcceptsOnlyTheDefault() {
        let shell = SessionHarness()
        #expect(shell.run("np.unique([2, 1], sorted=True)") == "array([1, 2])\n")
        #expect(
            shell.run("np.unique([2, 1], sorted=False)")
                == "NotImplementedError: unique() does not support sorted=False yet\n")
        #expect(
            shell.run("np.copy(np.arange(2), subok=True)")
                == "NotImplementedError: copy() does not support subok=True yet\n")
    }

    @Test("every function's body reads only parameters its signature declares")
    func readingAnUndeclaredNameIsReported() {
        let shell = SessionHarness()
        shell.session.interpreter.globals["f"] = .function(
            Function(Signature("f(a)"), kind: .builtin) { _, args throws(PythonError) in
                args.raw("b") ?? .none
            })
        #expect(
            shell.run("f(1)") == "SystemError: f() reads 'b', which its signature does not declare (a bug in arrsh)\n")
    }

    @Test(
        "a result NumPy gives as float16 is float16, not another float type",
        arguments: [
            ("np.sqrt(np.arange(3, dtype=np.uint8))", "array([0.   , 1.   , 1.414], dtype=float16)\n"),
            ("np.exp(np.array([True]))", "array([2.719], dtype=float16)\n"),
            ("np.rint(np.arange(2, dtype=np.int8))", "array([0., 1.], dtype=float16)\n"),
            ("np.arctan2(np.int8(1), np.int8(2))", "np.float16(0.4636)\n"),
            ("np.hypot(np.array([True]), True)", "array([1.414], dtype=float16)\n"),
        ])
    func float16ResultsAreFloat16(_ line: String, _ expected: String) {
        #expect(SessionHarness().run(line) == expected, "\(line)")
    }
}
