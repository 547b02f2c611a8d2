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

    init(_ declaration: String, notYet: Set<String> = [], doc: String,
         _ body: @escaping (Owner, BoundArguments) throws(PythonError) -> Value) {
        self.init(declaration, notYet: notYet, doc: doc, warning: { owner, _, args throws(PythonError) in try body(owner, args) })
    }

    /// A method that may print a warning through the interpreter.
    init(_ declaration: String, notYet: Set<String> = [], doc: String,
         warning body: @escaping (Owner, Interpreter, BoundArguments) throws(PythonError) -> Value) {
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
