import ArrayEngine

/// Structured arrays in the language: dtypes written as lists of fields, `a['x']`
/// field views, `np.void` records, and records made from tuples.
enum RecordValues {
    /// `[('x', 'i4'), ('y', 'f8')]`: fields packed in order (with padding when `aligned`).
    static func dtype(fields items: [Value], aligned: Bool = false) throws(PythonError) -> DType {
        var fields: [(name: String, dtype: DType, shape: [Int])] = []
        for item in items {
            guard case .tuple(let parts) = item, parts.count == 2 || parts.count == 3 else {
                throw .type("Field elements must be 2- or 3-tuples, got '\(Repr.tryRepr(item))'")
            }
            guard case .string(let name) = parts[0] else {
                if case .tuple = parts[0] {
                    throw .notImplemented("field titles (a (title, name) pair) are not supported yet")
                }
                throw .type("Field elements must be 2- or 3-tuples, got '\(Repr.tryRepr(item))'")
            }
            var dtype = try Convert.dtypeObject(parts[1])
            var shape: [Int] = []
            if parts.count == 3 {
                if case .int(let size) = parts[2], dtype.isString, dtype.length == 0 {
                    // For an unsized string type the number is its width: ('name', np.str_, 16) is '<U16'.
                    dtype = .string(dtype.scalarType, length: size, byteSwapped: dtype.isByteSwapped)
                } else {
                    shape = try subarrayShape(parts[2])
                    if !shape.isEmpty, dtype.subarray != nil {
                        throw .notImplemented("a field of subarrays of a subarray dtype is not supported yet")
                    }
                }
            }
            let (base, inner) = try fieldParts(dtype)
            fields.append((name, base, shape + inner))
        }
        return DType(record: try RecordLayout(packing: fields, aligned: aligned))
    }

    /// A field's type split into its element type and shape: a subarray dtype gives its
    /// base and shape; a subarray of subarrays is refused.
    private static func fieldParts(_ dtype: DType) throws(PythonError) -> (DType, [Int]) {
        guard let subarray = dtype.subarray else { return (dtype, []) }
        if subarray.base.subarray != nil {
            throw .notImplemented("a field of subarrays of a subarray dtype is not supported yet")
        }
        return (subarray.base, subarray.shape)
    }

    /// The shape of a subarray: an int or a tuple of ints, none negative (NumPy's words).
    private static func subarrayShape(_ value: Value) throws(PythonError) -> [Int] {
        let items: [Value]
        switch value {
        case .int, .bool: items = [value]
        case .tuple(let parts): items = parts
        case .list(let list): items = list.items
        default: throw .value("invalid shape in fixed-type tuple.")
        }
        return try items.map { item throws(PythonError) in
            guard case .int(let size) = item else { throw .value("invalid shape in fixed-type tuple.") }
            guard size >= 0 else { throw .value("invalid shape in fixed-type tuple: dimension smaller then zero.") }
            return size
        }
    }

    /// `(base, shape)`: a subarray dtype (the base itself for shape `()`), or for an
    /// unsized string type `(np.str_, 10)`, that width.
    static func dtype(tuple parts: [Value]) throws(PythonError) -> DType {
        guard parts.count == 2 else { throw .type("Tuple must have size 2, but has size \(parts.count)") }
        // (np.record, fields) and (np.void, fields): the fields with that scalar type.
        if case .type(let scalar) = parts[0], scalar == .record || scalar == .void {
            if case .int = parts[1] { throw .notImplemented("unstructured void dtypes ('V') are not supported yet") }
            let fields = try Convert.dtypeObject(parts[1])
            guard fields.record != nil else {
                throw .notImplemented(
                    "(np.void, size) and (np.record, type) of a type without fields are not supported yet")
            }
            return fields.withRecordScalars(scalar == .record)
        }
        let base = try Convert.dtypeObject(parts[0])
        let overBytes = PythonError.notImplemented(
            "a dtype over another type's bytes ((base, dtype)) is not supported yet")
        switch parts[1] {
        case .list, .dict: throw overBytes
        // A tuple that is no shape is another dtype: NumPy's (base, dtype) form.
        case .tuple(let items) where !items.isEmpty && { if case .int = items[0] { false } else { true } }():
            throw overBytes
        case .int(let size) where base.isString && base.length == 0:
            return .string(base.scalarType, length: size, byteSwapped: base.isByteSwapped)
        default:
            let shape = try subarrayShape(parts[1])
            return shape.isEmpty ? base : DType(subarray: base, shape: shape)
        }
    }

    /// `dt['x']` and `dt.fields`: a field's dtype, a subarray dtype for a field with a shape.
    static func fieldType(_ field: RecordLayout.Field) -> DType {
        field.shape.isEmpty ? field.dtype : DType(subarray: field.dtype, shape: field.shape)
    }

