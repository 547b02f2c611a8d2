import Foundation

/// Copies elements between arrays of the same shape, casting between dtypes.
///
/// The one loop behind `copy`, `astype`, assignment and gathering.
enum CastCopy {
    /// Copies `source` (laid out with `sourceStrides` over `destination.shape`) into `destination`.
    static func run(into destination: NDArray, from source: NDArray, sourceStrides: [Int]) throws(ArrayError) {
        try destination.dtype.dispatch(
            DestinationVisitor(destination: destination, source: source, sourceStrides: sourceStrides))
    }

    private struct DestinationVisitor: ElementVisitor {
        let destination: NDArray
        let source: NDArray
        let sourceStrides: [Int]

        func visit<D: ArrayElement>(_: D.Type) throws(ArrayError) {
            try source.dtype.dispatch(
                SourceVisitor<D>(destination: destination, source: source, sourceStrides: sourceStrides))
        }
    }

    private struct SourceVisitor<D: ArrayElement>: ElementVisitor {
        let destination: NDArray
        let source: NDArray
        let sourceStrides: [Int]

        func visit<S: ArrayElement>(_: S.Type) throws(ArrayError) {
            let to = destination.pointer
            let from = UnsafeRawPointer(source.pointer)
            let width = MemoryLayout<D>.stride
            try StridedLoop.forEach(shape: destination.shape, strides: [destination.strides, sourceStrides],
                                    maximumRun: StridedLoop.interruptGranularity) {
                offsets, count, inner throws(ArrayError) in
                var d = to + offsets[0]
                var s = from + offsets[1]
                if S.self == D.self, inner[0] == width, inner[1] == width {
                    memmove(d, s, count * width)
                    return
                }
                let dStep = inner[0], sStep = inner[1]
                if S.self == D.self {
                    // Same type: the bytes themselves, as NumPy copies them (a bool byte of 2 stays 2).
                    for _ in 0..<count {
                        d.copyMemory(from: s, byteCount: width)
                        d += dStep
                        s += sStep
                    }
                    return
                }
                for _ in 0..<count {
                    d.storeBytes(of: D(converting: S.load(from: s)), as: D.self)
                    d += dStep
                    s += sStep
                }
            }
        }
    }
}

extension NDArray {
    /// A new C-ordered array that owns a copy of these elements (optionally cast).
    public func copy(as newType: DType? = nil) throws(ArrayError) -> NDArray {
        let result = try NDArray.allocate(shape: shape, dtype: newType ?? dtype, zeroed: false)
        try CastCopy.run(into: result, from: self, sourceStrides: strides)
        return result
    }

    /// Writes `source`, broadcast to this shape and cast to this dtype, into these elements.
    ///
    /// When the two overlap in memory the source is copied first, so `a[1:] = a[:-1]`
    /// gives NumPy's result.
    public func assign(_ source: NDArray) throws(ArrayError) {
        guard isWriteable else { throw .readOnly }
        var source = source
        // Leading extents of 1 beyond our rank are allowed, as in NumPy.
        while source.ndim > ndim, source.shape[0] == 1 {
            source = source.view(shape: Array(source.shape.dropFirst()), strides: Array(source.strides.dropFirst()))
        }
        guard source.ndim <= ndim, Broadcasting.shape([source.shape, shape]) == shape else {
            throw .value("could not broadcast input array from shape \(ShapeText.compact(source.shape)) into shape \(ShapeText.compact(shape))")
        }
        if source.buffer === buffer, MemoryOverlap.boundsOverlap(self, source),
           !(source.offset == offset && source.strides == strides && source.shape == shape) {
            source = try source.copy()
        }
        try CastCopy.run(into: self, from: source, sourceStrides: Broadcasting.strides(of: source, as: shape))
    }

    /// Sets every element to `value` (`a.fill(v)`, `a[...] = v`).
    public func fill(_ value: Scalar) throws(ArrayError) {
        try assign(NDArray.scalar(value))
    }
}
