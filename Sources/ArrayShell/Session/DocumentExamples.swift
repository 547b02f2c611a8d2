/// Finds the `>>> ` examples that `arrsh --check` replays, in a transcript or in a
/// document, the way Python's doctest finds them.
///
/// - A **transcript** is all examples: a `>>> ` line, its `... ` continuation
///   lines, and the output expected below it up to the next `>>> `, blank
///   lines included (NumPy prints blank lines inside 3-D arrays).
/// - In **Markdown** only fenced code blocks (```` ``` ```` or `~~~`) tagged
///   `pycon`, `python`, `python3`, `py` or nothing are read, each as a
///   transcript; blocks of other languages, or with no `>>> ` line, are prose.
/// - In **reStructuredText** (and doctest's plain text) an example starts at any
///   `>>> `, indented or not, and its output ends at a blank line, as doctest
///   reads it; `<BLANKLINE>` stands for an empty output line.
public enum DocumentFormat: Sendable, Equatable {
    case transcript
    case markdown
    case restructuredText

    /// The format a file's extension names: `.md` and `.markdown`, `.rst`; any other
    /// file is a transcript.
    public init(path: String) {
        let name = path.split(separator: "/").last ?? ""
        let suffix = name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
        switch suffix {
        case "md", "markdown": self = .markdown
        case "rst": self = .restructuredText
        default: self = .transcript
        }
    }
}

/// One `>>> ` statement with the output expected for it.
struct Example {
    /// The 1-based line of the `>>> ` prompt.
    let line: Int
    let input: [String]
    let expected: String
    /// The 1-based line where the enclosing code block starts, in a document; nil in a transcript.
    let block: Int?
}

enum DocumentExamples {
    static func extract(_ text: String, format: DocumentFormat) -> [Example] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.last == "\r" ? $0.dropLast() : $0 }
        // The file's final newline ends the last line; it is not an empty output line.
        if text.hasSuffix("\n") { lines.removeLast() }
        switch format {
        case .transcript: return transcript(lines[...], firstLine: 1, block: nil)
        case .markdown: return markdown(lines)
        case .restructuredText: return restructuredText(lines)
        }
    }

    /// Examples of a transcript whose first line has the number `firstLine`.
    private static func transcript(
        _ lines: ArraySlice<Substring>, firstLine: Int, block: Int?,
        blankLineMarker: Bool = false
    ) -> [Example] {
        var examples: [Example] = []
        var input: [String] = []
        var expected = ""
        var start = 0
        func close() {
            if !input.isEmpty { examples.append(Example(line: start, input: input, expected: expected, block: block)) }
        }
        for (offset, line) in lines.enumerated() {
            if line.hasPrefix(">>> ") || line == ">>>" {
                close()
                input = [String(line.dropFirst(4))]
                expected = ""
                start = firstLine + offset
            } else if (line.hasPrefix("... ") || line == "...") && !input.isEmpty && expected.isEmpty {
                input.append(String(line.dropFirst(4)))
            } else if !input.isEmpty {
                expected += (blankLineMarker && line == "<BLANKLINE>" ? "" : line) + "\n"
            }
        }
        close()
        return examples
    }

    /// Transcripts in fenced code blocks of the Python languages (or none).
    private static func markdown(_ lines: [Substring]) -> [Example] {
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            guard let fence = Fence(opening: lines[index]) else {
                index += 1
                continue
            }
            let opening = index
            index += 1
            var body: [Substring] = []
            while index < lines.count, !fence.isClosed(by: lines[index]) {
                body.append(fence.content(of: lines[index]))
                index += 1
            }
            index += 1
            guard Fence.checkedLanguages.contains(fence.language), body.contains(where: isPrompt) else { continue }
            examples += transcript(body[...], firstLine: opening + 2, block: opening + 1, blankLineMarker: true)
        }
        return examples
    }

    /// doctest's reading: `>>> ` at any indentation, output up to a blank line.
    private static func restructuredText(_ lines: [Substring]) -> [Example] {
        var examples: [Example] = []
        var index = 0
        var block = 0
        var previousEnd = -1
        while index < lines.count {
            let indent = lines[index].prefix { $0 == " " || $0 == "\t" }.count
            let line = lines[index].dropFirst(indent)
            guard line.hasPrefix(">>> ") || line == ">>>" else {
                index += 1
                continue
            }
            if index != previousEnd { block = index + 1 }
            let start = index
            var input = [String(line.dropFirst(4))]
            index += 1
            while index < lines.count, let more = continuation(lines[index], indent: indent) {
                input.append(more)
                index += 1
            }
            var expected = ""
            while index < lines.count {
                let text = lines[index]
                let ownIndent = text.prefix { $0 == " " || $0 == "\t" }.count
                let rest = text.dropFirst(min(indent, ownIndent))
                if text.allSatisfy({ $0 == " " || $0 == "\t" }) || ownIndent < indent || isPrompt(rest) { break }
                expected += (rest == "<BLANKLINE>" ? "" : rest) + "\n"
                index += 1
            }
            examples.append(Example(line: start + 1, input: input, expected: expected, block: block))
            previousEnd = index
        }
        return examples
    }

    private static func continuation(_ line: Substring, indent: Int) -> String? {
        guard line.prefix(indent).allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        let rest = line.dropFirst(indent)
        return rest.hasPrefix("... ") || rest == "..." ? String(rest.dropFirst(4)) : nil
    }

    private static func isPrompt(_ line: Substring) -> Bool {
        line.hasPrefix(">>> ") || line == ">>>"
    }
}

/// A Markdown code fence: three or more backticks or tildes, indented by up to
/// any number of spaces (code blocks inside list items are indented).
private struct Fence {
    /// Blocks read as transcripts; a block of any other language is left alone.
    static let checkedLanguages: Set<String> = ["", "pycon", "python", "python3", "py"]

    let marker: Character
    let length: Int
    let indent: Int
    let language: String

    init?(opening line: Substring) {
        indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        marker = first
        length = rest.prefix { $0 == first }.count
        let info = rest.dropFirst(length)
        guard length >= 3, !(first == "`" && info.contains("`")) else { return nil }
        language = info.split(separator: " ").first.map { String($0).lowercased() } ?? ""
    }

    func isClosed(by line: Substring) -> Bool {
        let rest = line.drop { $0 == " " }
        let run = rest.prefix { $0 == marker }
        return run.count >= length && rest.dropFirst(run.count).allSatisfy { $0 == " " }
    }

    /// The line with the fence's own indentation removed, as CommonMark does.
    func content(of line: Substring) -> Substring {
        line.dropFirst(min(indent, line.prefix { $0 == " " }.count))
    }
}
