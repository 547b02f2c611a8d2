import Testing

@testable import ArrayEngine

/// `shares_memory` against ground truth: write through one array, see whether the other changed.
@Suite("Memory overlap")
struct SharesMemoryTests {
    func view(_ a: NDArray, _ items: [IndexItem]) throws -> NDArray {
        guard case .array(let v) = try a.select(items) else { return a }
        return v
    }

    /// Ground truth: does writing every element of `a` change any element of `b`?
    func changesEachOther(_ a: NDArray, _ b: NDArray) throws -> Bool {
        let before = try b.copy()
        try a.fill(Scalar(int64: -1))
        let after = try b.elements()
        return try before.elements() != after
    }

    /// Pairs of slices of `arange(12)`, as (start, stop, step) triples.
    static let slices: [((Int?, Int?, Int?), (Int?, Int?, Int?))] = [
        ((nil, nil, 2), (1, nil, 2)),
        ((nil, 5, nil), (5, nil, nil)),
        ((nil, 6, nil), (5, nil, nil)),
        ((nil, nil, 3), (nil, nil, 2)),
        ((1, nil, 3), (nil, nil, -3)),
        ((nil, nil, -1), (2, 3, nil)),
    ]

    @Test(arguments: slices)
    func exactAnswerMatchesGroundTruth(first: (Int?, Int?, Int?), second: (Int?, Int?, Int?)) throws {
        let a = try NDArray.arange(
            start: Scalar(int64: 0), stop: Scalar(int64: 12), step: Scalar(int64: 1), dtype: .int64)
        let x = try view(a, [.slice(start: first.0, stop: first.1, step: first.2)])
        let y = try view(a, [.slice(start: second.0, stop: second.1, step: second.2)])
        let answer = try MemoryOverlap.sharesMemory(x, y, maxWork: nil)
        #expect(answer == (try changesEachOther(x, y) ? .yes : .no))
        if answer == .yes { #expect(MemoryOverlap.boundsOverlap(x, y)) }
    }

    @Test func zeroWorkIsTooHardWhenBoundsOverlap() throws {
        let a = try NDArray.arange(
            start: Scalar(int64: 0), stop: Scalar(int64: 10), step: Scalar(int64: 1), dtype: .int64)
        let evens = try view(a, [.slice(start: nil, stop: nil, step: 2)])
        let odds = try view(a, [.slice(start: 1, stop: nil, step: 2)])
        #expect(try MemoryOverlap.sharesMemory(evens, odds, maxWork: 0) == .tooHard)
        #expect(try MemoryOverlap.sharesMemory(evens, odds, maxWork: nil) == .no)
    }
}
