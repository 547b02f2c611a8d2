import ArrayEngine
import Foundation
import Testing

@testable import ArrayShell

/// `%` commands: golden outputs written from the rules each command follows.
@Suite("Shell commands")
struct ShellCommandTests {
    static let guide = [
        "array_a = np.arange(6)", "array_b = array_a[0:3]", "array_b[0] = 100",
        "array_c = np.copy(array_a)", "array_c[0] = 0",
    ]

    @Test func whosShowsOwnersAndViews() {
        let shell = SessionHarness()
        for line in Self.guide { shell.run(line) }
        shell.run("x = 5")
        #expect(
            shell.run("%whos") == """
                Variable   Type      Shape   Dtype   Data/Info
                ---------------------------------------------------------
                array_a    ndarray   (6,)    int64   owns data (48 bytes)
                array_b    ndarray   (3,)    int64   view of array_a
                array_c    ndarray   (6,)    int64   owns data (48 bytes)
                x          int                       5

                """)
    }

    @Test func complexPartsAndByteOrderAreShownAsTheyAre() {
        let shell = SessionHarness()
        shell.run(
            "z = np.array([1+2j, 3-4j, 5j])", "r = z.real", "w = z[::-1].imag", "b = np.arange(4, dtype='>i2')",
            "v = b.view(np.uint8)")
        #expect(
            shell.run("%mem") == """
                buffer #1  >i2 × 4  8 bytes  owned by b
                  b          [████] owner offset 0 shape (4,) strides (2,)
                  v          [████] view as uint8 offset 0 shape (8,) strides (1,)
                buffer #2  complex128 × 3  48 bytes  owned by z
                  r          [░░░] real parts offset 0 shape (3,) strides (16,)
                  w          [░░░] ← imaginary parts offset 40 shape (3,) strides (-16,)
                  z          [███] owner offset 0 shape (3,) strides (16,)

                """)
        #expect(
            shell.run("%whos") == """
                Variable   Type      Shape   Dtype        Data/Info
                --------------------------------------------------------------
                b          ndarray   (4,)    >i2          owns data (8 bytes)
                r          ndarray   (3,)    float64      real parts of z
                v          ndarray   (8,)    uint8        view of b
                w          ndarray   (3,)    float64      imaginary parts of z
                z          ndarray   (3,)    complex128   owns data (48 bytes)

                """)
    }

    @Test func memDrawsTheGuidesBuffers() {
        let shell = SessionHarness()
        for line in Self.guide { shell.run(line) }
        #expect(
            shell.run("%mem") == """
                buffer #1  int64 × 6  48 bytes  owned by array_a
                  array_a    [██████] owner offset 0 shape (6,) strides (8,)
                  array_b    [███···] view offset 0 shape (3,) strides (8,)
                buffer #2  int64 × 6  48 bytes  owned by array_c
                  array_c    [██████] owner offset 0 shape (6,) strides (8,)

                """)
    }

    @Test func memShowsGapsDirectionAndRows() {
        let shell = SessionHarness()
        shell.run("a = np.arange(8)", "r = a[::-2]", "m = a.reshape(2, 4)")
        #expect(
            shell.run("%mem r m") == """
                buffer #1  int64 × 8  64 bytes  owned by a
                  m          [████▓▓▓▓] view offset 0 shape (2, 4) strides (32, 8)
                  r          [·█·█·█·█] ← view offset 56 shape (4,) strides (-16,)

                """)
    }

    @Test func memScalesLargeBuffersWithinEightyColumns() {
        let shell = SessionHarness()
        shell.run("big = np.zeros(10**6)", "half = big[:500000]")
        let picture = shell.run("%mem")
        #expect(picture.contains("(27,778 per cell)"))
        #expect(picture.split(separator: "\n").allSatisfy { $0.count <= 80 })
        // half covers 500,000 elements: 17 full cells, then one cell it covers all but 4 of.
        #expect(
            picture.contains("[" + String(repeating: "█", count: 17) + "░" + String(repeating: "·", count: 18) + "]"))
    }

    @Test func timeitReportsInIPythonsFormat() {
        let shell = SessionHarness()
        shell.run("a = np.arange(3)")
        let line = shell.run("%timeit a.copy()")
        let pattern =
            #/^[0-9.]+ (ns|µs|ms|s) ± [0-9.]+ (ns|µs|ms|s) per loop \(mean ± std\. dev\. of 7 runs, [0-9,]+ loops? each\)\n$/#
        #expect(line.wholeMatch(of: pattern) != nil, "\(line)")
        #expect(Session.timeText(1.234e-6) == "1.23 µs")
        #expect(Session.timeText(0.5) == "500 ms")
        #expect(Session.timeText(12.5e-9) == "12.5 ns")
        #expect(100_000.grouped == "100,000")
    }

    @Test func timeitRunsTheStatementAsAFunctionBodyAsIPythonDoes() {
        let shell = SessionHarness()
        shell.run("x = 5", "n = 0", "a = np.arange(3)")
        // Names the statement assigns are the function's locals: the session's stay as they were.
        #expect(shell.run("%timeit x = 1; y = a[1:]").contains(" per loop "))
        #expect(shell.run("x") == "5\n")
        #expect(shell.run("y") == "NameError: name 'y' is not defined\n")
        // `global` reaches the session's variable, once for every loop run.
        shell.run("%timeit global n; n += 1")
        #expect(shell.run("n > 1000") == "True\n")
    }

    @Test(arguments: [
        (
            "%timeit x += 1",
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"
        ),
        (
            "%timeit del x",
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"
        ),
        (
            "%timeit y = x; x = 2",
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"
        ),
        ("%timeit nonlocal x", "SyntaxError: no binding for nonlocal 'x' found"),
        ("%timeit 1 / 0", "ZeroDivisionError: division by zero"),
        ("%timeit a[5]", "IndexError: index 5 is out of bounds for axis 0 with size 3"),
        ("%timeit yield x", "TypeError: '>=' not supported between instances of 'generator' and 'float'"),
        ("%timeit # nothing", "UsageError: %timeit requires a statement"),
        ("%timeit if x: return", "SyntaxError: 'return' outside function"),
    ])
    func timeitReportsWhatTheFunctionBodyRaises(line: String, error: String) {
        let shell = SessionHarness()
        shell.run("x = 5", "a = np.arange(3)")
        #expect(shell.run(line) == error + "\n")
        #expect(shell.run("x") == "5\n")
    }

    @Test func runExecutesAFileInTheCurrentVariables() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-run-\(UUID()).py")
        try "b = a[1:]\nb[0] = 7\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let shell = SessionHarness()
        shell.run("a = np.arange(3)", "%run \(file.path)")
        #expect(shell.run("a, b.base is a") == "(array([0, 7, 2]), True)\n")
        // The script's lines are not the user's: history shows the `%run` line alone.
        #expect(shell.run("%history") == "a = np.arange(3)\n%run \(file.path)\na, b.base is a\n")
        #expect(
            shell.run("%run /no/such/file.py")
                == "FileNotFoundError: [Errno 2] No such file or directory: '/no/such/file.py'\n")
        #expect(shell.run("a") == "array([0, 7, 2])\n")
    }

    @Test func historyResetHelpAndUnknownCommands() {
        let shell = SessionHarness()
        shell.run("a = 1", "b = (2,", "3)")
        #expect(shell.run("%history") == "a = 1\nb = (2,\n3)\n")
        shell.run("%reset")
        #expect(shell.run("a") == "NameError: name 'a' is not defined\n")
        #expect(shell.run("np.arange(2)") == "array([0, 1])\n")
        #expect(shell.run("%help").contains("%mem"))
        #expect(shell.run("%bogus") == "UsageError: Line magic function `%bogus` not found.\n")
    }

    @Test func resetAsksWhenSomeoneCanAnswer() {
        let shell = SessionHarness()
        shell.session.confirm = { _ in false }
        shell.run("a = 1", "%reset")
        #expect(shell.run("a") == "1\n")
        shell.run("%reset -f")
        #expect(shell.run("a") == "NameError: name 'a' is not defined\n")
    }
}

