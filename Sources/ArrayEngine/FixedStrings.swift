import Foundation

/// Fixed-width strings, NumPy's `'<U5'` and `'S5'`: each element is `length`
/// characters in place, UCS4 code points (4 bytes each) or bytes, padded with NULs.
///
/// An element is handled as its code points (`[UInt32]`), without the trailing
/// NULs: that is what NumPy compares (code point by code point, as Python's `str`),
/// and what the language turns into a `str` or `bytes`.
extension DType {
    /// The code points of the string at `address`, trailing NULs dropped.
    /// A missing StringDType element reads as its sentinel's text (`'None'`, `'nan'`).
    public func loadCodes(from address: UnsafeRawPointer) -> [UInt32] {
        if isVariableString { return loadVariableText(from: address) ?? missing?.text ?? [] }
        var codes: [UInt32] = []
        codes.reserveCapacity(length)
        for i in 0..<length {
            if scalarType == .bytes {
                codes.append(UInt32(address.load(fromByteOffset: i, as: UInt8.self)))
            } else {
                let code = address.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)
                codes.append(isByteSwapped ? code.byteSwapped : code)
            }
        }
        while codes.last == 0 { codes.removeLast() }
        return codes
    }

    /// Writes `codes`, cut to the dtype's length (as NumPy truncates on assignment), padded with NULs.
    /// Bytes types keep the low byte: callers encode first (`encodedAsASCII`).
    public func storeCodes(_ codes: [UInt32], to address: UnsafeMutableRawPointer) {
        if isVariableString { return storeVariableText(codes, to: address) }
        for i in 0..<length {
            let code = i < codes.count ? codes[i] : 0
            if scalarType == .bytes {
                address.storeBytes(of: UInt8(truncatingIfNeeded: code), toByteOffset: i, as: UInt8.self)
            } else {
                address.storeBytes(of: isByteSwapped ? code.byteSwapped : code, toByteOffset: 4 * i, as: UInt32.self)
            }
        }
    }

    /// How many characters any value of this type needs as text (NumPy's size for
    /// `astype(str)`: 21 for int64, 32 for floats, 5 for bool).
    public var textLength: Int {
        switch scalarType {
        case .bool: 5
        case .int8: 4
        case .uint8: 3
        case .int16: 6
        case .uint16: 5
        case .int32: 11
        case .uint32: 10
        case .int64: 21
        case .uint64: 20
        case .float16, .float32, .float64: 32
        case .complex64, .complex128: 64
        case .str, .bytes: length
        case .datetime64: DateTimeText.isoLength(timeUnit)
        case .timedelta64: 21
        case .void: itemsize
        // NumPy's cast of objects to text measures their values; the language casts them.
        case .object: 0
        case .vstring: 0
        }
    }

    /// An unsized string type (`np.dtype(str)`) given the width `source`'s values need; any other type as it is.
    /// StringDType's texts have no width to take: NumPy refuses.
    public func sized(for source: DType) throws(PythonError) -> DType {
        guard isFixedWidthString, length == 0 else { return self }
        if source.isVariableString {
            let name = scalarType == .str ? "StrDType" : "BytesDType"
            throw .type("cannot cast dtype \(source.reprText) to <class 'numpy.dtypes.\(name)'>.")
        }
        return .string(scalarType, length: source.textLength, byteSwapped: isByteSwapped)
    }
}

/// Conversions between string elements and numbers, as NumPy's casts make them.
public enum FixedString {
    /// The code points of a Swift string.
    public static func codes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// A Swift string from code points (a code point that is no Unicode scalar, a lone surrogate, becomes U+FFFD).
    public static func text(_ codes: [UInt32]) -> String {
        var scalars = String.UnicodeScalarView()
        for code in codes { scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}") }
        return String(scalars)
    }

