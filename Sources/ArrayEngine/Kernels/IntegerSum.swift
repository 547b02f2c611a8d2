/// Whole sums of contiguous booleans and integers, which NumPy accumulates in int64
/// or uint64: each element is read straight into a 64-bit lane (no cast copy of
/// narrow ones), on every CPU for big arrays. Wrapping 64-bit addition does not
/// depend on the order, so any cut gives one loop's total.
enum IntegerSum {
    /// The wrapped 64-bit total of `a`'s elements (booleans count 1 for any
    /// non-zero byte), nil when `a` is not a native contiguous array of them.
    static func total(_ a: NDArray) throws(PythonError) -> UInt64? {
        guard !a.dtype.isByteSwapped, a.isCContiguous else { return nil }
        switch a.dtype.scalarType {
        case .bool: return try total(a, UInt8.self, counting: true)
        case .int8: return try total(a, Int8.self)
        case .int16: return try total(a, Int16.self)
        case .int32: return try total(a, Int32.self)
        case .uint8: return try total(a, UInt8.self)
        case .uint16: return try total(a, UInt16.self)
        case .uint32: return try total(a, UInt32.self)
        case .int64: return try total(a, Int64.self)
        case .uint64: return try total(a, UInt64.self)
        case .float16, .float32, .float64, .complex64, .complex128, .void, .str, .bytes, .datetime64,
            .timedelta64, .object, .vstring:
            return nil
        }
    }

    /// Sign- or zero-extends each element (or, `counting`, takes 1 for each non-zero one).
    private static func total<T: FixedWidthInteger>(_ a: NDArray, _: T.Type, counting: Bool = false)
        throws(PythonError) -> UInt64
    {
        let values = UnsafePointer(a.pointer.assumingMemoryBound(to: T.self))
        let parts = Parallel.parts(of: a.size)
        var sums = [UInt64](repeating: 0, count: parts.count)
        try sums.withUnsafeMutableBufferPointer { sums throws(PythonError) in
            try Parallel.run(parts.count) { k throws(PythonError) in
                var sum: UInt64 = 0
                if counting {
                    for i in parts[k] { sum &+= values[i] == 0 ? 0 : 1 }
                } else {
                    for i in parts[k] { sum &+= UInt64(truncatingIfNeeded: values[i]) }
                }
                sums[k] = sum
            }
        }
        return sums.reduce(0, &+)
    }
}