/// Tab completion of names, `np.` functions, attributes, commands and files.
@Suite("Completion")
struct CompletionTests {
    @Test func completesVariablesBuiltinsAndKeywords() {
        let shell = SessionHarness()
        shell.run("array_a = np.arange(3)", "array_b = 1")
        #expect(
            shell.session.completions(for: "x = arr") == Completion(replacing: 3, candidates: ["array_a", "array_b"]))
        #expect(shell.session.completions(for: "pri").candidates == ["print"])
        #expect(shell.session.completions(for: "imp").candidates == ["import"])
    }

    @Test func completesNumPyFunctionsAndArrayAttributes() {
        let shell = SessionHarness()
        shell.run("a = np.arange(3)")
        let numpy = shell.session.completions(for: "np.ar").candidates
        #expect(numpy.contains("arange") && numpy.contains("array") && numpy.allSatisfy { $0.hasPrefix("ar") })
        #expect(shell.session.completions(for: "a.ba") == Completion(replacing: 2, candidates: ["base"]))
        #expect(shell.session.completions(for: "a.flags.wr").candidates == ["writeable", "writebackifcopy"])
        #expect(shell.session.completions(for: "%wh").candidates == ["%whos"])
    }

    @Test func completesKeywordParametersFromTheSignature() {
        let shell = SessionHarness()
        shell.run("a = np.arange(3)", "keen = 1")
        #expect(shell.session.completions(for: "np.sum(a, ke").candidates == ["keepdims=", "keen"])
        #expect(shell.session.completions(for: "a.copy(or").candidates == ["order=", "or", "ord"])
        #expect(shell.session.completions(for: "np.zeros((2, 3), dt").candidates == ["dtype="])
        #expect(shell.session.completions(for: "np.add(a, np.sqrt(a), ca").candidates == ["casting=", "callable"])
        #expect(
            shell.session.completions(for: "print(a, np.sum(a), e").candidates == ["end=", "else", "enumerate", "exit"])
    }

    @Test func completesFileNamesInQuotesAndAfterRun() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-complete-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "".write(to: directory.appendingPathComponent("script.py"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: directory) }
        let shell = SessionHarness()
        let prefix = directory.path + "/scr"
        #expect(shell.session.completions(for: "%run " + prefix).candidates == [directory.path + "/script.py"])
        #expect(shell.session.completions(for: "np.load('" + prefix).candidates == [directory.path + "/script.py"])
    }
}

