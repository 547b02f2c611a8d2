import ArrayEngine

/// The attributes that show an array's memory: `flat`, `data` (a memoryview),
/// `ctypes`, `__array_interface__`.
extension ArrayAttributes {
    static let memoryAttributeNames = ["__array_interface__", "ctypes", "data", "flat"]

    static func memoryAttribute(_ a: NDArray, _ name: String, in interpreter: Interpreter) throws(PythonError) -> Value?
    {
        switch name {
        case "flat": return .object(FlatIterator(a, warn: interpreter.warn))
        case "data": return .object(MemoryViewObject(a))
        case "ctypes": return .object(CTypesObject(a))
        case "__array_interface__": return .dict(try DictObject(interface(of: a).map { (.string($0.0), $0.1) }))
        default: return nil
        }
    }

    /// The base of an array made over a `bytes` object is that object; over a
    /// bytearray, the object or the memoryview NumPy was handed (`Bytes.shared`).
    static func foreignBase(_ a: NDArray) -> Value? {
        if let view = a.buffer.holder as? MemoryViewObject { return .object(view) }
        return BytesObject.holding(a.buffer).map { .object($0) }
    }

    /// NumPy's `__array_interface__` (version 3): `strides` is None for C-contiguous memory.
    static func interface(of a: NDArray) -> [(String, Value)] {
        let type = Value.string(a.dtype.typeString)
        return [
            ("data", .tuple([.int(a.address), .bool(!a.isWriteable)])),
            ("strides", a.isCContiguous ? .none : .tuple(a.strides.map { .int($0) })),
            ("descr", .list(ListObject([.tuple([.string(""), type])]))),
            ("typestr", type),
            ("shape", .tuple(a.shape.map { .int($0) })),
            ("version", .int(3)),
        ]
    }
}
