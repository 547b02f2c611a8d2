import ArrayEngine

/// NumPy's record arrays: `np.recarray`, an ndarray whose fields read and write as
/// attributes (`r.x`) and whose records are `np.record`s, and the `np.rec` functions
/// that make them. A recarray is an array flagged `isRecordArray`, with a dtype of
/// `np.record` scalars when it has fields, as NumPy's `__array_finalize__` makes it.
enum RecordArrays {
    /// The array as a recarray: the same object kind NumPy's `a.view(np.recarray)` gives.
    static func recordArray(_ a: NDArray) -> NDArray {
        if a.isRecordArray, a.dtype.record == nil || a.dtype.hasRecordScalars { return a }
        return a.view(shape: a.shape, strides: a.strides, dtype: a.dtype.withRecordScalars(true), recordArray: true)
    }

    /// A new array of these elements as `type` (np.ndarray or np.recarray), seen as `dtype`.
    private static func view(_ a: NDArray, as dtype: DType? = nil, recordArray: Bool) throws(PythonError) -> NDArray {
        let type = dtype ?? a.dtype
        return try a.reinterpreted(as: recordArray ? type.withRecordScalars(true) : type, recordArray: recordArray)
    }

    /// `a.copy()` and the like: a new owner, a recarray when `recordArray`.
    static func copied(_ a: NDArray, order: ArrayOrder = .c, recordArray: Bool) throws(PythonError) -> NDArray {
        let copy = try a.copy(order: order, as: recordArray ? a.dtype.withRecordScalars(true) : nil)
        copy.isRecordArray = recordArray
        return copy
    }

    /// `a.view(dtype, type)`: an ndarray class given first is the type (`a.view(np.recarray)`).
    static func view(_ a: NDArray, dtype: Value, type: Value) throws(PythonError) -> Value {
        var (dtype, type) = (dtype, type)
        if case .type(let given) = dtype, [.ndarray, .recarray, .memmap].contains(given) {
            (dtype, type) = (.none, dtype)
        }
        let recordArray: Bool
        switch type {
        case .none: recordArray = a.isRecordArray
        case .type(.ndarray): recordArray = false
        case .type(.recarray): recordArray = true
        default: throw .notImplemented("view(type=...) of a class other than np.ndarray or np.recarray")
        }
        return .array(try view(a, as: dtype.isNone ? nil : try Convert.dtype(dtype), recordArray: recordArray))
    }

    /// `r.x`: a field as an attribute, a recarray when it has fields itself.
    static func field(of a: NDArray, _ name: String) throws(PythonError) -> Value {
        guard a.dtype.record?.field(named: name) != nil else {
            throw .attribute("recarray has no attribute \(name)")
        }
        return .array(try a.field(name))
    }

    /// What indexing a recarray gives: arrays with fields stay recarrays (copies too), others are plain.
    static func wrapped(_ value: Value, from a: NDArray) -> Value {
        guard case .array(let result) = value, result !== a else { return value }
        if result.dtype.record == nil { return .array((try? view(result, recordArray: false)) ?? result) }
        return .array(recordArray(result))
    }

    // MARK: - np.rec

    static func module() -> Module {
        let functions = [
            NumPyModule.function(
                """
                array(obj, dtype=None, shape=None, offset=0, strides=None, formats=None, names=None, titles=None, \
                aligned=False, byteorder=None, copy=True)
                """, notYet: ["offset", "strides", "titles", "byteorder"],
                doc: "A recarray from records (tuples), from arrays or lists of each field, or from an array."
            ) { _, args throws(PythonError) in
                try array(args)
            },
            NumPyModule.function(
                "fromarrays(arrayList, dtype=None, shape=None, formats=None, names=None, titles=None, aligned=False, byteorder=None)",
                notYet: ["shape", "titles", "byteorder"],
                doc: "A recarray whose fields are copies of these arrays."
            ) { _, args throws(PythonError) in
                let arrays = try items(args.raw("arrayList") ?? .none).map { v throws(PythonError) in
                    try Convert.array(v)
                }
                return .array(try fromArrays(arrays, dtype: try recordType(args, formats: nil, arrays: arrays)))
            },
            NumPyModule.function(
                "fromrecords(recList, dtype=None, shape=None, formats=None, names=None, titles=None, aligned=False, byteorder=None)",
                notYet: ["shape", "titles", "byteorder"],
                doc: "A recarray of these records (tuples), its fields' types from the values unless given."
            ) { _, args throws(PythonError) in
                .array(try fromRecords(args.raw("recList") ?? .none, args))
            },
            NumPyModule.function(
                "format_parser(formats, names, titles, aligned=False, byteorder=None)", notYet: ["byteorder"],
                doc: "A record dtype (its .dtype) from formats ('i4,f8' or a list) and field names."
            ) { _, args throws(PythonError) in
                if let titles = args["titles"], try Convert.truth(titles) {
                    throw .notImplemented("format_parser() with titles is not supported yet")
                }
                return .object(
                    FormatParser(
                        dtype: try parsedFormats(
                            args.raw("formats") ?? .none, names: args.raw("names"), aligned: try args.bool("aligned"))))
            },
        ]
        var attributes = Dictionary(uniqueKeysWithValues: functions.map { ($0.name, Value.function($0)) })
        attributes["recarray"] = .type(.recarray)
        attributes["record"] = .type(.record)
        return Module(name: "numpy.rec", attributes: attributes)
    }