    /// Text stored into a bytes type: ASCII only, as NumPy encodes it.
    public static func encodedAsASCII(_ codes: [UInt32]) throws(PythonError) -> [UInt32] {
        if let position = codes.firstIndex(where: { $0 > 127 }) {
            let code = String(codes[position], radix: 16)
            let escaped =
                codes[position] <= 0xFF
                ? "\\x\(code)" : codes[position] <= 0xFFFF ? "\\u\(pad(code, 4))" : "\\U\(pad(code, 8))"
            throw PythonError(
                "UnicodeEncodeError",
                "'ascii' codec can't encode character '\(escaped)' in position \(position): ordinal not in range(128)")
        }
        return codes
    }

    /// Bytes read as text: ASCII only, as NumPy decodes them.
    static func decodedAsASCII(_ codes: [UInt32]) throws(PythonError) -> [UInt32] {
        if let position = codes.firstIndex(where: { $0 > 127 }) {
            throw PythonError(
                "UnicodeDecodeError",
                "'ascii' codec can't decode byte 0x\(pad(String(codes[position], radix: 16), 2)) in position \(position): ordinal not in range(128)"
            )
        }
        return codes
    }

    private static func pad(_ digits: String, _ width: Int) -> String {
        String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A number parsed from text as Python's `int()`, `float()` or `bool()` of an `np.str_` would, for a
    /// cast from `source` to `dtype` (their messages show the element as NumPy writes it).
    static func parse(_ codes: [UInt32], from source: DType, as dtype: DType) throws(PythonError) -> Scalar {
        let text = self.text(codes)
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: "")
        let element = ArrayFormatter.stringText(codes, source, repr: true)
        let scalar = source.scalarType == .bytes ? "np.bytes_(\(element))" : "np.str_(\(element))"
        let quoted = dtype.isInteger && source.scalarType == .bytes || source.isVariableString ? element : scalar
        switch dtype.kind {
        case .boolean:
            return Scalar(bool: !codes.isEmpty)
        case .signed, .unsigned:
            guard let value = Int64(trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed) else {
                throw .value("invalid literal for int() with base 10: \(quoted)")
            }
            return Scalar(.int(value), as: dtype.native)
        case .floating:
            guard let value = Double(trimmed) ?? namedFloat(trimmed.lowercased()) else {
                throw .value("could not convert string to float: \(quoted)")
            }
            return Scalar(.float(value), as: dtype.native)
        default:
            throw .notImplemented("casting strings to \(dtype.name) is not supported yet")
        }
    }

    private static func namedFloat(_ text: String) -> Double? {
        switch text {
        case "inf", "+inf", "infinity", "+infinity": .infinity
        case "-inf", "-infinity": -.infinity
        case "nan", "+nan", "-nan": .nan
        default: nil
        }
    }

    /// A number's text, as `str()` of its NumPy scalar (`astype(str)`).
    static func codes(of scalar: Scalar) -> [UInt32] { codes(ScalarFormatter.str(scalar)) }
}

extension NDArray {
    /// Every string element in C order, as code points. A missing StringDType element
    /// whose sentinel is no string is refused: what each operation makes of it is not built.
    public func stringCodes() throws(PythonError) -> [[UInt32]] {
        let texts = try variableTexts()
        if dtype.isVariableString, case .text(let sentinel)? = dtype.missing {
            return texts.map { $0 ?? sentinel }
        }
        return try texts.map { text throws(PythonError) in
            guard let text else {
                throw .notImplemented(
                    "string operations on missing elements of \(dtype.reprText) are not supported yet")
            }
            return text
        }
    }

    /// Every string element in C order, as code points, nil for a missing StringDType element.
    public func variableTexts() throws(PythonError) -> [[UInt32]?] {
        try MemoryLimit.check(count: size, of: [UInt32].self)
        var result: [[UInt32]?] = []
        result.reserveCapacity(size)
        let variable = dtype.isVariableString
        try StridedLoop.forEach(shape: shape, strides: [strides]) { offsets, count, inner in
            var byte = offset + offsets[0]
            for _ in 0..<count {
                let address = buffer.pointer + byte
                result.append(variable ? dtype.loadVariableText(from: address) : dtype.loadCodes(from: address))
                byte += inner[0]
            }
        }
        return result
    }

