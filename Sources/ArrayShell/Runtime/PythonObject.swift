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
    func attribute(_ name: String) throws(PythonError) -> Value?
    func item(_ key: Value) throws(PythonError) -> Value
    /// The values the object keeps alive (an array's `flat` holds the array).
    var heldValues: [Value] { get }
}

extension PythonObject {
    var identity: AnyObject { self }
    var heldValues: [Value] { [] }
    func attribute(_ name: String) throws(PythonError) -> Value? { nil }
    func item(_ key: Value) throws(PythonError) -> Value {
        throw .type("'\(typeName)' object is not subscriptable")
    }
}
