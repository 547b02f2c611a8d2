import Foundation

/// The legacy API's other distributions: NumPy 1.16's algorithms, fed by the
/// polar normals and `-log(1 - U)` exponentials, so old streams stay put.
extension RandomState {
    /// Samples `distribution` with `parameters` in NumPy's order (see `Distribution`).
    public func sample(_ distribution: Distribution, _ parameters: [NDArray], size: [Int]?) throws(PythonError)
        -> NDArray
    {
        let parameters = try distribution.prepared(parameters)
        try distribution.precheck(parameters, legacy: true)
        let described = zip(parameters, distribution.parameters(legacy: true)).map {
            DistributionSampling.Parameter($0, $1.name, $1.constraint)
        }
        let g = bitGenerator
        if distribution.isDiscrete {
            return try DistributionSampling.sampleIntegers(described, size: size) { a, b, c in
                switch distribution {
                case .hypergeometric:
                    g.legacyHypergeometric(Int64(truncating: a), Int64(truncating: b), Int64(truncating: c))
                case .poisson: g.poisson(a)
                case .binomial: g.binomial(a, Int64(truncating: b), legacy: true)
                case .geometric:
                    a >= 0.333333333333333333333333
                        ? g.geometricSearch(a) : Int64(truncating: ceil(log1p(-g.nextDouble()) / log(1 - a)))
                case .negativeBinomial: g.poisson(standardGamma(a) * ((1 - b) / b))
                case .logseries: g.logseries(a, legacy: true)
                default: g.zipf(a, legacy: true)
                }
            }
        }
        return try DistributionSampling.sample(described, size: size) { a, b, c in
            switch distribution {
            case .standardGamma: standardGamma(a)
            case .gamma: b * standardGamma(a)
            case .beta: beta(a, b)
            case .chisquare: 2 * standardGamma(a / 2)
            case .f: (2 * standardGamma(a / 2) * b) / (2 * standardGamma(b / 2) * a)
            case .standardCauchy: gaussian() / gaussian()
            case .standardT: standardT(a)
            case .pareto: exp(exponential() / a) - 1
            case .weibull: a == 0 ? 0 : pow(exponential(), 1 / a)
            case .power: pow(1 - exp(-exponential()), 1 / a)
            case .laplace: g.laplace(a, b)
            case .gumbel: g.gumbel(a, b)
            case .logistic: g.logistic(a, b)
            case .lognormal: exp(a + b * gaussian())
            case .rayleigh: a * (-2 * log1p(-g.nextDouble())).squareRoot()
            case .wald: wald(a, b)
            case .vonmises: g.vonMises(a, b, legacy: true)
            default: g.triangular(a, b, c)
            }
        }
    }

    /// `legacy_standard_exponential`.
    func exponential() -> Double { -log(1 - bitGenerator.nextDouble()) }

    func standardGamma(_ shape: Double) -> Double {
        GammaSampling.standard(shape, uniform: bitGenerator.nextDouble, normal: gaussian, exponential: exponential)
    }

    func standardT(_ df: Double) -> Double {
        let numerator = gaussian()
        let denominator = standardGamma(df / 2)
        return (df / 2).squareRoot() * numerator / denominator.squareRoot()
    }

    /// `legacy_beta`: Johnk's algorithm without the later guards.
    func beta(_ a: Double, _ b: Double) -> Double {
        guard a <= 1 && b <= 1 else {
            let ga = standardGamma(a)
            let gb = standardGamma(b)
            return ga / (ga + gb)
        }
        while true {
            let u = bitGenerator.nextDouble()
            let v = bitGenerator.nextDouble()
            let x = pow(u, 1 / a)
            let y = pow(v, 1 / b)
            if x + y <= 1 {
                if x + y > 0 { return x / (x + y) }
                var logX = log(u) / a
                var logY = log(v) / b
                let largest = max(logX, logY)
                logX -= largest
                logY -= largest
                return exp(logX - log(exp(logX) + exp(logY)))
            }
        }
    }

    /// `legacy_wald`.
    func wald(_ mean: Double, _ scale: Double) -> Double {
        let mu2l = mean / (2 * scale)
        var y = gaussian()
        y = mean * y * y
        let x = mean + mu2l * (y - (4 * scale * y + y * y).squareRoot())
        let u = bitGenerator.nextDouble()
        return u <= mean / (mean + x) ? x : mean * mean / x
    }
}
