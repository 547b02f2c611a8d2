import ArrayEngine

/// A NumPy scalar as a `Value` holds it: an int64 or a float64 (what loops read from
/// arrays and compute with) in place, every other boxed.
///
/// `a[i]` of an int64 array, and `total += a[i]`, then allocate nothing. The form is
/// canonical (`init` picks it), and the accessors answer as `Scalar`'s do, so code that
/// asks a scalar its dtype or value needs no case of its own; code that needs the
/// engine's `Scalar` takes `scalar`.
enum NumPyScalar {
    case int64(Int64)
    case float64(Double)
    /// Any other dtype, and an int64 or float64 whose dtype spells out its byte order.
    indirect case boxed(Scalar)

    init(_ scalar: Scalar) {
        guard NumPyScalar.isInPlace(scalar.dtype) else {
            self = .boxed(scalar)
            return
        }
        switch (scalar.dtype.scalarType, scalar.value) {
        case (.int64, .int(let i)): self = .int64(i)
        case (.float64, .float(let d)): self = .float64(d)
        default: self = .boxed(scalar)
        }
    }

    /// An element of an array of `dtype` read at `address`, when its scalars are held in place.
    static func load(_ dtype: DType, at address: UnsafeRawPointer) -> NumPyScalar? {
        guard isInPlace(dtype) else { return nil }
        return switch dtype.scalarType {
        case .int64: .int64(address.loadUnaligned(as: Int64.self))
        case .float64: .float64(address.loadUnaligned(as: Double.self))
        default: nil
        }
    }

    /// An int64 or float64 dtype is the plain one (`.int64`, `.float64`) when it is native
    /// and does not spell out its byte order; only those scalars are held in place.
    private static func isInPlace(_ dtype: DType) -> Bool {
        dtype.isNative && !dtype.spellsOutByteOrder
    }

    /// The engine's scalar: what arrays are made from and formatted with.
    var scalar: Scalar {
        switch self {
        case .int64(let i): Scalar(int64: i)
        case .float64(let d): Scalar(double: d)
        case .boxed(let s): s
        }
    }

    var dtype: DType {
        switch self {
        case .int64: .int64
        case .float64: .float64
        case .boxed(let s): s.dtype
        }
    }

    var value: Scalar.Value {
        switch self {
        case .int64(let i): .int(i)
        case .float64(let d): .float(d)
        case .boxed(let s): s.value
        }
    }

    var doubleValue: Double { scalar.doubleValue }
    var imaginaryValue: Double { scalar.imaginaryValue }
    var boolValue: Bool { scalar.boolValue }
    var exactInteger: Int64? { scalar.exactInteger }
}

extension NumPyScalar: Equatable {
    static func == (a: NumPyScalar, b: NumPyScalar) -> Bool { a.scalar == b.scalar }
}

extension Value {
    /// A NumPy scalar, in its canonical form.
    static func scalar(_ scalar: Scalar) -> Value { .scalar(NumPyScalar(scalar)) }
}
