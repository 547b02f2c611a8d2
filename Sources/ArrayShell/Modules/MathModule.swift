import ArrayEngine
import BigInt
import Foundation

/// `import math`: Python's math functions on Python floats, with its errors.
enum MathModule {
    static var constants: [String: Value] {
        [
            "pi": .float(Double.pi), "e": .float(M_E), "tau": .float(2 * Double.pi),
            "inf": .float(.infinity), "nan": .float(.nan),
        ]
    }

    static func functions() -> [Function] {
        var result: [Function] = [
            unary("sqrt") { x throws(PythonError) in
                guard x >= 0 || x.isNaN else { throw domain }
                return Foundation.sqrt(x)
            },
            unary("exp") { x throws(PythonError) in
                let y = Foundation.exp(x)
                if y.isInfinite, x.isFinite { throw PythonError.overflow("math range error") }
                return y
            },
            unary("log10") { x throws(PythonError) in try positive(x, Foundation.log10) },
            unary("log2") { x throws(PythonError) in try positive(x, Foundation.log2) },
            unary("sin") { x throws(PythonError) in try finite(x, Foundation.sin) },
            unary("cos") { x throws(PythonError) in try finite(x, Foundation.cos) },
            unary("tan") { x throws(PythonError) in try finite(x, Foundation.tan) },
            unary("asin") { x throws(PythonError) in
                guard Swift.abs(x) <= 1 || x.isNaN else { throw domain }
                return Foundation.asin(x)
            },
            unary("acos") { x throws(PythonError) in
                guard Swift.abs(x) <= 1 || x.isNaN else { throw domain }
                return Foundation.acos(x)
            },
            unary("atan") { x throws(PythonError) in Foundation.atan(x) },
            unary("sinh") { x throws(PythonError) in Foundation.sinh(x) },
            unary("cosh") { x throws(PythonError) in Foundation.cosh(x) },
            unary("tanh") { x throws(PythonError) in Foundation.tanh(x) },
            unary("fabs") { x throws(PythonError) in Swift.abs(x) },
            unary("degrees") { x throws(PythonError) in x * 180 / Double.pi },
            unary("radians") { x throws(PythonError) in x * Double.pi / 180 },
            unary("erf") { x throws(PythonError) in Foundation.erf(x) },
            unary("gamma") { x throws(PythonError) in
                guard !(x <= 0 && x == x.rounded()) else { throw domain }
                return Foundation.tgamma(x)
            },
            StandardModules.function("log(x, base=<no value>, /)") { _, args throws(PythonError) in
                let x = try number(args.raw("x"))
                let ln = try positive(x, Foundation.log)
                guard let base = args.raw("base") else { return .float(ln) }
                let b = try positive(try number(base), Foundation.log)
                if b == 0 { throw PythonError.zeroDivision("float division by zero") }
                return .float(ln / b)
            },
            StandardModules.function("atan2(y, x, /)") { _, args throws(PythonError) in
                .float(Foundation.atan2(try number(args.raw("y")), try number(args.raw("x"))))
            },
            StandardModules.function("pow(x, y, /)") { _, args throws(PythonError) in
                let x = try number(args.raw("x"))
                let y = try number(args.raw("y"))
                if x == 0 && y < 0 { throw domain }
                if x < 0 && y != y.rounded() && y.isFinite { throw domain }
                return .float(Foundation.pow(x, y))
            },
            StandardModules.function("hypot(*coordinates)") { _, args throws(PythonError) in
                var total = 0.0
                for value in args.variadic("coordinates") {
                    let x = try number(value)
                    total += x * x
                }
                return .float(total.squareRoot())
            },
            StandardModules.function("copysign(x, y, /)") { _, args throws(PythonError) in
                .float(Foundation.copysign(try number(args.raw("x")), try number(args.raw("y"))))
            },
            StandardModules.function("fmod(x, y, /)") { _, args throws(PythonError) in
                let y = try number(args.raw("y"))
                if y == 0 { throw domain }
                return .float(Foundation.fmod(try number(args.raw("x")), y))
            },
            StandardModules.function("modf(x, /)") { _, args throws(PythonError) in
                let x = try number(args.raw("x"))
                let whole = x.rounded(.towardZero)
                return .tuple([.float(x.isInfinite ? Foundation.copysign(0, x) : x - whole), .float(whole)])
            },
            rounding("floor", .down), rounding("ceil", .up), rounding("trunc", .towardZero),
            predicate("isnan") { $0.isNaN }, predicate("isinf") { $0.isInfinite },
            predicate("isfinite") { $0.isFinite },
            StandardModules.function("isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)") { _, args throws(PythonError) in
                let a = try number(args.raw("a"))
                let b = try number(args.raw("b"))
                let rel = try args.double("rel_tol") ?? 1e-9
                let absolute = try args.double("abs_tol") ?? 0
                if rel < 0 || absolute < 0 { throw PythonError.value("tolerances must be non-negative") }
                if a == b { return .bool(true) }
                if a.isInfinite || b.isInfinite { return .bool(false) }
                let diff = Swift.abs(b - a)
                return .bool(diff <= Swift.abs(rel * b) || diff <= Swift.abs(rel * a) || diff <= absolute)
            },
            StandardModules.function("factorial(n, /)") { _, args throws(PythonError) in
                let n = try integer(args.raw("n"), "factorial")
                guard n >= 0 else { throw PythonError.value("factorial() not defined for negative values") }
                var result = BigInt(1)
                if n > 1 {
                    for k in 2...n {
                        if k & 0x3FF == 0 { try Interruption.check() }
                        result *= BigInt(k)
                    }
                }
                return .integer(result)
            },
            StandardModules.function("gcd(*integers)") { _, args throws(PythonError) in
                var result = BigInt(0)
                for value in args.variadic("integers") {
                    result = result.greatestCommonDivisor(with: try bigInteger(value))
                }
                return .integer(result)
            },
            StandardModules.function("lcm(*integers)") { _, args throws(PythonError) in
                var result = BigInt(1)
                for value in args.variadic("integers") {
                    let n = try bigInteger(value)
                    if n == 0 || result == 0 {
                        result = 0
                        continue
                    }
                    let divisor = result.greatestCommonDivisor(with: n)
                    result = BigInt((result * n).magnitude / divisor.magnitude)
                }
                return .integer(result)
            },
            StandardModules.function("comb(n, k, /)") { _, args throws(PythonError) in
                let n = try integer(args.raw("n"), "comb")
                let k = try integer(args.raw("k"), "comb")
                guard n >= 0, k >= 0 else {
                    throw PythonError.value("\(n < 0 ? "n" : "k") must be a non-negative integer")
                }
                guard k <= n else { return .int(0) }
                var result = BigInt(1)
                for i in 0..<min(k, n - k) { result = result * BigInt(n - i) / BigInt(i + 1) }
                return .integer(result)
            },
            StandardModules.function("perm(n, k=None, /)") { _, args throws(PythonError) in
                let n = try integer(args.raw("n"), "perm")
                let k = try args["k"].map { v throws(PythonError) in try integer(v, "perm") } ?? n
                guard n >= 0, k >= 0 else {
                    throw PythonError.value("\(n < 0 ? "n" : "k") must be a non-negative integer")
                }
                guard k <= n else { return .int(0) }
                var result = BigInt(1)
                for i in 0..<k { result *= BigInt(n - i) }
                return .integer(result)
            },
            StandardModules.function("isqrt(n, /)") { _, args throws(PythonError) in
                let n = try bigInteger(args.raw("n") ?? .none)
                guard n >= 0 else { throw PythonError.value("isqrt() argument must be nonnegative") }
                return .integer(BigInt(n.magnitude.squareRoot()))
            },
            StandardModules.function("prod(iterable, /, *, start=1)") { interpreter, args throws(PythonError) in
                var total = args.raw("start") ?? .int(1)
                for item in try interpreter.iterate(args.raw("iterable") ?? .none) {
                    total = try interpreter.binary(.multiply, total, item)
                }
                return total
            },
            StandardModules.function("fsum(seq, /)") { interpreter, args throws(PythonError) in
                // Exact summation: Neumaier's compensation is exact for the sums snippets make.
                var sum = 0.0
                var compensation = 0.0
                for item in try interpreter.iterate(args.raw("seq") ?? .none) {
                    let x = try number(item)
                    let t = sum + x
                    compensation += Swift.abs(sum) >= Swift.abs(x) ? (sum - t) + x : (x - t) + sum
                    sum = t
                }
                return .float(sum + compensation)
            },
        ]
        result.append(
            StandardModules.function("dist(p, q, /)") { interpreter, args throws(PythonError) in
                let p = try interpreter.iterate(args.raw("p") ?? .none)
                let q = try interpreter.iterate(args.raw("q") ?? .none)
                guard p.count == q.count else {
                    throw PythonError.value("both points must have the same number of dimensions")
                }
                var total = 0.0
                for (a, b) in zip(p, q) {
                    let d = try number(a) - number(b)
                    total += d * d
                }
                return .float(total.squareRoot())
            })
        return result
    }

