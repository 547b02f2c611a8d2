import ArrayEngine

/// Runs statements against one environment of names (a tree-walking interpreter).
///
/// It knows nothing of terminals: results come back as values, `print` output
/// and warnings go to the closures the session provides.
public final class Interpreter {
    /// The user's variables.
    var globals: [String: Value] = [:]
    let ids: ObjectIds
    /// Where `print()` writes.
    let write: (String) -> Void
    /// Where warnings go, as `Category: message`.
    let warn: (String) -> Void
    lazy var numpy: Module = NumPyModule.make()
    lazy var builtins: [String: Value] = Builtins.make()
    /// Told, for every call, which parameters got a value other than their default
    /// (the corpus coverage test reads this through `ARRSH_ARGUMENT_LOG`).
    var argumentLog: ((Function, [String]) -> Void)?
    /// The methods of arrays, several of which hand on to `np` functions.
    lazy var arrayMethods: [String: ArrayMethod] = ArrayMethods.make(numpy)

    init(stableIds: Bool, write: @escaping (String) -> Void, warn: @escaping (String) -> Void) {
        self.ids = ObjectIds(stable: stableIds)
        self.write = write
        self.warn = warn
        globals["np"] = .module(numpy)
    }

    /// Shows the value of an expression statement (the REPL's display hook, which
    /// in interactive Python applies inside loops too); the session sets it.
    var display: (Value) throws(PythonError) -> Void = { _ in }

    /// How a statement ended: normally, or by `break`/`continue` inside a loop.
    enum Flow { case normal, breakLoop, continueLoop }

    /// Runs statements in order until one breaks out of the enclosing loop.
    @discardableResult
    func run(_ block: [Statement]) throws(PythonError) -> Flow {
        for statement in block {
            let flow = try run(statement)
            if flow != .normal { return flow }
        }
        return .normal
    }

    /// Runs one statement.
    @discardableResult
    func run(_ statement: Statement) throws(PythonError) -> Flow {
        switch statement {
        case .expression(let expr):
            let value = try evaluate(expr)
            if !value.isNone { try display(value) }
        case .assign(let targets, let valueExpr):
            let value = try evaluate(valueExpr)
            for target in targets { try assign(value, to: target) }
        case .augmentedAssign(let target, let op, let valueExpr):
            try augmentedAssign(target, op, valueExpr)
        case .delete(let targets):
            for target in targets { try delete(target) }
        case .importModule(let module, let alias):
            try importModule(module, alias: alias)
        case .importNames(let module, let names):
            try importNames(from: module, names)
        case .pass:
            break
        case .forLoop(let target, let iterable, let body):
            for item in try loopItems(try evaluate(iterable)) {
                try Interruption.check()
                try assign(item, to: target)
                if try run(body) == .breakLoop { break }
            }
        case .whileLoop(let condition, let body):
            while try Convert.truth(try evaluate(condition)) {
                try Interruption.check()
                if try run(body) == .breakLoop { break }
            }
        case .conditional(let branches, let otherwise):
            for branch in branches where try Convert.truth(try evaluate(branch.condition)) {
                return try run(branch.body)
            }
            return try run(otherwise)
        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        }
        return .normal
    }

    /// What a `for` loop walks: ranges lazily (any length), everything else as `iterate` gives it.
    private func loopItems(_ value: Value) throws(PythonError) -> AnySequence<Value> {
        if case .range(let start, let stop, let step) = value {
            return AnySequence(Swift.stride(from: start, to: stop, by: step).lazy.map { Value.int($0) })
        }
        return AnySequence(try iterate(value))
    }

    // MARK: - Names

    func lookup(_ name: String) throws(PythonError) -> Value {
        if let value = globals[name] ?? builtins[name] { return value }
        throw .name(name)
    }

    // MARK: - Expressions

    func evaluate(_ expr: Expr) throws(PythonError) -> Value {
        switch expr {
        case .name(let name): return try lookup(name)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        case .constant(let c):
            switch c {
            case .none: return .none
            case .true: return .bool(true)
            case .false: return .bool(false)
            case .ellipsis: return .ellipsis
            }
        case .tuple(let items): return .tuple(try items.map { e throws(PythonError) in try evaluate(e) })
        case .list(let items): return .list(ListObject(try items.map { e throws(PythonError) in try evaluate(e) }))
        case .slice(let start, let stop, let step):
            return .slice(try start.map { e throws(PythonError) in try evaluate(e) } ?? .none,
                          try stop.map { e throws(PythonError) in try evaluate(e) } ?? .none,
                          try step.map { e throws(PythonError) in try evaluate(e) } ?? .none)
        case .unary(let op, let operand):
            return try unary(op, try evaluate(operand))
        case .binary(let op, let left, let right):
            var l = try evaluate(left), r = try evaluate(right)
            if let result = try binaryIntoTemporary(op, &l, &r) { return result }
            return try binary(op, l, r)
        case .compare(let first, let rest):
            return try compareChain(first, rest)
        case .and(let left, let right):
            let l = try evaluate(left)
            return try Convert.truth(l) ? try evaluate(right) : l
        case .or(let left, let right):
            let l = try evaluate(left)
            return try Convert.truth(l) ? l : try evaluate(right)
        case .conditional(let condition, let then, let otherwise):
            return try Convert.truth(try evaluate(condition)) ? try evaluate(then) : try evaluate(otherwise)
        case .call(let callee, let arguments):
            return try call(try evaluate(callee), try evaluateArguments(arguments))
        case .attribute(let object, let name):
            return try attribute(of: try evaluate(object), name)
        case .indexing(let object, let index):
            return try getItem(try evaluate(object), try evaluate(index))
        case .listComprehension(let element, let target, let iterable, let condition):
            var result: [Value] = []
            for item in try iterate(try evaluate(iterable)) {
                try assign(item, to: target)
                if let condition, !(try Convert.truth(try evaluate(condition))) { continue }
                result.append(try evaluate(element))
            }
            return .list(ListObject(result))
        }
    }

