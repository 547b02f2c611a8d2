import Testing

@testable import ArrayEngine

/// Loops of `Parallel.threshold` elements or more run in parts on several threads;
/// the parts must join up exactly, and what one part raises (floating-point
/// flags, Ctrl-C) must reach the caller.
@Suite("Loops split across threads", .serialized)
struct ParallelTests {
    static let count = 2 * Parallel.threshold + 7

    @Test("walking a range of elements visits exactly that stretch of the whole walk")
    func rangesJoinUp() throws {
        let shape = [3, 5, 7]
        let strides = [[-8 * 35, 8 * 7 * 2, 8], [4, 12, 60]]
        func offsets(_ range: Range<Int>?) throws -> [[Int]] {
            var seen: [[Int]] = []
            try StridedLoop.forEach(shape: shape, strides: strides, maximumRun: 3, elements: range) {
                start, count, inner in
                for i in 0..<count { seen.append(zip(start, inner).map { $0 + i * $1 }) }
            }
            return seen
        }
        let whole = try offsets(nil)
        #expect(whole.count == 105)
        for cuts in [[0, 105], [0, 1, 105], [0, 6, 7, 50, 104, 105], [0, 35, 70, 105]] {
            let parts = try zip(cuts, cuts.dropFirst()).flatMap { try offsets($0..<$1) }
            #expect(parts == whole, "cut at \(cuts)")
        }
        #expect(try offsets(4..<4).isEmpty)
    }

    @Test("a float sum split across threads equals the one-thread pairwise sum bit for bit")
    func splitSumsAreExact() throws {
        let values = KernelFastPathTests.doubles(Self.count, seed: 9).map { $0.isFinite ? $0 / 1e300 : 0.5 }
        for length in [Self.count, Self.count - 5, Parallel.threshold] {
            values.withUnsafeBytes { bytes in
                let split = try? PairwiseSum.sum(bytes.baseAddress!, count: length, stride: 8, as: Double.self)
                let alone = try? PairwiseSum.sum(
                    bytes.baseAddress!, count: length, stride: 8, as: Double.self, split: false)
                #expect(split?.bitPattern == alone?.bitPattern, "length \(length)")
            }
        }
    }

    @Test("floating-point flags raised in any part reach the caller", arguments: [0, count / 2, count - 1])
    func flagsOfEveryPartAreKept(_ zeroAt: Int) throws {
        let divisor = try NDArray.full(shape: [Self.count], value: Scalar(double: 1), dtype: .float64)
        divisor.store(Scalar(double: 0), at: divisor.address(of: [zeroAt]))
        let ones = try NDArray.full(shape: [Self.count], value: Scalar(double: 1), dtype: .float64)
        FloatingPointStatus.clear()
        _ = try BinaryKernel.run(.divide, ones, divisor)
        #expect(FloatingPointStatus.read() == .divideByZero)
        FloatingPointStatus.clear()
        _ = try BinaryKernel.run(.add, ones, divisor)
        #expect(FloatingPointStatus.read() == [])
    }

    @Test("a Ctrl-C request stops a split loop with KeyboardInterrupt, and is consumed")
    func interruptionStopsASplitLoop() throws {
        let a = try NDArray.full(shape: [Self.count], value: Scalar(double: 2), dtype: .float64)
        Interruption.request()
        #expect(throws: PythonError.interrupted) { try BinaryKernel.run(.multiply, a, a) }
        #expect(!Interruption.isRequested)
        let product = try BinaryKernel.run(.multiply, a, a)
        #expect(product.load(at: product.address(of: [Self.count - 1])).doubleValue == 4)
    }
}
