import ArrayEngine

/// The methods of `ndarray`, each declared once by NumPy's signature and bound to an
/// array when looked up (`a.copy` is a new bound method each time, as in NumPy).
struct ArrayMethod {
    let signature: Signature
    let doc: String
    let body: (Interpreter, NDArray, BoundArguments) throws(PythonError) -> Value
    /// Whether the array is bound as the first argument (`_sum(a, ...)`), not held apart.
    var bindsSelf = false

    init(
        _ declaration: String, notYet: Set<String> = [], style: Signature.Style = .numpyC, doc: String,
        _ body: @escaping (Interpreter, NDArray, BoundArguments) throws(PythonError) -> Value
    ) {
        self.init(signature: Signature(declaration, notYet: notYet, style: style), doc: doc, body)
    }

    init(
        signature: Signature, doc: String,
        _ body: @escaping (Interpreter, NDArray, BoundArguments) throws(PythonError) -> Value
    ) {
        self.signature = signature
        self.doc = doc
        self.body = body
    }

    /// A method that is NumPy's function of the same name called with the array first;
    /// `declaration` is the method's own signature, which NumPy checks first.
    static func forwarding(_ function: Function, _ declaration: String? = nil, style: Signature.Style = .numpyC)
        -> ArrayMethod
    {
        let signature = declaration.map { Signature($0, style: style) } ?? function.signature
        return ArrayMethod(signature: signature, doc: function.doc) { interpreter, a, args throws(PythonError) in
            try function.call(interpreter, args.forwarded(prepending: .array(a)))
        }
    }

    /// NumPy's Python-level methods (`_methods.py`): the function itself with the array
    /// bound first, reporting itself as `python` (`_sum`, `_amax`, ...).
    static func bindingSelf(_ function: Function, as python: String) -> ArrayMethod {
        var method = ArrayMethod(signature: function.signature.renamed(python), doc: function.doc) {
            interpreter, _, args throws(PythonError) in
            try function.body(interpreter, args)
        }
        method.bindsSelf = true
        return method
    }

    func bound(to a: NDArray) -> Function {
        Function(signature, kind: .method, doc: doc, boundSelf: bindsSelf ? .array(a) : nil) {
            interpreter, args throws(PythonError) in
            try body(interpreter, a, args)
        }
    }
}

enum ArrayMethods {
    /// Every method by name, the `np` functions they forward to looked up in `numpy`.
    static func make(_ numpy: Module) -> [String: ArrayMethod] {
        /// The np function a method hands on to (one arrsh lacks answers NotImplementedError, never a trap).
        func np(_ name: String) -> Function {
            if case .function(let function)? = numpy.attributes[name] { return function }
            return Function(Signature("\(name)(*args, **kwargs)"), kind: .numpy, doc: "Not in arrsh.") {
                _, args throws(PythonError) in
                _ = (args.variadic("args"), args.keywords("kwargs"))
                throw .notImplemented("np.\(name) is not implemented in arrsh")
            }
        }
        func underscored(_ name: String, _ python: String) -> ArrayMethod { .bindingSelf(np(name), as: python) }
        var methods: [String: ArrayMethod] = [
            "sum": underscored("sum", "_sum"), "prod": underscored("prod", "_prod"),
            "mean": underscored("mean", "_mean"),
            "min": underscored("min", "_amin"), "max": underscored("max", "_amax"),
            "all": underscored("all", "_all"), "any": underscored("any", "_any"),
            "argmin": .forwarding(np("argmin"), "argmin(axis=None, out=None, *, keepdims=False)"),
            "argmax": .forwarding(np("argmax"), "argmax(axis=None, out=None, *, keepdims=False)"),
            "cumsum": .forwarding(np("cumsum"), "cumsum(axis=None, dtype=None, out=None)"),
            "cumprod": .forwarding(np("cumprod"), "cumprod(axis=None, dtype=None, out=None)"),
            "squeeze": .forwarding(np("squeeze"), "squeeze(axis=None)"),
            "swapaxes": .forwarding(np("swapaxes"), "swapaxes(axis1, axis2, /)", style: .cPositional),
            "nonzero": .forwarding(np("nonzero"), "nonzero()", style: .cPositional),
            "ravel": .forwarding(np("ravel"), "ravel(order='C')"),
            "conj": .forwarding(np("conjugate"), "conj()", style: .cPositional),
            "conjugate": .forwarding(np("conjugate"), "conjugate()", style: .cPositional),
        ]
        methods.merge(functionMethods(np)) { _, added in added }
        for method in ownMethods + memoryMethods { methods[method.signature.name] = method }
        return methods
    }

