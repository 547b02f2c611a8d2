/// Products of arrays: `matmul` (`@`), `dot`, `inner`, `outer`, `vdot`.
///
/// Every one comes down to `product`: rows of a times columns of b, each output
/// element summed over k in order (NumPy's own loops do the same for integer and
/// boolean types; its float products go through BLAS, whose blocked sums can differ
/// from these in the last bit).
public enum LinearAlgebra {
    /// NumPy's gufunc core signature of `matmul`, quoted in its messages.
    static let signature = "(n?,k),(k,m?)->(n?,m?)"

    /// `a @ b` / `np.matmul`: stacks of matrices, the leading axes broadcast; a 1-D
    /// operand is a row (first) or a column (second), that axis gone from the result.
    public static func matmul(_ a: NDArray, _ b: NDArray, dtype: DType? = nil) throws(PythonError) -> NDArray {
        for (position, operand) in [a, b].enumerated() where operand.ndim == 0 {
            throw .value(
                "matmul: Input operand \(position) does not have enough dimensions (has 0, gufunc core with signature \(signature) requires 1)"
            )
        }
        let left = a.ndim == 1 ? try a.reshape([1, a.shape[0]]) : a
        let right = b.ndim == 1 ? try b.reshape([b.shape[0], 1]) : b
        let (n, k) = (left.shape[left.ndim - 2], left.shape[left.ndim - 1])
        let (k2, m) = (right.shape[right.ndim - 2], right.shape[right.ndim - 1])
        guard k == k2 else {
            throw .value(
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature \(signature) (size \(k2) is different from \(k))"
            )
        }
        let leftBatch = Array(left.shape.dropLast(2))
        let rightBatch = Array(right.shape.dropLast(2))
        guard let batch = Broadcasting.shape([leftBatch, rightBatch]) else {
            let remapped = { (s: [Int]) in
                ShapeText.compact(s) + "->" + ShapeText.compact(Array(s.dropLast(2)) + [-1, -1])
            }
            throw .value(
                "operands could not be broadcast together with remapped shapes [original->remapped]: \(remapped(a.shape)) \(remapped(b.shape))  and requested shape \(ShapeText.compact([n, m]))"
            )
        }
        let type = dtype ?? DType.promote(a.dtype, b.dtype)
        let x = try left.broadcast(to: batch + [n, k]).copy(as: type)
        let y = try right.broadcast(to: batch + [k, m]).copy(as: type)
        let result = try NDArray.allocate(shape: batch + [n, m], dtype: type)
        let count = batch.reduce(1, *)
        for i in 0..<count {
            try product(x, at: i * n * k, y, at: i * k * m, into: result, at: i * n * m, n: n, k: k, m: m)
        }
        var shape = batch
        if a.ndim > 1 { shape.append(n) }
        if b.ndim > 1 { shape.append(m) }
        return result.detachedReshape(shape)
    }

    /// `np.dot`: for 1-D operands the inner product; otherwise the sum over a's last
    /// axis and b's second-to-last (b's only axis when 1-D); a 0-d operand multiplies.
    public static func dot(_ a: NDArray, _ b: NDArray) throws(PythonError) -> NDArray {
        if a.ndim == 0 || b.ndim == 0 { return try BinaryKernel.run(.multiply, a, b) }
        let axisB = b.ndim == 1 ? 0 : b.ndim - 2
        let k = a.shape[a.ndim - 1]
        guard k == b.shape[axisB] else {
            throw .value(
                "shapes \(ShapeText.compact(a.shape)) and \(ShapeText.compact(b.shape)) not aligned: \(k) (dim \(a.ndim - 1)) != \(b.shape[axisB]) (dim \(axisB))"
            )
        }
        let rest = b.shape.indices.filter { $0 != axisB }.map { b.shape[$0] }
        let columns = try b.moveAxis(axisB, to: 0)
        return try contract(a, columns, k: k, shape: Array(a.shape.dropLast()) + rest)
    }

    /// `np.inner`: the sum over the last axis of both (a 0-d operand multiplies).
    public static func inner(_ a: NDArray, _ b: NDArray) throws(PythonError) -> NDArray {
        if a.ndim == 0 || b.ndim == 0 { return try BinaryKernel.run(.multiply, a, b) }
        let k = a.shape[a.ndim - 1]
        guard k == b.shape[b.ndim - 1] else {
            throw .value(
                "shapes \(ShapeText.compact(a.shape)) and \(ShapeText.compact(b.shape)) not aligned: \(k) (dim \(a.ndim - 1)) != \(b.shape[b.ndim - 1]) (dim \(b.ndim - 1))"
            )
        }
        let columns = try b.moveAxis(b.ndim - 1, to: 0)
        return try contract(a, columns, k: k, shape: Array(a.shape.dropLast()) + Array(b.shape.dropLast()))
    }

