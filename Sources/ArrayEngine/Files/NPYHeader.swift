/// The header of a `.npy` file: what NumPy's `numpy.lib.format` writes and reads.
///
/// Layout: the magic `\x93NUMPY`, a major and minor version byte, the header
/// length (2 bytes little-endian in 1.0, 4 bytes in 2.0 and 3.0), then a Python
/// dict literal `{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }`
/// padded with spaces and a newline so the data starts on a 64-byte boundary
/// (latin-1 text in 1.0 and 2.0, UTF-8 in 3.0).
public struct NPYHeader: Equatable, Sendable {
    /// The elements' type with its byte order (`'>f4'` loads as `'>f4'`, as in NumPy).
    public var dtype: DType
    /// True when the data is in Fortran (column-major) order.
    public var isFortranOrder: Bool
    public var shape: [Int]

    public init(dtype: DType, isFortranOrder: Bool, shape: [Int]) {
        self.dtype = dtype
        self.isFortranOrder = isFortranOrder
        self.shape = shape
    }

    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)
    /// Data starts on this boundary, so a mapped file's elements are aligned.
    static let alignment = 64
    /// NumPy leaves room for the growing axis to reach this many digits in place.
    static let growthAxisDigits = 21
    /// NumPy's default `max_header_size`: longer headers are refused as unsafe to parse.
    public static let defaultMaxHeaderSize = 10_000
    /// NumPy's `NPY_MAXDIMS`.
    static let maxDimensions = 64

    /// The element count, or nil when it does not fit in an Int.
    var elementCount: Int? {
        var count = 1
        for extent in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: extent)
            if overflow { return nil }
            count = product
        }
        return count
    }

    /// The data's `descr` as NumPy writes it: `'<f8'`, `'|b1'`, `'>i4'`, or the
    /// fields of records, `[('x', '<i4'), ('y', '<f8')]`.
    var descr: String {
        NPYHeader.descr(dtype)
    }

    /// Nested records are lists of their own; a field with a shape adds it: `('p', '<f4', (3,))`.
    private static func descr(_ dtype: DType) -> String {
        guard let record = dtype.record else { return PythonText.repr(dtype.typeString) }
        return "["
            + record.fields.map { field in
                let shape = field.shape.isEmpty ? "" : ", \(ShapeText.tuple(field.shape))"
                return "(\(PythonText.repr(field.name)), \(descr(field.dtype))\(shape))"
            }.joined(separator: ", ") + "]"
    }
}

// MARK: - Writing

extension NPYHeader {
    /// The header of `array` as `np.save` writes it: Fortran order only for an
    /// array that is F-contiguous and not C-contiguous.
    public init(describing array: NDArray) {
        self.init(dtype: array.dtype, isFortranOrder: !array.isCContiguous && array.isFContiguous, shape: array.shape)
    }

    /// The header bytes, exactly as NumPy writes them, and the format version used:
    /// 1.0 unless the header is too long for a 2-byte length, then 2.0.
    public func encoded() -> (bytes: [UInt8], version: (major: UInt8, minor: UInt8)) {
        var text =
            "{'descr': \(descr), 'fortran_order': \(isFortranOrder ? "True" : "False"), "
            + "'shape': \(ShapeText.tuple(shape)), }"
        if let growthAxis = isFortranOrder ? shape.last : shape.first {
            text += String(repeating: " ", count: max(0, Self.growthAxisDigits - String(growthAxis).count))
        }
        let body = Array(text.utf8)
        func headerLength(lengthSize: Int) -> Int {
            let unpadded = Self.magic.count + 2 + lengthSize + body.count + 1
            return body.count + 1 + (Self.alignment - unpadded % Self.alignment)
        }
        var (major, lengthSize) = (UInt8(1), 2)
        if headerLength(lengthSize: 2) > Int(UInt16.max) { (major, lengthSize) = (2, 4) }
        let length = headerLength(lengthSize: lengthSize)
        var bytes = Self.magic + [major, 0]
        for i in 0..<lengthSize { bytes.append(UInt8(truncatingIfNeeded: length >> (8 * i))) }
        bytes += body + [UInt8](repeating: 0x20, count: length - body.count - 1) + [0x0A]
        return (bytes, (major, 0))
    }
}

// MARK: - Reading

extension NPYHeader {
    /// Reads and checks the header at the start of `source`, returning it and the
    /// offset where the data begins. Errors are NumPy's `ValueError`s, word for word
    /// where NumPy has one.
    static func read(from source: ByteSource, maxHeaderSize: Int = defaultMaxHeaderSize) throws(PythonError) -> (
        NPYHeader, dataOffset: Int
    ) {
        let prefix = try source.bytes(at: 0, count: magic.count + 2)
        guard prefix.count == magic.count + 2 else {
            throw .value("EOF: reading magic string, expected \(magic.count + 2) bytes got \(prefix.count)")
        }
        guard Array(prefix.prefix(magic.count)) == magic else {
            throw .value(
                "the magic string is not correct; expected \(PythonText.repr(bytes: magic)), got \(PythonText.repr(bytes: prefix.prefix(magic.count)))"
            )
        }
        let (major, minor) = (prefix[6], prefix[7])
        let lengthSize: Int
        switch (major, minor) {
        case (1, 0): lengthSize = 2
        case (2, 0), (3, 0): lengthSize = 4
        default: throw .value("we only support format version (1,0), (2,0), and (3,0), not (\(major), \(minor))")
        }
        let lengthBytes = try source.bytes(at: prefix.count, count: lengthSize)
        guard lengthBytes.count == lengthSize else {
            throw .value("EOF: reading array header length, expected \(lengthSize) bytes got \(lengthBytes.count)")
        }
        let headerLength = lengthBytes.enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let headerStart = prefix.count + lengthSize
        let available = max(0, source.byteCount - headerStart)
        guard headerLength <= available else {
            throw .value("EOF: reading array header, expected \(headerLength) bytes got \(available)")
        }
        // A character is at most 4 bytes: a longer header is too long before decoding it.
        if headerLength > 4 * maxHeaderSize { throw headerTooLarge(headerLength) }
        let raw = try source.bytes(at: headerStart, count: headerLength)
        let text: String
        if major == 3 {
            guard let decoded = String(validating: raw, as: UTF8.self) else {
                throw .value("the array header is not valid UTF-8")
            }
            text = decoded
        } else {
            text = String(String.UnicodeScalarView(raw.map { Unicode.Scalar($0) }))
        }
        let characters = text.unicodeScalars.count
        if characters > maxHeaderSize { throw headerTooLarge(characters) }
        return (try parse(text), headerStart + headerLength)
    }

