/// The `%help` page: the commands and the supported language, on one screen. The
/// commands and the lists of names come from their declarations.
enum HelpText {
    static func overview(numpyNames: [String], methodNames: [String]) -> String {
        let commands = Session.magics.map {
            "  " + $0.usage.padding(toLength: 17, withPad: " ", startingAt: 0) + $0.summary
        }
        return """
            arrsh: NumPy-style arrays in a Python-like shell, for seeing how arrays share memory.

            Commands
            \(commands.joined(separator: "\n"))
              help(np.copy)    a function's signature, and whether it returns a view or a copy

            Language
              statements: x = expr, a[i] = v, a += 1, del x, import numpy as np, ; between statements,
                          for/while/if blocks (ended by a blank line, as at Python's prompt)
              values: int, float, bool, None, str, tuple, list, ndarray, np.int64(5) ...
              indexing: a[1], a[1:5:2], a[::-1], a[..., None] (views); a[[0, 2]], a[a > 2] (copies)
            \(wrapped("np:", numpyNames))
            \(wrapped("ndarray:", methodNames))

            Ctrl-D or exit() leaves; Ctrl-C interrupts a long statement.

            """
    }

    /// `  label name name ...`, wrapped at 92 columns with later lines indented.
    private static func wrapped(_ label: String, _ names: [String]) -> String {
        var lines: [String] = []
        var line = "  " + label
        for name in names {
            if line.count + 1 + name.count > 92 {
                lines.append(line)
                line = String(repeating: " ", count: label.count + 2)
            }
            line += " " + name
        }
        return (lines + [line]).joined(separator: "\n")
    }
}
