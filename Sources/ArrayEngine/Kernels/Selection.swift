import Foundation

/// `where` and `isclose`: element-wise choices between arrays.
public enum Selection {
    /// `np.where(condition, x, y)`.
    public static func `where`(_ condition: NDArray, _ x: NDArray, _ y: NDArray) throws(PythonError) -> NDArray {
        let shape = try Broadcasting.operandShape([condition.shape, x.shape, y.shape])
        if shape.isEmpty {
            // All 0-d: choose through 1-element arrays, then hand back a 0-d array owning its data.
            return try `where`(condition.reshape([1]), x.reshape([1]), y.reshape([1])).detachedReshape([])
        }
        let layout = [condition, x, y].map { Broadcasting.strides(of: $0, as: shape) }
        let result = try NDArray.allocate(shape: shape, dtype: DType.promote(x.dtype, y.dtype), like: layout)
        try result.assign(y)
        let mask = try condition.copy(as: .bool).broadcast(to: shape)
        let chosen = try mask.nonzeroIndices().map { IndexItem.array($0) }
        let stretched = try x.broadcast(to: shape)
        guard case .array(let picked) = try stretched.select(chosen) else { return result }
        try result.assign(chosen, value: picked)
        return result
    }

    /// `np.isclose`: |a - b| <= atol + rtol * |b|, infinities equal only to themselves.
    public static func isClose(
        _ a: NDArray, _ b: NDArray, relative: Double, absolute: Double,
        equalNaN: Bool
    ) throws(PythonError) -> NDArray {
        let shape = try Broadcasting.operandShape([a.shape, b.shape])
        let x = try a.broadcast(to: shape).elements()
        let y = try b.broadcast(to: shape).elements()
        let flags = zip(x, y).map { p, q -> Bool in
            // Complex values compare by the magnitude of their difference.
            let u = (p.doubleValue, p.imaginaryValue)
            let v = (q.doubleValue, q.imaginaryValue)
            let uNaN = u.0.isNaN || u.1.isNaN
            let vNaN = v.0.isNaN || v.1.isNaN
            if uNaN || vNaN { return equalNaN && uNaN && vNaN }
            if !u.0.isFinite || !u.1.isFinite || !v.0.isFinite || !v.1.isFinite { return u == v }
            return hypot(u.0 - v.0, u.1 - v.1) <= absolute + relative * hypot(v.0, v.1)
        }
        return try NDArray.from(flags).reshape(shape)
    }
}

/// Sorting: `sort`, and the order `unique` and the set operations rely on.
public enum Sorting {
    /// A sorted copy along `axis` (flattened when nil); NaN sorts last, as in NumPy.
    /// Booleans, integers and floats are radix sorted; complex values compare as Scalars.
    public static func sorted(_ a: NDArray, axis: Int?) throws(PythonError) -> NDArray {
        let source = axis == nil ? try a.flatten() : a
        if let result = try sortedRows(source, axis: axis) { return result }
        let result = try source.copy()
        guard result.ndim > 0 else { return result }
        let along = try result.normalizeAxis(axis ?? 0)
        let moved = try result.moveAxis(along, to: result.ndim - 1)
        let width = moved.shape[moved.ndim - 1]
        guard width > 1 else { return result }
        if let record = moved.dtype.record {
            try sortRecords(moved, record, width: width)
            return result
        }
        if let (orders, _) = try rowOrders(moved, width: width) {
            try permute(moved, orders)
            return result
        }
        if RowSorter.sorts(moved.dtype) {
            // Sorted in place when the rows already lie contiguous, else through a copy.
            let rows = moved.isCContiguous && moved.dtype.isNative ? moved : try moved.copy(as: moved.dtype.native)
            let sorter = RowSorter(values: rows.pointer, rows: rows.size / width, width: width, positions: nil)
            _ = try sorter.run(rows.dtype.scalarType)
            if rows !== moved { try moved.assign(rows) }
            return result
        }
        let values = try moved.elements()
        let rows = values.count / width
        var sortedValues: [Scalar] = []
        sortedValues.reserveCapacity(values.count)
        for row in 0..<rows {
            sortedValues += values[(row * width)..<((row + 1) * width)].sorted(by: ascending)
        }
        try moved.assign(try NDArray.from(scalars: sortedValues, shape: moved.shape, dtype: moved.dtype))
        return result
    }

    /// The sorted copy of rows that already lie contiguous along the last axis, made by
    /// reading them once into the result rather than copying them first; nil for others.
    private static func sortedRows(_ source: NDArray, axis: Int?) throws(PythonError) -> NDArray? {
        guard source.ndim > 0, try source.normalizeAxis(axis ?? 0) == source.ndim - 1, source.isCContiguous,
            source.dtype.isNative, RowSorter.sorts(source.dtype)
        else { return nil }
        let result = try NDArray.allocate(shape: source.shape, dtype: source.dtype, zeroed: false)
        let width = source.shape[source.ndim - 1]
        let sorter = RowSorter(
            values: result.pointer, rows: width == 0 ? 0 : source.size / width, width: width, positions: nil,
            source: UnsafeRawPointer(source.pointer))
        _ = try sorter.run(source.dtype.scalarType)
        return result
    }

    /// Records sort by their first field, then the next, as NumPy compares them;
    /// each row of the last axis is reordered in place.
    private static func sortRecords(_ moved: NDArray, _ record: RecordLayout, width: Int) throws(PythonError) {
        if record.fields.contains(where: { !$0.shape.isEmpty }) {
            throw .notImplemented("sorting records with subarray fields is not supported yet")
        }
        let columns = try record.fields.map { field throws(PythonError) in try moved.field(field.name).elements() }
        let rows = moved.size / width
        let orders = (0..<rows).map { row in
            (0..<width).sorted { i, j in
                for column in columns {
                    let x = column[row * width + i]
                    let y = column[row * width + j]
                    if ascending(x, y) { return true }
                    if ascending(y, x) { return false }
                }
                return i < j
            }
        }
        try permute(moved, orders)
    }

    static func ascending(_ a: Scalar, _ b: Scalar) -> Bool {
        switch (a.value, b.value) {
        case (.complex(let ar, let ai), .complex(let br, let bi)):
            // NumPy's CLT: by real part, then imaginary part, NaNs last in each.
            if ar < br { return ai == ai || bi != bi }
            if ar > br { return bi != bi && ai == ai }
            if ar == br || (ar != ar && br != br) { return ai < bi || (bi != bi && ai == ai) }
            return br != br
        case (.int(let x), .int(let y)): return x < y
        case (.uint(let x), .uint(let y)): return x < y
        case (.bool(let x), .bool(let y)): return !x && y
        default:
            let x = a.doubleValue
            let y = b.doubleValue
            if x.isNaN { return false }
            if y.isNaN { return true }
            return x < y
        }
    }
}
