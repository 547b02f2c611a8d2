import ArrayEngine

/// The attributes and methods of `ndarray`.
enum ArrayAttributes {
    /// Methods that are the `np` function of the same name with the array first.
    static let forwarded: Set<String> = [
        "sum", "prod", "min", "max", "mean", "argmin", "argmax", "cumsum", "cumprod", "all", "any",
        "ravel", "squeeze", "swapaxes", "nonzero",
    ]

    /// Every attribute name, for completion and `dir`.
    static let names: [String] = ([
        "T", "astype", "base", "copy", "dtype", "fill", "flags", "flatten", "item", "itemsize", "nbytes", "ndim",
        "reshape", "setflags", "shape", "size", "sort", "strides", "tolist", "transpose", "view",
    ] + forwarded).sorted()

    static func get(_ a: NDArray, _ name: String, in interpreter: Interpreter) throws(PythonError) -> Value? {
        switch name {
        case "base":
            if let base = a.base { return .array(base) }
            return a.buffer.isMappedFile ? .object(MmapObject(a.buffer)) : Value.none
        case "shape": return .tuple(a.shape.map { .int($0) })
        case "strides": return .tuple(a.strides.map { .int($0) })
        case "ndim": return .int(a.ndim)
        case "size": return .int(a.size)
        case "dtype": return .dtype(a.dtype)
        case "itemsize": return .int(a.itemsize)
        case "nbytes": return .int(a.nbytes)
        case "flags": return .flags(a)
        case "T": return .array(try a.transposed())
        default: break
        }
        if forwarded.contains(name), case .function(let function)? = interpreter.numpy.attributes[name] {
            return method(name, doc: function.doc) { interpreter, args throws(PythonError) in
                try function.body(interpreter, Arguments([.array(a)] + args.positional, keywords: args.keywords))
            }
        }
        return try ownMethod(a, name)
    }

    static func set(_ a: NDArray, _ name: String, _ value: Value) throws(PythonError) {
        switch name {
        case "shape":
            let shape = try Convert.shape(value)
            try a.setShape(shape)
        case "base", "ndim", "size", "itemsize", "nbytes", "flags", "T", "strides", "dtype":
            throw .attribute("attribute '\(name)' of 'numpy.ndarray' objects is not writable")
        default:
            throw .attribute("'numpy.ndarray' object has no attribute '\(name)'")
        }
    }

    private static func method(_ name: String, doc: String,
                               _ body: @escaping (Interpreter, Arguments) throws(PythonError) -> Value) -> Value {
        .function(Function(name, kind: .method, doc: doc, body))
    }

