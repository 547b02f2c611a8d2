import ArrayEngine

/// The builtins that walk iterables lazily or reduce them: `enumerate`, `zip`, `map`,
/// `filter`, `reversed`, `iter`, `next`, `any`, `all`.
extension Builtins {
    static func iterationFunctions() -> [Function] {
        [
            builtin("enumerate(iterable, start=0)", "Pairs (index, item).") { interpreter, args throws(PythonError) in
                let source = try interpreter.makeIterator(args.raw("iterable") ?? .none)
                var index = args.raw("start") ?? .int(0)
                return .iterator(
                    IteratorObject("enumerate") { () throws(PythonError) -> Value? in
                        guard let item = try source.next() else { return nil }
                        defer { index = (try? PythonArithmetic.binary(.add, index, .int(1))) ?? index }
                        return .tuple([index, item])
                    })
            },
            builtin("zip(*iterables, strict=False)", "Tuples of the items at the same position, up to the shortest.") {
                interpreter, args throws(PythonError) in
                let sources = try args.variadic("iterables").map { v throws(PythonError) in
                    try interpreter.makeIterator(v)
                }
                let strict = try args.bool("strict")
                return .iterator(
                    IteratorObject("zip") { () throws(PythonError) -> Value? in
                        guard !sources.isEmpty else { return nil }
                        var items: [Value] = []
                        for (i, source) in sources.enumerated() {
                            guard let item = try source.next() else {
                                if strict, i > 0 {
                                    throw .value(
                                        "zip() argument \(i + 1) is shorter than argument\(i == 1 ? "" : "s") 1\(i == 1 ? "" : "-\(i)")"
                                    )
                                }
                                if strict, i == 0 {
                                    for (j, other) in sources.enumerated().dropFirst() where try other.next() != nil {
                                        throw .value(
                                            "zip() argument \(j + 1) is longer than argument\(j == 1 ? "" : "s") 1\(j == 1 ? "" : "-\(j)")"
                                        )
                                    }
                                }
                                return nil
                            }
                            items.append(item)
                        }
                        return .tuple(items)
                    })
            },
            builtin(
                "map(function, iterable, /, *iterables)",
                "The function applied to each item (to items at the same position)."
            ) { interpreter, args throws(PythonError) in
                let function = args.raw("function") ?? .none
                let sources = try ([args.raw("iterable") ?? .none] + args.variadic("iterables")).map {
                    v throws(PythonError) in
                    try interpreter.makeIterator(v)
                }
                return .iterator(
                    IteratorObject("map") { () throws(PythonError) -> Value? in
                        var items: [Value] = []
                        for source in sources {
                            guard let item = try source.next() else { return nil }
                            items.append(item)
                        }
                        return try interpreter.call(function, Arguments(items))
                    })
            },
            builtin(
                "filter(function, iterable, /)",
                "The items for which function is true (the true items when it is None)."
            ) { interpreter, args throws(PythonError) in
                let function = args.raw("function") ?? .none
                let source = try interpreter.makeIterator(args.raw("iterable") ?? .none)
                return .iterator(
                    IteratorObject("filter") { () throws(PythonError) -> Value? in
                        while let item = try source.next() {
                            let keep = function.isNone ? item : try interpreter.call(function, Arguments([item]))
                            if try Convert.truth(keep) { return item }
                        }
                        return nil
                    })
            },
            builtin("reversed(sequence, /)", "The items in reverse order.") { interpreter, args throws(PythonError) in
                let value = args.raw("sequence") ?? .none
                switch value {
                case .list, .tuple, .range, .string, .array, .dict:
                    let typeName = if case .list = value { "list_reverseiterator" } else { "reversed" }
                    return .iterator(.over(try interpreter.iterate(value).reversed(), typeName: typeName))
                default:
                    throw .type("'\(value.typeName)' object is not reversible")
                }
            },
            builtin("iter(object, /)", "An iterator over object.") { interpreter, args throws(PythonError) in
                .iterator(try interpreter.makeIterator(args.raw("object") ?? .none))
            },
            builtin(
                "next(iterator, default=<no value>, /)",
                "The iterator's next item (default, or StopIteration, at the end)."
            ) { interpreter, args throws(PythonError) in
                let value = args.raw("iterator") ?? .none
                let step: () throws(PythonError) -> Value?
                switch value {
                case .iterator(let iterator): step = { () throws(PythonError) in try iterator.next() }
                case .object(let flat as FlatIterator): step = { () throws(PythonError) in try flat.next() }
                default: throw .type("'\(value.typeName)' object is not an iterator")
                }
                let fallback = args.raw("default")
                if let item = try step() { return item }
                if let fallback { return fallback }
                throw PythonError("StopIteration", "")
            },
            builtin("any(iterable, /)", "Whether any item is true (stops at the first).") {
                interpreter, args throws(PythonError) in
                let source = try interpreter.makeIterator(args.raw("iterable") ?? .none)
                while let item = try source.drain(plainlyFalse) {
                    if try Convert.truth(item) { return .bool(true) }
                }
                return .bool(false)
            },
            builtin("all(iterable, /)", "Whether every item is true (stops at the first false one).") {
                interpreter, args throws(PythonError) in
                let source = try interpreter.makeIterator(args.raw("iterable") ?? .none)
                while let item = try source.drain(plainlyTrue) {
                    if !(try Convert.truth(item)) { return .bool(false) }
                }
                return .bool(true)
            },
        ]
    }

    /// `any`'s take in a drain: an item false without running Python code (not an
    /// instance, whose `__bool__` or `__len__` may run) is taken, any other refused.
    private static func plainlyFalse(_ item: Value) throws(PythonError) -> Bool {
        if case .instance = item { return false }
        return !(try Convert.truth(item))
    }

    /// `all`'s take in a drain: an item true without running Python code is taken.
    private static func plainlyTrue(_ item: Value) throws(PythonError) -> Bool {
        if case .instance = item { return false }
        return try Convert.truth(item)
    }
}
