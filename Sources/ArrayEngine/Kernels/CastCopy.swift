import Foundation

/// Copies elements between arrays of the same shape, casting between dtypes.
///
/// The one loop behind `copy`, `astype`, assignment and gathering.
enum CastCopy {
    /// Copies `source` (laid out with `sourceStrides` over `destination.shape`) into `destination`.
    ///
    /// Either side may be byte-swapped (`'>f4'`): elements are swapped as they are
    /// read or written, which is how every kernel reaches non-native memory.
    static func run(into destination: NDArray, from source: NDArray, sourceStrides: [Int]) throws(PythonError) {
        // Nothing to copy; an empty source may have no element to read, even a broadcast one.
        guard destination.size > 0 else { return }
        if destination.dtype.isObject || source.dtype.isObject {
            return try objects(into: destination, from: source, sourceStrides: sourceStrides)
        }
        if destination.dtype.record != nil || source.dtype.record != nil {
            return try records(into: destination, from: source, sourceStrides: sourceStrides)
        }
        if destination.dtype.isTime || source.dtype.isTime {
            return try times(into: destination, from: source, sourceStrides: sourceStrides)
        }
        if destination.dtype.isString || source.dtype.isString {
            return try strings(into: destination, from: source, sourceStrides: sourceStrides)
        }
        try destination.dtype.native.dispatch(
            DestinationVisitor(destination: destination, source: source, sourceStrides: sourceStrides))
    }

    private struct DestinationVisitor: ElementVisitor {
        let destination: NDArray
        let source: NDArray
        let sourceStrides: [Int]

        func visit<D: ArrayElement>(_: D.Type) throws(PythonError) {
            try source.dtype.native.dispatch(
                SourceVisitor<D>(destination: destination, source: source, sourceStrides: sourceStrides))
        }
    }

    private struct SourceVisitor<D: ArrayElement>: ElementVisitor {
        let destination: NDArray
        let source: NDArray
        let sourceStrides: [Int]

        func visit<S: ArrayElement>(_: S.Type) throws(PythonError) {
            let to = destination.pointer
            let from = UnsafeRawPointer(source.pointer)
            let width = MemoryLayout<D>.stride
            let swapSource = source.dtype.isByteSwapped
            let swapDestination = destination.dtype.isByteSwapped
            // Same type: the bytes themselves, as NumPy copies them (a bool byte of 2 stays 2),
            // swapped afterwards when the two byte orders differ.
            let sameBytes = S.self == D.self
            let swapAfterCopy = sameBytes && swapSource != swapDestination
            if sourceStrides.allSatisfy({ $0 == 0 }) {
                // One value broadcast (`fill`, `np.full`, `a[...] = v`): converted once, then its bytes repeated.
                try withUnsafeTemporaryAllocation(byteCount: width, alignment: 16) { element throws(PythonError) in
                    let e = element.baseAddress!
                    if sameBytes {
                        e.copyMemory(from: from, byteCount: width)
                    } else {
                        e.storeBytes(
                            of: D(converting: swapSource ? S.loadSwapped(from: from) : S.load(from: from)), as: D.self)
                    }
                    if swapAfterCopy || !sameBytes && swapDestination {
                        ByteSwapping.swap(e, byteCount: width, unit: D.dtype.scalarType.swapUnit)
                    }
                    try CastCopy.repeatElement(
                        UnsafeRawPointer(e), width: width, into: to, destination.shape, destination.strides)
                }
                return
            }
            if sameBytes, !swapAfterCopy,
                try CastCopy.transposed(
                    D.self, into: to, destination.shape, destination.strides,
                    from: from, sourceStrides)
            {
                return
            }
            let unit = D.dtype.scalarType.swapUnit
            try Parallel.forEach(count: destination.size) { part throws(PythonError) in
                try StridedLoop.forEach(
                    shape: destination.shape, strides: [destination.strides, sourceStrides],
                    maximumRun: StridedLoop.interruptGranularity, elements: part
                ) {
                    offsets, count, inner throws(PythonError) in
                    var d = to + offsets[0]
                    var s = from + offsets[1]
                    let dStep = inner[0]
                    let sStep = inner[1]
                    if sameBytes {
                        if dStep == width, sStep == width {
                            memmove(d, s, count * width)
                            if swapAfterCopy { ByteSwapping.swap(d, byteCount: count * width, unit: unit) }
                            return
                        }
                        CastCopy.moveRun(to: d, dStep, from: s, sStep, count: count, width: width)
                        if swapAfterCopy {
                            for _ in 0..<count {
                                ByteSwapping.swap(d, byteCount: width, unit: unit)
                                d += dStep
                            }
                        }
                        return
                    }
                    if !swapSource, !swapDestination, dStep == width, sStep == MemoryLayout<S>.stride {
                        CastCopy.convertRun(S.self, into: d, as: D.self, from: s, count: count)
                        return
                    }
                    for _ in 0..<count {
                        let value = swapSource ? S.loadSwapped(from: s) : S.load(from: s)
                        d.storeBytes(of: D(converting: value), as: D.self)
                        if swapDestination { ByteSwapping.swap(d, byteCount: width, unit: unit) }
                        d += dStep
                        s += sStep
                    }
                }
            }
        }
    }
}

