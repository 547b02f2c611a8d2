/// Reductions along axes: `sum`, `prod`, `min`, `max`, `all`, `any`.
///
/// The traversal follows NumPy's iterator: the axis with the smallest stride runs
/// innermost, and a reversed axis is walked in its own order. A run along a reduced axis is
/// folded in one go (pairwise for float sums, as NumPy does); a run along a kept
/// axis updates each output element in turn. This makes float results equal to
/// NumPy's bit for bit.
public enum ReductionOperation: String, Sendable {
    case sum = "add"
    case prod = "multiply"
    case min = "minimum"
    case max = "maximum"
    case all = "logical_and"
    case any = "logical_or"

    /// The dtype NumPy accumulates in: small integers widen to 64 bits for sum/prod.
    public func accumulatorType(for input: DType) -> DType {
        switch self {
        case .sum, .prod:
            switch input.kind {
            case .boolean, .signed: .int64
            case .unsigned: .uint64
            case .floating, .complex, .void, .unicode, .bytes, .datetime, .timedelta, .object, .variableString:
                input.native
            }
        case .min, .max: input.native
        case .all, .any: .bool
        }
    }

    var hasIdentity: Bool { self != .min && self != .max }
}

public enum Reduction {
    /// Reduces `a` over `axes` (all axes when nil); the result has the reduced axes
    /// removed, or kept with extent 1 when `keepdims`.
    ///
    /// `initial` seeds every output (NumPy's `initial=`); `mask` (`where=`, broadcast to
    /// `a`) leaves out the elements where it is false, which needs an identity or an
    /// `initial` to start from.
    public static func run(
        _ op: ReductionOperation, _ a: NDArray, axes: [Int]?, keepdims: Bool = false,
        dtype: DType? = nil, initial: Scalar? = nil, where mask: NDArray? = nil
    ) throws(PythonError) -> NDArray {
        // Times and text reduce by their order or counts, whatever an accumulator would be
        // (a float64 sum of timedeltas would be a mean without its unit).
        if a.dtype.isTime || a.dtype.isString {
            return try timeOrText(op, a, axes: axes, keepdims: keepdims, dtype: dtype, initial: initial, where: mask)
        }
        let reduced = try normalize(axes: axes, ndim: a.ndim)
        let accumulator = dtype ?? op.accumulatorType(for: a.dtype)
        if a.dtype.record != nil || accumulator.record != nil {
            throw PythonError(
                "UFuncTypeError",
                "ufunc '\(op.rawValue)' did not contain a loop with signature matching types (\(a.dtype.reprText), \(accumulator.reprText)) -> None"
            )
        }
        // Integer sums and products of narrower inputs (an int8 or bool sum accumulates in
        // int64) cast a chunk at a time: a whole cast copy would write up to eight times the input.
        let castsInChunks =
            mask == nil && (op == .sum || op == .prod) && accumulator.isInteger && a.dtype != accumulator
            && a.size > castChunk
        var input = a.dtype == accumulator || castsInChunks ? a : try a.copy(as: accumulator)
        let identity: Scalar? =
            switch op {
            case .sum, .any: Scalar(.int(0), as: accumulator)
            case .prod, .all: Scalar(.int(1), as: accumulator)
            case .min, .max: nil
            }
        let seed =
            try initial.map { value throws(PythonError) in try NDArray.scalar(value).copy(as: accumulator).item() }
            ?? identity
        if let mask {
            guard let seed else {
                throw .value(
                    "reduction operation '\(op.rawValue)' does not have an identity, so to use a where mask one has to specify 'initial'"
                )
            }
            // Left-out elements count as the identity; `initial` seeds the result once.
            input = try Selection.where(try mask.broadcast(to: a.shape), input, NDArray.scalar(identity ?? seed))
        }
        if seed == nil, reduced.contains(where: { a.shape[$0] == 0 }) {
            throw .value("zero-size array to reduction operation \(op.rawValue) which has no identity")
        }
        let keptShape = a.shape.indices.map { reduced.contains($0) ? 1 : a.shape[$0] }
        let result = try NDArray.allocate(shape: keptShape, dtype: accumulator, zeroed: false)
        // Seed with the initial value or identity, else with the first element along the reduced axes.
        if let seed {
            try result.fill(seed)
        } else {
            try result.assign(input.view(shape: keptShape, strides: input.strides))
        }
        let outStrides = a.shape.indices.map { reduced.contains($0) ? 0 : result.strides[$0] }
        if op == .sum, mask == nil, reduced.count == a.ndim, [.int64, .uint64].contains(accumulator),
            let total = try IntegerSum.total(a)
        {
            result.pointer.assumingMemoryBound(to: UInt64.self).pointee &+= total
        } else if castsInChunks {
            try foldInChunks(op, a, accumulator, into: result, outStrides: outStrides)
        } else {
            try accumulator.dispatchByKind(ReduceVisitor(op: op, input: input, output: result, outStrides: outStrides))
        }
        if keepdims { return result }
        let shape = a.shape.indices.filter { !reduced.contains($0) }.map { a.shape[$0] }
        return result.detachedReshape(shape)
    }

