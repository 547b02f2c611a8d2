/// NumPy's `order='K'`: a new array made from existing ones keeps their memory order.
///
/// `np.copy(a.T)`, `a.T + 1`, `a.T.astype(float)` are laid out like `a.T` (Fortran
/// order, positive strides), not in C order, so their strides, flags and later
/// views match NumPy's. The axis order is NumPy's `npyiter_find_best_axis_ordering`:
/// an insertion sort in which an axis moves outward past another only when every
/// operand that moves along both has the larger stride there; operands that
/// disagree leave C order.
enum MemoryOrder {
    /// Strides for a new array of `shape` laid out in the operands' common memory order.
    static func keepingOrder(of operandStrides: [[Int]], shape: [Int], itemsize: Int) -> [Int] {
        guard !shape.contains(0) else { return NDArray.freshStrides(shape: shape, itemsize: itemsize) }
        return strides(for: iteratorOrder(operandStrides, rank: shape.count), shape: shape, itemsize: itemsize)
    }

    /// Strides for a copy of one array, its axes sorted by decreasing stride magnitude.
    static func sortedByStride(_ source: [Int], shape: [Int], itemsize: Int) -> [Int] {
        guard !shape.contains(0) else { return NDArray.freshStrides(shape: shape, itemsize: itemsize) }
        let order = source.indices.sorted {
            abs(source[$0]) != abs(source[$1]) ? abs(source[$0]) > abs(source[$1]) : $0 < $1
        }
        return strides(for: order, shape: shape, itemsize: itemsize)
    }

    /// Contiguous strides with `order[0]` the outermost axis.
    private static func strides(for order: [Int], shape: [Int], itemsize: Int) -> [Int] {
        var strides = [Int](repeating: 0, count: shape.count)
        var step = itemsize
        for axis in order.reversed() {
            strides[axis] = step
            step *= shape[axis]
        }
        return strides
    }

    static func iteratorOrder(_ operandStrides: [[Int]], rank: Int) -> [Int] {
        var order = Array(0..<rank)
        for position in order.indices.dropFirst() {
            let axis = order[position]
            var target = position
            for earlier in stride(from: position - 1, through: 0, by: -1) {
                let other = order[earlier]
                var votes = 0
                var moves = true
                for strides in operandStrides where strides[axis] != 0 && strides[other] != 0 {
                    votes += 1
                    if abs(strides[axis]) <= abs(strides[other]) { moves = false }
                }
                guard votes > 0 else { continue }
                if moves { target = earlier } else { break }
            }
            if target != position {
                order.remove(at: position)
                order.insert(axis, at: target)
            }
        }
        return order
    }
}

extension NDArray {
    /// The axes NumPy's `nditer` walks, outermost first, over `operands` broadcast to
    /// `shape`, and which of them it walks backwards: 'C' and 'F' as named; 'K' in memory
    /// order, an axis every operand steps down (or not at all) walked from its end; 'A'
    /// as 'F' when every operand is Fortran-contiguous, else 'C'.
    public static func iterationAxes(_ operands: [NDArray], shape: [Int], order: ArrayOrder)
        -> (axes: [Int], backwards: [Bool])
    {
        let rank = shape.count
        let strides = operands.map { Broadcasting.strides(of: $0, as: shape) }
        let forwards = [Bool](repeating: false, count: rank)
        switch order {
        case .c: return (Array(0..<rank), forwards)
        case .fortran: return (Array((0..<rank).reversed()), forwards)
        case .any:
            let fortran = operands.allSatisfy { $0.isFContiguous } && !operands.allSatisfy { $0.isCContiguous }
            return (fortran ? Array((0..<rank).reversed()) : Array(0..<rank), forwards)
        case .keep:
            let backwards = (0..<rank).map { axis in
                strides.contains { $0[axis] < 0 } && strides.allSatisfy { $0[axis] <= 0 } && shape[axis] > 1
            }
            return (MemoryOrder.iteratorOrder(strides, rank: rank), backwards)
        }
    }

    /// A new array owning fresh memory, laid out like `operands` (`order='K'`).
    static func allocate(shape: [Int], dtype: DType, like operandStrides: [[Int]], zeroed: Bool = false)
        throws(PythonError) -> NDArray
    {
        let array = try allocate(shape: shape, dtype: dtype, zeroed: zeroed)
        array.setGeometry(
            shape: shape, strides: MemoryOrder.keepingOrder(of: operandStrides, shape: shape, itemsize: dtype.itemsize))
        return array
    }

    /// `np.copy(a)`, `a.astype(t)`, `np.array(a)`: a copy in this array's memory order.
    public func copyKeepingOrder(as newType: DType? = nil) throws(PythonError) -> NDArray {
        let type = newType ?? dtype
        // Not zeroed: the copy writes every element, and a zeroed request takes fresh pages.
        let result = try NDArray.allocate(shape: shape, dtype: type, zeroed: false)
        result.setGeometry(
            shape: shape, strides: MemoryOrder.sortedByStride(strides, shape: shape, itemsize: type.itemsize))
        try CastCopy.run(into: result, from: self, sourceStrides: strides)
        return result
    }
}
