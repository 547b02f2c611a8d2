import ArrayEngine
import BigInt

/// Object arrays (`dtype=object`) in the language: each element is a reference to a
/// Python value, which the engine keeps in its `ObjectStore` as a `ValueBox`.
///
/// Reading an element gives the value itself (`a[0]` of a list element is that list),
/// writing one stores a reference to the value, and every operation on the elements is
/// Python's own (`a + 1` adds each element to 1 as Python adds), as NumPy's object loops do.
enum ObjectValues {
    /// The value of the element at `address` of an object array (None for an empty slot).
    static func load(from address: UnsafeRawPointer) -> Value {
        switch ObjectStore.load(from: address) {
        case let box as ValueBox: box.value
        case let number as ScalarObject: python(number.scalar)
        default: .none
        }
    }

    /// Stores a reference to `value` at `address` of an object array.
    static func store(_ value: Value, to address: UnsafeMutableRawPointer) {
        ObjectStore.store(value.isNone ? nil : ValueBox(value), to: address)
    }

    /// The Python number NumPy's cast to object makes of a number: Python ints of any size.
    static func python(_ scalar: Scalar) -> Value {
        if case .uint(let u) = scalar.value, Int(exactly: u) == nil { return .integer(BigInt(u)) }
        return Convert.python(scalar)
    }

    /// Every element in C order.
    static func values(_ a: NDArray) throws(PythonError) -> [Value] {
        try MemoryLimit.check(count: a.size, of: Value.self)
        // A C-ordered copy of the handles, read one after another.
        let ordered = try a.copy(as: .object)
        let width = DType.object.itemsize
        return (0..<a.size).map { load(from: ordered.pointer + $0 * width) }
    }

    /// A new object array of `shape` holding `values` in C order.
    static func array(_ values: [Value], shape: [Int]) throws(PythonError) -> NDArray {
        let result = try NDArray.allocate(shape: shape, dtype: .object, zeroed: false)
        for (i, value) in values.enumerated() {
            store(value, to: result.pointer + i * DType.object.itemsize)
        }
        return result
    }

    /// Any array's elements as Python values (numbers as `tolist()` gives them), in C order.
    static func pythonValues(_ a: NDArray) throws(PythonError) -> [Value] {
        if a.dtype.isObject { return try values(a) }
        if a.ndim == 0 { return [try ArrayAttributes.toList(a)] }
        return try flattened(try ArrayAttributes.toList(a), depth: a.ndim)
    }

    private static func flattened(_ value: Value, depth: Int) throws(PythonError) -> [Value] {
        guard depth > 0, case .list(let list) = value else { return [value] }
        var result: [Value] = []
        for item in list.items { result += try flattened(item, depth: depth - 1) }
        return result
    }

    // MARK: - Arrays from values

    /// `np.array(value, dtype=object)`: the deepest shape every nested sequence agrees on
    /// (ragged lists stop it: `[[1], [1, 2]]` is two lists), at most `ndmax` dimensions
    /// when that is not 0, the values below as elements.
    static func array(from value: Value, ndmax: Int = 0) throws(PythonError) -> NDArray {
        if case .array(let a) = value { return try objectCopy(a) }
        var shape = try discoveredShape(value, depth: 0)
        if ndmax > 0 { shape = Array(shape.prefix(ndmax)) }
        var leaves: [Value] = []
        try collect(value, depth: shape.count, into: &leaves)
        return try array(leaves, shape: shape)
    }

    /// An object array with the elements of `a` (numbers become Python numbers).
    static func objectCopy(_ a: NDArray) throws(PythonError) -> NDArray {
        if a.dtype.isObject || (!a.dtype.isFlexible && !a.dtype.isTime) { return try a.copy(as: .object) }
        return try array(try pythonValues(a), shape: a.shape)
    }

    /// An object array's values as an array of another type (`astype(int)`), each value
    /// converted as `np.array` converts it; a sequence is no element of a number array.
    static func converted(_ a: NDArray, to dtype: DType) throws(PythonError) -> NDArray {
        if dtype == .bool { return try a.copy(as: .bool) }
        let values = try values(a)
        for value in values where try items(value) != nil {
            throw .value("setting an array element with a sequence.")
        }
        return try Convert.array(.list(ListObject(values)), dtype: dtype).reshape(a.shape)
    }

    /// `a[index] = value` on an object array: one element refers to the value itself (a list
    /// too); several take the elements of the value made an object array of at most as many
    /// dimensions as they have (NumPy's limit: deeper lists are elements), broadcast.
    static func assign(_ value: Value, to a: NDArray, at items: [IndexItem]) throws(PythonError) {
        guard a.isWriteable else { throw .readOnly }
        guard case .array(let target) = try a.select(items) else { return }
        if target.ndim == 0, target.buffer === a.buffer { return store(value, to: target.pointer) }
        try a.assign(items, value: try array(from: value, ndmax: max(target.ndim, 1)))
    }

    /// The items of a sequence that array discovery descends into (not strings, not dicts).
    private static func items(_ value: Value) throws(PythonError) -> [Value]? {
        switch value {
        case .list(let list): list.items
        case .tuple(let items): items
        case .range(let start, let stop, let step): try Value.rangeItems(start, stop, step)
        case .array(let a) where a.ndim > 0: try sliced(a)
        default: nil
        }
    }

    /// The subarrays (or elements) along the first axis of `a`.
    private static func sliced(_ a: NDArray) throws(PythonError) -> [Value] {
        if a.ndim == 1 { return try pythonValues(a) }
        return try (0..<a.shape[0]).map { i throws(PythonError) in Convert.value(try a.select([.integer(i)])) }
    }

    /// Whether a sequence sits `depth` levels down in `value` (NumPy's `ndmax=` limit for number arrays).
    static func nestsDeeper(_ value: Value, than depth: Int) throws(PythonError) -> Bool {
        if case .array(let a) = value { return a.ndim > depth }
        guard let items = try items(value) else { return false }
        if depth == 0 { return true }
        for item in items where try nestsDeeper(item, than: depth - 1) { return true }
        return false
    }

    private static func discoveredShape(_ value: Value, depth: Int) throws(PythonError) -> [Int] {
        if depth > NDArray.maximumDimensions { return [] }
        if case .array(let a) = value { return a.shape }
        guard let items = try items(value) else { return [] }
        var common: [Int]?
        for item in items {
            let shape = try discoveredShape(item, depth: depth + 1)
            common = common.map { Array(zip($0, shape).prefix { $0.0 == $0.1 }.map(\.0)) } ?? shape
        }
        return [items.count] + (common ?? [])
    }

    private static func collect(_ value: Value, depth: Int, into leaves: inout [Value]) throws(PythonError) {
        guard depth > 0, let items = try items(value) else { return leaves.append(value) }
        for item in items { try collect(item, depth: depth - 1, into: &leaves) }
    }
}

/// A Python value held by an object array (what `ObjectStore` keeps for the language).
final class ValueBox: ArrayObject {
    let value: Value
    init(_ value: Value) { self.value = value }

    func arrayText() throws(PythonError) -> String {
        if case .list = value { return "list(\(try Repr.repr(value)))" }
        return try Repr.repr(value)
    }

    func plainText() throws(PythonError) -> String { try Repr.str(value) }
    func truth() throws(PythonError) -> Bool { try Convert.truth(value) }
}
