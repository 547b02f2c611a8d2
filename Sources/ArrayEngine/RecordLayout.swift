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
    /// NumPy's `isalignedstruct` (`align=True`): each field at a multiple of its
    /// alignment, and the record a multiple of the largest, as a C struct.
    public let isAligned: Bool
    /// The dtype's scalar type is `np.record` (kept here to keep `DType` small); `==` ignores it.
    public let hasRecordScalars: Bool

    /// Fields packed one after the other, as NumPy lays out `[('x', 'i4'), ('y', 'f8')]`;
    /// a field named `''` is named after its position, `'f1'`, as NumPy names it.
    /// Object fields would put the handles of `ObjectStore` where it does not look for them.
    static let objectField = PythonError.notImplemented("structured dtypes with object fields are not supported yet")

    public convenience init(packing fields: [(name: String, dtype: DType)], aligned: Bool = false) throws(PythonError) {
        try self.init(packing: fields.map { ($0.name, $0.dtype, []) }, aligned: aligned)
    }

    /// Fields in order, some with a shape: packed, or with a C compiler's padding when `aligned`.
    public init(packing fields: [(name: String, dtype: DType, shape: [Int])], aligned: Bool = false) throws(PythonError)
    {
        var offset = 0
        var placed: [Field] = []
        for (position, (given, dtype, shape)) in fields.enumerated() {
            let name = given.isEmpty ? "f\(position)" : given
            if placed.contains(where: { $0.name == name }) { throw .value("field '\(name)' occurs more than once") }
            guard shape.allSatisfy({ $0 >= 0 }) else { throw .value("invalid shape in fixed-type tuple.") }
            if dtype.isObject { throw RecordLayout.objectField }
            if aligned { offset = RecordLayout.roundUp(offset, to: dtype.alignment) }
            placed.append(Field(name: name, dtype: dtype, offset: offset, shape: shape))
            offset += placed[placed.count - 1].byteCount
        }
        self.fields = placed
        self.isAligned = aligned
        self.hasRecordScalars = false
        self.itemsize = aligned ? RecordLayout.roundUp(offset, to: RecordLayout.largestAlignment(placed)) : offset
    }

    /// Fields at the given offsets in a record of `itemsize` bytes (NumPy's dict form,
    /// `{'names': ..., 'formats': ..., 'offsets': ..., 'itemsize': ...}`); nil `itemsize`: just past the last field.
    /// With `aligned`, every offset must be a multiple of its field's alignment, and the
    /// size is rounded up to the largest.
    public init(placing fields: [(name: String, dtype: DType, offset: Int)], itemsize: Int?, aligned: Bool = false)
        throws(PythonError)
    {
        var placed: [Field] = []
        for (position, (given, dtype, offset)) in fields.enumerated() {
            let name = given.isEmpty ? "f\(position)" : given
            if placed.contains(where: { $0.name == name }) { throw .value("field '\(name)' occurs more than once") }
            guard offset >= 0 else { throw .value("offset must be non-negative") }
            if dtype.isObject { throw RecordLayout.objectField }
            if aligned, offset % dtype.alignment != 0 {
                throw .value(
                    "offset \(offset) for NumPy dtype with fields is not divisible by the field alignment \(dtype.alignment) with align=True"
                )
            }
            // A subarray type is a field with a shape.
            placed.append(
                Field(
                    name: name, dtype: dtype.subarray?.base ?? dtype, offset: offset, shape: dtype.subarray?.shape ?? []
                ))
        }
        let largest = aligned ? RecordLayout.largestAlignment(placed) : 1
        let end = RecordLayout.roundUp(placed.map { $0.offset + $0.byteCount }.max() ?? 0, to: largest)
        if let itemsize, itemsize < end {
            throw .value(
                "NumPy dtype descriptor requires \(end) bytes, cannot override to smaller itemsize of \(itemsize)")
        }
        if let itemsize, itemsize % largest != 0 {
            throw .value(
                "NumPy dtype descriptor requires alignment of \(largest) bytes, which is not divisible into the specified itemsize \(itemsize)"
            )
        }
        self.fields = placed
        self.isAligned = aligned
        self.hasRecordScalars = false
        self.itemsize = itemsize ?? end
    }

    private static func roundUp(_ offset: Int, to alignment: Int) -> Int {
        (offset + alignment - 1) / alignment * alignment
    }

    private static func largestAlignment(_ fields: [Field]) -> Int { fields.map(\.dtype.alignment).max() ?? 1 }

    /// NumPy's `dtype.alignment` of the record: the largest of its fields' when aligned, else 1.
    public var alignment: Int { isAligned ? RecordLayout.largestAlignment(fields) : 1 }

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
        self.isAligned = layout.isAligned
        self.hasRecordScalars = false
    }

    /// Fields exactly as given, unchecked: for layouts derived from valid ones.
    init(fields: [Field], itemsize: Int, aligned: Bool = false, recordScalars: Bool = false) {
        self.fields = fields
        self.itemsize = itemsize
        self.isAligned = aligned
        self.hasRecordScalars = recordScalars
    }

    /// This layout for a dtype of `np.record` (or `np.void`) scalars.
    func withRecordScalars(_ on: Bool) -> RecordLayout {
        on == hasRecordScalars
            ? self : RecordLayout(fields: fields, itemsize: itemsize, aligned: isAligned, recordScalars: on)
    }

    /// The same fields at the same places, each of the type `transform` gives for
    /// its own (`newbyteorder` of a record changes every field).
    public func mapping(_ transform: (DType) -> DType) -> RecordLayout {
        RecordLayout(
            fields: fields.map { Field(name: $0.name, dtype: transform($0.dtype), offset: $0.offset, shape: $0.shape) },
            itemsize: itemsize, aligned: isAligned)
    }

    public func field(named name: String) -> Field? { fields.first { $0.name == name } }

    /// Whether the fields are packed in order from offset 0 and fill the record (with
    /// a C compiler's padding when aligned): a list of fields then says it all.
    public var isPacked: Bool {
        var offset = 0
        for field in fields {
            if isAligned { offset = RecordLayout.roundUp(offset, to: field.dtype.alignment) }
            guard field.offset == offset else { return false }
            offset += field.byteCount
        }
        return RecordLayout.roundUp(offset, to: alignment) == itemsize
    }

    /// NumPy's text of the fields: `[('x', '<i4'), ('y', '<f8')]`, or the dict form
    /// with offsets when the fields are not packed in order, or when `includingAlign`
    /// asks for an aligned record's `'aligned': True` (`str(dtype)`, an array's `dtype=`).
    public func text(includingAlign: Bool) -> String {
        if isPacked, !(includingAlign && isAligned) {
            return "["
                + fields.map { "(\(PythonText.repr($0.name)), \($0.reprText))" }.joined(
                    separator: ", ") + "]"
        }
        let names = fields.map { PythonText.repr($0.name) }.joined(separator: ", ")
        let formats = fields.map { $0.shape.isEmpty ? $0.reprText : "(\($0.reprText))" }.joined(separator: ", ")
        let offsets = fields.map { String($0.offset) }.joined(separator: ", ")
        let aligned = includingAlign && isAligned ? ", 'aligned': True" : ""
        return
            "{'names': [\(names)], 'formats': [\(formats)], 'offsets': [\(offsets)], 'itemsize': \(itemsize)\(aligned)}"
    }

    /// The fields as a field of another record or a subarray's base writes them.
    public var reprText: String { text(includingAlign: false) }

    public static func == (a: RecordLayout, b: RecordLayout) -> Bool {
        // NumPy's == ignores the aligned flag: the bytes are laid out the same.
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
        // A recarray's nested records are recarrays (of np.record scalars) too. Its other
        // fields are plain views of a recarray view, as NumPy's getfield then view(ndarray) make them.
        let nested = isRecordArray && field.dtype.record != nil
        let result = view(
            offset: offset + field.offset, shape: shape + field.shape,
            strides: strides + NDArray.contiguousStrides(shape: field.shape, itemsize: field.dtype.itemsize),
            dtype: field.dtype.withRecordScalars(nested || field.dtype.hasRecordScalars))
        guard isRecordArray, !nested else { return result }
        return result.view(shape: result.shape, strides: result.strides, recordArray: false)
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
            shape: shape, strides: strides,
            dtype: DType(
                record: try RecordLayout(selecting: names, of: record), recordScalars: dtype.hasRecordScalars))
    }
}
