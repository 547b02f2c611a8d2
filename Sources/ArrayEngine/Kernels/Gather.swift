import Foundation

/// The loops behind integer-array and boolean-mask indexing: moving whole
/// elements (or sub-blocks) between computed byte offsets.
///
/// Elements are moved as raw bits of their width (1, 2, 4 or 8 bytes), so one
/// specialisation per width serves every dtype; callers cast beforehand.
enum Gather {
    // MARK: - Offsets from index arrays

    /// Adds `index * stride` to `offsets[n]` for the n-th index of `indices` (int64,
    /// in C order), after checking each against `extent` as NumPy does.
    static func addOffsets(
        of indices: NDArray, extent: Int, stride: Int, axis: Int,
        into offsets: UnsafeMutablePointer<Int>
    ) throws(PythonError) {
        var n = 0
        let base = UnsafeRawPointer(indices.pointer)
        try StridedLoop.forEach(shape: indices.shape, strides: [indices.strides]) {
            start, count, inner throws(PythonError) in
            var p = base + start[0]
            for _ in 0..<count {
                offsets[n] += try checked(p.loadUnaligned(as: Int64.self), extent: extent, axis: axis) * stride
                n += 1
                p += inner[0]
            }
        }
    }

    /// An index made non-negative, or NumPy's IndexError.
    @inline(__always)
    static func checked(_ value: Int64, extent: Int, axis: Int) throws(PythonError) -> Int {
        let i = Int(value)
        guard i >= -extent, i < extent else {
            throw .index("index \(i) is out of bounds for axis \(axis) with size \(extent)")
        }
        return i < 0 ? i + extent : i
    }

    // MARK: - Taking

    /// `out[n] = source[indices[n]]` along one axis (`stride` bytes per step),
    /// element by element: `a[idx]` on the only remaining axis.
    static func take(
        indices: NDArray, extent: Int, stride: Int, axis: Int,
        from source: UnsafeRawPointer, into out: UnsafeMutableRawPointer, itemsize: Int
    ) throws(PythonError) {
        try withElementWidth(
            itemsize,
            IndexTake(
                indices: indices, extent: extent, stride: stride, axis: axis,
                source: source, out: out))
    }

    private struct IndexTake: WidthVisitor {
        let indices: NDArray, extent: Int, stride: Int, axis: Int
        let source: UnsafeRawPointer, out: UnsafeMutableRawPointer

        func visit<E>(_: E.Type) throws(PythonError) {
            let target = out.assumingMemoryBound(to: E.self)
            let base = UnsafeRawPointer(indices.pointer)
            // Each part writes its own stretch of the output; the first bad index wins (`Parallel.run`).
            try Parallel.forEach(count: indices.size) { part throws(PythonError) in
                var n = part.lowerBound
                try StridedLoop.forEach(shape: indices.shape, strides: [indices.strides], elements: part) {
                    start, count, inner throws(PythonError) in
                    var p = base + start[0]
                    for _ in 0..<count {
                        let i = try checked(p.loadUnaligned(as: Int64.self), extent: extent, axis: axis)
                        target[n] = source.loadUnaligned(fromByteOffset: i * stride, as: E.self)
                        n += 1
                        p += inner[0]
                    }
                }
            }
        }
    }

    /// Copies the sub-block at each byte offset of `source` (shape `blockShape`,
    /// strides `blockStrides`) into consecutive C-ordered blocks of `out`.
    static func take(
        offsets: [Int], from source: UnsafeRawPointer, blockShape: [Int], blockStrides: [Int],
        into out: UnsafeMutableRawPointer, itemsize: Int
    ) throws(PythonError) {
        let blockSize = blockShape.reduce(1, *)
        if blockSize == 0 { return }
        let contiguous = NDArray.contiguousStrides(shape: blockShape, itemsize: itemsize)
        if NDArray.isContiguous(shape: blockShape, strides: blockStrides, itemsize: itemsize, order: .c) {
            let bytes = blockSize * itemsize
            if bytes > itemsize {
                for (n, offset) in offsets.enumerated() {
                    memcpy(out + n * bytes, source + offset, bytes)
                    if n & 0xFFFF == 0xFFFF { try Interruption.check() }
                }
                return
            }
            try withElementWidth(itemsize, OffsetTake(offsets: offsets, source: source, out: out))
            return
        }
        for (n, offset) in offsets.enumerated() {
            try copyBlock(
                from: source + offset, strides: blockStrides, to: out + n * blockSize * itemsize,
                strides: contiguous, shape: blockShape, itemsize: itemsize)
            if n & 0xFFFF == 0xFFFF { try Interruption.check() }
        }
    }

