import ArrayEngine
import BigInt

/// Questions about types: `np.min_scalar_type` (the smallest type holding a value),
/// `np.common_type` (the float type arrays share), `np.isdtype` (the Array API's kinds).
extension NumPyModule {
    static func typeQueryFunctions() -> [Function] {
        [
            function(
                "min_scalar_type(a, /)", style: .numpyC,
                doc: "The smallest type that holds the value a (by value for scalars and 0-d arrays, else a's dtype)."
            ) { _, args throws(PythonError) in
                .dtype(try minimalType(args.raw("a") ?? .none))
            },
            function(
                "common_type(*arrays)",
                doc: "The float type (complex if any array is) with the largest precision among the arrays."
            ) { _, args throws(PythonError) in
                try commonType(args.variadic("arrays"))
            },
            function(
                "isdtype(dtype, kind)",
                doc: """
                    Whether dtype is of kind: a dtype, a name ('bool', 'signed integer', 'unsigned integer', 'integral', 'real floating', 'complex floating', 'numeric') or a tuple of them.
                    """
            ) { _, args throws(PythonError) in
                let value = args.raw("dtype") ?? .none
                let dtype: DType
                switch value {
                case .dtype(let d), .scalarType(let d): dtype = d
                default:
                    throw .type(
                        "dtype argument must be a NumPy dtype, but it is a \(try Repr.repr(Builtins.typeOf(value))).")
                }
                return .bool(try isOfKind(dtype, args.raw("kind") ?? .none))
            },
        ]
    }

    /// NumPy's `min_scalar_type`: Python numbers, NumPy scalars and 0-d arrays by value.
    private static func minimalType(_ value: Value) throws(PythonError) -> DType {
        switch value {
        case .bool: return .bool
        case .int(let i): return minimalInteger(BigInt(i))
        case .bigInt(let b): return minimalInteger(b)
        case .float(let d): return minimalFloat(d)
        case .complex(let re, let im):
            return minimalFloat(re) == .float64 || minimalFloat(im) == .float64 ? .complex128 : .complex64
        case .scalar(let s): return try minimalType(Convert.python(s.scalar))
        case .array(let a) where a.ndim == 0 && (a.dtype.isInteger || a.dtype.isInexact || a.dtype == .bool):
            return try minimalType(.scalar(try a.item()))
        default: return try Convert.array(value).dtype
        }
    }

    /// Unsigned types for values from 0, signed ones below it; `object` past 64 bits.
    private static func minimalInteger(_ value: BigInt) -> DType {
        let candidates: [DType] = value >= 0 ? [.uint8, .uint16, .uint32, .uint64] : [.int8, .int16, .int32, .int64]
        for dtype in candidates {
            let bits = dtype.itemsize * 8
            let fits = value >= 0 ? value < BigInt(1) << bits : value >= -(BigInt(1) << (bits - 1))
            if fits { return dtype }
        }
        return .object
    }

    /// NumPy's bounds: float16 below 65000 in magnitude (NaN and infinities too), float32 below 3.4e38.
    private static func minimalFloat(_ d: Double) -> DType {
        if !d.isFinite || abs(d) < 65000 { return .float16 }
        return abs(d) < 3.4e38 ? .float32 : .float64
    }

    private static func commonType(_ arrays: [Value]) throws(PythonError) -> Value {
        // Precision: 0 half, 1 single, 2 double; integers count as double.
        var precision = 0
        var complex = false
        for value in arrays {
            guard case .array(let a) = value else {
                throw .attribute("'\(value.typeName)' object has no attribute 'dtype'")
            }
            let dtype = a.dtype
            guard dtype.isInteger || dtype.isInexact else { throw .type("can't get common type for non-numeric array") }
            complex = complex || dtype.isComplex
            switch dtype.isInteger ? .float64 : dtype.realComponent.scalarType {
            case .float16: break
            case .float32: precision = max(precision, 1)
            default: precision = 2
            }
        }
        if complex { return precision == 0 ? .none : .scalarType(precision == 1 ? .complex64 : .complex128) }
        return .scalarType([DType.float16, .float32, .float64][precision])
    }

    private static func isOfKind(_ dtype: DType, _ kind: Value) throws(PythonError) -> Bool {
        switch kind {
        case .dtype(let d), .scalarType(let d): return dtype == d
        case .tuple(let kinds):
            for kind in kinds where try isOfKind(dtype, kind) { return true }
            return false
        case .string(let name):
            let kinds: [String: [DType.Kind]] = [
                "bool": [.boolean], "signed integer": [.signed], "unsigned integer": [.unsigned],
                "integral": [.signed, .unsigned], "real floating": [.floating], "complex floating": [.complex],
                "numeric": [.signed, .unsigned, .floating, .complex],
            ]
            guard let accepted = kinds[name] else {
                throw .value("kind argument is a string, but '\(name)' is not a known kind name.")
            }
            return accepted.contains(dtype.kind)
        default:
            throw .type(
                "kind argument must be comprised of NumPy dtypes or strings only, but is a \(try Repr.repr(Builtins.typeOf(kind)))."
            )
        }
    }
}
