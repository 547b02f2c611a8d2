import ArrayEngine
import BigInt

/// Python's `repr()` and `str()` of every value, with NumPy's array printing.
enum Repr {
    static func repr(_ value: Value) throws(PythonError) -> String {
        var nesting = Nesting()
        return try repr(value, &nesting)
    }

    /// The containers being printed: a list met again inside itself prints as `[...]`,
    /// and nesting as deep as Python's recursion limit is Python's RecursionError.
    private struct Nesting {
        var lists: Set<ObjectIdentifier> = []
        var depth = 0

        mutating func enter() throws(PythonError) {
            depth += 1
            if depth >= PythonError.recursionLimit {
                throw PythonError(
                    "RecursionError", "maximum recursion depth exceeded while getting the repr of an object")
            }
        }
    }

    private static func repr(_ value: Value, _ nesting: inout Nesting) throws(PythonError) -> String {
        switch value {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let b): return try bigIntText(b)
        case .float(let d): return FloatFormatting.scalarText(d)
        case .complex(let re, let im): return ScalarFormatter.complexText(re, im, .float64, parentheses: true)
        case .string(let s): return quoted(s)
        case .tuple(let items):
            try nesting.enter()
            defer { nesting.depth -= 1 }
            let parts = try reprs(of: items, &nesting)
            return parts.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
        case .list(let list):
            let key = ObjectIdentifier(list)
            guard !nesting.lists.contains(key) else { return "[...]" }
            try nesting.enter()
            nesting.lists.insert(key)
            defer {
                nesting.depth -= 1
                nesting.lists.remove(key)
            }
            return "[" + (try reprs(of: list.items, &nesting)).joined(separator: ", ") + "]"
        case .dict(let dict):
            let key = ObjectIdentifier(dict)
            guard !nesting.lists.contains(key) else { return "{...}" }
            try nesting.enter()
            nesting.lists.insert(key)
            defer {
                nesting.depth -= 1
                nesting.lists.remove(key)
            }
            var parts: [String] = []
            for (k, v) in dict.pairs { parts.append(try repr(k, &nesting) + ": " + (try repr(v, &nesting))) }
            return "{" + parts.joined(separator: ", ") + "}"
        case .set(let set):
            let name = set.isFrozen ? "frozenset" : "set"
            guard set.count > 0 else { return "\(name)()" }
            try nesting.enter()
            defer { nesting.depth -= 1 }
            let body = "{" + (try reprs(of: SetOrder.items(set), &nesting)).joined(separator: ", ") + "}"
            return set.isFrozen ? "frozenset(\(body))" : body
        case .slice(let a, let b, let c):
            return "slice(\(try repr(a, &nesting)), \(try repr(b, &nesting)), \(try repr(c, &nesting)))"
        case .range(let start, let stop, let step):
            return step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
        case .ellipsis: return "Ellipsis"
        case .array(let a): return try ArrayFormatter.repr(a)
        case .scalar(let s): return ScalarFormatter.repr(s.scalar)
        case .dtype(let d): return d.reprText
        case .scalarType(let d): return "<class 'numpy.\(d.scalarTypeName)'>"
        case .type(let t): return "<class '\(t.qualifiedName)'>"
        case .function(let f):
            switch f.kind {
            case .builtin: return "<built-in function \(f.name)>"
            case .ufunc: return "<ufunc '\(f.name)'>"
            case .numpy: return "<function \(f.name) at 0x\(String(ObjectIds.address(of: f), radix: 16))>"
            case .method: return "<built-in method \(f.name)>"
            case .python: return "<function \(f.qualname) at 0x\(String(ObjectIds.address(of: f), radix: 16))>"
            case .boundMethod:
                let owner = f.boundSelf.map { Repr.tryRepr($0) } ?? "?"
                return "<bound method \(f.function?.qualname ?? f.name) of \(owner)>"
            }
        case .module(let m): return "<module '\(m.name)'>"
        case .flags(let a): return FlagsText.text(a)
        case .object(let o): return o.repr()
        case .classObject(let c): return c.repr
        case .instance(let i):
            if let interpreter = i.cls.interpreter { return try interpreter.instanceRepr(i) }
            return "<\(i.cls.name) object>"
        case .iterator(let it):
            let what = it.typeName == "generator" ? "generator object \(it.functionName)" : "\(it.typeName) object"
            return "<\(what) at 0x\(String(ObjectIds.address(of: it), radix: 16))>"
        }
    }

    /// Python's limit on the digits of an int converted to text (`sys.set_int_max_str_digits`).
    static let maximumDigits = 4300

    private static func bigIntText(_ b: BigInt) throws(PythonError) -> String {
        // Beyond 2**14300 the digits surely exceed the limit: refuse before converting.
        if b.magnitude.bitWidth > 14_300 || String(b).filter(\.isNumber).count > maximumDigits {
            throw .value(
                "Exceeds the limit (\(maximumDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )
        }
        return String(b)
    }

    /// The items' reprs; a Ctrl-C stops a long list's (`[0] * 10**7`) with KeyboardInterrupt.
    /// Each repr is a step of `MemoryLimit`, and the text they will be joined into
    /// is checked to fit: MemoryError, not a trap, for the repr of a huge list.
    private static func reprs(of items: [Value], _ nesting: inout Nesting) throws(PythonError) -> [String] {
        try MemoryLimit.check(count: items.count, of: String.self)
        var parts: [String] = []
        parts.reserveCapacity(items.count)
        var bytes = 0
        for (i, item) in items.enumerated() {
            if i & 0xFFFF == 0xFFFF { try Interruption.check() }
            try MemoryLimit.step()
            let part = try repr(item, &nesting)
            bytes += part.utf8.count + 2
            parts.append(part)
        }
        try MemoryLimit.check(count: bytes, stride: 1)
        return parts
    }

    static func str(_ value: Value) throws(PythonError) -> String {
        switch value {
        case .string(let s): return s
        case .array(let a): return try ArrayFormatter.str(a)
        case .scalar(let s): return ScalarFormatter.str(s.scalar)
        case .dtype(let d): return d.strText
        case .instance(let i):
            if let interpreter = i.cls.interpreter { return try interpreter.instanceStr(i) }
            return try repr(value)
        case .object(let o): return o.str()
        default: return try repr(value)
        }
    }

    /// `repr` for error messages, where a failure must not hide the real error.
    static func tryRepr(_ value: Value) -> String {
        (try? repr(value)) ?? value.typeName
    }

    /// Python's string repr: single quotes unless the text holds one and no double quote.
    static func quoted(_ text: String) -> String { PythonText.repr(text) }
}

/// `a.flags` as NumPy prints it.
enum FlagsText {
    static func text(_ a: NDArray) -> String {
        let rows: [(String, Bool)] = [
            ("C_CONTIGUOUS", a.isCContiguous), ("F_CONTIGUOUS", a.isFContiguous), ("OWNDATA", a.ownsData),
            ("WRITEABLE", a.isWriteable), ("ALIGNED", a.isAligned), ("WRITEBACKIFCOPY", false),
        ]
        return rows.map { row in
            let note = row.0 == "WRITEABLE" && a.warnsOnWrite ? "  (with WARN_ON_WRITE=True)" : ""
            return "  \(row.0) : \(row.1 ? "True" : "False")\(note)\n"
        }.joined()
    }
}
