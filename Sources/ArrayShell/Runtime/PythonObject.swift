import ArrayEngine
/// A Python object of a class arrsh models only in part (`NpzFile`, `mmap.mmap`):
/// it names its type, prints itself, and answers the attributes and items it has.
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
    /// The attribute names Tab completion offers.
    var attributeNames: [String] { get }
    func item(_ key: Value) throws(PythonError) -> Value
}

extension PythonObject {
    var identity: AnyObject { self }
    func str() -> String { repr() }
    func attribute(_ name: String) throws(PythonError) -> Value? { nil }
    var attributeNames: [String] { [] }
    func item(_ key: Value) throws(PythonError) -> Value {
        throw .type("'\(typeName)' object is not subscriptable")
    }
}
