import ArrayEngine

/// List, set and dict comprehensions and generator expressions.
///
/// Each runs in a frame of its own (its loop variables do not leak, as in Python 3).
/// The clauses are walked by one resumable state machine: a generator expression
/// hands it out as a lazy iterator, the others drain it at once, except the commonest
/// shape (one `for` and its filters), which runs as a plain loop (or, for a generator
/// expression, a plain step per element).
extension Compiler {
    static func comprehension(_ comprehension: Comprehension) -> Evaluation {
        guard case .loop(_, let firstIterable) = comprehension.clauses[0] else {
            return { _ throws(PythonError) in throw .syntax("invalid syntax") }
        }
        // The first iterable is evaluated where the comprehension stands, at once.
        let source = expression(firstIterable)
        let clauses = Clauses(comprehension.clauses)
        var bound: Set<String> = []
        for clause in comprehension.clauses {
            if case .loop(let target, _) = clause { bound.formUnion(ScopeAnalysis.names(boundBy: target)) }
        }
        // `name := value` binds in the enclosing function, or in the module at the top level.
        let named = ScopeAnalysis.assignmentExpressionNames(in: .comprehension(comprehension))
        let inFunction = ScopeInfo(locals: bound, globals: [], nonlocals: named)
        let atModule = ScopeInfo(locals: bound, globals: named, nonlocals: [])
        let layout = SlotLayout(bound.sorted())
        let element = expression(comprehension.element)
        let value = optional(comprehension.value)
        let kind = comprehension.kind
        let singleLoop = SingleLoop(comprehension.clauses)
        // Every item of the source is an element: a list can make room for them at once.
        let unfiltered = comprehension.clauses.count == 1
        return { interpreter throws(PythonError) in
            let items = try source(interpreter)
            let scope = interpreter.frame == nil ? atModule : inFunction
            let frame = Frame(scope: scope, parent: interpreter.frame?.closureParent, layout: layout)
            // Runs its argument in the comprehension's frame for every element.
            let drain: (() throws(PythonError) -> Void) throws(PythonError) -> Void
            if let singleLoop {
                if kind == .generator {
                    return .iterator(try singleLoop.generator(interpreter, frame, items, element))
                }
                drain = { each throws(PythonError) in try singleLoop.drain(interpreter, frame, items, each) }
            } else {
                let first = try interpreter.makeIterator(items)
                let walker = ClauseWalker(clauses, source: first, frame: frame, interpreter: interpreter)
                if kind == .generator {
                    return .iterator(
                        IteratorObject(generator: { take, consumerFailed throws(PythonError) in
                            try walker.push(element, take, &consumerFailed)
                        }))
                }
                drain = walker.drain
            }
            switch kind {
            case .list, .generator: // a generator expression has returned its iterator above
                var elements: [Value] = []
                if unfiltered, case .range(let start, let stop, let step) = items {
                    // Up to a limit, so that an element raising early has not cost a huge allocation.
                    let room = min(Value.rangeCount(start, stop, step) ?? 0, 1 << 20)
                    try MemoryLimit.check(count: room, of: Value.self)
                    elements.reserveCapacity(room)
                }
                try drain { () throws(PythonError) in try elements.append(checked: try element(interpreter)) }
                return .list(ListObject(elements))
            case .set:
                let set = SetObject()
                try drain { () throws(PythonError) in try set.insert(try element(interpreter)) }
                return .set(set)
            case .dict:
                let dict = DictObject()
                try drain { () throws(PythonError) in
                    let key = try element(interpreter)
                    try dict.set(key, try value(interpreter))
                }
                return .dict(dict)
            }
        }
    }
}

/// The commonest shape, `for name in iterable` then any `if` filters, as one loop:
/// a range's ints counted directly, the name stored into its slot, with no clause
/// state machine or iterator object between.
///
/// A class, not a struct: the loops below reach it from closures, which captured a
/// struct by address and copied its `test` at every item (a retain and a release of the
/// closure, a fifth of `sum(x * x for x in r if x % 3 == 0)`); a class's `let` is read in place.
private final class SingleLoop {
    let variable: Name
    let test: Condition?

