/// Matrix products (`@`, `np.matmul`, `np.dot` for 1-D and 2-D operands).
public enum LinearAlgebra {
    public static func matmul(_ a: NDArray, _ b: NDArray) throws(PythonError) -> NDArray {
        guard a.ndim >= 1, b.ndim >= 1, a.ndim <= 2, b.ndim <= 2 else {
            if a.ndim == 0 || b.ndim == 0 {
                throw .value("matmul: Input operand \(a.ndim == 0 ? 0 : 1) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
            }
            throw .init("NotImplementedError", "matmul of arrays with more than 2 dimensions is not supported")
        }
        let left = a.ndim == 1 ? a.view(shape: [1, a.shape[0]], strides: [0, a.strides[0]]) : a
        let right = b.ndim == 1 ? b.view(shape: [b.shape[0], 1], strides: [b.strides[0], 0]) : b
        let (n, k) = (left.shape[0], left.shape[1])
        let (k2, m) = (right.shape[0], right.shape[1])
        guard k == k2 else {
            throw .value("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(k2) is different from \(k))")
        }
        let type = DType.promote(a.dtype, b.dtype)
        let x = try left.copy(as: type), y = try right.copy(as: type)
        let product = try NDArray.allocate(shape: [n, m], dtype: type)
        let multiply = try BinaryKernel.run(.multiply,
                                            x.view(shape: [n, k, 1], strides: [x.strides[0], x.strides[1], 0]),
                                            y.view(shape: [1, k, m], strides: [0, y.strides[0], y.strides[1]]))
        try product.assign(try Reduction.run(.sum, multiply, axes: [1], dtype: type == .bool ? .bool : type))
        var shape: [Int] = []
        if a.ndim == 2 { shape.append(n) }
        if b.ndim == 2 { shape.append(m) }
        return product.detachedReshape(shape)
    }
}
