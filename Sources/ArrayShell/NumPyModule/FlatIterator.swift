import ArrayEngine

/// `a.flat`: NumPy's `flatiter`, the elements of `base` in C order as one sequence
/// whatever its strides. Reading gives copies (or scalars); writing goes through to
/// the array's memory, values repeating as needed. It is an iterator too: `next`, `for`
/// and `list` consume it, and indexing it starts it over, as NumPy's does.
final class FlatIterator: PythonObject {
    let base: NDArray
    /// The C-order position of the next element `next` gives.
    private var index = 0
    /// NumPy deprecates a float index (and truncates it); the warning goes here.
    private let warn: (String) -> Void

    init(_ base: NDArray, warn: @escaping (String) -> Void) {
        self.base = base
        self.warn = warn
    }

    var pythonType: PythonType { .flatiter }
    var typeName: String { "numpy.flatiter" }
    var heldValues: [Value] { [.array(base)] }
    var attributeNames: [String] { ["base", "coords", "copy", "index"] }
    func repr() -> String { "<numpy.flatiter object at 0x\(String(ObjectIds.address(of: self), radix: 16))>" }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "base": return .array(base)
        case "index": return .int(index)
        case "coords":
            // The index unravelled in C order, the first axis taking what is left (`(2, 0)` at the end of 2 x 3).
            var rest = index
            var coords = [Int](repeating: 0, count: base.ndim)
            for axis in coords.indices.reversed() {
                coords[axis] = axis == 0 ? rest : (base.shape[axis] == 0 ? 0 : rest % base.shape[axis])
                if axis > 0, base.shape[axis] > 0 { rest /= base.shape[axis] }
            }
            return .tuple(coords.map { .int($0) })
        case "copy":
            return .function(
                Function(Signature("copy()", style: .cPositional), kind: .method, doc: "A flattened copy.") {
                    _, _ throws(PythonError) in
                    .array(try self.base.flatten())
                })
        default: return nil
        }
    }

    func length() throws(PythonError) -> Int { base.size }
    func asArray() throws(PythonError) -> NDArray? { try base.flatten() }

    /// The elements not yet given by `next`, consumed.
    func items() throws(PythonError) -> [Value] {
        try MemoryLimit.check(count: base.size - index, of: Value.self)
        var remaining: [Value] = []
        while let item = try next() {
            if remaining.count & 0xFFFF == 0xFFFF { try Interruption.check() }
            remaining.append(item)
        }
        return remaining
    }

    /// `next(a.flat)`: the next element, nil at the end.
    func next() throws(PythonError) -> Value? {
        guard index < base.size else { return nil }
        defer { index += 1 }
        return try element(.one(index))
    }

    func item(_ key: Value) throws(PythonError) -> Value {
        index = 0
        return try element(try positions(key))
    }

    private func element(_ positions: Positions) throws(PythonError) -> Value {
        switch positions {
        case .one(let p):
            let offset = base.offset + base.byteOffset(ofPosition: p)
            // A string, a record or an object comes back as its value, as indexing gives it.
            guard base.dtype.selectsAsView else { return .scalar(base.load(at: base.buffer.pointer + offset)) }
            return Convert.value(.array(base.view(offset: offset, shape: [], strides: [])))
        case .many(let list, let shape): return .array(try base.elements(atPositions: list, shape: shape))
        }
    }

    func setItem(_ key: Value, _ value: Value) throws(PythonError) {
        index = 0
        let targets: [Int] =
            switch try positions(key) {
            case .one(let p): [p]
            case .many(let list, _): list
            }
        let values = try Convert.operand(value, besides: base.dtype)
        guard base.isWriteable else { throw .value("underlying array is read-only") }
        try base.store(values, atPositions: targets)
    }

    /// `a.flat = value`: every element, values repeating.
    func assignAll(_ value: Value) throws(PythonError) {
        try setItem(.ellipsis, value)
    }

    private enum Positions {
        case one(Int)
        case many([Int], shape: [Int])
    }

    /// The C-order positions a key names, checked against the size.
    private func positions(_ key: Value) throws(PythonError) -> Positions {
        let size = base.size
        try MemoryLimit.check(count: size, of: Int.self)
        switch key {
        case .int, .bool:
            return .one(try base.position(try Convert.index(key)))
        case .scalar(let s) where s.dtype.isInteger:
            return .one(try base.position(try Convert.index(key)))
        case .float(let d):
            warn(
                "DeprecationWarning: Invalid non-array indices for iterator objects are deprecated and will be removed in a future version. (Deprecated NumPy 2.4)\n"
            )
            guard let index = Int(exactly: d.rounded(.towardZero)) else {
                throw .index("index \(FloatFormatting.scalarText(d)) is out of bounds for size \(size)")
            }
            return .one(try base.position(index))
        case .ellipsis:
            return .many(Array(0..<size), shape: [size])
        case .tuple(let items):
            if items.isEmpty { return .many(Array(0..<size), shape: [size]) }
            if items.count == 1 { return try positions(items[0]) }
            throw tooMany(items.count)
        case .slice(let start, let stop, let step):
            let bound = { (v: Value) throws(PythonError) -> Int? in v.isNone ? nil : try Convert.index(v) }
            let slice = try ResolvedSlice(
                start: try bound(start), stop: try bound(stop), step: try bound(step), length: size)
            return .many((0..<slice.count).map { slice.start + $0 * slice.step }, shape: [slice.count])
        case .list, .array:
            let index = try Convert.array(key)
            if index.dtype == .bool {
                guard index.ndim == 1 else { throw tooMany(index.ndim) }
                guard index.size == size else {
                    throw .index(
                        "boolean index did not match indexed flat iterator along axis 0; size of axis is \(size) but size of corresponding boolean axis is \(index.size)"
                    )
                }
                let chosen = try index.elements().enumerated().filter { $0.element.boolValue }.map(\.offset)
                return .many(chosen, shape: [chosen.count])
            }
            let list = try index.elements().map { s throws(PythonError) in
                try base.position(try Convert.index(.scalar(s)))
            }
            return .many(list, shape: index.shape)
        default:
            throw .index(
                "only integers, slices (`:`), ellipsis (`...`) and integer or boolean arrays are valid indices")
        }
    }

    private func tooMany(_ count: Int) -> PythonError {
        .index("too many indices for flat iterator: flat iterator is 1-dimensional, but \(count) were indexed")
    }
}