    /// `dtype.descr`: each field as `('x', '<i4')`, `('p', '<f4', (3,))` or a nested
    /// record's list, with `('', '|V3')` for the bytes between and after; fields out of
    /// order of offset have none, as in NumPy.
    static func descr(_ record: RecordLayout) throws(PythonError) -> [Value] {
        var entries: [Value] = []
        var offset = 0
        for field in record.fields {
            if field.offset > offset { entries.append(.tuple([.string(""), .string("|V\(field.offset - offset)")])) }
            guard field.offset >= offset else {
                throw .value("dtype.descr is not defined for types with overlapping or out-of-order fields")
            }
            var type = Value.string(field.dtype.typeString)
            if let nested = field.dtype.record { type = .list(ListObject(try descr(nested))) }
            let shape: [Value] = field.shape.isEmpty ? [] : [.tuple(field.shape.map { .int($0) })]
            entries.append(.tuple([.string(field.name), type] + shape))
            offset = field.offset + field.byteCount
        }
        if record.itemsize > offset { entries.append(.tuple([.string(""), .string("|V\(record.itemsize - offset)")])) }
        return entries
    }

    /// `'i8, f4, S3'`, `'3int8, (2, 3)f8'`: fields f0, f1, ... of those types, packed
    /// (or aligned); nil for a string with no comma.
    static func dtype(commaSeparated text: String, aligned: Bool = false) throws(PythonError) -> DType? {
        guard text.contains(",") else { return nil }
        // Commas inside a shape's parentheses do not separate fields.
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == ",", depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        parts = parts.map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count > 1 else { return nil }
        if parts.last == "" { parts.removeLast() }
        var fields: [(name: String, dtype: DType, shape: [Int])] = []
        for (position, part) in parts.enumerated() {
            if let warning = DTypeNames.deprecation(part) { PendingWarnings.add(warning) }
            let shaped = try dtype(shapePrefixed: part)
            guard let dtype = DType(name: part) ?? shaped else {
                if DTypeNames.isUnsupported(part) {
                    throw .notImplemented("arrsh has no arrays of dtype '\(part)' yet (objects, dates, long double)")
                }
                throw .type("data type '\(part)' not understood")
            }
            let (base, shape) = try fieldParts(dtype)
            fields.append(("f\(position)", base, shape))
        }
        return DType(record: try RecordLayout(packing: fields, aligned: aligned))
    }

