import ArrayEngine

/// The attributes of `ndarray`; its methods are `ArrayMethods`.
enum ArrayAttributes {
    private static let attributeNames = [
        "T", "base", "dtype", "flags", "imag", "itemsize", "nbytes", "ndim", "real", "shape", "size", "strides",
    ]

    /// Every attribute and method name, for completion and `dir`.
    static func names(in interpreter: Interpreter) -> [String] {
        (attributeNames + memoryAttributeNames + interpreter.arrayMethods.keys).sorted()
    }

    static func get(_ a: NDArray, _ name: String, in interpreter: Interpreter) throws(PythonError) -> Value? {
        switch name {
        case "base":
            if let base = a.base { return base.isInterfaceHolder ? .object(DummyArrayObject(base)) : .array(base) }
            return a.buffer.isMappedFile ? .object(MmapObject(a.buffer)) : foreignBase(a) ?? Value.none
        case "shape": return intTuple(a.shape)
        case "strides": return intTuple(a.strides)
        case "ndim": return .int(a.ndim)
        case "size": return .int(a.size)
        case "dtype": return .dtype(a.dtype)
        case "itemsize": return .int(a.itemsize)
        case "nbytes": return .int(a.nbytes)
        case "flags": return .flags(a)
        case "T": return .array(try a.transposed())
        case "real": return .array(a.realPart())
        case "imag": return .array(try a.imaginaryPart())
        default:
            if let value = try memoryAttribute(a, name, in: interpreter) { return value }
            return interpreter.arrayMethods[name].map { .function($0.bound(to: a)) }
        }
    }

    /// `(3,)` or `(2, 3)`; one item is written as a literal (one allocation, where `map` grows an empty array).
    private static func intTuple(_ values: [Int]) -> Value {
        values.count == 1 ? .tuple([.int(values[0])]) : .tuple(values.map { .int($0) })
    }

    static func set(_ a: NDArray, _ name: String, _ value: Value, in interpreter: Interpreter) throws(PythonError) {
        switch name {
        case "shape":
            try a.setShape(try Convert.shape(value))
        case "dtype":
            try a.setDType(try Convert.dtype(value))
        case "real":
            try a.realPart().assign(try Convert.operand(value, besides: a.dtype))
        case "imag":
            guard a.dtype.isComplex else { throw .type("array does not have imaginary part to set") }
            try a.imaginaryPart().assign(try Convert.operand(value, besides: a.dtype.realComponent))
        case "flat":
            try FlatIterator(a, warn: interpreter.warn).assignAll(value)
        case _ where attributeNames.contains(name) || interpreter.arrayMethods[name] != nil:
            throw .attribute("attribute '\(name)' of 'numpy.ndarray' objects is not writable")
        default:
            throw .attribute("'numpy.ndarray' object has no attribute '\(name)'")
        }
    }

    static func toList(_ a: NDArray) throws(PythonError) -> Value {
        let values =
            a.dtype.record != nil
            ? try RecordValues.pythonValues(a)
            : a.dtype.isString
                ? try a.variableTexts().map { codes throws(PythonError) in try StringValues.python(codes, a.dtype) }
                : a.dtype.isTime
                    ? try TimeValues.pythonValues(a)
                    : a.dtype.isObject ? try ObjectValues.values(a) : try a.elements().map(Convert.python)
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
        case "real", "imag": return .scalar(ScalarParts.part(s, imaginary: name == "imag"))
        case "item", "tolist":
            return .function(
                Function(
                    Signature("\(name)()", style: .cPositional), kind: .method, doc: "The value as a Python number."
                ) { _, _ throws(PythonError) in
                    if s.dtype.isTime { return try ArrayAttributes.toList(NDArray.scalar(s)) }
                    return Convert.python(s)
                })
        default:
            // The array's method on a 0-d copy, a 0-d result back as a scalar (NumPy's
            // gentype_generic_method): `np.float64(2).astype(int)` is `np.int64(2)`.
            guard case .function(let method)? = try ArrayAttributes.get(NDArray.scalar(s), name, in: interpreter)
            else { return nil }
            return .function(
                Function(
                    method.signature, kind: method.kind, doc: method.doc, boundSelf: method.boundSelf,
                    name: method.name, function: method.function
                ) { interpreter, args throws(PythonError) in
                    let result = try method.body(interpreter, args)
                    guard case .array(let a) = result, a.ndim == 0 else { return result }
                    return try Interpreter.unwrap(a, scalar: true)
                })
        }
    }
}
