/// The Swift types that back each dtype, with the conversions kernels need.
///
/// Kernels are generic over `ArrayElement` and specialised per dtype through
/// `DType.withElementType`, so inner loops run on plain machine types.
public protocol ArrayElement: Sendable {
    static var dtype: DType { get }
    /// `dtype.kind` as a constant the optimiser folds: reading `dtype` checks a lazy
    /// global's initialisation (`swift_once`), which in a casting loop ran per element.
    static var kind: DType.Kind { get }
    /// C-style conversions, as NumPy's casts: floats truncate, integers wrap.
    init(casting value: Double)
    init(casting value: Int64)
    init(casting value: UInt64)
    init(casting value: Bool)
    /// From a complex value: real types keep the real part, as NumPy's casts do.
    init(casting real: Double, imaginary: Double)
    /// The value, or the real part of a complex one.
    var asDouble: Double { get }
    /// The imaginary part: 0 for real types.
    var asImaginary: Double { get }
    var asInt64: Int64 { get }
    var asUInt64: UInt64 { get }
    var asBool: Bool { get }
    var scalar: Scalar.Value { get }
    /// Reads an element anywhere in an array's memory.
    static func load(from address: UnsafeRawPointer) -> Self
    /// Reads element `i` of contiguous, aligned memory (the kernels' fast paths).
    static func element(_ base: UnsafeRawPointer, at i: Int) -> Self
}

extension ArrayElement {
    @inline(__always) public init(casting real: Double, imaginary: Double) { self.init(casting: real) }
    @inline(__always) public var asImaginary: Double { 0 }

    @inline(__always)
    public static func load(from address: UnsafeRawPointer) -> Self { address.loadUnaligned(as: Self.self) }

    @inline(__always)
    public static func element(_ base: UnsafeRawPointer, at i: Int) -> Self {
        base.assumingMemoryBound(to: Self.self)[i]
    }
}

extension ArrayElement {
    /// Converts between element types with NumPy's casting rules.
    @inline(__always)
    public init<Source: ArrayElement>(converting source: Source) {
        switch Source.kind {
        case .floating: self.init(casting: source.asDouble)
        case .unsigned: self.init(casting: source.asUInt64)
        case .signed: self.init(casting: source.asInt64)
        case .boolean: self.init(casting: source.asBool)
        case .complex: self.init(casting: source.asDouble, imaginary: source.asImaginary)
        // No element type is a record: records are copied as bytes, never converted.
        case .void, .unicode, .bytes, .object, .variableString: self.init(casting: source.asBool)
        case .datetime, .timedelta: self.init(casting: source.asInt64)
        }
    }

    public init(_ scalar: Scalar) {
        switch scalar.value {
        case .bool(let b): self.init(casting: b)
        case .int(let i): self.init(casting: i)
        case .uint(let u): self.init(casting: u)
        case .float(let d): self.init(casting: d)
        case .complex(let re, let im): self.init(casting: re, imaginary: im)
        }
    }
}

extension Bool: ArrayElement {
    public static var dtype: DType { .bool }
    @inline(__always) public static var kind: DType.Kind { .boolean }
    public init(casting value: Double) { self = value != 0 }
    public init(casting value: Int64) { self = value != 0 }
    public init(casting value: UInt64) { self = value != 0 }
    public init(casting value: Bool) { self = value }
    public var asDouble: Double { self ? 1 : 0 }
    public var asInt64: Int64 { self ? 1 : 0 }
    public var asUInt64: UInt64 { self ? 1 : 0 }
    public var asBool: Bool { self }
    public var scalar: Scalar.Value { .bool(self) }

    /// Bool memory may hold any byte (`x.view(bool)`, or a write through a uint8 view),
    /// and a Swift `Bool` whose byte is not 0 or 1 is undefined behaviour: the byte is
    /// read, and any non-zero byte is True, as NumPy reads it.
    @inline(__always)
    public static func load(from address: UnsafeRawPointer) -> Bool { address.load(as: UInt8.self) != 0 }

    @inline(__always)
    public static func element(_ base: UnsafeRawPointer, at i: Int) -> Bool { load(from: base + i) }
}

