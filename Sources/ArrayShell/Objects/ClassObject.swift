import ArrayEngine

/// A Python class: the builtin exception classes, NumPy's exceptions, and classes the
/// user defines with `class`. Attribute lookup follows the MRO, as Python's does.
final class ClassObject {
    let name: String
    let qualifiedName: String
    /// `builtins`, `numpy.exceptions`, `__main__`: shown in the repr of all but builtins.
    let module: String
    let bases: [ClassObject]
    var attributes: [String: Value]
    /// The interpreter whose code runs this class's methods (`__repr__` inside a list's repr).
    var interpreter: Interpreter? { link?.interpreter }
    private let link: InterpreterLink?
    /// The class and its ancestors in method resolution order (C3 linearisation).
    private(set) var mro: [ClassObject] = []

    init(
        name: String, qualifiedName: String? = nil, module: String, bases: [ClassObject],
        attributes: [String: Value] = [:],
        interpreter: Interpreter? = nil
    ) throws(PythonError) {
        self.link = interpreter?.link
        self.name = name
        self.qualifiedName = qualifiedName ?? name
        self.module = module
        self.bases = bases
        self.attributes = attributes
        mro = [self] + (try ClassObject.merge(bases.map(\.mro) + [bases]))
    }

    /// A class without bases (`object`): its MRO is itself, so nothing can fail.
    init(root name: String, module: String) {
        link = nil
        self.name = name
        qualifiedName = name
        self.module = module
        bases = []
        attributes = [:]
        mro = []
        mro = [self]
    }

    /// C3: the head of the first list that appears in no other list's tail, repeatedly.
    private static func merge(_ lists: [[ClassObject]]) throws(PythonError) -> [ClassObject] {
        var lists = lists.filter { !$0.isEmpty }
        var result: [ClassObject] = []
        while !lists.isEmpty {
            guard
                let head = lists.lazy.map({ $0[0] }).first(where: { candidate in
                    !lists.contains { $0.dropFirst().contains { $0 === candidate } }
                })
            else {
                throw .type("Cannot create a consistent method resolution order (MRO)")
            }
            result.append(head)
            lists = lists.map { $0.first === head ? Array($0.dropFirst()) : $0 }.filter { !$0.isEmpty }
        }
        return result
    }

    func isSubclass(of other: ClassObject) -> Bool { mro.contains { $0 === other } }

    /// An attribute found along the MRO.
    func lookup(_ attribute: String) -> Value? {
        for cls in mro { if let value = cls.attributes[attribute] { return value } }
        return nil
    }

    var isException: Bool { mro.contains { $0.name == "BaseException" && $0.module == "builtins" } }

    /// `<class 'ValueError'>`, `<class 'numpy.exceptions.AxisError'>`, `<class '__main__.A'>`.
    var repr: String {
        module == "builtins" ? "<class '\(qualifiedName)'>" : "<class '\(module).\(qualifiedName)'>"
    }
}

/// An instance of a `ClassObject`: its attributes, and for exceptions their arguments.
final class Instance: @unchecked Sendable {
    let cls: ClassObject
    var attributes = Attributes()
    /// An exception's `args`.
    var arguments: [Value] = []

    init(_ cls: ClassObject, arguments: [Value] = []) {
        self.cls = cls
        self.arguments = arguments
    }

    /// An instance's attributes, in the order they were first set (as `vars()` shows them).
    struct Attributes: Sequence {
        private var values: [String: Value] = [:]
        private var order: [String] = []

        subscript(name: String) -> Value? {
            get { values[name] }
            set {
                if let newValue {
                    if values.updateValue(newValue, forKey: name) == nil { order.append(name) }
                } else {
                    removeValue(forKey: name)
                }
            }
        }

        @discardableResult
        mutating func removeValue(forKey name: String) -> Value? {
            guard let old = values.removeValue(forKey: name) else { return nil }
            order.removeAll { $0 == name }
            return old
        }

        func makeIterator() -> IndexingIterator<[(key: String, value: Value)]> {
            order.compactMap { name in values[name].map { (key: name, value: $0) } }.makeIterator()
        }
    }

    /// A class that defines `__eq__` without `__hash__` makes unhashable instances.
    var isUnhashable: Bool {
        if case .none? = cls.lookup("__hash__") { return true }
        return false
    }
}
