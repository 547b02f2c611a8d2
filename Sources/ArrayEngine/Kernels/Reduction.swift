/// Reductions along axes: `sum`, `prod`, `min`, `max`, `all`, `any`.
///
/// The traversal follows NumPy's iterator: negative strides are flipped and the
/// axis with the smallest stride runs innermost. A run along a reduced axis is
/// folded in one go (pairwise for float sums, as NumPy does); a run along a kept
/// axis updates each output element in turn. This makes float results equal to
/// NumPy's bit for bit.
public enum ReductionOperation: String, Sendable {
    case sum = "add", prod = "multiply", min = "minimum", max = "maximum", all = "logical_and", any = "logical_or"

    /// The dtype NumPy accumulates in: small integers widen to 64 bits for sum/prod.
    public func accumulatorType(for input: DType) -> DType {
        switch self {
        case .sum, .prod:
            switch input.kind {
            case .boolean, .signed: .int64
            case .unsigned: .uint64
            case .floating: input
            }
        case .min, .max: input
        case .all, .any: .bool
        }
    }

    var hasIdentity: Bool { self != .min && self != .max }
}

public enum Reduction {
    /// Reduces `a` over `axes` (all axes when nil); the result has the reduced axes
    /// removed, or kept with extent 1 when `keepdims`.
    public static func run(_ op: ReductionOperation, _ a: NDArray, axes: [Int]?, keepdims: Bool = false,
                           dtype: DType? = nil) throws(ArrayError) -> NDArray {
        let reduced = try normalize(axes: axes, ndim: a.ndim)
        let accumulator = dtype ?? op.accumulatorType(for: a.dtype)
        let input = a.dtype == accumulator ? a : try a.copy(as: accumulator)
        if !op.hasIdentity, reduced.contains(where: { a.shape[$0] == 0 }) {
            throw .value("zero-size array to reduction operation \(op.rawValue) which has no identity")
        }
        let keptShape = a.shape.indices.map { reduced.contains($0) ? 1 : a.shape[$0] }
        let result = try NDArray.allocate(shape: keptShape, dtype: accumulator, zeroed: false)
        // Seed with the identity, or with the first element along the reduced axes.
        switch op {
        case .sum, .any: try result.fill(Scalar(.int(0), as: accumulator))
        case .prod, .all: try result.fill(Scalar(.int(1), as: accumulator))
        case .min, .max:
            let first = input.view(shape: keptShape, strides: input.strides)
            try result.assign(first)
        }
        let outStrides = a.shape.indices.map { reduced.contains($0) ? 0 : result.strides[$0] }
        try accumulator.dispatchByKind(ReduceVisitor(op: op, input: input, output: result, outStrides: outStrides))
        if keepdims { return result }
        let shape = a.shape.indices.filter { !reduced.contains($0) }.map { a.shape[$0] }
        return result.detachedReshape(shape)
    }

    /// Axis numbers made non-negative and checked, as NumPy reports them.
    public static func normalize(axes: [Int]?, ndim: Int) throws(ArrayError) -> [Int] {
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

    /// The input's axes in NumPy's iteration order (negative strides flipped, the
    /// smallest stride last), as (shape, input strides, output strides, offsets).
    static func iterationOrder(_ input: NDArray, outStrides: [Int]) -> (shape: [Int], inStrides: [Int], outStrides: [Int], inOffset: Int, outOffset: Int) {
        var inStrides = input.strides, outs = outStrides
        var inOffset = 0, outOffset = 0
        for axis in input.shape.indices where inStrides[axis] < 0 && input.shape[axis] > 1 {
            inOffset += (input.shape[axis] - 1) * inStrides[axis]
            outOffset += (input.shape[axis] - 1) * outs[axis]
            inStrides[axis] = -inStrides[axis]
            outs[axis] = -outs[axis]
        }
        let order = input.shape.indices.sorted { x, y in
            abs(inStrides[x]) != abs(inStrides[y]) ? abs(inStrides[x]) > abs(inStrides[y]) : x < y
        }
        return (order.map { input.shape[$0] }, order.map { inStrides[$0] }, order.map { outs[$0] }, inOffset, outOffset)
    }
}

private struct ReduceVisitor: KindVisitor {
    let op: ReductionOperation
    let input: NDArray, output: NDArray, outStrides: [Int]

