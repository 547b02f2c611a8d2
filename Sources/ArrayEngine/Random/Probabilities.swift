import Foundation

/// The `p=` of `choice`: checked as NumPy checks it, then sampled through its
/// cumulative sum and a right-sided search.
public struct Probabilities {
    public let values: NDArray
    /// How close to 1 the sum must be: `sqrt(eps)` of float64, or of the array's
    /// own float type when `p` was given as a float array (float32 allows more).
    let tolerance: Double

    public init(_ values: NDArray, givenAsArray: Bool) {
        self.values = values
        let float64Tolerance = Double.ulpOfOne.squareRoot()
        if givenAsArray && values.dtype == .float32 {
            tolerance = max(float64Tolerance, Double(Float.ulpOfOne.squareRoot()))
        } else {
            tolerance = float64Tolerance
        }
    }

    /// The messages differ between the two APIs only in wording.
    struct Messages {
        let notOneDimensional, sizeMismatch, containsNaN, negative, notSummingToOne: String

        static let generator = Messages(
            notOneDimensional: "p must be 1-dimensional", sizeMismatch: "a and p must have same size",
            containsNaN: "Probabilities contain NaN", negative: "Probabilities are not non-negative",
            notSummingToOne: "Probabilities do not sum to 1. See Notes section of docstring for more information.")
        static let legacy = Messages(
            notOneDimensional: "'p' must be 1-dimensional", sizeMismatch: "'a' and 'p' must have same size",
            containsNaN: "probabilities contain NaN", negative: "probabilities are not non-negative",
            notSummingToOne: "probabilities do not sum to 1")
    }

    /// The probabilities as float64, after NumPy's checks against a population of `count`.
    func checked(population count: Int, _ messages: Messages) throws(PythonError) -> [Double] {
        if values.ndim != 1 { throw .value(messages.notOneDimensional) }
        if values.size != count { throw .value(messages.sizeMismatch) }
        var p: [Double] = []
        p.reserveCapacity(values.size)
        try values.forEachDouble { p.append($0) }
        // Kahan summation, as NumPy's `kahan_sum`.
        var sum = p.first ?? 0
        var compensation = 0.0
        for value in p.dropFirst() {
            let y = value - compensation
            let t = sum + y
            compensation = (t - sum) - y
            sum = t
        }
        if sum.isNaN { throw .value(messages.containsNaN) }
        if p.contains(where: { $0 < 0 }) { throw .value(messages.negative) }
        if abs(sum - 1) > tolerance { throw .value(messages.notSummingToOne) }
        return p
    }

    /// The normalised running sum `cumsum(p) / cumsum(p)[-1]`.
    static func cdf(_ p: [Double]) -> [Double] {
        var running = 0.0
        var cdf = p.map { value -> Double in
            running += value
            return running
        }
        let total = cdf.last ?? 1
        for i in cdf.indices { cdf[i] /= total }
        return cdf
    }

    /// `cdf.searchsorted(u, side='right')`: how many entries are <= u.
    static func search(_ cdf: [Double], _ u: Double) -> Int {
        var low = 0
        var high = cdf.count
        while low < high {
            let middle = (low + high) / 2
            if cdf[middle] <= u { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Indices drawn without replacement by NumPy's rejection loop: draw the
    /// missing count of uniforms, zero the weights already found, keep each new
    /// index's first appearance, until `count` distinct indices are found.
    static func distinctIndices(_ p: [Double], count: Int, uniforms: (Int) throws(PythonError) -> [Double])
        throws(PythonError) -> [Int64]
    {
        var weights = p
        var found: [Int64] = []
        found.reserveCapacity(count)
        while found.count < count {
            let draws = try uniforms(count - found.count)
            for index in found { weights[Int(index)] = 0 }
            let cdf = cdf(weights)
            var seen = Set<Int64>()
            for u in draws {
                let index = Int64(search(cdf, u))
                if seen.insert(index).inserted { found.append(index) }
            }
        }
        return found
    }
}