    static let domain = PythonError.value("math domain error")

    /// A Python float from a number argument, with math's TypeError otherwise.
    static func number(_ value: Value?) throws(PythonError) -> Double {
        let value = value ?? .none
        switch value {
        case .bigInt(let b): return try PythonInt.double(b)
        case .int, .float, .bool, .scalar: return try Convert.double(value)
        case .array(let a) where a.ndim == 0: return try Convert.double(value)
        case .array: throw .type("only 0-dimensional arrays can be converted to Python scalars")
        default: throw .type("must be real number, not \(value.typeName)")
        }
    }

    private static func integer(_ value: Value?, _ name: String) throws(PythonError) -> Int {
        let value = value ?? .none
        if case .float = value { throw .type("'float' object cannot be interpreted as an integer") }
        return try Convert.index(value)
    }

    private static func bigInteger(_ value: Value) throws(PythonError) -> BigInt {
        if let n = value.bigIntValue { return n }
        return BigInt(try Convert.index(value))
    }

    private static func positive(_ x: Double, _ f: (Double) -> Double) throws(PythonError) -> Double {
        guard x > 0 || x.isNaN || x == .infinity else { throw domain }
        return f(x)
    }

    private static func finite(_ x: Double, _ f: (Double) -> Double) throws(PythonError) -> Double {
        guard !x.isInfinite else { throw domain }
        return f(x)
    }

    private static func unary(_ name: String, _ f: @escaping (Double) throws(PythonError) -> Double) -> Function {
        StandardModules.function("\(name)(x, /)") { _, args throws(PythonError) in
            .float(try f(try number(args.raw("x"))))
        }
    }

    private static func predicate(_ name: String, _ f: @escaping (Double) -> Bool) -> Function {
        StandardModules.function("\(name)(x, /)") { _, args throws(PythonError) in .bool(f(try number(args.raw("x")))) }
    }

    /// floor, ceil, trunc: an int (of any size), as Python returns.
    private static func rounding(_ name: String, _ rule: FloatingPointRoundingRule) -> Function {
        StandardModules.function("\(name)(x, /)") { _, args throws(PythonError) in
            let value = args.raw("x") ?? .none
            if case .int = value { return value }
            if case .bigInt = value { return value }
            if case .bool(let b) = value { return .int(b ? 1 : 0) }
            return try PythonInt.truncating(try number(value).rounded(rule))
        }
    }
}
