import ArrayEngine

/// Matching a call's arguments to the declared parameters, with the `TypeError`
/// wording of the kind of function NumPy or Python has there.
extension Signature {
    func bind(_ arguments: Arguments) throws(PythonError) -> BoundArguments {
        var slots = [BoundArguments.Slot](repeating: BoundArguments.Slot(), count: parameters.count)
        var rest: [Value] = []
        var extraKeywords: [(name: String, value: Value)] = []
        if style == .singleArgument || style == .noArguments || style == .clinic, !arguments.keywords.isEmpty {
            throw .type("\(qualifiedName)() takes no keyword arguments")
        }
        if style == .singleArgument, arguments.positional.count != 1 {
            throw .type("\(qualifiedName)() takes exactly one argument (\(arguments.positional.count) given)")
        }
        if style == .noArguments, !arguments.positional.isEmpty {
            throw .type("\(qualifiedName)() takes no arguments (\(arguments.positional.count) given)")
        }
        if style == .cPositional, let keyword = arguments.keywords.first {
            throw .type(
                parameters.isEmpty || !parameters.contains(where: \.takesKeyword)
                    ? "\(owner ?? "ndarray").\(name)() takes no keyword arguments"
                    : "'\(keyword.name)' is an invalid keyword argument for \(name)()")
        }
        let positional = layout.positional
        // CPython's keyword parser counts every argument before it matches any.
        if style == .cKeywords, !layout.takesVariadicPositional, !layout.takesVariadicKeywords,
            arguments.positional.count + arguments.keywords.count > parameters.count
        {
            throw tooManyPositional(given: arguments.positional.count, keywords: arguments.keywords.count)
        }
        if arguments.positional.count > positional.count, !layout.takesVariadicPositional {
            let keywordOnly = arguments.keywords.filter { keyword in
                parameters.contains { $0.name == keyword.name && $0.kind == .keywordOnly }
            }
            throw tooManyPositional(
                given: arguments.positional.count, keywords: arguments.keywords.count, keywordOnly: keywordOnly.count)
        }
        // A ufunc counts its inputs before it reads a keyword: `np.negative(x=1)` is a count error.
        if style == .ufunc, arguments.positional.count < layout.required.count {
            throw tooManyPositional(given: arguments.positional.count, keywords: 0)
        }
        for (offset, value) in arguments.positional.enumerated() {
            if offset < positional.count { slots[positional[offset]].value = value } else { rest.append(value) }
        }
        for (keyword, value) in arguments.keywords {
            guard let index = parameters.firstIndex(where: { $0.name == keyword && !$0.isVariadic }),
                parameters[index].takesKeyword
            else {
                if layout.takesVariadicKeywords {
                    extraKeywords.append((keyword, value))
                    continue
                }
                throw unexpected(keyword)
            }
            if slots[index].value != nil {
                switch style {
                case .numpyC:
                    throw .type(
                        "argument for \(name)() given by name ('\(keyword)') and position (position \(positional.firstIndex(of: index) ?? 0))"
                    )
                case .cython:
                    throw .type("\(name)() got multiple values for keyword argument '\(keyword)'")
                default:
                    throw .type("\(name)() got multiple values for argument '\(keyword)'")
                }
            }
            slots[index].value = value
        }
        if layout.required.contains(where: { slots[$0].value == nil }) {
            throw missing(layout.required.filter { slots[$0].value == nil }, given: arguments.positional.count)
        }
        let bound = BoundArguments(
            signature: self, arguments: arguments, slots: slots, rest: rest, extraKeywords: extraKeywords)
        try bound.refuseUnhonoured()
        return bound
    }

    private func tooManyPositional(given: Int, keywords: Int, keywordOnly: Int = 0) -> PythonError {
        let takesPosition = parameters.filter(\.takesPosition)
        let most = takesPosition.count
        let least = takesPosition.filter(\.isRequired).count
        switch style {
        case .clinic:
            let bound = least == most ? "" : given > most ? "at most " : "at least "
            let count = given > most ? most : least
            return .type("\(name) expected \(bound)\(count) argument\(count == 1 ? "" : "s"), got \(given)")
        case .cKeywords:
            // CPython's keyword parser counts every argument first, then the positional ones.
            let total = parameters.count
            if given + keywords > total {
                return .type(
                    "\(name)() takes at most \(total) argument\(total == 1 ? "" : "s") (\(given + keywords) given)")
            }
            if most == 0 { return .type("\(name)() takes no positional arguments") }
            return .type("\(name)() takes at most \(most) positional argument\(most == 1 ? "" : "s") (\(given) given)")
        case .cPositional, .singleArgument, .noArguments:
            let bound = least == most ? "exactly" : given > most ? "at most" : "at least"
            let count = given > most ? most : least
            return .type("\(name)() takes \(bound) \(count) argument\(count == 1 ? "" : "s") (\(given) given)")
        case .cython:
            return .type(
                "\(name)() takes \(least == most ? "exactly" : "at most") \(most) positional argument\(most == 1 ? "" : "s") (\(given) given)"
            )
        case .python, .numpyC, .ufunc:
            let range = least == most ? "\(most)" : "from \(least) to \(most)"
            let noun = least == most && most == 1 ? "argument" : "arguments"
            // CPython counts the keyword-only arguments given too, when there are some.
            let extra =
                keywordOnly == 0
                ? ""
                : " positional argument\(given == 1 ? "" : "s") (and \(keywordOnly) keyword-only argument\(keywordOnly == 1 ? "" : "s"))"
            return .type(
                "\(name)() takes \(range) positional \(noun) but \(given)\(extra) \(given == 1 && keywordOnly == 0 ? "was" : "were") given"
            )
        }
    }

    private func unexpected(_ keyword: String) -> PythonError {
        if let index = parameters.firstIndex(where: { $0.name == keyword }), parameters[index].kind == .positionalOnly,
            style == .python
        {
            return .type("\(name)() got some positional-only arguments passed as keyword arguments: '\(keyword)'")
        }
        if style == .cKeywords { return .type("'\(keyword)' is an invalid keyword argument for \(name)()") }
        return .type("\(name)() got an unexpected keyword argument '\(keyword)'")
    }

    private func missing(_ indices: [Int], given: Int) -> PythonError {
        let first = indices[0]
        switch style {
        case .numpyC, .cKeywords:
            let position = parameters.prefix(first).count { $0.takesPosition }
            return .type(
                "\(name)() missing required argument '\(parameters[first].name)' (pos \(style == .cKeywords ? position + 1 : position))"
            )
        case .cPositional, .ufunc, .singleArgument, .noArguments, .clinic:
            return tooManyPositional(given: given, keywords: 0)
        case .cython:
            // Cython counts the parameters filled before the first missing one.
            let takesPosition = parameters.filter(\.takesPosition)
            let least = takesPosition.filter(\.isRequired).count
            let most = takesPosition.count
            let filled = parameters.prefix(first).count { $0.takesPosition }
            return .type(
                "\(name)() takes \(least == most ? "exactly" : "at least") \(least) positional argument\(least == 1 ? "" : "s") (\(filled) given)"
            )
        case .python:
            let keywordOnly = parameters[first].kind == .keywordOnly
            let names = indices.filter { (parameters[$0].kind == .keywordOnly) == keywordOnly }.map {
                "'\(parameters[$0].name)'"
            }
            let listed =
                names.count == 1
                ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
            let what = keywordOnly ? "keyword-only" : "positional"
            return .type(
                "\(name)() missing \(names.count) required \(what) argument\(names.count == 1 ? "" : "s"): \(listed)")
        }
    }
}
