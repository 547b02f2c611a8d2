import Foundation

/// Hypergeometric samples: how many "good" items a sample without replacement
/// holds. Generator draws item by item for small samples and by Stadlober's
/// ratio-of-uniforms (HRUA) otherwise; the legacy API keeps NumPy 1.16's pair
/// (an urn walk below 11 items, HRUA with `loggam`).
extension BitGenerator {
    func hypergeometric(_ good: Int64, _ bad: Int64, _ sample: Int64) -> Int64 {
        if sample >= 10 && sample <= good + bad - 10 {
            return hypergeometricHRUA(good, bad, sample, logFactorial: LogFactorial.of)
        }
        return hypergeometricBySampling(good, bad, sample)
    }

    /// Draws items one at a time (`random_interval`), from the smaller side of the sample.
    private func hypergeometricBySampling(_ good: Int64, _ bad: Int64, _ sample: Int64) -> Int64 {
        let total = good + bad
        var computed = sample > total / 2 ? total - sample : sample
        var remainingTotal = total
        var remainingGood = good
        while computed > 0 && remainingGood > 0 && remainingTotal > remainingGood {
            remainingTotal -= 1
            if Int64(bitPattern: BoundedIntegers.interval(self, max: UInt64(remainingTotal))) < remainingGood {
                remainingGood -= 1
            }
            computed -= 1
        }
        if remainingTotal == remainingGood { remainingGood -= computed }
        return sample > total / 2 ? remainingGood : good - remainingGood
    }

    /// Stadlober's HRUA (1989); `legacy` keeps NumPy 1.16's constants and order.
    func hypergeometricHRUA(
        _ good: Int64, _ bad: Int64, _ sample: Int64,
        logFactorial: (Int64) -> Double, legacy: Bool = false
    ) -> Int64 {
        let d1 = 1.7155277699214135
        let d2 = 0.8989161620588988
        let minGoodBad = min(good, bad)
        let maxGoodBad = max(good, bad)
        let popSize = good + bad
        let m = min(sample, popSize - sample)
        let (a, h, peak, bound): (Double, Double, Double, Double)
        let mode: Int64
        if legacy {
            let d4 = Double(minGoodBad) / Double(popSize)
            let d5 = 1 - d4
            let d6 = Double(m) * d4 + 0.5
            let d7 = (Double(popSize - m) * Double(sample) * d4 * d5 / Double(popSize - 1) + 0.5).squareRoot()
            mode = Int64(truncating: floor(Double(m + 1) * Double(minGoodBad + 1) / Double(popSize + 2)))
            (a, h) = (d6, d1 * d7 + d2)
            bound = min(Double(min(m, minGoodBad)) + 1, floor(d6 + 16 * d7))
        } else {
            let p = Double(minGoodBad) / Double(popSize)
            let q = Double(maxGoodBad) / Double(popSize)
            let variance = Double(popSize - m) * Double(m) * p * q / Double(popSize - 1)
            let c = (variance + 0.5).squareRoot()
            a = Double(m) * p + 0.5
            h = d1 * c + d2
            mode = Int64(truncating: floor(Double(m + 1) * Double(minGoodBad + 1) / Double(popSize + 2)))
            bound = min(Double(min(m, minGoodBad) + 1), floor(a + 16 * c))
        }
        peak =
            logFactorial(mode) + logFactorial(minGoodBad - mode) + logFactorial(m - mode)
            + logFactorial(maxGoodBad - m + mode)
        var k: Int64 = 0
        while true {
            let u = nextDouble()
            let v = nextDouble()
            let x = a + h * (v - 0.5) / u
            if x < 0 || x >= bound { continue }
            k = Int64(truncating: floor(x))
            let t =
                peak
                - (logFactorial(k) + logFactorial(minGoodBad - k) + logFactorial(m - k)
                    + logFactorial(maxGoodBad - m + k))
            if u * (4 - u) - 3 <= t { break }
            if u * (u - t) >= 1 { continue }
            if 2 * log(u) <= t { break }
        }
        if good > bad { k = m - k }
        if m < sample { k = good - k }
        return k
    }

    /// The legacy pair: an urn walk for up to 10 items, HRUA above.
    func legacyHypergeometric(_ good: Int64, _ bad: Int64, _ sample: Int64) -> Int64 {
        if sample > 10 {
            return hypergeometricHRUA(good, bad, sample, logFactorial: { LogGamma.of(Double($0) + 1) }, legacy: true)
        }
        guard sample > 0 else { return 0 }
        let d1 = bad + good - sample
        let d2 = Double(min(bad, good))
        var y = d2
        var k = sample
        while y > 0 {
            let u = nextDouble()
            y -= Double(Int64(truncating: floor(u + y / Double(d1 + k))))
            k -= 1
            if k == 0 { break }
        }
        var z = Int64(truncating: d2 - y)
        if good > bad { z = sample - z }
        return z
    }
}

/// `logfactorial`: log(k!) from a table up to 125, a Stirling series beyond.
///
/// The table holds NumPy's values (`logfactorial.c`; NumPy is BSD-3-Clause,
/// Copyright (c) 2005-2025 NumPy Developers), written as hex literals:
/// they are log(k!) correctly rounded, which summing logarithms in 80-bit
/// precision reproduces for every entry but which double arithmetic cannot.
enum LogFactorial {
    static func of(_ k: Int64) -> Double {
        if k >= 0 && k < Int64(table.count) { return table[Int(k)] }
        let x = Double(k)
        return (x + 0.5) * log(x) - x + (0.9189385332046728 + (1 / x) * (1 / 12.0 - 1 / (360.0 * x * x)))
    }

