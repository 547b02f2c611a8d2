import Foundation

/// Generator's continuous distributions beyond the uniform, normal and
/// exponential, each drawing as NumPy's `distributions.c` draws.
extension BitGenerator {
    func standardGamma(_ shape: Double) -> Double {
        GammaSampling.standard(shape, uniform: nextDouble, normal: standardNormal, exponential: standardExponential)
    }

    /// `random_standard_gamma_f`: the same method in float arithmetic, from float draws.
    func standardGammaFloat(_ shape: Float) -> Float {
        if shape == 1 { return standardExponentialFloat() }
        if shape == 0 { return 0 }
        if shape < 1 {
            while true {
                let u = nextFloat()
                let v = standardExponentialFloat()
                if u <= 1 - shape {
                    let x = powf(u, 1 / shape)
                    if x <= v { return x }
                } else {
                    let y = -logf((1 - u) / shape)
                    let x = powf(1 - shape + shape * y, 1 / shape)
                    if x <= v + y { return x }
                }
            }
        }
        let b = shape - Float(1) / 3
        let c = 1 / (9 * b).squareRoot()
        while true {
            var x: Float = 0
            var v: Float = 0
            repeat {
                x = standardNormalFloat()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = nextFloat()
            if u < 1 - 0.0331 * (x * x) * (x * x) { return b * v }
            if logf(u) < 0.5 * x * x + b * (1 - v + logf(v)) { return b * v }
        }
    }

    /// Johnk's algorithm when both parameters are at most 1, else a ratio of gammas.
    func beta(_ a: Double, _ b: Double) -> Double {
        guard a <= 1 && b <= 1 else {
            let ga = standardGamma(a)
            let gb = standardGamma(b)
            return ga / (ga + gb)
        }
        if a < 3e-103 && b < 3e-103 {
            // Almost surely 0 or 1: the proportion a / (a + b) decides.
            return (a + b) * nextDouble() < a ? 1 : 0
        }
        while true {
            let u = nextDouble()
            let v = nextDouble()
            let x = pow(u, 1 / a)
            let y = pow(v, 1 / b)
            let sum = x + y
            if sum <= 1 && u + v > 0 {
                if x > 0 && y > 0 { return x / sum }
                // Underflow: the ratio from logarithms.
                let delta = log(u) / a - log(v) / b
                return delta > 0 ? exp(-log1p(exp(-delta))) : exp(delta - log1p(exp(delta)))
            }
        }
    }

    func chisquare(_ df: Double) -> Double { 2 * standardGamma(df / 2) }

    func fisherF(_ numerator: Double, _ denominator: Double) -> Double {
        let top = chisquare(numerator) * denominator
        let bottom = chisquare(denominator) * numerator
        return top / bottom
    }

    func standardCauchy() -> Double {
        let top = standardNormal()
        return top / standardNormal()
    }

    func standardT(_ df: Double) -> Double {
        let numerator = standardNormal()
        let denominator = standardGamma(df / 2)
        return (df / 2).squareRoot() * numerator / denominator.squareRoot()
    }

    func pareto(_ a: Double) -> Double { expm1(standardExponential() / a) }

    func weibull(_ a: Double) -> Double {
        a == 0 ? 0 : pow(standardExponential(), 1 / a)
    }

    func power(_ a: Double) -> Double { pow(-expm1(-standardExponential()), 1 / a) }

    /// Rejects U == 0 and draws again.
    func laplace(_ loc: Double, _ scale: Double) -> Double {
        while true {
            let u = nextDouble()
            if u >= 0.5 { return loc - scale * log(2 - u - u) }
            if u > 0 { return loc + scale * log(u + u) }
        }
    }

    /// Rejects U == 1 and draws again.
    func gumbel(_ loc: Double, _ scale: Double) -> Double {
        while true {
            let u = 1 - nextDouble()
            if u < 1 { return loc - scale * log(-log(u)) }
        }
    }

    /// Rejects U == 0 and draws again.
    func logistic(_ loc: Double, _ scale: Double) -> Double {
        while true {
            let u = nextDouble()
            if u > 0 { return loc + scale * log(u / (1 - u)) }
        }
    }

    func lognormal(_ mean: Double, _ sigma: Double) -> Double { exp(mean + sigma * standardNormal()) }

    func rayleigh(_ mode: Double) -> Double { mode * (2 * standardExponential()).squareRoot() }

    func wald(_ mean: Double, _ scale: Double) -> Double {
        var y = standardNormal()
        y = mean * y * y
        let d = 1 + (1 + 4 * scale / y).squareRoot()
        let x = mean * (1 - 2 / d)
        let u = nextDouble()
        return u <= mean / (mean + x) ? x : mean * mean / x
    }

    func triangular(_ left: Double, _ mode: Double, _ right: Double) -> Double {
        let base = right - left
        let leftBase = mode - left
        let ratio = leftBase / base
        let leftProduct = leftBase * base
        let rightProduct = (right - mode) * base
        let u = nextDouble()
        if u <= ratio { return left + (u * leftProduct).squareRoot() }
        return right - ((1 - u) * rightProduct).squareRoot()
    }

    /// Best and Fisher's rejection; a uniform for tiny kappa, a wrapped normal for huge.
    func vonMises(_ mu: Double, _ kappa: Double, legacy: Bool = false) -> Double {
        if kappa.isNaN { return .nan }
        if kappa < 1e-8 { return Double.pi * (2 * nextDouble() - 1) }
        let s: Double
        if kappa < 1e-5 {
            s = 1 / kappa + kappa
        } else if kappa <= 1e6 || legacy {
            let r = 1 + (1 + 4 * kappa * kappa).squareRoot()
            let rho = (r - (2 * r).squareRoot()) / (2 * kappa)
            s = (1 + rho * rho) / (2 * rho)
        } else {
            var result = mu + (1 / kappa).squareRoot() * standardNormal()
            if result < -Double.pi { result += 2 * Double.pi }
            if result > Double.pi { result -= 2 * Double.pi }
            return result
        }
        var w = 0.0
        while true {
            let u = nextDouble()
            let z = cos(Double.pi * u)
            w = (1 + s * z) / (s + z)
            let y = kappa * (s - w)
            let v = nextDouble()
            if y * (2 - y) - v >= 0 || log(y / v) + 1 - y >= 0 { break }
        }
        let u = nextDouble()
        var result = acos(w)
        if u < 0.5 { result = -result }
        result += mu
        let negative = result < 0
        var modulus = fmod(abs(result) + Double.pi, 2 * Double.pi) - Double.pi
        if negative { modulus *= -1 }
        return modulus
    }
}

/// The standard gamma both APIs share, over their own uniform, normal and
/// exponential draws (the legacy API feeds it its polar normals and `-log(1 - U)`).
enum GammaSampling {
    /// Marsaglia and Tsang's method for shape >= 1; Johnk's rejection below 1.
    static func standard(
        _ shape: Double, uniform: () -> Double, normal: () -> Double,
        exponential: () -> Double
    ) -> Double {
        if shape == 1 { return exponential() }
        if shape == 0 { return 0 }
        if shape < 1 {
            while true {
                let u = uniform()
                let v = exponential()
                if u <= 1 - shape {
                    let x = pow(u, 1 / shape)
                    if x <= v { return x }
                } else {
                    let y = -log((1 - u) / shape)
                    let x = pow(1 - shape + shape * y, 1 / shape)
                    if x <= v + y { return x }
                }
            }
        }
        let b = shape - 1.0 / 3.0
        let c = 1 / (9 * b).squareRoot()
        while true {
            var x = 0.0
            var v = 0.0
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = uniform()
            if u < 1 - 0.0331 * (x * x) * (x * x) { return b * v }
            if log(u) < 0.5 * x * x + b * (1 - v + log(v)) { return b * v }
        }
    }
}
