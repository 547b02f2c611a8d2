import ArrayEngine

/// Element-wise functions (ufuncs), each accepting `out=` to write into an existing array or view.
extension NumPyModule {
    static func ufuncFunctions() -> [Function] {
        var functions = BinaryOperation.allCases.map { binaryUfunc($0.name, $0) }
        functions += UnaryOperation.allCases.map { unaryUfunc($0.name, $0) }
        functions += [
            binaryUfunc("true_divide", .divide), binaryUfunc("mod", .remainder),
            unaryUfunc("abs", .absolute),
        ]
        return functions
    }

    private static func binaryUfunc(_ name: String, _ operation: BinaryOperation) -> Function {
        let doc = "\(name)(x1, x2, out=None, dtype=None) -> ndarray\nElement-wise \(name) with broadcasting: a new array, or written into out (which may be a view)."
        return Function(name, kind: .ufunc, doc: doc) { interpreter, args throws(PythonError) in
            let bound = try args.bind(name, ["x1", "x2", "out?", "dtype?", "where?", "casting?"], style: .ufunc(positional: 3))
            if bound["where"] != nil || bound["casting"] != nil {
                throw .notImplemented("\(name)(): 'where' and 'casting' are not supported")
            }
            let out = try output(bound)
            return try interpreter.ufunc(operation, bound.raw("x1") ?? .none, bound.raw("x2") ?? .none,
                                         out: out, dtype: try bound.dtype("dtype"))
        }
    }

    private static func unaryUfunc(_ name: String, _ operation: UnaryOperation) -> Function {
        let doc = "\(name)(x, out=None) -> ndarray\nElement-wise \(name): a new array, or written into out (which may be a view)."
        return Function(name, kind: .ufunc, doc: doc) { interpreter, args throws(PythonError) in
            let bound = try args.bind(name, ["x", "out?"], style: .ufunc(positional: 2))
            return try interpreter.ufunc(operation, bound.raw("x") ?? .none, out: try output(bound))
        }
    }

    /// `out=` may be an array or a 1-tuple holding one.
    private static func output(_ bound: BoundArguments) throws(PythonError) -> NDArray? {
        switch bound["out"] {
        case nil: return nil
        case .array(let a)?: return a
        case .tuple(let items)? where items.count == 1:
            if case .array(let a) = items[0] { return a }
            throw .type("return arrays must be of ArrayType")
        default: throw .type("return arrays must be of ArrayType")
        }
    }
}