    /// Runs the reduction `F` over the input: a run along a reduced axis is folded
    /// in one go (`F.run`), a run along a kept axis updates each output in turn.
    func fold<F: Folding>(_: F.Type) throws(ArrayError) {
        typealias T = F.Element
        let order = Reduction.iterationOrder(input, outStrides: outStrides)
        let inBase = UnsafeRawPointer(input.pointer) + order.inOffset
        let outBase = output.pointer + order.outOffset
        try StridedLoop.forEach(shape: order.shape, strides: [order.inStrides, order.outStrides], maximumRun: F.wholeRuns ? .max : StridedLoop.interruptGranularity) {
            offsets, count, inner throws(ArrayError) in
            let source = inBase + offsets[0]
            let target = outBase + offsets[1]
            let width = MemoryLayout<T>.stride
            if inner[1] == 0 {
                let current = T.load(from: target)
                target.storeBytes(of: try F.run(source, count, inner[0], current), as: T.self)
            } else if inner[0] == width, inner[1] == width,
                      Int(bitPattern: source) % MemoryLayout<T>.alignment == 0,
                      Int(bitPattern: target) % MemoryLayout<T>.alignment == 0 {
                // A row folded into a row of outputs (sum(axis=0) of a C array): a loop
                // over plain pointers, which the compiler can vectorise; each output still
                // takes its inputs in the same order.
                let t = target.assumingMemoryBound(to: T.self)
                for i in 0..<count { t[i] = F.combine(T.element(UnsafeRawPointer(t), at: i), T.element(source, at: i)) }
            } else {
                for i in 0..<count {
                    let t = target + i * inner[1]
                    t.storeBytes(of: F.combine(T.load(from: t), T.load(from: source + i * inner[0])), as: T.self)
                }
            }
        }
    }

    func visitBool() throws(ArrayError) {
        switch op {
        case .all, .min, .prod: try fold(LogicalAnd.self)
        case .any, .max, .sum: try fold(LogicalOr.self)
        }
    }

    func visitInteger<T: IntegerElement>(_: T.Type) throws(ArrayError) {
        switch op {
        case .sum: try fold(WrappingAdd<T>.self)
        case .prod: try fold(WrappingMultiply<T>.self)
        case .min: try fold(IntegerMinimum<T>.self)
        case .max: try fold(IntegerMaximum<T>.self)
        case .all, .any: throw .type("logical reductions run on booleans")
        }
    }

    func visitFloat<T: FloatElement>(_: T.Type) throws(ArrayError) {
        switch op {
        case .sum: try fold(PairwiseAdd<T>.self)
        case .prod: try fold(FloatMultiply<T>.self)
        case .min: try fold(FloatMinimum<T>.self)
        case .max: try fold(FloatMaximum<T>.self)
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
    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: Element) throws(ArrayError) -> Element
    /// Runs must be folded whole (pairwise sums): the loop then does not cut them
    /// into pieces, and `run` polls Ctrl-C itself.
    static var wholeRuns: Bool { get }
}

extension Folding {
    static var wholeRuns: Bool { false }

    /// In order, one element after the other.
    @inline(__always)
    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: Element) -> Element {
        var acc = start
        if stride == MemoryLayout<Element>.stride, Int(bitPattern: base) % MemoryLayout<Element>.alignment == 0 {
            for i in 0..<n { acc = combine(acc, Element.element(base, at: i)) }
            return acc
        }
        for i in 0..<n { acc = combine(acc, Element.load(from: base + i * stride)) }
        return acc
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
    static func run(_ base: UnsafeRawPointer, _ n: Int, _ stride: Int, _ start: T) throws(ArrayError) -> T {
        start + (try PairwiseSum.sum(base, count: n, stride: stride, as: T.self))
    }
}

private enum FloatMultiply<T: FloatElement>: Folding {
    @inline(__always) static func combine(_ a: T, _ b: T) -> T { a * b }
}

/// NaN wins, as in NumPy's minimum and maximum.
private enum FloatMinimum<T: FloatElement>: Folding {
    @inline(__always) static func combine(_ a: T, _ b: T) -> T { a.isNaN || b.isNaN ? T.nan : Swift.min(a, b) }
}

private enum FloatMaximum<T: FloatElement>: Folding {
    @inline(__always) static func combine(_ a: T, _ b: T) -> T { a.isNaN || b.isNaN ? T.nan : Swift.max(a, b) }
}
