// NumPy's float text (np.format_float_positional / np.format_float_scientific /
// str of a float scalar), reproduced bit for bit.
//
// NumPy prints floats with its own variant of Dragon4 (numpy/_core/src/multiarray/
// dragon4.c), which has quirks no libc or shortest-digits routine shares: digits
// rounded at a cutoff are rounded from the exact binary value (half to even), a
// fractional cutoff below the first significant digit yields a single rounded 0/1
// digit, and trimming, padding and min_digits interact in specific ways. So this
// file implements the same digit generator on exact big integers instead of
// post-processing `description` or `String(format:)`.

/// How trailing zeros are trimmed (NumPy's `trim` argument of format_float_positional).
public enum FloatTrim: Sendable {
    /// 'k': keep trailing zeros and the decimal point ("1.000", "1.").
    case keep
    /// '.': trim trailing zeros, keep the decimal point ("1.").
    case trimZeros
    /// '0': trim trailing zeros but keep one zero after the point ("1.0").
    case trimAll
    /// '-': trim trailing zeros and the decimal point ("1").
    case trimZerosAndPoint

    /// The mode for NumPy's one-character `trim` code: "k", ".", "0" or "-".
    public init?(numpyCode: String) {
        switch numpyCode {
        case "k": self = .keep
        case ".": self = .trimZeros
        case "0": self = .trimAll
        case "-": self = .trimZerosAndPoint
        default: return nil
        }
    }
}