/// Integer elements: every conversion wraps, floats go through a C-style truncation.
public protocol IntegerElement: ArrayElement, FixedWidthInteger {}

extension IntegerElement {
    @inline(__always) public static var kind: DType.Kind { isSigned ? .signed : .unsigned }

    /// NumPy's C cast as x86-64 compiles it: `cvttsd2si` to 32 bits for int32 and the
    /// narrower types (then truncated), to 64 bits for int64 and uint32, and for uint64
    /// the compiler's two-range sequence. An out-of-range value or NaN gives the
    /// "integer indefinite" value and raises the invalid flag (NumPy's cast warning).
    @inline(__always)
    public init(casting value: Double) {
        if Self.bitWidth < 32 || (Self.isSigned && Self.bitWidth == 32) {
            self.init(truncatingIfNeeded: Self.truncated32(value))
        } else if !Self.isSigned && Self.bitWidth == 64 {
            let high = 9_223_372_036_854_775_808.0
            self.init(
                truncatingIfNeeded: value >= high
                    ? UInt64(bitPattern: Self.truncated64(value - high)) ^ (1 << 63)
                    : UInt64(bitPattern: Self.truncated64(value)))
        } else {
            self.init(truncatingIfNeeded: Self.truncated64(value))
        }
    }

    @inline(__always)
    private static func truncated32(_ value: Double) -> Int32 {
        if value > -2_147_483_649, value < 2_147_483_648 { return Int32(value) }
        FloatingPointStatus.raiseInvalid()
        return Int32.min
    }

    @inline(__always)
    private static func truncated64(_ value: Double) -> Int64 {
        if value >= -9_223_372_036_854_775_808, value < 9_223_372_036_854_775_808 { return Int64(value) }
        FloatingPointStatus.raiseInvalid()
        return Int64.min
    }
    @inline(__always) public init(casting value: Int64) { self.init(truncatingIfNeeded: value) }
    @inline(__always) public init(casting value: UInt64) { self.init(truncatingIfNeeded: value) }
    @inline(__always) public init(casting value: Bool) { self = value ? 1 : 0 }
    @inline(__always) public var asDouble: Double { Double(self) }
    @inline(__always) public var asInt64: Int64 { Int64(truncatingIfNeeded: self) }
    @inline(__always) public var asUInt64: UInt64 { UInt64(truncatingIfNeeded: self) }
    @inline(__always) public var asBool: Bool { self != 0 }
    public var scalar: Scalar.Value { Self.isSigned ? .int(asInt64) : .uint(asUInt64) }
}

extension Int8: IntegerElement { public static var dtype: DType { .int8 } }
extension Int16: IntegerElement { public static var dtype: DType { .int16 } }
extension Int32: IntegerElement { public static var dtype: DType { .int32 } }
extension Int64: IntegerElement { public static var dtype: DType { .int64 } }
extension UInt8: IntegerElement { public static var dtype: DType { .uint8 } }
extension UInt16: IntegerElement { public static var dtype: DType { .uint16 } }
extension UInt32: IntegerElement { public static var dtype: DType { .uint32 } }
extension UInt64: IntegerElement { public static var dtype: DType { .uint64 } }

/// Floating-point elements.
public protocol FloatElement: ArrayElement, BinaryFloatingPoint, LosslessStringConvertible {}

extension FloatElement {
    @inline(__always) public static var kind: DType.Kind { .floating }
    @inline(__always) public init(casting value: Double) { self.init(value) }
    @inline(__always) public init(casting value: Int64) { self.init(value) }
    @inline(__always) public init(casting value: UInt64) { self.init(value) }
    @inline(__always) public init(casting value: Bool) { self = value ? 1 : 0 }
    @inline(__always) public var asDouble: Double { Double(self) }
    @inline(__always) public var asInt64: Int64 { Int64(casting: Double(self)) }
    @inline(__always) public var asUInt64: UInt64 { UInt64(casting: Double(self)) }
    @inline(__always) public var asBool: Bool { self != 0 }
    public var scalar: Scalar.Value { .float(Double(self)) }
}

