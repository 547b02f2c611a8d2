import ArrayEngine

/// The methods of both sampling APIs that draw a named distribution
/// (`gamma`, `poisson`, ...), declared by NumPy's signatures.
enum DistributionMethods {
    /// NumPy's signature of each method (the same in both APIs but for
    /// `standard_gamma`, whose `dtype=`/`out=` only Generator has).
    static func declaration(_ distribution: Distribution, legacy: Bool) -> String {
        switch distribution {
        case .standardGamma:
            legacy ? "standard_gamma(shape, size=None)" : "standard_gamma(shape, size=None, dtype=np.float64, out=None)"
        case .gamma: "gamma(shape, scale=1.0, size=None)"
        case .beta: "beta(a, b, size=None)"
        case .chisquare: "chisquare(df, size=None)"
        case .f: "f(dfnum, dfden, size=None)"
        case .standardCauchy: "standard_cauchy(size=None)"
        case .standardT: "standard_t(df, size=None)"
        case .pareto, .weibull, .power, .zipf: "\(distribution.rawValue)(a, size=None)"
        case .laplace, .gumbel, .logistic: "\(distribution.rawValue)(loc=0.0, scale=1.0, size=None)"
        case .lognormal: "lognormal(mean=0.0, sigma=1.0, size=None)"
        case .rayleigh: "rayleigh(scale=1.0, size=None)"
        case .wald: "wald(mean, scale, size=None)"
        case .vonmises: "vonmises(mu, kappa, size=None)"
        case .triangular: "triangular(left, mode, right, size=None)"
        case .poisson: "poisson(lam=1.0, size=None)"
        case .binomial: "binomial(n, p, size=None)"
        case .geometric, .logseries: "\(distribution.rawValue)(p, size=None)"
        case .negativeBinomial: "negative_binomial(n, p, size=None)"
        case .hypergeometric: "hypergeometric(ngood, nbad, nsample, size=None)"
        }
    }

    /// One method per distribution, sampling through `sample`.
    static func methods<Owner>(
        legacy: Bool,
        _ sample: @escaping (Owner, Distribution, [NDArray], [Int]?, BoundArguments) throws(PythonError) -> NDArray
    ) -> [RandomMethod<Owner>] {
        Distribution.allCases.map { distribution in
            let notYet: Set<String> = distribution == .standardGamma && !legacy ? ["out"] : []
            let kind = distribution.isDiscrete ? "int64 array, one Python int" : "float64 array, one Python float"
            let doc =
                "Samples of the \(String(distribution.rawValue.map { $0 == "_" ? " " : $0 })) distribution: a new \(kind) without size."
            return RandomMethod(declaration(distribution, legacy: legacy), notYet: notYet, doc: doc) {
                owner, args throws(PythonError) in
                var parameters: [NDArray] = []
                for name in distribution.parameterNames { parameters.append(try RandomArguments.parameter(args, name)) }
                let size = try RandomArguments.size(args)
                let result = try sample(owner, distribution, parameters, size, args)
                guard size == nil && result.ndim == 0 else { return .array(result) }
                return Convert.python(try result.item())
            }
        }
    }
}
