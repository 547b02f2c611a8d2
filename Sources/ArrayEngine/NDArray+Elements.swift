/// Reading and writing single elements as `Scalar`s (the slow, general path).
extension NDArray {
    /// Loads the element at `address` as a scalar of this array's dtype.
    public func load(at address: UnsafeRawPointer) -> Scalar {
        dtype.loadScalar(from: address)
    }

    /// Stores `value`, cast to this array's dtype, at `address`.
    public func store(_ value: Scalar, at address: UnsafeMutableRawPointer) {
        dtype.storeScalar(value, to: address)
    }

    /// The address of the element at a full, already-validated index.
    public func address(of index: [Int]) -> UnsafeMutableRawPointer {
        var byte = offset
        for (i, stride) in zip(index, strides) { byte += i * stride }
        return buffer.pointer + byte
    }

    /// The value of a 0-d array, or of the only element of a one-element array.
    public func item() throws(PythonError) -> Scalar {
        if dtype.record != nil { throw .records(dtype) }
        if dtype.isString { throw .strings(dtype) }
        if dtype.isObject { throw .objects }
        guard size == 1 else {
            throw .value("can only convert an array of size 1 to a Python scalar")
        }
        return load(at: pointer)
    }

    /// Every element in C order (for printing, `tolist` and tests; not for kernels).
    ///
    /// Datetimes and timedeltas are refused: their counts are no numbers to compute
    /// with (NaT is the smallest integer, yet sorts last); code that knows them reads `timeCounts()`.
    public func elements() throws(PythonError) -> [Scalar] {
        if dtype.isTime { throw .times(dtype) }
        return try timeCounts()
    }

    /// Every element in C order, datetimes and timedeltas as their counts of the unit.
    public func timeCounts() throws(PythonError) -> [Scalar] {
        if dtype.record != nil { throw .records(dtype) }
        if dtype.isString { throw .strings(dtype) }
        if dtype.isObject { throw .objects }
        try MemoryLimit.check(count: size, of: Scalar.self)
        var result: [Scalar] = []
        result.reserveCapacity(size)
        try StridedLoop.forEach(shape: shape, strides: [strides]) { offsets, count, inner in
            var byte = offset + offsets[0]
            for _ in 0..<count {
                result.append(load(at: buffer.pointer + byte))
                byte += inner[0]
            }
        }
        return result
    }
}

extension DType {
    /// Reads one element, swapping its bytes first when the dtype is not native.
    func loadScalar(from address: UnsafeRawPointer) -> Scalar {
        guard isNative else {
            return withUnsafeTemporaryAllocation(byteCount: itemsize, alignment: 16) { temporary in
                let copy = temporary.baseAddress!
                copy.copyMemory(from: address, byteCount: itemsize)
                ByteSwapping.swap(copy, byteCount: itemsize, unit: scalarType.swapUnit)
                return Scalar(native.loadScalar(from: copy).value, as: native)
            }
        }
        let value: Scalar.Value =
            switch scalarType {
            case .bool: .bool(address.load(as: UInt8.self) != 0)
            case .int8: .int(Int64(address.load(as: Int8.self)))
            case .int16: .int(Int64(address.loadUnaligned(as: Int16.self)))
            case .int32: .int(Int64(address.loadUnaligned(as: Int32.self)))
            case .int64: .int(address.loadUnaligned(as: Int64.self))
            case .uint8: .uint(UInt64(address.load(as: UInt8.self)))
            case .uint16: .uint(UInt64(address.loadUnaligned(as: UInt16.self)))
            case .uint32: .uint(UInt64(address.loadUnaligned(as: UInt32.self)))
            case .uint64: .uint(address.loadUnaligned(as: UInt64.self))
            case .float16: .float(Double(address.loadUnaligned(as: Float16.self)))
            case .float32: .float(Double(address.loadUnaligned(as: Float.self)))
            case .float64: .float(address.loadUnaligned(as: Double.self))
            case .complex64: address.loadUnaligned(as: Complex<Float>.self).scalar
            case .complex128: address.loadUnaligned(as: Complex<Double>.self).scalar
            // Never a value: records are read field by field, strings as code points, objects
            // by the language (`elements()` and `item()` refuse them).
            case .void, .str, .bytes, .object, .vstring: .bool(false)
            case .datetime64, .timedelta64: .int(address.loadUnaligned(as: Int64.self))
            }
        return Scalar(value, as: self)
    }

    /// Writes one element, cast to this dtype, in this dtype's byte order.
    func storeScalar(_ value: Scalar, to address: UnsafeMutableRawPointer) {
        switch scalarType {
        case .bool: address.storeBytes(of: Bool(value) ? 1 : 0, as: UInt8.self)
        case .int8: address.storeBytes(of: Int8(value), as: Int8.self)
        case .int16: address.storeBytes(of: Int16(value), toByteOffset: 0, as: Int16.self)
        case .int32: address.storeBytes(of: Int32(value), toByteOffset: 0, as: Int32.self)
        case .int64, .datetime64, .timedelta64: address.storeBytes(of: Int64(value), toByteOffset: 0, as: Int64.self)
        case .uint8: address.storeBytes(of: UInt8(value), as: UInt8.self)
        case .uint16: address.storeBytes(of: UInt16(value), toByteOffset: 0, as: UInt16.self)
        case .uint32: address.storeBytes(of: UInt32(value), toByteOffset: 0, as: UInt32.self)
        case .uint64: address.storeBytes(of: UInt64(value), toByteOffset: 0, as: UInt64.self)
        case .float16: address.storeBytes(of: Float16(value), toByteOffset: 0, as: Float16.self)
        case .float32: address.storeBytes(of: Float(value), toByteOffset: 0, as: Float.self)
        case .float64: address.storeBytes(of: Double(value), toByteOffset: 0, as: Double.self)
        case .complex64: address.storeBytes(of: Complex<Float>(value), toByteOffset: 0, as: Complex<Float>.self)
        case .complex128: address.storeBytes(of: Complex<Double>(value), toByteOffset: 0, as: Complex<Double>.self)
        // A number stored into a record goes to every field, as NumPy casts it.
        case .void:
            for field in record?.fields ?? [] {
                for k in 0..<max(1, field.shape.reduce(1, *)) {
                    field.dtype.storeScalar(value, to: address + field.offset + k * field.dtype.itemsize)
                }
            }
            return
        // A number stored as an object is that number, as NumPy casts it.
        case .object:
            ObjectStore.store(ScalarObject(value), to: address)
            return
        // A number stored as text is its str(), as NumPy casts it.
        case .str, .bytes, .vstring:
            storeCodes(FixedString.codes(of: value), to: address)
            return
        }
        if isByteSwapped { ByteSwapping.swap(address, byteCount: itemsize, unit: scalarType.swapUnit) }
    }
}