extension Float16: FloatElement {
    public static var dtype: DType { .float16 }
    /// Rounds a double; the conversion is done in software, which sets no FPU flag,
    /// so an overflow to infinity raises it here for NumPy's "overflow encountered in cast".
    @inline(__always) public init(casting value: Double) {
        self.init(value)
        if isInfinite, value.isFinite { FloatingPointStatus.raiseOverflow() }
    }
    // Integers reach float16 through float32, as NumPy's casts go (exact below 2^24).
    @inline(__always) public init(casting value: Int64) { self.init(Float(value)) }
    @inline(__always) public init(casting value: UInt64) { self.init(Float(value)) }
}
extension Float: FloatElement { public static var dtype: DType { .float32 } }
extension Double: FloatElement { public static var dtype: DType { .float64 } }

/// A complex number as NumPy stores it: the real part, then the imaginary part.
///
/// Arithmetic lives in `ComplexMath`, written to give NumPy's results bit for bit.
public struct Complex<Real: FloatElement>: ArrayElement, Equatable {
    public var real: Real
    public var imaginary: Real

    @inline(__always)
    public init(_ real: Real, _ imaginary: Real) {
        self.real = real
        self.imaginary = imaginary
    }

    public static var dtype: DType { Real.self == Float.self ? .complex64 : .complex128 }
    @inline(__always) public static var kind: DType.Kind { .complex }
    @inline(__always) public init(casting value: Double) { self.init(Real(casting: value), 0) }
    @inline(__always) public init(casting value: Int64) { self.init(Real(casting: value), 0) }
    @inline(__always) public init(casting value: UInt64) { self.init(Real(casting: value), 0) }
    @inline(__always) public init(casting value: Bool) { self.init(value ? 1 : 0, 0) }
    @inline(__always) public init(casting real: Double, imaginary: Double) {
        self.init(Real(casting: real), Real(casting: imaginary))
    }
    @inline(__always) public var asDouble: Double { real.asDouble }
    @inline(__always) public var asImaginary: Double { imaginary.asDouble }
    @inline(__always) public var asInt64: Int64 { real.asInt64 }
    @inline(__always) public var asUInt64: UInt64 { real.asUInt64 }
    @inline(__always) public var asBool: Bool { real != 0 || imaginary != 0 }
    public var scalar: Scalar.Value { .complex(real.asDouble, imaginary.asDouble) }
}

/// Runs generic code with the Swift type behind a dtype.
public protocol ElementVisitor {
    associatedtype Result
    func visit<T: ArrayElement>(_ type: T.Type) throws(PythonError) -> Result
}

extension DType {
    /// Calls `visitor.visit` with the element type of this dtype, specialised per case.
    ///
    /// Kernels read memory in the machine's byte order, so a byte-swapped dtype is
    /// refused here: callers bring such arrays to native order first (`CastCopy`).
    @inline(__always)
    public func dispatch<V: ElementVisitor>(_ visitor: V) throws(PythonError) -> V.Result {
        guard isNative else { throw .nonNative(self) }
        switch scalarType {
        case .bool: return try visitor.visit(Bool.self)
        case .int8: return try visitor.visit(Int8.self)
        case .int16: return try visitor.visit(Int16.self)
        case .int32: return try visitor.visit(Int32.self)
        case .int64: return try visitor.visit(Int64.self)
        case .uint8: return try visitor.visit(UInt8.self)
        case .uint16: return try visitor.visit(UInt16.self)
        case .uint32: return try visitor.visit(UInt32.self)
        case .uint64: return try visitor.visit(UInt64.self)
        case .float16: return try visitor.visit(Float16.self)
        case .float32: return try visitor.visit(Float.self)
        case .float64: return try visitor.visit(Double.self)
        case .complex64: return try visitor.visit(Complex<Float>.self)
        case .complex128: return try visitor.visit(Complex<Double>.self)
        case .void: throw .records(self)
        case .str, .bytes, .vstring: throw .strings(self)
        case .datetime64, .timedelta64: throw .times(self)
        case .object: throw .objects
        }
    }
}