    /// `'8f'`, `'3int8'`, `'(2, 3)f8'`: a type after its shape, a subarray dtype; nil
    /// when the text does not begin with a shape.
    static func dtype(shapePrefixed text: String) throws(PythonError) -> DType? {
        let shapeText: Substring
        let rest: Substring
        if text.hasPrefix("(") {
            guard let close = text.firstIndex(of: ")") else { return nil }
            shapeText = text[text.index(after: text.startIndex)..<close]
            rest = text[text.index(after: close)...]
            // '(2)i4' is not a tuple: NumPy wants the comma.
            guard shapeText.contains(",") || shapeText.allSatisfy(\.isWhitespace) else { return nil }
        } else {
            guard let end = text.firstIndex(where: { !$0.isASCII || !$0.isNumber }), end != text.startIndex else {
                return nil
            }
            shapeText = text[..<end]
            rest = text[end...]
        }
        var shape: [Int] = []
        for piece in shapeText.split(separator: ",") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard let size = Int(trimmed), size >= 0 else { return nil }
            shape.append(size)
        }
        guard let base = DType(name: rest.trimmingCharacters(in: .whitespaces)) else { return nil }
        return shape.isEmpty ? base : DType(subarray: base, shape: shape)
    }

    /// `{'names': [...], 'formats': [...], 'offsets': [...], 'itemsize': n}`, or
    /// `{'x': ('i4', 0), 'y': ('f8', 8)}` (fields by offset).
    static func dtype(dict: DictObject, aligned: Bool = false) throws(PythonError) -> DType {
        let entry = { (key: String) throws(PythonError) -> Value? in try dict.get(.string(key)) }
        guard let names = try entry("names") else {
            var fields: [(name: String, dtype: DType, offset: Int)] = []
            for (key, value) in dict.pairs {
                guard case .string(let name) = key, case .tuple(let spec) = value, spec.count == 2 else {
                    if case .tuple(let spec) = value, spec.count == 3 {
                        throw .notImplemented("field titles (a third item of a field) are not supported yet")
                    }
                    throw .notImplemented("this dict form of a structured dtype is not supported yet")
                }
                fields.append((name, try Convert.dtypeObject(spec[0]), try Convert.index(spec[1])))
            }
            return DType(
                record: try RecordLayout(
                    placing: fields.sorted { $0.offset < $1.offset }, itemsize: nil, aligned: aligned))
        }
        for key in dict.pairs.map(\.key) {
            guard case .string(let word) = key, ["names", "formats", "offsets", "itemsize"].contains(word) else {
                throw .notImplemented("structured dtype entry \(Repr.tryRepr(key)) is not supported yet")
            }
        }
        let nameList = try items(names).map { name throws(PythonError) -> String in
            guard case .string(let text) = name else { throw .value("field names must be strings") }
            return text
        }
        guard let formats = try entry("formats") else { throw .value("entry 'formats' must be given") }
        let types = try items(formats).map { format throws(PythonError) in try Convert.dtypeObject(format) }
        guard types.count == nameList.count else {
            throw .value("'names', 'formats' should have the same length")
        }
        let itemsize = try entry("itemsize").map { v throws(PythonError) in try Convert.index(v) }
        guard let offsets = try entry("offsets") else {
            let packed = DType(record: try RecordLayout(packing: Array(zip(nameList, types)), aligned: aligned))
            guard let itemsize else { return packed }
            let fields = packed.record?.fields.map { ($0.name, $0.dtype, $0.offset) } ?? []
            return DType(record: try RecordLayout(placing: fields, itemsize: itemsize, aligned: aligned))
        }
        let places = try items(offsets).map { v throws(PythonError) in try Convert.index(v) }
        guard places.count == nameList.count else {
            throw .value("'names', 'formats' and 'offsets' should have the same length")
        }
        let fields = zip(zip(nameList, types), places).map { ($0.0, $0.1, $1) }
        return DType(record: try RecordLayout(placing: fields, itemsize: itemsize, aligned: aligned))
    }

    /// The items of a list or tuple in a dtype's description.
    private static func items(_ value: Value) throws(PythonError) -> [Value] {
        switch value {
        case .list(let list): list.items
        case .tuple(let items): items
        default: throw .type("a structured dtype's names, formats and offsets are lists")
        }
    }

    /// `a['x']` and `a[['x', 'y']]` on a structured array, nil for other indices.
    static func fieldSelection(_ a: NDArray, _ index: Value) throws(PythonError) -> NDArray? {
        if case .string(let name) = index { return try a.field(name) }
        guard a.dtype.record != nil, case .list(let list) = index, !list.items.isEmpty else { return nil }
        var names: [String] = []
        for item in list.items {
            guard case .string(let name) = item else { return nil }
            names.append(name)
        }
        return try a.fields(names)
    }

    /// Records from Python values: a tuple is one record, one value per field; a
    /// number goes to every field. Written into `target` (records of `dtype`).
    static func fill(_ target: NDArray, from value: Value) throws(PythonError) {
        guard let record = target.dtype.record else { return }
        if case .tuple(let parts) = value {
            guard parts.count == record.fields.count else {
                throw .value(
                    "could not assign tuple of length \(parts.count) to structure with \(record.fields.count) fields.")
            }
            for (field, part) in zip(record.fields, parts) {
                // A nested record takes its own tuple, field by field.
                if field.dtype.record != nil {
                    try fill(try target.field(field.name), from: part)
                    continue
                }
                try target.field(field.name).assign(try Convert.operand(part, besides: field.dtype))
            }
            return
        }
        if case .object(let void as VoidScalar) = value {
            try target.assign(void.record)
            return
        }
        let items: [Value]? =
            switch value {
            case .list(let list): list.items
            default: nil
            }
        guard let items else {
            if case .array(let a) = value { return try target.assign(a) }
            return try target.assign(try Convert.operand(value, besides: nil))
        }
        guard target.ndim > 0, items.count == target.shape[0] || items.count == 1 else {
            throw .value(
                "could not broadcast input array from shape (\(items.count),) into shape \(ShapeText.tuple(target.shape))"
            )
        }
        for i in 0..<target.shape[0] {
            guard case .array(let row) = try target.select([.slice(start: i, stop: i + 1, step: 1)]) else { continue }
            let inner = try row.reshape(Array(row.shape.dropFirst()))
            try fill(inner, from: items.count == 1 ? items[0] : items[i])
        }
    }

    /// Every record in C order as a tuple of Python values (`a.tolist()`).
    static func pythonValues(_ a: NDArray) throws(PythonError) -> [Value] {
        if a.dtype.record?.fields.contains(where: { !$0.shape.isEmpty }) == true {
            throw .notImplemented("tolist() of records with subarray fields is not supported yet")
        }
        let columns = try (a.dtype.record?.fields ?? []).map { field throws(PythonError) in
            try a.field(field.name).elements().map(Convert.python)
        }
        return (0..<a.size).map { i in .tuple(columns.map { $0[i] }) }
    }

    /// `np.array(obj, dtype=records)`: the shape from the lists around the tuples.
    static func array(_ value: Value, dtype: DType) throws(PythonError) -> NDArray {
        var shape: [Int] = []
        var level = value
        while case .list(let list) = level {
            shape.append(list.items.count)
            guard let first = list.items.first else { break }
            level = first
        }
        let result = try NDArray.allocate(shape: shape, dtype: dtype)
        try fill(result, from: value)
        return result
    }
}

