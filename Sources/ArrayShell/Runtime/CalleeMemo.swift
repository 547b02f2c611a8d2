import ArrayEngine

/// The callee of a call site `object.name(...)`, remembered when `object` is a module
/// (`np.may_share_memory(a, b)`): the module's dictionary is searched again only when
/// another module comes or the module's attributes have changed since (`Module.version`).
///
/// Searching hashes the name at every call, a tenth of a short `np` call's time.
/// Any other object's attribute is looked up as always (a method is bound anew at each call).
final class CalleeMemo {
    private let name: String
    private var module: Module?
    private var version = 0
    private var value = Value.none

    init(_ name: String) { self.name = name }

    func attribute(of object: Value, in interpreter: Interpreter) throws(PythonError) -> Value {
        guard case .module(let current) = object else { return try interpreter.attribute(of: object, name) }
        if current === module, current.version == version { return value }
        let found = try interpreter.attribute(of: object, name)
        (module, version, value) = (current, current.version, found)
        return found
    }
}
