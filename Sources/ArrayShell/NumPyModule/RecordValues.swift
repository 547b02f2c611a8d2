import ArrayEngine

/// Structured arrays in the language: dtypes written as lists of fields, `a['x']`
/// field views, `np.void` records, and records made from tuples.
enum RecordValues {
    /// `[('x', 'i4'), ('y', 'f8')]`: fields packed in order.
    static func dtype(fields items: [Value]) throws(PythonError) -> DType {
        var fields: [(name: String, dtype: DType, shape: [Int])] = []
        for item in items {
            guard case .tuple(let parts) = item, parts.count == 2 || parts.count == 3, case .string(let name) = parts[0]
            else {
                throw .type("Field elements must be 2- or 3-tuples, got '\(Repr.tryRepr(item))'")
            }
            var dtype = try Convert.dtype(parts[1])
            var shape = parts.count == 3 ? try Convert.shape(parts[2]) : []
            if case .int(let size) = parts.count == 3 ? parts[2] : .none {
                if dtype.isString, dtype.length == 0 {
                    // For an unsized string type the number is its width: ('name', np.str_, 16) is '<U16'.
                    dtype = .string(dtype.scalarType, length: size, byteSwapped: dtype.isByteSwapped)
                    shape = []
                }
            }
            fields.append((name, dtype, shape))
        }
        return DType(record: try RecordLayout(packing: fields))
    }

    /// `dt['x']`: a field's dtype; a field with a shape would be a subarray dtype, which arrsh lacks.
    static func fieldType(_ field: RecordLayout.Field) throws(PythonError) -> Value {
        guard field.shape.isEmpty else {
            throw .notImplemented("subarray dtypes (the type of field '\(field.name)') are not supported yet")
        }
        return .dtype(field.dtype)
    }

    /// One entry of `dtype.descr`: `('x', '<i4')`, `('p', '<f4', (3,))`, or a nested record's list.
    static func descr(_ field: RecordLayout.Field) -> Value {
        let type: Value =
            field.dtype.record.map { .list(ListObject($0.fields.map(descr))) } ?? .string(field.dtype.typeString)
        let shape: [Value] = field.shape.isEmpty ? [] : [.tuple(field.shape.map { .int($0) })]
        return .tuple([.string(field.name), type] + shape)
    }

    /// `'i8, f4, S3'`: fields f0, f1, ... of those types, packed; nil for a string with no comma.
    static func dtype(commaSeparated text: String) throws(PythonError) -> DType? {
        guard text.contains(",") else { return nil }
        var parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if parts.last == "" { parts.removeLast() }
        var fields: [(name: String, dtype: DType)] = []
        for (position, part) in parts.enumerated() {
            guard let dtype = DType(name: part) else {
                if part.first?.isNumber == true || part.first == "(" {
                    throw .notImplemented("fields with a shape (subarrays) are not supported yet")
                }
                throw .type("data type '\(part)' not understood")
            }
            fields.append(("f\(position)", dtype))
        }
        return DType(record: try RecordLayout(packing: fields))
    }

    /// `{'names': [...], 'formats': [...], 'offsets': [...], 'itemsize': n}`, or
    /// `{'x': ('i4', 0), 'y': ('f8', 8)}` (fields by offset).
    static func dtype(dict: DictObject) throws(PythonError) -> DType {
        let entry = { (key: String) throws(PythonError) -> Value? in try dict.get(.string(key)) }
        guard let names = try entry("names") else {
            var fields: [(name: String, dtype: DType, offset: Int)] = []
            for (key, value) in dict.pairs {
                guard case .string(let name) = key, case .tuple(let spec) = value, spec.count == 2 else {
                    throw .notImplemented("this dict form of a structured dtype is not supported yet")
                }
                fields.append((name, try Convert.dtype(spec[0]), try Convert.index(spec[1])))
            }
            return DType(record: try RecordLayout(placing: fields.sorted { $0.offset < $1.offset }, itemsize: nil))
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
        let types = try items(formats).map { format throws(PythonError) in try Convert.dtype(format) }
        guard types.count == nameList.count else {
            throw .value("'names', 'formats' should have the same length")
        }
        let itemsize = try entry("itemsize").map { v throws(PythonError) in try Convert.index(v) }
        guard let offsets = try entry("offsets") else {
            let packed = DType(record: try RecordLayout(packing: Array(zip(nameList, types))))
            guard let itemsize else { return packed }
            let fields = packed.record?.fields.map { ($0.name, $0.dtype, $0.offset) } ?? []
            return DType(record: try RecordLayout(placing: fields, itemsize: itemsize))
        }
        let places = try items(offsets).map { v throws(PythonError) in try Convert.index(v) }
        guard places.count == nameList.count else {
            throw .value("'names', 'formats' and 'offsets' should have the same length")
        }
        let fields = zip(zip(nameList, types), places).map { ($0.0, $0.1, $1) }
        return DType(record: try RecordLayout(placing: fields, itemsize: itemsize))
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

    var pythonType: PythonType { .void }
    var typeName: String { "numpy.void" }
    var heldValues: [Value] { [.array(record)] }
    func asArray() throws(PythonError) -> NDArray? { record }
    func repr() -> String { (try? ArrayFormatter.voidText(record, repr: true)) ?? "np.void(...)" }
    func str() -> String { (try? ArrayFormatter.voidText(record, repr: false)) ?? "(...)" }
    var attributeNames: [String] { ["dtype", "itemsize", "shape", "ndim"] }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "dtype": .dtype(record.dtype)
        case "itemsize", "nbytes": .int(record.itemsize)
        case "shape": .tuple([])
        case "ndim": .int(0)
        default: nil
        }
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

    private func entry(_ field: RecordLayout.Field) throws(PythonError) -> Value {
        .tuple([try RecordValues.fieldType(field), .int(field.offset)])
    }

    func repr() -> String { "mappingproxy(\(str()))" }

    /// What `print` shows: the mapping as a dict.
    func str() -> String {
        let items = record.fields.map { field in
            let type =
                field.shape.isEmpty
                ? field.dtype.reprText : "dtype((\(field.dtype.fieldRepr), \(ShapeText.tuple(field.shape))))"
            return "\(PythonText.repr(field.name)): (\(type), \(field.offset))"
        }
        return "{" + items.joined(separator: ", ") + "}"
    }

    func item(_ key: Value) throws(PythonError) -> Value {
        guard case .string(let name) = key, let field = record.field(named: name) else {
            throw PythonError("KeyError", (try? Repr.repr(key)) ?? "")
        }
        return try entry(field)
    }

    func items() throws(PythonError) -> [Value] { record.fields.map { .string($0.name) } }
    func length() throws(PythonError) -> Int { record.fields.count }
}
