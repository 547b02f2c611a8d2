/// Reversing the bytes of elements: reading and writing non-native dtypes
/// (`'>f4'`), and `a.byteswap()`.
enum ByteSwapping {
    /// Reverses each `unit`-byte group of the `byteCount` bytes at `address`
    /// (a complex number is two units, its parts swapped separately).
    @inline(__always)
    static func swap(_ address: UnsafeMutableRawPointer, byteCount: Int, unit: Int) {
        guard unit > 1 else { return }
        var start = 0
        while start + unit <= byteCount {
            var i = start
            var j = start + unit - 1
            while i < j {
                let x = address.load(fromByteOffset: i, as: UInt8.self)
                address.storeBytes(of: address.load(fromByteOffset: j, as: UInt8.self), toByteOffset: i, as: UInt8.self)
                address.storeBytes(of: x, toByteOffset: j, as: UInt8.self)
                i += 1
                j -= 1
            }
            start += unit
        }
    }
}

extension NDArray {
    /// `a.byteswap(inplace=True)`: every element's bytes reversed where it lies.
    public func swapBytesInPlace() throws(PythonError) {
        guard isWriteable else { throw .readOnly }
        let unit = dtype.scalarType.swapUnit
        let width = itemsize
        try StridedLoop.forEach(shape: shape, strides: [strides], maximumRun: StridedLoop.interruptGranularity) {
            offsets, count, inner in
            var address = pointer + offsets[0]
            for _ in 0..<count {
                ByteSwapping.swap(address, byteCount: width, unit: unit)
                address += inner[0]
            }
        }
    }
}

extension ArrayElement {
    /// Reads an element stored in the other byte order.
    @inline(__always)
    static func loadSwapped(from address: UnsafeRawPointer) -> Self {
        withUnsafeTemporaryAllocation(byteCount: MemoryLayout<Self>.size, alignment: MemoryLayout<Self>.alignment) {
            temporary in
            let copy = temporary.baseAddress!
            copy.copyMemory(from: address, byteCount: MemoryLayout<Self>.size)
            ByteSwapping.swap(copy, byteCount: MemoryLayout<Self>.size, unit: dtype.scalarType.swapUnit)
            return load(from: copy)
        }
    }
}
