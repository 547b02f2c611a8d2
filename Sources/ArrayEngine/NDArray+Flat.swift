/// The elements in C order as one sequence, read and written by position
/// (`a.flat`, `a.put`, `np.fill_diagonal`, `np.resize`), whatever the strides.
extension NDArray {
    /// The byte offset from `pointer` of the element at C-order position `position`.
    public func byteOffset(ofPosition position: Int) -> Int {
        var rest = position
        var byte = 0
        for axis in shape.indices.reversed() {
            byte += (rest % shape[axis]) * strides[axis]
            rest /= shape[axis]
        }
        return byte
    }

    /// A position made non-negative, or NumPy's IndexError for `a.flat[i]` / `a.put`.
    public func position(_ index: Int) throws(PythonError) -> Int {
        guard index >= -size, index < size else { throw .index("index \(index) is out of bounds for size \(size)") }
        return index < 0 ? index + size : index
    }

    /// A new array of `shape` holding the elements at `positions` (each already in range).
    public func elements(atPositions positions: [Int], shape newShape: [Int]) throws(PythonError) -> NDArray {
        let result = try NDArray.allocate(shape: newShape, dtype: dtype, zeroed: false)
        var target = result.pointer
        for (k, position) in positions.enumerated() {
            if k & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
            target.copyMemory(from: pointer + byteOffset(ofPosition: position), byteCount: itemsize)
            target += itemsize
        }
        return result
    }

    /// Writes `values`, read in C order, cast to this dtype and repeated as often as
    /// needed, at `positions` in turn (later writes to one position win). Empty values write nothing.
    public func store(_ values: NDArray, atPositions positions: [Int]) throws(PythonError) {
        guard values.size > 0, !positions.isEmpty else { return }
        let source = try values.copy(as: dtype)
        for (k, position) in positions.enumerated() {
            if k & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
            (pointer + byteOffset(ofPosition: position)).copyMemory(
                from: source.pointer + (k % source.size) * itemsize, byteCount: itemsize)
        }
    }
}
