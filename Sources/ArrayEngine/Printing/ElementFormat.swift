/// How each element of one array is turned into text, chosen from the values
/// that will actually be shown (NumPy's first pass: measure, then lay out).
struct ElementFormat {
    let format: (Scalar) -> String

    init(dtype: DType, values: [Scalar], isZeroDimensional: Bool, options: PrintOptions = PrintOptions()) {
        switch dtype.kind {
        case .boolean:
            // NumPy pads True to the width of False, except in a 0-d array.
            let trueText = isZeroDimensional ? "True" : " True"
            format = { $0.boolValue ? trueText : "False" }
        case .signed, .unsigned:
            let width = values.map { Self.integerText($0).count }.max() ?? 0
            format = { Self.pad(Self.integerText($0), to: width) }
        case .floating:
            let layout = FloatLayout(values.map(\.doubleValue), type: dtype.scalarType, options: options)
            format = { layout.text(for: $0.doubleValue) }
        case .void, .unicode, .bytes, .object, .variableString:
            // Records are laid out field by field (`ArrayFormatter.recordFormat`), strings
            // as their `repr` (`ArrayFormatter.stringText`), objects as their values'
            // (`ArrayObject`), never from these values.
            format = { ScalarFormatter.str($0) }
        case .datetime, .timedelta:
            // NumPy's DatetimeFormat and TimedeltaFormat: dates quoted, durations as integers,
            // NaT quoted in both, every one right-aligned to the widest.
            let text = { (value: Scalar) -> String in
                let count = value.exactInteger ?? TimeUnit.notATime
                if dtype.kind == .datetime { return "'" + DateTimeText.format(count, dtype.timeUnit) + "'" }
                return count == TimeUnit.notATime ? "'NaT'" : String(count)
            }
            let width = values.map { text($0).count }.max() ?? 0
            format = { Self.pad(text($0), to: width) }
        case .complex:
            // NumPy's ComplexFloatingFormat: each part laid out on its own, the
            // imaginary one always signed, and 'j' before its trailing padding.
            let part = dtype.realComponent.scalarType
            let real = FloatLayout(values.map(\.doubleValue), type: part, options: options)
            let imaginary = FloatLayout(values.map(\.imaginaryValue), type: part, sign: true, options: options)
            format = { value in
                let text = imaginary.text(for: value.imaginaryValue)
                let trimmed = text.reversed().drop(while: { $0 == " " }).reversed()
                return real.text(for: value.doubleValue) + String(trimmed) + "j"
                    + String(repeating: " ", count: text.count - trimmed.count)
            }
        }
    }

    static func integerText(_ value: Scalar) -> String {
        switch value.value {
        case .int(let i): String(i)
        case .uint(let u): String(u)
        case .bool(let b): b ? "1" : "0"
        case .float(let d), .complex(let d, _): String(d)
        }
    }

    static func pad(_ text: String, to width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}

/// NumPy's `FloatingFormat` (`floatmode='maxprec'`, no sign unless asked) with the
/// precision and suppression of the print options: positional or scientific for the
/// whole array, with the padding that lines up the decimal points.
struct FloatLayout {
    private var scientific = false
    private var padLeft = 0
    private var padRight = 0
    private var precision = 8
    private var minDigits: Int? = 0
    private var trim = FloatTrim.trimZeros
    private var expDigits: Int?
    private let type: ScalarType
    private let sign: Bool
    private let nanText: String
    private let infText: String

