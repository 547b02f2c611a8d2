import ArrayEngine
import BigInt

/// `'%d items' % n`: printf-style formatting of a str, as Python's `str.__mod__`.
enum PercentFormat {
    static func format(_ template: String, _ arguments: Value) throws(PythonError) -> String {
        let chars = Array(template)
        var values: [Value]
        var mapping: DictObject?
        switch arguments {
        case .tuple(let items): values = items
        case .dict(let d):
            mapping = d
            values = [arguments]
        default: values = [arguments]
        }
        var next = 0
        var usedMapping = false
        func take() throws(PythonError) -> Value {
            guard next < values.count else { throw .type("not enough arguments for format string") }
            next += 1
            return values[next - 1]
        }
        var result = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "%" else {
                result.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < chars.count else { throw .value("incomplete format") }
            var key: String?
            if chars[i] == "(" {
                guard mapping != nil else { throw .type("format requires a mapping") }
                var depth = 1
                var j = i + 1
                while j < chars.count, depth > 0 {
                    if chars[j] == "(" { depth += 1 } else if chars[j] == ")" { depth -= 1 }
                    j += 1
                }
                guard depth == 0 else { throw .value("incomplete format key") }
                key = String(chars[(i + 1)..<(j - 1)])
                i = j
                usedMapping = true
            }
            var flags = ""
            while i < chars.count, "-+ #0".contains(chars[i]) {
                flags.append(chars[i])
                i += 1
            }
            var width: Int?
            if i < chars.count, chars[i] == "*" {
                width = try Convert.index(try take())
                i += 1
            } else {
                var digits = ""
                while i < chars.count, chars[i].isNumber {
                    digits.append(chars[i])
                    i += 1
                }
                width = Int(digits)
            }
            var precision: Int?
            if i < chars.count, chars[i] == "." {
                i += 1
                if i < chars.count, chars[i] == "*" {
                    precision = try Convert.index(try take())
                    i += 1
                } else {
                    var digits = ""
                    while i < chars.count, chars[i].isNumber {
                        digits.append(chars[i])
                        i += 1
                    }
                    precision = Int(digits) ?? 0
                }
            }
            while i < chars.count, "hlL".contains(chars[i]) { i += 1 }
            guard i < chars.count else { throw .value("incomplete format") }
            let conversion = chars[i]
            i += 1
            if conversion == "%" {
                result.append("%")
                continue
            }
            let value: Value
            if let key, let mapping {
                guard let found = try mapping.get(.string(key)) else { throw PythonError("KeyError", Repr.quoted(key)) }
                value = found
            } else {
                value = try take()
            }
            var spec = ""
            if flags.contains("-") {
                spec += "<"
            } else if flags.contains("0") && "diouxXeEfFgG".contains(conversion) {
                spec += "0"
            }
            if flags.contains("+") {
                spec = (spec == "<" ? "<+" : "+" + spec)
            } else if flags.contains(" ") {
                spec = (spec == "<" ? "< " : " " + spec)
            }
            if spec.hasPrefix("0") && spec.count == 1 { spec = "0" }
            var text: String
            switch conversion {
            case "s": text = try Repr.str(value)
            case "r", "a": text = try Repr.repr(value)
            case "d", "i", "u":
                text = try Formatting.integer(try integerArgument(value, conversion), signFlag(flags))
                if let precision, precision > 0 { text = zeroExtend(text, to: precision) }
            case "x", "X", "o":
                let n = try integerArgument(value, conversion)
                text = try Formatting.integer(
                    n, signFlag(flags) + (flags.contains("#") ? "#" : "") + String(conversion))
            case "e", "E", "f", "F", "g", "G":
                text = try Formatting.float(
                    try floatArgument(value, conversion),
                    signFlag(flags) + (flags.contains("#") ? "#" : "") + ".\(precision ?? 6)\(conversion)")
            case "c":
                if case .string(let s) = value, s.count == 1 {
                    text = s
                } else {
                    text = try Formatting.integer(try integerArgument(value, "c"), "c")
                }
            default:
                let code = String(conversion.unicodeScalars.first?.value ?? 0, radix: 16)
                throw .value("unsupported format character '\(conversion)' (0x\(code)) at index \(i - 1)")
            }
            if conversion == "s" || conversion == "r", let precision { text = String(text.prefix(precision)) }
            if let width { try MemoryLimit.check(count: width, stride: 4) }
            if let width, text.count < width {
                let padding = width - text.count
                if flags.contains("-") {
                    text += String(repeating: " ", count: padding)
                } else if flags.contains("0"), "diouxXeEfFgG".contains(conversion),
                    !(text.hasSuffix("inf") || text.hasSuffix("nan"))
                {
                    let signLength = text.first.map { "+- ".contains($0) ? 1 : 0 } ?? 0
                    let prefixLength = flags.contains("#") && "xXo".contains(conversion) ? 2 : 0
                    let head = text.prefix(signLength + prefixLength)
                    text = head + String(repeating: "0", count: padding) + text.dropFirst(signLength + prefixLength)
                } else {
                    text = String(repeating: " ", count: padding) + text
                }
            }
            result += text
        }
        if mapping == nil || !usedMapping, next < values.count {
            if mapping != nil && next == 0 { return result }
            throw .type("not all arguments converted during string formatting")
        }
        return result
    }

    private static func signFlag(_ flags: String) -> String {
        flags.contains("+") ? "+" : (flags.contains(" ") ? " " : "")
    }

    private static func zeroExtend(_ text: String, to digits: Int) -> String {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        guard body.count < digits else { return text }
        return (negative ? "-" : "") + String(repeating: "0", count: digits - body.count) + body
    }

    private static func integerArgument(_ value: Value, _ conversion: Character) throws(PythonError) -> BigInt {
        switch value {
        case .int, .bigInt, .bool: return value.bigIntValue ?? 0
        case .float(let d) where "diu".contains(conversion):
            guard case let truncated = try PythonInt.truncating(d), let n = truncated.bigIntValue else { return 0 }
            return n
        case .scalar(let s):
            return try integerArgument(Convert.python(s.scalar), conversion)
        case .array(let a) where a.ndim == 0:
            return try integerArgument(.scalar(try a.item()), conversion)
        default:
            if "diu".contains(conversion) {
                throw .type("%\(conversion) format: a real number is required, not \(value.typeName)")
            }
            if conversion == "c" { throw .type("%c requires int or char") }
            throw .type("%\(conversion) format: an integer is required, not \(value.typeName)")
        }
    }

    private static func floatArgument(_ value: Value, _ conversion: Character) throws(PythonError) -> Double {
        switch value {
        case .bigInt(let b): return try PythonInt.double(b)
        case .int, .float, .bool, .scalar: return try Convert.double(value)
        case .array(let a) where a.size == 1: return try Convert.double(value)
        default: throw .type("must be real number, not \(value.typeName)")
        }
    }
}