    /// Methods whose behaviour is the array's own.
    private static var ownMethods: [ArrayMethod] {
        [
            ArrayMethod("copy(order='C')", doc: "A new array that owns a copy of the data (never a view).") {
                _, a, args throws(PythonError) in
                .array(try RecordArrays.copied(a, order: try args.order(), recordArray: a.isRecordArray))
            },
            ArrayMethod(
                "view(dtype=None, type=None)",
                doc: """
                    A new array object over the same memory (the bytes reinterpreted when dtype is given), of class type (np.ndarray, np.recarray).
                    """
            ) { interpreter, a, args throws(PythonError) in
                // `a.view(np.ma.MaskedArray)`: a masked array over the same memory, nothing masked.
                if case .type(.maskedArray)? = args.raw("dtype") {
                    try MaskedArray.checkSupported(a.dtype)
                    return .object(MaskedArray(data: a.view(), mask: nil, link: interpreter.link))
                }
                return try RecordArrays.view(a, dtype: args.raw("dtype") ?? .none, type: args.raw("type") ?? .none)
            },
            ArrayMethod(
                "reshape(*shape, order='C', copy=None)",
                doc: "A view with a new shape when the strides allow it, otherwise a copy."
            ) { _, a, args throws(PythonError) in
                let shape = try shapeArguments(args.variadic("shape"), "reshape")
                return .array(try NumPyModule.reshaped(a, shape, args))
            },
            ArrayMethod("transpose(*axes)", style: .cPositional, doc: "A view with the axes reversed or permuted.") {
                _, a, args throws(PythonError) in
                let axes = args.variadic("axes")
                let order = axes.isEmpty || axes.count == 1 && axes[0].isNone ? nil : try shapeArguments(axes, nil)
                return .array(try a.transposed(order))
            },
            ArrayMethod("flatten(order='C')", doc: "A 1-D copy that owns its data (unlike ravel, never a view).") {
                _, a, args throws(PythonError) in
                .array(try a.flatten(order: try args.order()))
            },
            ArrayMethod(
                "astype(dtype, order='K', casting='unsafe', subok=True, copy=True)", notYet: ["subok"],
                doc: """
                    A converted copy; with copy=False, a itself when nothing changes.
                    """
            ) { interpreter, a, args throws(PythonError) in
                let dtype = try Convert.dtype(args.raw("dtype") ?? .none)
                let casting = try args.casting()
                let order = try args.order()
                let copy = try args.bool("copy")
                try casting.check(a.dtype, dtype)
                let fitsOrder = order == .c ? a.isCContiguous : order == .fortran ? a.isFContiguous : true
                if dtype == a.dtype, fitsOrder, !copy { return .array(a) }
                // Objects come from, and go to, the language's values.
                if a.dtype.isObject || dtype.isObject, dtype != a.dtype {
                    return .array(
                        dtype.isObject ? try ObjectValues.objectCopy(a) : try ObjectValues.converted(a, to: dtype))
                }
                interpreter.warnIfDiscardingImaginary(from: a.dtype, to: dtype)
                let converted = try interpreter.withWarnings("cast") { () throws(PythonError) in
                    try a.copy(order: order, as: dtype)
                }
                if casting == .sameValue, dtype != a.dtype {
                    let back = try converted.copy(as: a.dtype)
                    let same = try Reduction.run(.all, try BinaryKernel.run(.equal, back, a), axes: nil).item()
                        .boolValue
                    if !same { throw .value("could not cast 'same_value' \(a.dtype.cName) to \(dtype.cName)") }
                }
                return .array(converted)
            },
            ArrayMethod(
                "fill(value)", style: .cPositional, doc: "Sets every element of a (in place, through any view)."
            ) { interpreter, a, args throws(PythonError) in
                let value = args.raw("value") ?? .none
                // As assigning one element: every element of an object array refers to the value
                // itself, and a value cast to the array's type warns as a cast.
                if a.dtype.isObject {
                    try a.assign(ObjectValues.array([value], shape: []))
                } else {
                    try interpreter.withWarnings("cast") { () throws(PythonError) in
                        try a.assign(Convert.assignable(value, into: a.dtype))
                    }
                }
                return .none
            },
            ArrayMethod(
                "getfield(dtype, offset=0)", doc: "A view of the bytes at offset in each element, read as dtype."
            ) { _, a, args throws(PythonError) in
                .array(try a.bytesView(try args.dtype("dtype") ?? .float64, offset: try args.int("offset") ?? 0))
            },
            ArrayMethod(
                "setfield(val, dtype, offset=0)",
                doc: "Writes val, as dtype, into the bytes at offset of each element (in place)."
            ) { _, a, args throws(PythonError) in
                let dtype = try args.dtype("dtype") ?? .float64
                let view = try a.bytesView(dtype, offset: try args.int("offset") ?? 0)
                try view.assign(try Convert.assignable(args.raw("val") ?? .none, into: dtype))
                return .none
            },
            ArrayMethod("tolist()", style: .cPositional, doc: "The elements as nested Python lists of Python numbers.")
            { _, a, _ throws(PythonError) in
                try ArrayAttributes.toList(a)
            },
            ArrayMethod("item(*args)", style: .cPositional, doc: "One element as a Python number.") {
                _, a, args throws(PythonError) in
                var positions = args.variadic("args")
                // One tuple is the index itself: `a.item((0, 1))` is `a.item(0, 1)`.
                if positions.count == 1, case .tuple(let index) = positions[0] { positions = index }
                if a.dtype.isString || a.dtype.isTime || a.dtype.isObject {
                    let flat = try a.ravel()
                    let i = try positions.first.map { v throws(PythonError) in try Convert.index(v) } ?? 0
                    guard positions.count <= 1, positions.count == 1 || a.size == 1 else {
                        throw .notImplemented("item() of string arrays takes one flat index")
                    }
                    guard case .array(let element) = try flat.select([.integer(i)]) else { return .none }
                    return try ArrayAttributes.toList(element)
                }
                if positions.isEmpty { return Convert.python(try a.item()) }
                let items = try positions.map { v throws(PythonError) in IndexItem.integer(try Convert.index(v)) }
                if items.count == 1, a.ndim != 1, case .integer(let flat) = items[0] {
                    let flattened = try a.ravel()
                    guard flat >= -a.size, flat < a.size else {
                        throw .index("index \(flat) is out of bounds for size \(a.size)")
                    }
                    return Convert.python(try flattened.select([.integer(flat)]).scalarValue)
                }
                return Convert.python(try a.select(items).scalarValue)
            },
            ArrayMethod(
                "setflags(write=None, align=None, uic=None)", style: .cKeywords,
                doc: """
                    Makes a read-only (write=False) or writeable again; clears or sets the aligned flag.
                    """
            ) { _, a, args throws(PythonError) in
                if let write = args["write"] { try a.setWriteable(try Convert.truth(write)) }
                if let align = args["align"] { try a.setAligned(try Convert.truth(align)) }
                if let uic = args["uic"], try Convert.truth(uic) {
                    throw .value("cannot set WRITEBACKIFCOPY flag to True")
                }
                return .none
            },
            ArrayMethod(
                "byteswap(inplace=False)",
                doc: "Every element's bytes reversed (the dtype unchanged): a new array, or a itself when inplace."
            ) { _, a, args throws(PythonError) in
                let target = try args.bool("inplace") ? a : try a.copy()
                try target.swapBytesInPlace()
                return .array(target)
            },
            ArrayMethod(
                "sort(axis=-1, kind=None, order=None, *, stable=None)", notYet: ["order"], doc: "Sorts a in place."
            ) { interpreter, a, args throws(PythonError) in
                let axis = try NumPyModule.sortAxis(args) ?? -1
                try a.assign(
                    a.dtype.isObject ? try interpreter.objectSorted(a, axis: axis) : try Sorting.sorted(a, axis: axis))
                return .none
            },
        ]
    }

    /// `reshape(2, 3)` and `reshape((2, 3))` both mean shape (2, 3).
    static func shapeArguments(_ values: [Value], _ name: String?) throws(PythonError) -> [Int] {
        if let name, values.isEmpty { throw .type("\(name)() takes exactly 1 argument (0 given)") }
        if values.count == 1 { return try Convert.shape(values[0]) }
        return try values.map { v throws(PythonError) in try Convert.index(v) }
    }
}
