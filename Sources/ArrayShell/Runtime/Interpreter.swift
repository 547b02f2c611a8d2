import ArrayEngine

/// Runs statements against one environment of names (a tree-walking interpreter).
///
/// It knows nothing of terminals: results come back as values, `print` output
/// and warnings go to the closures the session provides.
public final class Interpreter {
    /// The user's variables.
    let globals = VariableTable()
    let ids: ObjectIds
    /// Where `print()` writes.
    let write: (String) -> Void
    /// Where warnings go, as `Category: message`.
    let warn: (String) -> Void
    lazy var numpy: Module = {
        let module = NumPyModule.make()
        let exceptions = ExceptionClasses.numpyNames.compactMap { name in
            exceptionClasses[name].map { (name, Value.classObject($0)) }
        }
        module.attributes["exceptions"] = .module(
            Module(name: "numpy.exceptions", attributes: Dictionary(uniqueKeysWithValues: exceptions)))
        for function in NumPyModule.printOptionFunctions() { module.attributes[function.name] = .function(function) }
        return module
    }()
    /// Python's builtins: functions, types, exception classes, and `_`.
    lazy var builtins: [String: Value] = {
        var table = Builtins.make()
        for name in ExceptionClasses.builtinNames { table[name] = exceptionClasses[name].map { .classObject($0) } }
        table["NotImplemented"] = .object(NotImplementedObject())
        table["Ellipsis"] = .ellipsis
        // What `if __name__ == '__main__':` tests at the prompt.
        table["__name__"] = .string("__main__")
        return table
    }()
    /// The exception classes by name, builtin and NumPy's.
    lazy var exceptionClasses: [String: ClassObject] = ExceptionClasses.make(for: self)
    /// `object`, the class of `object()` instances.
    lazy var objectClass = ClassObject(root: "object", module: "builtins")
    /// NumPy's floating-point error state (`np.seterr`): ignore, warn or raise, by kind.
    var floatingErrors = ["divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"]
    /// The modules imported so far (`import copy` twice gives one module object).
    var modules: [String: Module] = [:]
    /// Told, for every call, which parameters got a value other than their default
    /// (the corpus coverage test reads this through `ARRSH_ARGUMENT_LOG`).
    var argumentLog: ((Function, [String]) -> Void)?
    /// The methods of arrays, several of which hand on to `np` functions.
    lazy var arrayMethods: [String: ArrayMethod] = ArrayMethods.make(numpy)

    /// How classes reach this interpreter without a weak reference (see `InterpreterLink`).
    let link = InterpreterLink()

    init(stableIds: Bool, write: @escaping (String) -> Void, warn: @escaping (String) -> Void) {
        self.ids = ObjectIds(stable: stableIds)
        self.write = write
        self.warn = warn
        globals["np"] = .module(numpy)
        link.interpreter = self
    }

    deinit { link.interpreter = nil }

    /// Shows the value of an expression statement (the REPL's display hook, which
    /// in interactive Python applies inside loops too); the session sets it.
    var display: (Value) throws(PythonError) -> Void = { _ in }

    /// The running function's (or comprehension's, or class body's) names; nil at module level.
    var frame: Frame?
    /// Python function calls now running, for Python's RecursionError.
    var callDepth = 0
    /// The exceptions being handled by `except` blocks now running, innermost last (bare `raise`).
    var handling: [PythonError] = []
    /// The generator whose body is running (where `yield` hands its value out).
    var activeCoroutine: Coroutine?

    /// How a statement ended: normally, by `break`/`continue` inside a loop, or by `return`.
    enum Flow {
        case normal, breakLoop, continueLoop
        case returnValue(Value)

        var isNormal: Bool { if case .normal = self { true } else { false } }
    }

    /// Runs statements in order until one breaks out of the enclosing loop or returns.
    @discardableResult
    func run(_ block: [Statement]) throws(PythonError) -> Flow {
        for statement in block {
            let flow = try run(statement)
            if !flow.isNormal { return flow }
        }
        return .normal
    }