    /// `np.recarray(shape, dtype)`: a new recarray (NumPy leaves its memory as it finds it; arrsh zeroes it).
    static func constructor() -> Function {
        NumPyModule.function(
            """
            recarray(shape, dtype=None, buf=None, offset=0, strides=None, formats=None, names=None, titles=None, \
            byteorder=None, aligned=False, order='C')
            """, notYet: ["buf", "offset", "strides", "titles", "byteorder", "order"],
            doc: "A new recarray of this shape, of dtype or of the record type formats and names give."
        ) { _, args throws(PythonError) in
            .array(try empty(try args.shape("shape"), try recordType(args, formats: nil, arrays: nil)))
        }
    }

    private static func empty(_ shape: [Int], _ dtype: DType) throws(PythonError) -> NDArray {
        let result = try NDArray.allocate(shape: shape, dtype: dtype.withRecordScalars(true))
        result.isRecordArray = true
        return result
    }

    /// NumPy's `np.rec.array`: what it does depends on what `obj` is.
    private static func array(_ args: BoundArguments) throws(PythonError) -> Value {
        let obj = args.raw("obj") ?? .none
        var dtype = try args["dtype"].map { v throws(PythonError) in try Convert.dtype(v) }
        if dtype == nil, let formats = args["formats"] {
            dtype = try parsedFormats(formats, names: args.raw("names"), aligned: try args.bool("aligned"))
        }
        switch obj {
        case .none, .string:
            guard let dtype else {
                throw .value("Must define formats (or dtype) if object is None, string, or an open file")
            }
            guard case .none = obj else { throw .notImplemented("np.rec.array from a string (fromstring)") }
            guard let shape = args["shape"] else { throw .value("Must define a shape if obj is None") }
            return .array(try empty(try Convert.shape(shape), dtype))
        case .list, .tuple:
            if args["shape"] != nil { throw .notImplemented("np.rec.array(shape=...) of a list") }
            let rows = try items(obj)
            guard let first = rows.first else { throw .index("list index out of range") }
            switch first {
            case .tuple, .list: return .array(try fromRecords(obj, args))
            default:
                let arrays = try rows.map { v throws(PythonError) in try Convert.array(v) }
                guard let dtype else {
                    return .array(try fromArrays(arrays, dtype: try recordType(args, formats: nil, arrays: arrays)))
                }
                return .array(try fromArrays(arrays, dtype: dtype))
            }
        case .array(let a):
            if args["shape"] != nil { throw .notImplemented("np.rec.array(shape=...) of an array") }
            var result = a
            if let dtype, dtype != a.dtype { result = try a.reinterpreted(as: dtype) }
            if try args.bool("copy") { result = try copied(result, recordArray: result.isRecordArray) }
            return .array(recordArray(result))
        case .scalar(let s): return .array(recordArray(NDArray.scalar(s.scalar)))
        case .object(_ as BytesObject): throw .notImplemented("np.rec.array from bytes (fromstring)")
        default: throw .value("Unknown input type")
        }
    }

    /// The record type of `fromarrays`/`fromrecords`/`recarray`: `dtype`, or `formats`
    /// (the arrays' own types when neither is given) with `names`.
    private static func recordType(_ args: BoundArguments, formats: Value?, arrays: [NDArray]?) throws(PythonError)
        -> DType
    {
        if let dtype = args["dtype"] { return try Convert.dtype(dtype) }
        let aligned = try args.bool("aligned")
        if let formats = args["formats"] ?? formats {
            return try parsedFormats(formats, names: args.raw("names"), aligned: aligned)
        }
        guard let arrays else { throw .value("Need formats argument") }
        return try parsedFormats(
            .list(ListObject(arrays.map { .dtype($0.dtype) })), names: args.raw("names"), aligned: aligned)
    }

