import ArrayShell

// What Tab does with the candidates ArrayShell offers, kept apart from
// libedit so it can be tested as data.

extension Completion {
    /// The edit Tab makes.
    enum Action: Equatable {
        /// Nothing fits.
        case beep
        /// Delete `deleting` Unicode scalars before the cursor, then insert
        /// `text` (often just the missing rest of a word).
        case insert(deleting: Int, text: String)
        /// Several candidates and nothing more to insert: show them.
        case list([String])
    }

    /// What Tab does after `text`, the line before the cursor: complete a
    /// unique candidate, extend to the candidates' longest common prefix, or
    /// list them when that adds nothing.
    func action(after text: String) -> Action {
        var seen = Set<String>()
        let distinct = candidates.filter { seen.insert($0).inserted }
        guard let first = distinct.first else { return .beep }
        let typed = Array(String(text.suffix(max(replacing, 0))).unicodeScalars)
        let prefix = distinct.dropFirst().reduce(Array(first.unicodeScalars)) { common, candidate in
            Array(zip(common, candidate.unicodeScalars).prefix { $0 == $1 }.map(\.0))
        }
        if prefix.starts(with: typed), prefix.count > typed.count || distinct.count == 1 {
            return .insert(deleting: 0, text: Self.string(prefix.dropFirst(typed.count)))
        }
        if distinct.count == 1 {
            return .insert(deleting: typed.count, text: first)
        }
        return .list(distinct)
    }

    private static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}

extension Completion {
    /// Lays `items` out in columns, filled top to bottom like `ls` and
    /// readline, each line shorter than `width` so no terminal wraps it.
    static func columns(_ items: [String], width: Int) -> String {
        guard !items.isEmpty else { return "" }
        let widths = items.map(\.count) // one cell per character: wide CJK would need wcwidth
        let cell = (widths.max() ?? 0) + 2
        let columnCount = max(1, (width + 1) / cell)
        let rowCount = (items.count + columnCount - 1) / columnCount
        var text = ""
        for row in 0..<rowCount {
            var line = ""
            for index in stride(from: row, to: items.count, by: rowCount) {
                if index != row {
                    line += String(repeating: " ", count: cell - widths[index - rowCount])
                }
                line += items[index]
            }
            text += line + "\n"
        }
        return text
    }
}
