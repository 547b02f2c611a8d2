import Foundation

/// Generator's discrete distributions, drawing as NumPy's `distributions.c` draws.
extension BitGenerator {
    /// Multiplication of uniforms below rate 10, Hoermann's PTRS above.
    func poisson(_ lam: Double) -> Int64 {
        if lam >= 10 { return poissonPTRS(lam) }
        if lam == 0 { return 0 }
        let limit = exp(-lam)
        var count: Int64 = 0
        var product = 1.0
        while true {
            product *= nextDouble()
            if product > limit { count += 1 } else { return count }
        }
    }

    /// Hoermann's transformed rejection with squeeze (1993).
    private func poissonPTRS(_ lam: Double) -> Int64 {
        let slam = lam.squareRoot()
        let loglam = log(lam)
        let b = 0.931 + 2.53 * slam
        let a = -0.059 + 0.02483 * b
        let invalpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = nextDouble() - 0.5
            let v = nextDouble()
            let us = 0.5 - abs(u)
            let k = Int64(truncating: floor((2 * a / us + b) * u + lam + 0.43))
            if us >= 0.07 && v <= vr { return k }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if log(v) + log(invalpha) - log(a / (us * us) + b) <= -lam + Double(k) * loglam - LogGamma.of(Double(k) + 1)
            {
                return k
            }
        }
    }

    /// Inversion while n·min(p, 1-p) <= 30, else BTPE; `legacy` keeps the old
    /// inversion (`exp(n log q)`) and BTPE's historical error terms.
    func binomial(_ p: Double, _ n: Int64, legacy: Bool = false) -> Int64 {
        if !legacy && (n == 0 || p == 0) { return 0 }
        if p <= 0.5 {
            return p * Double(n) <= 30 ? binomialInversion(n, p, legacy: legacy) : binomialBTPE(n, p, legacy: legacy)
        }
        let q = 1 - p
        return n - (q * Double(n) <= 30 ? binomialInversion(n, q, legacy: legacy) : binomialBTPE(n, q, legacy: legacy))
    }

    private func binomialInversion(_ n: Int64, _ p: Double, legacy: Bool) -> Int64 {
        let q = 1 - p
        let qn = legacy ? exp(Double(n) * log(q)) : exp(Double(n) * log1p(-p))
        let np = Double(n) * p
        let bound = Int64(truncating: min(Double(n), np + 10 * (np * q + 1).squareRoot()))
        var x: Int64 = 0
        var px = qn
        var u = nextDouble()
        while u > px {
            x += 1
            if x > bound {
                x = 0
                px = qn
                u = nextDouble()
            } else {
                u -= px
                px = (Double(n - x + 1) * p * px) / (Double(x) * q)
            }
        }
        return x
    }

    /// Kachitvichyanukul and Schmeiser's BTPE (1988), its steps as NumPy labels them.
    private func binomialBTPE(_ n: Int64, _ p: Double, legacy: Bool) -> Int64 {
        let nd = Double(n)
        let r = min(p, 1 - p)
        let q = 1 - r
        let fm = nd * r + r
        let m = Int64(truncating: floor(fm))
        let md = Double(m)
        let p1 = floor(2.195 * (nd * r * q).squareRoot() - 4.6 * q) + 0.5
        let xm = md + 0.5
        let xl = xm - p1
        let xr = xm + p1
        let c = 0.134 + 20.5 / (15.3 + md)
        var a = (fm - xl) / (fm - xl * r)
        let laml = a * (1 + a / 2)
        a = (xr - fm) / (xr * q)
        let lamr = a * (1 + a / 2)
        let p2 = p1 * (1 + 2 * c)
        let p3 = p2 + c / laml
        let p4 = p3 + c / lamr
        let nrq = nd * r * q
        var y: Int64 = 0
        sampling: while true {
            // Step 10.
            let u = nextDouble() * p4
            var v = nextDouble()
            if u <= p1 {
                y = Int64(truncating: floor(xm - p1 * v + u))
                break sampling
            }
            if u <= p2 {
                // Step 20.
                let x = xl + (u - p1) / c
                v = v * c + 1 - abs(md - x + 0.5) / p1
                if v > 1 { continue }
                y = Int64(truncating: floor(x))
            } else if u <= p3 {
                // Step 30.
                y = Int64(truncating: floor(xl + log(v) / laml))
                if y < 0 || v == 0 { continue }
                v = v * (u - p2) * laml
            } else {
                // Step 40.
                y = Int64(truncating: floor(xr - log(v) / lamr))
                if y > n || v == 0 { continue }
                v = v * (u - p3) * lamr
            }
            // Step 50.
            let k = abs(y - m)
            let kd = Double(k)
            if !(k > 20 && kd < nrq / 2 - 1) {
                let s = r / q
                let aa = s * (nd + 1)
                var f = 1.0
                if m < y {
                    var i = m + 1
                    while i <= y {
                        f *= aa / Double(i) - s
                        i += 1
                    }
                } else if m > y {
                    var i = y + 1
                    while i <= m {
                        f /= aa / Double(i) - s
                        i += 1
                    }
                }
                if v > f { continue }
                break sampling
            }
            // Step 52.
            let rho = (kd / nrq) * ((kd * (kd / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5)
            let t = -kd * kd / (2 * nrq)
            let logV = log(v)
            if logV < t - rho { break sampling }
            if logV > t + rho { continue }
            let x1 = Double(y) + 1
            let f1 = md + 1
            let z = nd + 1 - md
            let w = nd - Double(y) + 1
            let x2 = x1 * x1
            let f2 = f1 * f1
            let z2 = z * z
            let w2 = w * w
            func term(_ base: Double, _ squared: Double) -> Double {
                // NumPy's legacy stream keeps its historical 13680 (for 13860).
                ((legacy ? 13680.0 : 13860.0) - (462 - (132 - (99 - 140 / squared) / squared) / squared) / squared)
                    / base / 166320
            }
            // Summed left to right, as C does: the rounding must be NumPy's.
            var bound = xm * log(f1 / x1) + (nd - md + 0.5) * log(z / w) + Double(y - m) * log(w * r / (x1 * q))
            bound = bound + term(f1, f2) + term(z, z2)
            bound = legacy ? bound + term(x1, x2) + term(w, w2) : bound - term(x1, x2) - term(w, w2)
            if logV > bound { continue }
            break sampling
        }
        // Step 60.
        return p > 0.5 ? n - y : y
    }

    /// A search of the cdf when p >= 1/3, else inversion of an exponential.
    func geometric(_ p: Double) -> Int64 {
        if p >= 0.333333333333333333333333 { return geometricSearch(p) }
        let z = ceil(-standardExponential() / log1p(-p))
        return z >= 9.223372036854776e18 ? .max : Int64(z)
    }

    func geometricSearch(_ p: Double) -> Int64 {
        var x: Int64 = 1
        var sum = p
        var product = p
        let q = 1 - p
        let u = nextDouble()
        while u > sum {
            product *= q
            sum += product
            x += 1
        }
        return x
    }

    func negativeBinomial(_ n: Double, _ p: Double) -> Int64 {
        poisson(standardGamma(n) * ((1 - p) / p))
    }

    /// Kemp's second accelerated generator; `legacy` keeps `log(1 - p)` and `1 - exp`.
    func logseries(_ p: Double, legacy: Bool = false) -> Int64 {
        let r = legacy ? log(1 - p) : log1p(-p)
        while true {
            let v = nextDouble()
            if v >= p { return 1 }
            let u = nextDouble()
            let q = legacy ? 1 - exp(r * u) : -expm1(r * u)
            if v <= q * q {
                let result = Int64(truncating: floor(1 + log(v) / log(q)))
                if result < 1 || v == 0 { continue }
                return result
            }
            return v >= q ? 1 : 2
        }
    }

    /// Rejection from a Pareto; `legacy` draws U from [0, 1) reversed, without
    /// NumPy's later lower bound on U.
    func zipf(_ a: Double, legacy: Bool = false) -> Int64 {
        if !legacy && a >= 1025 { return 1 }
        let am1 = a - 1
        let b = pow(2, am1)
        let lowest = legacy ? 0 : pow(Double(Int64.max), -am1)
        while true {
            let u01 = nextDouble()
            let u = legacy ? 1 - u01 : u01 * lowest + (1 - u01)
            let v = nextDouble()
            let x = floor(pow(u, -1 / am1))
            if x > Double(Int64.max) || x < 1 { continue }
            let t = pow(1 + 1 / x, am1)
            if v * x * (t - 1) / (b - 1) <= t / b { return Int64(x) }
        }
    }
}

extension Int64 {
    /// C's conversion of a double to an integer on x86-64: truncation, and
    /// INT64_MIN for NaN and anything out of range (what NumPy's casts give).
    init(truncating value: Double) {
        self = Int64(exactly: value.rounded(.towardZero)) ?? .min
    }
}

/// `random_loggam`: log Γ(x) by the Stirling series of Zhang and Jin's SPECFUN.
enum LogGamma {
    private static let coefficients = [
        8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
        8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
        1.796443723688307e-01, -1.39243221690590e+00,
    ]

    static func of(_ x: Double) -> Double {
        if x == 1 || x == 2 { return 0 }
        let n = x < 7 ? Int64(truncating: 7 - x) : 0
        var x0 = x + Double(n)
        let x2 = (1 / x0) * (1 / x0)
        var series = coefficients[9]
        for k in stride(from: 8, through: 0, by: -1) {
            series *= x2
            series += coefficients[k]
        }
        var result = series / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * log(x0) - x0
        if x < 7 {
            for _ in 0..<n {
                result -= log(x0 - 1)
                x0 -= 1
            }
        }
        return result
    }
}