extension CastCopy {
    /// Converts `count` contiguous elements, which may be unaligned: the run the
    /// compiler vectorises (`o.sum()` of int8 casts its chunks to int64 here).
    @inline(__always)
    static func convertRun<S: ArrayElement, D: ArrayElement>(
        _: S.Type, into target: UnsafeMutableRawPointer, as _: D.Type, from source: UnsafeRawPointer, count: Int
    ) {
        for k in 0..<count {
            let value = S.load(from: source + k &* MemoryLayout<S>.stride)
            target.storeBytes(of: D(converting: value), toByteOffset: k &* MemoryLayout<D>.stride, as: D.self)
        }
    }
}

// MARK: - Records

extension CastCopy {
    /// Records of a structured dtype copy as bytes, only to records of the same fields;
    /// a number goes to every field (`a[0] = 5`), as NumPy casts it.
    private static func records(into destination: NDArray, from source: NDArray, sourceStrides: [Int])
        throws(PythonError)
    {
        if let record = destination.dtype.record, source.dtype.record == nil {
            for field in record.fields {
                // A number fills a field's subarray: its axes repeat the source (stride 0).
                let strides = sourceStrides + [Int](repeating: 0, count: field.shape.count)
                try run(into: try destination.field(field.name), from: source, sourceStrides: strides)
            }
            return
        }
        try Casting.unsafe.check(source.dtype, destination.dtype)
        if let to = destination.dtype.record, let from = source.dtype.record, to != from {
            // Other fields: each copied (and cast) from the source's field at the same position.
            for (target, origin) in zip(to.fields, from.fields) {
                let strides =
                    sourceStrides + NDArray.contiguousStrides(shape: origin.shape, itemsize: origin.dtype.itemsize)
                try run(
                    into: try destination.field(target.name), from: try source.field(origin.name),
                    sourceStrides: strides)
            }
            return
        }
        try copyBytes(into: destination, from: source, sourceStrides: sourceStrides)
    }

    /// Each element's bytes as they are, for types that are copied, never converted.
    private static func copyBytes(into destination: NDArray, from source: NDArray, sourceStrides: [Int])
        throws(PythonError)
    {
        let width = destination.itemsize
        try eachElement(into: destination, from: source, sourceStrides: sourceStrides) { d, s in memmove(d, s, width) }
    }
}

// MARK: - Objects

extension CastCopy {
    /// Object arrays copy their handles, so the copy shares the values (NumPy's copies of
    /// object arrays are shallow); numbers become objects one by one (`ScalarObject`), and
    /// objects bools by their truth. Objects become numbers, and text or dates objects, only
    /// through the language, which knows their values.
    private static func objects(into destination: NDArray, from source: NDArray, sourceStrides: [Int])
        throws(PythonError)
    {
        if source.dtype.isObject, destination.dtype.isObject {
            return try copyBytes(into: destination, from: source, sourceStrides: sourceStrides)
        }
        if source.dtype.isObject, destination.dtype == .bool {
            // Each value's truth, as NumPy casts objects to bool.
            return try eachElement(into: destination, from: source, sourceStrides: sourceStrides) {
                d, s throws(PythonError) in
                let truth = try ObjectStore.truth(at: s)
                d.storeBytes(of: truth ? 1 : 0, as: UInt8.self)
            }
        }
        guard destination.dtype.isObject, !source.dtype.isFlexible, !source.dtype.isTime else { throw .objects }
        if sourceStrides.allSatisfy({ $0 == 0 }) {
            // One number repeated (a fill): one object, referred to by every element.
            let one = try NDArray.allocate(shape: [], dtype: .object, zeroed: false)
            one.store(source.load(at: source.pointer), at: one.pointer)
            return try copyBytes(into: destination, from: one, sourceStrides: sourceStrides)
        }
        try eachElement(into: destination, from: source, sourceStrides: sourceStrides) { d, s in
            destination.store(source.load(at: s), at: d)
        }
    }
}

// MARK: - Fills

extension CastCopy {
    /// Bytes in the block a fill repeats: whole elements of any width, small enough to stay in the L1 cache.
    static let fillBlockBytes = 4096

