import ArrayEngine
import BigInt

/// Builtins that convert numbers and text: `chr`, `ord`, `hex`, `oct`, `bin`,
/// `divmod`, `pow`, `hash`, `format`.
extension Builtins {
    static func conversionFunctions() -> [Function] {
        [
            builtin("chr(i, /)", "The character with that code point.") { _, args throws(PythonError) in
                let value = args.raw("i") ?? .none
                guard let code = value.bigIntValue else {
                    throw .type("'\(value.typeName)' object cannot be interpreted as an integer")
                }
                guard let i = UInt32(exactly: code), i <= 0x10FFFF, let scalar = Unicode.Scalar(i) else {
                    throw .value("chr() arg not in range(0x110000)")
                }
                return .string(String(Character(scalar)))
            },
            builtin("ord(c, /)", "The code point of a one-character string.") { _, args throws(PythonError) in
                let value = args.raw("c") ?? .none
                guard case .string(let s) = value else {
                    throw .type("ord() expected string of length 1, but \(value.typeName) found")
                }
                guard s.unicodeScalars.count == 1, let scalar = s.unicodeScalars.first else {
                    throw .type("ord() expected a character, but string of length \(s.unicodeScalars.count) found")
                }
                return .int(Int(scalar.value))
            },
            radix("hex", 16, "0x"), radix("oct", 8, "0o"), radix("bin", 2, "0b"),
            builtin("divmod(x, y, /)", "(x // y, x % y).") { interpreter, args throws(PythonError) in
                let x = args.raw("x") ?? .none
                let y = args.raw("y") ?? .none
                do throws(PythonError) {
                    return .tuple([try interpreter.binary(.floorDivide, x, y), try interpreter.binary(.modulo, x, y)])
                } catch  where error.exception == "TypeError" && error.message.hasPrefix("unsupported operand") {
                    throw .type("unsupported operand type(s) for divmod(): '\(x.typeName)' and '\(y.typeName)'")
                }
            },
            builtin("pow(base, exp, mod=None)", "base ** exp, or (base ** exp) % mod computed directly.") {
                interpreter, args throws(PythonError) in
                let base = args.raw("base") ?? .none
                let exponent = args.raw("exp") ?? .none
                guard let mod = args["mod"] else { return try interpreter.binary(.power, base, exponent) }
                guard let b = base.bigIntValue, let e = exponent.bigIntValue, let m = mod.bigIntValue else {
                    throw .type("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if m == 0 { throw .value("pow() 3rd argument cannot be 0") }
                if e < 0 { throw .notImplemented("pow() with a negative exponent and a modulus is not supported") }
                var result = b.power(e, modulus: m)
                if result != 0, (result < 0) != (m < 0) { result += m }
                return .integer(result)
            },
            builtin("hash(obj, /)", "The object's hash (equal values hash equal).") { _, args throws(PythonError) in
                let value = args.raw("obj") ?? .none
                switch try HashKey(value) {
                case .int(let i): return .int(i == -1 ? -2 : i)
                default:
                    var hasher = Hasher()
                    hasher.combine(try HashKey(value))
                    return .int(hasher.finalize())
                }
            },
            builtin("format(value, format_spec='', /)", "value formatted by the format mini-language.") {
                _, args throws(PythonError) in
                let spec = args.raw("format_spec") ?? .string("")
                guard case .string(let text) = spec else {
                    throw .type("format() argument 2 must be str, not \(spec.typeName)")
                }
                return .string(try Formatting.format(args.raw("value") ?? .none, text))
            },
            builtin("ascii(obj, /)", "repr() with non-ASCII characters escaped.") { _, args throws(PythonError) in
                let text = try Repr.repr(args.raw("obj") ?? .none)
                var result = ""
                for scalar in text.unicodeScalars {
                    if scalar.isASCII {
                        result.unicodeScalars.append(scalar)
                        continue
                    }
                    let hex = String(scalar.value, radix: 16)
                    result +=
                        scalar.value <= 0xFF
                        ? "\\x" + hex.leftPadded(to: 2)
                        : (scalar.value <= 0xFFFF ? "\\u" + hex.leftPadded(to: 4) : "\\U" + hex.leftPadded(to: 8))
                }
                return .string(result)
            },
        ]
    }

    private static func radix(_ name: String, _ radix: Int, _ prefix: String) -> Function {
        builtin("\(name)(number, /)", "The integer in base \(radix), with its \(prefix) prefix.") {
            _, args throws(PythonError) in
            let value = args.raw("number") ?? .none
            let n: BigInt
            switch value {
            case .scalar(let s) where s.dtype.isInteger: n = Convert.python(s.scalar).bigIntValue ?? 0
            default:
                guard let number = value.bigIntValue else {
                    throw .type("'\(value.typeName)' object cannot be interpreted as an integer")
                }
                n = number
            }
            return .string((n < 0 ? "-" : "") + prefix + String(n.magnitude, radix: radix))
        }
    }
}
