import ArrayEngine

/// `x[index]` and `x[index] = value` for arrays, lists, tuples and strings.
extension Interpreter {
    func getItem(_ object: Value, _ index: Value) throws(PythonError) -> Value {
        switch object {
        case .array(let a):
            let item = try arrayItem(a, index)
            return a.isRecordArray ? RecordArrays.wrapped(item, from: a) : item
        case .scalar(let s):
            // NumPy indexes a scalar as a 0-d array (`x[None]`, `x[True]`, `x[...]`); whatever
            // that refuses is this one IndexError.
            do {
                return try arrayItem(NDArray.scalar(s.scalar), index)
            } catch {
                throw .index("invalid index to scalar variable.")
            }
        case .list(let list):
            return try sequenceItem(list.items, index, kind: "list") { .list(ListObject($0)) }
        case .tuple(let items):
            return try sequenceItem(items, index, kind: "tuple") { .tuple($0) }
        case .range(let start, let stop, let step):
            return try rangeItem(start, stop, step, index)
        case .string(let text):
            return try sequenceItem(text.map { .string(String($0)) }, index, kind: "string") { parts in
                .string(parts.map { if case .string(let c) = $0 { c } else { "" } }.joined())
            }
        case .flags(let a):
            guard case .string(let key) = index else { throw .type("flags indices must be strings") }
            return try readFlag(a, key)
        case .dtype(let d):
            // A structured dtype's fields by name or position: `dt['x']`, `dt[1]`, `dt[['x', 'z']]`.
            guard let record = d.record else {
                throw PythonError("KeyError", "'There are no fields in dtype \(d.strText).'")
            }
            if case .string(let name) = index {
                guard let field = record.field(named: name) else {
                    throw PythonError("KeyError", "\"Field named '\(name)' not found.\"")
                }
                return .dtype(RecordValues.fieldType(field))
            }
            if case .list(let names) = index {
                let chosen = try names.items.map { item throws(PythonError) -> String in
                    guard case .string(let name) = item else {
                        throw .type(
                            "Field key must be an integer field offset, single field name, or list of field names.")
                    }
                    return name
                }
                return .dtype(DType(record: try RecordLayout(selecting: chosen, of: record)))
            }
            let i = try Convert.index(index)
            let fields = record.fields
            guard i >= -fields.count, i < fields.count else { throw .index("Field index \(i) out of range.") }
            return .dtype(RecordValues.fieldType(fields[i < 0 ? i + fields.count : i]))
        case .dict, .instance, .classObject:
            return try containerItem(object, index)
        case .object(let text as StringScalar):
            return try getItem(text.plain, index)
        case .object(let o):
            return try o.item(index)
        case .scalarType(let dtype):
            throw .type("type 'numpy.\(dtype.name)' is not subscriptable")
        default:
            throw .type("'\(object.typeName)' object is not subscriptable")
        }
    }

    /// `a[index]`: an element, a view or a copy.
    private func arrayItem(_ a: NDArray, _ index: Value) throws(PythonError) -> Value {
        if let address = ElementAccess.address(in: a, at: index) { return ElementAccess.load(from: a, at: address) }
        if let view = SliceView.view(of: a, index) { return .array(view) }
        if let field = try RecordValues.fieldSelection(a, index) { return .array(field) }
        let items = try indexItems(index)
        return Convert.value(try a.select(items))
    }