    /// Nil for any other shape.
    init?(_ clauses: [Comprehension.Clause]) {
        guard case .loop(.name(let variable), _) = clauses[0] else { return nil }
        var test: Condition?
        for clause in clauses.dropFirst() {
            guard case .filter(let filter) = clause else { return nil }
            let condition = Compiler.condition(filter)
            test =
                if let earlier = test {
                    { interpreter throws(PythonError) in
                        guard try earlier(interpreter) else { return false }
                        return try condition(interpreter)
                    }
                } else {
                    condition
                }
        }
        self.variable = variable
        self.test = test
    }

    /// Binds `item` to the loop variable (in the running frame, `frame`); whether it passes the filters.
    private func admits(_ item: Value, _ interpreter: Interpreter, _ frame: Frame) throws(PythonError) -> Bool {
        frame.locals.set(item, for: variable)
        // Called in place: `guard let test` would bind a copy of it, a retain and a release.
        return try test?(interpreter) ?? true
    }

    /// Runs `each` in `frame` for every item that passes the filters.
    func drain(
        _ interpreter: Interpreter, _ frame: Frame, _ items: Value, _ each: () throws(PythonError) -> Void
    ) throws(PythonError) {
        switch items {
        case .range(let start, let stop, let step):
            var cursor = RangeCursor(start: start, stop: stop, step: step)
            try drain(&cursor, interpreter, frame, each)
        case .list(let list):
            var cursor = ListCursor(list)
            try drain(&cursor, interpreter, frame, each)
        default:
            var iterator = try interpreter.makeIterator(items)
            try drain(&iterator, interpreter, frame, each)
        }
    }

    private func drain<Cursor: ItemCursor>(
        _ cursor: inout Cursor, _ interpreter: Interpreter, _ frame: Frame, _ each: () throws(PythonError) -> Void
    ) throws(PythonError) {
        var passes = 0
        try interpreter.within(frame) { () throws(PythonError) in
            while let item = try cursor.nextItem() {
                try Interruption.check()
                // A step (an atomic add, 9% of a comprehension's time) every 16 elements:
                // the items kept are counted as they grow, and the trial allocation every
                // 4,096 steps still comes within 65,536 elements.
                passes &+= 1
                if passes & 15 == 0 { try MemoryLimit.step() }
                if try admits(item, interpreter, frame) { try each() }
            }
        }
    }

    /// A generator expression's iterator: each push (a `next()`, or a consumer's `drain`)
    /// runs the loop in `frame` up to the next items that pass the filters and makes
    /// their elements.
    func generator(
        _ interpreter: Interpreter, _ frame: Frame, _ items: Value, _ element: @escaping Evaluation
    ) throws(PythonError) -> IteratorObject {
        // The source's iterator is made at once, as Python's `iter()` of it is.
        switch items {
        case .range(let start, let stop, let step):
            return generator(RangeCursor(start: start, stop: stop, step: step), interpreter, frame, element)
        case .list(let list):
            return generator(ListCursor(list), interpreter, frame, element)
        default:
            return generator(try interpreter.makeIterator(items), interpreter, frame, element)
        }
    }

    private func generator<Cursor: ItemCursor>(
        _ cursor: Cursor, _ interpreter: Interpreter, _ frame: Frame, _ element: @escaping Evaluation
    ) -> IteratorObject {
        var cursor = cursor
        // Not owned: a generator kept in a variable would otherwise keep its interpreter
        // alive through the interpreter's own variables. Not `unowned` either, whose checked
        // retain at every item was a tenth of `sum(x for x in lst)`: the link says whether the
        // interpreter is still there (as it does for classes), and the reference is lent.
        let (link, unretained) = (interpreter.link, Unmanaged.passUnretained(interpreter))
        return IteratorObject(generator: { take, consumerFailed throws(PythonError) -> Value? in
            guard link.isOpen else { return nil }
            return try unretained._withUnsafeGuaranteedRef { interpreter in
                Result { () throws(PythonError) -> Value? in
                    try self.push(&cursor, element, take, &consumerFailed, interpreter, frame)
                }
            }.get()
        })
    }

