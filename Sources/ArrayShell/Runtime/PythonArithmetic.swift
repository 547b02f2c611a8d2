import ArrayEngine
import BigInt
import Foundation

/// Python's own arithmetic and comparisons on ints, floats, bools, strings and sequences.
enum PythonArithmetic {
    static func binary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
        // The common case first: two small ints (loop counters, sums, indices).
        if case .int(let a) = left, case .int(let b) = right {
            if let result = try integerOperation(op, a, b) { return result }
            return try bigIntegerOperation(op, BigInt(a), BigInt(b))
        }
        switch (left, right) {
        case (.string(let a), .string(let b)) where op == .add:
            try MemoryLimit.check(count: a.utf8.count + b.utf8.count, stride: 1)
            return .string(a + b)
        case (.string(let template), _) where op == .modulo: return .string(try PercentFormat.format(template, right))
        case (.set(let a), .set(let b)):
            let name: String? =
                switch op {
                case .or: "union"
                case .and: "intersection"
                case .subtract: "difference"
                case .xor: "symmetric_difference"
                default: nil
                }
            if let name { return .set(try SetMethods.combine(a, b, name)) }
        case (.dict(let a), .dict(let b)) where op == .or:
            let merged = a.copy()
            for (key, value) in b.pairs { try merged.set(key, value) }
            return .dict(merged)
        // A str repeats by anything with __index__; other values fall to the refusal below.
        case (.string(let s), _) where op == .multiply && (try? Convert.index(right)) != nil:
            return .string(try repeated(s, try Convert.index(right)))
        case (.object(let a as BytesObject), .object(let b as BytesObject)) where op == .add:
            try MemoryLimit.check(count: a.count + b.count, stride: 1)
            return .object(try BytesObject(Array(a.bytes) + Array(b.bytes), mutable: a.isMutable))
        case (.object(let a as BytesObject), .int) where op == .multiply,
            (.object(let a as BytesObject), .bool) where op == .multiply:
            let count = max(0, try Convert.index(right))
            let (total, overflow) = a.count.multipliedReportingOverflow(by: count)
            if overflow { throw .overflow("repeated bytes are too long") }
            try MemoryLimit.check(count: total, stride: 1)
            return .object(
                try BytesObject(
                    Array([[UInt8]](repeating: Array(a.bytes), count: count).joined()), mutable: a.isMutable))
        case (.int, .object(_ as BytesObject)), (.bool, .object(_ as BytesObject)):
            if op == .multiply { return try binary(op, right, left) }
        case (.object(let a as BytesObject), _) where op == .add:
            throw .type("can't concat \(right.typeName) to \(a.typeName)")
        case (.object(_ as BytesObject), _) where op == .multiply && right.bigIntValue == nil:
            throw .type("can't multiply sequence by non-int of type '\(right.typeName)'")
        case (.tuple(let a), .tuple(let b)) where op == .add:
            return .tuple(try Value.concatenated(a, b))
        case (.list(let a), .list(let b)) where op == .add:
            return .list(ListObject(try Value.concatenated(a.items, b.items)))
        case (.tuple(let items), .int), (.tuple(let items), .bool):
            guard op == .multiply else { break }
            return .tuple(try repeated(items, try Convert.index(right)))
        case (.list(let list), .int), (.list(let list), .bool):
            guard op == .multiply else { break }
            return .list(ListObject(try repeated(list.items, try Convert.index(right))))
        case (.int, .list), (.int, .tuple), (.int, .string), (.bool, .list):
            if op == .multiply { return try binary(op, right, left) }
        case (.list, .bigInt), (.tuple, .bigInt), (.string, .bigInt), (.bigInt, .list), (.bigInt, .tuple),
            (.bigInt, .string):
            if op == .multiply { throw .overflow("cannot fit 'int' into an index-sized integer") }
        case (.list, _), (.tuple, _), (.string, _):
            if op == .multiply, right.bigIntValue == nil {
                throw .type("can't multiply sequence by non-int of type '\(right.typeName)'")
            }
        default: break
        }
        switch (op, left) {
        case (.add, .string), (.add, .list), (.add, .tuple):
            let kind = left.typeName
            throw .type("can only concatenate \(kind) (not \"\(right.typeName)\") to \(kind)")
        default: break
        }
        if let a = integer(left), let b = integer(right) {
            if let result = try integerOperation(op, a, b) { return result }
            return try bigIntegerOperation(op, BigInt(a), BigInt(b))
        }
        if let a = left.bigIntValue, let b = right.bigIntValue { return try bigIntegerOperation(op, a, b) }
        if case .complex = left, let a = PythonComplex.parts(left), let b = PythonComplex.parts(right) {
            return try PythonComplex.binary(op, a, b, left, right)
        }
        if case .complex = right, let a = PythonComplex.parts(left), let b = PythonComplex.parts(right) {
            return try PythonComplex.binary(op, a, b, left, right)
        }
        if let a = try real(left), let b = try real(right) { return try floatOperation(op, a, b) }
        throw .type("unsupported operand type(s) for \(op.rawValue): '\(left.typeName)' and '\(right.typeName)'")
    }

    /// `items * count`: MemoryError, as in Python, when the result could not be held.
    private static func repeated(_ items: [Value], _ count: Int) throws(PythonError) -> [Value] {
        let (total, overflow) = items.count.multipliedReportingOverflow(by: max(0, count))
        if overflow { throw MemoryLimit.exceeded }
        try MemoryLimit.check(count: total, of: Value.self)
        return try Value.repeated(items, count)
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

    /// An int (or bool) and a float among `left` and `right`: the int, the float, and
    /// whether the float came first. Nil for an int within 2**53, which becomes a float
    /// exactly: the comparison of floats answers it, with no big int made.
    private static func intAndFloat(_ left: Value, _ right: Value) -> (int: BigInt, float: Double, floatFirst: Bool)? {
        if let i = integer(left) ?? integer(right), i.magnitude <= 1 << 53 { return nil }
        if case .float(let f) = right, let i = left.bigIntValue { return (i, f, false) }
        if case .float(let f) = left, let i = right.bigIntValue { return (i, f, true) }
        return nil
    }

    /// The order of an int and a float (-1, 0 or 1), exact as CPython's: the int made a
    /// float would lose digits past 2**53 or overflow. Nil when the float is NaN.
    private static func exactOrder(_ int: BigInt, _ float: Double) -> Int? {
        if float.isNaN { return nil }
        if float.isInfinite { return float > 0 ? -1 : 1 }
        let whole = float.rounded(.down)
        let floor = BigInt(whole)
        if int != floor { return int < floor ? -1 : 1 }
        return whole == float ? 0 : -1
    }

    private static func real(_ value: Value) throws(PythonError) -> Double? {
        switch value {
        case .float(let d): return d
        case .bigInt(let b): return try PythonInt.double(b)
        default: return integer(value).map(Double.init)
        }
    }

    /// Int arithmetic beyond 64 bits (reached when the fast path overflows).
    private static func bigIntegerOperation(_ op: BinaryOperator, _ a: BigInt, _ b: BigInt) throws(PythonError) -> Value
    {
        switch op {
        case .add: return .integer(a + b)
        case .subtract: return .integer(a - b)
        case .multiply: return .integer(a * b)
        case .divide:
            if b == 0 { throw .zeroDivision("division by zero") }
            return .float(try trueDivide(a, b))
        case .floorDivide, .modulo:
            if b == 0 {
                throw .zeroDivision(op == .modulo ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            var (q, r) = a.quotientAndRemainder(dividingBy: b)
            if r != 0 && (r.signum() != b.signum()) {
                q -= 1
                r += b
            }
            return .integer(op == .floorDivide ? q : r)
        case .power:
            if b < 0 { return .float(Foundation.pow(try PythonInt.double(a), try PythonInt.double(b))) }
            // 0, 1 and -1 stay small whatever the exponent.
            if a.magnitude <= 1 { return .integer(a == -1 && b % 2 == 0 ? 1 : (b == 0 ? 1 : a)) }
            // A result of more than 2**28 bits (32 MiB) is refused as MemoryError.
            let bits = a.magnitude.bitWidth - a.magnitude.leadingZeroBitCount
            guard BigInt(bits - 1) * b <= 1 << 28, let exponent = Int(exactly: b) else { throw MemoryLimit.exceeded }
            return .integer(a.power(exponent))
        case .leftShift:
            if b < 0 { throw .value("negative shift count") }
            guard b < 10_000_000 else { throw MemoryLimit.exceeded }
            return .integer(a << Int(b))
        case .rightShift:
            if b < 0 { throw .value("negative shift count") }
            guard let shift = Int(exactly: b) else { return .int(a < 0 ? -1 : 0) }
            return .integer(a >> shift)
        case .and: return .integer(a & b)
        case .or: return .integer(a | b)
        case .xor: return .integer(a ^ b)
        case .matmul: throw .type("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    /// `a / b` correctly rounded, as Python divides ints (not via two lossy conversions).
    private static func trueDivide(_ a: BigInt, _ b: BigInt) throws(PythonError) -> Double {
        if let x = Double(exactly: a), let y = Double(exactly: b) { return x / y }
        // Scale so the quotient carries 64+ significant bits, then convert once.
        let shift = max(0, 64 - (a.magnitude.bitWidth - b.magnitude.bitWidth))
        let q = (a << shift) / b
        let result = Double(q) * Foundation.pow(2.0, Double(-shift))
        if result.isInfinite { throw .overflow("integer division result too large for a float") }
        return result
    }

    /// 64-bit int arithmetic, the fast path; nil when the result needs more bits.
    private static func integerOperation(_ op: BinaryOperator, _ a: Int, _ b: Int) throws(PythonError) -> Value? {
        func checked(_ result: (partialValue: Int, overflow: Bool)) -> Value? {
            result.overflow ? nil : .int(result.partialValue)
        }
        switch op {
        case .add: return checked(a.addingReportingOverflow(b))
        case .subtract: return checked(a.subtractingReportingOverflow(b))
        case .multiply: return checked(a.multipliedReportingOverflow(by: b))
        case .divide:
            if b == 0 { throw .zeroDivision("division by zero") }
            // Beyond 2**53 the conversions would round twice: divide exactly instead.
            let exact = 1 << 53
            guard a.magnitude <= exact, b.magnitude <= exact else { return nil }
            return .float(Double(a) / Double(b))
        case .floorDivide:
            if b == 0 { throw .zeroDivision("integer division or modulo by zero") }
            if a == .min && b == -1 { return nil }
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
            var result = 1
            var base = a
            var e = b
            while e > 0 {
                if e & 1 == 1 {
                    let (product, overflow) = result.multipliedReportingOverflow(by: base)
                    if overflow { return nil }
                    result = product
                }
                e >>= 1
                if e > 0 {
                    let (square, overflow) = base.multipliedReportingOverflow(by: base)
                    if overflow { return nil }
                    base = square
                }
            }
            return .int(result)
        case .leftShift:
            if b < 0 { throw .value("negative shift count") }
            if a != 0 && (b >= 63 || (a << b) >> b != a) { return nil }
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
    static func compare(_ op: CompareOperator, _ left: Value, _ right: Value, depth: Int = 0) throws(PythonError)
        -> Bool
    {
        if op == .equal || op == .notEqual {
            let equal = try equals(left, right, depth: depth)
            return op == .equal ? equal : !equal
        }
        let order: Int
        if let a = left.bigIntValue, let b = right.bigIntValue {
            order = a < b ? -1 : (a > b ? 1 : 0)
        } else if case .set(let a) = left, case .set(let b) = right {
            let subset = try SetMethods.isSubset(a, of: b)
            let superset = try SetMethods.isSubset(b, of: a)
            switch op {
            case .less: return subset && a.count < b.count
            case .lessEqual: return subset
            case .greater: return superset && a.count > b.count
            default: return superset
            }
        } else if let (int, float, floatFirst) = intAndFloat(left, right) {
            guard let intOrder = exactOrder(int, float) else { return false }
            order = floatFirst ? -intOrder : intOrder
        } else if let a = try real(left), let b = try real(right) {
            if a.isNaN || b.isNaN { return false }
            order = a < b ? -1 : (a > b ? 1 : 0)
        } else if case .string(let a) = left, case .string(let b) = right {
            order = a < b ? -1 : (a > b ? 1 : 0)
        } else if let a = sequence(left), let b = sequence(right), left.typeName == right.typeName {
            order = try sequenceOrder(a, b, depth: depth)
        } else {
            throw .type(
                "'\(op.rawValue)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
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
        if let a = left.bigIntValue, let b = right.bigIntValue { return a == b }
        if let (int, float, _) = intAndFloat(left, right) { return exactOrder(int, float) == 0 }
        if let a = try real(left), let b = try real(right) { return a == b }
        if let a = PythonComplex.parts(left), let b = PythonComplex.parts(right) { return a == b }
        switch (left, right) {
        case (.dict(let a), .dict(let b)):
            if a === b { return true }
            guard a.count == b.count else { return false }
            if depth + 1 >= PythonError.recursionLimit {
                throw PythonError("RecursionError", "maximum recursion depth exceeded in comparison")
            }
            for (key, value) in a.pairs {
                guard let other = try b.get(key), try equals(value, other, depth: depth + 1) else { return false }
            }
            return true
        case (.set(let a), .set(let b)):
            guard a.count == b.count else { return false }
            return try SetMethods.isSubset(a, of: b)
        case (.slice(let a1, let a2, let a3), .slice(let b1, let b2, let b3)):
            return try equals(.tuple([a1, a2, a3]), .tuple([b1, b2, b3]), depth: depth)
        case (.range(let a1, let a2, let a3), .range(let b1, let b2, let b3)):
            return (a1, a2, a3) == (b1, b2, b3)
        case (.classObject(let a), .classObject(let b)): return a === b
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case (.string(let a), .string(let b)): return a == b
        case (.dtype(let a), .dtype(let b)), (.scalarType(let a), .scalarType(let b)),
            (.dtype(let a), .scalarType(let b)), (.scalarType(let a), .dtype(let b)):
            return a == b
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
