import ArrayEngine
import BigInt

/// Integers written out in a base: `binary_repr` (two's complement for a negative
/// number given a width) and `base_repr`. Python ints of any size are taken.
extension NumPyModule {
    static func integerTextFunctions() -> [Function] {
        [
            function(
                "binary_repr(num, width=None)",
                doc: "num in binary, as a string; a negative num with a width in two's complement."
            ) { _, args throws(PythonError) in
                let num = try integer(args.raw("num") ?? .none, truncating: false)
                let width = try args.int("width")
                if num == 0 { return .string(String(repeating: "0", count: max(width ?? 1, 1))) }
                var binary: String
                if num > 0 || width == nil {
                    binary = String(num.magnitude, radix: 2)
                    guard let width else { return .string(num < 0 ? "-" + binary : binary) }
                    try sufficient(width, binary.count)
                    return .string(String(repeating: "0", count: max(width - binary.count, 0)) + binary)
                }
                // NumPy's two's complement: one bit above the magnitude's, one fewer at a power of two.
                var positiveWidth = String(num.magnitude, radix: 2).count
                if BigInt(1) << (positiveWidth - 1) == -num { positiveWidth -= 1 }
                binary = String((BigInt(1) << (positiveWidth + 1)) + num, radix: 2)
                guard let width else { return .string(binary) }
                try sufficient(width, binary.count)
                return .string(String(repeating: "1", count: max(width - binary.count, 0)) + binary)
            },
            function(
                "base_repr(number, base=2, padding=0)",
                doc: "number in base (2 to 36, digits then capital letters), padded with zeros on the left."
            ) { _, args throws(PythonError) in
                let number = try integer(args.raw("number") ?? .none, truncating: true)
                let base = try args.int("base") ?? 2
                guard base <= 36 else { throw .value("Bases greater than 36 not handled in base_repr.") }
                guard base >= 2 else { throw .value("Bases less than 2 not handled in base_repr.") }
                let padding = try args.int("padding") ?? 0
                let digits = number == 0 && padding > 0 ? "" : String(number.magnitude, radix: base, uppercase: true)
                return .string((number < 0 ? "-" : "") + String(repeating: "0", count: max(padding, 0)) + digits)
            },
        ]
    }

    /// An integer argument: an index for `binary_repr` (as `operator.index`), any real
    /// number truncated for `base_repr` (as `int`).
    private static func integer(_ value: Value, truncating: Bool) throws(PythonError) -> BigInt {
        if let exact = value.bigIntValue { return exact }
        if case .scalar(let s) = value {
            switch s.value {
            case .int(let i): return BigInt(i)
            case .uint(let u): return BigInt(u)
            case .bool(let b): return b ? 1 : 0
            case .float, .complex: break
            }
        }
        guard truncating else { return BigInt(try Convert.index(value)) }
        let real = try Convert.double(value)
        guard real.isFinite else {
            throw .overflow("cannot convert float \(real.isNaN ? "NaN" : "infinity") to integer")
        }
        return BigInt(real.rounded(.towardZero))
    }

    private static func sufficient(_ width: Int, _ binaryWidth: Int) throws(PythonError) {
        guard width >= binaryWidth else {
            throw .value("Insufficient bit width=\(width) provided for binwidth=\(binaryWidth)")
        }
    }
}