    /// Elements cast at a time by `foldInChunks`: their int64 copy stays in the L2 cache.
    static let castChunk = 1 << 16

    /// Folds `a` into `result` a block of leading-axis rows at a time, each cast to the
    /// accumulator first. Wrapping integer sums and products do not depend on the order.
    private static func foldInChunks(
        _ op: ReductionOperation, _ a: NDArray, _ accumulator: DType, into result: NDArray, outStrides: [Int]
    ) throws(PythonError) {
        let extent = a.shape[0]
        let rowsPerChunk = max(1, castChunk / (a.size / extent))
        var start = 0
        while start < extent {
            let rows = min(rowsPerChunk, extent - start)
            var shape = a.shape
            shape[0] = rows
            let part = a.view(offset: a.offset + start * a.strides[0], shape: shape, strides: a.strides)
            let output = result.view(
                offset: result.offset + start * outStrides[0], shape: result.shape, strides: result.strides)
            let visitor = ReduceVisitor(
                op: op, input: try part.copy(as: accumulator), output: output, outStrides: outStrides)
            try accumulator.dispatchByKind(visitor)
            try Interruption.check()
            start += rows
        }
    }

    /// Axis numbers made non-negative and checked, as NumPy reports them.
    public static func normalize(axes: [Int]?, ndim: Int) throws(PythonError) -> [Int] {
        guard let axes else { return Array(0..<ndim) }
        var result: [Int] = []
        for axis in axes {
            guard axis >= -ndim, axis < ndim else { throw .axis(axis, ndim: ndim) }
            let normal = axis < 0 ? axis + ndim : axis
            if result.contains(normal) { throw .value("duplicate value in 'axis'") }
            result.append(normal)
        }
        return result.sorted()
    }

    /// Where a big reduction is cut for the threads: a kept axis (output stride
    /// non-zero) other than the innermost, the outermost in iteration order that
    /// is long enough to give parts of about `Parallel.piece` elements of input,
    /// else the longest; and consecutive ranges of it, each at least two long (a
    /// part's axes coalesce as the whole loop's do, so its runs are the same).
    /// Nil when the loop stays on one thread.
    ///
    /// The innermost axis is not cut: the memory prefetchers lose track of the
    /// shorter runs (sum(axis=0) of a 1000 x 10000 float64 matrix cut in strips of
    /// 2,500 columns took 1.6 times the CPU time of one loop).
    static func keptAxisParts(shape: [Int], outStrides: [Int]) -> (axis: Int, parts: [Range<Int>])? {
        let size = shape.reduce(1, *)
        guard Parallel.splits(size) else { return nil }
        let wanted = size / Parallel.piece
        let kept = shape.indices.dropLast().filter { outStrides[$0] != 0 && shape[$0] > 1 }
        guard let axis = kept.first(where: { shape[$0] >= wanted }) ?? kept.max(by: { shape[$0] < shape[$1] })
        else { return nil }
        let extent = shape[axis]
        let count = min(wanted, extent / 2)
        guard count > 1 else { return nil }
        return (axis, (0..<count).map { k in k * extent / count..<(k + 1) * extent / count })
    }

