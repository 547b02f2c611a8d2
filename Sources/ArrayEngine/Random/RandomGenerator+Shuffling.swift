/// `Generator.permutation`, `shuffle` and `permuted`.
extension RandomGenerator {
    /// `permutation(n)`: a shuffled `arange(n)` of int64.
    public func permutation(count: Int) throws(PythonError) -> NDArray {
        let values = try NDArray.arange(
            start: Scalar(int64: 0), stop: Scalar(int64: Int64(count)),
            step: Scalar(int64: 1), dtype: .int64)
        try Shuffling.shuffle(bitGenerator, values, axis: 0)
        return values
    }

    /// `permutation(x, axis)`: a copy of `x` with its slices along `axis` shuffled.
    public func permutation(_ array: NDArray, axis: Int) throws(PythonError) -> NDArray {
        let axis = try array.normalizeAxis(axis)
        if array.ndim == 1 {
            let copy = try array.copy()
            try Shuffling.shuffle(bitGenerator, copy, axis: 0)
            return copy
        }
        let order = try permutation(count: array.shape[axis])
        let items = [IndexItem](repeating: .all, count: axis) + [.array(order)]
        switch try array.select(items) {
        case .element(let value): return .scalar(value)
        case .array(let taken): return taken
        }
    }

    /// `shuffle(x, axis)`: permutes `x` in place along `axis`.
    public func shuffle(_ array: NDArray, axis: Int) throws(PythonError) {
        try Shuffling.shuffle(bitGenerator, array, axis: axis)
    }

    /// `shuffle(list)`: permutes a Python list's items with the same draws.
    public func shuffle<T>(_ items: inout [T]) {
        Shuffling.shuffle(bitGenerator, &items)
    }

    /// `permuted(x, axis, out)`: shuffles each slice along `axis` independently
    /// (all elements together when `axis` is nil) into a copy of `x`, or `out`.
    ///
    /// Without an axis NumPy shuffles the elements in the copy's memory order,
    /// so a Fortran-ordered `x` (whose copy is Fortran-ordered too) comes out
    /// differently from its C-ordered twin.
    public func permuted(_ array: NDArray, axis: Int?, out: NDArray?) throws(PythonError) -> NDArray {
        let target: NDArray
        if let out {
            guard out.isWriteable else { throw .value("output array is read-only") }
            if out.shape != array.shape { throw .value("out must have the same shape as x") }
            if DType.promote(array.dtype, out.dtype) != out.dtype {
                throw .type(
                    "Cannot cast array data from dtype('\(array.dtype.name)') to dtype('\(out.dtype.name)') according to the rule 'safe'"
                )
            }
            // `np.copyto(out, x, casting='safe')`: safe exactly when promotion lands on out's type.
            try out.assign(array)
            target = out
        } else {
            target = try array.copyKeepingOrder()
        }
        guard let axis else {
            if target.ndim <= 1 {
                try Shuffling.shuffle(bitGenerator, target, axis: 0)
            } else if target.isCContiguous || target.isFContiguous {
                try Shuffling.swapInPlace(bitGenerator, target.memoryOrderView())
            } else {
                let staged = try target.copy()
                try Shuffling.swapInPlace(bitGenerator, staged.memoryOrderView())
                try target.assign(staged)
            }
            return target
        }
        let lanesAxis = try target.normalizeAxis(axis)
        let lanes = try target.moveAxis(lanesAxis, to: target.ndim - 1)
        let outer = Array(lanes.shape.dropLast())
        let outerStrides = Array(lanes.strides.dropLast())
        let length = lanes.shape.last ?? 0
        let step = lanes.strides.last ?? 0
        if outer.contains(0) { return target }
        // Every lane in C order of the other axes, shuffled on its own.
        for start in ParameterBroadcast.offsets(shape: outer, strides: outerStrides) {
            let lane = lanes.view(offset: lanes.offset + start, shape: [length], strides: [step])
            try Shuffling.swapInPlace(bitGenerator, lane)
        }
        return target
    }
}

extension NDArray {
    /// A 1-d view of a C- or Fortran-contiguous array's elements in memory order.
    func memoryOrderView() -> NDArray {
        view(shape: [size], strides: [itemsize])
    }
}
