import ArrayEngine

/// Expressions compiled to closures.
extension Compiler {
    static func expression(_ expr: Expr) -> Evaluation {
        switch expr {
        case .name(let name): return { interpreter throws(PythonError) in try interpreter.lookup(name) }
        // An int or float made in place: returning a kept `Value` would copy it through its every case.
        case .int(let i): return { _ throws(PythonError) in .int(i) }
        case .bigInt(let b): return constant(.bigInt(b))
        case .float(let d): return { _ throws(PythonError) in .float(d) }
        case .imaginary(let d): return constant(.complex(0, d))
        case .string(let s): return constant(.string(s))
        case .bytes(let bytes): return { _ throws(PythonError) in .object(try BytesObject(bytes)) }
        case .formatted(let parts):
            let text = formatted(parts)
            return { interpreter throws(PythonError) in .string(try text(interpreter)) }
        case .constant(let c):
            switch c {
            case .none: return constant(.none)
            case .true: return constant(.bool(true))
            case .false: return constant(.bool(false))
            case .ellipsis: return constant(.ellipsis)
            }
        case .tuple(let items):
            let values = Compiler.items(items)
            return { interpreter throws(PythonError) in .tuple(try values(interpreter)) }
        case .list(let items):
            let values = Compiler.items(items)
            return { interpreter throws(PythonError) in .list(ListObject(try values(interpreter))) }
        case .set(let items):
            let values = Compiler.items(items)
            return { interpreter throws(PythonError) in .set(try SetObject(try values(interpreter))) }
        case .dict(let items):
            return dict(items)
        case .starred:
            return { _ throws(PythonError) in throw .syntax("can't use starred expression here") }
        case .slice(let start, let stop, let step):
            // Int literals or nothing (`a[1:4]`): one slice value, made once, not boxed at every run.
            if let start = literalBound(start), let stop = literalBound(stop), let step = literalBound(step) {
                return constant(
                    .slice(start.map(Value.int) ?? .none, stop.map(Value.int) ?? .none, step.map(Value.int) ?? .none))
            }
            let (start, stop, step) = (optional(start), optional(stop), optional(step))
            return { interpreter throws(PythonError) in
                .slice(try start(interpreter), try stop(interpreter), try step(interpreter))
            }
        case .unary(let op, let operand):
            let operand = expression(operand)
            return { interpreter throws(PythonError) in try interpreter.unary(op, try operand(interpreter)) }
        case .binary(let op, let left, let right):
            return binary(op, expression(left), expression(right))
        case .compare(let first, let rest):
            return compare(first, rest)
        case .and(let left, let right):
            let (left, right) = (expression(left), expression(right))
            return { interpreter throws(PythonError) in
                let l = try left(interpreter)
                return try Convert.truth(l) ? try right(interpreter) : l
            }
        case .or(let left, let right):
            let (left, right) = (expression(left), expression(right))
            return { interpreter throws(PythonError) in
                let l = try left(interpreter)
                return try Convert.truth(l) ? l : try right(interpreter)
            }
        case .conditional(let condition, let then, let otherwise):
            let (condition, then, otherwise) = (Compiler.condition(condition), expression(then), expression(otherwise))
            return { interpreter throws(PythonError) in
                try condition(interpreter) ? try then(interpreter) : try otherwise(interpreter)
            }
        case .call(.attribute(let object, let name), let arguments):
            return methodCall(object, name, arguments)
        case .call(let callee, let arguments):
            let callee = expression(callee)
            let arguments = Compiler.arguments(arguments)
            return { interpreter throws(PythonError) in
                try interpreter.call(try callee(interpreter), try arguments(interpreter))
            }
        case .attribute(.name(let variable), let name):
            return namedAttribute(variable, name)
        case .attribute(let object, let name):
            let object = expression(object)
            return { interpreter throws(PythonError) in try interpreter.attribute(of: try object(interpreter), name) }
        case .indexing(let object, .tuple(let items)) where items.count == 2 && !items.contains(where: isStarred):
            return pairIndexing(object, items[0], items[1])
        case .indexing(.name(let name), let index) where readsNoArrayMemory(index):
            return namedIndexing(name, expression(index))
        case .indexing(let object, .slice(let start, let stop, let step)):
            return slicing(object, start, stop, step)
        case .indexing(let object, let index):
            let (object, index) = (expression(object), expression(index))
            return { interpreter throws(PythonError) in
                try interpreter.getItem(try object(interpreter), try index(interpreter))
            }
        case .comprehension(let comprehension):
            return Compiler.comprehension(comprehension)
        case .lambda(let code):
            return { interpreter throws(PythonError) in .function(try interpreter.makeFunction(code)) }
        case .namedValue(let name, let value):
            let value = expression(value)
            return { interpreter throws(PythonError) in
                let result = try value(interpreter)
                interpreter.store(name, result)
                return result
            }
        case .yield(let value):
            let value = optional(value)
            return { interpreter throws(PythonError) in
                guard let coroutine = interpreter.activeCoroutine else { throw .syntax("'yield' outside function") }
                return try coroutine.yield(try value(interpreter))
            }
        case .yieldFrom(let iterable):
            let iterable = expression(iterable)
            return { interpreter throws(PythonError) in
                guard let coroutine = interpreter.activeCoroutine else { throw .syntax("'yield' outside function") }
                let iterator = try interpreter.makeIterator(try iterable(interpreter))
                while let item = try iterator.next() { _ = try coroutine.yield(item) }
                return .none
            }
        }
    }

