/// One element's value, tagged with its dtype: what `a[0]` gives (a NumPy scalar).
///
/// Values are held in the widest type of their kind; `dtype` says how to read them
/// back, print them and store them.
public struct Scalar: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case bool(Bool)
        case int(Int64)
        case uint(UInt64)
        case float(Double)
    }

    public let dtype: DType
    public let value: Value

    /// Makes a scalar of `dtype`, casting `value` the way NumPy casts array elements.
    public init(_ value: Value, as dtype: DType) {
        self.dtype = dtype
        self.value = Scalar.cast(value, to: dtype)
    }

    public init(bool: Bool) { self.init(.bool(bool), as: .bool) }
    public init(int64: Int64) { self.init(.int(int64), as: .int64) }
    public init(double: Double) { self.init(.float(double), as: .float64) }

    public var doubleValue: Double {
        switch value {
        case .bool(let b): b ? 1 : 0
        case .int(let i): Double(i)
        case .uint(let u): Double(u)
        case .float(let d): d
        }
    }

    public var boolValue: Bool {
        switch value {
        case .bool(let b): b
        case .int(let i): i != 0
        case .uint(let u): u != 0
        case .float(let d): d != 0
        }
    }

    /// The integer value, or nil for a float that is not integral or is out of range.
    public var exactInteger: Int64? {
        switch value {
        case .bool(let b): b ? 1 : 0
        case .int(let i): i
        case .uint(let u): Int64(exactly: u)
        case .float(let d): Int64(exactly: d)
        }
    }

    private static func cast(_ value: Value, to dtype: DType) -> Value {
        switch dtype.kind {
        case .boolean:
            return .bool(Scalar(unchecked: value).boolValue)
        case .floating:
            let d = Scalar(unchecked: value).doubleValue
            return .float(dtype == .float32 ? Double(Float(d)) : d)
        case .signed:
            let wide = wrappedBits(value)
            switch dtype.itemsize {
            case 1: return .int(Int64(Int8(truncatingIfNeeded: wide)))
            case 2: return .int(Int64(Int16(truncatingIfNeeded: wide)))
            case 4: return .int(Int64(Int32(truncatingIfNeeded: wide)))
            default: return .int(wide)
            }
        case .unsigned:
            let wide = UInt64(bitPattern: wrappedBits(value))
            switch dtype.itemsize {
            case 1: return .uint(UInt64(UInt8(truncatingIfNeeded: wide)))
            case 2: return .uint(UInt64(UInt16(truncatingIfNeeded: wide)))
            case 4: return .uint(UInt64(UInt32(truncatingIfNeeded: wide)))
            default: return .uint(wide)
            }
        }
    }

    private init(unchecked value: Value) {
        self.dtype = .float64
        self.value = value
    }

    /// Two's-complement bits, with floats cast as C on x86 does (out of range -> INT64_MIN).
    private static func wrappedBits(_ value: Value) -> Int64 {
        switch value {
        case .bool(let b): b ? 1 : 0
        case .int(let i): i
        case .uint(let u): Int64(bitPattern: u)
        case .float(let d): Int64(exactly: d.rounded(.towardZero)) ?? .min
        }
    }
}