    /// Runs one statement.
    @discardableResult
    func run(_ statement: Statement) throws(PythonError) -> Flow {
        switch statement {
        case .expression(let expr):
            let value = try evaluate(expr)
            // Only statements typed at the prompt show their value, not those in a function.
            if frame == nil, !value.isNone {
                // A value read from a truncated mapped file is zeros: not shown.
                try TruncatedMapping.check()
                try display(value)
            }
        case .assign(let targets, let valueExpr):
            let value = try evaluate(valueExpr)
            try TruncatedMapping.check() // a value read from a lost page is not stored
            for target in targets { try assign(value, to: target) }
        case .augmentedAssign(let target, let op, let valueExpr):
            try augmentedAssign(target, op, valueExpr)
        case .annotated(let target, let annotation, let valueExpr):
            if frame == nil { _ = try evaluate(annotation) }
            if let valueExpr { try assign(try evaluate(valueExpr), to: target) }
        case .delete(let targets):
            for target in targets { try delete(target) }
        case .importModules(let modules):
            for (module, alias) in modules { try importModule(module, alias: alias) }
        case .importNames(let module, let names):
            try importNames(names, from: module)
        case .pass, .global, .nonlocal:
            break
        case .forLoop(let target, let iterable, let body, let otherwise):
            return try forLoop(target, try evaluate(iterable), body, otherwise)
        case .whileLoop(let condition, let body, let otherwise):
            while try Convert.truth(try evaluate(condition)) {
                try Interruption.check()
                if let exit = try runLoopBody(body) { return exit }
            }
            return try run(otherwise)
        case .conditional(let branches, let otherwise):
            for branch in branches where try Convert.truth(try evaluate(branch.condition)) {
                return try run(branch.body)
            }
            return try run(otherwise)
        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        case .returnValue(let value):
            return .returnValue(try value.map { e throws(PythonError) in try evaluate(e) } ?? .none)
        case .functionDef(let code, let decorators):
            try define(code, decorators: decorators)
        case .classDef(let code, let decorators):
            try defineClass(code, decorators: decorators)
        case .tryBlock(let block):
            return try runTry(block)
        case .raise(let exception, let cause):
            throw try raising(exception, cause: cause)
        case .assert(let condition, let message):
            guard try Convert.truth(try evaluate(condition)) else {
                let detail = try message.map { e throws(PythonError) in try evaluate(e) }
                throw try exceptionError(Instance(builtinClass("AssertionError"), arguments: detail.map { [$0] } ?? []))
            }
        case .with(let items, let body):
            return try runWith(items[...], body)
        }
        return .normal
    }

    /// `for target in iterable:` lazily over iterators and ranges, with its `else` block.
    private func forLoop(_ target: Expr, _ iterable: Value, _ body: [Statement], _ otherwise: [Statement])
        throws(PythonError) -> Flow
    {
        let iterator = try makeIterator(iterable)
        while let item = try iterator.next() {
            try Interruption.check()
            try assign(item, to: target)
            if let exit = try runLoopBody(body) { return exit }
        }
        return try run(otherwise)
    }

    /// One pass of a loop's body: the flow that leaves the loop (`break` ends it
    /// normally, skipping `else`; `return` passes out), or nil to go on.
    private func runLoopBody(_ body: [Statement]) throws(PythonError) -> Flow? {
        // A loop may build values a little at a time until memory runs out.
        try MemoryLimit.step()
        return switch try run(body) {
        case .breakLoop: .normal
        case .returnValue(let value): .returnValue(value)
        default: nil
        }
    }

    // MARK: - Expressions