    /// `left op right`: ints and floats first, then an operand array reused, then the general rules.
    private static func binary(_ op: BinaryOperator, _ left: @escaping Evaluation, _ right: @escaping Evaluation)
        -> Evaluation
    {
        { interpreter throws(PythonError) in
            let l = try left(interpreter)
            let r = try right(interpreter)
            if let result = FastArithmetic.binary(op, l, r) { return result }
            return try interpreter.binaryReusing(op, consume l, consume r)
        }
    }

    /// `a[i]`, `a` a variable and `i` a name or a literal: an array or a dict in `a` is lent,
    /// not retained and released, while one element or value is read from it. Evaluating
    /// `i` runs no Python code, nor does hashing and comparing keys, so nothing can rebind
    /// `a` meanwhile; any other value, index or a missing key goes the general way.
    private static func namedIndexing(_ name: Name, _ index: @escaping Evaluation) -> Evaluation {
        let object = expression(.name(name))
        return { interpreter throws(PythonError) in
            switch interpreter.lent(name) {
            case .array(let lent)?:
                let i = try index(interpreter)
                if let element = lent._withUnsafeGuaranteedRef({ ElementAccess.element(of: $0, at: i) }) {
                    return element
                }
                return try interpreter.getItem(.array(lent.takeUnretainedValue()), i)
            case .dict(let lent)?:
                let i = try index(interpreter)
                if let value = try HashKey.with(i, { key in lent._withUnsafeGuaranteedRef { $0.value(for: key) } }) {
                    return value
                }
                return try interpreter.getItem(.dict(lent.takeUnretainedValue()), i)
            default:
                return try interpreter.getItem(try object(interpreter), try index(interpreter))
            }
        }
    }

    /// `a.name`, `a` a variable holding an array: the array is lent, not retained and released,
    /// while its attribute is read (`a.shape`, `a.T`, a bound method), which runs no Python
    /// code; any other object, or an attribute arrays lack, goes the general way.
    private static func namedAttribute(_ variable: Name, _ name: String) -> Evaluation {
        let object = expression(.name(variable))
        return { interpreter throws(PythonError) in
            if let lent = interpreter.lentArray(variable),
                let value = try lent._withUnsafeGuaranteedRef({ a in
                    Result { () throws(PythonError) in try ArrayAttributes.get(a, name, in: interpreter) }
                }).get()
            {
                return value
            }
            return try interpreter.attribute(of: try object(interpreter), name)
        }
    }

