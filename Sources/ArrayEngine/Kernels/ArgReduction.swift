/// `argmin`/`argmax`: the index of the first extreme element (NaN counts as extreme, as in NumPy).
public enum ArgReduction {
    public static func run(_ a: NDArray, axis: Int?, minimum: Bool) throws(PythonError) -> NDArray {
        let name = minimum ? "argmin" : "argmax"
        if a.dtype.isTime || a.dtype.isString { return try runOrdered(a, axis: axis, minimum: minimum) }
        guard let axis else {
            guard a.size > 0 else { throw .value("attempt to get \(name) of an empty sequence") }
            return NDArray.scalar(Scalar(int64: Int64(try bestIndex(try a.elements(), minimum: minimum))))
        }
        let along = try a.normalizeAxis(axis)
        guard a.shape[along] > 0 else { throw .value("attempt to get \(name) of an empty sequence") }
        let moved = try a.moveAxis(along, to: a.ndim - 1)
        let rows = moved.size / moved.shape[moved.ndim - 1]
        let values = try moved.elements()
        let width = moved.shape[moved.ndim - 1]
        var indices: [Int64] = []
        indices.reserveCapacity(rows)
        for row in 0..<rows {
            indices.append(Int64(try bestIndex(Array(values[(row * width)..<((row + 1) * width)]), minimum: minimum)))
        }
        return try NDArray.from(indices).reshape(Array(moved.shape.dropLast()))
    }

    /// Times and text: each lane's first extreme element (NaT, a NaN-like missing text first).
    private static func runOrdered(_ a: NDArray, axis: Int?, minimum: Bool) throws(PythonError) -> NDArray {
        let lanes: NDArray
        if let axis { lanes = try a.moveAxis(a.normalizeAxis(axis), to: a.ndim - 1) } else { lanes = try a.ravel() }
        let width = lanes.shape.last ?? 1
        guard width > 0, let order = try ElementOrder(lanes) else {
            throw .value("attempt to get \(minimum ? "argmin" : "argmax") of an empty sequence")
        }
        let indices = (0..<(lanes.size / width)).map { row in
            Int64(order.extreme((row * width)..<((row + 1) * width), minimum: minimum) - row * width)
        }
        guard axis != nil else { return NDArray.scalar(Scalar(int64: indices[0])) }
        return try NDArray.from(indices).reshape(Array(lanes.shape.dropLast()))
    }

    private static func bestIndex(_ values: [Scalar], minimum: Bool) throws(PythonError) -> Int {
        var best = 0
        if values.first?.dtype.isComplex == true {
            // By real part, then imaginary part; the first NaN (in either part) wins.
            for (i, value) in values.enumerated() {
                let x = (value.doubleValue, value.imaginaryValue)
                let current = (values[best].doubleValue, values[best].imaginaryValue)
                if current.0.isNaN || current.1.isNaN { return best }
                if x.0.isNaN || x.1.isNaN { return i }
                if minimum ? x < current : x > current { best = i }
            }
            return best
        }
        for (i, value) in values.enumerated() {
            let x = value.doubleValue
            let current = values[best].doubleValue
            if current.isNaN { return best }
            if x.isNaN { return i }
            if value.dtype.kind == .signed || value.dtype.kind == .unsigned {
                let better = minimum ? isLess(value, values[best]) : isLess(values[best], value)
                if better { best = i }
            } else if minimum ? x < current : x > current {
                best = i
            }
        }
        return best
    }

    /// Exact integer comparison (doubles lose precision above 2^53).
    private static func isLess(_ a: Scalar, _ b: Scalar) -> Bool {
        switch (a.value, b.value) {
        case (.int(let x), .int(let y)): x < y
        case (.uint(let x), .uint(let y)): x < y
        default: a.doubleValue < b.doubleValue
        }
    }
}
