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
                .dtype(
                    DType.promote(try args.dtype("type1") ?? .float64, try args.dtype("type2") ?? .float64).canonical)
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
        if type == .ndarray { return ndarrayConstructor() }
        guard type == .dtype else { return nil }
        return function(
            "dtype(dtype, align=False, copy=False, metadata=<no value>)", notYet: ["align", "copy", "metadata"],
            style: .cKeywords, doc: "The dtype named by obj ('int32', '<f8', 'c16', np.float64, int, ...)."
        ) { _, args throws(PythonError) in
            .dtype(try Convert.dtype(args.raw("dtype") ?? .none))
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
