import ArrayEngine

/// `a.data`: Python's `memoryview` of an array's elements, with the array's own
/// shape and byte strides, reading and writing the same memory.
final class MemoryViewObject: PythonObject {
    /// The exporting object (`m.obj`): an array or a bytearray.
    let exporter: Value
    /// The part of the exporter's memory this view presents.
    let array: NDArray

    /// A view of an array's memory (`a.data`), or of part of it.
    convenience init(_ exporter: NDArray, presenting array: NDArray? = nil) {
        self.init(exporter: .array(exporter), presenting: array ?? exporter)
    }

    init(exporter: Value, presenting array: NDArray) {
        self.exporter = exporter
        self.array = array
    }

    var pythonType: PythonType { .memoryview }
    var typeName: String { "memoryview" }
    var heldValues: [Value] { [exporter] }
    var attributeNames: [String] {
        [
            "c_contiguous", "contiguous", "f_contiguous", "format", "itemsize", "nbytes", "ndim", "obj", "readonly",
            "shape", "strides", "tobytes", "tolist",
        ]
    }
    func asArray() throws(PythonError) -> NDArray? { array }
    func repr() -> String { "<memory at 0x\(String(ObjectIds.address(of: self), radix: 16))>" }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "obj": return exporter
        case "nbytes": return .int(array.nbytes)
        case "format":
            if array.dtype.record != nil {
                throw .notImplemented("memoryview formats of structured arrays are not supported yet")
            }
            return .string(format)
        case "itemsize": return .int(array.itemsize)
        case "readonly": return .bool(!array.isWriteable)
        case "ndim": return .int(array.ndim)
        case "shape": return .tuple(array.shape.map { .int($0) })
        case "strides": return .tuple(array.strides.map { .int($0) })
        case "c_contiguous": return .bool(array.isCContiguous)
        case "f_contiguous": return .bool(array.isFContiguous)
        case "contiguous": return .bool(array.isCContiguous || array.isFContiguous)
        case "tolist":
            return method("tolist()") { () throws(PythonError) in
                try self.checkFormat()
                return try ArrayAttributes.toList(self.array)
            }
        case "tobytes":
            return method("tobytes(order='C')") { () throws(PythonError) in .object(try Bytes.of(self.array, order: .c))
            }
        default: return nil
        }
    }

    private func method(_ declaration: String, _ body: @escaping () throws(PythonError) -> Value) -> Value {
        .function(
            Function(Signature(declaration, style: .cKeywords), kind: .method) { _, _ throws(PythonError) in try body()
            })
    }

    func length() throws(PythonError) -> Int {
        array.ndim > 0 ? array.shape[0] : 1
    }

    /// The struct format of the elements: `d`, `e`, `Zd` (complex128), `>f` (big-endian float32).
    private var format: String {
        let dtype = array.dtype
        let code = dtype.isComplex ? "Z" + dtype.realComponent.character : dtype.character
        return dtype.isNative ? code : String(dtype.byteOrderCharacter) + code
    }

    /// Python's memoryview reads and writes only native formats it knows.
    private func checkFormat() throws(PythonError) {
        if array.dtype.scalarType == .float16 { throw .notImplemented("memoryview: format e not supported") }
        if array.dtype.record != nil {
            throw .notImplemented("memoryview items of structured arrays are not supported yet")
        }
        if array.dtype.isComplex || !array.dtype.isNative {
            throw .notImplemented("memoryview: unsupported format \(format)")
        }
    }

    func items() throws(PythonError) -> [Value] {
        try checkFormat()
        guard array.ndim > 0 else { throw .type("invalid indexing of 0-dim memory") }
        guard array.ndim == 1 else { throw .notImplemented("multi-dimensional sub-views are not implemented") }
        return try array.elements().map(Convert.python)
    }

    /// `m[i]` (one dimension), `m[i, j, ...]` (every dimension), `m[a:b]` (a new memoryview).
    func item(_ key: Value) throws(PythonError) -> Value {
        switch try target(key) {
        case .element(let address):
            try checkFormat()
            return Convert.python(array.load(at: address))
        case .view(let view): return .object(MemoryViewObject(exporter: exporter, presenting: view))
        }
    }

    func setItem(_ key: Value, _ value: Value) throws(PythonError) {
        guard array.isWriteable else { throw .type("cannot modify read-only memory") }
        guard case .element(let address) = try target(key) else {
            throw .notImplemented("memoryview slice assignments are currently restricted to ndim = 1")
        }
        try checkFormat()
        array.store(try packed(value), at: address)
    }

    private enum Target {
        case element(UnsafeMutableRawPointer)
        case view(NDArray)
    }

    private func target(_ key: Value) throws(PythonError) -> Target {
        if case .ellipsis = key { return .view(array) }
        let parts: [Value] = if case .tuple(let items) = key { items } else { [key] }
        if array.ndim == 0 {
            guard parts.isEmpty else { throw .type("invalid indexing of 0-dim memory") }
            return .element(array.pointer)
        }
        if parts.count == 1, case .slice(let start, let stop, let step) = parts[0] {
            guard array.ndim == 1 else { throw .notImplemented("multi-dimensional slicing is not implemented") }
            let bound = { (v: Value) throws(PythonError) -> Int? in v.isNone ? nil : try Convert.index(v) }
            guard
                case .array(let view) = try array.select([
                    .slice(start: try bound(start), stop: try bound(stop), step: try bound(step))
                ])
            else {
                return .view(array)
            }
            return .view(view)
        }
        if parts.count < array.ndim {
            if parts.count == 1, (try? Convert.index(parts[0])) == nil {
                throw .type("memoryview: invalid slice key")
            }
            throw .notImplemented("multi-dimensional sub-views are not implemented")
        }
        guard parts.count == array.ndim else { throw .type("memoryview: invalid slice key") }
        var address = array.pointer
        for (axis, part) in parts.enumerated() {
            let i: Int
            do { i = try Convert.index(part) } catch { throw .type("memoryview: invalid slice key") }
            let extent = array.shape[axis]
            guard i >= -extent, i < extent else { throw .index("index out of bounds on dimension \(axis + 1)") }
            address += (i < 0 ? i + extent : i) * array.strides[axis]
        }
        return .element(address)
    }

    /// A value as the struct format packs it: ints for integer formats, numbers for floats.
    private func packed(_ value: Value) throws(PythonError) -> Scalar {
        let invalidType = PythonError.type("memoryview: invalid type for format '\(format)'")
        switch array.dtype.kind {
        case .boolean: return Scalar(bool: try Convert.truth(value))
        case .floating:
            guard case .float = value else {
                if case .int = value { return Scalar(.float(try Convert.double(value)), as: array.dtype) }
                throw invalidType
            }
            return Scalar(.float(try Convert.double(value)), as: array.dtype)
        case .signed, .unsigned:
            guard case .int(let i) = value else { throw invalidType }
            let fits = (try? Convert.operand(value, besides: array.dtype)) != nil
            guard fits else { throw .value("memoryview: invalid value for format '\(format)'") }
            return Scalar(.int(Int64(i)), as: array.dtype)
        case .complex, .void, .unicode, .bytes, .datetime, .timedelta:
            throw .notImplemented("memoryview: unsupported format \(format)")
        }
    }
}