    private func evaluateArguments(_ arguments: [Argument]) throws(PythonError) -> Arguments {
        var result = Arguments()
        for argument in arguments {
            let value = try evaluate(argument.value)
            if argument.isStarred {
                result.positional += try iterate(value)
            } else if let name = argument.name {
                result.keywords.append((name, value))
            } else {
                result.positional.append(value)
            }
        }
        return result
    }

    func call(_ callee: Value, _ arguments: Arguments) throws(PythonError) -> Value {
        switch callee {
        case .function(let function):
            return try function.call(self, arguments)
        case .scalarType(let dtype):
            let bound = try Signature.scalarConstructors[dtype, default: Signature("\(dtype.name)(value=<no value>, /)")].bind(arguments)
            let result = try NumPyModule.makeScalar(dtype, bound)
            try bound.finish()
            return result
        case .type(let type):
            if let constructor = RandomModule.constructor(of: type) { return try constructor.call(self, arguments) }
            let bound = try Signature.typeConstructors[type, default: Signature("\(type.rawValue)(x=<no value>, /)")].bind(arguments)
            let result = try Builtins.construct(type, bound, in: self)
            try bound.finish()
            return result
        default:
            throw .type("'\(callee.typeName)' object is not callable")
        }
    }

    /// The items of an iterable value (`for`, `*args`, `list(x)`).
    func iterate(_ value: Value) throws(PythonError) -> [Value] {
        switch value {
        case .tuple(let items): return items
        case .list(let list): return list.items
        case .range(let start, let stop, let step):
            return try Value.rangeItems(start, stop, step)
        case .string(let s): return s.map { .string(String($0)) }
        case .object(let o): return try o.items()
        case .array(let a):
            guard a.ndim > 0 else { throw .type("iteration over a 0-d array") }
            try MemoryLimit.check(count: a.shape[0], of: Value.self)
            return try (0..<a.shape[0]).map { i throws(PythonError) in
                Convert.value(try a.select([.integer(i)]))
            }
        default:
            throw .type("'\(value.typeName)' object is not iterable")
        }
    }

    // MARK: - Assignment

    func assign(_ value: Value, to target: Expr) throws(PythonError) {
        switch target {
        case .name(let name):
            globals[name] = value
        case .tuple(let targets), .list(let targets):
            let items = try iterate(value)
            guard items.count == targets.count else {
                if items.count > targets.count {
                    throw .value("too many values to unpack (expected \(targets.count))")
                }
                throw .value("not enough values to unpack (expected \(targets.count), got \(items.count))")
            }
            for (item, subtarget) in zip(items, targets) { try assign(item, to: subtarget) }
        case .attribute(let object, let name):
            try setAttribute(of: try evaluate(object), name, to: value)
        case .indexing(let object, let index):
            try setItem(try evaluate(object), try evaluate(index), to: value)
        default:
            throw .syntax("cannot assign to expression")
        }
    }

    /// `x op= value`: arrays change in place (their id stays), other values rebind.
    private func augmentedAssign(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr) throws(PythonError) {
        switch target {
        case .name(let name):
            let current = try lookup(name)
            let value = try evaluate(valueExpr)
            globals[name] = try inPlace(op, current, value)
        case .attribute(let objectExpr, let name):
            let object = try evaluate(objectExpr)
            let current = try attribute(of: object, name)
            try setAttribute(of: object, name, to: try inPlace(op, current, try evaluate(valueExpr)))
        case .indexing(let objectExpr, let indexExpr):
            let object = try evaluate(objectExpr)
            let index = try evaluate(indexExpr)
            let current = try getItem(object, index)
            let result = try inPlace(op, current, try evaluate(valueExpr))
            if case .array(let view) = current, case .array(let written) = result, view === written,
               case .array = object, !isAdvanced(index) {
                return
            }
            try setItem(object, index, to: result)
        default:
            throw .syntax("'\(target)' is an illegal expression for augmented assignment")
        }
    }

    private func isAdvanced(_ index: Value) -> Bool {
        switch index {
        case .list, .array: true
        case .tuple(let items): items.contains { isAdvanced($0) }
        default: false
        }
    }

    private func delete(_ target: Expr) throws(PythonError) {
        switch target {
        case .name(let name):
            guard globals.removeValue(forKey: name) != nil else { throw .name(name) }
        case .indexing(let objectExpr, let indexExpr):
            let object = try evaluate(objectExpr)
            guard case .list(let list) = object else {
                if case .array = object { throw .value("cannot delete array elements") }
                throw .type("'\(object.typeName)' object does not support item deletion")
            }
            let i = try Convert.index(try evaluate(indexExpr))
            guard i >= -list.items.count, i < list.items.count else { throw .index("list assignment index out of range") }
            list.items.remove(at: i < 0 ? i + list.items.count : i)
        case .attribute(let object, let name):
            throw .attribute("cannot delete attribute '\(name)' of '\(try evaluate(object).typeName)' object")
        default:
            throw .syntax("cannot delete expression")
        }
    }
}
