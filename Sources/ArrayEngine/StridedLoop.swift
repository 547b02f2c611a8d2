/// Walks several same-shaped strided operands together, one innermost run at a time.
///
/// Dimensions of extent 1 are dropped and neighbouring dimensions that are
/// contiguous for every operand are merged, so a C-contiguous array of any
/// shape is a single run and kernels spend their time in tight inner loops.
enum StridedLoop {
    /// Elements handled between two looks at `Interruption`.
    static let interruptGranularity = 1 << 20

    /// Calls `body(startOffsets, count, innerStrides)` for each innermost run, where
    /// `startOffsets[k]` is operand k's byte offset (relative to its element 0).
    ///
    /// Loops whose result does not depend on how runs are cut (element-wise kernels,
    /// copies) pass `maximumRun`, so that a contiguous array, one run however large,
    /// still stops for `Interruption`. Reductions keep whole runs: NumPy's pairwise
    /// float sum depends on them.
    ///
    /// `elements` limits the walk to those positions of the C-order traversal (of the
    /// merged dimensions), so that `Parallel` can hand parts of one loop to threads.
    static func forEach(
        shape: [Int], strides: [[Int]], maximumRun: Int = .max, elements: Range<Int>? = nil,
        _ body: ([Int], Int, [Int]) throws(PythonError) -> Void
    ) throws(PythonError) {
        if shape.contains(0) { return }
        let (dims, steps) = coalesce(shape: shape, strides: strides)
        let operands = strides.count
        guard let innerCount = dims.last else {
            if elements?.isEmpty != true {
                try body([Int](repeating: 0, count: operands), 1, [Int](repeating: 0, count: operands))
            }
            return
        }
        let inner = steps.map { $0.last ?? 0 }
        let outerRank = dims.count - 1
        let range = elements ?? 0..<dims.reduce(1, *)
        var left = range.count
        // The odometer starts at the range's first element.
        var index = [Int](repeating: 0, count: outerRank)
        var offsets = [Int](repeating: 0, count: operands)
        var done = range.lowerBound % innerCount
        var rest = range.lowerBound / innerCount
        for axis in (0..<outerRank).reversed() {
            index[axis] = rest % dims[axis]
            rest /= dims[axis]
            for k in 0..<operands { offsets[k] += index[axis] * steps[k][axis] }
        }
        var sinceCheck = 0
        while left > 0 {
            while done < innerCount, left > 0 {
                let count = min(maximumRun, innerCount - done, left)
                try body(done == 0 ? offsets : zip(offsets, inner).map { $0 + done * $1 }, count, inner)
                done += count
                left -= count
                sinceCheck += count
                if sinceCheck >= interruptGranularity {
                    sinceCheck = 0
                    try Interruption.check()
                }
            }
            done = 0
            // Advance the outer odometer.
            var axis = outerRank - 1
            while axis >= 0 {
                index[axis] += 1
                for k in 0..<operands { offsets[k] += steps[k][axis] }
                if index[axis] < dims[axis] { break }
                for k in 0..<operands { offsets[k] -= steps[k][axis] * dims[axis] }
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }

    /// Drops unit dimensions and merges dimensions that are contiguous for all operands.
    static func coalesce(shape: [Int], strides: [[Int]]) -> (shape: [Int], strides: [[Int]]) {
        var dims: [Int] = []
        var steps = [[Int]](repeating: [], count: strides.count)
        for axis in shape.indices where shape[axis] != 1 {
            if let last = dims.last,
                strides.indices.allSatisfy({ steps[$0][dims.count - 1] == strides[$0][axis] * shape[axis] })
            {
                dims[dims.count - 1] = last * shape[axis]
                for k in strides.indices { steps[k][steps[k].count - 1] = strides[k][axis] }
            } else {
                dims.append(shape[axis])
                for k in strides.indices { steps[k].append(strides[k][axis]) }
            }
        }
        return (dims, steps)
    }
}