    /// Writes the `width` bytes at `element` into every element of the array at `to`.
    ///
    /// Contiguous runs of elements of 1, 2, 4, 8 or 16 bytes are filled by a loop of
    /// stores the compiler vectorises (`memset` for one byte): copying a block already
    /// holding the element many times, as other widths are filled, ran at half the speed.
    static func repeatElement(
        _ element: UnsafeRawPointer, width: Int, into to: UnsafeMutableRawPointer, _ shape: [Int], _ strides: [Int]
    ) throws(PythonError) {
        let perBlock = max(1, fillBlockBytes / width)
        let block = UnsafeMutableRawPointer.allocate(byteCount: perBlock * width, alignment: 16)
        defer { block.deallocate() }
        for k in 0..<perBlock { (block + k * width).copyMemory(from: element, byteCount: width) }
        try Parallel.forEach(count: shape.reduce(1, *)) { part throws(PythonError) in
            try StridedLoop.forEach(
                shape: shape, strides: [strides], maximumRun: StridedLoop.interruptGranularity, elements: part
            ) {
                offsets, count, inner throws(PythonError) in
                var d = to + offsets[0]
                if inner[0] == width {
                    switch width {
                    case 1: memset(d, Int32(element.load(as: UInt8.self)), count)
                    case 2: CastCopy.fillRun(UInt16.self, d, with: element, count: count)
                    case 4: CastCopy.fillRun(UInt32.self, d, with: element, count: count)
                    case 8: CastCopy.fillRun(UInt64.self, d, with: element, count: count)
                    case 16: CastCopy.fillRun(UInt128.self, d, with: element, count: count)
                    default:
                        var left = count
                        while left > 0 {
                            let n = min(left, perBlock)
                            d.copyMemory(from: block, byteCount: n * width)
                            d += n * width
                            left -= n
                        }
                    }
                    return
                }
                CastCopy.moveRun(to: d, inner[0], from: element, 0, count: count, width: width)
            }
        }
    }

    /// Moves `count` elements of `width` bytes from a strided run to another, as raw
    /// bits of that width: a `memmove` call per element cost more than the copy itself.
    @inline(__always)
    static func moveRun(
        to target: UnsafeMutableRawPointer, _ targetStep: Int, from source: UnsafeRawPointer, _ sourceStep: Int,
        count: Int, width: Int
    ) {
        switch width {
        case 1: moveRun(UInt8.self, to: target, targetStep, from: source, sourceStep, count: count)
        case 2: moveRun(UInt16.self, to: target, targetStep, from: source, sourceStep, count: count)
        case 4: moveRun(UInt32.self, to: target, targetStep, from: source, sourceStep, count: count)
        case 8: moveRun(UInt64.self, to: target, targetStep, from: source, sourceStep, count: count)
        case 16: moveRun(UInt128.self, to: target, targetStep, from: source, sourceStep, count: count)
        default:
            for k in 0..<count { memmove(target + k * targetStep, source + k * sourceStep, width) }
        }
    }

    /// Stores the `E` at `element` into `count` contiguous elements at `target`, which may be unaligned.
    @inline(__always)
    private static func fillRun<E: FixedWidthInteger>(
        _: E.Type, _ target: UnsafeMutableRawPointer, with element: UnsafeRawPointer, count: Int
    ) {
        let value = element.loadUnaligned(as: E.self)
        for k in 0..<count { target.storeBytes(of: value, toByteOffset: k &* MemoryLayout<E>.size, as: E.self) }
    }

    @inline(__always)
    private static func moveRun<E: FixedWidthInteger>(
        _: E.Type, to target: UnsafeMutableRawPointer, _ targetStep: Int, from source: UnsafeRawPointer,
        _ sourceStep: Int, count: Int
    ) {
        var d = target
        var s = source
        for _ in 0..<count {
            d.storeBytes(of: s.loadUnaligned(as: E.self), as: E.self)
            d += targetStep
            s += sourceStep
        }
    }
}

// MARK: - Transposed copies

extension CastCopy {
    /// The tiles a transposed copy moves at a time: `tileRows` destination rows, along
    /// which the source runs contiguously (1 KiB runs of doubles, long enough for the
    /// prefetcher), by `tileColumns` destination columns, each a source row. In a
    /// stand-alone test of the 1000 x 10000 doubles of `m.T.copy()` this took 11 ms
    /// against 13.3 ms for 32 x 32 tiles (best of 15, one thread).
    static let tileRows = 128
    static let tileColumns = 64
    /// Sides below which the plain strided loop is used: the matrix is too thin to tile.
    static let smallestTiledSide = 32

