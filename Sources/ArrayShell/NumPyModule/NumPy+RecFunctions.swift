import ArrayEngine

/// `numpy.lib.recfunctions`: structured arrays to and from plain ones, their fields
/// repacked, renamed, dropped or required by name. Python has it only once imported
/// (`from numpy.lib import recfunctions as rfn`); the functions built on masked
/// arrays (`append_fields`, `merge_arrays`, `stack_arrays`, `join_by`, ...) are not here.
extension NumPyModule {
    static func recFunctionsModule() -> Module {
        let functions = [
            function(
                "structured_to_unstructured(arr, dtype=None, copy=False, casting='unsafe')",
                doc: """
                    The plain values of each record along a new last axis (a view when no value needs a cast and they sit one step apart).
                    """
            ) { _, args throws(PythonError) in
                let arr = try args.array("arr")
                return .array(
                    try arr.unstructured(
                        as: try args.dtype("dtype"), copy: try args.bool("copy"), casting: try args.casting()))
            },
            function(
                "unstructured_to_structured(arr, dtype=None, names=None, align=False, copy=False, casting='unsafe')",
                doc: "The last axis read as records of dtype (or of fields named names, of arr's type)."
            ) { _, args throws(PythonError) in
                let arr = try args.array("arr")
                guard let count = arr.shape.last else { throw .value("arr must have at least one dimension") }
                if count == 0 { throw .notImplemented("last axis with size 0 is not supported") }
                let align = try args.bool("align")
                let recordType: DType
                if let given = args["dtype"] {
                    if args["names"] != nil { throw .value("don't supply both dtype and names") }
                    recordType = try Convert.dtypeObject(given)
                    guard let record = recordType.record else { throw .type("'NoneType' object is not iterable") }
                    if align, !record.isAligned { throw .value("align was True but dtype is not aligned") }
                } else {
                    let names = try args["names"].map { v throws(PythonError) in try fieldNames(v) }
                    if let names, names.count != count {
                        throw .notImplemented("names= of another length than the last axis is not supported")
                    }
                    let fields = (names ?? (0..<count).map { "f\($0)" }).map { ($0, arr.dtype) }
                    recordType = DType(record: try RecordLayout(packing: fields, aligned: align))
                }
                return .array(
                    try arr.structured(as: recordType, copy: try args.bool("copy"), casting: try args.casting()))
            },
            function(
                "repack_fields(a, align=False, recurse=False)",
                doc: """
                    The dtype (or a copy of the array in it) with the fields packed in order, or padded as a C struct with align=True.
                    """
            ) { _, args throws(PythonError) in
                let align = try args.bool("align")
                let recurse = try args.bool("recurse")
                let given = args.raw("a") ?? .none
                if case .dtype(let d) = given { return .dtype(try repacked(d, align: align, recurse: recurse)) }
                let a = try args.array("a")
                let d = try repacked(a.dtype, align: align, recurse: recurse)
                return .array(d == a.dtype && d.record?.isAligned == a.dtype.record?.isAligned ? a : try a.copy(as: d))
            },
            function(
                "rename_fields(base, namemapper)",
                doc: "A view of base whose fields (nested ones too) are renamed by the dict namemapper."
            ) { _, args throws(PythonError) in
                let base = try args.array("base")
                guard case .dict(let mapper) = args.raw("namemapper") ?? .none else {
                    throw .notImplemented("rename_fields() takes its names as a dict")
                }
                guard let record = base.dtype.record else { throw .type("'NoneType' object is not iterable") }
                let renamed = try renamed(record) { name throws(PythonError) in
                    guard let new = try mapper.get(.string(name)) else { return name }
                    guard case .string(let text) = new else { throw .type("field names must be strings") }
                    return text
                }
                return .array(try base.reinterpreted(as: renamed))
            },
            function(
                "drop_fields(base, drop_names, usemask=True, asrecarray=False)",
                doc: "A copy of base without the fields named (nested ones too)."
            ) { _, args throws(PythonError) in
                let base = try args.array("base")
                _ = try args.bool("usemask")
                if try args.bool("asrecarray") {
                    throw .notImplemented("drop_fields(asrecarray=True) is not supported")
                }
                let raw = args.raw("drop_names") ?? .none
                let drop: Set<String> =
                    if case .string(let name) = raw { [name] } else { Set(try fieldNames(raw)) }
                guard let record = base.dtype.record else { throw .type("'NoneType' object is not iterable") }
                guard let kept = try keeping(record, without: drop) else {
                    throw .notImplemented("dropping every field is not supported")
                }
                let output = try NDArray.allocate(shape: base.shape, dtype: kept)
                try fillFields(output, from: base)
                return .array(output)
            },
            function(
                "recursive_fill_fields(input, output)",
                doc:
                    "Fills output's fields from input's of the same names (nested ones too), as many records as input has."
            ) { _, args throws(PythonError) in
                let output = try args.array("output")
                try fillFields(output, from: try args.array("input"))
                return .array(output)
            },
            function(
                "require_fields(array, required_dtype)",
                doc:
                    "A new array of required_dtype whose fields are copied by name from array's (zero where it has none)."
            ) { _, args throws(PythonError) in
                let array = try args.array("array")
                let output = try NDArray.allocate(
                    shape: array.shape, dtype: try Convert.dtype(args.raw("required_dtype") ?? .none))
                try assignByName(output, array, zeroUnassigned: true)
                return .array(output)
            },
            function(
                "assign_fields_by_name(dst, src, zero_unassigned=True)",
                doc: "Copies src's fields into dst's of the same names (nested ones too), zeroing the others."
            ) { _, args throws(PythonError) in
                try assignByName(
                    try args.array("dst"), try args.array("src"), zeroUnassigned: try args.bool("zero_unassigned"))
                return .none
            },
            function(
                "apply_along_fields(func, arr)",
                doc: "func(structured_to_unstructured(arr), axis=-1): a reduction across the fields of each record."
            ) { interpreter, args throws(PythonError) in
                let arr = try args.array("arr")
                let values = try arr.unstructured(as: nil, copy: false, casting: .unsafe)
                return try interpreter.call(
                    args.raw("func") ?? .none, Arguments([.array(values)], keywords: [("axis", .int(-1))]))
            },
            function(
                "get_names(adtype)",
                doc: "The field names as a tuple; a nested record's as (name, (its names))."
            ) { _, args throws(PythonError) in
                .tuple(names(try fieldsOf(args.raw("adtype"))))
            },
            function(
                "get_names_flat(adtype)",
                doc: "Every field name, nested records' after their own, as one flat tuple."
            ) { _, args throws(PythonError) in
                .tuple(flatNames(try fieldsOf(args.raw("adtype"))).map { .string($0) })
            },
            function(
                "flatten_descr(ndtype)",
                doc: "Every plain field as (name, dtype), nested records flattened."
            ) { _, args throws(PythonError) in
                let d = try Convert.dtypeObject(args.raw("ndtype") ?? .none)
                guard let record = d.record else { return .tuple([.tuple([.string(""), .dtype(d)])]) }
                return .tuple(flatDescr(record))
            },
        ]
        return Module(
            name: "numpy.lib.recfunctions",
            attributes: Dictionary(uniqueKeysWithValues: functions.map { ($0.name, .function($0)) }))
    }

