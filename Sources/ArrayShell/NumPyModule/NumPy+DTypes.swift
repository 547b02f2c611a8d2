import ArrayEngine

/// Dtype objects and the rules between types: `np.dtype(...)`, `np.result_type`,
/// `np.promote_types`, `np.can_cast`.
extension NumPyModule {
    static func dtypeFunctions() -> [Function] {
        [
            function(
                "result_type(*arrays_and_dtypes)",
                doc: """
                    The dtype NumPy's promotion gives for these arrays, dtypes and scalars (Python numbers are weak, NEP 50).
                    """
            ) { _, args throws(PythonError) in
                .dtype(try resultType(args.variadic("arrays_and_dtypes")).canonical)
            },
            function(
                "promote_types(type1, type2)",
                doc: "The smallest dtype both types can be cast to safely (native byte order)."
            ) { _, args throws(PythonError) in
                let types = [try args.dtype("type1") ?? .float64, try args.dtype("type2") ?? .float64]
                try checkStringDTypePromotion(types)
                return .dtype(DType.promote(types[0], types[1]).canonical)
            },
            function(
                "issubdtype(arg1, arg2)",
                doc:
                    "Whether arg1's type is arg2, or falls under the abstract type arg2 (np.floating, np.integer, ...)."
            ) { _, args throws(PythonError) in
                let first = args.raw("arg1") ?? .none
                let second = args.raw("arg2") ?? .none
                if case .type(let outer) = second, outer.isAbstractScalarType {
                    if case .type(let inner) = first, inner.isAbstractScalarType { return .bool(outer.contains(inner)) }
                    return .bool(outer.includes(try Convert.dtype(first)))
                }
                if case .type(let inner) = first, inner.isAbstractScalarType { return .bool(false) }
                let (inner, outer) = (try Convert.dtype(first), try Convert.dtype(second))
                // An unsized string type (np.str_) stands for every width.
                if outer.isString, outer.length == 0 { return .bool(inner.scalarType == outer.scalarType) }
                return .bool(inner.native == outer.native)
            },
            function(
                "can_cast(from_, to, casting='safe')",
                doc: "Whether the casting rule allows converting from_'s dtype to to."
            ) { _, args throws(PythonError) in
                let from = args.raw("from_") ?? .none
                let source: DType
                switch from {
                case .int, .float, .complex, .bool:
                    throw .type(
                        "can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future."
                    )
                case .array(let a): source = a.dtype
                case .scalar(let s): source = s.dtype
                default: source = try Convert.dtype(from)
                }
                let target = try args.dtype("to") ?? .float64
                let rule = try args.string("casting") ?? "safe"
                guard let casting = Casting(rawValue: rule), casting != .sameValue else {
                    throw .value("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '\(rule)')")
                }
                return .bool(casting.allows(source, target))
            },
        ]
    }

    /// NumPy types whose constructor is a declared function: `np.dtype(obj)` is a type,
    /// called as a constructor (so `isinstance(a.dtype, np.dtype)` holds).
    static func constructor(of type: PythonType) -> Function? {
        if type == .recarray { return RecordArrays.constructor() }
        if type == .void { return voidConstructor() }
        if type == .record {
            return function("record(*args, **kwargs)", doc: "np.record scalars come from recarrays.") {
                _, _ throws(PythonError) in
                throw .notImplemented("np.record(...) is not supported; index a recarray for its records")
            }
        }
        if type == .ndarray { return ndarrayConstructor() }
        guard type == .dtype else { return nil }
        return function(
            "dtype(dtype, align=False, copy=False, metadata=<no value>)", notYet: ["copy", "metadata"],
            style: .cKeywords, doc: "The dtype named by obj ('int32', '<f8', 'c16', np.float64, int, ...)."
        ) { _, args throws(PythonError) in
            .dtype(try Convert.dtypeObject(args.raw("dtype") ?? .none, align: try args.bool("align")))
        }
    }

    /// `np.void(value, dtype=records)`: one record (a copy) made from a tuple or a number.
    static func voidConstructor() -> Function {
        function(
            "void(length_or_data, /, dtype=None)",
            doc: "One record of the structured dtype, from a tuple of its fields' values or one value for all."
        ) { _, args throws(PythonError) in
            guard let given = args["dtype"], case let dtype = try Convert.dtype(given), dtype.record != nil else {
                throw .notImplemented("np.void without a structured dtype (unstructured bytes) is not supported yet")
            }
            let record = try NDArray.allocate(shape: [], dtype: dtype)
            try RecordValues.fill(record, from: args.raw("length_or_data") ?? .none)
            return .object(VoidScalar(record))
        }
    }

