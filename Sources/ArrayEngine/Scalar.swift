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
        /// Real and imaginary parts.
        case complex(Double, Double)
    }

    public let dtype: DType
    public let value: Value

    /// Makes a scalar of `dtype`, casting `value` the way NumPy casts array elements.
    public init(_ value: Value, as dtype: DType) {
        self.dtype = dtype
        self.value = Scalar.cast(value, to: dtype)
    }

    // Each value is already of its dtype: nothing to cast (these are made once per element in loops).
    public init(bool: Bool) { (dtype, value) = (.bool, .bool(bool)) }
    public init(int64: Int64) { (dtype, value) = (.int64, .int(int64)) }
    public init(double: Double) { (dtype, value) = (.float64, .float(double)) }

    /// The value as a float; the real part of a complex value.
    public var doubleValue: Double {
        switch value {
        case .bool(let b): b ? 1 : 0
        case .int(let i): Double(i)
        case .uint(let u): Double(u)
        case .float(let d): d
        case .complex(let re, _): re
        }
    }

    /// The imaginary part: 0 for a real value.
    public var imaginaryValue: Double {
        if case .complex(_, let im) = value { return im }
        return 0
    }

    public var boolValue: Bool {
        switch value {
        case .bool(let b): b
        case .int(let i): i != 0
        case .uint(let u): u != 0
        case .float(let d): d != 0
        case .complex(let re, let im): re != 0 || im != 0
        }
    }

    /// The integer value, or nil for a float that is not integral or is out of range.
    public var exactInteger: Int64? {
        switch value {
        case .bool(let b): b ? 1 : 0
        case .int(let i): i
        case .uint(let u): Int64(exactly: u)
        case .float(let d): Int64(exactly: d)
        case .complex: nil
        }
    }

    private static func cast(_ value: Value, to dtype: DType) -> Value {
        switch dtype.kind {
        case .boolean:
            return .bool(Scalar(unchecked: value).boolValue)
        case .floating:
            return .float(rounded(Scalar(unchecked: value).doubleValue, to: dtype))
        case .void, .unicode, .bytes, .object, .variableString:
            return value
        case .datetime, .timedelta:
            return .int(wrappedBits(value))
        case .complex:
            let parts = Scalar(unchecked: value)
            let component = dtype.realComponent
            return .complex(rounded(parts.doubleValue, to: component), rounded(parts.imaginaryValue, to: component))
        case .signed:
            if let d = floatValue(value) {
                switch dtype.itemsize {
                case 1: return .int(Int64(Int8(casting: d)))
                case 2: return .int(Int64(Int16(casting: d)))
                case 4: return .int(Int64(Int32(casting: d)))
                default: return .int(Int64(casting: d))
                }
            }
            let wide = wrappedBits(value)
            switch dtype.itemsize {
            case 1: return .int(Int64(Int8(truncatingIfNeeded: wide)))
            case 2: return .int(Int64(Int16(truncatingIfNeeded: wide)))
            case 4: return .int(Int64(Int32(truncatingIfNeeded: wide)))
            default: return .int(wide)
            }
        case .unsigned:
            if let d = floatValue(value) {
                switch dtype.itemsize {
                case 1: return .uint(UInt64(UInt8(casting: d)))
                case 2: return .uint(UInt64(UInt16(casting: d)))
                case 4: return .uint(UInt64(UInt32(casting: d)))
                default: return .uint(UInt64(casting: d))
                }
            }
            let wide = UInt64(bitPattern: wrappedBits(value))
            switch dtype.itemsize {
            case 1: return .uint(UInt64(UInt8(truncatingIfNeeded: wide)))
            case 2: return .uint(UInt64(UInt16(truncatingIfNeeded: wide)))
            case 4: return .uint(UInt64(UInt32(truncatingIfNeeded: wide)))
            default: return .uint(wide)
            }
        }
    }

    /// A float64 value rounded to a narrower float type, held as a Double.
    private static func rounded(_ d: Double, to dtype: DType) -> Double {
        switch dtype.scalarType {
        case .float16: Double(Float16(casting: d))
        case .float32: Double(Float(d))
        default: d
        }
    }

    private init(unchecked value: Value) {
        self.dtype = .float64
        self.value = value
    }

    /// A float (or a complex number's real part): cast to integers as arrays cast them.
    private static func floatValue(_ value: Value) -> Double? {
        switch value {
        case .float(let d), .complex(let d, _): d
        case .bool, .int, .uint: nil
        }
    }

    /// Two's-complement bits of a boolean or integer.
    private static func wrappedBits(_ value: Value) -> Int64 {
        switch value {
        case .bool(let b): b ? 1 : 0
        case .int(let i): i
        case .uint(let u): Int64(bitPattern: u)
        case .float(let d), .complex(let d, _): Int64(casting: d)
        }
    }
}
