/// `cumsum`/`cumprod`: running totals along an axis, in the reduction's accumulator type.
///
/// As in NumPy's `add.accumulate`, each total is the previous total combined with
/// the next element, strictly in order (no pairwise summation). The input is
/// copied (cast) into a fresh C-ordered result, which is then folded in place:
/// seen as blocks of `extent` rows of `inner` elements, row i becomes
/// row i - 1 op row i, one pass over memory.
public enum Accumulation {
    public static func run(_ op: ReductionOperation, _ a: NDArray, axis: Int?, dtype: DType?) throws(PythonError)
        -> NDArray
    {
        let source = axis == nil ? try a.ravel() : a
        let along = try source.normalizeAxis(axis ?? 0)
        if a.dtype.isTime, dtype == nil {
            guard op == .sum, a.dtype.kind == .timedelta else { throw Reduction.noTimeLoop(op, a.dtype) }
            return try Reduction.timedeltaSums(source) { counts throws(PythonError) in
                try run(.sum, counts, axis: along, dtype: nil)
            }
        }
        let type = dtype ?? op.accumulatorType(for: a.dtype)
        // Refuses the types the ufunc has no loop for (records), with NumPy's message.
        _ = try (op == .sum ? BinaryOperation.add : .multiply).resolveTypes(type, type)
        let result = try source.copy(as: type.native)
        let extent = result.shape[along]
        if extent > 1, result.size > 0 {
            let inner = result.shape[(along + 1)...].reduce(1, *)
            let totals = RunningTotals(
                op: op, base: result.pointer, blocks: result.size / (extent * inner), extent: extent, inner: inner)
            try type.native.dispatchByKind(totals)
        }
        return type.isNative ? result : try result.copy(as: type)
    }
}

/// Folds a C-ordered array in place along one axis, for each element kind.
private struct RunningTotals: KindVisitor {
    let op: ReductionOperation
    let base: UnsafeMutableRawPointer
    let blocks: Int, extent: Int, inner: Int

    /// `row[i] = combine(row[i - 1], row[i])` along the axis; Ctrl-C is polled
    /// between rows, about every `interruptGranularity` elements.
    @inline(__always)
    private func fold<T: ArrayElement>(_: T.Type, _ combine: (T, T) -> T) throws(PythonError) {
        let raw = UnsafeRawPointer(base)
        let p = base.assumingMemoryBound(to: T.self)
        var sinceCheck = 0
        for block in 0..<blocks {
            let start = block * extent * inner
            if inner == 1 {
                var i = 1
                var total = T.element(raw, at: start)
                while i < extent {
                    let end = Swift.min(extent, i + StridedLoop.interruptGranularity)
                    while i < end {
                        total = combine(total, T.element(raw, at: start + i))
                        p[start + i] = total
                        i += 1
                    }
                    if end < extent { try Interruption.check() }
                }
                sinceCheck += extent
            } else {
                for i in 1..<extent {
                    let previous = start + (i - 1) * inner
                    let current = start + i * inner
                    for j in 0..<inner {
                        p[current + j] = combine(T.element(raw, at: previous + j), T.element(raw, at: current + j))
                    }
                    sinceCheck += inner
                    if sinceCheck >= StridedLoop.interruptGranularity {
                        sinceCheck = 0
                        try Interruption.check()
                    }
                }
            }
            if sinceCheck >= StridedLoop.interruptGranularity {
                sinceCheck = 0
                try Interruption.check()
            }
        }
    }

    func visitBool() throws(PythonError) {
        if op == .sum { try fold(Bool.self) { $0 || $1 } } else { try fold(Bool.self) { $0 && $1 } }
    }

    func visitInteger<T: IntegerElement>(_: T.Type) throws(PythonError) {
        if op == .sum { try fold(T.self) { $0 &+ $1 } } else { try fold(T.self) { $0 &* $1 } }
    }

    func visitFloat<T: FloatElement>(_: T.Type) throws(PythonError) {
        // float16 computes in float32 and rounds each total, as NumPy's half loops do.
        if T.self == Float16.self {
            if op == .sum {
                try fold(Float16.self) { Float16(Float($0) + Float($1)) }
            } else {
                try fold(Float16.self) { Float16(Float($0) * Float($1)) }
            }
            return
        }
        if op == .sum { try fold(T.self) { $0 + $1 } } else { try fold(T.self) { $0 * $1 } }
    }

    func visitComplex<R: FloatElement>(_: Complex<R>.Type) throws(PythonError) {
        typealias C = Complex<R>
        if op == .sum {
            try fold(C.self) { C($0.real + $1.real, $0.imaginary + $1.imaginary) }
        } else {
            try fold(C.self) { ComplexMath.multiply($0, $1, fused: true) }
        }
    }
}