    func setItem(_ object: Value, _ index: Value, to value: Value) throws(PythonError) {
        switch object {
        case .array(let a):
            if ElementAccess.setElement(of: a, at: index, to: value) { return }
            if let field = try RecordValues.fieldSelection(a, index) {
                noteWrite(a)
                // Several fields take records (a tuple each), one field takes its values.
                if field.dtype.record != nil { return try RecordValues.fill(field, from: value) }
                return try field.assign(try Convert.operand(value, besides: field.dtype))
            }
            let items = try indexItems(index)
            if a.dtype.record != nil {
                // Index arrays select copies: writing records through them needs NumPy's own path.
                if items.contains(where: { if case .array = $0 { true } else { false } }) {
                    throw .notImplemented(
                        "assigning records through index arrays is not supported yet; assign their fields")
                }
                noteWrite(a)
                guard case .array(let target) = try a.select(items) else { return }
                return try RecordValues.fill(target, from: value)
            }
            if a.dtype.isObject {
                noteWrite(a)
                return try ObjectValues.assign(value, to: a, at: items)
            }
            var value = value
            if items.count == a.ndim, items.allSatisfy({ if case .integer = $0 { true } else { false } }),
                let element = try Convert.sequenceElement(value, of: a.dtype)
            {
                value = element
            }
            let parsed = a.dtype.isString ? value : try Convert.parsingStrings(value, as: a.dtype)
            // A Python float turns into the array's float type here: an overflow warns as a cast.
            let source = try withWarnings("cast") { () throws(PythonError) in
                try Convert.assignable(parsed, into: a.dtype)
            }
            noteWrite(a)
            warnIfDiscardingImaginary(from: source.dtype, to: a.dtype)
            try withWarnings("cast") { () throws(PythonError) in try a.assign(items, value: source) }
        case .list(let list):
            if case .slice = index {
                try setListSlice(list, index, to: value)
                return
            }
            let i = try sequenceIndex(index, count: list.items.count, kind: "list", assignment: true)
            list.items[i] = value
        case .dict, .instance:
            try setContainerItem(object, index, to: value)
        case .flags(let a):
            guard case .string(let key) = index else { throw .type("flags indices must be strings") }
            try FlagsAttributes.set(a, key: key, value)
        case .object(let o):
            try o.setItem(index, value)
        default:
            throw .type("'\(object.typeName)' object does not support item assignment")
        }
    }

    /// A Python index value as engine index items.
    func indexItems(_ index: Value) throws(PythonError) -> [IndexItem] {
        if case .tuple(let parts) = index { return try parts.map { v throws(PythonError) in try indexItem(v) } }
        return [try indexItem(index)]
    }

    private func indexItem(_ value: Value) throws(PythonError) -> IndexItem {
        switch value {
        case .int(let i): return .integer(i)
        case .scalar(let s) where s.dtype.isInteger: return .integer(try Convert.index(value))
        case .slice(let start, let stop, let step):
            return .slice(start: try sliceBound(start), stop: try sliceBound(stop), step: try sliceBound(step))
        case .ellipsis: return .ellipsis
        case .none: return .newAxis
        case .array(let a):
            if a.ndim == 0, a.dtype.isInteger { return .integer(try Convert.index(value)) }
            return .array(a)
        case .list:
            let array = try Convert.array(value)
            if array.size == 0 { return .array(try array.copy(as: .int64)) }
            // A list NumPy cannot read as integers is not an index at all (an array of floats is one of the wrong type).
            if array.dtype.isFloat { throw Interpreter.invalidIndex }
            return .array(array)
        case .bool(let b):
            return .array(NDArray.scalar(Scalar(bool: b)))
        case .scalar(let s) where s.dtype == .bool:
            return .array(NDArray.scalar(s.scalar))
        default:
            throw Interpreter.invalidIndex
        }
    }

    func sliceBound(_ value: Value) throws(PythonError) -> Int? {
        if value.isNone { return nil }
        do {
            return try Convert.index(value)
        } catch {
            throw .type("slice indices must be integers or None or have an __index__ method")
        }
    }

    func sequenceIndex(_ index: Value, count: Int, kind: String, assignment: Bool = false) throws(PythonError) -> Int {
        let i: Int
        do {
            i = try Convert.index(index)
        } catch {
            throw .type("\(kind) indices must be integers or slices, not \(index.typeName)")
        }
        guard i >= -count, i < count else {
            throw .index("\(kind) \(assignment ? "assignment " : "")index out of range")
        }
        return i < 0 ? i + count : i
    }

    private func sequenceItem(
        _ items: [Value], _ index: Value, kind: String,
        rebuild: ([Value]) -> Value
    ) throws(PythonError) -> Value {
        if case .slice(let start, let stop, let step) = index {
            let (first, end, stride) = (try sliceBound(start), try sliceBound(stop), try sliceBound(step))
            let slice = try ResolvedSlice(start: first, stop: end, step: stride, length: items.count)
            return rebuild((0..<slice.count).map { items[slice.start + $0 * slice.step] })
        }
        return items[try sequenceIndex(index, count: items.count, kind: kind)]
    }
}

extension Interpreter {
    static let invalidIndex = PythonError.index(
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
    )
}
