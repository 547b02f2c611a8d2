import ArrayEngine

/// A Python object of a class arrsh models only in part (`NpzFile`, `mmap.mmap`,
/// `bytes`, `memoryview`, `a.flat`): it names its type, prints itself, and answers
/// the attributes, items, iteration and comparisons it has.
protocol PythonObject: AnyObject {
    /// What `type(x)` reports.
    var pythonType: PythonType { get }
    /// The name in messages: `'NpzFile' object has no attribute 'x'`.
    var typeName: String { get }
    /// What `is` and `id` compare: the object itself unless it stands for another.
    var identity: AnyObject { get }
    func repr() -> String
    /// What `str()` and `print` show; `repr()` unless the class has its own.
    func str() -> String
    func attribute(_ name: String) throws(PythonError) -> Value?
    /// `x.name = value`.
    func setAttribute(_ name: String, _ value: Value) throws(PythonError)
    /// The attribute names Tab completion offers.
    var attributeNames: [String] { get }
    func item(_ key: Value) throws(PythonError) -> Value
    /// `x[key] = value`.
    func setItem(_ key: Value, _ value: Value) throws(PythonError)
    /// The items `for` and `list(x)` walk.
    func items() throws(PythonError) -> [Value]
    /// `len(x)`.
    func length() throws(PythonError) -> Int
    /// `x == other` (identity unless the class compares values).
    func isEqual(to other: Value) -> Bool
    /// The values the object keeps alive (an array's `flat` holds the array).
    var heldValues: [Value] { get }
    /// The array `np.asarray(x)` makes of it, nil when it is no array-like.
    func asArray() throws(PythonError) -> NDArray?
}

extension PythonObject {
    var identity: AnyObject { self }
    var heldValues: [Value] { [] }
    func asArray() throws(PythonError) -> NDArray? { nil }
    func str() -> String { repr() }
    func attribute(_ name: String) throws(PythonError) -> Value? { nil }
    var attributeNames: [String] { [] }
    func item(_ key: Value) throws(PythonError) -> Value {
        throw .type("'\(typeName)' object is not subscriptable")
    }
    func setAttribute(_ name: String, _ value: Value) throws(PythonError) {
        throw .attribute("'\(typeName)' object has no attribute '\(name)' and no __dict__ for setting new attributes")
    }
    func setItem(_ key: Value, _ value: Value) throws(PythonError) {
        throw .type("'\(typeName)' object does not support item assignment")
    }
    func items() throws(PythonError) -> [Value] {
        throw .type("'\(typeName)' object is not iterable")
    }
    func length() throws(PythonError) -> Int {
        throw .type("object of type '\(typeName)' has no len()")
    }
    func isEqual(to other: Value) -> Bool {
        if case .object(let o) = other { return o === self }
        return false
    }
}
