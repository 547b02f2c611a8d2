/// NumPy's broadcasting: shapes aligned at the right, extents of 1 stretched with stride 0.
public enum Broadcasting {
    /// The common shape of several operands, or nil when they do not fit together.
    public static func shape(_ shapes: [[Int]]) -> [Int]? {
        let rank = shapes.map(\.count).max() ?? 0
        var result = [Int](repeating: 1, count: rank)
        for shape in shapes {
            let pad = rank - shape.count
            for (axis, extent) in shape.enumerated() {
                let current = result[pad + axis]
                if current == 1 {
                    result[pad + axis] = extent
                } else if extent != 1 && extent != current {
                    return nil
                }
            }
        }
        return result
    }

    /// The common shape of binary-operation operands, with NumPy's error text.
    public static func operandShape(_ shapes: [[Int]]) throws(PythonError) -> [Int] {
        guard let shape = shape(shapes) else {
            let listed = shapes.map { ShapeText.compact($0) + " " }.joined()
            throw .value("operands could not be broadcast together with shapes \(listed)")
        }
        return shape
    }

    /// Strides that present `array` with `shape` (which must be a broadcast of its shape).
    public static func strides(of array: NDArray, as shape: [Int]) -> [Int] {
        let pad = shape.count - array.ndim
        return shape.indices.map { axis in
            axis < pad || array.shape[axis - pad] == 1 ? 0 : array.strides[axis - pad]
        }
    }
}

extension NDArray {
    /// A view of this array stretched to `shape`; stride-0 axes repeat elements.
    ///
    /// Marked read-only, as `np.broadcast_to` does, when any axis was stretched.
    public func broadcast(to target: [Int]) throws(PythonError) -> NDArray {
        if target.contains(where: { $0 < 0 }) { throw .value("all elements of broadcast shape must be non-negative") }
        guard target.count >= ndim, Broadcasting.shape([shape, target]) == target else {
            throw .value(
                "operands could not be broadcast together with remapped shapes [original->remapped]: \(ShapeText.compact(shape))  and requested shape \(ShapeText.compact(target))"
            )
        }
        // NumPy's iterator counts the elements first, then the new view checks its bytes.
        var count = 1
        for extent in target {
            let (product, overflow) = count.multipliedReportingOverflow(by: extent)
            if overflow { throw .value("iterator is too large") }
            count = product
        }
        _ = try NDArray.byteCount(shape: target, itemsize: itemsize)
        let result = view(shape: target, strides: Broadcasting.strides(of: self, as: target))
        result.isWriteable = false
        return result
    }
}

extension Broadcasting {
    /// The common shape of `np.broadcast(...)`'s operands (`broadcast_arrays`,
    /// `broadcast_shapes`), with NumPy's message naming the first two that clash:
    /// axes are walked from the left of the result, operands in order within each.
    public static func commonShape(_ shapes: [[Int]]) throws(PythonError) -> [Int] {
        let rank = shapes.map(\.count).max() ?? 0
        var result = [Int](repeating: 1, count: rank)
        for axis in 0..<rank {
            var setter = 0
            for (j, shape) in shapes.enumerated() {
                let k = axis + shape.count - rank
                guard k >= 0, shape[k] != 1 else { continue }
                if result[axis] == 1 {
                    result[axis] = shape[k]
                    setter = j
                } else if result[axis] != shape[k] {
                    throw .value(
                        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg \(setter) with shape \(ShapeText.tuple(shapes[setter])) and arg \(j) with shape \(ShapeText.tuple(shape))."
                    )
                }
            }
        }
        return result
    }
}

extension NDArray {
    /// A stretched result of `np.broadcast_arrays`: writeable when this array is, for
    /// now, with NumPy's warning on write (`warnsOnWrite`).
    public func broadcastForArrays(to target: [Int]) throws(PythonError) -> NDArray {
        let result = try broadcast(to: target)
        if isWriteable {
            result.isWriteable = true
            result.warnsOnWrite = true
        }
        return result
    }
}
