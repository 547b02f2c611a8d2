import ArrayEngine
import Foundation

/// Python's own arithmetic and comparisons on ints, floats, bools, strings and sequences.
enum PythonArithmetic {
    static func binary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
        switch (left, right) {
        case (.string(let a), .string(let b)) where op == .add: return .string(a + b)
        case (.string(let s), _) where op == .multiply: return .string(try repeated(s, try Convert.index(right)))
        case (.tuple(let a), .tuple(let b)) where op == .add: return .tuple(a + b)
        case (.list(let a), .list(let b)) where op == .add: return .list(ListObject(a.items + b.items))
        case (.tuple(let items), .int), (.tuple(let items), .bool):
            guard op == .multiply else { break }
            return .tuple(try repeated(items, try Convert.index(right)))
        case (.list(let list), .int), (.list(let list), .bool):
            guard op == .multiply else { break }
            return .list(ListObject(try repeated(list.items, try Convert.index(right))))
        case (.int, .list), (.int, .tuple), (.int, .string), (.bool, .list):
            if op == .multiply { return try binary(op, right, left) }
        default: break
        }
        switch (op, left) {
        case (.add, .string), (.add, .list), (.add, .tuple):
            let kind = left.typeName
            throw .type("can only concatenate \(kind) (not \"\(right.typeName)\") to \(kind)")
        default: break
        }
        if let a = integer(left), let b = integer(right) { return try integerOperation(op, a, b) }
        if let a = real(left), let b = real(right) { return try floatOperation(op, a, b) }
        throw .type("unsupported operand type(s) for \(op.rawValue): '\(left.typeName)' and '\(right.typeName)'")
    }

    /// `items * count`: MemoryError, as in Python, when the result could not be held.
    private static func repeated(_ items: [Value], _ count: Int) throws(PythonError) -> [Value] {
        let (total, overflow) = items.count.multipliedReportingOverflow(by: max(0, count))
        if overflow { throw MemoryLimit.exceeded }
        try MemoryLimit.check(count: total, of: Value.self)
        if items.count == 1 { return Array(repeating: items[0], count: total) }
        var result: [Value] = []
        result.reserveCapacity(total)
        for _ in 0..<max(0, count) { result += items }
        return result
    }

    /// `text * count`, with Python's errors for a result too long to index or to hold.
    private static func repeated(_ text: String, _ count: Int) throws(PythonError) -> String {
        let (bytes, overflow) = text.utf8.count.multipliedReportingOverflow(by: max(0, count))
        if overflow { throw .overflow("repeated string is too long") }
        try MemoryLimit.check(count: bytes, stride: 1)
        return String(repeating: text, count: max(0, count))
    }

    private static func integer(_ value: Value) -> Int? {
        switch value {
        case .int(let i): i
        case .bool(let b): b ? 1 : 0
        default: nil
        }
    }

    private static func real(_ value: Value) -> Double? {
        switch value {
        case .float(let d): d
        default: integer(value).map(Double.init)
        }
    }

    private static func integerOperation(_ op: BinaryOperator, _ a: Int, _ b: Int) throws(PythonError) -> Value {
        func checked(_ result: (partialValue: Int, overflow: Bool)) throws(PythonError) -> Value {
            if result.overflow { throw Interpreter.intOverflow }
            return .int(result.partialValue)
        }
        switch op {
        case .add: return try checked(a.addingReportingOverflow(b))
        case .subtract: return try checked(a.subtractingReportingOverflow(b))
        case .multiply: return try checked(a.multipliedReportingOverflow(by: b))
        case .divide:
            if b == 0 { throw .zeroDivision("division by zero") }
            return .float(Double(a) / Double(b))
        case .floorDivide:
            if b == 0 { throw .zeroDivision("integer division or modulo by zero") }
            if a == .min && b == -1 { throw Interpreter.intOverflow }
            let q = a / b
            return .int((a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q)
        case .modulo:
            if b == 0 { throw .zeroDivision("integer modulo by zero") }
            if b == -1 { return .int(0) }
            let r = a % b
            return .int(r != 0 && ((r < 0) != (b < 0)) ? r + b : r)
        case .power:
            if b < 0 {
                if a == 0 { throw .zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(pow(Double(a), Double(b)))
            }
            var result = 1, base = a, e = b
            while e > 0 {
                if e & 1 == 1 { result = try checkedInt(result.multipliedReportingOverflow(by: base)) }
                e >>= 1
                if e > 0 { base = try checkedInt(base.multipliedReportingOverflow(by: base)) }
            }
            return .int(result)
        case .leftShift:
            if b < 0 { throw .value("negative shift count") }
            if a != 0 && (b >= 63 || (a << b) >> b != a) { throw Interpreter.intOverflow }
            return .int(a << b)
        case .rightShift:
            if b < 0 { throw .value("negative shift count") }
            return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
        case .and: return .int(a & b)
        case .or: return .int(a | b)
        case .xor: return .int(a ^ b)
        case .matmul: throw .type("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    private static func checkedInt(_ result: (partialValue: Int, overflow: Bool)) throws(PythonError) -> Int {
        if result.overflow { throw Interpreter.intOverflow }
        return result.partialValue
    }

    private static func floatOperation(_ op: BinaryOperator, _ a: Double, _ b: Double) throws(PythonError) -> Value {
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .divide:
            if b == 0 { throw .zeroDivision("float division by zero") }
            return .float(a / b)
        case .floorDivide:
            if b == 0 { throw .zeroDivision("float floor division by zero") }
            return .float((a / b).rounded(.down) == a / b ? a / b : floorDivision(a, b))
        case .modulo:
            if b == 0 { throw .zeroDivision("float modulo") }
            var r = fmod(a, b)
            if r != 0 && ((r < 0) != (b < 0)) { r += b }
            return .float(r == 0 ? copysign(0, b) : r)
        case .power:
            if a == 0 && b < 0 { throw .zeroDivision("0.0 cannot be raised to a negative power") }
            if a < 0 && b != b.rounded() { throw .value("math domain error: complex results are not supported") }
            return .float(pow(a, b))
        default:
            throw .type("unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
        }
    }

    /// Python's float `//`: floor of the exact quotient via divmod, as CPython computes it.
    private static func floorDivision(_ a: Double, _ b: Double) -> Double {
        let mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 && ((b < 0) != (mod < 0)) { div -= 1 }
        var floorDiv = div.rounded(.down)
        if div - floorDiv > 0.5 { floorDiv += 1 }
        return div == 0 ? copysign(0, a / b) : floorDiv
    }

    /// `depth` counts the sequences being compared around this pair (see `sequenceOrder`).
    static func compare(_ op: CompareOperator, _ left: Value, _ right: Value, depth: Int = 0) throws(PythonError) -> Bool {
        if op == .equal || op == .notEqual {
            let equal = try equals(left, right, depth: depth)
            return op == .equal ? equal : !equal
        }
        let order: Int
        if let a = real(left), let b = real(right) {
            if a.isNaN || b.isNaN { return false }
            order = a < b ? -1 : (a > b ? 1 : 0)
        } else if case .string(let a) = left, case .string(let b) = right {
            order = a < b ? -1 : (a > b ? 1 : 0)
        } else if let a = sequence(left), let b = sequence(right), left.typeName == right.typeName {
            order = try sequenceOrder(a, b, depth: depth)
        } else {
            throw .type("'\(op.rawValue)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
        }
        switch op {
        case .less: return order < 0
        case .lessEqual: return order <= 0
        case .greater: return order > 0
        default: return order >= 0
        }
    }

    private static func sequence(_ value: Value) -> [Value]? {
        switch value {
        case .tuple(let items): items
        case .list(let list): list.items
        default: nil
        }
    }

    /// Python's lexicographic order: the first items that differ decide, else the lengths.
    private static func sequenceOrder(_ a: [Value], _ b: [Value], depth: Int) throws(PythonError) -> Int {
        if let i = try firstDifference(a, b, depth: depth) {
            return try compare(.less, a[i], b[i], depth: depth + 1) ? -1 : 1
        }
        return a.count < b.count ? -1 : (a.count > b.count ? 1 : 0)
    }

    /// Where two sequences first hold unequal items, as CPython's list and tuple
    /// comparisons find it: items that are the same object are equal without a look
    /// inside (so a list holding itself equals itself), and sequences nested as deep as
    /// the recursion limit are a RecursionError.
    private static func firstDifference(_ a: [Value], _ b: [Value], depth: Int) throws(PythonError) -> Int? {
        if depth + 1 >= PythonError.recursionLimit {
            throw PythonError("RecursionError", "maximum recursion depth exceeded in comparison")
        }
        for (i, (x, y)) in zip(a, b).enumerated() {
            if let p = x.identity, let q = y.identity, p === q { continue }
            if try !equals(x, y, depth: depth + 1) { return i }
        }
        return nil
    }

    static func equals(_ left: Value, _ right: Value, depth: Int = 0) throws(PythonError) -> Bool {
        if let a = integer(left), let b = integer(right) { return a == b }
        if let a = real(left), let b = real(right) { return a == b }
        switch (left, right) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case (.string(let a), .string(let b)): return a == b
        case (.dtype(let a), .dtype(let b)), (.scalarType(let a), .scalarType(let b)),
             (.dtype(let a), .scalarType(let b)), (.scalarType(let a), .dtype(let b)): return a == b
        case (.dtype(let d), .string(let s)), (.string(let s), .dtype(let d)): return DType(name: s) == d
        // A dtype equals whatever names it: `a.dtype == int`, `a.dtype == float`.
        case (.dtype(let d), .type), (.type, .dtype(let d)):
            return (try? Convert.dtype(left.isDType ? right : left)) == d
        case (.type(let a), .type(let b)): return a == b
        case (.tuple(let a), .tuple(let b)):
            guard a.count == b.count else { return false }
            return try firstDifference(a, b, depth: depth) == nil
        case (.list(let a), .list(let b)):
            guard a.items.count == b.items.count else { return false }
            return try firstDifference(a.items, b.items, depth: depth) == nil
        case (.object(let a), _): return a.isEqual(to: right)
        case (_, .object(let b)): return b.isEqual(to: left)
        default:
            if let a = left.identity, let b = right.identity { return a === b }
            return false
        }
    }
}
