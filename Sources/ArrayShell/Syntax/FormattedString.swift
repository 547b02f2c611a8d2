import ArrayEngine

/// The inside of an f-string split into text and replacement fields, as Python 3.11
/// reads it: `{{` and `}}` are braces, a field is `{expression!conversion:spec}`,
/// the spec may hold fields of its own, and `{x=}` echoes its source.
enum FormattedString {
    static func parts(_ body: String, raw: Bool) throws(PythonError) -> [FormattedPart] {
        let scalars = Array(body.unicodeScalars)
        var i = 0
        return try parts(scalars, &i, raw: raw, nested: 0)
    }

    /// Parts up to the end, or up to the `}` that closes a format spec when `nested` > 0.
    private static func parts(_ s: [Unicode.Scalar], _ i: inout Int, raw: Bool, nested: Int) throws(PythonError)
        -> [FormattedPart]
    {
        var result: [FormattedPart] = []
        var text = String.UnicodeScalarView()
        func flush() throws(PythonError) {
            guard !text.isEmpty else { return }
            result.append(.text(raw ? String(text) : try Lexer.decodeEscapes(String(text))))
            text = String.UnicodeScalarView()
        }
        while i < s.count {
            let c = s[i]
            if c == "{" {
                if nested == 0, i + 1 < s.count, s[i + 1] == "{" {
                    text.append("{")
                    i += 2
                    continue
                }
                try flush()
                i += 1
                result.append(try field(s, &i, raw: raw, nested: nested))
            } else if c == "}" {
                if nested > 0 { break }
                guard i + 1 < s.count, s[i + 1] == "}" else { throw .syntax("f-string: single '}' is not allowed") }
                text.append("}")
                i += 2
            } else {
                text.append(c)
                i += 1
            }
        }
        try flush()
        return result
    }

    /// One `{...}` field, `i` just after its `{`; leaves `i` after its `}`.
    private static func field(_ s: [Unicode.Scalar], _ i: inout Int, raw: Bool, nested: Int) throws(PythonError)
        -> FormattedPart
    {
        if nested >= 2 { throw .syntax("f-string: expressions nested too deeply") }
        let start = i
        var depth = 0
        var quote: Unicode.Scalar?
        // The expression ends at a top-level `!` (not `!=`), `:`, `=` (not `==`, `<=`, ...) or `}`.
        while i < s.count {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "\\" {
                throw .syntax("f-string expression part cannot include a backslash")
            } else if c == "#" {
                throw .syntax("f-string expression part cannot include '#'")
            } else if "([{".unicodeScalars.contains(c) {
                depth += 1
            } else if ")]".unicodeScalars.contains(c) || (c == "}" && depth > 0) {
                depth -= 1
            } else if depth == 0 {
                if c == "}" || c == ":" { break }
                if c == "!", i + 1 < s.count, s[i + 1] != "=" { break }
                if c == "=", i + 1 < s.count, s[i + 1] != "=", i > start, !"=!<>".unicodeScalars.contains(s[i - 1]) {
                    break
                }
            }
            i += 1
        }
        guard i < s.count else { throw .syntax("f-string: expecting '}'") }
        var source = String.UnicodeScalarView()
        source.append(contentsOf: s[start..<i])
        let expressionText = String(source)
        if expressionText.allSatisfy({ $0 == " " }) { throw .syntax("f-string: empty expression not allowed") }
        var echo: String?
        if s[i] == "=" {
            i += 1
            var end = i
            while end < s.count, s[end] == " " { end += 1 }
            echo = expressionText + "=" + String(String.UnicodeScalarView(s[i..<end]))
            i = end
        }
        var conversion: Character?
        if i < s.count, s[i] == "!" {
            guard i + 1 < s.count, "rsa".unicodeScalars.contains(s[i + 1]) else {
                throw .syntax("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(s[i + 1])
            i += 2
        }
        var spec: [FormattedPart] = []
        if i < s.count, s[i] == ":" {
            i += 1
            spec = try parts(s, &i, raw: raw, nested: nested + 1)
        }
        guard i < s.count, s[i] == "}" else { throw .syntax("f-string: expecting '}'") }
        i += 1
        if echo != nil, conversion == nil, spec.isEmpty { conversion = "r" }
        return .field(value: try expression(expressionText), conversion: conversion, spec: spec, echo: echo)
    }

    /// A field's expression, parsed as if in parentheses (so it may span lines).
    private static func expression(_ text: String) throws(PythonError) -> Expr {
        var lexer = Lexer("(" + text + "\n)")
        var parser = Parser(try lexer.tokens())
        let value = try parser.expressionList(allowStarred: false)
        guard parser.current == .newline || parser.current == .end else {
            throw .syntax("f-string: invalid syntax")
        }
        return value
    }
}
