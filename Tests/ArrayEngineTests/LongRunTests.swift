import Testing

@testable import ArrayEngine

/// Element-wise loops and copies cut runs longer than `StridedLoop.interruptGranularity`
/// into pieces (to look at `Interruption` between them); the pieces must join up
/// exactly, whatever the strides.
@Suite("Runs longer than the interrupt granularity")
struct LongRunTests {
    static let count = 2 * StridedLoop.interruptGranularity + 12_345

    static func arange(_ n: Int) throws -> NDArray {
        try NDArray.arange(
            start: Scalar(int64: 0), stop: Scalar(int64: Int64(n)), step: Scalar(int64: 1), dtype: .int64)
    }

    /// Element `i` of a 1-D array, read back through its strides.
    static func element(_ a: NDArray, _ i: Int) -> Int64 {
        a.load(at: a.address(of: [i])).exactInteger ?? -1
    }

    /// `a[start:stop:step]`, always an array: anything else fails the test rather than
    /// ending it with nothing checked.
    static func slice(_ a: NDArray, _ start: Int?, _ stop: Int?, _ step: Int) throws -> NDArray {
        let selected = try a.select([.slice(start: start, stop: stop, step: step)])
        guard case .array(let view) = selected else {
            return try #require(nil as NDArray?, "a slice gave \(selected), not an array")
        }
        return view
    }

    /// The first, last and a spread of positions around every piece boundary.
    static var probes: [Int] {
        let edges = (1...2).flatMap { k in [-1, 0, 1].map { k * StridedLoop.interruptGranularity + $0 } }
        return [0, 1, count / 3, count - 2, count - 1] + edges
    }

    @Test func binaryKernelOnContiguousAndReversedOperands() throws {
        let a = try Self.arange(Self.count)
        let reversed = try Self.slice(a, nil, nil, -1)
        let sum = try BinaryKernel.run(.add, a, reversed)
        for i in Self.probes { #expect(Self.element(sum, i) == Int64(Self.count - 1)) }
    }

    @Test func binaryKernelWithABroadcastScalar() throws {
        let a = try Self.arange(Self.count)
        let product = try BinaryKernel.run(.multiply, a, NDArray.scalar(Scalar(int64: 3)))
        for i in Self.probes { #expect(Self.element(product, i) == Int64(3 * i)) }
    }

    @Test func unaryKernelIntoAReversedOutput() throws {
        let a = try Self.arange(Self.count)
        let out = try NDArray.allocate(shape: [Self.count], dtype: .int64)
        let backwards = try Self.slice(out, nil, nil, -1)
        _ = try UnaryKernel.run(.negative, a, out: backwards)
        for i in Self.probes { #expect(Self.element(out, Self.count - 1 - i) == -Int64(i)) }
    }

    @Test func castingCopyOfAStridedView() throws {
        let a = try Self.arange(2 * Self.count)
        let odd = try Self.slice(a, 1, nil, 2)
        let copy = try odd.copy(as: .float64)
        for i in Self.probes { #expect(copy.load(at: copy.address(of: [i])).doubleValue == Double(2 * i + 1)) }
    }
}
