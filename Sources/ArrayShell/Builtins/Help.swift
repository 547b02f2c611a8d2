import ArrayEngine

/// `help(x)` / `x?`: the signature and a short description, saying whether the
/// result is a view or a copy.
enum Help {
    static func text(for value: Value, in interpreter: Interpreter) -> String {
        switch value {
        case .function(let f):
            return f.signature.text + "\n" + (f.doc.isEmpty ? "No description." : f.doc)
        case .array(let a):
            return
                "ndarray of shape \(ShapeText.tuple(a.shape)) and dtype \(a.dtype.name); attributes: \(ArrayAttributes.names(in: interpreter).joined(separator: ", "))"
        case .module:
            return "numpy: arrays that share memory. Type %help for the supported functions."
        case .scalarType(let d):
            return "numpy.\(d.name)(x): a NumPy scalar of type \(d.name); also usable as dtype=np.\(d.name)."
        default:
            return "\(value.typeName) value: \(Repr.tryRepr(value))"
        }
    }
}
