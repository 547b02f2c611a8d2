import ArrayEngine
import Foundation

/// The methods of `str` people reach for when they print and parse.
enum StringMethods {
    static func get(_ s: String, _ name: String) -> Value? {
        switch name {
        case "upper":
            return method("str.upper()", style: .noArguments) { _, _ throws(PythonError) in .string(s.uppercased()) }
        case "lower":
            return method("str.lower()", style: .noArguments) { _, _ throws(PythonError) in .string(s.lowercased()) }
        case "casefold":
            return method("str.casefold()", style: .noArguments) { _, _ throws(PythonError) in .string(s.lowercased()) }
        case "title":
            return method("str.title()", style: .noArguments) { _, _ throws(PythonError) in .string(title(s)) }
        case "capitalize":
            return method("str.capitalize()", style: .noArguments) { _, _ throws(PythonError) in
                .string(s.prefix(1).uppercased() + s.dropFirst().lowercased())
            }
        case "swapcase":
            return method("str.swapcase()", style: .noArguments) { _, _ throws(PythonError) in
                .string(String(s.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
            }
        case "strip", "lstrip", "rstrip":
            return method("str.\(name)(chars=None, /)", style: .clinic) { _, args throws(PythonError) in
                let chars = args["chars"]
                let set: Set<Character>?
                if let chars {
                    guard case .string(let c) = chars else { throw .type("\(name) arg must be None or str") }
                    set = Set(c)
                } else {
                    set = nil
                }
                let strip: (Character) -> Bool = { set?.contains($0) ?? $0.isWhitespace }
                var result = Substring(s)
                if name != "rstrip" { result = result.drop(while: strip) }
                if name != "lstrip" { while let last = result.last, strip(last) { result = result.dropLast() } }
                return .string(String(result))
            }
        case "split", "rsplit":
            return method("str.\(name)(sep=None, maxsplit=-1)", style: .cKeywords) { _, args throws(PythonError) in
                let maxsplit = try args.int("maxsplit") ?? -1
                if let sep = args["sep"] {
                    guard case .string(let separator) = sep else {
                        throw .type("must be str or None, not \(sep.typeName)")
                    }
                    if separator.isEmpty { throw .value("empty separator") }
                    return .list(
                        ListObject(
                            split(s, by: separator, maxsplit: maxsplit, fromRight: name == "rsplit").map { .string($0) }
                        ))
                }
                return .list(
                    ListObject(splitWhitespace(s, maxsplit: maxsplit, fromRight: name == "rsplit").map { .string($0) }))
            }
        case "splitlines":
            return method("str.splitlines(keepends=False)", style: .cKeywords) { _, args throws(PythonError) in
                let keep = try args.bool("keepends")
                var lines: [Value] = []
                var current = ""
                for c in s {
                    if c.isNewline {
                        lines.append(.string(keep ? current + String(c) : current))
                        current = ""
                    } else {
                        current.append(c)
                    }
                }
                if !current.isEmpty { lines.append(.string(current)) }
                return .list(ListObject(lines))
            }
        case "join":
            return method("str.join(iterable, /)", style: .singleArgument) { interpreter, args throws(PythonError) in
                let items = try interpreter.iterate(args.raw("iterable") ?? .none)
                var bytes = 0
                for (i, item) in items.enumerated() {
                    guard case .string(let part) = item else {
                        throw .type("sequence item \(i): expected str instance, \(item.typeName) found")
                    }
                    bytes += part.utf8.count + (i > 0 ? s.utf8.count : 0)
                }
                // The text is made in one allocation of its final size, checked to fit first.
                try MemoryLimit.check(count: bytes, stride: 1)
                var joined = ""
                joined.reserveCapacity(bytes)
                for (i, item) in items.enumerated() {
                    if i > 0 { joined += s }
                    if case .string(let part) = item { joined += part }
                }
                return .string(joined)
            }
        case "replace":
            return method("str.replace(old, new, count=-1, /)", style: .clinic) { _, args throws(PythonError) in
                let old = try args.text("old", method: "replace")
                let new = try args.text("new", method: "replace")
                let count = try args.int("count") ?? -1
                if count < 0 {
                    return .string(old.isEmpty ? insertEverywhere(s, new) : s.replacingOccurrences(of: old, with: new))
                }
                var result = ""
                var rest = Substring(s)
                var done = 0
                while done < count, !old.isEmpty, let range = rest.range(of: old) {
                    result += rest[..<range.lowerBound] + new
                    rest = rest[range.upperBound...]
                    done += 1
                }
                return .string(result + rest)
            }
        case "startswith", "endswith":
            return method("str.\(name)(prefix, start=None, end=None, /)", style: .cPositional) {
                _, args throws(PythonError) in
                let candidates: [Value]
                switch args.raw("prefix") ?? .none {
                case .tuple(let items): candidates = items
                case let single: candidates = [single]
                }
                let text = try sliced(s, args)
                for candidate in candidates {
                    guard case .string(let affix) = candidate else {
                        throw .type("\(name) first arg must be str or a tuple of str, not \(candidate.typeName)")
                    }
                    if name == "startswith" ? text.hasPrefix(affix) : text.hasSuffix(affix) { return .bool(true) }
                }
                return .bool(false)
            }
        case "find", "rfind", "index", "rindex":
            return method("str.\(name)(sub, start=None, end=None, /)", style: .cPositional) {
                _, args throws(PythonError) in
                let sub = try args.text("sub", method: name)
                let offset = try startOffset(s, args)
                let text = Array(try sliced(s, args))
                let needle = Array(sub)
                var found: Int?
                if needle.count <= text.count {
                    let positions = Array(0...(text.count - needle.count))
                    for i in (name.hasPrefix("r") ? positions.reversed() : positions)
                    where Array(text[i..<(i + needle.count)]) == needle {
                        found = i
                        break
                    }
                }
                if let found { return .int(found + offset) }
                if name.hasSuffix("index") { throw .value("substring not found") }
                return .int(-1)
            }
        case "count":
            return method("str.count(sub, start=None, end=None, /)", style: .cPositional) {
                _, args throws(PythonError) in
                let sub = try args.text("sub", method: "count")
                let text = try sliced(s, args)
                if sub.isEmpty { return .int(text.count + 1) }
                return .int(text.components(separatedBy: sub).count - 1)
            }
        case "format":
            return method("format(*args, **kwargs)") { interpreter, args throws(PythonError) in
                .string(try interpreter.formatMethod(s, args.variadic("args"), args.keywords("kwargs")))
            }
        case "center", "ljust", "rjust":
            return method("str.\(name)(width, fillchar=' ', /)", style: .clinic) { _, args throws(PythonError) in
                let width = try args.int("width") ?? 0
                try MemoryLimit.check(count: width, stride: 4)
                let fill = try args.text("fillchar", method: name)
                guard fill.count == 1, let f = fill.first else {
                    throw .type("The fill character must be exactly one character long")
                }
                let padding = max(0, width - s.count)
                switch name {
                case "ljust": return .string(s + String(repeating: f, count: padding))
                case "rjust": return .string(String(repeating: f, count: padding) + s)
                default:
                    // CPython puts the odd extra character on the left when the width is odd.
                    let left = padding / 2 + (padding & width & 1)
                    return .string(String(repeating: f, count: left) + s + String(repeating: f, count: padding - left))
                }
            }
        case "zfill":
            return method("str.zfill(width, /)", style: .singleArgument) { _, args throws(PythonError) in
                let width = try args.int("width") ?? 0
                try MemoryLimit.check(count: width, stride: 4)
                guard s.count < width else { return .string(s) }
                let signed = s.first == "-" || s.first == "+"
                let zeros = String(repeating: "0", count: width - s.count)
                return .string(signed ? String(s.prefix(1)) + zeros + s.dropFirst() : zeros + s)
            }
        case "partition", "rpartition":
            return method("str.\(name)(sep, /)", style: .singleArgument) { _, args throws(PythonError) in
                let sep = try args.text("sep", method: name)
                if sep.isEmpty { throw .value("empty separator") }
                let range = name == "partition" ? s.range(of: sep) : s.range(of: sep, options: .backwards)
                guard let range else {
                    return name == "partition"
                        ? .tuple([.string(s), .string(""), .string("")])
                        : .tuple([.string(""), .string(""), .string(s)])
                }
                return .tuple([
                    .string(String(s[..<range.lowerBound])), .string(sep), .string(String(s[range.upperBound...])),
                ])
            }
        case "removeprefix", "removesuffix":
            return method("str.\(name)(\(name == "removeprefix" ? "prefix" : "suffix"), /)", style: .singleArgument) {
                _, args throws(PythonError) in
                let affix = try args.text(name == "removeprefix" ? "prefix" : "suffix", method: name)
                if name == "removeprefix", s.hasPrefix(affix) { return .string(String(s.dropFirst(affix.count))) }
                if name == "removesuffix", s.hasSuffix(affix) { return .string(String(s.dropLast(affix.count))) }
                return .string(s)
            }
        case "isdigit", "isdecimal", "isnumeric":
            return predicate(name, s) { $0.isNumber }
        case "isalpha": return predicate(name, s) { $0.isLetter }
        case "isalnum": return predicate(name, s) { $0.isLetter || $0.isNumber }
        case "isspace": return predicate(name, s) { $0.isWhitespace }
        case "isupper":
            return method("str.isupper()", style: .noArguments) { _, _ throws(PythonError) in
                .bool(s.contains { $0.isCased } && !s.contains { $0.isLowercase })
            }
        case "islower":
            return method("str.islower()", style: .noArguments) { _, _ throws(PythonError) in
                .bool(s.contains { $0.isCased } && !s.contains { $0.isUppercase })
            }
        case "istitle":
            // Upper case only after an uncased character, lower case only after a cased one.
            return method("str.istitle()", style: .noArguments) { _, _ throws(PythonError) in
                var afterCased = false
                var sawCased = false
                for c in s {
                    if c.isUppercase || c.isLowercase {
                        if c.isUppercase == afterCased { return .bool(false) }
                        afterCased = true
                        sawCased = true
                    } else {
                        afterCased = false
                    }
                }
                return .bool(sawCased)
            }
        case "isidentifier":
            return method("str.isidentifier()", style: .noArguments) { _, _ throws(PythonError) in
                guard let first = s.first, first.isLetter || first == "_" else { return .bool(false) }
                return .bool(s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" })
            }
        case "encode": return nil
        default: return nil
        }
    }

    private static func predicate(_ name: String, _ s: String, _ test: @escaping (Character) -> Bool) -> Value {
        method("str.\(name)()", style: .noArguments) { _, _ throws(PythonError) in
            .bool(!s.isEmpty && s.allSatisfy(test))
        }
    }

    private static func title(_ s: String) -> String {
        var result = ""
        var previousCased = false
        for c in s {
            result += previousCased ? c.lowercased() : c.uppercased()
            previousCased = c.isCased
        }
        return result
    }

    private static func insertEverywhere(_ s: String, _ new: String) -> String {
        new + s.map { String($0) + new }.joined()
    }

    /// Python's `str.split(sep)` from the left or right, at most `maxsplit` times.
    static func split(_ s: String, by separator: String, maxsplit: Int, fromRight: Bool) -> [String] {
        var parts = s.components(separatedBy: separator)
        guard maxsplit >= 0, parts.count > maxsplit + 1 else { return parts }
        if fromRight {
            let head = parts[..<(parts.count - maxsplit)].joined(separator: separator)
            parts = [head] + parts[(parts.count - maxsplit)...]
        } else {
            let tail = parts[maxsplit...].joined(separator: separator)
            parts = Array(parts[..<maxsplit]) + [tail]
        }
        return parts
    }

    /// `str.split()`: runs of whitespace separate, and ends are trimmed.
    private static func splitWhitespace(_ s: String, maxsplit: Int, fromRight: Bool) -> [String] {
        let words = s.split(whereSeparator: \.isWhitespace).map(String.init)
        guard maxsplit >= 0, words.count > maxsplit + 1 else { return words }
        // Past maxsplit the rest is kept as it stands (its inner whitespace included).
        if fromRight {
            var rest = Substring(s)
            var tail: [String] = []
            for _ in 0..<maxsplit {
                while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
                let start = rest.lastIndex(where: \.isWhitespace).map { rest.index(after: $0) } ?? rest.startIndex
                tail.insert(String(rest[start...]), at: 0)
                rest = rest[..<start]
            }
            while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
            return [String(rest)] + tail
        }
        var rest = Substring(s)
        var head: [String] = []
        for _ in 0..<maxsplit {
            rest = rest.drop(while: \.isWhitespace)
            let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
            head.append(String(rest[..<end]))
            rest = rest[end...]
        }
        rest = rest.drop(while: \.isWhitespace)
        return head + (rest.isEmpty ? [] : [String(rest)])
    }

    /// `s[start:end]` for the optional start/end arguments of find, count, startswith...
    private static func sliced(_ s: String, _ args: BoundArguments) throws(PythonError) -> String {
        let chars = Array(s)
        let (start, end) = try bounds(chars.count, args)
        return start < end ? String(chars[start..<end]) : ""
    }

    private static func startOffset(_ s: String, _ args: BoundArguments) throws(PythonError) -> Int {
        try bounds(s.count, args).0
    }

    private static func bounds(_ count: Int, _ args: BoundArguments) throws(PythonError) -> (Int, Int) {
        func clamp(_ i: Int) -> Int { i < 0 ? max(0, i + count) : min(i, count) }
        let start = try args.int("start").map(clamp) ?? 0
        let end = try args.int("end").map(clamp) ?? count
        return (start, end)
    }
}
