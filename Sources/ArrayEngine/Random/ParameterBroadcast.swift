/// The broadcasting NumPy's samplers do with a multi-iterator over the output
/// and the parameters (`PyArray_Broadcast`), whose error names the positions of
/// the two arguments that disagree, counting the output as argument 0 when it
/// is one of them.
enum ParameterBroadcast {
    /// The common shape of `shapes`, or NumPy's "shape mismatch" ValueError.
    static func shape(_ shapes: [[Int]]) throws(PythonError) -> [Int] {
        let rank = shapes.map(\.count).max() ?? 0
        var result = [Int](repeating: 1, count: rank)
        for axis in 0..<rank {
            var source = 0
            for (argument, shape) in shapes.enumerated() {
                let k = axis + shape.count - rank
                guard k >= 0, shape[k] != 1 else { continue }
                if result[axis] == 1 {
                    result[axis] = shape[k]
                    source = argument
                } else if result[axis] != shape[k] {
                    throw .value(
                        "shape mismatch: objects cannot be broadcast to a single shape.  "
                            + "Mismatch is between arg \(source) with shape \(ShapeText.tuple(shapes[source])) "
                            + "and arg \(argument) with shape \(ShapeText.tuple(shape)).")
                }
            }
        }
        return result
    }

    /// `validate_output_shape`: a requested `size` must already be the broadcast shape.
    static func validate(output: [Int], broadcast: [Int]) throws(PythonError) {
        guard output == broadcast else {
            throw .value(
                "Output size \(ShapeText.tuple(output)) is not compatible with broadcast "
                    + "dimensions of inputs \(ShapeText.tuple(broadcast)).")
        }
    }

    /// Calls `body` with each element's index in C order over `shape`, and the
    /// byte offsets of that element in each of `operands` broadcast to `shape`.
    static func forEach(
        shape: [Int], operands: [NDArray],
        _ body: (Int, [UnsafeRawPointer]) throws(PythonError) -> Void
    ) throws(PythonError) {
        let strides = operands.map { Broadcasting.strides(of: $0, as: shape) }
        var index = 0
        var pointers = operands.map { UnsafeRawPointer($0.pointer) }
        try StridedLoop.forEach(shape: shape, strides: strides) { starts, count, inner throws(PythonError) in
            for k in operands.indices { pointers[k] = UnsafeRawPointer(operands[k].pointer) + starts[k] }
            for _ in 0..<count {
                try body(index, pointers)
                index += 1
                for k in operands.indices { pointers[k] += inner[k] }
            }
        }
    }

    /// For each position of `target` in C order, the C-order index of the
    /// element of an array of `shape` that broadcasting puts there.
    static func indices(of shape: [Int], in target: [Int]) throws(PythonError) -> [Int] {
        let count = target.reduce(1, &*)
        if count == 0 { return [] }
        try MemoryLimit.check(count: count, of: Int.self)
        let pad = target.count - shape.count
        var steps = [Int](repeating: 0, count: target.count)
        var step = 1
        for axis in shape.indices.reversed() {
            if shape[axis] != 1 { steps[pad + axis] = step }
            step *= shape[axis]
        }
        var result = [Int](repeating: 0, count: count)
        var position = [Int](repeating: 0, count: target.count)
        var current = 0
        for i in 0..<count {
            result[i] = current
            var axis = target.count - 1
            while axis >= 0 {
                position[axis] += 1
                current += steps[axis]
                if position[axis] < target[axis] { break }
                current -= steps[axis] * target[axis]
                position[axis] = 0
                axis -= 1
            }
        }
        return result
    }

    /// The byte offsets of every element of a `shape`/`strides` geometry, in C order.
    static func offsets(shape: [Int], strides: [Int]) -> [Int] {
        var result = [0]
        for (extent, stride) in zip(shape, strides) {
            result = result.flatMap { base in (0..<extent).map { base + $0 * stride } }
        }
        return result
    }
}
