import ArrayEngine

/// List, set and dict comprehensions and generator expressions.
///
/// Each runs in a frame of its own (its loop variables do not leak, as in Python 3).
/// The clauses are walked by one resumable state machine: a generator expression
/// hands it out as a lazy iterator, the others drain it at once.
extension Interpreter {
    func evaluate(_ comprehension: Comprehension) throws(PythonError) -> Value {
        guard case .loop(_, let firstIterable) = comprehension.clauses[0] else { throw .syntax("invalid syntax") }
        // The first iterable is evaluated where the comprehension stands, at once.
        let source = try makeIterator(try evaluate(firstIterable))
        var bound: Set<String> = []
        for clause in comprehension.clauses {
            if case .loop(let target, _) = clause { bound.formUnion(ScopeAnalysis.names(boundBy: target)) }
        }
        // `name := value` binds in the enclosing function, or in the module at the top level.
        let named = ScopeAnalysis.assignmentExpressionNames(in: .comprehension(comprehension))
        let inFunction = self.frame != nil
        let scope = ScopeInfo(
            locals: bound, globals: inFunction ? [] : named, nonlocals: inFunction ? named : [])
        let frame = Frame(scope: scope, parent: self.frame?.closureParent)
        let walker = ClauseWalker(comprehension, source: source, frame: frame, interpreter: self)
        switch comprehension.kind {
        case .generator:
            return .iterator(
                IteratorObject("generator") { () throws(PythonError) -> Value? in
                    try walker.next { () throws(PythonError) in try self.evaluate(comprehension.element) }
                })
        case .list:
            var items: [Value] = []
            while let item = try walker.next({ () throws(PythonError) in try evaluate(comprehension.element) }) {
                try items.append(checked: item)
            }
            return .list(ListObject(items))
        case .set:
            let set = SetObject()
            while let item = try walker.next({ () throws(PythonError) in try evaluate(comprehension.element) }) {
                try set.insert(item)
            }
            return .set(set)
        case .dict:
            let dict = DictObject()
            while let pair = try walker.next({ () throws(PythonError) in
                .tuple([try evaluate(comprehension.element), try evaluate(comprehension.value ?? .constant(.none))])
            }) {
                if case .tuple(let kv) = pair { try dict.set(kv[0], kv[1]) }
            }
            return .dict(dict)
        }
    }
}

/// Walks a comprehension's `for` and `if` clauses one element at a time.
private final class ClauseWalker {
    private let clauses: [Comprehension.Clause]
    private var iterators: [IteratorObject?]
    private let frame: Frame
    private unowned let interpreter: Interpreter
    /// The clause to go on from: nil before the first element.
    private var resume: Int?

    init(_ comprehension: Comprehension, source: IteratorObject, frame: Frame, interpreter: Interpreter) {
        clauses = comprehension.clauses
        iterators = [source] + Array(repeating: nil, count: clauses.count - 1)
        self.frame = frame
        self.interpreter = interpreter
    }

    /// The next element, made by `element` in the comprehension's frame; nil when done.
    func next(_ element: () throws(PythonError) -> Value) throws(PythonError) -> Value? {
        try MemoryLimit.step()
        return try interpreter.within(frame) { () throws(PythonError) -> Value? in
            if resume == -1 { return nil }
            var k = resume == nil ? 0 : lastLoop(before: clauses.count)
            while true {
                if k < 0 { return nil }
                if k == clauses.count {
                    resume = k
                    return try element()
                }
                switch clauses[k] {
                case .loop(let target, let iterable):
                    if iterators[k] == nil {
                        iterators[k] = try interpreter.makeIterator(try interpreter.evaluate(iterable))
                    }
                    if let item = try iterators[k]?.next() {
                        try interpreter.assign(item, to: target)
                        k += 1
                    } else {
                        if k == 0 {
                            resume = -1
                            return nil
                        }
                        iterators[k] = nil
                        k = lastLoop(before: k)
                    }
                case .filter(let condition):
                    k = try Convert.truth(try interpreter.evaluate(condition)) ? k + 1 : lastLoop(before: k)
                }
            }
        }
    }

    /// The innermost loop clause before clause `k`.
    private func lastLoop(before k: Int) -> Int {
        var j = k - 1
        while j >= 0 {
            if case .loop = clauses[j] { return j }
            j -= 1
        }
        return -1
    }
}
