import Foundation
import Testing

/// `arrsh --check` on documents: the `>>> ` examples of Markdown and
/// reStructuredText files are replayed in one session, and a wrong output fails
/// naming its line and its block.
@Suite("Checking the examples of documents")
struct DocumentCheckTests {
    /// Writes `text` to a fresh file named `name` and runs `arrsh --check` on it there.
    func check(_ name: String, _ text: String) throws -> (output: String, status: Int32) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return try runArrsh(["--check", name], currentDirectory: folder)
    }

    static let markdown = """
        # Views

        Prose may mention >>> without being checked, and so may a shell block:

        ```sh
        >>> this is not Python
        ```

        ```pycon
        >>> a = np.arange(6)
        >>> b = a[::2]
        >>> b
        array([0, 2, 4])
        ```

        1. Inside a list item, indented, with a loop:

           ```python
           >>> b.base is a
           True
           >>> for x in b[:2]:
           ...     print(x)
           ...
           0
           2
           ```

        ~~~
        >>> np.zeros((2, 1, 2))
        array([[[0., 0.]],

               [[0., 0.]]])
        >>> a[9]
        IndexError: index 9 is out of bounds for axis 0 with size 6
        ~~~

        """

    @Test func markdownExamplesPassInOneSession() throws {
        let run = try check("views.md", Self.markdown)
        #expect(run.output == "7 examples in 3 blocks, all match\n")
        #expect(run.status == 0)
    }

    @Test func aWrongMarkdownOutputFailsNamingItsLineAndBlock() throws {
        let wrong = Self.markdown.replacingOccurrences(of: "array([0, 2, 4])", with: "array([0, 2, 5])")
        let run = try check("views.md", wrong)
        #expect(
            run.output == """
                line 12 (block at line 9): >>> b
                  expected: array([0, 2, 5])
                  got:      array([0, 2, 4])
                1 of 7 examples differ, in the block at line 9

                """)
        #expect(run.status == 1)
    }

    @Test func aMissingErrorLineFails() throws {
        let wrong = Self.markdown.replacingOccurrences(
            of: "IndexError: index 9 is out of bounds for axis 0 with size 6\n", with: "")
        let run = try check("views.md", wrong)
        #expect(run.output.hasPrefix("line 33 (block at line 28): >>> a[9]\n  got:      IndexError:"))
        #expect(run.output.hasSuffix("1 of 7 examples differ, in the block at line 28\n"))
        #expect(run.status == 1)
    }

    static let restructuredText = """
        Views
        =====

        A doctest block; its output ends at the blank line:

        >>> a = np.arange(4)
        >>> a[1:]
        array([1, 2, 3])

        A directive, indented, with an empty output line:

        .. code-block:: pycon

            >>> np.zeros((2, 1, 1))
            array([[[0.]],
            <BLANKLINE>
                   [[0.]]])
            >>> a.base is None
            True

        """

    @Test func restructuredTextExamplesPass() throws {
        let run = try check("views.rst", Self.restructuredText)
        #expect(run.output == "4 examples in 2 blocks, all match\n")
        #expect(run.status == 0)
    }

    @Test func aWrongRestructuredTextOutputFails() throws {
        let run = try check("views.rst", Self.restructuredText.replacingOccurrences(of: "    True", with: "    False"))
        #expect(
            run.output == """
                line 18 (block at line 14): >>> a.base is None
                  expected: False
                  got:      True
                1 of 4 examples differ, in the block at line 14

                """)
        #expect(run.status == 1)
    }

    @Test(
        "a file with no examples is an error, not a pass",
        arguments: [
            ("script.py", "a = np.arange(3)\nprint(a)\n"),
            ("empty.txt", ""),
            ("prose.md", "# Notes\n\n```sh\n>>> not python\n```\n\n    >>> an indented block is not a fence\n"),
            ("prose.rst", "Notes\n=====\n\nNo examples here.\n"),
        ])
    func noExamplesIsAnError(name: String, text: String) throws {
        let run = try check(name, text)
        #expect(run.output.hasPrefix("arrsh: no examples to check in '\(name)'"))
        #expect(run.status == 2)
    }
}

/// Options that contradict each other are refused before anything runs.
@Suite("Conflicting options")
struct ConflictingOptionTests {
    @Test(arguments: [
        (["-c", "print(1)", "extra.py"], "Error: -c runs its CODE (\"print(1)\") and reads no FILE ('extra.py')."),
        (["--check", "-c", "print(1)"], "Error: --check replays a FILE; it cannot check -c CODE."),
        (
            ["--check", "--echo", "notes.md"],
            "Error: --check prints a report of differences; it cannot be combined with --echo."
        ),
        (["--check"], "Error: --check needs a FILE to check."),
    ])
    func refusedWithAUsageError(arguments: [String], message: String) throws {
        let run = try runArrsh(arguments)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == message)
        #expect(lines.dropFirst().first?.hasPrefix("Usage: arrsh ") == true)
        #expect(!run.output.contains("1\n"), "nothing ran")
        #expect(run.status == 2)
    }
}