/// `a.ctypes`: the array's memory for C code; `data` is the address of element 0.
final class CTypesObject: PythonObject {
    let array: NDArray
    init(_ array: NDArray) { self.array = array }

    var pythonType: PythonType { .ctypes }
    var typeName: String { "numpy._core._internal._ctypes" }
    var heldValues: [Value] { [.array(array)] }
    var attributeNames: [String] { ["data", "shape", "strides"] }
    func repr() -> String {
        "<numpy._core._internal._ctypes object at 0x\(String(ObjectIds.address(of: self), radix: 16))>"
    }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "data": .int(array.address)
        case "shape": .object(CLongArray(array.shape))
        case "strides": .object(CLongArray(array.strides))
        default: nil
        }
    }
}

/// `a.ctypes.shape` / `.strides`: a ctypes array of C longs.
final class CLongArray: PythonObject {
    let values: [Int]
    init(_ values: [Int]) { self.values = values }

    var pythonType: PythonType { .ctypes }
    var typeName: String { "c_long_Array_\(values.count)" }
    func repr() -> String {
        "<numpy._core._internal.c_long_Array_\(values.count) object at 0x\(String(ObjectIds.address(of: self), radix: 16))>"
    }
    func items() throws(PythonError) -> [Value] { values.map { .int($0) } }
    func length() throws(PythonError) -> Int { values.count }

    func item(_ key: Value) throws(PythonError) -> Value {
        let i = try Convert.index(key)
        guard i >= -values.count, i < values.count else { throw .index("invalid index") }
        return .int(values[i < 0 ? i + values.count : i])
    }
}
