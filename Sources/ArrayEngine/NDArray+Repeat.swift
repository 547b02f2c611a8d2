/// Repetition: `np.repeat` (each element several times) and `np.tile` (the whole array).
extension NDArray {
    /// `np.repeat(a, counts, axis)`: each slab along `axis` (of the flattened array when
    /// nil) `counts[i]` times, or `counts[0]` times each when one count is given.
    public func repeated(_ counts: [Int], axis: Int?) throws(PythonError) -> NDArray {
        let source = axis == nil ? try ravel() : self
        let along = try source.normalizeAxis(axis ?? 0)
        let extent = source.shape[along]
        guard counts.count == 1 || counts.count == extent else {
            throw .value("operands could not be broadcast together with shape (\(extent),) (\(counts.count),)")
        }
        if counts.contains(where: { $0 < 0 }) { throw .value("negative dimensions are not allowed") }
        let each = counts.count == 1 ? [Int](repeating: counts[0], count: extent) : counts
        var total = 0
        for count in each {
            guard case (let sum, false) = total.addingReportingOverflow(count) else { throw .tooBig }
            total = sum
        }
        var shape = source.shape
        shape[along] = total
        let result = try NDArray.allocate(shape: shape, dtype: dtype, zeroed: false)
        guard result.size > 0 else { return result }
        let contiguous = try source.copy()
        let outer = source.shape[..<along].reduce(1, *)
        let block = source.shape[(along + 1)...].reduce(1, *) * itemsize
        var target = result.pointer
        for o in 0..<outer {
            try Interruption.check()
            for i in 0..<extent where each[i] > 0 {
                let slab = contiguous.pointer + (o * extent + i) * block
                for _ in 0..<each[i] {
                    target.copyMemory(from: slab, byteCount: block)
                    target += block
                }
            }
        }
        return result
    }

    /// `np.tile(a, reps)`: the array repeated along each axis (reps and shape aligned
    /// at the right, the shorter padded with ones): a new array.
    public func tiled(_ reps: [Int]) throws(PythonError) -> NDArray {
        if reps.contains(where: { $0 < 0 }) { throw .value("negative dimensions are not allowed") }
        let rank = max(ndim, reps.count)
        let shape = [Int](repeating: 1, count: rank - ndim) + self.shape
        let counts = [Int](repeating: 1, count: rank - reps.count) + reps
        // Interleave (count, extent) pairs: a broadcast of (1, s0, 1, s1, ...) to (r0, s0, r1, s1, ...).
        let source = try reshape(shape.flatMap { [1, $0] })
        let stretched = try source.broadcast(to: zip(counts, shape).flatMap { [$0, $1] })
        return try stretched.copy().detachedReshape(zip(counts, shape).map { $0 * $1 })
    }
}