    func evaluate(_ expr: Expr) throws(PythonError) -> Value {
        switch expr {
        case .name(let name): return try lookup(name)
        case .int(let i): return .int(i)
        case .bigInt(let b): return .bigInt(b)
        case .float(let d): return .float(d)
        case .imaginary(let d): return .complex(0, d)
        case .string(let s): return .string(s)
        case .bytes(let bytes): return .object(try BytesObject(bytes))
        case .formatted(let parts): return .string(try format(parts))
        case .constant(let c):
            switch c {
            case .none: return .none
            case .true: return .bool(true)
            case .false: return .bool(false)
            case .ellipsis: return .ellipsis
            }
        case .tuple(let items): return .tuple(try evaluateItems(items))
        case .list(let items): return .list(ListObject(try evaluateItems(items)))
        case .set(let items): return .set(try SetObject(try evaluateItems(items)))
        case .dict(let items): return .dict(try evaluateDict(items))
        case .starred: throw .syntax("can't use starred expression here")
        case .slice(let start, let stop, let step):
            return .slice(
                try start.map { e throws(PythonError) in try evaluate(e) } ?? .none,
                try stop.map { e throws(PythonError) in try evaluate(e) } ?? .none,
                try step.map { e throws(PythonError) in try evaluate(e) } ?? .none)
        case .unary(let op, let operand):
            return try unary(op, try evaluate(operand))
        case .binary(let op, let left, let right):
            var l = try evaluate(left)
            var r = try evaluate(right)
            if let result = FastArithmetic.binary(op, l, r) { return result }
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
        case .comprehension(let comprehension):
            return try evaluate(comprehension)
        case .lambda(let code):
            return .function(try makeFunction(code))
        case .namedValue(let name, let valueExpr):
            let value = try evaluate(valueExpr)
            store(name, value)
            return value
        case .yield(let valueExpr):
            guard let coroutine = activeCoroutine else { throw .syntax("'yield' outside function") }
            return try coroutine.yield(try valueExpr.map { e throws(PythonError) in try evaluate(e) } ?? .none)
        case .yieldFrom(let iterableExpr):
            guard let coroutine = activeCoroutine else { throw .syntax("'yield' outside function") }
            let iterator = try makeIterator(try evaluate(iterableExpr))
            while let item = try iterator.next() { _ = try coroutine.yield(item) }
            return .none
        }
    }

    /// The items of a tuple, list or set display, `*iterable` items unpacked.
    private func evaluateItems(_ items: [Expr]) throws(PythonError) -> [Value] {
        var result: [Value] = []
        result.reserveCapacity(items.count)
        for item in items {
            if case .starred(let inner) = item {
                result += try iterate(try evaluate(inner))
            } else {
                result.append(try evaluate(item))
            }
        }
        return result
    }

    private func evaluateDict(_ items: [DictItem]) throws(PythonError) -> DictObject {
        let dict = DictObject()
        for item in items {
            switch item {
            case .pair(let key, let value):
                let k = try evaluate(key)
                try dict.set(k, try evaluate(value))
            case .unpack(let mapping):
                let value = try evaluate(mapping)
                guard case .dict(let other) = value else {
                    throw .type("'\(value.typeName)' object is not a mapping")
                }
                for (k, v) in other.pairs { try dict.set(k, v) }
            }
        }
        return dict
    }

    private func evaluateArguments(_ arguments: [Argument]) throws(PythonError) -> Arguments {
        var result = Arguments()
        for argument in arguments {
            let value = try evaluate(argument.value)
            switch argument.kind {
            case .positional:
                result.positional.append(value)
            case .star:
                do throws(PythonError) {
                    result.positional += try iterate(value)
                } catch  where error.exception == "TypeError" && error.message.hasSuffix("is not iterable") {
                    throw .type("Value after * must be an iterable, not \(value.typeName)")
                }
            case .keyword(let name):
                result.keywords.append((name, value))
            case .doubleStar:
                guard case .dict(let mapping) = value else {
                    throw .type("argument after ** must be a mapping, not \(value.typeName)")
                }
                for (key, item) in mapping.pairs {
                    guard case .string(let name) = key else { throw .type("keywords must be strings") }
                    result.keywords.append((name, item))
                }
            }
        }
        return result
    }

