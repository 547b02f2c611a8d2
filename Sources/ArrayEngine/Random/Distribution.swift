/// The named distributions both sampling APIs offer beyond uniform, normal and
/// exponential (NumPy's method names), and the parameters each takes.
public enum Distribution: String, CaseIterable, Sendable {
    case standardGamma = "standard_gamma"
    case gamma, beta, chisquare, f
    case standardCauchy = "standard_cauchy"
    case standardT = "standard_t"
    case pareto, weibull, power, laplace, gumbel, logistic, lognormal, rayleigh, wald, vonmises, triangular
    case poisson, binomial, geometric
    case negativeBinomial = "negative_binomial"
    case logseries, zipf, hypergeometric

    /// Whether samples are int64 counts (Python ints when drawn one at a time).
    public var isDiscrete: Bool {
        switch self {
        case .poisson, .binomial, .geometric, .negativeBinomial, .logseries, .zipf, .hypergeometric: true
        default: false
        }
    }

    /// The parameters `sample` takes, in its order (NumPy's, except `binomial`'s `p, n`).
    public var parameterNames: [String] { parameters(legacy: false).map(\.name) }

    /// The parameters in NumPy's order, with the checks NumPy makes on them.
    func parameters(legacy: Bool) -> [(name: String, constraint: DistributionSampling.Constraint)] {
        switch self {
        case .standardGamma: [("shape", .nonNegative)]
        case .gamma: [("shape", .nonNegative), ("scale", .nonNegative)]
        case .beta: [("a", .positive), ("b", .positive)]
        case .chisquare, .standardT: [("df", .positive)]
        case .f: [("dfnum", .positive), ("dfden", .positive)]
        case .standardCauchy: []
        case .pareto, .power: [("a", .positive)]
        case .weibull: [("a", .nonNegative)]
        case .laplace, .gumbel, .logistic: [("loc", .none), ("scale", .nonNegative)]
        case .lognormal: [("mean", .none), ("sigma", .nonNegative)]
        case .rayleigh: [("scale", .nonNegative)]
        case .wald: [("mean", .positive), ("scale", .positive)]
        case .vonmises: [("mu", .none), ("kappa", .nonNegative)]
        case .triangular: [("left", .none), ("mode", .none), ("right", .none)]
        case .poisson: [("lam", .poissonRate(maximum: DistributionSampling.Constraint.poissonMaximum))]
        case .binomial: [("p", .unitInterval), ("n", legacy ? .nonNegativeLong : .nonNegative)]
        case .geometric: [("p", .unitIntervalOpenBelow)]
        case .negativeBinomial: legacy ? [("n", .positive), ("p", .unitInterval)] : [("n", .none), ("p", .none)]
        case .logseries: [("p", .unitIntervalOpenAbove)]
        case .zipf: [("a", .aboveOne)]
        case .hypergeometric:
            [
                ("ngood", legacy ? .nonNegativeLong : .nonNegative), ("nbad", .nonNegative),
                ("nsample", legacy ? .atLeastOne : .nonNegative),
            ]
        }
    }
}

extension Distribution {
    /// The parameters as the sampler reads them: the binomial's `n` and the
    /// hypergeometric counts as integers (NumPy truncates floats before checking).
    func prepared(_ values: [NDArray]) throws(PythonError) -> [NDArray] {
        switch self {
        case .binomial where values.count == 2 && values[1].dtype.isFloat:
            return [values[0], try values[1].copy(as: .int64)]
        case .hypergeometric:
            var integers: [NDArray] = []
            for value in values { integers.append(value.dtype.isFloat ? try value.copy(as: .int64) : value) }
            return integers
        default:
            return values
        }
    }

    /// Checks the sampler makes before `cont`/`disc` see the parameters: the
    /// triangle's order and the negative binomial's range.
    func precheck(_ values: [NDArray], legacy: Bool) throws(PythonError) {
        switch self {
        case .triangular:
            let (left, mode, right) = (values[0], values[1], values[2])
            if left.ndim == 0 && mode.ndim == 0 && right.ndim == 0 {
                let l = try left.item().doubleValue
                let m = try mode.item().doubleValue
                let r = try right.item().doubleValue
                if l > m { throw .value("left > mode") }
                if m > r { throw .value("mode > right") }
                if l == r { throw .value("left == right") }
                return
            }
            if try Self.any(left, mode, { $0 > $1 }) { throw .value("left > mode") }
            if try Self.any(mode, right, { $0 > $1 }) { throw .value("mode > right") }
            if try Self.any(left, right, { $0 == $1 }) { throw .value("left == right") }
        case .negativeBinomial where !legacy:
            let (n, p) = (values[0], values[1])
            let scalar = n.ndim == 0 && p.ndim == 0
            if scalar {
                try DistributionSampling.Constraint.positiveNotNaN.check(try n.item().doubleValue, name: "n")
                try DistributionSampling.Constraint.unitIntervalOpenBelow.check(try p.item().doubleValue, name: "p")
            } else {
                try DistributionSampling.Constraint.positiveNotNaN.check(n, name: "n")
                try DistributionSampling.Constraint.unitIntervalOpenBelow.check(p, name: "p")
            }
            let maximum = DistributionSampling.Constraint.poissonMaximum
            if try Self.any(n, p, { n, p in (1 - p) / p * (n + 10 * n.squareRoot()) > maximum }) {
                throw .value("n too large or p too small, see Generator.negative_binomial Notes")
            }
        case .hypergeometric:
            let (good, bad, sample) = (values[0], values[1], values[2])
            let goodValues = try good.doubles()
            let badValues = try bad.doubles()
            if !legacy, goodValues.contains(where: { $0 >= 1e9 }) || badValues.contains(where: { $0 >= 1e9 }) {
                throw .value("both ngood and nbad must be less than 1000000000")
            }
            let pairShape = try Broadcasting.operandShape([good.shape, bad.shape])
            let goodIndex = try ParameterBroadcast.indices(of: good.shape, in: pairShape)
            let badIndex = try ParameterBroadcast.indices(of: bad.shape, in: pairShape)
            let totals = try NDArray.from(
                scalars: zip(goodIndex, badIndex).map { Scalar(double: goodValues[$0] + badValues[$1]) },
                shape: pairShape, dtype: .float64)
            if try Self.any(totals, sample, { $0 < $1 }) { throw .value("ngood + nbad < nsample") }
        default:
            return
        }
    }

    /// Whether `test` holds for any pair of broadcast elements (NumPy's `np.any(op(a, b))`).
    private static func any(_ a: NDArray, _ b: NDArray, _ test: (Double, Double) -> Bool) throws(PythonError) -> Bool {
        let shape = try Broadcasting.operandShape([a.shape, b.shape])
        let x = try a.copy(as: .float64)
        let y = try b.copy(as: .float64)
        var found = false
        try ParameterBroadcast.forEach(shape: shape, operands: [x, y]) { _, p in
            if test(p[0].loadUnaligned(as: Double.self), p[1].loadUnaligned(as: Double.self)) { found = true }
        }
        return found
    }
}
