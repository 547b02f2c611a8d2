/// Fisher–Yates shuffles as NumPy orders their draws: position `i` from the
/// last down to 1 swaps with `j = random_interval(i)`.
///
/// Arrays are shuffled in place through their strides, so a view shuffles the
/// memory it looks at, as NumPy's does.
enum Shuffling {
    /// `shuffle(x, axis)`: permutes the sub-arrays of `array` along `axis`.
    static func shuffle(_ bits: some BitGenerator, _ array: NDArray, axis: Int) throws(PythonError) {
        // NumPy takes `len(x)` before anything else.
        if array.ndim == 0 { throw .type("len() of unsized object") }
        guard array.isWriteable else { throw .value("array is read-only") }
        let axis = try array.normalizeAxis(axis)
        if array.ndim == 1 {
            try swapInPlace(bits, array)
            return
        }
        if array.size == 0 { return }
        let lanes = try array.swapAxes(0, axis)
        let count = lanes.shape[0]
        let rest = Array(lanes.shape.dropFirst())
        let restStrides = Array(lanes.strides.dropFirst())
        func row(_ i: Int) -> NDArray {
            lanes.view(offset: lanes.offset + i * lanes.strides[0], shape: rest, strides: restStrides)
        }
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(BoundedIntegers.interval(bits, max: UInt64(i)))
            if i == j { continue }
            let saved = try row(j).copy()
            try row(j).assign(row(i))
            try row(i).assign(saved)
        }
    }

    /// The 1-d path: swaps whole elements, `itemsize` bytes at a time.
    static func swapInPlace(_ bits: some BitGenerator, _ array: NDArray) throws(PythonError) {
        let count = array.shape[0]
        let stride = array.strides[0]
        let width = array.itemsize
        let base = array.pointer
        var scratch = [UInt8](repeating: 0, count: width)
        for i in Swift.stride(from: count - 1, to: 0, by: -1) {
            if i & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
            let j = Int(BoundedIntegers.interval(bits, max: UInt64(i)))
            scratch.withUnsafeMutableBytes { buffer in
                let a = base + i * stride
                let b = base + j * stride
                buffer.baseAddress!.copyMemory(from: b, byteCount: width)
                b.copyMemory(from: a, byteCount: width)
                a.copyMemory(from: buffer.baseAddress!, byteCount: width)
            }
        }
    }

    /// Shuffles a Swift array with the same draws (NumPy's path for Python lists).
    static func shuffle<T>(_ bits: some BitGenerator, _ items: inout [T]) {
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = Int(BoundedIntegers.interval(bits, max: UInt64(i)))
            items.swapAt(i, j)
        }
    }

    /// `_shuffle_int`: shuffles `values[first..<count]`, and positions below, by
    /// Lemire draws (the draws Generator's `choice` makes without replacement).
    static func shuffleIndices(_ bits: some BitGenerator, _ values: UnsafeMutablePointer<Int64>, count: Int, first: Int)
    {
        for i in stride(from: count - 1, through: first, by: -1) {
            let j = Int(BoundedIntegers.uint64(bits, offset: 0, range: UInt64(i), method: .lemire))
            (values[i], values[j]) = (values[j], values[i])
        }
    }
}