    /// `np.outer`: every element of a (flattened) times every element of b.
    public static func outer(_ a: NDArray, _ b: NDArray) throws(PythonError) -> NDArray {
        let x = try a.ravel()
        let y = try b.ravel()
        return try BinaryKernel.run(.multiply, x.reshape([x.size, 1]), y.reshape([1, y.size]))
    }

    /// Sums over the last axis of `a` and the first of `b` (`k` long): the result of
    /// `a.shape[:-1] + b.shape[1:]` elements, given `shape`.
    private static func contract(_ a: NDArray, _ b: NDArray, k: Int, shape: [Int]) throws(PythonError) -> NDArray {
        let type = DType.promote(a.dtype, b.dtype)
        let n = a.shape.dropLast().reduce(1, *)
        let m = b.shape.dropFirst().reduce(1, *)
        let x = try a.copy(as: type)
        let y = try b.copy(as: type)
        let result = try NDArray.allocate(shape: [n, m], dtype: type)
        try product(x, at: 0, y, at: 0, into: result, at: 0, n: n, k: k, m: m)
        return result.detachedReshape(shape)
    }

    /// out[i, j] = Σₖ x[i, k]·y[k, j] over C-contiguous blocks of one dtype, starting
    /// at the given element offsets; out starts zeroed.
    private static func product(
        _ x: NDArray, at xStart: Int, _ y: NDArray, at yStart: Int, into out: NDArray, at outStart: Int,
        n: Int, k: Int, m: Int
    ) throws(PythonError) {
        guard n > 0, m > 0, k > 0 else { return }
        let item = x.itemsize
        try x.dtype.dispatchByKind(
            ProductLoop(
                x: UnsafeRawPointer(x.pointer) + xStart * item, y: UnsafeRawPointer(y.pointer) + yStart * item,
                out: out.pointer + outStart * item, n: n, k: k, m: m))
    }
}

/// The product loop for one dtype: row i of the output gathers x[i, k]·y[k, :] for k
/// in order, so each element's sum runs over k in order.
private struct ProductLoop: KindVisitor {
    let x: UnsafeRawPointer, y: UnsafeRawPointer, out: UnsafeMutableRawPointer
    let n: Int, k: Int, m: Int

    func visitBool() throws(PythonError) {
        let p = x.assumingMemoryBound(to: UInt8.self)
        let q = y.assumingMemoryBound(to: UInt8.self)
        let r = out.assumingMemoryBound(to: UInt8.self)
        for i in 0..<n {
            for l in 0..<k where p[i * k + l] != 0 {
                for j in 0..<m where q[l * m + j] != 0 { r[i * m + j] = 1 }
            }
            try Interruption.check()
        }
    }

    func visitInteger<T: IntegerElement>(_: T.Type) throws(PythonError) {
        let p = x.assumingMemoryBound(to: T.self)
        let q = y.assumingMemoryBound(to: T.self)
        let r = out.assumingMemoryBound(to: T.self)
        for i in 0..<n {
            for l in 0..<k {
                let factor = p[i * k + l]
                for j in 0..<m { r[i * m + j] = r[i * m + j] &+ factor &* q[l * m + j] }
            }
            try Interruption.check()
        }
    }

    func visitFloat<T: FloatElement>(_: T.Type) throws(PythonError) {
        if T.self == Float16.self { return try halfProduct() }
        let p = x.assumingMemoryBound(to: T.self)
        let q = y.assumingMemoryBound(to: T.self)
        let r = out.assumingMemoryBound(to: T.self)
        for i in 0..<n {
            for l in 0..<k {
                let factor = p[i * k + l]
                for j in 0..<m { r[i * m + j] = r[i * m + j] + factor * q[l * m + j] }
            }
            try Interruption.check()
        }
    }

    /// float16 sums run in float32 and round once, as NumPy's half matmul and dot do.
    private func halfProduct() throws(PythonError) {
        let p = x.assumingMemoryBound(to: Float16.self)
        let q = y.assumingMemoryBound(to: Float16.self)
        let r = out.assumingMemoryBound(to: Float16.self)
        for i in 0..<n {
            for j in 0..<m {
                var sum: Float = 0
                for l in 0..<k { sum += Float(p[i * k + l]) * Float(q[l * m + j]) }
                r[i * m + j] = Float16(sum)
            }
            try Interruption.check()
        }
    }

    func visitComplex<R: FloatElement>(_: Complex<R>.Type) throws(PythonError) {
        typealias C = Complex<R>
        let p = x.assumingMemoryBound(to: C.self)
        let q = y.assumingMemoryBound(to: C.self)
        let r = out.assumingMemoryBound(to: C.self)
        for i in 0..<n {
            for l in 0..<k {
                let factor = p[i * k + l]
                for j in 0..<m {
                    let term = ComplexMath.multiply(factor, q[l * m + j], fused: false)
                    r[i * m + j] = C(r[i * m + j].real + term.real, r[i * m + j].imaginary + term.imaginary)
                }
            }
            try Interruption.check()
        }
    }
}