    func call(_ callee: Value, _ arguments: Arguments) throws(PythonError) -> Value {
        defer { for message in PendingWarnings.take() { warn(message) } }
        switch callee {
        case .function(let function):
            return try function.call(self, arguments)
        case .scalarType(let dtype):
            let bound = try Signature.scalarConstructors[
                dtype, default: Signature("\(dtype.name)(value=<no value>, /)")
            ].bind(arguments)
            let result = try withWarnings("cast") { () throws(PythonError) in try NumPyModule.makeScalar(dtype, bound) }
            try bound.finish()
            return result
        case .type(let type):
            if let constructor = RandomModule.constructor(of: type) ?? NumPyModule.constructor(of: type) {
                return try constructor.call(self, arguments)
            }
            let bound = try (Builtins.constructors[type] ?? Signature("\(type.rawValue)(x=<no value>, /)")).bind(
                arguments)
            let result = try Builtins.construct(type, bound, in: self)
            try bound.finish()
            return result
        case .classObject(let cls):
            return try instantiate(cls, arguments)
        case .instance(let object):
            if let method = object.cls.lookup("__call__") {
                return try call(try bind(method, to: callee, name: "__call__"), arguments)
            }
            throw .type("'\(callee.typeName)' object is not callable")
        default:
            throw .type("'\(callee.typeName)' object is not callable")
        }
    }

    // MARK: - Assignment

    func assign(_ value: Value, to target: Expr) throws(PythonError) {
        switch target {
        case .name(let name):
            store(name, value)
        case .tuple(let targets), .list(let targets):
            try unpack(value, into: targets)
        case .attribute(let object, let name):
            try setAttribute(of: try evaluate(object), name, to: value)
        case .indexing(let object, let index):
            try setItem(try evaluate(object), try evaluate(index), to: value)
        case .starred(let inner):
            try assign(value, to: inner)
        default:
            throw .syntax("cannot assign to expression")
        }
    }

    /// `a, *rest, b = value`: Python's unpacking, with its messages for a wrong count.
    private func unpack(_ value: Value, into targets: [Expr]) throws(PythonError) {
        let items: [Value]
        do throws(PythonError) {
            items = try iterate(value)
        } catch  where error.exception == "TypeError" && error.message.hasSuffix("is not iterable") {
            throw .type("cannot unpack non-iterable \(value.typeName) object")
        }
        guard let star = targets.firstIndex(where: { if case .starred = $0 { true } else { false } }) else {
            guard items.count == targets.count else {
                if items.count > targets.count {
                    throw .value("too many values to unpack (expected \(targets.count))")
                }
                throw .value("not enough values to unpack (expected \(targets.count), got \(items.count))")
            }
            for (item, subtarget) in zip(items, targets) { try assign(item, to: subtarget) }
            return
        }
        let after = targets.count - star - 1
        guard items.count >= targets.count - 1 else {
            throw .value("not enough values to unpack (expected at least \(targets.count - 1), got \(items.count))")
        }
        for (item, subtarget) in zip(items[..<star], targets[..<star]) { try assign(item, to: subtarget) }
        try assign(.list(ListObject(Array(items[star..<(items.count - after)]))), to: targets[star])
        for (item, subtarget) in zip(items[(items.count - after)...], targets[(star + 1)...]) {
            try assign(item, to: subtarget)
        }
    }

    /// `x op= value`: arrays change in place (their id stays), other values rebind.
    private func augmentedAssign(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr) throws(PythonError) {
        switch target {
        case .name(let name):
            let current = try lookup(name)
            let value = try evaluate(valueExpr)
            store(name, try inPlace(op, current, value))
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
                case .array = object, !isAdvanced(index)
            {
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
            try deleteName(name.text)
        case .tuple(let items), .list(let items):
            for item in items { try delete(item) }
        case .indexing(let objectExpr, let indexExpr):
            try deleteItem(try evaluate(objectExpr), try evaluate(indexExpr))
        case .attribute(let objectExpr, let name):
            try deleteAttribute(of: try evaluate(objectExpr), name)
        default:
            throw .syntax("cannot delete expression")
        }
    }
}
