import Foundation

/// NumPy's legacy `RandomState` (and the functions of `np.random` itself):
/// MT19937 with the sampling algorithms NumPy froze at 1.16, so old seeded
/// scripts keep printing the same numbers.
///
/// Normals come from the polar Box–Muller method, which makes two at a time
/// and keeps the second for the next call; reseeding forgets it.
public final class RandomState {
    // Both are read on every draw; unchecked for speed, as PCG64's state is.
    @exclusivity(unchecked) public private(set) var bitGenerator: any BitGenerator
    /// The second normal of the last polar pair, not handed out yet (part of `get_state()`).
    @exclusivity(unchecked) public var cachedGaussian: Double?

    public init(_ bitGenerator: any BitGenerator) {
        self.bitGenerator = bitGenerator
    }

    /// An unseeded state: MT19937 from operating-system entropy.
    public convenience init() {
        self.init(MT19937(seedSequence: .fresh()))
    }

    /// `seed(...)`: starts over from `generator`.
    public func reseed(_ generator: any BitGenerator) {
        bitGenerator = generator
        cachedGaussian = nil
    }

    /// `legacy_gauss`: the cached value, or a new pair from the polar method.
    func gaussian() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1 = 0.0
        var x2 = 0.0
        var r2 = 0.0
        repeat {
            x1 = 2 * bitGenerator.nextDouble() - 1
            x2 = 2 * bitGenerator.nextDouble() - 1
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1 || r2 == 0
        let f = (-2 * log(r2) / r2).squareRoot()
        cachedGaussian = f * x1
        return f * x2
    }

    // MARK: - Floats

    /// `random_sample(size)` (and `rand`, `random`).
    public func randomSample(size: [Int]?) throws(PythonError) -> NDArray {
        let bits = bitGenerator
        return try RandomGenerator.fill(
            size: size, dtype: .float64, method: "random_sample", bits.nextDouble, bits.nextFloat)
    }

    /// `standard_normal(size)` (and `randn`).
    public func standardNormal(size: [Int]?) throws(PythonError) -> NDArray {
        try DistributionSampling.sample([], size: size) { _, _, _ in gaussian() }
    }

    /// `normal(loc, scale, size)`.
    public func normal(loc: NDArray, scale: NDArray, size: [Int]?) throws(PythonError) -> NDArray {
        try DistributionSampling.sample([.init(loc, ""), .init(scale, "scale", .nonNegative)], size: size) {
            loc, scale, _ in loc + scale * gaussian()
        }
    }

    /// `uniform(low, high, size)`: a reversed range is allowed here.
    public func uniform(low: NDArray, high: NDArray, size: [Int]?) throws(PythonError) -> NDArray {
        let span = try RandomGenerator.span(low: low, high: high, scalarMessage: "Range exceeds valid bounds")
        let bits = bitGenerator
        return try DistributionSampling.sample([.init(low, ""), .init(span, "")], size: size) {
            low, span, _ in low + span * bits.nextDouble()
        }
    }

    /// `standard_exponential(size)`: `-log(1 - U)`.
    public func standardExponential(size: [Int]?) throws(PythonError) -> NDArray {
        let bits = bitGenerator
        return try DistributionSampling.sample([], size: size) { _, _, _ in -log(1 - bits.nextDouble()) }
    }

    /// `exponential(scale, size)`.
    public func exponential(scale: NDArray, size: [Int]?) throws(PythonError) -> NDArray {
        let bits = bitGenerator
        return try DistributionSampling.sample([.init(scale, "scale", .nonNegative)], size: size) {
            scale, _, _ in scale * -log(1 - bits.nextDouble())
        }
    }

    // MARK: - Integers and bytes

    /// `randint(low, high, size, dtype)` by masked rejection.
    public func randint(low: NDArray, high: NDArray, size: [Int]?, dtype: DType) throws(PythonError) -> NDArray {
        guard dtype.isInteger || dtype == .bool else {
            throw .type("Unsupported dtype dtype('\(dtype.name)') for randint")
        }
        return try IntegerSampling.sample(
            bitGenerator, low: low, high: high, size: size, dtype: dtype,
            closed: false, method: .masked)
    }

    /// `bytes(length)`.
    public func bytes(count: Int) throws(PythonError) -> [UInt8] {
        try RandomBytes.draw(bitGenerator, count: count)
    }
}