    /// Copies in tiles when the source runs contiguously along the destination's
    /// second-to-last axis instead of its last (`m.T.copy()`), so neither side strides
    /// through memory a cache line per element. Returns false, having done nothing,
    /// for other layouts.
    static func transposed<T: ArrayElement>(
        _: T.Type, into to: UnsafeMutableRawPointer, _ shape: [Int], _ strides: [Int],
        from: UnsafeRawPointer, _ sourceStrides: [Int]
    ) throws(PythonError) -> Bool {
        let width = MemoryLayout<T>.stride
        let (dims, steps) = StridedLoop.coalesce(shape: shape, strides: [strides, sourceStrides])
        guard dims.count >= 2, dims.suffix(2).allSatisfy({ $0 >= smallestTiledSide }) else { return false }
        let rows = dims[dims.count - 2]
        let columns = dims[dims.count - 1]
        let (toRow, toColumn) = (steps[0][dims.count - 2], steps[0][dims.count - 1])
        let (fromRow, fromColumn) = (steps[1][dims.count - 2], steps[1][dims.count - 1])
        guard toColumn == width, abs(fromRow) == width, abs(fromColumn) > width else { return false }
        let outerShape = Array(dims.dropLast(2))
        // Bands of `tileRows` rows, shared out across the threads when the matrix is big.
        let bands = (rows + tileRows - 1) / tileRows
        try StridedLoop.forEach(shape: outerShape, strides: [Array(steps[0].dropLast(2)), Array(steps[1].dropLast(2))])
        {
            offsets, count, inner throws(PythonError) in
            for k in 0..<count {
                let target = to + offsets[0] + k * inner[0]
                let source = from + offsets[1] + k * inner[1]
                let band = { (b: Int) in
                    let i0 = b * tileRows
                    let i1 = min(i0 + tileRows, rows)
                    var j0 = 0
                    while j0 < columns {
                        let j1 = min(j0 + tileColumns, columns)
                        for i in i0..<i1 {
                            let t = target + i &* toRow
                            let s = source + i &* fromRow
                            for j in j0..<j1 {
                                (t + j &* toColumn).storeBytes(
                                    of: (s + j &* fromColumn).loadUnaligned(as: T.self), as: T.self)
                            }
                        }
                        j0 = j1
                    }
                }
                if Parallel.splits(rows * columns) {
                    try Parallel.run(bands) { b in band(b) }
                } else {
                    for b in 0..<bands { band(b) }
                    try Interruption.check()
                }
            }
        }
        return true
    }
}

extension NDArray {
    /// A new C-ordered array that owns a copy of these elements (optionally cast).
    /// An unsized string type (`astype(str)`) takes the width these elements need.
    public func copy(as newType: DType? = nil) throws(PythonError) -> NDArray {
        let result = try NDArray.allocate(shape: shape, dtype: try newType?.sized(for: dtype) ?? dtype, zeroed: false)
        try CastCopy.run(into: result, from: self, sourceStrides: strides)
        return result
    }

    /// Writes `source`, broadcast to this shape and cast to this dtype, into these elements.
    ///
    /// When the two overlap in memory the source is copied first, so `a[1:] = a[:-1]`
    /// (and `a[['x', 'y']] = a[['y', 'x']]`, the same bytes read as other fields) gives NumPy's result.
    public func assign(_ source: NDArray) throws(PythonError) {
        guard isWriteable else { throw .readOnly }
        var source = source
        // Leading extents of 1 beyond our rank are allowed, as in NumPy.
        while source.ndim > ndim, source.shape[0] == 1 {
            source = source.view(shape: Array(source.shape.dropFirst()), strides: Array(source.strides.dropFirst()))
        }
        guard source.ndim <= ndim, Broadcasting.shape([source.shape, shape]) == shape else {
            throw .value(
                "could not broadcast input array from shape \(ShapeText.compact(source.shape)) into shape \(ShapeText.compact(shape))"
            )
        }
        if source.buffer === buffer, MemoryOverlap.boundsOverlap(self, source),
            !(source.offset == offset && source.strides == strides && source.shape == shape && source.dtype == dtype)
        {
            source = try source.copy()
        }
        try CastCopy.run(into: self, from: source, sourceStrides: Broadcasting.strides(of: source, as: shape))
    }

    /// Sets every element to `value` (`a.fill(v)`, `a[...] = v`).
    public func fill(_ value: Scalar) throws(PythonError) {
        try assign(NDArray.scalar(value))
    }
}

extension CastCopy {
    /// Visits each destination element with its source element (the casts done one element at a time).
    static func eachElement(
        into destination: NDArray, from source: NDArray, sourceStrides: [Int],
        _ body: (UnsafeMutableRawPointer, UnsafeRawPointer) throws(PythonError) -> Void
    ) throws(PythonError) {
        try StridedLoop.forEach(
            shape: destination.shape, strides: [destination.strides, sourceStrides],
            maximumRun: StridedLoop.interruptGranularity
        ) { offsets, count, inner throws(PythonError) in
            var d = destination.pointer + offsets[0]
            var s = UnsafeRawPointer(source.pointer) + offsets[1]
            for _ in 0..<count {
                try body(d, s)
                d += inner[0]
                s += inner[1]
            }
        }
    }
}
