import ArrayEngine
import Testing

@testable import ArrayShell

/// Object arrays refer to the language's values: elements keep their identity through
/// views and copies, garbage values are freed, and deep nesting stops as NumPy's does.
@Suite("Object arrays in the shell")
struct ObjectArrayTests {
    @Test func elementsAreTheValuesThemselvesThroughViewsAndShallowCopies() {
        let shell = SessionHarness()
        shell.run("import copy", "a = np.array([[1], [2, 3]], dtype=object)", "b = a[::-1]")
        #expect(shell.run("a[0] is a[0], b[1] is a[0], np.copy(a)[0] is a[0]") == "(True, True, True)\n")
        #expect(shell.run("copy.deepcopy(a)[0] is a[0], copy.deepcopy(a)[0] == a[0]") == "(False, True)\n")
    }

    @Test func valuesNoArrayHoldsAnyMoreAreFreed() {
        let shell = SessionHarness()
        shell.run("a = np.empty(2, dtype=object)", "for i in range(20000):\n    a[0] = [i]\n", "a[1] = 'kept'")
        #expect(shell.run("a") == "array([list([19999]), 'kept'], dtype=object)\n")
        #expect(ObjectStore.count < 15000)
    }

    @Test(arguments: [(89, "67096"), (91, "RecursionError: maximum recursion depth exceeded")])
    func nestingStopsWhereNumPysReprRunsOutOfFrames(_ example: (levels: Int, printed: String)) {
        let shell = SessionHarness()
        shell.run(
            "a = np.empty(1, dtype=object)",
            "for i in range(\(example.levels)):\n    b = np.empty(1, dtype=object)\n    b[0] = a\n    a = b\n")
        #expect(shell.run("len(repr(a))") == example.printed + "\n")
    }
}
