/// Reductions of datetimes, timedeltas and text, which NumPy's loops give but the
/// numeric kernels cannot: `min`/`max` pick an element by `ElementOrder` (NaT and a
/// NaN-like missing text win, as NaN does), `sum` of timedeltas adds their counts
/// with NaT passed on; `any`/`all` of times test counts against zero.
extension Reduction {
    static func timeOrText(
        _ op: ReductionOperation, _ a: NDArray, axes: [Int]?, keepdims: Bool, dtype: DType?, initial: Scalar?,
        where mask: NDArray?
    ) throws(PythonError) -> NDArray {
        guard dtype == nil, initial == nil, mask == nil else {
            throw .notImplemented(
                "dtype=, initial= and where= of reductions of \(a.dtype.name) arrays are not supported yet")
        }
        let reduced = try normalize(axes: axes, ndim: a.ndim)
        let keptShape = a.shape.indices.map { reduced.contains($0) ? 1 : a.shape[$0] }
        let shape = keepdims ? keptShape : a.shape.indices.filter { !reduced.contains($0) }.map { a.shape[$0] }
        switch op {
        case .min, .max:
            // NumPy has no minimum/maximum loops for fixed-width text.
            if a.dtype.isFixedWidthString {
                throw PythonError(
                    "UFuncTypeError",
                    "ufunc '\(op.rawValue)' did not contain a loop with signature matching types (\(a.dtype.reprText), \(a.dtype.reprText)) -> None"
                )
            }
            if reduced.contains(where: { a.shape[$0] == 0 }) {
                throw .value("zero-size array to reduction operation \(op.rawValue) which has no identity")
            }
            return try extremes(a, reduced: reduced, minimum: op == .min).reshape(shape)
        case .sum where a.dtype.kind == .timedelta:
            return try timedeltaSums(a) { counts throws(PythonError) in try run(.sum, counts, axes: reduced) }
                .reshape(shape)
        case .any, .all:
            guard a.dtype.isTime else { throw .strings(a.dtype) }
            return try run(op, a.copy(as: .int64), axes: reduced, keepdims: keepdims)
        case .sum where a.dtype.isVariableString:
            // StringDType's add loop joins the texts of each lane (and has no identity).
            if reduced.contains(where: { a.shape[$0] == 0 }) {
                throw .value("zero-size array to reduction operation \(op.rawValue) which has no identity")
            }
            let (lanes, width) = try lanes(a, reduced: reduced)
            let texts = try lanes.variableTexts()
            let joined = try (0..<lanes.shape[0]).map { row throws(PythonError) -> [UInt32]? in
                var total: [UInt32]? = []
                for text in texts[(row * width)..<((row + 1) * width)] {
                    guard let text else {
                        guard case .nan? = a.dtype.missing else {
                            throw .value("Cannot add null that is not a nan-like value")
                        }
                        total = nil
                        continue
                    }
                    total? += text
                }
                return total
            }
            return try NDArray.from(variableTexts: joined, shape: shape, dtype: a.dtype)
        default:
            if a.dtype.isTime { throw noTimeLoop(op, a.dtype) }
            throw .strings(a.dtype)
        }
    }

    /// NumPy's refusal of sums and products of datetimes and products of timedeltas.
    static func noTimeLoop(_ op: ReductionOperation, _ dtype: DType) -> PythonError {
        PythonError(
            "UFuncTypeError",
            "ufunc '\(op.rawValue)' cannot use operands with types \(dtype.reprText) and \(dtype.reprText)")
    }

    /// Sums of timedeltas' counts by `sum` (a reduction or a running sum of int64
    /// arrays), NaT wherever a NaT was among the elements summed.
    static func timedeltaSums(_ a: NDArray, _ sum: (NDArray) throws(PythonError) -> NDArray) throws(PythonError)
        -> NDArray
    {
        let (notATime, zero) = (NDArray.scalar(Scalar(int64: TimeUnit.notATime)), NDArray.scalar(Scalar(int64: 0)))
        let counts = try a.copy(as: .int64)
        let isNaT = try BinaryKernel.run(.equal, counts, notATime)
        let sums = try sum(Selection.where(isNaT, zero, counts))
        let hasNaT = try BinaryKernel.run(.greater, sum(isNaT.copy(as: .int64)), zero)
        return try Selection.where(hasNaT, notATime, sums).copy(as: a.dtype.native)
    }

    /// `np.median` of timedeltas: the middle count of each lane, or the mean of the two
    /// middle ones truncated (as NumPy's mean of timedeltas); NaT when the lane holds one.
    static func timedeltaMedian(_ a: NDArray, axes: [Int]?) throws(PythonError) -> NDArray {
        let reduced = try normalize(axes: axes, ndim: a.ndim)
        if reduced.contains(where: { a.shape[$0] == 0 }) {
            throw .notImplemented("the median of an empty timedelta64 slice is not supported yet")
        }
        let (lanes, width) = try lanes(a, reduced: reduced)
        let counts = try lanes.timeCounts().map { $0.exactInteger ?? TimeUnit.notATime }
        let medians = (0..<lanes.shape[0]).map { row -> Scalar in
            let lane = counts[(row * width)..<((row + 1) * width)].sorted()
            let middle = lane.count / 2
            let value =
                lane.contains(TimeUnit.notATime)
                ? TimeUnit.notATime : lane.count % 2 == 1 ? lane[middle] : (lane[middle - 1] &+ lane[middle]) / 2
            return Scalar(.int(value), as: a.dtype.native)
        }
        let shape = a.shape.indices.filter { !reduced.contains($0) }.map { a.shape[$0] }
        return try NDArray.from(scalars: medians, shape: shape, dtype: a.dtype.native)
    }

    /// `a` with the reduced axes moved last and merged: one row of `width` elements per result.
    private static func lanes(_ a: NDArray, reduced: [Int]) throws(PythonError) -> (NDArray, width: Int) {
        let kept = a.shape.indices.filter { !reduced.contains($0) }
        let width = reduced.map { a.shape[$0] }.reduce(1, *)
        return (try a.transposed(kept + reduced).reshape([-1, width]), width)
    }

    /// The smallest or largest element of each lane over `reduced`, in the kept axes' shape (as a flat array).
    private static func extremes(_ a: NDArray, reduced: [Int], minimum: Bool) throws(PythonError) -> NDArray {
        let (lanes, width) = try lanes(a, reduced: reduced)
        guard let order = try ElementOrder(lanes) else { throw .strings(a.dtype) }
        let result = try NDArray.allocate(shape: [lanes.shape[0]], dtype: a.dtype.native)
        for row in 0..<lanes.shape[0] {
            let best = order.extreme((row * width)..<((row + 1) * width), minimum: minimum) - row * width
            try result.view(offset: row * result.itemsize, shape: [], strides: []).assign(
                lanes.view(
                    offset: lanes.offset + row * lanes.strides[0] + best * lanes.strides[1], shape: [], strides: []))
        }
        return result
    }
}