    init(_ values: [Double], type: ScalarType, sign: Bool = false, options: PrintOptions = PrintOptions()) {
        self.type = type
        self.sign = sign
        nanText = options.nanText
        infText = options.infText
        precision = options.precision
        let finite = values.filter(\.isFinite)
        let magnitudes = finite.filter { $0 != 0 }.map(abs)
        if let maxValue = magnitudes.max(), let minValue = magnitudes.min() {
            scientific =
                maxValue >= FloatLayout.scientificAbove(type)
                || (!options.suppress && (minValue < 0.0001 || maxValue / minValue > 1000))
        }
        if finite.isEmpty {
            minDigits = nil
        } else if scientific {
            let texts = finite.map {
                FloatText.scientific($0, type, precision: options.precision, trim: .trimZeros, sign: sign)
            }
            var fractionWidth = 0
            var exponentWidth = 0
            var integerWidth = 0
            for text in texts {
                let (mantissa, exponent) = text.splitOnce("e")
                let (whole, fraction) = mantissa.splitOnce(".")
                fractionWidth = max(fractionWidth, fraction.count)
                exponentWidth = max(exponentWidth, exponent.count)
                integerWidth = max(integerWidth, whole.count)
            }
            expDigits = exponentWidth - 1
            trim = .keep
            precision = fractionWidth
            minDigits = fractionWidth
            padLeft = integerWidth
            padRight = exponentWidth + 1 + fractionWidth
        } else {
            for value in finite {
                let text = FloatText.positional(value, type, precision: options.precision, trim: .trimZeros, sign: sign)
                let (whole, fraction) = text.splitOnce(".")
                padLeft = max(padLeft, whole.count)
                padRight = max(padRight, fraction.count)
            }
        }
        if finite.count != values.count {
            // With every sign shown, '+inf' is as wide as '-inf'.
            let negativeInfinity = sign || values.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1
            padLeft = max(padLeft, nanText.count - offset, infText.count + (negativeInfinity ? 1 : 0) - offset)
        }
    }

    /// NumPy switches to scientific notation from 10**min(8, precision of the type):
    /// 1e3 for float16, 1e6 for float32, 1e8 for float64.
    private static func scientificAbove(_ type: ScalarType) -> Double {
        switch type {
        case .float16: 1e3
        case .float32: 1e6
        default: 1e8
        }
    }

    func text(for value: Double) -> String {
        guard value.isFinite else {
            let word = (value < 0 ? "-" : sign ? "+" : "") + (value.isNaN ? nanText : infText)
            return ElementFormat.pad(word, to: padLeft + padRight + 1)
        }
        if scientific {
            return FloatText.scientific(
                value, type, precision: precision, trim: trim, padLeft: padLeft,
                expDigits: expDigits, minDigits: minDigits, sign: sign)
        }
        return FloatText.positional(
            value, type, precision: precision, trim: trim, padLeft: padLeft,
            padRight: padRight, minDigits: minDigits, sign: sign)
    }
}

/// `FloatFormatting` at the precision of a float type, for values held as Double.
enum FloatText {
    static func positional(
        _ value: Double, _ type: ScalarType, precision: Int?, trim: FloatTrim,
        padLeft: Int? = nil, padRight: Int? = nil, minDigits: Int? = nil, sign: Bool = false
    ) -> String {
        switch type {
        case .float16:
            FloatFormatting.positional(
                Float16(value), precision: precision, trim: trim, padLeft: padLeft,
                padRight: padRight, minDigits: minDigits, sign: sign)
        case .float32:
            FloatFormatting.positional(
                Float(value), precision: precision, trim: trim, padLeft: padLeft,
                padRight: padRight, minDigits: minDigits, sign: sign)
        default:
            FloatFormatting.positional(
                value, precision: precision, trim: trim, padLeft: padLeft,
                padRight: padRight, minDigits: minDigits, sign: sign)
        }
    }

    static func scientific(
        _ value: Double, _ type: ScalarType, precision: Int?, trim: FloatTrim,
        padLeft: Int? = nil, expDigits: Int? = nil, minDigits: Int? = nil, sign: Bool = false
    ) -> String {
        switch type {
        case .float16:
            FloatFormatting.scientific(
                Float16(value), precision: precision, trim: trim, padLeft: padLeft,
                expDigits: expDigits, minDigits: minDigits, sign: sign)
        case .float32:
            FloatFormatting.scientific(
                Float(value), precision: precision, trim: trim, padLeft: padLeft,
                expDigits: expDigits, minDigits: minDigits, sign: sign)
        default:
            FloatFormatting.scientific(
                value, precision: precision, trim: trim, padLeft: padLeft,
                expDigits: expDigits, minDigits: minDigits, sign: sign)
        }
    }

    /// str() of a float scalar's value at its type's precision.
    static func scalar(_ value: Double, _ type: ScalarType) -> String {
        switch type {
        case .float16: FloatFormatting.scalarText(Float16(value))
        case .float32: FloatFormatting.scalarText(Float(value))
        default: FloatFormatting.scalarText(value)
        }
    }
}

extension StringProtocol {
    /// Python's `partition`: the text before and after the first `separator`.
    func splitOnce(_ separator: Character) -> (SubSequence, SubSequence) {
        guard let i = firstIndex(of: separator) else { return (self[...], self[endIndex...]) }
        return (self[..<i], self[index(after: i)...])
    }
}