    /// The input's axes in NumPy's iteration order (the smallest stride last), as
    /// (shape, input strides, output strides). Negative strides are kept: NumPy's
    /// reductions walk a reversed axis in its own order (`NPY_ITER_DONT_NEGATE_STRIDES`),
    /// which decides a float sum's last bits.
    static func iterationOrder(_ input: NDArray, outStrides: [Int]) -> (
        shape: [Int], inStrides: [Int], outStrides: [Int]
    ) {
        let order = input.shape.indices.sorted { x, y in
            abs(input.strides[x]) != abs(input.strides[y]) ? abs(input.strides[x]) > abs(input.strides[y]) : x < y
        }
        return (order.map { input.shape[$0] }, order.map { input.strides[$0] }, order.map { outStrides[$0] })
    }
}

private struct ReduceVisitor: KindVisitor {
    let op: ReductionOperation
    let input: NDArray, output: NDArray, outStrides: [Int]

    /// Runs the reduction `F` over the input: a run along a reduced axis is folded
    /// in one go (`F.run`), a run along a kept axis updates each output in turn.
    ///
    /// A big input is cut along one kept axis and the parts run on the threads
    /// (`Parallel`): every output element is then folded whole by one part, in the
    /// same order as by one loop, so results do not depend on the cut.
    func fold<F: Folding>(_: F.Type) throws(PythonError) {
        let order = Reduction.iterationOrder(input, outStrides: outStrides)
        let inBase = UnsafeRawPointer(input.pointer)
        let outBase = output.pointer
        guard let (axis, parts) = Reduction.keptAxisParts(shape: order.shape, outStrides: order.outStrides) else {
            return try walk(F.self, order.shape, order.inStrides, order.outStrides, inBase, outBase)
        }
        try Parallel.run(parts.count) { k throws(PythonError) in
            var shape = order.shape
            shape[axis] = parts[k].count
            let start = parts[k].lowerBound
            try walk(
                F.self, shape, order.inStrides, order.outStrides, inBase + start * order.inStrides[axis],
                outBase + start * order.outStrides[axis])
        }
    }

    /// `fold`'s loop over one block of the input and its outputs.
    @inline(__always)
    private func walk<F: Folding>(
        _: F.Type, _ shape: [Int], _ inStrides: [Int], _ outStrides: [Int], _ inBase: UnsafeRawPointer,
        _ outBase: UnsafeMutableRawPointer
    ) throws(PythonError) {
        typealias T = F.Element
        try StridedLoop.forEach(
            shape: shape, strides: [inStrides, outStrides],
            maximumRun: F.wholeRuns ? .max : StridedLoop.interruptGranularity
        ) {
            offsets, count, inner throws(PythonError) in
            let source = inBase + offsets[0]
            let target = outBase + offsets[1]
            let width = MemoryLayout<T>.stride
            if inner[1] == 0 {
                let current = T.load(from: target)
                target.storeBytes(of: try F.run(source, count, inner[0], current), as: T.self)
            } else if inner[0] == width, inner[1] == width,
                Int(bitPattern: source) % MemoryLayout<T>.alignment == 0,
                Int(bitPattern: target) % MemoryLayout<T>.alignment == 0
            {
                // A row folded into a row of outputs (sum(axis=0) of a C array): a loop
                // over plain pointers, which the compiler can vectorise; each output still
                // takes its inputs in the same order.
                F.combineRows(target.assumingMemoryBound(to: T.self), source.assumingMemoryBound(to: T.self), count)
            } else {
                for i in 0..<count {
                    let t = target + i * inner[1]
                    t.storeBytes(of: F.combine(T.load(from: t), T.load(from: source + i * inner[0])), as: T.self)
                }
            }
        }
    }

    func visitBool() throws(PythonError) {
        switch op {
        case .all, .min, .prod: try fold(LogicalAnd.self)
        case .any, .max, .sum: try fold(LogicalOr.self)
        }
    }

    func visitInteger<T: IntegerElement>(_: T.Type) throws(PythonError) {
        switch op {
        case .sum: try fold(WrappingAdd<T>.self)
        case .prod: try fold(WrappingMultiply<T>.self)
        case .min: try fold(IntegerMinimum<T>.self)
        case .max: try fold(IntegerMaximum<T>.self)
        case .all, .any: throw .type("logical reductions run on booleans")
        }
    }

