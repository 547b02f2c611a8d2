import Foundation

/// `arrsh --check FILE`: replays the examples of a transcript or a document
/// (`DocumentExamples`) in one session and reports every example whose output differs.
///
/// Object ids are compared by identity: in each text, integers of nine or more
/// digits are renamed `ID1`, `ID2`, ... in order of first appearance, so "the
/// same object" and "a different object" must agree while the numbers may not.
public enum TranscriptCheck {
    /// What a check found: the report to print, and counts for the exit status.
    public struct Outcome: Sendable {
        public let report: String
        public let examples: Int
        public let failures: Int
    }

    public static func run(
        _ text: String, format: DocumentFormat = .transcript,
        options: Session.Options = .init()
    ) -> Outcome {
        let examples = DocumentExamples.extract(text, format: format)
        var produced = ""
        let session = Session(options: options, output: { produced += $0 }, errors: { produced += $0 })
        var actual: [String] = []
        for example in examples {
            let start = produced.endIndex
            for line in example.input { session.feed(line) }
            actual.append(String(produced[start...]))
        }
        var expectedIds = IdNames()
        var actualIds = IdNames()
        var report = ""
        var failed: [Example] = []
        for (example, got) in zip(examples, actual) {
            let want = expectedIds.normalize(example.expected)
            let have = actualIds.normalize(got)
            guard want != have else { continue }
            failed.append(example)
            report +=
                "line \(example.line)\(example.block.map { " (block at line \($0))" } ?? ""): >>> \(example.input.first ?? "")\n"
            report += want.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
                "  expected: \($0)\n"
            }.joined()
            report += have.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
                "  got:      \($0)\n"
            }.joined()
        }
        report += summary(examples, failed: failed, format: format)
        return Outcome(report: report, examples: examples.count, failures: failed.count)
    }

    /// The last line: a transcript counts its `>>> ` blocks; a document its examples
    /// and the code blocks that hold them (the failing ones by their first line).
    private static func summary(_ examples: [Example], failed: [Example], format: DocumentFormat) -> String {
        if format == .transcript {
            return failed.isEmpty
                ? "\(examples.count) blocks, all match\n" : "\(failed.count) of \(examples.count) blocks differ\n"
        }
        let counted = counting(examples.count, "example")
        guard !failed.isEmpty else {
            return "\(counted) in \(counting(blockLines(examples).count, "block")), all match\n"
        }
        let lines = blockLines(failed)
        let place = lines.count == 1 ? "the block at line" : "the blocks at lines"
        return "\(failed.count) of \(counted) differ, in \(place) \(lines.map(String.init).joined(separator: ", "))\n"
    }

    /// The first lines of the blocks holding these examples, each once.
    private static func blockLines(_ examples: [Example]) -> [Int] {
        examples.compactMap(\.block).reduce(into: []) { if $0.last != $1 { $0.append($1) } }
    }

    private static func counting(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

/// Renames ids (integers of nine or more digits) in order of first appearance.
private struct IdNames {
    private var names: [Substring: String] = [:]

    mutating func normalize(_ text: String) -> String {
        var result = ""
        var digits = Substring()
        var previous: Character = " "
        func flush(_ next: Character) {
            let standalone =
                !(previous.isLetter || previous == "_" || previous == ".")
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
                if digits.isEmpty {
                    digits = text[i..<text.index(after: i)]
                } else {
                    digits = text[digits.startIndex...i]
                }
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
