/// Source lines arrive as bytes; one that is not UTF-8 is Python's SyntaxError, with
/// the words of CPython's UTF-8 decoder for its first bad sequence.
enum UTF8Decoding {
    /// `'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`, or nil
    /// when `bytes` is valid UTF-8.
    static func error<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> String? where Bytes.Index == Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            // The sequence's length and the range its second byte must fall in (RFC 3629).
            let length: Int
            let second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xE1...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            default: return message(bytes, i, i, "invalid start byte")
            }
            // The bytes that still form a valid prefix; the first one that does not is the error.
            var end = i + 1
            while end < i + length {
                guard end < bytes.endIndex else { return message(bytes, i, end - 1, "unexpected end of data") }
                let allowed = end == i + 1 ? second : 0x80...0xBF
                guard allowed.contains(bytes[end]) else {
                    return message(bytes, i, end - 1, "invalid continuation byte")
                }
                end += 1
            }
            i = end
        }
        return nil
    }

    private static func message<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, _ first: Int, _ last: Int, _ reason: String
    ) -> String where Bytes.Index == Int {
        let start = first - bytes.startIndex
        let end = last - bytes.startIndex
        if start == end {
            let hex = String(bytes[first], radix: 16).leftPadded(to: 2)
            return "'utf-8' codec can't decode byte 0x\(hex) in position \(start): \(reason)"
        }
        return "'utf-8' codec can't decode bytes in position \(start)-\(end): \(reason)"
    }
}