    private struct OffsetTake: WidthVisitor {
        let offsets: [Int], source: UnsafeRawPointer, out: UnsafeMutableRawPointer

        func visit<E>(_: E.Type) throws(PythonError) {
            let target = out.assumingMemoryBound(to: E.self)
            try offsets.withUnsafeBufferPointer { offsets throws(PythonError) in
                try Parallel.forEach(count: offsets.count) { part in
                    for n in part { target[n] = source.loadUnaligned(fromByteOffset: offsets[n], as: E.self) }
                }
            }
        }
    }

    // MARK: - Putting

    /// Writes the n-th sub-block of `value` (walked in C order over `indexShape`
    /// with `indexStrides`, each block shaped `blockShape` with `valueBlockStrides`)
    /// at the n-th byte offset of `target` (blocks laid out with `targetBlockStrides`).
    /// Later writes win, as in NumPy.
    static func put(
        _ value: UnsafeRawPointer, indexShape: [Int], indexStrides: [Int], valueBlockStrides: [Int],
        offsets: [Int], into target: UnsafeMutableRawPointer, targetBlockStrides: [Int],
        blockShape: [Int], itemsize: Int
    ) throws(PythonError) {
        var n = 0
        try StridedLoop.forEach(shape: indexShape, strides: [indexStrides]) { start, count, inner throws(PythonError) in
            var source = value + start[0]
            for _ in 0..<count {
                try copyBlock(
                    from: source, strides: valueBlockStrides, to: target + offsets[n],
                    strides: targetBlockStrides, shape: blockShape, itemsize: itemsize)
                source += inner[0]
                n += 1
            }
            try Interruption.check()
        }
    }

    /// Copies one strided block of same-typed elements (a single element when `shape` is empty).
    @inline(__always)
    static func copyBlock(
        from source: UnsafeRawPointer, strides sourceStrides: [Int],
        to target: UnsafeMutableRawPointer, strides targetStrides: [Int],
        shape: [Int], itemsize: Int
    ) throws(PythonError) {
        if shape.isEmpty {
            switch itemsize {
            case 8: target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            case 4: target.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
            case 2: target.storeBytes(of: source.loadUnaligned(as: UInt16.self), as: UInt16.self)
            default: memcpy(target, source, itemsize)
            }
            return
        }
        try StridedLoop.forEach(shape: shape, strides: [targetStrides, sourceStrides]) {
            start, count, inner throws(PythonError) in
            var t = target + start[0]
            var s = source + start[1]
            for _ in 0..<count {
                memcpy(t, s, itemsize)
                t += inner[0]
                s += inner[1]
            }
        }
    }

    // MARK: - Boolean masks

    /// How many elements of a boolean array are true.
    static func trueCount(_ mask: NDArray) throws(PythonError) -> Int {
        try trueCounts(mask, in: Parallel.parts(of: mask.size)).reduce(0, +)
    }

    /// How many elements of a boolean array are true in each of `parts` (stretches of its C order), counted on the threads.
    private static func trueCounts(_ mask: NDArray, in parts: [Range<Int>]) throws(PythonError) -> [Int] {
        var counts = [Int](repeating: 0, count: parts.count)
        let base = UnsafeRawPointer(mask.pointer)
        try counts.withUnsafeMutableBufferPointer { counts throws(PythonError) in
            try Parallel.run(parts.count) { k throws(PythonError) in
                var total = 0
                try StridedLoop.forEach(shape: mask.shape, strides: [mask.strides], elements: parts[k]) {
                    start, count, inner throws(PythonError) in
                    let p = base + start[0]
                    if inner[0] == 1 {
                        let bytes = p.assumingMemoryBound(to: UInt8.self)
                        var run = 0
                        for i in 0..<count { run &+= Int(bytes[i] != 0 ? 1 : 0) }
                        total += run
                    } else {
                        for i in 0..<count where p.load(fromByteOffset: i * inner[0], as: UInt8.self) != 0 {
                            total += 1
                        }
                    }
                }
                counts[k] = total
            }
        }
        return counts
    }

    /// Where each part's selected elements start in the packed values: the running totals of their counts.
    private static func packedStarts(_ mask: NDArray, _ parts: [Range<Int>]) throws(PythonError) -> (
        starts: [Int], total: Int
    ) {
        var total = 0
        let starts = try trueCounts(mask, in: parts).map { count in
            defer { total += count }
            return total
        }
        return (starts, total)
    }