    /// A new array of a string type from code points in C order (truncated to its width).
    /// Bytes types take the codes as bytes: callers encode text first (`encodedAsASCII`).
    public static func from(stringCodes values: [[UInt32]], shape: [Int], dtype: DType) throws(PythonError)
        -> NDArray
    {
        try from(variableTexts: values, shape: shape, dtype: dtype)
    }

    /// The same, nil standing for a missing element of a StringDType.
    public static func from(variableTexts values: [[UInt32]?], shape: [Int], dtype: DType) throws(PythonError)
        -> NDArray
    {
        let result = try NDArray.allocate(shape: shape, dtype: dtype)
        for (i, text) in values.enumerated() {
            let address = result.pointer + i * dtype.itemsize
            if let text { dtype.storeCodes(text, to: address) } else { dtype.storeVariableText(nil, to: address) }
        }
        return result
    }
}

// MARK: - Casts

extension CastCopy {
    /// Casts where either side is a string type: text to text (encoded or decoded
    /// as ASCII between `str` and `bytes`), numbers to their text, text parsed to numbers.
    static func strings(into destination: NDArray, from source: NDArray, sourceStrides: [Int]) throws(PythonError) {
        let (to, from) = (destination.dtype, source.dtype)
        try eachElement(into: destination, from: source, sourceStrides: sourceStrides) { d, s throws(PythonError) in
            // A missing element stays missing between StringDTypes that mark them.
            if to.isVariableString, to.missing != nil, from.isVariableString, from.loadVariableText(from: s) == nil {
                return to.storeVariableText(nil, to: d)
            }
            guard to.isString else {
                return to.storeScalar(try FixedString.parse(from.loadCodes(from: s), from: from, as: to), to: d)
            }
            var codes = from.isString ? from.loadCodes(from: s) : FixedString.codes(of: from.loadScalar(from: s))
            if to.scalarType == .bytes, from.scalarType != .bytes {
                codes = try FixedString.encodedAsASCII(codes)
            } else if to.scalarType == .str, from.scalarType == .bytes {
                codes = try FixedString.decodedAsASCII(codes)
            }
            to.storeCodes(codes, to: d)
        }
    }
}

// MARK: - Comparisons

extension BinaryKernel {
    /// `==`, `<`, ... between string arrays, code point by code point as Python compares
    /// `str`; a string array and a number are never equal (NumPy 2 answers without a loop).
    /// `+` joins the texts, in a type as wide as both.
    static func compareStrings(_ op: BinaryOperation, _ a: NDArray, _ b: NDArray, out: NDArray?) throws(PythonError)
        -> NDArray
    {
        if let out {
            try out.assign(try compareStrings(op, a, b, out: nil))
            return out
        }
        let shape = try Broadcasting.operandShape([a.shape, b.shape])
        let bothText = a.dtype.isString && b.dtype.isString && a.dtype.joinsText(with: b.dtype)
        if op == .add, bothText, let type = [a.dtype, b.dtype].first(where: \.isVariableString) {
            return try joinVariable(a.broadcast(to: shape), b.broadcast(to: shape), type)
        }
        if op == .add, bothText {
            let joined = zip(try a.broadcast(to: shape).stringCodes(), try b.broadcast(to: shape).stringCodes()).map(+)
            let type = DType.string(a.dtype.scalarType, length: a.dtype.length + b.dtype.length)
            return try NDArray.from(stringCodes: joined, shape: shape, dtype: type)
        }
        if op == .multiply, let repeated = try repeatText(a.broadcast(to: shape), b.broadcast(to: shape)) {
            return repeated
        }
        guard op.isComparison else { throw op.noLoop(a.dtype, b.dtype) }
        guard bothText else {
            guard op == .equal || op == .notEqual else { throw op.noLoop(a.dtype, b.dtype) }
            return try NDArray.full(shape: shape, value: Scalar(bool: op == .notEqual), dtype: .bool)
        }
        let x = try a.broadcast(to: shape).stringCodes()
        let y = try b.broadcast(to: shape).stringCodes()
        let answers: [Scalar] = zip(x, y).map { left, right in
            let order: Bool =
                switch op {
                case .equal: left == right
                case .notEqual: left != right
                case .less: left.lexicographicallyPrecedes(right)
                case .lessEqual: !right.lexicographicallyPrecedes(left)
                case .greater: right.lexicographicallyPrecedes(left)
                default: !left.lexicographicallyPrecedes(right)
                }
            return Scalar(bool: order)
        }
        return try NDArray.from(scalars: answers, shape: shape, dtype: .bool)
    }
}

