import Testing

@testable import ArrayEngine

/// Loops of `Parallel.threshold` elements or more run in parts on several threads;
/// the parts must join up exactly, and what one part raises (floating-point
/// flags, errors) must reach the caller.
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

    /// Ctrl-C itself is tested through the binary (`InterruptTests`): the request is
    /// process-wide, and sessions run by other suites at the same time would take it.
    @Test("a part that throws stops the loop, and the first failing part's error reaches the caller")
    func aFailingPartStopsTheLoop() throws {
        #expect(throws: PythonError.index("part 5")) {
            try Parallel.run(64) { part throws(PythonError) in
                if part == 5 || part == 40 { throw PythonError.index("part \(part)") }
            }
        }
    }

    /// `a[items]` as an array (anything else fails the test).
    static func selected(_ a: NDArray, _ items: [IndexItem]) throws -> NDArray {
        guard case .array(let result) = try a.select(items) else {
            return try #require(nil as NDArray?, "a[\(items)] gave no array")
        }
        return result
    }

    @Test("a gather split across threads takes every element and names the first bad index, as one loop would")
    func splitGathers() throws {
        let n = Self.count
        let a = try LongRunTests.arange(n)
        var positions = (0..<n).map { Int64($0 &* 7919 % n) }
        let gathered = try Self.selected(a, [.array(NDArray.from(positions))])
        withExtendedLifetime(gathered) {
            let values = gathered.pointer.assumingMemoryBound(to: Int64.self)
            #expect((0..<n).allSatisfy { values[$0] == positions[$0] })
        }
        // Two indices into a 2-D view (the byte-offset gather), the second reversed.
        let m = n / 2 + 1
        let rows = try Self.selected(
            LongRunTests.arange(2 * m).reshape([2, m]), [.slice(start: nil, stop: nil, step: -1)])
        let i = try NDArray.from((0..<n).map { Int64($0 % 2) })
        let j = try NDArray.from((0..<n).map { Int64(($0 &* 31) % m) })
        // The result stays alive while its memory is read.
        let picked = try Self.selected(rows, [.array(i), .array(j)])
        withExtendedLifetime(picked) {
            let pairs = picked.pointer.assumingMemoryBound(to: Int64.self)
            #expect((0..<n).allSatisfy { k in pairs[k] == Int64((1 - k % 2) * m + (k &* 31) % m) })
        }
        // Bad indices in a late piece and an early one: the early one is reported.
        positions[n - 3] = Int64(n)
        positions[Parallel.piece + 5] = -Int64(n) - 1
        let bad = try NDArray.from(positions)
        #expect(throws: PythonError.index("index \(-n - 1) is out of bounds for axis 0 with size \(n)")) {
            try a.select([.array(bad)])
        }
    }

    @Test("a mask split across threads selects and assigns every chosen element in order")
    func splitMasks() throws {
        let n = Self.count
        let chosen = (0..<n).map { ($0 &* 2_654_435_761) % 7 < 3 }
        let picked = chosen.indices.filter { chosen[$0] }
        for reversed in [false, true] {
            let whole = try LongRunTests.arange(n)
            let a = reversed ? try LongRunTests.slice(whole, nil, nil, -1) : whole
            let value = { (k: Int) in Int64(reversed ? n - 1 - k : k) }
            let mask = try NDArray.from(chosen)
            let result = try Self.selected(a, [.array(mask)])
            #expect(result.shape == [picked.count])
            let values = result.pointer.assumingMemoryBound(to: Int64.self)
            #expect((0..<picked.count).allSatisfy { values[$0] == value(picked[$0]) }, "reversed: \(reversed)")
            withExtendedLifetime(result) {} // its memory was read above
            // One value per chosen element, then one value for all of them.
            try a.assign([.array(mask)], value: NDArray.from(picked.map { -Int64($0) }))
            #expect(
                (0..<n).allSatisfy { k in LongRunTests.element(a, k) == (chosen[k] ? -Int64(k) : value(k)) },
                "reversed: \(reversed)")
            try a.assign([.array(mask)], value: NDArray.scalar(Scalar(int64: 5)))
            #expect((0..<n).allSatisfy { k in LongRunTests.element(a, k) == (chosen[k] ? 5 : value(k)) })
        }
        #expect(try Gather.trueCount(NDArray.from(chosen)) == picked.count)
    }

    @Test("a big transposed copy, shared out in bands of rows, puts every element in its place")
    func splitTransposedCopy() throws {
        let (rows, columns) = (1_061, 1_003)
        let m = try LongRunTests.arange(rows * columns).reshape([rows, columns])
        // The transpose, and the transpose of the rows reversed (a negative stride).
        let flipped = try Self.selected(m, [.slice(start: nil, stop: nil, step: -1)])
        for (source, reversed) in [(m, false), (flipped, true)] {
            let t = source.view(shape: [columns, rows], strides: source.strides.reversed())
            let copy = try t.copy()
            let values = copy.pointer.assumingMemoryBound(to: Int64.self)
            let expected = { (j: Int, i: Int) in Int64((reversed ? rows - 1 - i : i) * columns + j) }
            #expect(
                (0..<columns).allSatisfy { j in (0..<rows).allSatisfy { i in values[j * rows + i] == expected(j, i) } },
                "reversed: \(reversed)")
        }
    }

    /// Positions `range` of `axis` of an array (any strides), as a view.
    static func block(_ a: NDArray, along axis: Int, _ range: Range<Int>) -> NDArray {
        var shape = a.shape
        shape[axis] = range.count
        return a.view(offset: a.offset + range.lowerBound * a.strides[axis], shape: shape, strides: a.strides)
    }

    @Test(
        "a reduction split along a kept axis gives each output the bits one loop gives",
        arguments: [ReductionOperation.sum, .max, .min, .prod])
    func splitAxisReductions(_ op: ReductionOperation) throws {
        let (rows, columns) = (1_061, 2_003)
        // Values of every magnitude, both zeros, and a few NaNs.
        var values = KernelFastPathTests.doubles(rows * columns, seed: 3).map { $0.isFinite ? $0 / 1e290 : 0.5 }
        for k in stride(from: 0, to: values.count, by: 9_973) { values[k] = -0.0 }
        for k in [17, 700_001, 1_500_000] { values[k] = .nan }
        let m = try NDArray.from(values).reshape([rows, columns])
        let flipped = try Self.selected(m, [.slice(start: nil, stop: nil, step: -1)])
        let transposed = m.view(shape: [columns, rows], strides: m.strides.reversed())
        let integers = try LongRunTests.arange(rows * columns).reshape([rows, columns])
        for a in [m, flipped, transposed, integers] {
            for axis in [0, 1] {
                let whole = try Reduction.run(op, a, axes: [axis])
                // The same reduction in blocks below the threads' threshold, each folded by one loop.
                let kept = 1 - axis
                let step = 300
                for start in stride(from: 0, to: a.shape[kept], by: step) {
                    let range = start..<min(a.shape[kept], start + step)
                    let block = Self.block(a, along: kept, range)
                    #expect(block.size < Parallel.threshold)
                    let expected = try Reduction.run(op, block, axes: [axis]).elements()
                    let got = try whole.elements()[range]
                    let same = { (x: Scalar, y: Scalar) in
                        a.dtype == .int64
                            ? x.exactInteger == y.exactInteger : x.doubleValue.bitPattern == y.doubleValue.bitPattern
                    }
                    #expect(
                        got.count == expected.count && zip(got, expected).allSatisfy(same),
                        "\(op) axis \(axis) of \(a.shape) \(a.strides), outputs \(range)")
                }
            }
        }
    }
}
