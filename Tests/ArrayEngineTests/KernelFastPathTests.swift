import ArrayEngine
import Foundation
import Testing

@testable import ArrayEngine

/// The fast paths of the kernels give exactly what the plain loops (or the C
/// library) give: same bits, same errors.
@Suite("Kernel fast paths")
struct KernelFastPathTests {
    /// A deterministic stream of doubles covering every exponent and sign.
    static func doubles(_ count: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(bitPattern: state)
        }
    }

    /// Subnormals are written as their bits: a decimal literal below the normal range
    /// draws a compiler warning.
    static let subnormal = Double(bitPattern: 0x0000_1268_8B70_E62B) // 1e-310

    static let specials: [Double] = [
        0, -0.0, 1, -1, 3, -3, 0.1, subnormal, -subnormal, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
        -.greatestFiniteMagnitude, .infinity, -.infinity, .nan, 2.5, 1e16, 4_503_599_627_370_497,
    ]

    @Test("FloatMath.fmod equals C's fmod bit for bit")
    func fmodMatchesTheCLibrary() {
        var pairs: [(Double, Double)] = []
        for x in Self.specials { for y in Self.specials { pairs.append((x, y)) } }
        let xs = Self.doubles(20_000, seed: 1)
        let ys = Self.doubles(20_000, seed: 2)
        pairs += zip(xs, ys).map { ($0, $1) }
        // Nearby magnitudes, where the quotient is small and the fast path runs.
        pairs += zip(xs, ys).map { x, y in
            (x, y.isFinite && x.isFinite ? (y.significand * 2) * pow(2, Double(x.exponent - 3)) : y)
        }
        pairs += (0..<5000).map { (Double($0) * 1.37 + 0.11, 3.0) }
        pairs += (0..<5000).map { (-Double($0) / 7, 0.1) }
        for (x, y) in pairs {
            let fast = FloatMath.fmod(x, y)
            let slow = Foundation.fmod(x, y)
            #expect(
                fast.bitPattern == slow.bitPattern || (fast.isNaN && slow.isNaN), "fmod(\(x), \(y)): \(fast) != \(slow)"
            )
        }
    }
}

extension KernelFastPathTests {
    @Test(
        "contiguous pairwise sums equal the strided loop's, for every length up to 1,100",
        arguments: [Double.self, Float.self] as [any FloatElement.Type])
    func contiguousPairwiseSumMatchesStrided(_ type: any FloatElement.Type) {
        func check<T: FloatElement>(_: T.Type) {
            let values = Self.doubles(1_100, seed: 3).map {
                T($0.isFinite ? $0.truncatingRemainder(dividingBy: 1e6) : 1)
            }
            values.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress else { return }
                for n in 0...values.count {
                    let fast = try? PairwiseSum.sum(base, count: n, stride: MemoryLayout<T>.stride, as: T.self)
                    let slow = PairwiseSum.strided(base, count: n, stride: MemoryLayout<T>.stride, as: T.self)
                    #expect(
                        fast.map { ($0 == slow && $0.sign == slow.sign) || ($0.isNaN && slow.isNaN) } == true,
                        "n = \(n)")
                }
            }
        }
        check(type)
    }
}

extension KernelFastPathTests {
    static let transposeCases: [(shape: [Int], axes: [Int], reversedFirst: Bool)] = [
        ([40, 70], [1, 0], false), ([64, 64], [1, 0], true), ([33, 32], [1, 0], false),
        ([3, 40, 50], [0, 2, 1], false), ([40, 3, 50], [2, 1, 0], true), ([31, 100], [1, 0], false),
    ]

    @Test("tiled transposed copies hold the elements the view shows, in C order", arguments: transposeCases)
    func transposedCopyMatchesTheView(_ shape: [Int], _ axes: [Int], _ reversedFirst: Bool) throws {
        let count = shape.reduce(1, *)
        var source = try NDArray.arange(
            start: Scalar(int64: 0), stop: Scalar(int64: Int64(count)), step: Scalar(int64: 1),
            dtype: .float64
        ).reshape(shape)
        if reversedFirst, case .array(let flipped) = try source.select([.slice(start: nil, stop: nil, step: -1)]) {
            source = flipped
        }
        let view = try source.transposed(axes)
        let copy = try view.copy()
        #expect(copy.isCContiguous)
        #expect(try copy.elements() == view.elements())
    }
}

