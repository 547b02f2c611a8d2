import ArrayEngine

/// `import itertools`: the combinatoric iterators and the common lazy ones, producing
/// items in CPython's order.
enum ItertoolsModule {
    static func functions() -> [Function] {
        [
            StandardModules.function("product(*iterables, repeat=1)", "The Cartesian product, last iterable fastest.") {
                interpreter, args throws(PythonError) in
                let pools = try args.variadic("iterables").map { v throws(PythonError) in try interpreter.iterate(v) }
                let repeatCount = try args.int("repeat") ?? 1
                guard repeatCount >= 0 else { throw .value("repeat argument cannot be negative") }
                let all = Array((0..<repeatCount).map { _ in pools }.joined())
                var indices = [Int](repeating: 0, count: all.count)
                var done = all.contains { $0.isEmpty }
                var first = true
                return .iterator(
                    IteratorObject("itertools.product") { () throws(PythonError) -> Value? in
                        if done { return nil }
                        if !first {
                            var k = all.count - 1
                            while k >= 0 {
                                indices[k] += 1
                                if indices[k] < all[k].count { break }
                                indices[k] = 0
                                k -= 1
                            }
                            if k < 0 {
                                done = true
                                return nil
                            }
                        }
                        first = false
                        return .tuple(indices.enumerated().map { all[$0.offset][$0.element] })
                    })
            },
            chain(),
            StandardModules.function(
                "combinations(iterable, r)", "r-length tuples in sorted order, no repeated elements."
            ) { interpreter, args throws(PythonError) in
                let pool = try interpreter.iterate(args.raw("iterable") ?? .none)
                let r = try args.int("r") ?? 0
                guard r >= 0 else { throw .value("r must be non-negative") }
                return .iterator(selections("itertools.combinations", pool, r, allowRepeats: false))
            },
            StandardModules.function(
                "combinations_with_replacement(iterable, r)", "r-length tuples, elements may repeat."
            ) { interpreter, args throws(PythonError) in
                let pool = try interpreter.iterate(args.raw("iterable") ?? .none)
                let r = try args.int("r") ?? 0
                guard r >= 0 else { throw .value("r must be non-negative") }
                return .iterator(selections("itertools.combinations_with_replacement", pool, r, allowRepeats: true))
            },
            StandardModules.function("permutations(iterable, r=None)", "r-length orderings of the elements.") {
                interpreter, args throws(PythonError) in
                let pool = try interpreter.iterate(args.raw("iterable") ?? .none)
                let r = try args.int("r") ?? pool.count
                guard r >= 0 else { throw .value("r must be non-negative") }
                return .iterator(permutations(pool, r))
            },
            StandardModules.function(
                "accumulate(iterable, func=None, *, initial=None)", "Running totals (or running func)."
            ) { interpreter, args throws(PythonError) in
                let source = try interpreter.makeIterator(args.raw("iterable") ?? .none)
                let function = args["func"]
                var total = args["initial"]
                var emittedInitial = total == nil
                return .iterator(
                    IteratorObject("itertools.accumulate") { () throws(PythonError) -> Value? in
                        if !emittedInitial {
                            emittedInitial = true
                            return total
                        }
                        guard let item = try source.next() else { return nil }
                        if let current = total {
                            if let function {
                                total = try interpreter.call(function, Arguments([current, item]))
                            } else {
                                total = try interpreter.binary(.add, current, item)
                            }
                        } else {
                            total = item
                        }
                        return total
                    })
            },
            StandardModules.function("count(start=0, step=1)", "start, start + step, ... without end.") {
                interpreter, args throws(PythonError) in
                var next = args.raw("start") ?? .int(0)
                let step = args.raw("step") ?? .int(1)
                return .iterator(
                    IteratorObject("itertools.count") { () throws(PythonError) -> Value? in
                        defer { next = (try? interpreter.binary(.add, next, step)) ?? next }
                        return next
                    })
            },
            StandardModules.function("repeat(object, times=None)", "object, times times (or forever).") {
                _, args throws(PythonError) in
                let object = args.raw("object") ?? .none
                var left = try args.int("times")
                return .iterator(
                    IteratorObject("itertools.repeat") { () throws(PythonError) -> Value? in
                        if let remaining = left {
                            guard remaining > 0 else { return nil }
                            left = remaining - 1
                        }
                        return object
                    })
            },
            StandardModules.function("cycle(iterable, /)", "The items over and over.") {
                interpreter, args throws(PythonError) in
                let items = try interpreter.iterate(args.raw("iterable") ?? .none)
                var position = 0
                return .iterator(
                    IteratorObject("itertools.cycle") { () throws(PythonError) -> Value? in
                        guard !items.isEmpty else { return nil }
                        defer { position = (position + 1) % items.count }
                        return items[position]
                    })
            },
            StandardModules.function("islice(iterable, /, *args)", "Items start, start+step, ... below stop.") {
                interpreter, args throws(PythonError) in
                let source = try interpreter.makeIterator(args.raw("iterable") ?? .none)
                let bounds = args.variadic("args")
                guard (1...3).contains(bounds.count) else {
                    throw .type("islice expected at most 4 arguments, got \(bounds.count + 1)")
                }
                func bound(_ v: Value, _ what: String) throws(PythonError) -> Int? {
                    if v.isNone { return nil }
                    guard let i = try? Convert.index(v), i >= 0 else {
                        throw .value("\(what) argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                    }
                    return i
                }
                let start = bounds.count > 1 ? try bound(bounds[0], "Indices") ?? 0 : 0
                let stop = try bound(bounds.count > 1 ? bounds[1] : bounds[0], "Stop")
                let step = bounds.count > 2 ? try bound(bounds[2], "Step") ?? 1 : 1
                var position = 0
                var nextWanted = start
                return .iterator(
                    IteratorObject("itertools.islice") { () throws(PythonError) -> Value? in
                        while true {
                            if let stop, nextWanted >= stop { return nil }
                            guard let item = try source.next() else { return nil }
                            defer { position += 1 }
                            if position == nextWanted {
                                nextWanted += max(step, 1)
                                return item
                            }
                        }
                    })
            },
            StandardModules.function("zip_longest(*iterables, fillvalue=None)", "Like zip, padded to the longest.") {
                interpreter, args throws(PythonError) in
                let sources = try args.variadic("iterables").map { v throws(PythonError) in
                    try interpreter.makeIterator(v)
                }
                let fill = args.raw("fillvalue") ?? .none
                return .iterator(
                    IteratorObject("itertools.zip_longest") { () throws(PythonError) -> Value? in
                        var items: [Value] = []
                        var any = false
                        for source in sources {
                            if let item = try source.next() {
                                items.append(item)
                                any = true
                            } else {
                                items.append(fill)
                            }
                        }
                        return any ? .tuple(items) : nil
                    })
            },
            StandardModules.function("pairwise(iterable, /)", "Overlapping pairs of consecutive items.") {
                interpreter, args throws(PythonError) in
                let source = try interpreter.makeIterator(args.raw("iterable") ?? .none)
                var previous = try source.next()
                return .iterator(
                    IteratorObject("itertools.pairwise") { () throws(PythonError) -> Value? in
                        guard let first = previous, let second = try source.next() else { return nil }
                        previous = second
                        return .tuple([first, second])
                    })
            },
            StandardModules.function("starmap(function, iterable, /)", "function(*item) for each item.") {
                interpreter, args throws(PythonError) in
                let function = args.raw("function") ?? .none
                let source = try interpreter.makeIterator(args.raw("iterable") ?? .none)
                return .iterator(
                    IteratorObject("itertools.starmap") { () throws(PythonError) -> Value? in
                        guard let item = try source.next() else { return nil }
                        return try interpreter.call(function, Arguments(try interpreter.iterate(item)))
                    })
            },
            whileFunction("takewhile", taking: true), whileFunction("dropwhile", taking: false),
        ]
    }

    private static func chain() -> Function {
        let function = StandardModules.function("chain(*iterables)", "The items of each iterable in turn.") {
            interpreter, args throws(PythonError) in
            .iterator(
                chained(try args.variadic("iterables").map { v throws(PythonError) in try interpreter.makeIterator(v) })
            )
        }
        return function
    }

    static func chained(_ sources: [IteratorObject]) -> IteratorObject {
        var index = 0
        return IteratorObject("itertools.chain") { () throws(PythonError) -> Value? in
            while index < sources.count {
                if let item = try sources[index].next() { return item }
                index += 1
            }
            return nil
        }
    }

    /// Combinations in lexicographic order of positions (with or without repeats).
    private static func selections(_ typeName: String, _ pool: [Value], _ r: Int, allowRepeats: Bool) -> IteratorObject
    {
        var indices: [Int]? =
            allowRepeats
            ? (pool.isEmpty && r > 0 ? nil : [Int](repeating: 0, count: r))
            : (r > pool.count ? nil : Array(0..<r))
        return IteratorObject(typeName) { () throws(PythonError) -> Value? in
            guard let current = indices else { return nil }
            let result = Value.tuple(current.map { pool[$0] })
            var next = current
            var k = r - 1
            while k >= 0 {
                let limit = allowRepeats ? pool.count - 1 : k + pool.count - r
                if next[k] < limit { break }
                k -= 1
            }
            if k < 0 {
                indices = nil
            } else {
                next[k] += 1
                for j in (k + 1)..<max(k + 1, r) { next[j] = allowRepeats ? next[k] : next[j - 1] + 1 }
                indices = next
            }
            return result
        }
    }

    /// CPython's permutations algorithm: lazily, in lexicographic order of positions.
    private static func permutations(_ pool: [Value], _ r: Int) -> IteratorObject {
        let n = pool.count
        var indices = Array(0..<n)
        var cycles = Array(stride(from: n, to: n - r, by: -1))
        var first = true
        var done = r > n
        return IteratorObject("itertools.permutations") { () throws(PythonError) -> Value? in
            if done { return nil }
            if first {
                first = false
                return .tuple(indices.prefix(r).map { pool[$0] })
            }
            var i = r - 1
            while i >= 0 {
                cycles[i] -= 1
                if cycles[i] == 0 {
                    let moved = indices[i]
                    indices.remove(at: i)
                    indices.append(moved)
                    cycles[i] = n - i
                } else {
                    let j = cycles[i]
                    indices.swapAt(i, n - j)
                    return .tuple(indices.prefix(r).map { pool[$0] })
                }
                i -= 1
            }
            done = true
            return nil
        }
    }

    private static func whileFunction(_ name: String, taking: Bool) -> Function {
        StandardModules.function("\(name)(predicate, iterable, /)") { interpreter, args throws(PythonError) in
            let predicate = args.raw("predicate") ?? .none
            let source = try interpreter.makeIterator(args.raw("iterable") ?? .none)
            var switched = false
            return .iterator(
                IteratorObject("itertools.\(name)") { () throws(PythonError) -> Value? in
                    while let item = try source.next() {
                        if switched { return taking ? nil : item }
                        let holds = try Convert.truth(try interpreter.call(predicate, Arguments([item])))
                        if taking {
                            if holds { return item }
                            switched = true
                            return nil
                        }
                        if !holds {
                            switched = true
                            return item
                        }
                    }
                    return nil
                })
        }
    }
}
