import ArrayEngine

/// A builtin method of a Python value, declared by its signature (as `Function`s are).
func method(
    _ declaration: String, style: Signature.Style = .python,
    _ body: @escaping (Interpreter, BoundArguments) throws(PythonError) -> Value
) -> Value {
    .function(Function(Signature(declaration, style: style), kind: .method, body))
}

extension BoundArguments {
    /// A str argument, with Python's TypeError naming the method.
    func text(_ name: String, method: String) throws(PythonError) -> String {
        let value = raw(name) ?? .none
        guard case .string(let s) = value else {
            throw .type("\(method) arg must be None or str")
        }
        return s
    }
}
