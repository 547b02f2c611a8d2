import ArrayEngine

/// `str.format` and f-strings: replacement fields rendered with `format()`.
extension Interpreter {
    /// One field: `!r`/`!s`/`!a` first, then the format spec.
    func render(_ value: Value, conversion: Character?, spec: String) throws(PythonError) -> String {
        switch conversion {
        case "r", "a": return try Formatting.string(try Repr.repr(value), spec)
        case "s": return try Formatting.string(try Repr.str(value), spec)
        default: return try Formatting.format(value, spec)
        }
    }

    /// `template.format(*args, **kwargs)`.
    func formatMethod(_ template: String, _ positional: [Value], _ keywords: [(name: String, value: Value)])
        throws(PythonError) -> String
    {
        var automatic = 0
        var numbering: Bool?
        return try formatFields(Array(template), positional, keywords, &automatic, &numbering, depth: 0)
    }

    private func formatFields(
        _ chars: [Character], _ positional: [Value], _ keywords: [(name: String, value: Value)],
        _ automatic: inout Int, _ numbering: inout Bool?, depth: Int
    ) throws(PythonError) -> String {
        if depth > 1 { throw .value("Max string recursion exceeded") }
        var result = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "}" {
                guard i + 1 < chars.count, chars[i + 1] == "}" else {
                    throw .value("Single '}' encountered in format string")
                }
                result.append("}")
                i += 2
                continue
            }
            guard c == "{" else {
                result.append(c)
                i += 1
                continue
            }
            if i + 1 < chars.count, chars[i + 1] == "{" {
                result.append("{")
                i += 2
                continue
            }
            // The field runs to its matching `}` (a spec may nest one level of fields).
            var j = i + 1
            var level = 1
            while j < chars.count {
                if chars[j] == "{" {
                    level += 1
                } else if chars[j] == "}" {
                    level -= 1
                    if level == 0 { break }
                }
                j += 1
            }
            guard j < chars.count else {
                throw .value(level > 1 ? "unexpected '{' in field name" : "expected '}' before end of string")
            }
            let field = Array(chars[(i + 1)..<j])
            i = j + 1
            var nameEnd = field.firstIndex { $0 == "!" || $0 == ":" } ?? field.count
            // `[...]` in a field name may hold `:` or `!`.
            if let bracket = field.firstIndex(of: "["), bracket < nameEnd,
                let close = field[bracket...].firstIndex(of: "]")
            {
                nameEnd = field[close...].firstIndex { $0 == "!" || $0 == ":" } ?? field.count
            }
            let name = String(field[..<nameEnd])
            var conversion: Character?
            var spec = ""
            var k = nameEnd
            if k < field.count, field[k] == "!" {
                guard k + 1 < field.count else { throw .value("end of string while looking for conversion specifier") }
                conversion = field[k + 1]
                guard "rsa".contains(field[k + 1]) else { throw .value("Unknown conversion specifier \(field[k + 1])") }
                k += 2
                if k < field.count, field[k] != ":" { throw .value("expected ':' after conversion specifier") }
            }
            // The field's own argument comes first; fields nested in its spec number after it.
            let value = try fieldValue(name, positional, keywords, &automatic, &numbering)
            if k < field.count, field[k] == ":" {
                spec = try formatFields(
                    Array(field[(k + 1)...]), positional, keywords, &automatic, &numbering, depth: depth + 1)
            }
            result += try render(value, conversion: conversion, spec: spec)
        }
        return result
    }

    /// `0`, `name`, `0[1]`, `name.attr`, or empty (the next positional argument).
    private func fieldValue(
        _ name: String, _ positional: [Value], _ keywords: [(name: String, value: Value)],
        _ automatic: inout Int, _ numbering: inout Bool?
    ) throws(PythonError) -> Value {
        let firstEnd = name.firstIndex { $0 == "." || $0 == "[" } ?? name.endIndex
        let first = String(name[..<firstEnd])
        var value: Value
        if first.isEmpty || Int(first) != nil {
            let index: Int
            if first.isEmpty {
                if numbering == true {
                    throw .value("cannot switch from manual field specification to automatic field numbering")
                }
                numbering = false
                index = automatic
                automatic += 1
            } else {
                if numbering == false {
                    throw .value("cannot switch from automatic field numbering to manual field specification")
                }
                numbering = true
                index = Int(first) ?? 0
            }
            guard index < positional.count else {
                throw .index("Replacement index \(index) out of range for positional args tuple")
            }
            value = positional[index]
        } else {
            guard let found = keywords.last(where: { $0.name == first }) else {
                throw PythonError("KeyError", Repr.quoted(first))
            }
            value = found.value
        }
        var rest = name[firstEnd...]
        while let head = rest.first {
            if head == "." {
                let end = rest.dropFirst().firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                value = try attribute(of: value, String(rest[rest.index(after: rest.startIndex)..<end]))
                rest = rest[end...]
            } else {
                guard let close = rest.firstIndex(of: "]") else { throw .value("Missing ']' in format string") }
                let key = String(rest[rest.index(after: rest.startIndex)..<close])
                value = try getItem(value, Int(key).map { .int($0) } ?? .string(key))
                rest = rest[rest.index(after: close)...]
            }
        }
        return value
    }
}
