/// Runs code chosen by a dtype's kind, with the concrete element type.
///
/// Arithmetic differs by kind (integers wrap, floats follow IEEE 754, booleans
/// are logic, complex numbers have two parts), so kernels are written once per
/// kind and specialised per type.
protocol KindVisitor {
    associatedtype Result
    func visitBool() throws(PythonError) -> Result
    func visitInteger<T: IntegerElement>(_ type: T.Type) throws(PythonError) -> Result
    func visitFloat<T: FloatElement>(_ type: T.Type) throws(PythonError) -> Result
    func visitComplex<R: FloatElement>(_ type: Complex<R>.Type) throws(PythonError) -> Result
}

extension DType {
    /// Byte-swapped dtypes are refused, as by `dispatch`.
    @inline(__always)
    func dispatchByKind<V: KindVisitor>(_ visitor: V) throws(PythonError) -> V.Result {
        guard isNative else { throw .nonNative(self) }
        switch scalarType {
        case .bool: return try visitor.visitBool()
        case .int8: return try visitor.visitInteger(Int8.self)
        case .int16: return try visitor.visitInteger(Int16.self)
        case .int32: return try visitor.visitInteger(Int32.self)
        case .int64: return try visitor.visitInteger(Int64.self)
        case .uint8: return try visitor.visitInteger(UInt8.self)
        case .uint16: return try visitor.visitInteger(UInt16.self)
        case .uint32: return try visitor.visitInteger(UInt32.self)
        case .uint64: return try visitor.visitInteger(UInt64.self)
        case .float16: return try visitor.visitFloat(Float16.self)
        case .float32: return try visitor.visitFloat(Float.self)
        case .float64: return try visitor.visitFloat(Double.self)
        case .complex64: return try visitor.visitComplex(Complex<Float>.self)
        case .complex128: return try visitor.visitComplex(Complex<Double>.self)
        case .void: throw .records(self)
        case .str, .bytes, .vstring: throw .strings(self)
        case .datetime64, .timedelta64: throw .times(self)
        case .object: throw .objects
        }
    }
}
