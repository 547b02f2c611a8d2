/// `bytes(length)` as both APIs make it: `ceil(length / 4)` full 32-bit draws
/// (the bounded path for the range 2**32 takes them whole), little-endian.
enum RandomBytes {
    static func draw(_ bits: some BitGenerator, count: Int) throws(PythonError) -> [UInt8] {
        guard count > 0 else { return [] }
        // The words go through an array first, as NumPy's do (so MemoryError reads as NumPy's).
        let words = try NDArray.allocate(shape: [(count - 1) / 4 + 1], dtype: .uint32, zeroed: false)
        let values = words.pointer.assumingMemoryBound(to: UInt32.self)
        for i in 0..<words.size { values[i] = bits.nextUInt32().littleEndian }
        try MemoryLimit.check(count: count, stride: 1)
        return Array(UnsafeRawBufferPointer(start: words.pointer, count: count))
    }
}