    /// Pushes a generator's elements to `take` until it refuses one (returned) or the
    /// source is exhausted (nil).
    private func push<Cursor: ItemCursor>(
        _ cursor: inout Cursor, _ element: Evaluation, _ take: IteratorObject.Take, _ consumerFailed: inout Bool,
        _ interpreter: Interpreter, _ frame: Frame
    ) throws(PythonError) -> Value? {
        try interpreter.within(frame) { () throws(PythonError) -> Value? in
            while let item = try cursor.nextItem() {
                try Interruption.check()
                // Each element is an object the consumer may keep.
                try MemoryLimit.step()
                guard try admits(item, interpreter, frame) else { continue }
                let value = try element(interpreter)
                if try !IteratorObject.offer(value, to: take, &consumerFailed) { return value }
            }
            return nil
        }
    }
}

/// A comprehension's `for` and `if` clauses compiled, by position: a loop clause
/// has a target and an iterable, a filter a condition.
private struct Clauses {
    let targets: [Assignment?]
    let iterables: [Evaluation?]
    let conditions: [Condition?]
    /// The innermost loop clause before each clause (-1: none).
    let enclosingLoop: [Int]

    init(_ clauses: [Comprehension.Clause]) {
        var targets: [Assignment?] = []
        var iterables: [Evaluation?] = []
        var conditions: [Condition?] = []
        var enclosingLoop: [Int] = []
        var lastLoop = -1
        for (k, clause) in clauses.enumerated() {
            enclosingLoop.append(lastLoop)
            switch clause {
            case .loop(let target, let iterable):
                targets.append(Compiler.target(target))
                iterables.append(Compiler.expression(iterable))
                conditions.append(nil)
                lastLoop = k
            case .filter(let condition):
                targets.append(nil)
                iterables.append(nil)
                conditions.append(Compiler.condition(condition))
            }
        }
        enclosingLoop.append(lastLoop)
        self.targets = targets
        self.iterables = iterables
        self.conditions = conditions
        self.enclosingLoop = enclosingLoop
    }

    var count: Int { targets.count }
}

/// Walks a comprehension's clauses one element at a time.
private final class ClauseWalker {
    private let clauses: Clauses
    private var iterators: [IteratorObject?]
    private let frame: Frame
    private unowned let interpreter: Interpreter
    /// The clause to go on from: nil before the first element.
    private var resume: Int?

    init(_ clauses: Clauses, source: IteratorObject, frame: Frame, interpreter: Interpreter) {
        self.clauses = clauses
        iterators = [source] + Array(repeating: nil, count: clauses.count - 1)
        self.frame = frame
        self.interpreter = interpreter
    }

    /// Pushes the elements, made by `element` in the comprehension's frame, to `take`
    /// until it refuses one (returned); nil when done (see `IteratorObject.Push`).
    func push(_ element: Evaluation, _ take: IteratorObject.Take, _ consumerFailed: inout Bool) throws(PythonError)
        -> Value?
    {
        try interpreter.within(frame) { () throws(PythonError) -> Value? in
            while try advance() {
                let value = try element(interpreter)
                if try !IteratorObject.offer(value, to: take, &consumerFailed) { return value }
            }
            return nil
        }
    }

    /// Every element at once: `each` makes and keeps it, in the comprehension's frame.
    func drain(_ each: () throws(PythonError) -> Void) throws(PythonError) {
        try interpreter.within(frame) { () throws(PythonError) in
            while try advance() { try each() }
        }
    }

    /// Binds the loop targets of the next element; false when there is none.
    private func advance() throws(PythonError) -> Bool {
        try MemoryLimit.step()
        if resume == -1 { return false }
        var k = resume == nil ? 0 : clauses.enclosingLoop[clauses.count]
        while true {
            if k < 0 { return false }
            if k == clauses.count {
                resume = k
                return true
            }
            if let condition = clauses.conditions[k] {
                k = try condition(interpreter) ? k + 1 : clauses.enclosingLoop[k]
                continue
            }
            if iterators[k] == nil, let iterable = clauses.iterables[k] {
                iterators[k] = try interpreter.makeIterator(try iterable(interpreter))
            }
            if let item = try iterators[k]?.next(), let target = clauses.targets[k] {
                try target(interpreter, item)
                k += 1
            } else {
                if k == 0 {
                    resume = -1
                    return false
                }
                iterators[k] = nil
                k = clauses.enclosingLoop[k]
            }
        }
    }
}