    /// Methods whose signature differs from the `np` function's.
    private static func ownMethod(_ a: NDArray, _ name: String) throws(PythonError) -> Value? {
        switch name {
        case "copy":
            return method(name, doc: "a.copy() -> ndarray\nA new array that owns a copy of the data (never a view).") { _, args throws(PythonError) in
                _ = try args.bind("copy", ["order?"])
                return .array(try a.copy())
            }
        case "view":
            return method(name, doc: "a.view(dtype=None) -> ndarray\nA new array object over the same memory (the bytes reinterpreted when dtype is given).") { _, args throws(PythonError) in
                let bound = try args.bind("view", ["dtype?"])
                guard let dtype = try bound.dtype("dtype") else { return .array(a.view()) }
                return .array(try a.reinterpreted(as: dtype))
            }
        case "reshape":
            return method(name, doc: "a.reshape(shape) -> ndarray\nA view with a new shape when the strides allow it, otherwise a copy.") { _, args throws(PythonError) in
                let shape = try shapeArguments(args, "reshape")
                return .array(try a.reshape(shape))
            }
        case "transpose":
            return method(name, doc: "a.transpose(*axes) -> ndarray\nA view with the axes reversed or permuted.") { _, args throws(PythonError) in
                let axes = args.positional.isEmpty ? nil : try shapeArguments(args, "transpose")
                return .array(try a.transposed(axes))
            }
        case "flatten":
            return method(name, doc: "a.flatten() -> ndarray\nA 1-D copy that owns its data (unlike ravel, never a view).") { _, args throws(PythonError) in
                _ = try args.bind("flatten", ["order?"])
                return .array(try a.flatten())
            }
        case "astype":
            return method(name, doc: "a.astype(dtype, copy=True) -> ndarray\nA converted copy; with copy=False, a itself when nothing changes.") { _, args throws(PythonError) in
                let bound = try args.bind("astype", ["dtype", "order?", "casting?", "subok?", "copy?"], style: .numpyC)
                let dtype = try Convert.dtype(bound.raw("dtype") ?? .none)
                if dtype == a.dtype, !(try bound.bool("copy", default: true)) { return .array(a) }
                return .array(try a.copyKeepingOrder(as: dtype))
            }
        case "fill":
            return method(name, doc: "a.fill(value)\nSets every element of a (in place, through any view).") { _, args throws(PythonError) in
                let bound = try args.bind("fill", ["value"])
                let value = try Convert.operand(bound.raw("value") ?? .none, besides: a.dtype)
                try a.assign(value)
                return .none
            }
        case "tolist":
            return method(name, doc: "a.tolist() -> list\nThe elements as nested Python lists of Python numbers.") { _, args throws(PythonError) in
                _ = try args.bind("tolist", [])
                return try toList(a)
            }
        case "item":
            return method(name, doc: "a.item(*index) -> number\nOne element as a Python number.") { _, args throws(PythonError) in
                if args.positional.isEmpty {
                    return Convert.python(try a.item())
                }
                let items = try args.positional.map { v throws(PythonError) in IndexItem.integer(try Convert.index(v)) }
                if items.count == 1, a.ndim != 1, case .integer(let flat) = items[0] {
                    let flattened = try a.ravel()
                    guard flat >= -a.size, flat < a.size else { throw .index("index \(flat) is out of bounds for size \(a.size)") }
                    return Convert.python(try flattened.select([.integer(flat)]).scalarValue)
                }
                return Convert.python(try a.select(items).scalarValue)
            }
        case "setflags":
            return method(name, doc: "a.setflags(write=None)\nMakes a read-only (write=False) or writeable again.") { _, args throws(PythonError) in
                let bound = try args.bind("setflags", ["write?", "align?", "uic?"])
                if let write = bound["write"] {
                    let flag = try Convert.truth(write)
                    try a.setWriteable(flag)
                }
                return .none
            }
        case "sort":
            return method(name, doc: "a.sort(axis=-1)\nSorts a in place.") { _, args throws(PythonError) in
                let bound = try args.bind("sort", ["axis?"])
                let axis = try bound.int("axis", default: -1)
                try a.assign(try Sorting.sorted(a, axis: axis))
                return .none
            }
        default:
            return nil
        }
    }

    /// `reshape(2, 3)` and `reshape((2, 3))` both mean shape (2, 3).
    static func shapeArguments(_ args: Arguments, _ name: String) throws(PythonError) -> [Int] {
        if let unexpected = args.keywords.first(where: { $0.name != "order" }) {
            throw .type("'\(unexpected.name)' is an invalid keyword argument for \(name)()")
        }
        if args.positional.count == 1 { return try Convert.shape(args.positional[0]) }
        return try args.positional.map { v throws(PythonError) in try Convert.index(v) }
    }

    static func toList(_ a: NDArray) throws(PythonError) -> Value {
        let values = try a.elements().map(Convert.python)
        if a.ndim == 0 { return values.first ?? .none }
        func nest(_ axis: Int, _ start: Int) -> (Value, Int) {
            if axis == a.ndim { return (values[start], start + 1) }
            var items: [Value] = []
            var position = start
            for _ in 0..<a.shape[axis] {
                let (item, next) = nest(axis + 1, position)
                items.append(item)
                position = next
            }
            return (.list(ListObject(items)), position)
        }
        return nest(0, 0).0
    }
}

extension NDArray.Selection {
    /// The element of a full integer index.
    var scalarValue: Scalar {
        switch self {
        case .element(let s): s
        case .array(let a): a.load(at: a.pointer)
        }
    }
}

/// Attributes of NumPy scalars (`np.int64(5).dtype`, `.item()`).
enum ScalarAttributes {
    static func get(_ s: Scalar, _ name: String, in interpreter: Interpreter) throws(PythonError) -> Value? {
        switch name {
        case "dtype": return .dtype(s.dtype)
        case "shape": return .tuple([])
        case "ndim": return .int(0)
        case "size": return .int(1)
        case "itemsize", "nbytes": return .int(s.dtype.itemsize)
        case "base": return Value.none
        case "item", "tolist":
            return .function(Function(name, kind: .method, doc: "x.\(name)() -> number\nThe value as a Python number.") { _, args throws(PythonError) in
                _ = try args.bind(name, [])
                return Convert.python(s)
            })
        default:
            return try ArrayAttributes.get(NDArray.scalar(s), name, in: interpreter).flatMap { value in
                if case .function = value { return value }
                return nil
            }
        }
    }
}