extension BinaryKernel {
    /// `+` where one side is a StringDType: a missing element gives a missing one when
    /// its sentinel is NaN-like, its text when it is a string, and NumPy's error otherwise.
    private static func joinVariable(_ a: NDArray, _ b: NDArray, _ type: DType) throws(PythonError) -> NDArray {
        let joined = try zip(a.variableTexts(), b.variableTexts()).map { x, y throws(PythonError) -> [UInt32]? in
            if let x, let y { return x + y }
            switch type.missing {
            case .nan?: return nil
            case .text(let sentinel)?: return (x ?? sentinel) + (y ?? sentinel)
            default: throw .value("Cannot add null that is not a nan-like value")
            }
        }
        return try NDArray.from(variableTexts: joined, shape: a.shape, dtype: type)
    }
}

extension BinaryKernel {
    /// `*` between text and an integer, either way round: each text repeated (none for
    /// a count below 1). NumPy does it for StringDType only; for fixed widths its ufunc
    /// needs an `out=` (`np.strings.multiply` sizes one). Nil for other operands.
    private static func repeatText(_ a: NDArray, _ b: NDArray) throws(PythonError) -> NDArray? {
        let (text, counts) = a.dtype.isString ? (a, b) : (b, a)
        guard text.dtype.isString, counts.dtype.isInteger || counts.dtype == .bool else { return nil }
        guard text.dtype.isVariableString else {
            throw .type(
                "The 'out' kwarg is necessary when using the string multiply ufunc directly. Use numpy.strings.multiply to multiply strings without specifying 'out'."
            )
        }
        let times = try counts.elements().map { $0.exactInteger ?? 0 }
        guard times.allSatisfy({ $0 >= 0 }) else {
            throw PythonError("OverflowError", "Overflow encountered in string multiply")
        }
        let texts = try text.variableTexts()
        for (codes, count) in zip(texts, times) {
            let (total, overflow) = (codes?.count ?? 0).multipliedReportingOverflow(by: Int(count))
            if overflow { throw MemoryLimit.exceeded }
            try MemoryLimit.check(count: total, of: UInt32.self)
        }
        let repeated = zip(texts, times).map { codes, count -> [UInt32]? in
            codes.map { Array([[UInt32]](repeating: $0, count: Int(count)).joined()) }
        }
        return try NDArray.from(variableTexts: repeated, shape: text.shape, dtype: text.dtype)
    }
}

extension DType {
    /// Whether `+` and comparisons take both as text: the same kind, or StringDType with `str` or itself.
    func joinsText(with other: DType) -> Bool {
        kind == other.kind || isVariableString && other.scalarType == .str
            || other.isVariableString && scalarType == .str
    }
}

extension BinaryOperation {
    /// NumPy's refusal when no loop takes these types: `ufunc 'add' did not contain a loop ...`.
    func noLoop(_ a: DType, _ b: DType) -> PythonError {
        PythonError(
            "UFuncTypeError",
            "ufunc '\(name)' did not contain a loop with signature matching types (\(a.reprText), \(b.reprText)) -> None"
        )
    }
}