    /// `a[mask]` for a mask of `a`'s own shape: the selected elements, in C order.
    /// Two passes on the threads: each part counts its selected elements, then,
    /// knowing where its run of the result starts, copies them.
    static func compress(_ array: NDArray, mask: NDArray) throws(PythonError) -> NDArray {
        let parts = Parallel.parts(of: array.size)
        let (starts, total) = try packedStarts(mask, parts)
        let result = try NDArray.allocate(shape: [total], dtype: array.dtype, zeroed: false)
        try withElementWidth(
            array.itemsize,
            MaskWalk(array: array, mask: mask, values: result.pointer, gathering: true, parts: parts, starts: starts))
        return result
    }

    /// `a[mask] = values`: `values` holds one element per true mask entry, in C
    /// order, or a single element for all of them; both already of `a`'s dtype.
    static func maskedPut(_ array: NDArray, mask: NDArray, values: NDArray) throws(PythonError) {
        if values.size == 1 {
            try withElementWidth(
                array.itemsize, MaskFill(array: array, mask: mask, value: UnsafeRawPointer(values.pointer)))
        } else {
            let packed = values.isCContiguous ? values : try values.copy()
            let parts = Parallel.parts(of: array.size)
            let starts = try packedStarts(mask, parts).starts
            try withElementWidth(
                array.itemsize,
                MaskWalk(
                    array: array, mask: mask, values: packed.pointer, gathering: false, parts: parts, starts: starts))
        }
    }

    /// Walks an array and its mask together in C order, moving elements between the
    /// selected positions and a packed run of values (out of the array when gathering).
    ///
    /// Part k of `parts` (stretches of the C order) moves the values from `starts[k]` on, on the threads.
    private struct MaskWalk: WidthVisitor {
        let array: NDArray, mask: NDArray, values: UnsafeMutableRawPointer, gathering: Bool
        let parts: [Range<Int>], starts: [Int]

        func visit<E>(_: E.Type) throws(PythonError) {
            try Parallel.run(parts.count) { k throws(PythonError) in try walk(E.self, parts[k], from: starts[k]) }
        }

        private func walk<E>(_: E.Type, _ part: Range<Int>, from first: Int) throws(PythonError) {
            let packed = values.assumingMemoryBound(to: E.self)
            let arrayBase = array.pointer
            let maskBase = UnsafeRawPointer(mask.pointer)
            var n = first
            try StridedLoop.forEach(shape: array.shape, strides: [array.strides, mask.strides], elements: part) {
                start, count, inner throws(PythonError) in
                var p = arrayBase + start[0]
                var m = maskBase + start[1]
                if gathering {
                    for _ in 0..<count {
                        if m.load(as: UInt8.self) != 0 {
                            packed[n] = p.loadUnaligned(as: E.self)
                            n += 1
                        }
                        p += inner[0]
                        m += inner[1]
                    }
                } else {
                    for _ in 0..<count {
                        if m.load(as: UInt8.self) != 0 {
                            p.storeBytes(of: packed[n], as: E.self)
                            n += 1
                        }
                        p += inner[0]
                        m += inner[1]
                    }
                }
            }
        }
    }

    private struct MaskFill: WidthVisitor {
        let array: NDArray, mask: NDArray, value: UnsafeRawPointer

        func visit<E>(_: E.Type) throws(PythonError) {
            let element = value.loadUnaligned(as: E.self)
            let arrayBase = array.pointer
            let maskBase = UnsafeRawPointer(mask.pointer)
            try Parallel.forEach(count: array.size) { part throws(PythonError) in
                try StridedLoop.forEach(shape: array.shape, strides: [array.strides, mask.strides], elements: part) {
                    start, count, inner throws(PythonError) in
                    var p = arrayBase + start[0]
                    var m = maskBase + start[1]
                    for _ in 0..<count {
                        if m.load(as: UInt8.self) != 0 { p.storeBytes(of: element, as: E.self) }
                        p += inner[0]
                        m += inner[1]
                    }
                }
            }
        }
    }
}

// MARK: - Element widths

/// Generic code run with an unsigned integer type as wide as one element.
protocol WidthVisitor {
    func visit<E>(_ type: E.Type) throws(PythonError)
}

/// Calls `visitor` with UInt8/16/32/64/128 for element sizes 1/2/4/8/16 (complex128 is 16).
@inline(__always)
func withElementWidth<V: WidthVisitor>(_ itemsize: Int, _ visitor: V) throws(PythonError) {
    switch itemsize {
    case 1: try visitor.visit(UInt8.self)
    case 2: try visitor.visit(UInt16.self)
    case 4: try visitor.visit(UInt32.self)
    case 8: try visitor.visit(UInt64.self)
    case 16: try visitor.visit(UInt128.self)
    default:
        throw .notImplemented(
            "indexing with arrays of \(itemsize)-byte records is not supported yet; index their fields")
    }
}
