/// Generator's other distributions (`gamma`, `poisson`, `binomial`, ...).
extension RandomGenerator {
    /// Samples `distribution` with `parameters` in NumPy's order (see `Distribution`).
    public func sample(_ distribution: Distribution, _ parameters: [NDArray], size: [Int]?) throws(PythonError)
        -> NDArray
    {
        let parameters = try distribution.prepared(parameters)
        try distribution.precheck(parameters, legacy: false)
        let described = zip(parameters, distribution.parameters(legacy: false)).map {
            DistributionSampling.Parameter($0, $1.name, $1.constraint)
        }
        let g = bitGenerator
        if distribution.isDiscrete {
            return try DistributionSampling.sampleIntegers(described, size: size) { a, b, c in
                switch distribution {
                case .hypergeometric: g.hypergeometric(Int64(truncating: a), Int64(truncating: b), Int64(truncating: c))
                case .poisson: g.poisson(a)
                case .binomial: g.binomial(a, Int64(truncating: b))
                case .geometric: g.geometric(a)
                case .negativeBinomial: g.negativeBinomial(a, b)
                case .logseries: g.logseries(a)
                default: g.zipf(a)
                }
            }
        }
        return try DistributionSampling.sample(described, size: size) { a, b, c in
            switch distribution {
            case .standardGamma: g.standardGamma(a)
            case .gamma: b * g.standardGamma(a)
            case .beta: g.beta(a, b)
            case .chisquare: g.chisquare(a)
            case .f: g.fisherF(a, b)
            case .standardCauchy: g.standardCauchy()
            case .standardT: g.standardT(a)
            case .pareto: g.pareto(a)
            case .weibull: g.weibull(a)
            case .power: g.power(a)
            case .laplace: g.laplace(a, b)
            case .gumbel: g.gumbel(a, b)
            case .logistic: g.logistic(a, b)
            case .lognormal: g.lognormal(a, b)
            case .rayleigh: g.rayleigh(a)
            case .wald: g.wald(a, b)
            case .vonmises: g.vonMises(a, b)
            default: g.triangular(a, b, c)
            }
        }
    }

    /// `standard_gamma(shape, size, dtype=np.float32)`: float draws, float arithmetic.
    public func standardGammaFloat(shape: NDArray, size: [Int]?) throws(PythonError) -> NDArray {
        let g = bitGenerator
        let shape = DistributionSampling.Parameter(try shape.copy(as: .float32), "shape", .nonNegative)
        return try DistributionSampling.sample([shape], size: size, as: Float.self) { a, _, _ in
            g.standardGammaFloat(Float(a))
        }
    }
}