    /// A list or tuple of field names.
    private static func fieldNames(_ value: Value) throws(PythonError) -> [String] {
        let items: [Value]
        switch value {
        case .list(let list): items = list.items
        case .tuple(let parts): items = parts
        default: throw .type("field names must be given as a list of strings")
        }
        return try items.map { item throws(PythonError) in
            guard case .string(let name) = item else { throw .type("field names must be strings") }
            return name
        }
    }

    /// The fields of a structured dtype (`adtype.names` must not be None).
    private static func fieldsOf(_ value: Value?) throws(PythonError) -> RecordLayout {
        guard let record = try Convert.dtypeObject(value ?? .none).record else {
            throw .type("'NoneType' object is not iterable")
        }
        return record
    }

    /// NumPy's `repack_fields` of a dtype: its fields (and, with `recurse`, nested ones) packed or aligned.
    private static func repacked(_ d: DType, align: Bool, recurse: Bool) throws(PythonError) -> DType {
        guard let record = d.record else { return d }
        let fields = try record.fields.map { field throws(PythonError) in
            (field.name, recurse ? try repacked(field.dtype, align: align, recurse: true) : field.dtype, field.shape)
        }
        return DType(record: try RecordLayout(packing: fields, aligned: align))
    }

    /// The fields renamed by `rename`, nested ones too, packed in order (NumPy views the array as that list).
    private static func renamed(_ record: RecordLayout, _ rename: (String) throws(PythonError) -> String)
        throws(PythonError) -> DType
    {
        let fields = try record.fields.map { field throws(PythonError) in
            let type = try field.dtype.record.map { nested throws(PythonError) in try renamed(nested, rename) }
            return (try rename(field.name), type ?? field.dtype, field.shape)
        }
        return DType(record: try RecordLayout(packing: fields))
    }

