/// `help(x)` / `x?`: a short description, saying whether the result is a view or a copy.
enum Help {
    static func text(for value: Value) -> String {
        switch value {
        case .function(let f):
            return f.doc.isEmpty ? "\(f.name): no description." : f.doc
        case .array(let a):
            return "ndarray of shape \(a.shape) and dtype \(a.dtype.name); attributes: \(ArrayAttributes.names.joined(separator: ", "))"
        case .module:
            return "numpy: arrays that share memory. Type %help for the supported functions."
        case .scalarType(let d):
            return "numpy.\(d.name)(x): a NumPy scalar of type \(d.name); also usable as dtype=np.\(d.name)."
        default:
            return "\(value.typeName) value: \(Repr.tryRepr(value))"
        }
    }
}
