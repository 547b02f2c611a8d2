/// The multivariate samplers both APIs share: `multinomial` (counts of `n`
/// trials over `d` outcomes, as a chain of binomials) and `dirichlet`
/// (normalised gammas, or stick-breaking betas when every alpha is small).
enum Multivariate {
    /// `pvals`' checks: a last dimension, values in [0, 1], and each row but its
    /// last entry summing to at most 1 (with NumPy's longer message for a float32
    /// row whose sum only exceeds 1 once cast to float64).
    static func probabilityRows(_ pvals: NDArray, givenAsFloat32: Bool) throws(PythonError) -> [Double] {
        let d = pvals.shape.last ?? 0
        if pvals.ndim == 0 || d == 0 {
            throw .value("pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.")
        }
        let values = try pvals.doubles()
        try DistributionSampling.Constraint.unitInterval.check(pvals, name: "pvals")
        let slice = pvals.ndim == 1 ? "[:-1]" : "[...,:-1]"
        for start in stride(from: 0, to: values.count, by: d)
        where kahanSum(values[start..<(start + d - 1)]) > 1 + 1e-12 {
            if givenAsFloat32 && values.reduce(0, +) < 1.0001 {
                throw .value(
                    "sum(pvals\(slice).astype(np.float64)) > 1.0. The pvals array is cast to 64-bit floating point prior "
                        + "to checking the sum. Precision changes when casting may cause problems even if the sum of the original "
                        + "pvals is valid.")
            }
            throw .value("sum(pvals\(slice)) > 1.0")
        }
        return values
    }

    static func kahanSum(_ values: ArraySlice<Double>) -> Double {
        guard var sum = values.first else { return 0 }
        var compensation = 0.0
        for value in values.dropFirst() {
            let y = value - compensation
            let t = sum + y
            compensation = (t - sum) - y
            sum = t
        }
        return sum
    }

    /// `random_multinomial`: binomial draws for all but the last outcome.
    static func counts(
        _ n: Int64, _ p: ArraySlice<Double>, into row: UnsafeMutablePointer<Int64>,
        binomial: (Double, Int64) -> Int64
    ) {
        var remainingP = 1.0
        var left = n
        let d = p.count
        for (j, pj) in p.dropLast().enumerated() {
            row[j] = binomial(pj / remainingP, left)
            left -= row[j]
            if left <= 0 { break }
            remainingP -= pj
        }
        if left > 0 { row[d - 1] = left }
    }

    /// The shape `size` asks for, followed by `k` (`(size, k)` or `size + (k,)`).
    static func shape(_ size: [Int]?, then k: Int) -> [Int] { (size ?? []) + [k] }

    /// Dirichlet rows of `alpha` (`k` entries each), `draw` filling one row.
    static func rows(alpha: [Double], size: [Int]?, _ draw: (UnsafeMutablePointer<Double>) -> Void) throws(PythonError)
        -> NDArray
    {
        let out = try NDArray.allocate(shape: shape(size, then: alpha.count), dtype: .float64)
        guard !alpha.isEmpty else { return out }
        let values = out.pointer.assumingMemoryBound(to: Double.self)
        for start in stride(from: 0, to: out.size, by: alpha.count) {
            if start & (StridedLoop.interruptGranularity - 1) < alpha.count { try Interruption.check() }
            draw(values + start)
        }
        return out
    }

    /// Normalised gammas: `gamma(alpha_j) / sum`.
    static func normalisedGammas(_ alpha: [Double], into row: UnsafeMutablePointer<Double>, gamma: (Double) -> Double) {
        var sum = 0.0
        for (j, a) in alpha.enumerated() {
            row[j] = gamma(a)
            sum = sum + row[j]
        }
        let inverse = 1 / sum
        for j in alpha.indices { row[j] = row[j] * inverse }
    }
}