    /// NumPy's abstract scalar types, bound in `np`.
    static let abstractScalarTypes: [PythonType] = [
        .generic, .number, .integer, .signedInteger, .unsignedInteger,
        .inexact, .floating, .complexFloating,
    ]

    /// NEP 50: arrays, NumPy scalars and dtypes promote by type; Python numbers are
    /// weak and take the kind of the others, unless their kind is higher.
    static func resultType(_ values: [Value]) throws(PythonError) -> DType {
        guard !values.isEmpty else { throw .value("at least one array or dtype is required") }
        var strongTypes: [DType] = []
        var weakKind: DType.Kind?
        for value in values {
            let kind: DType.Kind?
            switch value {
            case .bool: kind = .boolean
            case .int: kind = .signed
            case .float: kind = .floating
            case .complex: kind = .complex
            default: kind = nil
            }
            if let kind {
                // A Python bool is not weak: it is np.bool.
                if kind == .boolean {
                    strongTypes.append(.bool)
                    continue
                }
                weakKind = max(weakKind ?? kind, kind)
                continue
            }
            let dtype: DType =
                switch value {
                case .array(let a): a.dtype
                case .scalar(let s): s.dtype
                default: try Convert.dtype(value)
                }
            strongTypes.append(dtype)
        }
        try checkStringDTypePromotion(strongTypes + (weakKind == nil ? [] : [.float64]))
        let strong = DType.promote(all: strongTypes)
        guard let weakKind else { return strong ?? .float64 }
        let defaultType: DType =
            switch weakKind {
            case .complex: .complex128
            case .floating: .float64
            default: .int64
            }
        guard let strong else { return defaultType }
        if weakKind <= strong.kind && !(weakKind == .signed && strong == .bool) { return strong }
        if weakKind == .complex, strong.isFloat { return strong.complexHolding }
        return DType.promote(strong, defaultType)
    }
}

extension DType {
    /// `issubclass(np.float64, t)`: NumPy's scalar classes fall under the abstract ones,
    /// and np.float64, np.complex128, np.str_ and np.bytes_ subclass Python's own.
    func isSubclass(of type: PythonType) -> Bool {
        if type.isAbstractScalarType { return type.includes(self) }
        switch type {
        case .float: return self == .float64
        case .complex: return self == .complex128
        case .str: return scalarType == .str
        case .bytes: return scalarType == .bytes
        default: return false
        }
    }
}

extension PythonType {
    var isAbstractScalarType: Bool { NumPyModule.abstractScalarTypes.contains(self) }

    /// Whether values of `dtype` are instances of this abstract type (`np.floating`, ...).
    func includes(_ dtype: DType) -> Bool {
        switch self {
        case .generic: true
        case .number: dtype != .bool && !dtype.isFlexible && !dtype.isTime
        case .integer: dtype.isInteger
        case .signedInteger: dtype.kind == .signed
        case .unsignedInteger: dtype.kind == .unsigned
        case .inexact: dtype.isInexact
        case .floating: dtype.isFloat
        case .complexFloating: dtype.isComplex
        default: false
        }
    }

    /// `issubclass(self, other)` between Python's and NumPy's classes: bool is an int,
    /// NumPy's array classes are ndarrays, np.record a np.void, and the abstract scalar
    /// types nest (`np.floating` under `np.inexact`).
    func isSubclass(of other: PythonType) -> Bool {
        if self == other || self == .bool && other == .int { return true }
        if other.isAbstractScalarType, isAbstractScalarType { return other.contains(self) }
        switch (self, other) {
        case (.recarray, .ndarray), (.memmap, .ndarray), (.maskedArray, .ndarray), (.record, .void): return true
        case (.record, .generic), (.void, .generic), (.strScalar, .generic), (.bytesScalar, .generic): return true
        case (.strScalar, .str), (.bytesScalar, .bytes): return true
        default: return false
        }
    }

    /// Whether `other` is this abstract type or one below it in NumPy's hierarchy.
    func contains(_ other: PythonType) -> Bool {
        let parents: [PythonType: PythonType] = [
            .number: .generic, .integer: .number, .inexact: .number, .signedInteger: .integer,
            .unsignedInteger: .integer, .floating: .inexact, .complexFloating: .inexact,
        ]
        var current: PythonType? = other
        while let type = current {
            if type == self { return true }
            current = parents[type]
        }
        return false
    }
}
