import ArrayEngine

/// `%whos`: every variable with its type, shape, dtype, and whose memory it uses.
enum Whos {
    static func table(_ variables: [(name: String, value: Value)]) -> String {
        guard !variables.isEmpty else { return "Interactive namespace is empty.\n" }
        let owners = OwnerNames(variables)
        var rows: [[String]] = [["Variable", "Type", "Shape", "Dtype", "Data/Info"]]
        for (name, value) in variables {
            switch value {
            case .array(let a):
                rows.append([name, "ndarray", ShapeText.tuple(a.shape), a.dtype.shownName, owners.describe(a)])
            case .scalar(let s):
                rows.append([name, s.dtype.name, "", s.dtype.name, ScalarFormatter.str(s.scalar)])
            case .object(let m as MaskedArray) where !m.isConstant:
                let mask = m.mask.map { "mask: \(owners.describe($0))" } ?? "nomask"
                rows.append([
                    name, "MaskedArray", ShapeText.tuple(m.data.shape), m.data.dtype.shownName,
                    "data: \(owners.describe(m.data)); \(mask)",
                ])
            default:
                let type = Builtins.typeOf(value)
                let typeName: String =
                    switch type {
                    case .type(let t): t.rawValue.replacingOccurrences(of: "numpy.", with: "")
                    case .scalarType(let d): d.scalarTypeName
                    default: value.typeName
                    }
                rows.append([name, typeName, "", "", String(Repr.tryRepr(value).prefix(40))])
            }
        }
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            zip(row, widths).map { $0.0.padding(toLength: $0.1, withPad: " ", startingAt: 0) }
                .joined(separator: "   ").trimmingTrailingSpaces()
        }
        lines.insert(String(repeating: "-", count: widths.reduce(0, +) + 3 * (widths.count - 1)), at: 1)
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Names the arrays bound to variables, so views can say whose memory they use.
struct OwnerNames {
    private var names: [ObjectIdentifier: String] = [:]
    /// Variables holding bytes or a bytearray, by the address of their memory.
    private var bytesNames: [UnsafeMutableRawPointer: String] = [:]

    init(_ variables: [(name: String, value: Value)]) {
        for (name, value) in variables {
            for (arrayName, a) in OwnerNames.arrays(name, value) where names[ObjectIdentifier(a)] == nil {
                names[ObjectIdentifier(a)] = arrayName
            }
            if case .object(let bytes as BytesObject) = value, bytesNames[bytes.buffer.pointer] == nil {
                bytesNames[bytes.buffer.pointer] = name
            }
        }
    }

    func name(of owner: NDArray) -> String? { names[ObjectIdentifier(owner)] }

    /// The arrays a variable holds, by the names `%whos` and `%mem` give them: an array
    /// itself; a masked array's values and mask, `m.data` and `m.mask`.
    static func arrays(_ name: String, _ value: Value) -> [(name: String, array: NDArray)] {
        switch value {
        case .array(let a): return [(name, a)]
        case .object(let m as MaskedArray) where !m.isConstant:
            return [("\(name).data", m.data)] + (m.mask.map { [("\(name).mask", $0)] } ?? [])
        default: return []
        }
    }

    /// Whose memory a buffer borrowed from Python is: "bytearray b", "a bytes object".
    func holder(of buffer: Buffer) -> String {
        let holder: BytesObject? =
            buffer.holder as? BytesObject
            ?? ((buffer.holder as? MemoryViewObject).flatMap { view in
                if case .object(let bytes as BytesObject) = view.exporter { bytes } else { nil }
            })
        let kind = holder?.typeName ?? "bytes"
        if let name = bytesNames[buffer.pointer] { return "\(kind) \(name)" }
        return kind == "bytes" ? "a bytes object" : "a \(kind)"
    }

    /// "owns data (48 bytes)", "view of a", "maps file.npy (mode 'r')", "view of an unnamed array".
    func describe(_ a: NDArray) -> String {
        if a.ownsData { return "owns data (\(a.buffer.byteCount) bytes)" }
        // Through the bases in turn: a stride trick's view has a holder between it and the owner.
        var base = a.base
        while let current = base {
            if let name = name(of: current) {
                if let part = ComplexPart(of: a) { return "\(part) parts of \(name)" }
                if let field = RecordField.name(of: a) { return "field '\(field)' of \(name)" }
                return "view of \(name)"
            }
            base = current.base
        }
        if a.buffer.origin == .borrowed { return "views \(holder(of: a.buffer)) (\(a.buffer.byteCount) bytes)" }
        if case .mappedFile(let path, let mode) = a.buffer.origin { return "maps \(path) (mode '\(mode)')" }
        return "view of an unnamed array"
    }
}

/// Which part of its owner's complex elements a float view covers (`z.real`, `z.imag`).
enum ComplexPart: String, CustomStringConvertible {
    case real, imaginary

    init?(of a: NDArray) {
        let owner = a.root
        guard owner.dtype.isComplex, !a.dtype.isComplex, a.itemsize * 2 == owner.itemsize,
            a.strides.allSatisfy({ $0 % owner.itemsize == 0 })
        else { return nil }
        let within = ((a.offset - owner.offset) % owner.itemsize + owner.itemsize) % owner.itemsize
        self = within == 0 ? .real : .imaginary
    }

    var description: String { rawValue }
}

/// Which field of its owner's records a view covers (`p['x']`).
enum RecordField {
    /// A field with a shape (`p['p']`) adds the subarray's own axes after the records' ones.
    static func name(of a: NDArray) -> String? {
        let owner = a.root
        guard let record = owner.dtype.record, a.dtype.record == nil else { return nil }
        let within = ((a.offset - owner.offset) % owner.itemsize + owner.itemsize) % owner.itemsize
        guard let field = record.fields.first(where: { $0.offset == within && $0.dtype == a.dtype }) else { return nil }
        let inner = NDArray.contiguousStrides(shape: field.shape, itemsize: field.dtype.itemsize)
        guard a.ndim >= inner.count, Array(a.shape.suffix(inner.count)) == field.shape,
            Array(a.strides.suffix(inner.count)) == inner,
            a.strides.dropLast(inner.count).allSatisfy({ $0 % owner.itemsize == 0 })
        else { return nil }
        return field.name
    }
}

extension DType {
    /// How `%whos` and `%mem` name a dtype: `float32`, or `>f4` when not native; strings and
    /// records by their type string (`<U5`, `|S3`, `|V12`), as their names say only bits.
    var shownName: String { isNative && !isFlexible ? name : typeString }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        String(reversed().drop(while: { $0 == " " }).reversed())
    }
}
