import ArrayEngine
import BigInt
import Foundation

/// Python's format specification mini-language:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, as
/// `format()`, f-strings and `str.format` read it.
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var coerceNegativeZero = false
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    /// Parses a spec; `typeName` names the formatted value's type in the error for a bad one.
    init(_ text: String, for typeName: String) throws(PythonError) {
        let chars = Array(text)
        var i = 0
        if chars.count >= 2, "<>=^".contains(chars[1]) {
            fill = chars[0]
            align = chars[1]
            i = 2
        } else if let first = chars.first, "<>=^".contains(first) {
            align = first
            i = 1
        }
        if i < chars.count, "+- ".contains(chars[i]) {
            sign = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "z" {
            coerceNegativeZero = true
            i += 1
        }
        if i < chars.count, chars[i] == "#" {
            alternate = true
            i += 1
        }
        if i < chars.count, chars[i] == "0" {
            zeroPad = true
            i += 1
        }
        var digits = ""
        while i < chars.count, chars[i].isASCII, chars[i].isNumber {
            digits.append(chars[i])
            i += 1
        }
        if !digits.isEmpty {
            guard let value = Int(digits) else { throw .value("Too many decimal digits in format string") }
            // A field too wide to hold is Python's MemoryError, not an allocation that fails.
            try MemoryLimit.check(count: value, stride: 4)
            width = value
        }
        if i < chars.count, chars[i] == "," || chars[i] == "_" {
            grouping = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "," || chars[i] == "_" { throw .value("Cannot specify both ',' and '_'.") }
        if i < chars.count, chars[i] == "." {
            i += 1
            var precisionDigits = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber {
                precisionDigits.append(chars[i])
                i += 1
            }
            guard !precisionDigits.isEmpty else { throw .value("Format specifier missing precision") }
            guard let value = Int(precisionDigits) else { throw .value("Too many decimal digits in format string") }
            precision = value
        }
        if i < chars.count {
            type = chars[i]
            i += 1
        }
        if i < chars.count { throw .value("Invalid format specifier '\(text)' for object of type '\(typeName)'") }
    }

    // MARK: - Applying a spec

    /// A string laid out in the field: `fill`, `align` (left by default) and `width`.
    func pad(_ text: String, defaultAlign: Character, signed: Bool = false) -> String {
        let count = text.count
        guard width > count else { return text }
        let padding = width - count
        var alignment = align ?? (zeroPad ? "=" : defaultAlign)
        var fillCharacter = fill
        if align == nil, zeroPad { fillCharacter = "0" }
        if alignment == "=" && !signed { alignment = ">" }
        switch alignment {
        case "<": return text + String(repeating: fillCharacter, count: padding)
        case "^":
            let left = padding / 2
            return String(repeating: fillCharacter, count: left) + text
                + String(repeating: fillCharacter, count: padding - left)
        case "=":
            // After the sign and any 0x prefix.
            var prefixLength = 0
            if let first = text.first, "+- ".contains(first) { prefixLength = 1 }
            let rest = text.dropFirst(prefixLength)
            if rest.count >= 2, rest.first == "0", let marker = rest.dropFirst().first, "xXobB".contains(marker) {
                prefixLength += 2
            }
            return String(text.prefix(prefixLength)) + String(repeating: fillCharacter, count: padding)
                + String(text.dropFirst(prefixLength))
        default: return String(repeating: fillCharacter, count: padding) + text
        }
    }

    /// Digits grouped by threes (fours for `b o x X`) with `,` or `_`.
    static func group(_ digits: String, with separator: Character, every size: Int = 3) -> String {
        var result = ""
        for (i, digit) in digits.reversed().enumerated() {
            if i > 0 && i % size == 0 { result.append(separator) }
            result.append(digit)
        }
        return String(result.reversed())
    }

    func signPrefix(negative: Bool) -> String {
        if negative { return "-" }
        return sign == "+" ? "+" : (sign == " " ? " " : "")
    }
}

/// `format(value, spec)`: what `__format__` of each value makes of a spec.
enum Formatting {
    static func format(_ value: Value, _ specText: String) throws(PythonError) -> String {
        switch value {
        case .bool(let b) where specText.isEmpty: return b ? "True" : "False"
        case .int, .bigInt, .bool:
            return try integer(value.bigIntValue ?? 0, specText, typeName: value.typeName)
        case .float(let d): return try float(d, specText)
        case .string(let s): return try string(s, specText)
        case .scalar(let s):
            // NumPy scalars format as the Python int or float they hold (float32 widened).
            return try format(Convert.python(s.scalar), specText)
        case .instance(let i):
            if let interpreter = i.cls.interpreter, let method = try interpreter.special(value, "__format__") {
                let result = try interpreter.call(method, Arguments([.string(specText)]))
                guard case .string(let text) = result else {
                    throw .type("__format__ must return a str, not \(result.typeName)")
                }
                return text
            }
            fallthrough
        default:
            guard specText.isEmpty else {
                let typeName = if case .array = value { "numpy.ndarray" } else { value.typeName }
                throw .type("unsupported format string passed to \(typeName).__format__")
            }
            return try Repr.str(value)
        }
    }

    private static func parse(_ specText: String, _ typeName: String) throws(PythonError) -> FormatSpec {
        try FormatSpec(specText, for: typeName)
    }

    static func string(_ s: String, _ specText: String) throws(PythonError) -> String {
        if specText.isEmpty { return s }
        let spec = try parse(specText, "str")
        if let type = spec.type, type != "s" { throw .value("Unknown format code '\(type)' for object of type 'str'") }
        if spec.sign != "-" { throw .value("Sign not allowed in string format specifier") }
        if spec.alternate { throw .value("Alternate form (#) not allowed in string format specifier") }
        if spec.align == "=" { throw .value("'=' alignment not allowed in string format specifier") }
        if let grouping = spec.grouping { throw .value("Cannot specify '\(grouping)' with 's'.") }
        let text = spec.precision.map { String(s.prefix($0)) } ?? s
        return spec.pad(text, defaultAlign: "<")
    }

    static func integer(_ n: BigInt, _ specText: String, typeName: String = "int") throws(PythonError) -> String {
        if specText.isEmpty { return String(n) }
        let spec = try parse(specText, typeName)
        let type = spec.type ?? "d"
        if spec.coerceNegativeZero, "dnxXobc".contains(type) {
            throw .value("Negative zero coercion (z) not allowed in integer format specifier")
        }
        switch type {
        case "e", "E", "f", "F", "g", "G", "%":
            return try float(Double(n), specText)
        case "n" where spec.precision != nil, "d" where spec.precision != nil, "x" where spec.precision != nil,
            "X" where spec.precision != nil, "o" where spec.precision != nil, "b" where spec.precision != nil:
            throw .value("Precision not allowed in integer format specifier")
        case "c":
            if spec.sign != "-" { throw .value("Sign not allowed with integer format specifier 'c'") }
            guard let i = Int(exactly: n), let scalar = Unicode.Scalar(UInt32(clamping: max(0, i))), i >= 0,
                i <= 0x10FFFF
            else {
                throw .overflow("%c arg not in range(0x110000)")
            }
            return spec.pad(String(Character(scalar)), defaultAlign: ">")
        case "d", "n", "x", "X", "o", "b":
            let radix = type == "x" || type == "X" ? 16 : (type == "o" ? 8 : (type == "b" ? 2 : 10))
            var digits = String(n.magnitude, radix: radix, uppercase: type == "X")
            if let grouping = spec.grouping {
                if grouping == "," && radix != 10 { throw .value("Cannot specify ',' with '\(type)'.") }
                digits = FormatSpec.group(digits, with: grouping, every: radix == 10 ? 3 : 4)
            }
            let prefix = spec.alternate && radix != 10 ? "0" + String(type == "X" ? "X" : type) : ""
            let text = spec.signPrefix(negative: n.signum() < 0) + prefix + digits
            if spec.zeroPad, spec.align == nil, let grouping = spec.grouping, text.count < spec.width {
                // Zero padding is grouped too: format(1234, '010,') is '00,001,234'.
                let needed = spec.width - (spec.signPrefix(negative: n.signum() < 0) + prefix).count
                var raw = String(n.magnitude, radix: radix, uppercase: type == "X")
                var grouped = FormatSpec.group(raw, with: grouping, every: radix == 10 ? 3 : 4)
                while grouped.count < needed {
                    raw = "0" + raw
                    grouped = FormatSpec.group(raw, with: grouping, every: radix == 10 ? 3 : 4)
                }
                return spec.signPrefix(negative: n.signum() < 0) + prefix + grouped
            }
            return spec.pad(text, defaultAlign: ">", signed: true)
        default:
            throw .value("Unknown format code '\(type)' for object of type '\(typeName)'")
        }
    }

    static func float(_ d: Double, _ specText: String) throws(PythonError) -> String {
        if specText.isEmpty { return FloatFormatting.scalarText(d) }
        let spec = try parse(specText, "float")
        var value = d
        var type = spec.type
        if let t = type, !"eEfFgGn%".contains(t) {
            throw .value("Unknown format code '\(t)' for object of type 'float'")
        }
        if type == "n" { type = "g" }
        if type == "%" { value *= 100 }
        var negative = value.sign == .minus && !value.isNaN
        var body: String
        let magnitude = Swift.abs(value)
        if !magnitude.isFinite {
            body = magnitude.isNaN ? "nan" : "inf"
            if type == "E" || type == "F" || type == "G" { body = body.uppercased() }
            if type == "%" { body += "%" }
        } else {
            switch type {
            case nil:
                if let precision = spec.precision {
                    body = cFormat(magnitude, "g", max(precision, 1), alternate: spec.alternate)
                    if !body.contains(".") && !body.contains("e") && !body.contains("inf") { body += ".0" }
                    body = body.replacingOccurrences(of: ".0e", with: "e")
                } else {
                    body = FloatFormatting.scalarText(magnitude)
                }
            case "%":
                body = cFormat(magnitude, "f", spec.precision ?? 6, alternate: spec.alternate) + "%"
            default:
                let code = String(type ?? "g")
                body = cFormat(magnitude, code, spec.precision ?? 6, alternate: spec.alternate)
            }
            if spec.coerceNegativeZero, negative,
                Double(
                    body.filter { $0.isNumber || $0 == "." || $0 == "e" || $0 == "-" }.replacingOccurrences(
                        of: "%", with: "")) == 0
            {
                negative = false
            }
            if let grouping = spec.grouping {
                let integerEnd = body.firstIndex { !$0.isNumber } ?? body.endIndex
                body = FormatSpec.group(String(body[..<integerEnd]), with: grouping) + body[integerEnd...]
            }
        }
        let text = spec.signPrefix(negative: negative) + body
        if spec.zeroPad, spec.align == nil, let grouping = spec.grouping, magnitude.isFinite, text.count < spec.width {
            var padded = text
            while padded.count < spec.width {
                let sign = spec.signPrefix(negative: negative)
                let digits = padded.dropFirst(sign.count)
                let integerEnd = digits.firstIndex { !$0.isNumber && $0 != grouping } ?? digits.endIndex
                let raw = "0" + digits[..<integerEnd].filter { $0 != grouping }
                padded = sign + FormatSpec.group(raw, with: grouping) + digits[integerEnd...]
            }
            return padded
        }
        return spec.pad(text, defaultAlign: ">", signed: true)
    }

    /// C's printf for one float conversion: glibc rounds exactly, as Python does.
    static func cFormat(_ d: Double, _ code: String, _ precision: Int, alternate: Bool) -> String {
        String(format: "%\(alternate ? "#" : "").*\(code)", precision, d)
    }
}
