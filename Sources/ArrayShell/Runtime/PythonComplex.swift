import ArrayEngine
import Foundation

/// Python's `complex`: the literal `2j`, `complex(re, im)`, and CPython's arithmetic on it.
enum PythonComplex {
    typealias Parts = (real: Double, imaginary: Double)

    /// The parts of a Python number (ints, floats, bools and complex numbers), or nil.
    static func parts(_ value: Value) -> Parts? {
        switch value {
        case .complex(let re, let im): (re, im)
        case .float(let d): (d, 0)
        case .int(let i): (Double(i), 0)
        case .bool(let b): (b ? 1 : 0, 0)
        default: nil
        }
    }

    /// `a op b` when either is a complex number.
    static func binary(_ op: BinaryOperator, _ a: Parts, _ b: Parts, _ left: Value, _ right: Value) throws(PythonError)
        -> Value
    {
        switch op {
        case .add: return .complex(a.real + b.real, a.imaginary + b.imaginary)
        case .subtract: return .complex(a.real - b.real, a.imaginary - b.imaginary)
        case .multiply: return pack(product(a, b))
        case .divide: return pack(try quotient(a, b))
        case .power: return pack(try power(a, b))
        default:
            throw .type("unsupported operand type(s) for \(op.rawValue): '\(left.typeName)' and '\(right.typeName)'")
        }
    }

    private static func pack(_ z: Parts) -> Value { .complex(z.real, z.imaginary) }

    private static func product(_ a: Parts, _ b: Parts) -> Parts {
        (a.real * b.real - a.imaginary * b.imaginary, a.real * b.imaginary + a.imaginary * b.real)
    }

    /// CPython's `_Py_c_quot`: Smith's method, dividing by the denominator.
    private static func quotient(_ a: Parts, _ b: Parts) throws(PythonError) -> Parts {
        let absReal = abs(b.real)
        let absImaginary = abs(b.imaginary)
        if absReal >= absImaginary {
            if absReal == 0 { throw .zeroDivision("complex division by zero") }
            let ratio = b.imaginary / b.real
            let denominator = b.real + b.imaginary * ratio
            return ((a.real + a.imaginary * ratio) / denominator, (a.imaginary - a.real * ratio) / denominator)
        }
        if absImaginary >= absReal {
            let ratio = b.real / b.imaginary
            let denominator = b.real * ratio + b.imaginary
            return ((a.real * ratio + a.imaginary) / denominator, (a.imaginary * ratio - a.real) / denominator)
        }
        return (.nan, .nan)
    }

    /// CPython's `complex_pow`: integral exponents up to 100 by repeated squaring, others in polar form.
    private static func power(_ a: Parts, _ b: Parts) throws(PythonError) -> Parts {
        let result: Parts
        if b.imaginary == 0, b.real == b.real.rounded(.down), abs(b.real) <= 100 {
            let n = Int(b.real)
            var r: Parts = (1, 0)
            var p = a
            var mask = 1
            while mask > 0, abs(n) >= mask {
                if abs(n) & mask != 0 { r = product(r, p) }
                mask <<= 1
                p = product(p, p)
            }
            result = n > 0 ? r : try quotient((1, 0), r)
        } else if b.real == 0, b.imaginary == 0 {
            result = (1, 0)
        } else if a.real == 0, a.imaginary == 0 {
            if b.imaginary != 0 || b.real < 0 { throw .zeroDivision("0.0 to a negative or complex power") }
            result = (0, 0)
        } else {
            let magnitude = hypot(a.real, a.imaginary)
            var length = pow(magnitude, b.real)
            let angle = atan2(a.imaginary, a.real)
            var phase = angle * b.real
            if b.imaginary != 0 {
                length /= exp(angle * b.imaginary)
                phase += b.imaginary * log(magnitude)
            }
            result = (length * cos(phase), length * sin(phase))
        }
        if result.real.isInfinite || result.imaginary.isInfinite, a.real.isFinite, a.imaginary.isFinite {
            throw .overflow("complex exponentiation")
        }
        return result
    }

    /// `complex(real=0, imag=0)`, and `complex('1+2j')`.
    static func construct(_ args: BoundArguments) throws(PythonError) -> Value {
        let real = args.raw("real")
        let imaginary = args.raw("imag")
        if case .string(let text) = real {
            guard imaginary == nil else { throw .type("complex() can't take second arg if first is a string") }
            guard let parsed = parse(text) else { throw .value("complex() arg is a malformed string") }
            return pack(parsed)
        }
        let zero: Parts = (0, 0)
        let a = try real.map { v throws(PythonError) in try number(v, "first") } ?? zero
        let b = try imaginary.map { v throws(PythonError) in try number(v, "second") } ?? zero
        // complex(a, b) is a + b*1j, with real arguments taken as they are (so -0.0 stays).
        let aIsComplex = real.map(isComplex) ?? false
        let bIsComplex = imaginary.map(isComplex) ?? false
        return .complex(bIsComplex ? a.real - b.imaginary : a.real, aIsComplex ? a.imaginary + b.real : b.real)
    }

    private static func isComplex(_ value: Value) -> Bool {
        switch value {
        case .complex: true
        case .scalar(let s): s.dtype.isComplex
        case .array(let a): a.dtype.isComplex
        default: false
        }
    }

    private static func number(_ value: Value, _ position: String) throws(PythonError) -> Parts {
        if let parts = parts(value) { return parts }
        switch value {
        case .scalar(let s): return (s.doubleValue, s.imaginaryValue)
        case .array(let a) where a.ndim == 0:
            let s = try a.item()
            return (s.doubleValue, s.imaginaryValue)
        case .string:
            throw .type("complex() second arg can't be a string")
        default:
            throw .type("complex() \(position) argument must be a string or a number, not '\(value.typeName)'")
        }
    }

    /// Python's complex literals in strings: `1+2j`, `(3-4j)`, `2j`, `5`.
    private static func parse(_ text: String) -> Parts? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.hasPrefix("("), body.hasSuffix(")") { body = body.dropFirst().dropLast() }
        guard let last = body.last else { return nil }
        guard last == "j" || last == "J" else { return Double(body).map { ($0, 0) } }
        body = body.dropLast()
        // The sign that splits the parts is the last one not right after an 'e'.
        var split: Substring.Index?
        var i = body.index(before: body.endIndex)
        while i > body.startIndex {
            if "+-".contains(body[i]), !"eE".contains(body[body.index(before: i)]) {
                split = i
                break
            }
            i = body.index(before: i)
        }
        func imaginaryPart(_ s: Substring) -> Double? { s.isEmpty || s == "+" ? 1 : s == "-" ? -1 : Double(s) }
        guard let split else { return imaginaryPart(body).map { (0, $0) } }
        guard let re = Double(body[..<split]), let im = imaginaryPart(body[split...]) else { return nil }
        return (re, im)
    }
}