    /// NumPy's `fromarrays`: each array copied into its field of new records.
    private static func fromArrays(_ arrays: [NDArray], dtype: DType) throws(PythonError) -> NDArray {
        let fields = dtype.record?.fields ?? []
        guard fields.count == arrays.count else {
            throw .value("mismatch between the number of fields and the number of arrays")
        }
        var shape = arrays.first?.shape ?? []
        // The first field's subarray axes are not the records'.
        if let first = fields.first, !first.shape.isEmpty { shape = Array(shape.dropLast(first.shape.count)) }
        let result = try empty(shape, dtype)
        for (k, (field, array)) in zip(fields, arrays).enumerated() {
            guard Array(array.shape.prefix(array.ndim - field.shape.count)) == shape else {
                throw .value("array-shape mismatch in array \(k) (\"\(field.name)\")")
            }
            try result.field(field.name).assign(array)
        }
        return result
    }

    /// NumPy's `fromrecords`: records of `dtype`, of `formats`, or of the types each
    /// position's values take (then through `fromarrays`).
    private static func fromRecords(_ value: Value, _ args: BoundArguments) throws(PythonError) -> NDArray {
        let rows = try items(value)
        if args["dtype"] == nil, args["formats"] == nil {
            let records = try rows.map { row throws(PythonError) -> [Value] in
                guard case .tuple = row, let fields = try? items(row) else {
                    if case .list(let list) = row { return list.items }
                    throw .notImplemented("fromrecords of values that are not records (tuples)")
                }
                return fields
            }
            guard let width = records.first?.count, records.allSatisfy({ $0.count == width }) else {
                throw .notImplemented("fromrecords of records of different lengths")
            }
            let columns = try (0..<width).map { i throws(PythonError) in
                try Convert.array(.list(ListObject(records.map { $0[i] })))
            }
            return try fromArrays(columns, dtype: try recordType(args, formats: nil, arrays: columns))
        }
        if rows.contains(where: { if case .list = $0 { true } else { false } }) {
            throw .notImplemented("fromrecords of lists with a dtype (NumPy warns and reads them as records)")
        }
        let dtype = try recordType(args, formats: nil, arrays: nil)
        return recordArray(try RecordValues.array(value, dtype: dtype.withRecordScalars(true)))
    }

    /// NumPy's `format_parser(...).dtype`: fields `f0`, `f1`, ... of the formats (a list,
    /// or what `np.dtype` reads), renamed by `names` (a list or `'a, b'`).
    static func parsedFormats(_ formats: Value, names: Value?, aligned: Bool) throws(PythonError) -> DType {
        var dtype: DType
        if case .list(let list) = formats {
            dtype = try RecordValues.dtype(
                fields: list.items.enumerated().map { .tuple([.string("f\($0.offset)"), $0.element]) },
                aligned: aligned)
        } else {
            dtype = try Convert.dtypeObject(formats, align: aligned)
        }
        if dtype.record == nil {
            dtype = try RecordValues.dtype(fields: [.tuple([.string("f1"), .dtype(dtype)])], aligned: aligned)
        }
        let fields = dtype.record?.fields ?? []
        var given: [String] = []
        switch names ?? .none {
        case .none: break
        case .string(let text) where text.isEmpty: break
        case .string(let text): given = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        case .list, .tuple:
            given = try items(names ?? .none).map { v throws(PythonError) in
                guard case .string(let name) = v else { throw .type("field names must be strings") }
                return name
            }
        default: throw PythonError("NameError", "illegal input names \(Repr.tryRepr(names ?? .none))")
        }
        var chosen = given.prefix(fields.count).map { $0.trimmingCharacters(in: .whitespaces) }
        chosen += (chosen.count..<fields.count).map { "f\($0)" }
        if let duplicate = chosen.enumerated().first(where: { chosen[..<$0.offset].contains($0.element) }) {
            throw .value("Duplicate field names: ['\(duplicate.element)']")
        }
        let placed = zip(chosen, fields).map { ($0, RecordValues.fieldType($1), $1.offset) }
        return DType(record: try RecordLayout(placing: placed, itemsize: nil))
    }

    /// The items of a list or tuple.
    private static func items(_ value: Value) throws(PythonError) -> [Value] {
        switch value {
        case .list(let list): list.items
        case .tuple(let items): items
        default: throw .type("expected a list or tuple, got \(value.typeName)")
        }
    }
}

/// `np.rec.format_parser(...)`: holds the record type it parsed as `.dtype`.
final class FormatParser: PythonObject {
    let dtype: DType
    init(dtype: DType) { self.dtype = dtype }

    var pythonType: PythonType { .formatParser }
    var typeName: String { "format_parser" }
    var attributeNames: [String] { ["dtype"] }
    func repr() -> String { "<numpy.rec.format_parser object at 0x\(String(ObjectIds.address(of: self), radix: 16))>" }

    func attribute(_ name: String) throws(PythonError) -> Value? { name == "dtype" ? .dtype(dtype) : nil }
}
