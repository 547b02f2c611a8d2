import ArrayEngine

/// The arguments of one call, and the shared checks every function uses to read
/// them, so that every function reports a bad argument the same way.
struct Arguments {
    var positional: [Value]
    var keywords: [(name: String, value: Value)]

    init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    /// Matches the arguments to `parameters` (names; a trailing `?` marks an optional
    /// one), raising Python's TypeErrors for missing, extra or unknown arguments.
    func bind(_ function: String, _ parameters: [String], style: Style = .python) throws(PythonError) -> BoundArguments {
        let names = parameters.map { $0.hasSuffix("?") ? String($0.dropLast()) : $0 }
        let required = parameters.filter { !$0.hasSuffix("?") }.count
        let limit = style.positionalLimit ?? names.count
        guard positional.count <= limit, !style.countsOnly || positional.count >= required else {
            let range = required == limit ? "\(limit)" : "from \(required) to \(limit)"
            let noun = limit == 1 && required == limit ? "argument" : "arguments"
            throw .type("\(function)() takes \(range) positional \(noun) but \(positional.count) \(positional.count == 1 ? "was" : "were") given")
        }
        var values: [String: Value] = [:]
        for (name, value) in zip(names, positional) { values[name] = value }
        for (name, value) in keywords {
            guard names.contains(name) else {
                throw .type("\(function)() got an unexpected keyword argument '\(name)'")
            }
            if values[name] != nil {
                throw .type("\(function)() got multiple values for argument '\(name)'")
            }
            values[name] = value
        }
        let missing = names.prefix(required).filter { values[$0] == nil }
        if style == .numpyC, let first = missing.first, let position = names.firstIndex(of: first) {
            throw .type("\(function)() missing required argument '\(first)' (pos \(position))")
        }
        if !missing.isEmpty {
            let listed = missing.map { "'\($0)'" }
            let text = listed.count == 1 ? listed[0]
                : listed.dropLast().joined(separator: ", ") + " and " + (listed.last ?? "")
            throw .type("\(function)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(text)")
        }
        return BoundArguments(function: function, values: values)
    }
}

extension Arguments {
    /// Whose wording argument errors use: Python functions', NumPy's C functions'
    /// (`missing required argument 'shape' (pos 0)`), or ufuncs' (a count range).
    enum Style: Equatable {
        case python, numpyC
        /// Ufuncs take `positional` arguments at most and report any wrong count as a range.
        case ufunc(positional: Int)

        var positionalLimit: Int? { if case .ufunc(let n) = self { n } else { nil } }
        var countsOnly: Bool { positionalLimit != nil }
    }
}

/// Arguments matched to parameter names, with typed readers.
struct BoundArguments {
    let function: String
    let values: [String: Value]

    subscript(name: String) -> Value? {
        if let value = values[name], !value.isNone { return value }
        return nil
    }

    /// The raw value, even when it is `None` (for parameters where None means something).
    func raw(_ name: String) -> Value? { values[name] }

    func int(_ name: String) throws(PythonError) -> Int? {
        guard let value = self[name] else { return nil }
        return try Convert.index(value)
    }

    func int(_ name: String, default fallback: Int) throws(PythonError) -> Int {
        try int(name) ?? fallback
    }

    func bool(_ name: String, default fallback: Bool) throws(PythonError) -> Bool {
        guard let value = self[name] else { return fallback }
        return try Convert.truth(value)
    }

    func dtype(_ name: String) throws(PythonError) -> DType? {
        guard let value = self[name] else { return nil }
        return try Convert.dtype(value)
    }

    func array(_ name: String) throws(PythonError) -> NDArray? {
        guard let value = self[name] else { return nil }
        return try Convert.array(value)
    }

    func requiredArray(_ name: String) throws(PythonError) -> NDArray {
        try Convert.array(values[name] ?? .none)
    }

    /// `axis=`: None, an int, or a tuple of ints.
    func axes(_ name: String = "axis") throws(PythonError) -> [Int]? {
        guard let value = self[name] else { return nil }
        if case .tuple(let items) = value { return try items.map { v throws(PythonError) in try Convert.index(v) } }
        return [try Convert.index(value)]
    }

    func shape(_ name: String) throws(PythonError) -> [Int] {
        try Convert.shape(values[name] ?? .none)
    }

    func string(_ name: String) throws(PythonError) -> String? {
        guard let value = self[name] else { return nil }
        guard case .string(let text) = value else {
            throw .type("\(function)() argument '\(name)' must be str, not \(value.typeName)")
        }
        return text
    }
}