    private static let table: [Double] = [
        0x0.0p+0, 0x0.0p+0, 0x1.62e42fefa39efp-1,
        0x1.cab0bfa2a2002p+0, 0x1.96ca77c922cf9p+1, 0x1.326643c4479c9p+2,
        0x1.a51273acf01cap+2, 0x1.10ce1f32dcc30p+3, 0x1.5358e82fcb70dp+3,
        0x1.99a8921a7f7cfp+3, 0x1.e357590954d15p+3, 0x1.180973f3a8d74p+4,
        0x1.3fcba16d50143p+4, 0x1.68d5a9c3b32cep+4, 0x1.930f3df162a42p+4,
        0x1.be636a63fd346p+4, 0x1.eabff061f1a84p+4, 0x1.0c0a63f2f353ap+5,
        0x1.2329df2d5ee52p+5, 0x1.3ab8153363985p+5, 0x1.52af57aed77bep+5,
        0x1.6b0a8643472a9p+5, 0x1.83c4faba84f06p+5, 0x1.9cda78b856a45p+5,
        0x1.b6472034e8d14p+5, 0x1.d007622cd65e7p+5, 0x1.ea17f717c6794p+5,
        0x1.023aeb67e4fefp+6, 0x1.0f8f18d330240p+6, 0x1.1d07353917231p+6,
        0x1.2aa208b59d0e5p+6, 0x1.385e6fd9e5a40p+6, 0x1.463b59b942084p+6,
        0x1.5437c633ace4ap+6, 0x1.6252c474896bap+6, 0x1.708b719e11658p+6,
        0x1.7ee0f79b26758p+6, 0x1.8d528c1243d96p+6, 0x1.9bdf6f75257a3p+6,
        0x1.aa86ec2969812p+6, 0x1.b94855c702ba2p+6, 0x1.c8230869ca105p+6,
        0x1.d7166813e12eep+6, 0x1.e621e01eeba4fp+6, 0x1.f544e2ba69cf1p+6,
        0x1.023f743addd9fp+7, 0x1.09e7b7ea41ea9p+7, 0x1.119afe762626bp+7,
        0x1.19590c853a559p+7, 0x1.2121a930c6ec3p+7, 0x1.28f49ddeb1f31p+7,
        0x1.30d1b61e86335p+7, 0x1.38b8bf8931ddbp+7, 0x1.40a989a33a6cdp+7,
        0x1.48a3e5c12af19p+7, 0x1.50a7a6ee08711p+7, 0x1.58b4a1d39da73p+7,
        0x1.60caaca474746p+7, 0x1.68e99f0757979p+7, 0x1.711152043b2c4p+7,
        0x1.79419ff26dc59p+7, 0x1.817a6467f6fb9p+7, 0x1.89bb7c2a0aea1p+7,
        0x1.9204c51e7c761p+7, 0x1.9a561e3e1a4bdp+7, 0x1.a2af6787e4609p+7,
        0x1.ab1081f509726p+7, 0x1.b3794f6d9d7afp+7, 0x1.bbe9b2bdfb621p+7,
        0x1.c4618f8cc56f7p+7, 0x1.cce0ca5179100p+7, 0x1.d567484b8b7b6p+7,
        0x1.ddf4ef7a05a70p+7, 0x1.e689a69396befp+7, 0x1.ef2554ff15148p+7,
        0x1.f7c7e2cc66183p+7, 0x1.00389c56e3462p+8, 0x1.04909ff8b652bp+8,
        0x1.08ebf13dbf263p+8, 0x1.0d4a85602b129p+8, 0x1.11ac51df8932ap+8,
        0x1.16114c7e34736p+8, 0x1.1a796b3ede1acp+8, 0x1.1ee4a46236d3ep+8,
        0x1.2352ee64b46d5p+8, 0x1.27c43ffc72962p+8, 0x1.2c3890172d057p+8,
        0x1.30afd5d851956p+8, 0x1.352a089728f1bp+8, 0x1.39a71fdd14947p+8,
        0x1.3e271363e0df7p+8, 0x1.42a9db142a36ap+8, 0x1.472f6f03d410cp+8,
        0x1.4bb7c77491066p+8, 0x1.5042dcd27af64p+8, 0x1.54d0a7b2ba658p+8,
        0x1.596120d23c4ecp+8, 0x1.5df4411475a1cp+8, 0x1.628a018233bedp+8,
        0x1.67225b4879462p+8, 0x1.6bbd47b7669b6p+8, 0x1.705ac0412d89fp+8,
        0x1.74fabe790f7bep+8, 0x1.799d3c1265c0ep+8, 0x1.7e4232dfb367dp+8,
        0x1.82e99cd1c0368p+8, 0x1.879373f6bc4fep+8, 0x1.8c3fb2796c21cp+8,
        0x1.90ee52a05c35fp+8, 0x1.959f4ecd1c8b3p+8, 0x1.9a52a17b831ccp+8,
        0x1.9f084540f545ep+8, 0x1.a3c034cbb7b2cp+8, 0x1.a87a6ae24493ap+8,
        0x1.ad36e262a7cc0p+8, 0x1.b1f59641e0db5p+8, 0x1.b6b6818b4a3ebp+8,
        0x1.bb799f600610ap+8, 0x1.c03eeaf66facdp+8, 0x1.c5065f9992226p+8,
        0x1.c9cff8a8a340dp+8, 0x1.ce9bb196830eap+8, 0x1.d36985e93f7b8p+8,
        0x1.d83971399c213p+8, 0x1.dd0b6f329dea4p+8, 0x1.e1df7b911a74cp+8,
    ]
}