    /// The fields not in `drop`, nested records without theirs (and without the ones left empty), packed; nil for none left.
    private static func keeping(_ record: RecordLayout, without drop: Set<String>) throws(PythonError) -> DType? {
        var fields: [(name: String, dtype: DType, shape: [Int])] = []
        for field in record.fields where !drop.contains(field.name) {
            guard let nested = field.dtype.record else {
                fields.append((field.name, field.dtype, field.shape))
                continue
            }
            if let kept = try keeping(nested, without: drop) { fields.append((field.name, kept, field.shape)) }
        }
        return fields.isEmpty ? nil : DType(record: try RecordLayout(packing: fields))
    }

    /// NumPy's `assign_fields_by_name`: each field of `dst` from `src`'s field of that name
    /// (records within records by name again); a field `src` lacks is zeroed when asked.
    static func assignByName(_ dst: NDArray, _ src: NDArray, zeroUnassigned: Bool) throws(PythonError) {
        guard let record = dst.dtype.record else { return try dst.assign(src) }
        for field in record.fields {
            let target = try dst.field(field.name)
            guard src.dtype.record?.field(named: field.name) != nil else {
                if zeroUnassigned { try target.fill(Scalar(.int(0), as: .int64)) }
                continue
            }
            try assignByName(target, try src.field(field.name), zeroUnassigned: zeroUnassigned)
        }
    }

    /// NumPy's `recursive_fill_fields`: each field of `output` that `input` has too gets
    /// `input`'s values in its first records.
    private static func fillFields(_ output: NDArray, from input: NDArray) throws(PythonError) {
        for field in output.dtype.record?.fields ?? [] where input.dtype.record?.field(named: field.name) != nil {
            let current = try input.field(field.name)
            let target = try output.field(field.name)
            if current.dtype.record != nil {
                try fillFields(target, from: current)
                continue
            }
            guard let count = current.shape.first, let room = target.shape.first else {
                throw .type("len() of unsized object")
            }
            try target.view(shape: [min(count, room)] + target.shape.dropFirst(), strides: target.strides).assign(
                current)
        }
    }

    private static func names(_ record: RecordLayout) -> [Value] {
        record.fields.map { field in
            guard let nested = field.dtype.record else { return .string(field.name) }
            return .tuple([.string(field.name), .tuple(names(nested))])
        }
    }

    private static func flatNames(_ record: RecordLayout) -> [String] {
        record.fields.flatMap { [$0.name] + ($0.dtype.record.map(flatNames) ?? []) }
    }

    private static func flatDescr(_ record: RecordLayout) -> [Value] {
        record.fields.flatMap { field in
            field.dtype.record.map(flatDescr)
                ?? [.tuple([.string(field.name), .dtype(RecordValues.fieldType(field))])]
        }
    }
}
