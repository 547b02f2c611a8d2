import Foundation

/// NumPy's `Generator`: the modern sampling API over a bit generator (PCG64 for
/// `default_rng`), with NumPy's algorithms so seeded streams match NumPy's.
///
/// Every sampler returns an array; without a `size` it is 0-d, and the shell
/// turns it into the Python float or NumPy scalar NumPy would return.
public final class RandomGenerator {
    public let bitGenerator: any BitGenerator

    public init(_ bitGenerator: any BitGenerator) {
        self.bitGenerator = bitGenerator
    }

    /// `default_rng(seed)`: PCG64 seeded through a `SeedSequence`.
    public convenience init(seed: SeedSequence) {
        self.init(PCG64(seedSequence: seed))
    }

    // MARK: - Floats from the whole stream

    /// `random(size, dtype, out)`: uniform on [0, 1), 53 bits for float64, 24 for float32.
    public func random(size: [Int]?, dtype: DType, out: NDArray? = nil) throws(PythonError) -> NDArray {
        let bits = bitGenerator
        return try Self.fill(size: size, dtype: dtype, out: out, method: "random", bits.nextDouble, bits.nextFloat)
    }

    /// `standard_normal(size, dtype, out)`: the ziggurat.
    public func standardNormal(size: [Int]?, dtype: DType, out: NDArray? = nil) throws(PythonError) -> NDArray {
        let bits = bitGenerator
        return try Self.fill(
            size: size, dtype: dtype, out: out, method: "standard_normal",
            bits.standardNormal, bits.standardNormalFloat)
    }

    /// `standard_exponential(size, dtype, method, out)`: the ziggurat, or `-log(1 - U)`
    /// for `method='inv'`.
    public func standardExponential(size: [Int]?, dtype: DType, inverse: Bool, out: NDArray? = nil) throws(PythonError)
        -> NDArray
    {
        let bits = bitGenerator
        if inverse {
            return try Self.fill(
                size: size, dtype: dtype, out: out, method: "standard_exponential",
                { -log1p(-bits.nextDouble()) }, { -log1pf(-bits.nextFloat()) })
        }
        return try Self.fill(
            size: size, dtype: dtype, out: out, method: "standard_exponential",
            bits.standardExponential, bits.standardExponentialFloat)
    }

    /// `double_fill` / `float_fill`: draws of float64 or float32 in C order, or into
    /// `out` in its memory order (it must be contiguous, of that type and, with a
    /// `size`, of that shape).
    static func fill(
        size: [Int]?, dtype: DType, out: NDArray? = nil, method: String,
        _ double: () -> Double, _ float: () -> Float
    ) throws(PythonError) -> NDArray {
        guard dtype.isFloat else { throw .type("Unsupported dtype dtype('\(dtype.name)') for \(method)") }
        let target: NDArray
        if let out {
            guard out.isWriteable, out.isCContiguous || out.isFContiguous else {
                throw .value("Supplied output array must be contiguous, writable, aligned, and in machine byte-order.")
            }
            guard out.dtype == dtype else {
                throw .type("Supplied output array has the wrong type. Expected \(dtype.name), got \(out.dtype.name)")
            }
            if let size, size != out.shape { throw .value("size must match out.shape when used together") }
            target = out.memoryOrderView()
        } else {
            target = try NDArray.allocate(shape: size ?? [], dtype: dtype, zeroed: false)
        }
        if dtype == .float64 {
            let values = target.pointer.assumingMemoryBound(to: Double.self)
            for i in 0..<target.size {
                if i & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
                values[i] = double()
            }
        } else {
            let values = target.pointer.assumingMemoryBound(to: Float.self)
            for i in 0..<target.size {
                if i & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
                values[i] = float()
            }
        }
        return out ?? target
    }

    // MARK: - Distributions with parameters

    /// `normal(loc, scale, size)`: `loc + scale * z`.
    public func normal(loc: NDArray, scale: NDArray, size: [Int]?) throws(PythonError) -> NDArray {
        let bits = bitGenerator
        return try DistributionSampling.sample([.init(loc, ""), .init(scale, "scale", .nonNegative)], size: size) {
            loc, scale, _ in loc + scale * bits.standardNormal()
        }
    }

    /// `uniform(low, high, size)`: `low + (high - low) * U`; the range must be
    /// finite and (unlike the legacy API) not negative.
    public func uniform(low: NDArray, high: NDArray, size: [Int]?) throws(PythonError) -> NDArray {
        let span = try Self.span(low: low, high: high, scalarMessage: "high - low range exceeds valid bounds")
        let bits = bitGenerator
        return try DistributionSampling.sample([.init(low, ""), .init(span, "high - low", .nonNegative)], size: size) {
            low, span, _ in low + span * bits.nextDouble()
        }
    }

    /// `high - low` in float64, with the OverflowError NumPy raises when it is not finite.
    static func span(low: NDArray, high: NDArray, scalarMessage: String) throws(PythonError) -> NDArray {
        let low = try low.copy(as: .float64)
        let high = try high.copy(as: .float64)
        let shape = try Broadcasting.operandShape([high.shape, low.shape])
        let span = try NDArray.allocate(shape: shape, dtype: .float64, zeroed: false)
        let target = span.pointer.assumingMemoryBound(to: Double.self)
        var finite = true
        try ParameterBroadcast.forEach(shape: shape, operands: [high, low]) { i, p in
            target[i] = p[0].loadUnaligned(as: Double.self) - p[1].loadUnaligned(as: Double.self)
            if !target[i].isFinite { finite = false }
        }
        if !finite {
            throw .overflow(low.ndim == 0 && high.ndim == 0 ? scalarMessage : "Range exceeds valid bounds")
        }
        return span
    }

    /// `exponential(scale, size)`: `scale * E` with the ziggurat E.
    public func exponential(scale: NDArray, size: [Int]?) throws(PythonError) -> NDArray {
        let bits = bitGenerator
        return try DistributionSampling.sample([.init(scale, "scale", .nonNegative)], size: size) {
            scale, _, _ in scale * bits.standardExponential()
        }
    }

    // MARK: - Integers and bytes

    /// `integers(low, high, size, dtype, endpoint)` by Lemire's method.
    public func integers(
        low: NDArray, high: NDArray, size: [Int]?, dtype: DType,
        endpoint: Bool
    ) throws(PythonError) -> NDArray {
        guard dtype.isInteger || dtype == .bool else {
            throw .type("Unsupported dtype dtype('\(dtype.name)') for integers")
        }
        return try IntegerSampling.sample(
            bitGenerator, low: low, high: high, size: size, dtype: dtype,
            closed: endpoint, method: .lemire)
    }

    /// `bytes(length)`: little-endian 32-bit draws, cut to `length`.
    public func bytes(count: Int) throws(PythonError) -> [UInt8] {
        try RandomBytes.draw(bitGenerator, count: count)
    }
}
