/// Python's `repr` of strings and bytes, for messages that quote a file name,
/// a header or a magic string exactly as Python would.
public enum PythonText {
    /// `repr(str)`: single quotes unless the text holds one and no double quote.
    public static func repr(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var result = String(quote)
        for c in text {
            switch c {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case quote: result += "\\" + String(c)
            default:
                if let ascii = c.asciiValue, ascii < 0x20 || ascii == 0x7F {
                    result += "\\x" + hex(ascii)
                } else {
                    result.append(c)
                }
            }
        }
        result.append(quote)
        return result
    }

    /// `repr(bytes)`: `b'\x93NUMPY'`.
    public static func repr<Bytes: Sequence<UInt8>>(bytes: Bytes) -> String {
        let bytes = Array(bytes)
        let quote: UInt8 = bytes.contains(0x27) && !bytes.contains(0x22) ? 0x22 : 0x27
        var result = "b" + String(UnicodeScalar(quote))
        for byte in bytes {
            switch byte {
            case 0x5C: result += "\\\\"
            case 0x0A: result += "\\n"
            case 0x09: result += "\\t"
            case 0x0D: result += "\\r"
            case quote: result += "\\" + String(UnicodeScalar(byte))
            case 0x20..<0x7F: result.append(Character(UnicodeScalar(byte)))
            default: result += "\\x" + hex(byte)
            }
        }
        return result + String(UnicodeScalar(quote))
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }
}
