import Foundation
import Testing

@testable import ArrayShell

/// Behaviour a code review found differing from Python with no error, each
/// pinned where it was fixed.
@Suite("Review findings")
struct ReviewFindingsTests {
    static let ids: [(line: String, printed: String)] = [
        ("id(17) == id(44)", "False"),
        ("id(17) == id(17)", "True"),
        ("id(1) == id(1.0)", "False"),
        ("len({id(i) for i in range(3000)})", "3000"),
        ("len({id(str(i)) for i in range(3000)} | {id(i) for i in range(3000)})", "6000"),
        ("a = [1]; id(a) == id(1)", "False"),
    ]

    @Test(arguments: ids)
    func differentPlainValuesNeverShareAnId(_ example: (line: String, printed: String)) {
        #expect(SessionHarness().run(example.line) == example.printed + "\n")
    }

    static let overflows: [(line: String, printed: String)] = [
        // 27021597764222985 < 2**63, but not exact as a Double.
        ("np.int64(9007199254740995) * np.int64(3)", "np.int64(27021597764222985)"),
        ("np.int64(9007199254740993) + np.int64(1)", "np.int64(9007199254740994)"),
        ("np.uint64(18446744073709551615) - np.uint64(1)", "np.uint64(18446744073709551614)"),
        ("np.int64(2**62) * np.int64(4)", "RuntimeWarning: overflow encountered in scalar multiply\nnp.int64(0)"),
        ("np.uint64(2**64 - 1) + np.uint64(1)", "RuntimeWarning: overflow encountered in scalar add\nnp.uint64(0)"),
        ("np.int8(100) + np.int8(100)", "RuntimeWarning: overflow encountered in scalar add\nnp.int8(-56)"),
        ("np.int64(-7) // np.int64(2)", "np.int64(-4)"),
    ]

    @Test(arguments: overflows)
    func integerScalarOverflowIsCheckedExactly(_ example: (line: String, printed: String)) {
        #expect(SessionHarness().run(example.line) == example.printed + "\n")
    }

    /// Datetimes and timedeltas that arrsh cannot round or space raise, rather than being
    /// read as bare numbers (a mean of timedeltas once printed as a float without its unit;
    /// means are NumPy's now, in the corpus).
    static let times = [
        "np.round(np.array([1, 2], dtype='m8[D]'))",
        "np.linspace(np.datetime64('2024-01-01'), np.datetime64('2024-01-03'), 3)",
    ]

    @Test(arguments: times)
    func timeValuesAreRefusedNotReadAsNumbers(_ line: String) {
        #expect(SessionHarness().run(line).hasPrefix("NotImplementedError: "))
    }

    /// A mean of timedeltas is a timedelta in their unit (it once printed a float without
    /// its unit); datetimes have none, with NumPy's refusal of their sum. As NumPy 2.4 prints.
    static let means = [
        ("np.mean(np.array([1, 2, 3], dtype='m8[D]'))", "np.timedelta64(2,'D')"),
        ("np.array([1, 2, 4], dtype='m8[D]').mean()", "np.timedelta64(2,'D')"),
        (
            "np.mean(np.array(['2024-01-01', '2024-01-03'], dtype='M8[D]'))",
            "UFuncTypeError: ufunc 'add' cannot use operands with types dtype('<M8[D]') and dtype('<M8[D]')"
        ),
    ]

    @Test(arguments: means)
    func timeMeansKeepTheirUnit(_ example: (line: String, printed: String)) {
        #expect(SessionHarness().run(example.line) == example.printed + "\n")
    }

    @Test func runReportsTheSystemsOwnReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-run-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let loop = folder.appendingPathComponent("loop.py").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.py")
        let plain = folder.appendingPathComponent("plain").path
        try "1\n".write(toFile: plain, atomically: true, encoding: .utf8)
        let shell = SessionHarness()
        #expect(shell.run("%run \(loop)") == "OSError: [Errno 40] Too many levels of symbolic links: '\(loop)'\n")
        #expect(shell.run("%run \(plain)/x.py") == "NotADirectoryError: [Errno 20] Not a directory: '\(plain)/x.py'\n")
        #expect(shell.run("%run \(folder.path)") == "IsADirectoryError: [Errno 21] Is a directory: '\(folder.path)'\n")
    }
}
