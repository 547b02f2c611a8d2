import Foundation

/// `arrsh --check FILE`: replays a transcript (`>>> ` and `... ` input lines, with
/// the output expected below them) and reports every block whose output differs.
///
/// Object ids are compared by identity: in each text, integers of nine or more
/// digits are renamed `ID1`, `ID2`, ... in order of first appearance, so "the
/// same object" and "a different object" must agree while the numbers may not.
public enum TranscriptCheck {
    struct Block {
        let line: Int
        let input: [String]
        let expected: String
    }

    /// The report to print and the number of differing blocks.
    public static func run(_ transcript: String, options: Session.Options = .init()) -> (report: String, failures: Int) {
        let blocks = parse(transcript)
        var produced = ""
        let session = Session(options: options, output: { produced += $0 }, errors: { produced += $0 })
        var actual: [String] = []
        for block in blocks {
            let start = produced.endIndex
            for line in block.input { session.feed(line) }
            actual.append(String(produced[start...]))
        }
        var expectedIds = IdNames(), actualIds = IdNames()
        var report = "", failures = 0
        for (block, got) in zip(blocks, actual) {
            let want = expectedIds.normalize(block.expected), have = actualIds.normalize(got)
            guard want != have else { continue }
            failures += 1
            report += "line \(block.line): >>> \(block.input.first ?? "")\n"
            report += want.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "  expected: \($0)\n" }.joined()
            report += have.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "  got:      \($0)\n" }.joined()
        }
        report += failures == 0 ? "\(blocks.count) blocks, all match\n" : "\(failures) of \(blocks.count) blocks differ\n"
        return (report, failures)
    }

    static func parse(_ transcript: String) -> [Block] {
        var blocks: [Block] = []
        var input: [String] = [], expected = "", start = 0
        for (number, line) in transcript.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix(">>> ") || line == ">>>" {
                if !input.isEmpty { blocks.append(Block(line: start, input: input, expected: expected)) }
                input = [String(line.dropFirst(4))]
                expected = ""
                start = number + 1
            } else if (line.hasPrefix("... ") || line == "...") && !input.isEmpty && expected.isEmpty {
                input.append(String(line.dropFirst(4)))
            } else if !input.isEmpty {
                expected += line + "\n"
            }
        }
        if !input.isEmpty { blocks.append(Block(line: start, input: input, expected: expected)) }
        // The text after the last block ends with the file's final newline, not an output line.
        if let last = blocks.last, last.expected.hasSuffix("\n\n") || last.expected == "\n" {
            blocks[blocks.count - 1] = Block(line: last.line, input: last.input, expected: String(last.expected.dropLast()))
        }
        return blocks
    }
}

/// Renames ids (integers of nine or more digits) in order of first appearance.
private struct IdNames {
    private var names: [Substring: String] = [:]

    mutating func normalize(_ text: String) -> String {
        var result = "", digits = Substring(), previous: Character = " "
        func flush(_ next: Character) {
            let standalone = !(previous.isLetter || previous == "_" || previous == ".")
                && !(next.isLetter || next == "_" || next == ".")
            if digits.count >= 9 && standalone {
                let name = names[digits] ?? "ID\(names.count + 1)"
                names[digits] = name
                result += name
            } else {
                result += digits
            }
            digits = ""
        }
        for (i, c) in zip(text.indices, text) {
            if c.isASCII && c.isNumber {
                if digits.isEmpty { digits = text[i..<text.index(after: i)] } else { digits = text[digits.startIndex...i] }
                continue
            }
            if !digits.isEmpty { flush(c) }
            result.append(c)
            previous = c
        }
        if !digits.isEmpty { flush(" ") }
        return result
    }
}
