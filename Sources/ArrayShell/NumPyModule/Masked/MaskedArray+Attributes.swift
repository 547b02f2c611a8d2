import ArrayEngine

/// The attributes and methods of `np.ma.MaskedArray` that arrsh has.
extension MaskedArray {
    private static let properties = [
        "data", "mask", "fill_value", "hardmask", "shape", "dtype", "ndim", "size", "itemsize", "nbytes", "strides",
        "T",
    ]

    func attribute(_ name: String) throws(PythonError) -> Value? {
        let interpreter = try self.interpreter
        switch name {
        case "data": return .array(data.view())
        case "mask": return mask.map { .array($0.view()) } ?? .scalar(Scalar(bool: false))
        case "fill_value": return try NumPyModule.result(effectiveFillValue)
        case "hardmask": return .bool(hardMask)
        case "T": return .object(derived(data: try data.transposed(), mask: try mask?.transposed()))
        case "shape", "dtype", "ndim", "size", "itemsize", "nbytes", "strides":
            return try ArrayAttributes.get(data, name, in: interpreter)
        default: break
        }
        if let value = userAttributes[name] { return value }
        if let method = Self.methods[name] {
            let function = Function(Signature(method.declaration, notYet: method.notYet), kind: .method) {
                interpreter, args throws(PythonError) in
                try method.body(self, interpreter, args)
            }
            function.owner = "MaskedArray"
            return .function(function)
        }
        if NumPyNames.ndarray.contains(name) || NumPyNames.maskedArray.contains(name) {
            throw .notImplemented("MaskedArray.\(name) is not implemented in arrsh")
        }
        return nil
    }