    func visitFloat<T: FloatElement>(_: T.Type) throws(PythonError) {
        // float16 sums and products run in float32 along a run and round once at its end, as NumPy's.
        if T.self == Float16.self, op == .sum { return try fold(HalfPairwiseAdd.self) }
        if T.self == Float16.self, op == .prod { return try fold(HalfMultiply.self) }
        switch op {
        case .sum: try fold(PairwiseAdd<T>.self)
        case .prod: try fold(FloatMultiply<T>.self)
        case .min: try quietly { () throws(PythonError) in try fold(FloatMinimum<T>.self) }
        case .max: try quietly { () throws(PythonError) in try fold(FloatMaximum<T>.self) }
        case .all, .any: throw .type("logical reductions run on booleans")
        }
    }

    /// Runs a min or max without the invalid flag its comparisons raise on NaN
    /// (vector compares signal on quiet NaNs); NumPy's minimum and maximum do not warn.
    private func quietly(_ body: () throws(PythonError) -> Void) throws(PythonError) {
        let before = FloatingPointStatus.take()
        defer {
            _ = FloatingPointStatus.take()
            FloatingPointStatus.raise(before)
        }
        try body()
    }

    func visitComplex<R: FloatElement>(_: Complex<R>.Type) throws(PythonError) {
        switch op {
        case .sum: try fold(ComplexPairwiseAdd<R>.self)
        case .prod: try fold(ComplexMultiply<R>.self)
        case .min: try quietly { () throws(PythonError) in try fold(ComplexMinimum<R>.self) }
        case .max: try quietly { () throws(PythonError) in try fold(ComplexMaximum<R>.self) }
        case .all, .any: throw .type("logical reductions run on booleans")
        }
    }
}

// MARK: - The reductions' arithmetic

/// One reduction's arithmetic as static functions, so that the loops of `fold`
/// are specialised for it (as closures they were calls per element).
private protocol Folding {
    associatedtype Element: ArrayElement
    static func combine(_ a: Element, _ b: Element) -> Element
    /// Folds `n` elements `stride` bytes apart into `start`.
    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: Element) throws(PythonError) -> Element
    /// Runs must be folded whole (pairwise sums): the loop then does not cut them
    /// into pieces, and `run` polls Ctrl-C itself.
    static var wholeRuns: Bool { get }
    /// `target[i] = combine(target[i], source[i])` for i < n.
    static func combineRows(_ target: UnsafeMutablePointer<Element>, _ source: UnsafePointer<Element>, _ n: Int)
}

extension Folding {
    static var wholeRuns: Bool { false }

    @inline(__always)
    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: Element) -> Element {
        inOrder(base, n, stride, start)
    }

    /// In order, one element after the other.
    @inline(__always)
    static func inOrder(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: Element) -> Element {
        var acc = start
        if stride == MemoryLayout<Element>.stride, Int(bitPattern: base) % MemoryLayout<Element>.alignment == 0 {
            for i in 0..<n { acc = combine(acc, Element.element(base, at: i)) }
            return acc
        }
        for i in 0..<n { acc = combine(acc, Element.load(from: base + i * stride)) }
        return acc
    }

    @inline(__always)
    static func combineRows(_ target: UnsafeMutablePointer<Element>, _ source: UnsafePointer<Element>, _ n: Int) {
        // Elements are read through `element` (bool bytes other than 0/1 count as true).
        for i in 0..<n {
            target[i] = combine(
                Element.element(UnsafeRawPointer(target), at: i), Element.element(UnsafeRawPointer(source), at: i))
        }
    }
}

private enum LogicalAnd: Folding {
    @inline(__always) static func combine(_ a: Bool, _ b: Bool) -> Bool { a && b }
}

private enum LogicalOr: Folding {
    @inline(__always) static func combine(_ a: Bool, _ b: Bool) -> Bool { a || b }
}

private enum WrappingAdd<T: IntegerElement>: Folding {
    @inline(__always) static func combine(_ a: T, _ b: T) -> T { a &+ b }
}

