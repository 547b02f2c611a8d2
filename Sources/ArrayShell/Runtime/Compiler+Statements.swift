import ArrayEngine

/// Statements compiled to closures.
extension Compiler {
    static func statement(_ statement: Statement) -> Execution {
        switch statement {
        case .expression(let expr):
            let value = expression(expr)
            return { interpreter throws(PythonError) in
                let result = try value(interpreter)
                // Only statements typed at the prompt show their value, not those in a function.
                if interpreter.frame == nil, !result.isNone {
                    // A value read from a truncated mapped file is zeros: not shown.
                    try TruncatedMapping.check()
                    try interpreter.display(result)
                }
                return .normal
            }
        case .assign(let targets, let value):
            return assignment(targets, value)
        case .augmentedAssign(let target, let op, let value):
            return augmentedAssignment(target, op, expression(value))
        case .annotated(let target, let annotation, let value):
            let annotation = expression(annotation)
            let store = value.map { (value: expression($0), target: Compiler.target(target)) }
            return { interpreter throws(PythonError) in
                if interpreter.frame == nil { _ = try annotation(interpreter) }
                if let store { try store.target(interpreter, try store.value(interpreter)) }
                return .normal
            }
        case .delete(let targets):
            let deletions = targets.map(deletion)
            return { interpreter throws(PythonError) in
                for delete in deletions { try delete(interpreter) }
                return .normal
            }
        case .importModules(let modules):
            return { interpreter throws(PythonError) in
                for (module, alias) in modules { try interpreter.importModule(module, alias: alias) }
                return .normal
            }
        case .importNames(let module, let names):
            return { interpreter throws(PythonError) in
                try interpreter.importNames(names, from: module)
                return .normal
            }
        case .pass, .global, .nonlocal:
            return { _ throws(PythonError) in .normal }
        case .forLoop(let target, let iterable, let body, let otherwise):
            return forLoop(Compiler.target(target), expression(iterable), block(body), block(otherwise))
        case .whileLoop(let condition, let body, let otherwise):
            let (condition, body, otherwise) = (Compiler.condition(condition), block(body), block(otherwise))
            return { interpreter throws(PythonError) in
                var passes = 0
                while try condition(interpreter) {
                    try Interruption.check()
                    if let exit = try loopPass(body, interpreter, &passes) { return exit }
                }
                return try otherwise(interpreter)
            }
        case .conditional(let branches, let otherwise):
            return conditional(branches[...], block(otherwise))
        case .breakLoop:
            return { _ throws(PythonError) in .breakLoop }
        case .continueLoop:
            return { _ throws(PythonError) in .continueLoop }
        case .returnValue(let value):
            let value = optional(value)
            return { interpreter throws(PythonError) in .returnValue(try value(interpreter)) }
        case .functionDef(let code, let decorators):
            return { interpreter throws(PythonError) in
                try interpreter.define(code, decorators: decorators)
                return .normal
            }
        case .classDef(let code, let decorators):
            return { interpreter throws(PythonError) in
                try interpreter.defineClass(code, decorators: decorators)
                return .normal
            }
        case .tryBlock(let block):
            return tryBlock(block)
        case .raise(let exception, let cause):
            let (exception, cause) = (exception.map(expression), cause.map(expression))
            return { interpreter throws(PythonError) in throw try interpreter.raising(exception, cause: cause) }
        case .assert(let condition, let message):
            let (condition, message) = (expression(condition), message.map(expression))
            return { interpreter throws(PythonError) in
                guard try Convert.truth(try condition(interpreter)) else {
                    let detail = try message.map { m throws(PythonError) in try m(interpreter) }
                    throw try interpreter.exceptionError(
                        Instance(interpreter.builtinClass("AssertionError"), arguments: detail.map { [$0] } ?? []))
                }
                return .normal
            }
        case .with(let items, let body):
            let managers = items.map { (context: expression($0.context), target: $0.target.map(target)) }
            let body = block(body)
            return { interpreter throws(PythonError) in try interpreter.runWith(managers[...], body) }
        }
    }

