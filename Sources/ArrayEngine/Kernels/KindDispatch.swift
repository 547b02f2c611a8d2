/// Runs code chosen by a dtype's kind, with the concrete element type.
///
/// Arithmetic differs by kind (integers wrap, floats follow IEEE 754, booleans
/// are logic), so kernels are written once per kind and specialised per type.
protocol KindVisitor {
    associatedtype Result
    func visitBool() throws(PythonError) -> Result
    func visitInteger<T: IntegerElement>(_ type: T.Type) throws(PythonError) -> Result
    func visitFloat<T: FloatElement>(_ type: T.Type) throws(PythonError) -> Result
}

extension DType {
    @inline(__always)
    func dispatchByKind<V: KindVisitor>(_ visitor: V) throws(PythonError) -> V.Result {
        switch self {
        case .bool: try visitor.visitBool()
        case .int8: try visitor.visitInteger(Int8.self)
        case .int16: try visitor.visitInteger(Int16.self)
        case .int32: try visitor.visitInteger(Int32.self)
        case .int64: try visitor.visitInteger(Int64.self)
        case .uint8: try visitor.visitInteger(UInt8.self)
        case .uint16: try visitor.visitInteger(UInt16.self)
        case .uint32: try visitor.visitInteger(UInt32.self)
        case .uint64: try visitor.visitInteger(UInt64.self)
        case .float32: try visitor.visitFloat(Float.self)
        case .float64: try visitor.visitFloat(Double.self)
        }
    }
}
