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
        let codes = numbers.indices.map { texts[$0]?.codes ?? FixedString.codes(ScalarFormatter.str(numbers[$0])) }
        let type = dtype?.scalarType ?? (texts.values.allSatisfy { $0.type == .bytes } ? .bytes : .str)
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

    /// The Python value `tolist()` / `item()` give for one element: a `str` or a `bytes`.
    static func python(_ codes: [UInt32], _ dtype: DType) throws(PythonError) -> Value {
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