    /// `a = b = value`: the value first, then each target left to right.
    private static func assignment(_ targets: [Expr], _ value: Expr) -> Execution {
        let readsMemory = !readsNoArrayMemory(value)
        let value = expression(value)
        if targets.count == 1, case .name(let name) = targets[0] {
            return { interpreter throws(PythonError) in
                let result = try value(interpreter)
                if readsMemory { try TruncatedMapping.check() }
                interpreter.store(name, result)
                return .normal
            }
        }
        if targets.count == 1 {
            let target = target(targets[0])
            return { interpreter throws(PythonError) in
                let result = try value(interpreter)
                try TruncatedMapping.check() // a value read from a lost page is not stored
                try target(interpreter, result)
                return .normal
            }
        }
        let compiled = targets.map(target)
        return { interpreter throws(PythonError) in
            let result = try value(interpreter)
            try TruncatedMapping.check()
            for target in compiled { try target(interpreter, result) }
            return .normal
        }
    }

    /// `if`/`elif` branches tried in order, then the `else` body.
    private static func conditional(
        _ branches: ArraySlice<(condition: Expr, body: [Statement])>, _ otherwise: @escaping Execution
    ) -> Execution {
        guard let branch = branches.first else { return otherwise }
        let (condition, body) = (Compiler.condition(branch.condition), block(branch.body))
        let next = conditional(branches.dropFirst(), otherwise)
        return { interpreter throws(PythonError) in
            try condition(interpreter) ? try body(interpreter) : try next(interpreter)
        }
    }

    /// `for target in iterable:` lazily over iterators, ranges and lists, with its `else` block.
    private static func forLoop(
        _ target: @escaping Assignment, _ iterable: @escaping Evaluation, _ body: @escaping Execution,
        _ otherwise: @escaping Execution
    ) -> Execution {
        { interpreter throws(PythonError) in
            var passes = 0
            func pass(_ item: Value) throws(PythonError) -> Interpreter.Flow? {
                try Interruption.check()
                try target(interpreter, item)
                return try loopPass(body, interpreter, &passes)
            }
            // A range's ints are counted and a list's items read by position here, with no
            // iterator object (and its closure call per item) between.
            switch try iterable(interpreter) {
            case .range(let start, let stop, let step):
                var cursor = RangeCursor(start: start, stop: stop, step: step)
                while let i = cursor.next() { if let exit = try pass(.int(i)) { return exit } }
            case .list(let list):
                var cursor = ListCursor(list)
                while let item = cursor.next() { if let exit = try pass(item) { return exit } }
            case let source:
                let iterator = try interpreter.makeIterator(source)
                while let item = try iterator.next() { if let exit = try pass(item) { return exit } }
            }
            return try otherwise(interpreter)
        }
    }

    /// One pass of a loop's body: the flow that leaves the loop (`break` ends it
    /// normally, skipping `else`; `return` passes out), or nil to go on.
    private static func loopPass(_ body: Execution, _ interpreter: Interpreter, _ passes: inout Int)
        throws(PythonError) -> Interpreter.Flow?
    {
        // A loop may build values a little at a time until memory runs out: a step every 16
        // passes, as a comprehension takes (a call per pass was 6% of `for i in r: x = i`).
        passes &+= 1
        if passes & 15 == 0 { try MemoryLimit.step() }
        // Every case named: a `default` would destroy the flow through its every case, a call
        // at every pass (5% of `for i in r: x = i`); the cases without a value need nothing.
        return switch try body(interpreter) {
        case .breakLoop: .normal
        case .returnValue(let value): .returnValue(value)
        case .normal, .continueLoop: nil
        }
    }

    /// `try:` with its handlers, `else` and `finally` bodies, each compiled.
    private static func tryBlock(_ block: TryBlock) -> Execution {
        let compiled = Interpreter.CompiledTry(
            body: Compiler.block(block.body),
            handlers: block.handlers.map {
                (type: $0.type.map(expression), name: $0.name, body: Compiler.block($0.body))
            },
            otherwise: Compiler.block(block.otherwise),
            finally: block.finally.isEmpty ? nil : Compiler.block(block.finally))
        return { interpreter throws(PythonError) in try interpreter.runTry(compiled) }
    }
}
