import Foundation

/// Two REPL transcripts compared byte for byte, except object ids.
///
/// CPython's `id()` is an address with 9 or more digits; arrsh prints its own
/// address-like integers. Only identity can match, so in each text separately
/// every integer token of `idDigits` or more digits is replaced, in order of
/// first appearance, by `ID1`, `ID2`, ...: "the same object twice" and "two
/// different objects" must then agree. A token is a run of digits not touching
/// a letter, digit, `_` or `.`, so float digits (`0.30000000000000004`,
/// `123456789.5`) are never taken for ids.
struct TranscriptComparison {
    /// The fewest digits an integer token needs to count as an id.
    static let idDigits = 9

    /// Lines of unchanged context around each change in the diff.
    static let contextLines = 3

    /// Diff lines shown at most; a wholly different output stays readable.
    static let maxDiffLines = 120

    /// Above this many line pairs the diff stops looking for common lines
    /// inside the changed region (the quadratic table would grow too big).
    static let maxLinePairs = 4_000_000

    /// The expected transcript, ids normalized.
    let expected: String
    /// The actual transcript, ids normalized.
    let actual: String

    init(expected: String, actual: String) {
        self.expected = Self.normalizingIDs(expected)
        self.actual = Self.normalizingIDs(actual)
    }

    /// Whether the two agree byte for byte once ids are normalized.
    var matches: Bool {
        expected.utf8.elementsEqual(actual.utf8)
    }

    /// `text` with every id token replaced by `ID<n>`, numbered by first appearance.
    static func normalizingIDs(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else {
                result.append(bytes[index])
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, isDigit(bytes[end]) {
                end += 1
            }
            let token = bytes[index..<end]
            let standsAlone =
                (index == 0 || !isWordOrDot(bytes[index - 1]))
                && (end == bytes.count || !isWordOrDot(bytes[end]))
            if standsAlone, token.count >= idDigits {
                let number = numbers[token] ?? (numbers.count + 1)
                numbers[token] = number
                result += Array("ID\(number)".utf8)
            } else {
                result += token
            }
            index = end
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isWordOrDot(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    // MARK: - Reporting a difference

    /// A report for a developer: where the texts first differ, then a unified
    /// line diff (`-` expected, `+` actual) with line numbers. `nil` when they match.
    func difference(expectedName: String, actualName: String) -> String? {
        guard !matches else { return nil }
        let old = Self.lines(expected)
        let new = Self.lines(actual)
        let edits = Self.editScript(old, new)
        var report = [Self.firstDifference(edits, old, new)]
        report.append("--- \(expectedName)")
        report.append("+++ \(actualName)")
        let body = Self.hunks(edits, old, new)
        report += body.prefix(Self.maxDiffLines)
        if body.count > Self.maxDiffLines {
            report.append("... \(body.count - Self.maxDiffLines) more diff lines")
        }
        return report.joined(separator: "\n")
    }

    /// Marks a last line that has no newline after it.
    private static let noFinalNewline = "\\ (no newline at end)"

    /// The lines of a text; a last line without its newline says so, so a
    /// missing final newline shows up in the diff.
    private static func lines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" {
            lines.removeLast()
        } else if let last = lines.popLast() {
            lines.append(last + noFinalNewline)
        }
        return lines
    }

    /// One step of the line diff; positions are 0-based line numbers.
    private enum Edit {
        case same(old: Int, new: Int)
        case removed(old: Int, new: Int)
        case added(old: Int, new: Int)

        var positions: (old: Int, new: Int) {
            switch self {
            case .same(let old, let new), .removed(let old, let new), .added(let old, let new):
                (old, new)
            }
        }

        var isChange: Bool {
            if case .same = self { false } else { true }
        }
    }

    /// A shortest edit script: common prefix and suffix, and a longest common
    /// subsequence of the lines between them.
    private static func editScript(_ old: [Substring], _ new: [Substring]) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] {
            prefix += 1
        }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let oldMiddle = Array(old[prefix..<(old.count - suffix)])
        let newMiddle = Array(new[prefix..<(new.count - suffix)])

