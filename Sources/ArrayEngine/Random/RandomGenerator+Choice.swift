/// `Generator.choice`: samples from `arange(n)` or along an axis of an array.
extension RandomGenerator {
    /// What `choice` draws from: `choice(5)` or `choice([...])`.
    public enum Population {
        case count(Int)
        case elements(NDArray)
    }

    /// `choice(a, size, replace, p, axis, shuffle)`. Without a `size` the result
    /// is 0-d (or a sub-array of `a`); with replacement it is uniform integers or
    /// a search of `p`'s cdf; without, a tail shuffle for large populations,
    /// Floyd's algorithm for small ones, or `p`'s rejection loop.
    public func choice(
        _ population: Population, size: [Int]?, replace: Bool, p: Probabilities?,
        axis: Int, shuffle: Bool
    ) throws(PythonError) -> NDArray {
        let count: Int
        let sampleCount = size.map { $0.reduce(1, &*) } // np.prod wraps around, as here
        switch population {
        case .count(let n):
            count = n
            if n <= 0 && sampleCount != 0 {
                throw .value("a must be a positive integer unless no samples are taken")
            }
        case .elements(let a):
            guard (-a.ndim..<a.ndim).contains(axis) else { throw .index("tuple index out of range") }
            count = a.shape[axis < 0 ? axis + a.ndim : axis]
            if count == 0 && sampleCount != 0 {
                throw .value("a cannot be empty unless no samples are taken")
            }
        }
        let weights = try p?.checked(population: count, .generator)
        let shape = size ?? []
        let total = sampleCount ?? 1
        let indices: NDArray
        if replace {
            if let weights {
                let cdf = Probabilities.cdf(weights)
                let uniforms = try random(size: shape, dtype: .float64)
                indices = try Self.int64Array(
                    shape: shape, try uniforms.doubles().map { Int64(Probabilities.search(cdf, $0)) })
            } else {
                indices = try integers(
                    low: .scalar(Scalar(int64: 0)), high: .scalar(Scalar(int64: Int64(count))),
                    size: shape, dtype: .int64, endpoint: false)
            }
        } else {
            if total > count { throw .value("Cannot take a larger sample than population when replace is False") }
            if total < 0 { throw .value("negative dimensions are not allowed") }
            if let weights {
                if weights.filter({ $0 > 0 }).count < total { throw .value("Fewer non-zero entries in p than size") }
                let drawn = try Probabilities.distinctIndices(weights, count: total) { k throws(PythonError) in
                    try random(size: [k], dtype: .float64).doubles()
                }
                indices = try Self.int64Array(shape: shape, drawn)
            } else {
                indices = try distinctIndices(count: count, taking: total, shuffle: shuffle).reshape(shape)
            }
        }
        guard case .elements(let a) = population else { return indices }
        let axis = axis < 0 ? axis + a.ndim : axis
        let leading = [IndexItem](repeating: .all, count: axis)
        if size == nil {
            let index = Int(try indices.item().exactInteger ?? 0)
            switch try a.select(leading + [.integer(index)]) {
            case .element(let value): return .scalar(value)
            case .array(let sub): return sub
            }
        }
        if indices.ndim == 0 && a.ndim == 1 {
            let index = Int(try indices.item().exactInteger ?? 0)
            return .scalar(try a.select([.integer(index)]).scalarValue)
        }
        switch try a.select(leading + [.array(indices)]) {
        case .element(let value): return .scalar(value)
        case .array(let taken): return taken
        }
    }

    /// `count` distinct values of `0..<population` without weights, as a 1-d
    /// int64 array: a partial shuffle of the whole range when the sample is a
    /// large part of a large population, else Floyd's algorithm with a
    /// linear-probing set. Working memory is arrays, as NumPy's is, so running
    /// out of it is NumPy's MemoryError.
    func distinctIndices(count population: Int, taking count: Int, shuffle: Bool) throws(PythonError) -> NDArray {
        let cutoff = shuffle ? 50 : 20
        if population > 10_000 && count > population / cutoff {
            let range = try NDArray.arange(
                start: Scalar(int64: 0), stop: Scalar(int64: Int64(population)),
                step: Scalar(int64: 1), dtype: .int64)
            Shuffling.shuffleIndices(
                bitGenerator, range.pointer.assumingMemoryBound(to: Int64.self),
                count: population, first: max(population - count, 1))
            return try range.view(offset: range.offset + (population - count) * 8, shape: [count], strides: [8]).copy()
        }
        let result = try NDArray.allocate(shape: [count], dtype: .int64, zeroed: false)
        let mask = BoundedIntegers.mask(covering: UInt64(1.2 * Double(count)))
        let empty = UInt64.max
        let set = try NDArray.full(shape: [Int(mask) + 1], value: Scalar(.uint(empty), as: .uint64), dtype: .uint64)
        let slots = set.pointer.assumingMemoryBound(to: UInt64.self)
        let values = result.pointer.assumingMemoryBound(to: Int64.self)
        for j in (population - count)..<population {
            let value = BoundedIntegers.uint64(bitGenerator, offset: 0, range: UInt64(j), method: .lemire)
            var slot = Int(value & mask)
            while slots[slot] != empty && slots[slot] != value { slot = (slot + 1) & Int(mask) }
            if slots[slot] == empty {
                slots[slot] = value
                values[j - population + count] = Int64(value)
            } else {
                slot = j & Int(mask)
                while slots[slot] != empty { slot = (slot + 1) & Int(mask) }
                slots[slot] = UInt64(j)
                values[j - population + count] = Int64(j)
            }
        }
        if shuffle { Shuffling.shuffleIndices(bitGenerator, values, count: count, first: 1) }
        return result
    }

    static func int64Array(shape: [Int], _ values: [Int64]) throws(PythonError) -> NDArray {
        let out = try NDArray.allocate(shape: shape, dtype: .int64, zeroed: false)
        let target = out.pointer.assumingMemoryBound(to: Int64.self)
        for (i, value) in values.enumerated() { target[i] = value }
        return out
    }
}

extension NDArray.Selection {
    /// The element a full integer subscript selected.
    var scalarValue: Scalar {
        get throws(PythonError) {
            switch self {
            case .element(let value): return value
            case .array(let array): return try array.item()
            }
        }
    }
}
