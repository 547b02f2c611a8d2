import ArrayEngine
import Foundation

/// Tab completion: what may follow the text before the cursor.
public struct Completion: Equatable, Sendable {
    /// How many characters before the cursor the candidates replace.
    public var replacing: Int
    /// Whole replacements, sorted.
    public var candidates: [String]

    public init(replacing: Int, candidates: [String]) {
        self.replacing = replacing
        self.candidates = candidates
    }
}

extension Session {
    /// Candidates for the word before the cursor: names, `np.` functions, an
    /// object's attributes, `%` commands, or file names inside quotes and after `%run`.
    ///
    /// Attribute completion looks objects up by name only (never calls anything), so
    /// pressing Tab has no side effects.
    public func completions(for text: String) -> Completion {
        if text.hasPrefix("%run ") || text.hasPrefix("%run\t") {
            return fileCompletion(String(text.dropFirst(5).drop(while: { $0 == " " })))
        }
        if let quote = Session.openQuote(in: text) {
            return fileCompletion(String(text[text.index(after: quote)...]))
        }
        if text.first == "%" && !text.contains(" ") {
            let prefix = String(text.dropFirst())
            return Completion(
                replacing: prefix.count + 1,
                candidates: Session.magics.map(\.name).filter { $0.hasPrefix(prefix) }.map { "%" + $0 }.sorted())
        }
        let word = String(
            text.reversed().prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }).reversed())
        guard let dot = word.lastIndex(of: ".") else {
            let names = Set(interpreter.globals.bindings.keys).union(interpreter.builtins.bindings.keys).union(
                Session.keywords)
            var candidates = names.filter { $0.hasPrefix(word) && (!word.isEmpty || !$0.hasPrefix("_")) }.sorted()
            // Inside a call, the callee's keyword parameters come first: `np.sum(a, ke` → `keepdims=`.
            if let callee = Session.callee(before: text.dropLast(word.count)),
                case .function(let function)? = resolve(
                    callee.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
            {
                candidates = function.signature.keywordNames.filter { $0.hasPrefix(word) }.map { $0 + "=" } + candidates
            }
            return Completion(replacing: word.count, candidates: candidates)
        }
        let path = word[..<dot].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let prefix = String(word[word.index(after: dot)...])
        guard let object = resolve(path) else { return Completion(replacing: prefix.count, candidates: []) }
        let names = Session.attributeNames(of: object, in: interpreter)
        return Completion(
            replacing: prefix.count,
            candidates: names.filter { $0.hasPrefix(prefix) && (!prefix.isEmpty || !$0.hasPrefix("_")) }.sorted())
    }

    static let keywords = [
        "and", "del", "else", "False", "from", "if", "import", "in", "is", "None", "not", "or", "pass", "True",
    ]

    /// Follows `a.b.c` through names and attributes, without calling anything.
    private func resolve(_ path: [String]) -> Value? {
        guard let first = path.first, !first.isEmpty,
            var value = interpreter.globals[first] ?? interpreter.builtins[first]
        else { return nil }
        for name in path.dropFirst() {
            guard let next = try? interpreter.attribute(of: value, name) else { return nil }
            value = next
        }
        return value
    }

    static func attributeNames(of value: Value, in interpreter: Interpreter) -> [String] {
        switch value {
        case .module(let module): Array(module.attributes.keys)
        case .array: ArrayAttributes.names(in: interpreter)
        case .scalar:
            ["dtype", "item", "itemsize", "nbytes", "ndim", "shape", "size", "tolist", "astype", "copy", "reshape"]
        case .dtype: ["char", "itemsize", "kind", "name", "str", "type"]
        case .flags: ["aligned", "c_contiguous", "f_contiguous", "owndata", "writeable", "writebackifcopy"]
        case .list: ["append", "copy", "extend", "pop"]
        case .object(let object): object.attributeNames
        default: []
        }
    }

    /// The dotted name before the innermost unclosed `(` of `text` (`np.sum` in `np.sum(a, `),
    /// when the text ends inside its argument list.
    static func callee(before text: Substring) -> String? {
        var depth = 0
        for index in text.indices.reversed() {
            switch text[index] {
            case ")", "]", "}": depth += 1
            case "[", "{": depth -= 1
            case "(" where depth > 0: depth -= 1
            case "(":
                let name = text[..<index].reversed().prefix(while: {
                    $0.isLetter || $0.isNumber || $0 == "_" || $0 == "."
                })
                return name.isEmpty ? nil : String(name.reversed())
            default: continue
            }
            if depth < 0 { return nil }
        }
        return nil
    }

    /// The position of an unclosed quote, if the cursor is inside a string.
    private static func openQuote(in text: String) -> String.Index? {
        var open: (String.Index, Character)?
        for i in text.indices {
            let c = text[i]
            if let (_, quote) = open {
                if c == quote { open = nil }
            } else if c == "'" || c == "\"" {
                open = (i, c)
            }
        }
        return open?.0
    }

    /// File and directory names completing `partial` (directories get a trailing `/`).
    private func fileCompletion(_ partial: String) -> Completion {
        let expanded = partial.hasPrefix("~") ? NSString(string: partial).expandingTildeInPath : partial
        let directory =
            expanded.contains("/") ? String(expanded[...(expanded.lastIndex(of: "/") ?? expanded.startIndex)]) : ""
        let stem =
            expanded.contains("/")
            ? String(expanded[expanded.index(after: expanded.lastIndex(of: "/") ?? expanded.startIndex)...]) : expanded
        let shownDirectory =
            partial.contains("/") ? String(partial[...(partial.lastIndex(of: "/") ?? partial.startIndex)]) : ""
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        let candidates = entries.filter { $0.hasPrefix(stem) && (!stem.isEmpty || !$0.hasPrefix(".")) }.map {
            name -> String in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + name, isDirectory: &isDirectory)
            return shownDirectory + name + (isDirectory.boolValue ? "/" : "")
        }
        return Completion(replacing: partial.count, candidates: candidates.sorted())
    }
}
