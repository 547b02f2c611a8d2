import ArrayEngine

/// Assignment, augmented assignment and `del` targets compiled to closures.
extension Compiler {
    static func target(_ target: Expr) -> Assignment {
        switch target {
        case .name(let name):
            return { interpreter, value throws(PythonError) in interpreter.store(name, value) }
        case .tuple(let targets), .list(let targets):
            let star = targets.firstIndex(where: isStarred)
            let compiled = targets.map(Compiler.target)
            return { interpreter, value throws(PythonError) in
                try interpreter.unpack(value, into: compiled, starAt: star)
            }
        case .attribute(let object, let name):
            let object = expression(object)
            return { interpreter, value throws(PythonError) in
                try interpreter.setAttribute(of: try object(interpreter), name, to: value)
            }
        case .indexing(.name(let name), let index) where plainValue(index) != nil:
            return namedItemTarget(name, index)
        case .indexing(let object, let index):
            let (object, index) = (expression(object), expression(index))
            return { interpreter, value throws(PythonError) in
                try interpreter.setItem(try object(interpreter), try index(interpreter), to: value)
            }
        case .starred(let inner):
            return Compiler.target(inner)
        default:
            return { _, _ throws(PythonError) in throw .syntax("cannot assign to expression") }
        }
    }

    /// `a[i] = value`, `a` a variable and `i` a `plainValue`: an array in `a` is lent, not
    /// retained and released, while one element is written (as `namedIndexing` lends it to
    /// read one) when `i` is a name or a literal, and a dict in `a` while `a[i]` is set (which
    /// runs no Python code: keys hash and compare in Swift). The value is already made and
    /// evaluating `i` runs no Python code, so nothing can rebind `a` meanwhile; anything
    /// else goes the general way.
    private static func namedItemTarget(_ name: Name, _ index: Expr) -> Assignment {
        let (object, key, general) = (expression(.name(name)), plainValue(index), expression(index))
        let lendsArrays = readsNoArrayMemory(index)
        return { interpreter, value throws(PythonError) in
            switch interpreter.lent(name) {
            case .array(let lent)? where lendsArrays:
                let i = try general(interpreter)
                if lent._withUnsafeGuaranteedRef({ ElementAccess.setElement(of: $0, at: i, to: value) }) { return }
                return try interpreter.setItem(.array(lent.takeUnretainedValue()), i, to: value)
            case .dict(let lent)?:
                if let key = try key?(interpreter) {
                    return try lent._withUnsafeGuaranteedRef { dict in
                        Result { () throws(PythonError) in try dict.set(key, value) }
                    }.get()
                }
            default:
                break
            }
            try interpreter.setItem(try object(interpreter), try general(interpreter), to: value)
        }
    }

    /// `x op= value`: arrays change in place (their id stays), other values rebind.
    static func augmentedAssignment(_ target: Expr, _ op: BinaryOperator, _ value: @escaping Evaluation)
        -> Execution
    {
        switch target {
        case .name(let name):
            return { interpreter throws(PythonError) in
                let current = try interpreter.lookup(name)
                let operand = try value(interpreter)
                // Numbers have no in-place form: their sum is what `inPlace` would come to.
                if let sum = FastArithmetic.binary(op, current, operand) {
                    interpreter.store(name, sum)
                } else {
                    interpreter.store(name, try interpreter.inPlace(op, current, operand))
                }
                return .normal
            }
        case .attribute(let object, let name):
            let object = expression(object)
            return { interpreter throws(PythonError) in
                let o = try object(interpreter)
                let current = try interpreter.attribute(of: o, name)
                try interpreter.setAttribute(
                    of: o, name, to: try interpreter.inPlace(op, current, try value(interpreter)))
                return .normal
            }
        case .indexing(let object, let index):
            let (object, index) = (expression(object), expression(index))
            return { interpreter throws(PythonError) in
                let o = try object(interpreter)
                let i = try index(interpreter)
                let current = try interpreter.getItem(o, i)
                let result = try interpreter.inPlace(op, current, try value(interpreter))
                if case .array(let view) = current, case .array(let written) = result, view === written,
                    case .array = o, !isAdvanced(i)
                {
                    return .normal
                }
                try interpreter.setItem(o, i, to: result)
                return .normal
            }
        default:
            return { _ throws(PythonError) in
                throw .syntax("'\(target)' is an illegal expression for augmented assignment")
            }
        }
    }

    /// An index that selects a copy (a list or array of indices, or a bool, which is a
    /// 0-d mask): writing into the item read does not write into the array.
    private static func isAdvanced(_ index: Value) -> Bool {
        switch index {
        case .list, .array, .bool: true
        case .scalar(let s): s.dtype == .bool
        case .tuple(let items): items.contains { isAdvanced($0) }
        default: false
        }
    }

    /// One target of `del`.
    static func deletion(_ target: Expr) -> (Interpreter) throws(PythonError) -> Void {
        switch target {
        case .name(let name):
            return { interpreter throws(PythonError) in try interpreter.deleteName(name.text) }
        case .tuple(let items), .list(let items):
            let deletions = items.map(deletion)
            return { interpreter throws(PythonError) in
                for delete in deletions { try delete(interpreter) }
            }
        case .indexing(let object, let index):
            let (object, index) = (expression(object), expression(index))
            return { interpreter throws(PythonError) in
                try interpreter.deleteItem(try object(interpreter), try index(interpreter))
            }
        case .attribute(let object, let name):
            let object = expression(object)
            return { interpreter throws(PythonError) in
                try interpreter.deleteAttribute(of: try object(interpreter), name)
            }
        default:
            return { _ throws(PythonError) in throw .syntax("cannot delete expression") }
        }
    }
}

extension Interpreter {
    /// `a, *rest, b = value`: Python's unpacking, with its messages for a wrong count.
    func unpack(_ value: Value, into targets: [Assignment], starAt star: Int?) throws(PythonError) {
        let items: [Value]
        do throws(PythonError) {
            items = try iterate(value)
        } catch  where error.exception == "TypeError" && error.message.hasSuffix("is not iterable") {
            throw .type("cannot unpack non-iterable \(value.typeName) object")
        }
        guard let star else {
            guard items.count == targets.count else {
                if items.count > targets.count {
                    throw .value("too many values to unpack (expected \(targets.count))")
                }
                throw .value("not enough values to unpack (expected \(targets.count), got \(items.count))")
            }
            for (item, target) in zip(items, targets) { try target(self, item) }
            return
        }
        let after = targets.count - star - 1
        guard items.count >= targets.count - 1 else {
            throw .value("not enough values to unpack (expected at least \(targets.count - 1), got \(items.count))")
        }
        for (item, target) in zip(items[..<star], targets[..<star]) { try target(self, item) }
        try targets[star](self, .list(ListObject(Array(items[star..<(items.count - after)]))))
        for (item, target) in zip(items[(items.count - after)...], targets[(star + 1)...]) { try target(self, item) }
    }
}
