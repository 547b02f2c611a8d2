import ArrayEngine

/// A method of one of `np.random`'s objects, declared once by NumPy's signature
/// (they are Cython functions, hence Cython's binding messages) and bound to its
/// object when looked up.
///
/// Bodies receive the object as an argument and capture nothing, so the tables
/// of methods are shared constants.
struct RandomMethod<Owner: PythonObject>: @unchecked Sendable {
    let signature: Signature
    /// What it returns, for `help()`.
    let doc: String
    let body: (Owner, Interpreter, BoundArguments) throws(PythonError) -> Value

    init(
        _ declaration: String, notYet: Set<String> = [], doc: String,
        _ body: @escaping (Owner, BoundArguments) throws(PythonError) -> Value
    ) {
        self.init(
            declaration, notYet: notYet, doc: doc,
            warning: { owner, _, args throws(PythonError) in try body(owner, args) })
    }

    /// A method that may print a warning through the interpreter.
    init(
        _ declaration: String, notYet: Set<String> = [], doc: String,
        warning body: @escaping (Owner, Interpreter, BoundArguments) throws(PythonError) -> Value
    ) {
        signature = Signature(declaration, notYet: notYet, style: .cython)
        self.doc = doc
        self.body = body
    }

    /// The method bound to `owner` (also how `np.random.rand` is the global RandomState's `rand`).
    func bound(to owner: Owner) -> Value {
        let function = Function(signature, kind: .method, doc: doc) { interpreter, args throws(PythonError) in
            try body(owner, interpreter, args)
        }
        function.owner = owner.typeName.split(separator: ".").last.map(String.init)
        return .function(function)
    }

    /// A table of methods by name.
    static func table(_ methods: [RandomMethod]) -> [String: RandomMethod] {
        Dictionary(uniqueKeysWithValues: methods.map { ($0.signature.name, $0) })
    }
}

/// What setting an attribute of one of `np.random`'s Cython objects answers:
/// properties are not writable, methods are read-only, other names do not exist.
enum RandomAttributes {
    /// `propertyClass` names the class that defines the properties, when a base class does.
    static func refuse(
        _ name: String, on object: PythonObject, properties: [String], methods: [String],
        propertyClass: String? = nil
    ) -> PythonError {
        if properties.contains(name) {
            return .attribute("attribute '\(name)' of '\(propertyClass ?? object.typeName)' objects is not writable")
        }
        if methods.contains(name) { return .attribute("'\(object.typeName)' object attribute '\(name)' is read-only") }
        return .attribute("'\(object.typeName)' object has no attribute '\(name)'")
    }
}
