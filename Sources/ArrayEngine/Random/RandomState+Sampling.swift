/// The legacy `choice`, `permutation` and `shuffle`, which sample along the
/// first axis only and draw without replacement through a full permutation.
extension RandomState {
    /// `choice(a, size, replace, p)`; `a` must be an integer or 1-dimensional.
    public func choice(
        _ population: RandomGenerator.Population, size: [Int]?, replace: Bool,
        p: Probabilities?
    ) throws(PythonError) -> NDArray {
        let count: Int
        let sampleCount = size.map { $0.reduce(1, &*) } // np.prod wraps around, as here
        switch population {
        case .count(let n):
            count = n
            if n <= 0 && sampleCount != 0 { throw .value("a must be greater than 0 unless no samples are taken") }
        case .elements(let a):
            if a.ndim != 1 { throw .value("a must be 1-dimensional") }
            count = a.shape[0]
            if count == 0 && sampleCount != 0 { throw .value("'a' cannot be empty unless no samples are taken") }
        }
        let weights = try p?.checked(population: count, .legacy)
        let shape = size ?? []
        let total = sampleCount ?? 1
        let indices: NDArray
        if replace {
            if let weights {
                let cdf = Probabilities.cdf(weights)
                let uniforms = try randomSample(size: shape).doubles()
                indices = try RandomGenerator.int64Array(
                    shape: shape, uniforms.map { Int64(Probabilities.search(cdf, $0)) })
            } else {
                indices = try randint(
                    low: .scalar(Scalar(int64: 0)), high: .scalar(Scalar(int64: Int64(count))),
                    size: shape, dtype: .int64)
            }
        } else {
            if total > count { throw .value("Cannot take a larger sample than population when 'replace=False'") }
            if total < 0 { throw .value("Negative dimensions are not allowed") }
            if let weights {
                if weights.filter({ $0 > 0 }).count < total { throw .value("Fewer non-zero entries in p than size") }
                let drawn = try Probabilities.distinctIndices(weights, count: total) { k throws(PythonError) in
                    try randomSample(size: [k]).doubles()
                }
                indices = try RandomGenerator.int64Array(shape: shape, drawn)
            } else {
                let permuted = try permutation(count: count)
                let first = permuted.view(shape: [total], strides: permuted.strides)
                indices = try first.copy().reshape(shape)
            }
        }
        guard case .elements(let a) = population else { return indices }
        if size == nil || indices.ndim == 0 {
            let index = Int(try indices.item().exactInteger ?? 0)
            return .scalar(try a.select([.integer(index)]).scalarValue)
        }
        switch try a.select([.array(indices)]) {
        case .element(let value): return .scalar(value)
        case .array(let taken): return taken
        }
    }

    /// `permutation(n)`: a shuffled `arange(n)` of int64.
    public func permutation(count: Int) throws(PythonError) -> NDArray {
        let values = try NDArray.arange(
            start: Scalar(int64: 0), stop: Scalar(int64: Int64(count)),
            step: Scalar(int64: 1), dtype: .int64)
        try Shuffling.shuffle(bitGenerator, values, axis: 0)
        return values
    }

    /// `permutation(x)`: a shuffled copy of `x` along its first axis.
    public func permutation(_ array: NDArray) throws(PythonError) -> NDArray {
        if array.ndim < 1 { throw .index("x must be an integer or at least 1-dimensional") }
        if array.ndim == 1 {
            let copy = try array.copy()
            try Shuffling.shuffle(bitGenerator, copy, axis: 0)
            return copy
        }
        let order = try permutation(count: array.shape[0])
        switch try array.select([.array(order)]) {
        case .element(let value): return .scalar(value)
        case .array(let taken): return taken
        }
    }

    /// `shuffle(x)`: permutes `x` in place along its first axis.
    public func shuffle(_ array: NDArray) throws(PythonError) {
        try Shuffling.shuffle(bitGenerator, array, axis: 0)
    }

    /// `shuffle(list)`: permutes a Python list's items with the same draws.
    public func shuffle<T>(_ items: inout [T]) {
        Shuffling.shuffle(bitGenerator, &items)
    }
}