public enum FloatFormatting {
    /// np.format_float_positional(x, precision, unique, fractional=True, trim, sign=False, pad_left, pad_right, min_digits)
    ///
    /// NumPy rejects negative arguments, and `unique: false` without a precision; here
    /// negative values count as `nil` and a missing precision keeps the unique digits.
    ///
    /// `sign` prints '+' before a non-negative value (NumPy's `sign=True`).
    public static func positional<F: BinaryFloatingPoint & LosslessStringConvertible>(
        _ x: F, precision: Int?, unique: Bool = true, trim: FloatTrim,
        padLeft: Int? = nil, padRight: Int? = nil, minDigits: Int? = nil, sign: Bool = false
    ) -> String {
        guard let value = FiniteParts(x) else { return nonFiniteText(x, sign: sign) }
        let precision = clamped(precision)
        let minDigits = clamped(minDigits)
        let unique = unique || precision < 0
        let (digits, printExponent) = dragon4(
            value, unique: unique, fractionalCutoff: true, cutoffMax: precision, cutoffMin: minDigits)

        var out: [UInt8] = value.negative ? [minus] : sign ? [plus] : []
        let wholeDigits: Int
        var fractionDigits = 0
        if printExponent >= 0 {
            wholeDigits = printExponent + 1
            if digits.count <= wholeDigits {
                out += digits
                out += repeatElement(zero, count: wholeDigits - digits.count)
            } else {
                out += digits[..<wholeDigits]
                out.append(point)
                out += digits[wholeDigits...]
                fractionDigits = digits.count - wholeDigits
            }
        } else {
            wholeDigits = 1
            let leadingZeros = -(printExponent + 1)
            out += [zero, point]
            out += repeatElement(zero, count: leadingZeros)
            out += digits
            fractionDigits = leadingZeros + digits.count
        }
        if trim != .trimZerosAndPoint && fractionDigits == 0 {
            out.append(point)
        }
        let wantedDigits = max(unique ? minDigits : precision, 0)
        if trim == .trimAll {
            if fractionDigits == 0 {
                out.append(zero)
                fractionDigits = 1
            }
        } else if trim == .keep && wantedDigits > fractionDigits {
            out += repeatElement(zero, count: wantedDigits - fractionDigits)
            fractionDigits = wantedDigits
        }
        // Rounding can leave trailing zeros even in unique mode, so trim after padding.
        if trim != .keep && fractionDigits > 0 {
            while out.last == zero {
                out.removeLast()
                fractionDigits -= 1
            }
            if out.last == point {
                if trim == .trimAll {
                    out.append(zero)
                    fractionDigits = 1
                } else if trim == .trimZerosAndPoint {
                    out.removeLast()
                }
            }
        }
        let padRight = clamped(padRight)
        if padRight >= fractionDigits {
            // A trimmed point still occupies its column so the digits stay aligned.
            if trim == .trimZerosAndPoint && fractionDigits == 0 {
                out.append(space)
            }
            out += repeatElement(space, count: padRight - fractionDigits)
        }
        let leftWidth = wholeDigits + (value.negative || sign ? 1 : 0)
        let padLeft = clamped(padLeft)
        if padLeft > leftWidth {
            out.insert(contentsOf: repeatElement(space, count: padLeft - leftWidth), at: 0)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// np.format_float_scientific(x, precision, unique, trim, sign=False, pad_left, exp_digits, min_digits)
    ///
    /// Negative arguments count as `nil`, and `unique: false` without a precision keeps
    /// the unique digits (NumPy raises for both). The exponent has at most 5 digits.
    public static func scientific<F: BinaryFloatingPoint & LosslessStringConvertible>(
        _ x: F, precision: Int?, unique: Bool = true, trim: FloatTrim,
        padLeft: Int? = nil, expDigits: Int? = nil, minDigits: Int? = nil, sign: Bool = false
    ) -> String {
        guard let value = FiniteParts(x) else { return nonFiniteText(x, sign: sign) }
        let precision = clamped(precision)
        let minDigits = clamped(minDigits)
        let unique = unique || precision < 0
        let (digits, printExponent) = dragon4(
            value, unique: unique, fractionalCutoff: false,
            cutoffMax: precision < 0 ? -1 : precision + 1,
            cutoffMin: minDigits < 0 ? -1 : minDigits + 1)

        var out: [UInt8] = []
        let leftWidth = 1 + (value.negative || sign ? 1 : 0)
        let padLeft = clamped(padLeft)
        if padLeft > leftWidth {
            out += repeatElement(space, count: padLeft - leftWidth)
        }
        if value.negative {
            out.append(minus)
        } else if sign {
            out.append(plus)
        }
        out.append(digits[0])
        var fractionDigits = digits.count - 1
        if fractionDigits > 0 {
            out.append(point)
            out += digits[1...]
        }
        if trim != .trimZerosAndPoint && fractionDigits == 0 {
            out.append(point)
        }
        let wantedDigits = max(unique ? minDigits : precision, 0)
        if trim == .trimAll {
            if fractionDigits == 0 {
                out.append(zero)
                fractionDigits = 1
            }
        } else if trim == .keep && wantedDigits > fractionDigits {
            out += repeatElement(zero, count: wantedDigits - fractionDigits)
        }
        // Unlike positional output, NumPy never drops the point here, even for '-'.
        if trim != .keep && fractionDigits > 0 {
            while out.last == zero {
                out.removeLast()
            }
            if trim == .trimAll && out.last == point {
                out.append(zero)
            }
        }
        // NumPy pads the exponent to exp_digits (default 2) but caps that at 5.
        let expDigits = expDigits.map { $0 < 0 ? 2 : min($0, 5) } ?? 2
        var exponentDigits = Array(String(abs(printExponent)).utf8)
        if exponentDigits.count < expDigits {
            exponentDigits.insert(contentsOf: repeatElement(zero, count: expDigits - exponentDigits.count), at: 0)
        } else if expDigits == 0 && printExponent == 0 {
            exponentDigits = []
        }
        out += [UInt8(ascii: "e"), printExponent >= 0 ? UInt8(ascii: "+") : minus]
        out += exponentDigits
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of str()/repr() of a NumPy float scalar's value, e.g. "1.0", "1e-05",
    /// "1e+16", "0.1", "nan", "inf", "-0.0" (for float64 it equals Python's
    /// repr(float(x)); for float32 str(np.float32(x)) uses the shortest float32 digits).
    ///
    /// NumPy switches to scientific notation outside 1e-4 <= |x| < limit, judged on the
    /// value itself rather than on its digits, where the limit is 1e16 for float64 but
    /// 1e6 for float32 (1e3 for float16): str(np.float32(1e6)) is "1e+06".
    public static func scalarText<F: BinaryFloatingPoint & LosslessStringConvertible>(_ x: F) -> String {
        let limit: Double =
            switch F.significandBitCount {
            case ...10: 1e3
            case ...23: 1e6
            default: 1e16
            }
        let magnitude = Double(x.magnitude)
        if x.isFinite && (magnitude == 0 || (magnitude >= 1e-4 && magnitude < limit)) {
            return positional(x, precision: nil, trim: .trimAll)
        }
        return scientific(x, precision: nil, trim: .trimZerosAndPoint)
    }
}

private let zero = UInt8(ascii: "0")
private let point = UInt8(ascii: ".")
private let space = UInt8(ascii: " ")
private let minus = UInt8(ascii: "-")
private let plus = UInt8(ascii: "+")

/// Caps user-supplied counts so absurd requests cannot allocate without bound. NumPy
/// raises "Float formatting result too large" beyond 16383 characters, so a larger
/// count never changes an output NumPy would produce. Nil or negative becomes -1.
private func clamped(_ n: Int?) -> Int {
    guard let n, n >= 0 else { return -1 }
    return min(n, 16_384)
}

/// A float split the way Dragon4 wants it: value = mantissa * 2^exponent.
private struct FiniteParts {
    var negative: Bool
    var mantissa: UInt64
    var exponent: Int
    /// Index of the highest set bit of `mantissa`.
    var mantissaBit: Int
    /// True for exact powers of two (except the smallest normal), whose lower
    /// neighbour is half as far away as the upper one.
    var unequalMargins: Bool
}

/// NumPy's text for nan and the infinities: a sign on nan only when every sign is asked for.
private func nonFiniteText<F: BinaryFloatingPoint>(_ x: F, sign: Bool) -> String {
    (x < 0 ? "-" : sign ? "+" : "") + (x.isNaN ? "nan" : "inf")
}

extension FiniteParts {
    /// The Dragon4 view of a finite `x`, or nil for nan and the infinities.
    init?<F: BinaryFloatingPoint>(_ x: F) {
        guard x.isFinite else { return nil }
        // The raw fields must fit a UInt64 mantissa; wider types go through Double.
        guard F.significandBitCount <= 62 else {
            self.init(Double(x))
            return
        }
        let fractionBits = F.significandBitCount
        let bias = (1 << (F.exponentBitCount - 1)) - 1
        let fraction = UInt64(truncatingIfNeeded: x.significandBitPattern)
        let biasedExponent = Int(x.exponentBitPattern)
        let negative = x.sign == .minus
        if biasedExponent != 0 {
            self = FiniteParts(
                negative: negative, mantissa: (1 << UInt64(fractionBits)) | fraction,
                exponent: biasedExponent - bias - fractionBits, mantissaBit: fractionBits,
                unequalMargins: biasedExponent != 1 && fraction == 0)
        } else {
            self = FiniteParts(
                negative: negative, mantissa: fraction, exponent: 1 - bias - fractionBits,
                mantissaBit: fraction == 0 ? 0 : 63 - fraction.leadingZeroBitCount,
                unequalMargins: false)
        }
    }
}

/// NumPy's Dragon4 digit generator (Burger & Dybvig with Juckett's and NumPy's changes).
///
/// Returns ASCII digits and the decimal exponent of the first one. In unique mode it
/// stops at the shortest digits that round-trip; otherwise at the exact expansion.
/// `cutoffMax` (-1: none) caps the digits, counted after the point when
/// `fractionalCutoff` and in total otherwise; `cutoffMin` (-1: none) keeps unique mode
/// going for at least that many. The last digit is rounded from the exact remainder,
/// ties to even, and a carry can ripple back to a new leading 1.
private func dragon4(
    _ v: FiniteParts, unique: Bool, fractionalCutoff: Bool, cutoffMax: Int, cutoffMin: Int
) -> (digits: [UInt8], exponent: Int) {
    if v.mantissa == 0 {
        return ([zero], 0)
    }
    // value = scaledValue / scale; the margins are half the gaps to the neighbours.
    var scaledValue = BigUInt(v.mantissa)
    var scale: BigUInt
    var marginLow: BigUInt
    let extraShift = v.unequalMargins ? 2 : 1
    if v.exponent > 0 {
        scaledValue.shiftLeft(by: v.exponent + extraShift)
        scale = BigUInt(UInt64(1) << UInt64(extraShift))
        marginLow = BigUInt(1)
        marginLow.shiftLeft(by: v.exponent)
    } else {
        scaledValue.shiftLeft(by: extraShift)
        scale = BigUInt(1)
        scale.shiftLeft(by: -v.exponent + extraShift)
        marginLow = BigUInt(1)
    }
    func marginHigh() -> BigUInt {
        guard v.unequalMargins else { return marginLow }
        var high = marginLow
        high.shiftLeft(by: 1)
        return high
    }
    let isEven = v.mantissa & 1 == 0

    // NumPy's estimate of floor(log10(value)) + 1, correct or one too low; the exact
    // same floating-point expression matters because the clamp below depends on it.
    let log10of2 = 0.30102999566398119521373889472449
    var digitExponent = Int((Double(v.mantissaBit + v.exponent) * log10of2 - 0.69).rounded(.up))
    // A value below the fractional cutoff starts at the cutoff digit (which may be 0).
    if cutoffMax >= 0 && fractionalCutoff && digitExponent <= -cutoffMax {
        digitExponent = -cutoffMax + 1
    }
    if digitExponent > 0 {
        scale.multiplyByPowerOf10(digitExponent)
    } else if digitExponent < 0 {
        scaledValue.multiplyByPowerOf10(-digitExponent)
        marginLow.multiplyByPowerOf10(-digitExponent)
    }
    if scaledValue >= scale {
        digitExponent += 1
    } else {
        scaledValue.multiply(by: 10)
        marginLow.multiply(by: 10)
    }

    // Exponents of the last digit allowed (cutoffMax) and the last one required (cutoffMin).
    let cutoffMaxExponent = cutoffMax < 0 ? Int.min : fractionalCutoff ? -cutoffMax : digitExponent - cutoffMax
    let cutoffMinExponent =
        cutoffMin < 0
        ? digitExponent : min(digitExponent, fractionalCutoff ? -cutoffMin : digitExponent - cutoffMin)
    var firstExponent = digitExponent - 1

    var digits: [UInt8] = []
    var outputDigit: UInt8 = 0
    var low = false
    var high = false
    while true {
        digitExponent -= 1
        outputDigit = scaledValue.subtractMultiple(of: scale)
        if unique {
            var valueHigh = scaledValue
            valueHigh.add(marginHigh())
            let lowCompare = scaledValue.compare(marginLow)
            let highCompare = valueHigh.compare(scale)
            low = isEven ? lowCompare <= 0 : lowCompare < 0
            high = isEven ? highCompare >= 0 : highCompare > 0
            if ((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent {
                break
            }
        } else if scaledValue.isZero || digitExponent == cutoffMaxExponent {
            break
        }
        digits.append(zero + outputDigit)
        scaledValue.multiply(by: 10)
        if unique {
            marginLow.multiply(by: 10)
        }
    }

    // Round toward the closer neighbour when both (or neither) are allowed; ties to even.
    var roundDown = low
    if low == high {
        scaledValue.shiftLeft(by: 1)
        let c = scaledValue.compare(scale)
        roundDown = c < 0 || (c == 0 && outputDigit & 1 == 0)
    }
    if roundDown {
        digits.append(zero + outputDigit)
    } else if outputDigit < 9 {
        digits.append(zero + outputDigit + 1)
    } else {
        // Carry: drop trailing 9s and bump the digit before them, or start over at "1".
        while let last = digits.last, last == zero + 9 {
            digits.removeLast()
        }
        if digits.isEmpty {
            digits = [zero + 1]
            firstExponent += 1
        } else {
            digits[digits.count - 1] += 1
        }
    }
    return (digits, firstExponent)
}

/// Just enough unsigned big-integer arithmetic for Dragon4 (little-endian 32-bit limbs,
/// no trailing zero limbs, zero is empty).
private struct BigUInt {
    private var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        trim()
    }

    var isZero: Bool { limbs.isEmpty }

    private mutating func trim() {
        while limbs.last == 0 {
            limbs.removeLast()
        }
    }

    mutating func shiftLeft(by bits: Int) {
        guard !limbs.isEmpty, bits > 0 else { return }
        let wordShift = bits / 32
        let bitShift = UInt32(bits % 32)
        var result = [UInt32](repeating: 0, count: wordShift)
        result.reserveCapacity(wordShift + limbs.count + 1)
        if bitShift == 0 {
            result += limbs
        } else {
            var carry: UInt32 = 0
            for limb in limbs {
                result.append(limb << bitShift | carry)
                carry = limb >> (32 - bitShift)
            }
            if carry != 0 {
                result.append(carry)
            }
        }
        limbs = result
    }

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 {
            limbs.append(UInt32(carry))
        }
        trim()
    }

    mutating func multiplyByPowerOf10(_ power: Int) {
        var remaining = power
        while remaining >= 9 {
            multiply(by: 1_000_000_000)
            remaining -= 9
        }
        var factor: UInt32 = 1
        for _ in 0..<remaining {
            factor *= 10
        }
        multiply(by: factor)
    }

    mutating func add(_ other: BigUInt) {
        var carry: UInt64 = 0
        for i in 0..<max(limbs.count, other.limbs.count) {
            if i == limbs.count {
                limbs.append(0)
            }
            let sum = UInt64(limbs[i]) + UInt64(i < other.limbs.count ? other.limbs[i] : 0) + carry
            limbs[i] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        if carry != 0 {
            limbs.append(UInt32(carry))
        }
    }

    /// Subtracts `divisor` while possible and returns how often (the next digit; Dragon4
    /// keeps the quotient below 10).
    mutating func subtractMultiple(of divisor: BigUInt) -> UInt8 {
        var quotient: UInt8 = 0
        while compare(divisor) >= 0 {
            var borrow: UInt32 = 0
            for i in limbs.indices {
                let (d1, o1) = limbs[i].subtractingReportingOverflow(i < divisor.limbs.count ? divisor.limbs[i] : 0)
                let (d2, o2) = d1.subtractingReportingOverflow(borrow)
                limbs[i] = d2
                borrow = o1 || o2 ? 1 : 0
            }
            trim()
            quotient += 1
        }
        return quotient
    }

    /// -1, 0 or 1 as self is less than, equal to or greater than `other`.
    func compare(_ other: BigUInt) -> Int {
        if limbs.count != other.limbs.count {
            return limbs.count < other.limbs.count ? -1 : 1
        }
        for i in limbs.indices.reversed() where limbs[i] != other.limbs[i] {
            return limbs[i] < other.limbs[i] ? -1 : 1
        }
        return 0
    }

    static func >= (lhs: BigUInt, rhs: BigUInt) -> Bool { lhs.compare(rhs) >= 0 }
}
