import Foundation

/// Generator's normal and exponential samplers: Marsaglia and Tsang's ziggurat
/// over NumPy's 256-layer tables, drawing bits in NumPy's order.
///
/// One 64-bit draw gives the layer (low 8 bits), then for the normal a sign bit
/// and 52 bits of magnitude; about 99% of draws are accepted at once. The rest
/// test the wedge against the density, or sample the tail beyond `r`.
extension BitGenerator {
    /// A standard normal double (`random_standard_normal`).
    func standardNormal() -> Double {
        while true {
            var r = nextUInt64()
            let layer = Int(r & 0xff)
            r >>= 8
            let negative = r & 1 != 0
            let magnitude = (r >> 1) & 0x000f_ffff_ffff_ffff
            var x = Double(magnitude) * ZigguratTables.normalW[layer]
            if negative { x = -x }
            if magnitude < ZigguratTables.normalK[layer] { return x }
            if layer == 0 {
                // The tail; 1 - U keeps log away from 0.
                while true {
                    let xx = -ZigguratTables.normalInverseR * log1p(-nextDouble())
                    let yy = -log1p(-nextDouble())
                    if yy + yy > xx * xx {
                        let tail = ZigguratTables.normalR + xx
                        return (magnitude >> 8) & 1 != 0 ? -tail : tail
                    }
                }
            }
            let f = ZigguratTables.normalF
            if (f[layer - 1] - f[layer]) * nextDouble() + f[layer] < exp(-0.5 * x * x) { return x }
        }
    }

    /// A standard normal float (`random_standard_normal_f`), from 32-bit draws.
    func standardNormalFloat() -> Float {
        while true {
            let r = nextUInt32()
            let layer = Int(r & 0xff)
            let negative = (r >> 8) & 1 != 0
            let magnitude = (r >> 9) & 0x007f_ffff
            var x = Float(magnitude) * ZigguratTables.normalWFloat[layer]
            if negative { x = -x }
            if magnitude < ZigguratTables.normalKFloat[layer] { return x }
            if layer == 0 {
                while true {
                    let xx = -ZigguratTables.normalInverseRFloat * log1pf(-nextFloat())
                    let yy = -log1pf(-nextFloat())
                    if yy + yy > xx * xx {
                        let tail = ZigguratTables.normalRFloat + xx
                        return (magnitude >> 8) & 1 != 0 ? -tail : tail
                    }
                }
            }
            let f = ZigguratTables.normalFFloat
            // NumPy compares the float wedge with a double density.
            if Double((f[layer - 1] - f[layer]) * nextFloat() + f[layer]) < exp(-0.5 * Double(x) * Double(x)) {
                return x
            }
        }
    }

    /// A standard exponential double (`random_standard_exponential`).
    func standardExponential() -> Double {
        while true {
            var r = nextUInt64() >> 3
            let layer = Int(r & 0xff)
            r >>= 8
            let x = Double(r) * ZigguratTables.exponentialW[layer]
            if r < ZigguratTables.exponentialK[layer] { return x }
            if layer == 0 { return ZigguratTables.exponentialR - log1p(-nextDouble()) }
            let f = ZigguratTables.exponentialF
            if (f[layer - 1] - f[layer]) * nextDouble() + f[layer] < exp(-x) { return x }
        }
    }

    /// A standard exponential float (`random_standard_exponential_f`).
    func standardExponentialFloat() -> Float {
        while true {
            var r = nextUInt32() >> 1
            let layer = Int(r & 0xff)
            r >>= 8
            let x = Float(r) * ZigguratTables.exponentialWFloat[layer]
            if r < ZigguratTables.exponentialKFloat[layer] { return x }
            if layer == 0 { return ZigguratTables.exponentialRFloat - log1pf(-nextFloat()) }
            let f = ZigguratTables.exponentialFFloat
            if (f[layer - 1] - f[layer]) * nextFloat() + f[layer] < expf(-x) { return x }
        }
    }
}