private enum WrappingMultiply<T: IntegerElement>: Folding {
    @inline(__always) static func combine(_ a: T, _ b: T) -> T { a &* b }
}

private enum IntegerMinimum<T: IntegerElement>: Folding {
    @inline(__always) static func combine(_ a: T, _ b: T) -> T { Swift.min(a, b) }
}

private enum IntegerMaximum<T: IntegerElement>: Folding {
    @inline(__always) static func combine(_ a: T, _ b: T) -> T { Swift.max(a, b) }
}

/// Float sums run along an axis in NumPy's pairwise order.
private enum PairwiseAdd<T: FloatElement>: Folding {
    @inline(__always) static func combine(_ a: T, _ b: T) -> T { a + b }

    static var wholeRuns: Bool { true }

    @inline(__always)
    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: T) throws(PythonError) -> T {
        start + (try PairwiseSum.sum(base, count: n, stride: stride, as: T.self))
    }
}

private enum HalfPairwiseAdd: Folding {
    @inline(__always) static func combine(_ a: Float16, _ b: Float16) -> Float16 { Float16(Float(a) + Float(b)) }

    static var wholeRuns: Bool { true }

    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: Float16) throws(PythonError) -> Float16
    {
        Float16(Float(start) + (try PairwiseSum.halfSum(base, count: n, stride: stride)))
    }
}

private enum HalfMultiply: Folding {
    @inline(__always) static func combine(_ a: Float16, _ b: Float16) -> Float16 { Float16(Float(a) * Float(b)) }

    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: Float16) -> Float16 {
        var product = Float(start)
        for i in 0..<n { product *= Float(Float16.load(from: base + i * stride)) }
        return Float16(product)
    }
}

/// Complex sums add the real and imaginary parts in NumPy's pairwise order.
private enum ComplexPairwiseAdd<R: FloatElement>: Folding {
    @inline(__always) static func combine(_ a: Complex<R>, _ b: Complex<R>) -> Complex<R> {
        Complex(a.real + b.real, a.imaginary + b.imaginary)
    }

    static var wholeRuns: Bool { true }

    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: Complex<R>) throws(PythonError)
        -> Complex<R>
    {
        combine(start, try PairwiseSum.complexSum(base, count: n, stride: stride, as: R.self))
    }
}

private enum ComplexMultiply<R: FloatElement>: Folding {
    @inline(__always) static func combine(_ a: Complex<R>, _ b: Complex<R>) -> Complex<R> {
        ComplexMath.multiply(a, b, fused: true)
    }
}

private enum ComplexMinimum<R: FloatElement>: Folding {
    @inline(__always) static func combine(_ a: Complex<R>, _ b: Complex<R>) -> Complex<R> {
        ComplexMath.isNaN(a) || !ComplexMath.less(b, a) && !ComplexMath.isNaN(b) ? a : b
    }
}

private enum ComplexMaximum<R: FloatElement>: Folding {
    @inline(__always) static func combine(_ a: Complex<R>, _ b: Complex<R>) -> Complex<R> {
        ComplexMath.isNaN(a) || !ComplexMath.less(a, b) && !ComplexMath.isNaN(b) ? a : b
    }
}

private enum FloatMultiply<T: FloatElement>: Folding {
    @inline(__always) static func combine(_ a: T, _ b: T) -> T { a * b }
}

/// NaN wins, as in NumPy's minimum and maximum.
private enum FloatMinimum<T: FloatElement>: Folding {
    @inline(__always) static func combine(_ a: T, _ b: T) -> T { a.isNaN || b.isNaN ? T.nan : Swift.min(a, b) }

    static func combineRows(_ target: UnsafeMutablePointer<T>, _ source: UnsafePointer<T>, _ n: Int) {
        let done = T.self == Double.self ? ExtremumLoop.rows(target, source, n, maximum: false) : 0
        for i in done..<n { target[i] = combine(target[i], source[i]) }
    }

    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: T) -> T {
        if T.self == Double.self,
            let result = ExtremumLoop.run(
                base, n, stride, unsafeBitCast(start, to: Double.self),
                maximum: false)
        {
            return unsafeBitCast(result, to: T.self)
        }
        return inOrder(base, n, stride, start)
    }
}