/// An `np.void` scalar: one record of a structured array, a view of its bytes
/// (writing a field of it writes the array, as in NumPy).
final class VoidScalar: PythonObject {
    let record: NDArray
    init(_ record: NDArray) { self.record = record }

    var pythonType: PythonType { record.dtype.hasRecordScalars ? .record : .void }
    var typeName: String { record.dtype.hasRecordScalars ? "record" : "numpy.void" }
    var heldValues: [Value] { [.array(record)] }
    func asArray() throws(PythonError) -> NDArray? { record }
    func repr() -> String { (try? ArrayFormatter.voidText(record, repr: true)) ?? "np.void(...)" }
    func str() -> String { (try? ArrayFormatter.voidText(record, repr: false)) ?? "(...)" }
    var attributeNames: [String] { ["dtype", "itemsize", "shape", "ndim", "item", "tolist"] }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "item", "tolist":
            // The record as a tuple of Python values.
            .function(
                Function(Signature("\(name)()", style: .cPositional), kind: .method, doc: "The record as a tuple.") {
                    [record] _, _ throws(PythonError) in
                    try RecordValues.pythonValues(record).first ?? .tuple([])
                })
        case "dtype": .dtype(record.dtype)
        case "itemsize", "nbytes": .int(record.itemsize)
        case "shape": .tuple([])
        case "ndim": .int(0)
        // An np.record reads its fields as attributes.
        case _ where record.dtype.hasRecordScalars && record.dtype.record?.field(named: name) != nil:
            try item(.string(name))
        default: nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) {
        guard record.dtype.hasRecordScalars else {
            throw .attribute(
                "'\(typeName)' object has no attribute '\(name)' and no __dict__ for setting new attributes")
        }
        guard record.dtype.record?.field(named: name) != nil else {
            throw .attribute("'record' object has no attribute '\(name)'")
        }
        try setItem(.string(name), value)
    }

    func item(_ key: Value) throws(PythonError) -> Value {
        let field = try self.field(key)
        return try Interpreter.unwrap(try record.field(field), scalar: true)
    }

    func setItem(_ key: Value, _ value: Value) throws(PythonError) {
        try record.field(try field(key)).assign(try Convert.operand(value, besides: nil))
    }

    func items() throws(PythonError) -> [Value] {
        try (record.dtype.record?.fields ?? []).map { field throws(PythonError) in
            try Interpreter.unwrap(try record.field(field.name), scalar: true)
        }
    }

    func length() throws(PythonError) -> Int { record.dtype.record?.fields.count ?? 0 }

    /// A field by name or by position.
    private func field(_ key: Value) throws(PythonError) -> String {
        let fields = record.dtype.record?.fields ?? []
        if case .string(let name) = key { return name }
        let i = try Convert.index(key)
        guard i >= -fields.count, i < fields.count else { throw .index("invalid index") }
        return fields[i < 0 ? i + fields.count : i].name
    }
}

/// `dtype.fields`: NumPy's read-only mapping of each field's name to `(dtype, offset)`.
final class MappingProxy: PythonObject {
    let record: RecordLayout
    init(_ record: RecordLayout) { self.record = record }

    var pythonType: PythonType { .mappingProxy }
    var typeName: String { "mappingproxy" }

    private func entry(_ field: RecordLayout.Field) -> Value {
        .tuple([.dtype(RecordValues.fieldType(field)), .int(field.offset)])
    }

    func repr() -> String { "mappingproxy(\(str()))" }

    /// What `print` shows: the mapping as a dict.
    func str() -> String {
        let items = record.fields.map { field in
            "\(PythonText.repr(field.name)): (\(RecordValues.fieldType(field).reprText), \(field.offset))"
        }
        return "{" + items.joined(separator: ", ") + "}"
    }

    func item(_ key: Value) throws(PythonError) -> Value {
        guard case .string(let name) = key, let field = record.field(named: name) else {
            throw PythonError("KeyError", (try? Repr.repr(key)) ?? "")
        }
        return entry(field)
    }

    func items() throws(PythonError) -> [Value] { record.fields.map { .string($0.name) } }
    func length() throws(PythonError) -> Int { record.fields.count }
}