extension RandomGenerator {
    /// `multinomial(n, pvals, size)`: counts over the last axis of `pvals`,
    /// broadcast against `n` (an int64 array; floats truncated, as NumPy's cast does).
    public func multinomial(n: NDArray, pvals: NDArray, size: [Int]?, pvalsGivenAsFloat32: Bool) throws(PythonError)
        -> NDArray
    {
        let counts = try n.copy(as: .int64)
        let p = try pvals.copy(as: .float64)
        let values = try Multivariate.probabilityRows(p, givenAsFloat32: pvalsGivenAsFloat32)
        let d = p.shape[p.ndim - 1]
        let g = bitGenerator
        let binomial = { (probability: Double, trials: Int64) in g.binomial(probability, trials) }
        let trials = try counts.elements().map { $0.exactInteger ?? 0 }
        if counts.ndim != 0 || p.ndim > 1 {
            if trials.contains(where: { $0 < 0 }) { throw .value("n < 0") }
            let rowsShape = Array(p.shape.dropLast())
            var walk = try ParameterBroadcast.shape(
                size.map { [counts.shape, rowsShape, $0] } ?? [counts.shape, rowsShape])
            if let size {
                try ParameterBroadcast.validate(output: size, broadcast: walk)
                walk = size
            }
            let out = try NDArray.allocate(shape: walk + [d], dtype: .int64)
            let target = out.pointer.assumingMemoryBound(to: Int64.self)
            let nIndex = try ParameterBroadcast.indices(of: counts.shape, in: walk)
            let rowIndex = try ParameterBroadcast.indices(of: rowsShape, in: walk)
            for i in nIndex.indices {
                let start = rowIndex[i] * d
                Multivariate.counts(
                    trials[nIndex[i]], values[start..<(start + d)], into: target + i * d, binomial: binomial)
            }
            return out
        }
        let out = try NDArray.allocate(shape: Multivariate.shape(size, then: d), dtype: .int64)
        if trials[0] < 0 { throw .value("n < 0") }
        let target = out.pointer.assumingMemoryBound(to: Int64.self)
        for row in 0..<(out.size / d) {
            Multivariate.counts(trials[0], values[0..<d], into: target + row * d, binomial: binomial)
        }
        return out
    }

    /// `dirichlet(alpha, size)`: stick-breaking betas when every alpha is below
    /// 0.1 (so all-zero gammas cannot give 0/0), else normalised gammas.
    public func dirichlet(alpha: NDArray, size: [Int]?) throws(PythonError) -> NDArray {
        let values = try Multivariate.checkedAlpha(alpha, legacy: false)
        let g = bitGenerator
        guard let largest = values.max(), largest < 0.1 else {
            return try Multivariate.rows(alpha: values, size: size) { row in
                Multivariate.normalisedGammas(values, into: row, gamma: g.standardGamma)
            }
        }
        // Sums of alpha from the right: the beta of entry j against everything after it.
        var tails = values
        var running = 0.0
        for j in values.indices.reversed() {
            running += values[j]
            tails[j] = running
        }
        guard running > 0 else {
            return try NDArray.allocate(shape: Multivariate.shape(size, then: values.count), dtype: .float64)
        }
        let k = values.count
        return try Multivariate.rows(alpha: values, size: size) { row in
            var remaining = 1.0
            for j in 0..<(k - 1) {
                let v = g.beta(values[j], tails[j + 1])
                row[j] = remaining * v
                remaining *= 1 - v
                if tails[j + 1] == 0 { break }
            }
            row[k - 1] = remaining
        }
    }
}

extension RandomState {
    /// The legacy `multinomial(n, pvals, size)`: one `n`, one row of `pvals`.
    public func multinomial(n: Int, pvals: NDArray, size: [Int]?, pvalsGivenAsFloat32: Bool) throws(PythonError)
        -> NDArray
    {
        if pvals.ndim == 0 { throw .type("pvals must be a 1-d sequence") }
        if pvals.ndim > 1 { throw Multivariate.tooDeep }
        let p = try pvals.copy(as: .float64)
        let d = p.size
        let values: [Double]
        if d == 0 {
            values = []
        } else {
            values = try Multivariate.probabilityRows(p, givenAsFloat32: pvalsGivenAsFloat32)
        }
        let out = try NDArray.allocate(shape: Multivariate.shape(size, then: d), dtype: .int64)
        if n < 0 { throw .value("n < 0") }
        guard d > 0 else { return out }
        let g = bitGenerator
        let target = out.pointer.assumingMemoryBound(to: Int64.self)
        for row in 0..<(out.size / d) {
            Multivariate.counts(Int64(n), values[0..<d], into: target + row * d) { g.binomial($0, $1, legacy: true) }
        }
        return out
    }

    /// The legacy `dirichlet(alpha, size)`: always normalised gammas.
    public func dirichlet(alpha: NDArray, size: [Int]?) throws(PythonError) -> NDArray {
        let values = try Multivariate.checkedAlpha(alpha, legacy: true)
        return try Multivariate.rows(alpha: values, size: size) { row in
            Multivariate.normalisedGammas(values, into: row, gamma: standardGamma)
        }
    }
}

extension Multivariate {
    static let tooDeep = PythonError.value(
        "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1."
    )

    /// `alpha` as NumPy reads it: a sequence (`len()` first), one-dimensional, and
    /// not negative (the legacy API refuses zero too).
    static func checkedAlpha(_ alpha: NDArray, legacy: Bool) throws(PythonError) -> [Double] {
        if alpha.ndim == 0 { throw .type("len() of unsized object") }
        if alpha.ndim > 1 { throw tooDeep }
        let values = try alpha.doubles()
        if legacy, values.contains(where: { $0 <= 0 }) { throw .value("alpha <= 0") }
        if !legacy, values.contains(where: { $0 < 0 }) { throw .value("alpha < 0") }
        return values
    }
}
