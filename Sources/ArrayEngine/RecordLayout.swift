/// The fields of a structured dtype: each a name, a type and a byte offset in the record.
///
/// `a['x']` is then a view at the field's offset with the record's strides: the
/// field's values sit one record apart in memory, interleaved with the others. A
/// field with a shape (`('p', 'f4', (3,))`) holds a small C-ordered array in each
/// record, and its view has those axes after the array's own.
public final class RecordLayout: Hashable, Sendable {
    public struct Field: Hashable, Sendable {
        public let name: String
        public let dtype: DType
        public let offset: Int
        /// The subarray's shape in each record; empty for one value.
        public let shape: [Int]

        public init(name: String, dtype: DType, offset: Int, shape: [Int] = []) {
            self.name = name
            self.dtype = dtype
            self.offset = offset
            self.shape = shape
        }

        /// The bytes the field takes in a record.
        public var byteCount: Int { shape.reduce(dtype.itemsize, *) }

        /// The field's type as a structured dtype's `repr` writes it: `'<f4'`, or `'<f4', (3,)` with a shape.
        var reprText: String {
            shape.isEmpty ? dtype.fieldRepr : "\(dtype.fieldRepr), \(ShapeText.tuple(shape))"
        }
    }

    public let fields: [Field]
    public let itemsize: Int

    /// Fields packed one after the other, as NumPy lays out `[('x', 'i4'), ('y', 'f8')]`;
    /// a field named `''` is named after its position, `'f1'`, as NumPy names it.
    /// Object fields would put the handles of `ObjectStore` where it does not look for them.
    static let objectField = PythonError.notImplemented("structured dtypes with object fields are not supported yet")

    public convenience init(packing fields: [(name: String, dtype: DType)]) throws(PythonError) {
        try self.init(packing: fields.map { ($0.name, $0.dtype, []) })
    }

    /// Fields packed in order, some with a shape.
    public init(packing fields: [(name: String, dtype: DType, shape: [Int])]) throws(PythonError) {
        var offset = 0
        var placed: [Field] = []
        for (position, (given, dtype, shape)) in fields.enumerated() {
            let name = given.isEmpty ? "f\(position)" : given
            if placed.contains(where: { $0.name == name }) { throw .value("field '\(name)' occurs more than once") }
            guard shape.allSatisfy({ $0 >= 0 }) else { throw .value("invalid shape in fixed-type tuple.") }
            if dtype.isObject { throw RecordLayout.objectField }
            placed.append(Field(name: name, dtype: dtype, offset: offset, shape: shape))
            offset += placed[placed.count - 1].byteCount
        }
        self.fields = placed
        self.itemsize = offset
    }

    /// Fields at the given offsets in a record of `itemsize` bytes (NumPy's dict form,
    /// `{'names': ..., 'formats': ..., 'offsets': ..., 'itemsize': ...}`); nil `itemsize`: just past the last field.
    public init(placing fields: [(name: String, dtype: DType, offset: Int)], itemsize: Int?) throws(PythonError) {
        var placed: [Field] = []
        for (position, (given, dtype, offset)) in fields.enumerated() {
            let name = given.isEmpty ? "f\(position)" : given
            if placed.contains(where: { $0.name == name }) { throw .value("field '\(name)' occurs more than once") }
            guard offset >= 0 else { throw .value("offset must be non-negative") }
            if dtype.isObject { throw RecordLayout.objectField }
            placed.append(Field(name: name, dtype: dtype, offset: offset))
        }
        let end = placed.map { $0.offset + $0.byteCount }.max() ?? 0
        if let itemsize, itemsize < end {
            throw .value(
                "NumPy dtype descriptor requires \(end) bytes, cannot override to smaller itemsize of \(itemsize)")
        }
        self.fields = placed
        self.itemsize = itemsize ?? end
    }

    /// Some fields of another layout, where they are, in a record of the same size
    /// (`a[['y', 'x']]`, a view in NumPy 2).
    public init(selecting names: [String], of layout: RecordLayout) throws(PythonError) {
        var chosen: [Field] = []
        for name in names {
            guard let field = layout.field(named: name) else { throw .init("KeyError", "'\(name)'") }
            if chosen.contains(where: { $0.name == name }) { throw .value("duplicate field of name '\(name)'") }
            chosen.append(field)
        }
        self.fields = chosen
        self.itemsize = layout.itemsize
    }

    public func field(named name: String) -> Field? { fields.first { $0.name == name } }

    /// Whether the fields are packed in order from offset 0 and fill the record.
    public var isPacked: Bool {
        var offset = 0
        for field in fields {
            guard field.offset == offset else { return false }
            offset += field.byteCount
        }
        return offset == itemsize
    }

    /// NumPy's text of the fields: `[('x', '<i4'), ('y', '<f8')]`, or the dict form
    /// with offsets when the fields are not packed in order.
    public var reprText: String {
        if isPacked {
            return "["
                + fields.map { "(\(PythonText.repr($0.name)), \($0.reprText))" }.joined(
                    separator: ", ") + "]"
        }
        let names = fields.map { PythonText.repr($0.name) }.joined(separator: ", ")
        let formats = fields.map { $0.shape.isEmpty ? $0.reprText : "(\($0.reprText))" }.joined(separator: ", ")
        let offsets = fields.map { String($0.offset) }.joined(separator: ", ")
        return "{'names': [\(names)], 'formats': [\(formats)], 'offsets': [\(offsets)], 'itemsize': \(itemsize)}"
    }

    public static func == (a: RecordLayout, b: RecordLayout) -> Bool {
        a.fields == b.fields && a.itemsize == b.itemsize
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields)
        hasher.combine(itemsize)
    }
}

extension NDArray {
    /// `a['x']`: the field's values, a view with the record's strides.
    public func field(_ name: String) throws(PythonError) -> NDArray {
        guard let record = dtype.record else {
            throw .index(
                "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
            )
        }
        guard let field = record.field(named: name) else { throw .value("no field of name \(name)") }
        return view(
            offset: offset + field.offset, shape: shape + field.shape,
            strides: strides + NDArray.contiguousStrides(shape: field.shape, itemsize: field.dtype.itemsize),
            dtype: field.dtype)
    }

    /// `a.getfield(dtype, offset)`: the bytes at `offset` in each element read as `dtype`,
    /// a view with this array's strides (a field of records the array does not declare).
    public func bytesView(_ type: DType, offset byte: Int) throws(PythonError) -> NDArray {
        try ObjectStore.checkSameReferences(dtype, type)
        guard byte >= 0 else { throw .value("offset is negative") }
        guard byte + type.itemsize <= itemsize else {
            throw .value("new type plus offset is larger than original type")
        }
        return view(offset: offset + byte, shape: shape, strides: strides, dtype: type)
    }

    /// `a[['y', 'x']]`: a view whose records show only those fields (NumPy 2).
    public func fields(_ names: [String]) throws(PythonError) -> NDArray {
        guard let record = dtype.record else {
            throw .index(
                "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
            )
        }
        return view(
            shape: shape, strides: strides, dtype: DType(record: try RecordLayout(selecting: names, of: record)))
    }
}