extension KernelFastPathTests {
    /// float64 arrays of zeros of both signs, NaNs and small values, of lengths around the lane count.
    static func extremumInputs() -> [[Double]] {
        let pool: [Double] = [0, -0.0, 0, -0.0, 1.5, -2.25, 3, -7, .infinity, -.infinity]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var inputs: [[Double]] = []
        for length in [16, 17, 23, 24, 31, 64, 100] {
            for variant in 0..<12 {
                var values = (0..<length).map { _ in pool[next(variant < 4 ? 4 : pool.count)] }
                if variant % 3 == 2 { values[next(length)] = .nan }
                inputs.append(values)
            }
        }
        return inputs
    }

    @Test("contiguous float64 min and max give the bits of the strided one-by-one fold")
    func contiguousExtremaMatchTheFold() throws {
        for values in Self.extremumInputs() {
            // The same values at every other element of a buffer: a strided view takes the plain fold.
            let spread: [Double] = values.flatMap { [$0, 99] }
            let contiguous = try NDArray.from(values)
            guard case .array(let strided) = try NDArray.from(spread).select([.slice(start: nil, stop: nil, step: 2)])
            else {
                Issue.record("expected a view")
                return
            }
            for op in [ReductionOperation.min, .max] {
                let fast = try Reduction.run(op, contiguous, axes: nil).item().doubleValue
                let plain = try Reduction.run(op, strided, axes: nil).item().doubleValue
                #expect(fast.bitPattern == plain.bitPattern || (fast.isNaN && plain.isNaN), "\(op) of \(values)")
            }
        }
    }
}

extension KernelFastPathTests {
    func array(_ items: [IndexItem], of a: NDArray) throws -> NDArray {
        guard case .array(let result) = try a.select(items) else { throw PythonError.index("expected an array") }
        return result
    }

    @Test("a[mask] and a[mask] = v equal the same subscripts through the index arrays of nonzero(mask)")
    func maskPathsMatchIndexArrays() throws {
        let base = try NDArray.arange(
            start: Scalar(int64: 0), stop: Scalar(int64: 60), step: Scalar(int64: 1), dtype: .float64
        )
        .reshape([6, 10])
        // A strided, reversed view, and a mask that is itself a strided view.
        let view = try array([.slice(start: nil, stop: nil, step: -1), .slice(start: 1, stop: nil, step: 2)], of: base)
        let flags = try NDArray.from((0..<60).map { $0 % 3 == 1 }).reshape([6, 10])
        let mask = try array([.all, .slice(start: nil, stop: nil, step: 2)], of: flags)
        let indices = try mask.nonzeroIndices().map { IndexItem.array($0) }

        #expect(try array([.array(mask)], of: view).elements() == array(indices, of: view).elements())

        let count = try Gather.trueCount(mask)
        let values = [
            try NDArray.arange(
                start: Scalar(int64: 100), stop: Scalar(int64: Int64(100 + count)), step: Scalar(int64: 1),
                dtype: .int64),
            NDArray.scalar(Scalar(double: -1.5)),
        ]
        for value in values {
            let viaMask = try base.copy()
            let viaIndices = try base.copy()
            for (target, items) in [(viaMask, [IndexItem.array(mask)]), (viaIndices, indices)] {
                let targetView = try array(
                    [.slice(start: nil, stop: nil, step: -1), .slice(start: 1, stop: nil, step: 2)],
                    of: target)
                try targetView.assign(items, value: value)
            }
            #expect(try viaMask.elements() == viaIndices.elements())
        }
    }
}

extension KernelFastPathTests {
    @Test("each element type's constant kind (what casts switch on) is its dtype's kind")
    func elementKindsMatchTheirDTypes() {
        let types: [any ArrayElement.Type] = [
            Bool.self, Int8.self, Int16.self, Int32.self, Int64.self, UInt8.self, UInt16.self, UInt32.self,
            UInt64.self, Float16.self, Float.self, Double.self, Complex<Float>.self, Complex<Double>.self,
        ]
        for type in types { #expect(type.kind == type.dtype.kind, "\(type)") }
    }
}
