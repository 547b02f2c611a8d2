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
            let layout = FloatLayout(values.map(\.doubleValue), isFloat32: dtype == .float32, options: options)
            format = { layout.text(for: $0.doubleValue) }
        }
    }

    static func integerText(_ value: Scalar) -> String {
        switch value.value {
        case .int(let i): String(i)
        case .uint(let u): String(u)
        case .bool(let b): b ? "1" : "0"
        case .float(let d): String(d)
        }
    }

    static func pad(_ text: String, to width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}

/// NumPy's `FloatingFormat` (`floatmode='maxprec'`, no sign) with the precision and
/// suppression of the print options: positional or scientific for the whole array,
/// with the padding that lines up the decimal points.
struct FloatLayout {
    private var scientific = false
    private var padLeft = 0
    private var padRight = 0
    private var precision = 8
    private var minDigits: Int? = 0
    private var trim = FloatTrim.trimZeros
    private var expDigits: Int?
    private let isFloat32: Bool

    init(_ values: [Double], isFloat32: Bool, options: PrintOptions = PrintOptions()) {
        self.isFloat32 = isFloat32
        precision = options.precision
        let finite = values.filter(\.isFinite)
        let magnitudes = finite.filter { $0 != 0 }.map(abs)
        if let maxValue = magnitudes.max(), let minValue = magnitudes.min() {
            scientific = maxValue >= 1e8 || (!options.suppress && (minValue < 0.0001 || maxValue / minValue > 1000))
        }
        if finite.isEmpty {
            minDigits = nil
        } else if scientific {
            let texts = finite.map { FloatLayout.scientificText($0, isFloat32, precision: options.precision, trim: .trimZeros) }
            var fractionWidth = 0, exponentWidth = 0, integerWidth = 0
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
                let text = FloatLayout.positionalText(value, isFloat32, precision: options.precision, trim: .trimZeros)
                let (whole, fraction) = text.splitOnce(".")
                padLeft = max(padLeft, whole.count)
                padRight = max(padRight, fraction.count)
            }
        }
        if finite.count != values.count {
            let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1
            padLeft = max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
        }
    }

    func text(for value: Double) -> String {
        guard value.isFinite else {
            let word = value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf")
            return ElementFormat.pad(word, to: padLeft + padRight + 1)
        }
        if scientific {
            return isFloat32
                ? FloatFormatting.scientific(Float(value), precision: precision, trim: trim,
                                             padLeft: padLeft, expDigits: expDigits, minDigits: minDigits)
                : FloatFormatting.scientific(value, precision: precision, trim: trim,
                                             padLeft: padLeft, expDigits: expDigits, minDigits: minDigits)
        }
        return isFloat32
            ? FloatFormatting.positional(Float(value), precision: precision, trim: trim,
                                         padLeft: padLeft, padRight: padRight, minDigits: minDigits)
            : FloatFormatting.positional(value, precision: precision, trim: trim,
                                         padLeft: padLeft, padRight: padRight, minDigits: minDigits)
    }

    private static func scientificText(_ value: Double, _ isFloat32: Bool, precision: Int, trim: FloatTrim) -> String {
        isFloat32 ? FloatFormatting.scientific(Float(value), precision: precision, trim: trim)
            : FloatFormatting.scientific(value, precision: precision, trim: trim)
    }

    private static func positionalText(_ value: Double, _ isFloat32: Bool, precision: Int, trim: FloatTrim) -> String {
        isFloat32 ? FloatFormatting.positional(Float(value), precision: precision, trim: trim)
            : FloatFormatting.positional(value, precision: precision, trim: trim)
    }
}

extension StringProtocol {
    /// Python's `partition`: the text before and after the first `separator`.
    func splitOnce(_ separator: Character) -> (SubSequence, SubSequence) {
        guard let i = firstIndex(of: separator) else { return (self[...], self[endIndex...]) }
        return (self[..<i], self[index(after: i)...])
    }
}
