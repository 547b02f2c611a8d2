/// `cumsum`/`cumprod`: running totals along an axis, in the reduction's accumulator type.
///
/// As in NumPy's `add.accumulate`, each total is the previous total combined with
/// the next element, strictly in order (no pairwise summation). Seen as blocks of
/// `extent` rows of `inner` elements, row i of the C-ordered result is row i - 1
/// of the result op row i of the input. An input already C-ordered in the
/// accumulator type is read directly, one pass over memory; any other is first
/// copied (cast) into the result, which is then folded in place.
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
        let readsDirectly =
            source.dtype == type.native && source.isCContiguous
            && Int(bitPattern: source.pointer) % type.native.alignment == 0
        let result =
            readsDirectly
            ? try NDArray.allocate(shape: source.shape, dtype: type.native, zeroed: false)
            : try source.copy(as: type.native)
        let extent = result.shape[along]
        if result.size > 0 {
            let inner = result.shape[(along + 1)...].reduce(1, *)
            let totals = RunningTotals(
                op: op, source: UnsafeRawPointer(readsDirectly ? source.pointer : result.pointer),
                target: result.pointer, blocks: result.size / (extent * inner), extent: extent, inner: inner)
            try type.native.dispatchByKind(totals)
        }
        return type.isNative ? result : try result.copy(as: type)
    }
}

/// Writes the running totals of a C-ordered array into another (or the same) one
/// along one axis, for each element kind.
private struct RunningTotals: KindVisitor {
    let op: ReductionOperation
    let source: UnsafeRawPointer
    let target: UnsafeMutableRawPointer
    let blocks: Int, extent: Int, inner: Int

    /// `target[row 0] = source[row 0]`, then `target[row i] = combine(target[row i - 1],
    /// source[row i])` along the axis; Ctrl-C is polled about every `interruptGranularity` elements.
    @inline(__always)
    private func fold<T: ArrayElement>(_: T.Type, _ combine: (T, T) -> T) throws(PythonError) {
        let p = target.assumingMemoryBound(to: T.self)
        let width = MemoryLayout<T>.stride
        var sinceCheck = 0
        for block in 0..<blocks {
            let start = block * extent * inner
            // The first row as raw bytes, as a copy moves them (bool bytes other than 0 and 1 stay).
            if source != UnsafeRawPointer(target) {
                (target + start * width).copyMemory(from: source + start * width, byteCount: inner * width)
            }
            if inner == 1 {
                var i = 1
                var total = T.element(source, at: start)
                while i < extent {
                    let end = Swift.min(extent, i + StridedLoop.interruptGranularity)
                    while i < end {
                        total = combine(total, T.element(source, at: start + i))
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
                        p[current + j] = combine(
                            T.element(UnsafeRawPointer(target), at: previous + j), T.element(source, at: current + j))
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
