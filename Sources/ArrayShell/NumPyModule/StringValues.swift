import ArrayEngine

/// Fixed-width string arrays in the language: Python `str` and `bytes` values as
/// elements, the `np.str_` and `np.bytes_` scalars an element comes back as.
enum StringValues {
    /// The code points of a text value and whether it is bytes, nil for any other value.
    static func codes(_ value: Value) -> (codes: [UInt32], type: ScalarType)? {
        switch value {
        case .string(let text): (FixedString.codes(text), .str)
        case .object(let scalar as StringScalar): (scalar.codes, scalar.dtype.scalarType)
        case .object(let bytes as BytesObject) where !bytes.isMutable: (bytes.bytes.map { UInt32($0) }, .bytes)
        default: nil
        }
    }

    /// `np.array(values, dtype=...)` where the values hold text or the dtype is a string type.
    ///
    /// Without a width, NumPy sizes the type for the longest text, and for the text of
    /// any number of a number's type when it discovers the type itself (`['a', 1]` is `<U21`).
    static func array(
        texts: [Int: (codes: [UInt32], type: ScalarType)], numbers: [Scalar], shape: [Int], dtype: DType?
    ) throws(PythonError) -> NDArray {
        if let dtype, !dtype.isString {
            let text = try array(texts: texts, numbers: numbers, shape: shape, dtype: nil)
            return try text.copy(as: dtype)
        }
        let type = dtype?.scalarType ?? (texts.values.allSatisfy { $0.type == .bytes } ? .bytes : .str)
        // Bytes keep their bytes; text going into bytes is encoded as ASCII.
        let codes = try numbers.indices.map { i throws(PythonError) -> [UInt32] in
            guard let text = texts[i] else { return FixedString.codes(ScalarFormatter.str(numbers[i])) }
            return type == .bytes && text.type != .bytes ? try FixedString.encodedAsASCII(text.codes) : text.codes
        }
        if let dtype, dtype.length > 0 { return try NDArray.from(stringCodes: codes, shape: shape, dtype: dtype) }
        var length = codes.map(\.count).max() ?? 0
        if dtype == nil {
            for (i, number) in numbers.enumerated() where texts[i] == nil {
                length = max(length, number.dtype.textLength)
            }
        }
        return try NDArray.from(
            stringCodes: codes, shape: shape,
            dtype: .string(type, length: max(length, 1), byteSwapped: dtype?.isByteSwapped ?? false))
    }

    /// `np.array(values, dtype=StringDType(...))`: text as it is, numbers as their `str()`,
    /// the sentinel's values missing; `coerce=False` takes text only.
    static func variableArray(
        texts: [Int: (codes: [UInt32], type: ScalarType)], numbers: [Scalar], missing: Set<Int>, coerced: Set<Int>,
        shape: [Int], dtype: DType
    ) throws(PythonError) -> NDArray {
        let notText = { (i: Int) in texts[i] == nil && !missing.contains(i) || coerced.contains(i) }
        if !dtype.coercesToText, numbers.indices.contains(where: notText) {
            throw .value("StringDType only allows string data when string coercion is disabled.")
        }
        let values = numbers.indices.map { i -> [UInt32]? in
            missing.contains(i) ? nil : texts[i]?.codes ?? FixedString.codes(ScalarFormatter.str(numbers[i]))
        }
        return try NDArray.from(variableTexts: values, shape: shape, dtype: dtype)
    }

    /// Whether a value is the sentinel a StringDType marks missing elements with.
    static func isMissing(_ value: Value, _ sentinel: MissingString) -> Bool {
        switch (sentinel, value) {
        case (.none, .none): true
        case (.nan, .float(let d)): d.isNaN
        case (.nan, .scalar(let s)): s.dtype.isFloat && s.doubleValue.isNaN
        default: false
        }
    }

    /// The sentinel a StringDType was made with, as a Python value.
    static func sentinel(_ missing: MissingString) -> Value {
        switch missing {
        case .none: .none
        case .nan: .float(.nan)
        case .text(let codes): .string(FixedString.text(codes))
        }
    }

    /// A StringDType element as Python sees it: a `str`, or the sentinel when it is missing.
    static func python(_ codes: [UInt32]?, variable dtype: DType) -> Value {
        guard let codes else { return dtype.missing.map(sentinel) ?? .string("") }
        return .string(FixedString.text(codes))
    }

    /// The Python value `tolist()` / `item()` give for one element: a `str` or a `bytes`
    /// (nil: a missing StringDType element).
    static func python(_ codes: [UInt32]?, _ dtype: DType) throws(PythonError) -> Value {
        if dtype.isVariableString { return python(codes, variable: dtype) }
        let codes = codes ?? []
        if dtype.scalarType == .bytes { return .object(try BytesObject(codes.map { UInt8(truncatingIfNeeded: $0) })) }
        return .string(FixedString.text(codes))
    }
}

/// `np.str_` and `np.bytes_`: one element of a string array, a copy of its text
/// (NumPy's are immutable `str` and `bytes`), working as that text does.
final class StringScalar: PythonObject {
    let codes: [UInt32]
    /// The element's type, sized to the text (`np.str_('ab').dtype` is `<U2`).
    let dtype: DType

    init(_ codes: [UInt32], type: ScalarType) {
        self.codes = codes
        self.dtype = .string(type, length: codes.count)
    }

    /// The Python `str` or `bytes` it stands for.
    var plain: Value {
        (try? StringValues.python(codes, dtype)) ?? .string(FixedString.text(codes))
    }

    var pythonType: PythonType { dtype.scalarType == .bytes ? .bytesScalar : .strScalar }
    var typeName: String { dtype.scalarType == .bytes ? "numpy.bytes_" : "numpy.str_" }
    func repr() -> String {
        let text = ArrayFormatter.stringText(codes, dtype, repr: true)
        return dtype.scalarType == .bytes ? "np.bytes_(\(text))" : "np.str_(\(text))"
    }
    func str() -> String { ArrayFormatter.stringText(codes, dtype) }
    var attributeNames: [String] { ["dtype", "itemsize"] }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "dtype": return .dtype(dtype)
        case "itemsize", "nbytes": return .int(max(dtype.itemsize, dtype.scalarType == .str ? 4 : 1))
        case "shape": return .tuple([])
        case "ndim": return .int(0)
        default:
            guard dtype.scalarType == .str else { return nil }
            return StringMethods.get(FixedString.text(codes), name)
        }
    }

    func items() throws(PythonError) -> [Value] {
        if dtype.scalarType == .bytes { return codes.map { .int(Int($0)) } }
        return codes.map { .string(FixedString.text([$0])) }
    }

    func length() throws(PythonError) -> Int { codes.count }

    func isEqual(to other: Value) -> Bool {
        guard let (otherCodes, type) = StringValues.codes(other) else { return false }
        return type == dtype.scalarType && otherCodes == codes
    }

    func asArray() throws(PythonError) -> NDArray? {
        try NDArray.from(stringCodes: [codes], shape: [], dtype: .string(dtype.scalarType, length: max(1, codes.count)))
    }
}