        var edits = (0..<prefix).map { Edit.same(old: $0, new: $0) }
        edits += middleEdits(oldMiddle, newMiddle, offset: prefix)
        let oldTail = old.count - suffix
        let newTail = new.count - suffix
        edits += (0..<suffix).map { Edit.same(old: oldTail + $0, new: newTail + $0) }
        return edits
    }

    private static func middleEdits(_ old: [Substring], _ new: [Substring], offset: Int) -> [Edit] {
        let n = old.count
        let m = new.count
        guard n > 0, m > 0, n * m <= maxLinePairs else {
            return (0..<n).map { Edit.removed(old: offset + $0, new: offset) }
                + (0..<m).map { Edit.added(old: offset + n, new: offset + $0) }
        }
        // common[i][j]: length of the longest common subsequence of old[i...], new[j...].
        var common = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                common[i][j] =
                    old[i] == new[j]
                    ? common[i + 1][j + 1] + 1
                    : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                edits.append(.same(old: offset + i, new: offset + j))
                i += 1
                j += 1
            } else if j == m || (i < n && common[i + 1][j] >= common[i][j + 1]) {
                edits.append(.removed(old: offset + i, new: offset + j))
                i += 1
            } else {
                edits.append(.added(old: offset + i, new: offset + j))
                j += 1
            }
        }
        return edits
    }

    /// "first difference at line N ...", with the column when a line changed.
    private static func firstDifference(_ edits: [Edit], _ old: [Substring], _ new: [Substring]) -> String {
        guard let first = edits.firstIndex(where: \.isChange) else {
            return "The transcripts differ only in bytes the line diff cannot show."
        }
        let (oldLine, newLine) = edits[first].positions
        var text =
            "First difference at line \(oldLine + 1) of the expected transcript"
            + " (line \(newLine + 1) of the actual one)"
        guard oldLine < old.count, newLine < new.count else {
            return text + (oldLine < old.count ? ": the actual output ends early." : ": the actual output goes on.")
        }
        if old[oldLine] == new[newLine] + noFinalNewline {
            return text + ": the expected transcript has no final newline, the actual one has."
        }
        if old[oldLine] + noFinalNewline == new[newLine] {
            return text + ": the actual transcript lacks the final newline."
        }
        let expectedLine = Array(old[oldLine])
        let actualLine = Array(new[newLine])
        var column = 0
        while column < expectedLine.count, column < actualLine.count,
            expectedLine[column] == actualLine[column]
        {
            column += 1
        }
        text += ", column \(column + 1): expected \(describe(expectedLine, at: column))"
        text += ", got \(describe(actualLine, at: column))."
        return text
    }

    private static func describe(_ line: [Character], at column: Int) -> String {
        guard column < line.count else { return "the end of the line" }
        let character = line[column]
        switch character {
        case " ": return "a space"
        case "\t": return "a tab"
        case "\r": return "a carriage return"
        default: return "\"\(character)\""
        }
    }

    /// Unified-diff hunks with `contextLines` of context.
    private static func hunks(_ edits: [Edit], _ old: [Substring], _ new: [Substring]) -> [String] {
        let changes = edits.indices.filter { edits[$0].isChange }
        guard !changes.isEmpty else { return [] }
        var ranges: [ClosedRange<Int>] = []
        for index in changes {
            let low = max(0, index - contextLines)
            let high = min(edits.count - 1, index + contextLines)
            if let last = ranges.last, low <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, high)
            } else {
                ranges.append(low...high)
            }
        }
        var output: [String] = []
        for range in ranges {
            let slice = edits[range]
            guard let start = slice.first?.positions else { continue }
            let oldCount = slice.filter { if case .added = $0 { false } else { true } }.count
            let newCount = slice.filter { if case .removed = $0 { false } else { true } }.count
            let oldStart = oldCount == 0 ? start.old : start.old + 1
            let newStart = newCount == 0 ? start.new : start.new + 1
            output.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for edit in slice {
                switch edit {
                case .same(let oldLine, _): output.append(" " + old[oldLine])
                case .removed(let oldLine, _): output.append("-" + old[oldLine])
                case .added(_, let newLine): output.append("+" + new[newLine])
                }
            }
        }
        return output
    }
}