    var attributeNames: [String] { Self.properties + Self.methods.keys }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) {
        let interpreter = try self.interpreter
        if isConstant { throw .notImplemented("changing np.ma.masked is not implemented in arrsh") }
        switch name {
        case "mask": try setMask(value, in: interpreter)
        case "fill_value": fillValue = try checkedFillValue(value, in: interpreter)
        case "shape":
            // The values and the mask take the new shape together (NumPy's shape setter).
            let shape = try data.resolve(shape: try Convert.shape(value))
            try data.setShape(shape)
            try mask?.setShape(shape)
        default:
            if Self.properties.contains(name) || NumPyNames.ndarray.contains(name) {
                throw .notImplemented("setting MaskedArray.\(name) is not implemented in arrsh")
            }
            userAttributes[name] = value
        }
    }

    /// `a.mask = value`: written into the mask (a hard mask only gains masked values);
    /// `nomask` on an array without a mask leaves it without one.
    private func setMask(_ value: Value, in interpreter: Interpreter) throws(PythonError) {
        if mask == nil, case .scalar(let s) = value, s.dtype == .bool, !s.boolValue { return }
        let target = try writableMask()
        let given = try interpreter.callNumPy("asarray", [value], keywords: [("dtype", .scalarType(.bool))])
        let merged = hardMask ? try interpreter.callNumPy("logical_or", [.array(target), given]) : given
        try interpreter.setItem(.array(target), .ellipsis, to: merged)
    }

    /// A method: its NumPy declaration and what it does with the array (the table is
    /// built once and never changed, hence unchecked).
    struct Method: @unchecked Sendable {
        let declaration: String
        var notYet: Set<String> = []
        let body: (MaskedArray, Interpreter, BoundArguments) throws(PythonError) -> Value
    }

    static let methods: [String: Method] = {
        let list: [(String, Method)] = [
            (
                "filled",
                Method(declaration: "filled(fill_value=None)") { this, interpreter, args throws(PythonError) in
                    .array(try this.filled(args.raw("fill_value") ?? .none, in: interpreter))
                }
            ),
            (
                "set_fill_value",
                Method(declaration: "set_fill_value(value=None)") { this, interpreter, args throws(PythonError) in
                    this.fillValue = try this.checkedFillValue(args.raw("value") ?? .none, in: interpreter)
                    return .none
                }
            ),
            (
                "anom",
                Method(declaration: "anom(axis=None, dtype=None)") { this, interpreter, args throws(PythonError) in
                    // The deviations from the mean along axis (kept as an axis to broadcast).
                    let axis = args.raw("axis") ?? .none
                    let keywords: [(name: String, value: Value)] =
                        axis.isNone ? [] : [("axis", axis), ("keepdims", .bool(true))]
                    let mean = try this.mean(keywords: keywords, dtype: args.raw("dtype") ?? .none, in: interpreter)
                    return try interpreter.maskedBinary("subtract", .object(this), mean)
                }
            ),
            (
                "shrink_mask",
                Method(declaration: "shrink_mask()") { this, _, _ throws(PythonError) in
                    if !(try this.hasMasked) { this.mask = nil }
                    return .object(this)
                }
            ),
            (
                "get_fill_value",
                Method(declaration: "get_fill_value()") { this, _, _ throws(PythonError) in
                    try NumPyModule.result(this.effectiveFillValue)
                }
            ),
            (
                "compressed",
                Method(declaration: "compressed()") { this, interpreter, _ throws(PythonError) in
                    let flat = Value.array(try this.data.ravel())
                    guard let mask = this.mask else { return flat }
                    let kept = try interpreter.callNumPy("logical_not", [.array(try mask.ravel())])
                    return try interpreter.getItem(flat, kept)
                }
            ),
            (
                "count",
                Method(declaration: "count(axis=None, keepdims=<no value>)") {
                    this, interpreter, args throws(PythonError) in
                    try this.count(args, in: interpreter)
                }
            ),
            (
                "harden_mask",
                Method(declaration: "harden_mask()") { this, _, _ throws(PythonError) in
                    this.hardMask = true
                    return .object(this)
                }
            ),
            (
                "soften_mask",
                Method(declaration: "soften_mask()") { this, _, _ throws(PythonError) in
                    this.hardMask = false
                    return .object(this)
                }
            ),
            ("sum", total("sum", identity: 0)), ("prod", total("prod", identity: 1)),
            (
                "mean",
                Method(declaration: "mean(axis=None, dtype=None, out=None, keepdims=<no value>)", notYet: ["out"]) {
                    this, interpreter, args throws(PythonError) in
                    try this.mean(args, in: interpreter)
                }
            ),
            ("var", variance("var", root: false)), ("std", variance("std", root: true)),
            ("min", extreme("min", minimum: true)), ("max", extreme("max", minimum: false)),
            ("argmin", extremeIndex("argmin", minimum: true)), ("argmax", extremeIndex("argmax", minimum: false)),
            (
                "copy",
                Method(declaration: "copy(order='C')", notYet: ["order"]) { this, _, _ throws(PythonError) in
                    try this.copied()
                }
            ),
            (
                "tolist",
                Method(declaration: "tolist(fill_value=None)") { this, interpreter, args throws(PythonError) in
                    try this.list(fill: args.raw("fill_value") ?? .none, in: interpreter)
                }
            ),
        ]
        let shapeMethods = ["reshape", "ravel", "flatten", "transpose", "swapaxes", "squeeze", "repeat"]
        return Dictionary(uniqueKeysWithValues: list + shapeMethods.map { ($0, shaped($0)) })
    }()

    /// `reshape`, `ravel`, ...: ndarray's method on the values and on the mask alike (views
    /// of both where it makes views).
    private static func shaped(_ name: String) -> Method {
        Method(declaration: "\(name)(*args, **kwargs)") { this, interpreter, args throws(PythonError) in
            let arguments = Arguments(args.variadic("args"), keywords: args.keywords("kwargs"))
            func apply(_ a: NDArray) throws(PythonError) -> NDArray {
                guard let method = interpreter.arrayMethods[name] else {
                    throw .notImplemented("MaskedArray.\(name) is not implemented in arrsh")
                }
                return try Convert.array(try interpreter.call(.function(method.bound(to: a)), arguments))
            }
            let values = try apply(this.data)
            var mask: NDArray?
            if let given = this.mask { mask = try apply(given) }
            return .object(this.derived(data: values, mask: mask))
        }
    }

    private static func total(_ name: String, identity: Int) -> Method {
        Method(declaration: "\(name)(axis=None, dtype=None, out=None, keepdims=<no value>)", notYet: ["out"]) {
            this, interpreter, args throws(PythonError) in
            try this.total(name, identity: .int(identity), args, in: interpreter)
        }
    }

    private static func variance(_ name: String, root: Bool) -> Method {
        Method(
            declaration: "\(name)(axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, mean=<no value>)",
            notYet: ["out", "mean"]
        ) { this, interpreter, args throws(PythonError) in
            try this.variance(args, root: root, in: interpreter)
        }
    }

    private static func extreme(_ name: String, minimum: Bool) -> Method {
        Method(declaration: "\(name)(axis=None, out=None, fill_value=None, keepdims=<no value>)", notYet: ["out"]) {
            this, interpreter, args throws(PythonError) in
            try this.extreme(minimum: minimum, args, in: interpreter)
        }
    }

    private static func extremeIndex(_ name: String, minimum: Bool) -> Method {
        Method(declaration: "\(name)(axis=None, fill_value=None, out=None, *, keepdims=<no value>)", notYet: ["out"]) {
            this, interpreter, args throws(PythonError) in
            try this.extremeIndex(minimum: minimum, args, in: interpreter)
        }
    }

    /// `tolist()`: Python values, None where masked (or the fill value given).
    private func list(fill: Value, in interpreter: Interpreter) throws(PythonError) -> Value {
        let values = fill.isNone ? data : try filled(fill, in: interpreter)
        let hidden = fill.isNone ? mask : nil
        func walk(_ index: [Int]) throws(PythonError) -> Value {
            if index.count == values.ndim {
                if let hidden, hidden.load(at: hidden.address(of: index)).boolValue { return .none }
                let element = try interpreter.getItem(.array(values), .tuple(index.map { .int($0) }))
                if case .scalar(let s) = element { return Convert.python(s.scalar) }
                return try interpreter.callNumPy("asarray", [element]).tolistValue(in: interpreter)
            }
            var items: [Value] = []
            for i in 0..<values.shape[index.count] { items.append(try walk(index + [i])) }
            return .list(ListObject(items))
        }
        return try walk([])
    }
}

extension Value {
    /// `x.tolist()` of an array value (an np.str_ element gives its str).
    fileprivate func tolistValue(in interpreter: Interpreter) throws(PythonError) -> Value {
        guard case .array(let a) = self, let method = interpreter.arrayMethods["tolist"] else { return self }
        return try interpreter.call(.function(method.bound(to: a)), Arguments())
    }
}