    private static func headerTooLarge(_ length: Int) -> PythonError {
        .value(
            "Header info length (\(length)) is large and may not be safe to load securely. To allow loading, adjust `max_header_size` or fully trust the `.npy` file using `allow_pickle=True`."
        )
    }

    /// Checks the dict in NumPy's order: a dict, the three keys, the shape, the
    /// order flag, then the dtype.
    static func parse(_ text: String) throws(PythonError) -> NPYHeader {
        let literal: PythonLiteral
        do {
            literal = try PythonLiteral.parse(text)
        } catch {
            throw .value("Cannot parse header: \(PythonText.repr(text))")
        }
        guard case .dict(let pairs) = literal else {
            throw .value("Header is not a dictionary: \(literal.repr)")
        }
        let keys = pairs.map(\.key)
        let expected: [PythonLiteral] = [.string("descr"), .string("fortran_order"), .string("shape")]
        guard keys.count == 3, expected.allSatisfy(keys.contains) else {
            throw .value(
                "Header does not contain the correct keys: [\(keys.map(\.repr).sorted().joined(separator: ", "))]")
        }
        func entry(_ name: String) -> PythonLiteral {
            pairs.first { $0.key == .string(name) }?.value ?? .none
        }
        let shape = try shape(entry("shape"))
        guard case .bool(let fortranOrder) = entry("fortran_order") else {
            throw .value("fortran_order is not a valid bool: \(entry("fortran_order").repr)")
        }
        return NPYHeader(dtype: try dtype(entry("descr")), isFortranOrder: fortranOrder, shape: shape)
    }

    private static func shape(_ literal: PythonLiteral) throws(PythonError) -> [Int] {
        guard case .tuple(let items) = literal else { throw .value("shape is not valid: \(literal.repr)") }
        var shape: [Int] = []
        for item in items {
            switch item {
            case .integer(let digits):
                guard let extent = Int(digits) else { throw tooBig }
                guard extent >= 0 else { throw .value("negative dimensions are not allowed") }
                shape.append(extent)
            case .bool(let b):
                // Python's bool is an int: NumPy accepts (True, 3) as (1, 3).
                shape.append(b ? 1 : 0)
            default:
                throw .value("shape is not valid: \(literal.repr)")
            }
        }
        guard shape.count <= maxDimensions else {
            throw .value(
                "maximum supported dimension for an ndarray is currently \(maxDimensions), found \(shape.count)")
        }
        return shape
    }

    static let tooBig = PythonError.value(
        "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")

    /// The dtype of a `descr` string: an optional byte order (`<`, `>`, `=`, `|`)
    /// and a type arrsh supports. Everything else NumPy can store is refused by name.
    private static func dtype(_ literal: PythonLiteral) throws(PythonError) -> DType {
        guard case .string(let descr) = literal else {
            if case .list(let items) = literal { return try recordType(items, literal) }
            throw .value("descr is not a valid dtype descriptor: \(literal.repr)")
        }
        guard let dtype = DType(name: descr) else {
            throw .value("arrsh cannot load arrays of dtype \(PythonText.repr(descr)); \(supported)")
        }
        // An object array's data is a pickle, which arrsh never reads.
        if dtype.isObject { throw .value("Object arrays cannot be loaded when allow_pickle=False") }
        return dtype
    }

    /// Records whose fields are named numeric types, packed in order (what `np.save` writes for them).
    private static func recordType(_ items: [PythonLiteral], _ literal: PythonLiteral) throws(PythonError) -> DType {
        var fields: [(name: String, dtype: DType, shape: [Int])] = []
        let refusal = PythonError.value(
            "arrsh cannot load structured arrays of these fields (descr \(literal.repr)); \(supported)")
        for item in items {
            guard case .tuple(let parts) = item, parts.count == 2 || parts.count == 3,
                case .string(let name) = parts[0], !name.isEmpty
            else { throw refusal }
            var shape: [Int] = []
            if parts.count == 3 {
                guard case .tuple(let extents) = parts[2] else { throw refusal }
                for extent in extents {
                    guard case .integer(let digits) = extent, let n = Int(digits), n >= 0 else { throw refusal }
                    shape.append(n)
                }
            }
            fields.append((name, try dtype(parts[1]), shape))
        }
        return DType(record: try RecordLayout(packing: fields))
    }

    private static let supported =
        "it supports bool, int8-64, uint8-64, float16-64, complex64-128, strings, datetime64 and timedelta64, in either byte order, and records of them"
}