    /// `m[i, j]`: an element of a 2-d array read straight from two ints, with no tuple
    /// built (and `m` lent, as `namedIndexing` lends it, when it is a variable and `i` and
    /// `j` names or literals); any other object or index goes the general way with the tuple.
    private static func pairIndexing(_ object: Expr, _ first: Expr, _ second: Expr) -> Evaluation {
        let (object, lends) = (expression(object), Compiler.lends(object, first, second))
        let (first, second) = (expression(first), expression(second))
        return { interpreter throws(PythonError) in
            if let name = lends, let lent = interpreter.lentArray(name) {
                let i = try first(interpreter)
                let j = try second(interpreter)
                if case .int(let x) = i, case .int(let y) = j,
                    let element = lent._withUnsafeGuaranteedRef({ ElementAccess.element(of: $0, at: x, y) })
                {
                    return element
                }
                return try interpreter.getItem(.array(lent.takeUnretainedValue()), .tuple([i, j]))
            }
            let o = try object(interpreter)
            let i = try first(interpreter)
            let j = try second(interpreter)
            if case .array(let a) = o, case .int(let x) = i, case .int(let y) = j,
                let element = ElementAccess.element(of: a, at: x, y)
            {
                return element
            }
            return try interpreter.getItem(o, .tuple([i, j]))
        }
    }

    /// The variable `object[first, second]` may read lent: `object` a name, the indices names or literals.
    private static func lends(_ object: Expr, _ first: Expr, _ second: Expr) -> Name? {
        guard case .name(let name) = object, readsNoArrayMemory(first), readsNoArrayMemory(second) else { return nil }
        return name
    }

    static func isStarred(_ item: Expr) -> Bool {
        if case .starred = item { true } else { false }
    }

    /// A number, string or constant written out, or a name: what is evaluated without
    /// reading array memory, where a page of a mapped file could be lost.
    static func readsNoArrayMemory(_ expr: Expr) -> Bool {
        switch expr {
        case .name, .int, .bigInt, .float, .imaginary, .string, .constant: true
        default: false
        }
    }

    /// `a < b <= c`: Python's chained comparison, each operand evaluated once, stopping at the first false.
    private static func compare(_ first: Expr, _ rest: [(CompareOperator, Expr)]) -> Evaluation {
        let first = expression(first)
        if rest.count == 1, rest[0].0 == .in || rest[0].0 == .notIn, case .name(let name) = rest[0].1 {
            return membership(rest[0].0, first, name)
        }
        if rest.count == 1 {
            let (op, right) = (rest[0].0, expression(rest[0].1))
            return { interpreter throws(PythonError) in
                let l = try first(interpreter)
                return try interpreter.compare(op, l, try right(interpreter))
            }
        }
        let links = rest.map { ($0.0, expression($0.1)) }
        return { interpreter throws(PythonError) in
            var left = try first(interpreter)
            var result: Value = .bool(true)
            for (op, right) in links {
                let r = try right(interpreter)
                result = try interpreter.compare(op, left, r)
                if !(try Convert.truth(result)) { return result }
                left = r
            }
            return result
        }
    }

    /// `item in name` or `item not in name`: a dict or set in the variable is lent, not
    /// retained and released, while the item is looked up (hashing and comparing keys runs
    /// no Python code); any other container goes the general way, `Interpreter.compare`.
    private static func membership(_ op: CompareOperator, _ item: @escaping Evaluation, _ name: Name) -> Evaluation {
        let container = expression(.name(name))
        return { interpreter throws(PythonError) in
            let l = try item(interpreter)
            // An unhashable item goes the general way, to Python's error (or, in a set, a set
            // looked up as a frozenset).
            switch interpreter.lent(name) {
            case .dict(let dict)?:
                if let found = try? HashKey.with(l, { key in dict._withUnsafeGuaranteedRef { $0.contains(key: key) } })
                {
                    return .bool(found == (op == .in))
                }
            case .set(let set)?:
                if let found = try? HashKey.with(l, { key in set._withUnsafeGuaranteedRef { $0.contains(key: key) } }) {
                    return .bool(found == (op == .in))
                }
            default:
                break
            }
            return try interpreter.compare(op, l, try container(interpreter))
        }
    }

