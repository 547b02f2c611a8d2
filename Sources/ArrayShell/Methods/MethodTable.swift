import ArrayEngine
import Synchronization

/// A builtin method of a Python value, declared by its signature (as `Function`s are).
func method(
    _ declaration: String, style: Signature.Style = .python,
    _ body: @escaping (Interpreter, BoundArguments) throws(PythonError) -> Value
) -> Value {
    .function(Function(MethodSignatures.parsed(declaration, style: style), kind: .method, body))
}

/// A method of one positional-only parameter that loops call (`lst.append(x)`, `s.add(x)`).
///
/// A call site `object.name(x)` runs its body on the object at once, with no method
/// object made (`Compiler.methodCall`). Read as an attribute (`f = lst.append`), it is
/// bound to its object as a `Function`, whose call with one argument also runs the body
/// with no binding; any other call binds as `method`'s do, and fails as Python's. Its
/// signature is made once, a static constant of its type's methods.
struct OneArgumentMethod<Receiver: AnyObject>: Sendable {
    let signature: Signature
    let body: @Sendable (Interpreter, Receiver, Value) throws(PythonError) -> Value

    init(
        _ declaration: String, _ body: @escaping @Sendable (Interpreter, Receiver, Value) throws(PythonError) -> Value
    ) {
        signature = Signature(declaration, style: .singleArgument)
        self.body = body
    }

    /// The method read as an attribute of `receiver`.
    func bound(to receiver: Receiver) -> Value {
        let (name, body) = (signature.parameters[0].name, body)
        let function = Function(signature, kind: .method) { interpreter, args throws(PythonError) in
            try body(interpreter, receiver, args.raw(name) ?? .none)
        }
        function.positionalCall = .init(counts: 1...1) { interpreter, values throws(PythonError) in
            try body(interpreter, receiver, values[0])
        }
        return .function(function)
    }
}

/// A method is made anew at every access (`lst.append(x)` in a loop), bound to its
/// object; its declaration is parsed once, and the signature shared.
private enum MethodSignatures {
    private struct Key: Hashable {
        let declaration: String
        let style: Signature.Style
    }
    /// Bounded: the declarations are the methods' own, fixed in the source.
    private static let signatures = Mutex<[Key: Signature]>([:])

    static func parsed(_ declaration: String, style: Signature.Style) -> Signature {
        let key = Key(declaration: declaration, style: style)
        if let known = signatures.withLock({ $0[key] }) { return known }
        let signature = Signature(declaration, style: style)
        signatures.withLock { $0[key] = signature }
        return signature
    }
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