/// `help(x)` and `x?`: a signature line, then what the result is.
@Suite("Help")
struct HelpTests {
    @Test func questionMarkAndHelpShowTheSameDoc() {
        let shell = SessionHarness()
        let viaQuestion = shell.run("np.copy?")
        #expect(viaQuestion == shell.run("help(np.copy)"))
        #expect(viaQuestion.hasPrefix("copy(a, order='K', subok=False)\n"))
        #expect(viaQuestion.contains("copy"))
    }

    @Test func everyFunctionAndMethodHasASignatureAndAWordOnViewsOrCopies() {
        let shell = SessionHarness()
        let interpreter = shell.session.interpreter
        var functions: [Function] = interpreter.numpy.attributes.values.compactMap {
            if case .function(let f) = $0 { f } else { nil }
        }
        functions += interpreter.arrayMethods.values.map { $0.bound(to: NDArray.scalar(Scalar(int64: 0))) }
        #expect(functions.count > 100)
        for function in functions {
            let lines = Help.text(for: .function(function), in: interpreter).split(separator: "\n")
            #expect((2...3).contains(lines.count), "\(function.name): \(function.doc)")
            #expect(
                lines.first == Substring(function.signature.text),
                "\(function.name)'s help does not start with its signature")
            #expect(!function.doc.isEmpty, "\(function.name) has no description")
        }
    }
}