    /// The items of a tuple, list or set display, `*iterable` items unpacked.
    private static func items(_ items: [Expr]) -> (Interpreter) throws(PythonError) -> [Value] {
        let compiled = items.map { item in
            if case .starred(let inner) = item {
                (starred: true, value: expression(inner))
            } else {
                (starred: false, value: expression(item))
            }
        }
        return { interpreter throws(PythonError) in
            var result: [Value] = []
            result.reserveCapacity(compiled.count)
            for (starred, value) in compiled {
                if starred {
                    result += try interpreter.iterate(try value(interpreter))
                } else {
                    result.append(try value(interpreter))
                }
            }
            return result
        }
    }

    private static func dict(_ items: [DictItem]) -> Evaluation {
        let compiled = items.map { item -> (key: Evaluation, value: Evaluation?) in
            switch item {
            case .pair(let key, let value): (key: expression(key), value: expression(value))
            case .unpack(let mapping): (key: expression(mapping), value: nil)
            }
        }
        return { interpreter throws(PythonError) in
            let dict = DictObject()
            for (key, value) in compiled {
                if let value {
                    let k = try key(interpreter)
                    try dict.set(k, try value(interpreter))
                    continue
                }
                let mapping = try key(interpreter)
                guard case .dict(let other) = mapping else {
                    throw .type("'\(mapping.typeName)' object is not a mapping")
                }
                for (k, v) in other.pairs { try dict.set(k, v) }
            }
            return .dict(dict)
        }
    }

    /// A call's arguments as written: positional ones alone need no more than their values.
    static func arguments(_ arguments: [Argument]) -> (Interpreter) throws(PythonError) -> Arguments {
        if arguments.allSatisfy({ if case .positional = $0.kind { true } else { false } }) {
            // One or two (`np.may_share_memory(a, b)`): each closure called from the one
            // holding it, as one taken from an array is called through a thunk, and retained.
            switch arguments.count {
            case 1:
                let first = expression(arguments[0].value)
                return { interpreter throws(PythonError) in Arguments([try first(interpreter)]) }
            case 2:
                let (first, second) = (expression(arguments[0].value), expression(arguments[1].value))
                return { interpreter throws(PythonError) in
                    Arguments([try first(interpreter), try second(interpreter)])
                }
            default: break
            }
            let values = arguments.map { expression($0.value) }
            return { interpreter throws(PythonError) in
                var positional: [Value] = []
                positional.reserveCapacity(values.count)
                for value in values { positional.append(try value(interpreter)) }
                return Arguments(positional)
            }
        }
        let compiled = arguments.map { (kind: $0.kind, value: expression($0.value)) }
        return { interpreter throws(PythonError) in
            var result = Arguments()
            for (kind, valueOf) in compiled {
                let value = try valueOf(interpreter)
                switch kind {
                case .positional:
                    result.positional.append(value)
                case .star:
                    do throws(PythonError) {
                        result.positional += try interpreter.iterate(value)
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
    }

    /// An f-string: its literal text and its fields rendered with `format()`, in order.
    private static func formatted(_ parts: [FormattedPart]) -> (Interpreter) throws(PythonError) -> String {
        typealias Text = (Interpreter) throws(PythonError) -> String
        // Each part as its text (an echo `{x=}` before its field), then its field if it has one.
        var pieces: [(text: String, field: (value: Evaluation, conversion: Character?, spec: Text)?)] = []
        for part in parts {
            switch part {
            case .text(let text):
                pieces.append((text, nil))
            case .field(let value, let conversion, let spec, let echo):
                pieces.append((echo ?? "", (expression(value), conversion, formatted(spec))))
            }
        }
        return { interpreter throws(PythonError) in
            var result = ""
            for (text, field) in pieces {
                result += text
                guard let (value, conversion, spec) = field else { continue }
                let v = try value(interpreter)
                result += try interpreter.render(v, conversion: conversion, spec: try spec(interpreter))
            }
            return result
        }
    }
}