private enum FloatMaximum<T: FloatElement>: Folding {
    @inline(__always) static func combine(_ a: T, _ b: T) -> T { a.isNaN || b.isNaN ? T.nan : Swift.max(a, b) }

    static func combineRows(_ target: UnsafeMutablePointer<T>, _ source: UnsafePointer<T>, _ n: Int) {
        let done = T.self == Double.self ? ExtremumLoop.rows(target, source, n, maximum: true) : 0
        for i in done..<n { target[i] = combine(target[i], source[i]) }
    }

    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: T) -> T {
        if T.self == Double.self,
            let result = ExtremumLoop.run(
                base, n, stride, unsafeBitCast(start, to: Double.self),
                maximum: true)
        {
            return unsafeBitCast(result, to: T.self)
        }
        return inOrder(base, n, stride, start)
    }
}

/// float64 min and max along contiguous data, eight lanes at a time (the
/// one-by-one fold is a chain of dependent compares), with exactly the fold's
/// result: any NaN gives NaN; otherwise the value is the extremum, and only its
/// sign can depend on the order (0.0 and -0.0 tie), so a zero result takes the
/// sign the fold keeps: `Swift.max` keeps the later of equal values,
/// `Swift.min` the earlier.
private enum ExtremumLoop {
    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: Double, maximum: Bool) -> Double? {
        guard stride == 8, n >= 16, Int(bitPattern: base) % 8 == 0 else { return nil }
        if start.isNaN { return .nan }
        let a = base.assumingMemoryBound(to: Double.self)
        let extremum = maximum ? lanes(base, n, start, maximum: true) : lanes(base, n, start, maximum: false)
        guard var result = extremum else { return .nan }
        for i in (n - n % 8)..<n {
            if a[i].isNaN { return .nan }
            if maximum ? a[i] > result : a[i] < result { result = a[i] }
        }
        guard result == 0 else { return result }
        if maximum {
            var k = n - 1
            while k >= 0 {
                if a[k] == 0 { return a[k] }
                k -= 1
            }
            return start
        }
        if start == 0 { return start }
        for k in 0..<n where a[k] == 0 { return a[k] }
        return start
    }

    /// The extremum of `start` and the first n - n % 8 elements, or nil when one is NaN.
    /// Eight lanes of independent compare-and-select chains (the compiler makes them
    /// min/max instructions); NaN never wins a comparison, so NaNs are noted apart.
    /// (Vectors of a concrete type: the generic SIMD operations are not vectorised.)
    @inline(__always)
    private static func lanes(_ base: UnsafeRawPointer, _ n: Int, _ start: Double, maximum: Bool) -> Double? {
        var m = SIMD8<Double>(repeating: start)
        var nan = SIMDMask<SIMD8<Int64>>(repeating: false)
        var i = 0
        while i + 8 <= n {
            let x = base.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
            nan .|= x .!= x
            m.replace(with: x, where: maximum ? x .> m : x .< m)
            i += 8
        }
        if any(nan) { return nil }
        var result = m[0]
        for k in 1..<8 where maximum ? m[k] > result : m[k] < result { result = m[k] }
        return result
    }

    /// `target[i] = combine(target[i], source[i])` of float64 min or max for the
    /// first n - n % 8 elements, eight at a time; returns how many were done (0 for
    /// other element types). Ties take the fold's zero: `Swift.max` the later,
    /// `Swift.min` the earlier; a NaN on either side gives NaN.
    @inline(__always)
    static func rows<T>(_ target: UnsafeMutablePointer<T>, _ source: UnsafePointer<T>, _ n: Int, maximum: Bool)
        -> Int
    {
        guard T.self == Double.self else { return 0 }
        let t = UnsafeMutableRawPointer(target)
        let s = UnsafeRawPointer(source)
        var i = 0
        while i + 8 <= n {
            let a = t.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
            let b = s.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
            var m = a.replacing(with: b, where: maximum ? b .>= a : b .< a)
            m.replace(with: .nan, where: a .!= a .| b .!= b)
            t.storeBytes(of: m, toByteOffset: i * 8, as: SIMD8<Double>.self)
            i += 8
        }
        return i
    }
}
