import Testing

@testable import ArrayEngine

/// The radix sort orders as NumPy's stable sort (NaN last, equal keys in their
/// original order), and running totals are the plain left-to-right fold.
@Suite("Sorts and scans")
struct SortAndScanTests {
    /// Doubles with every special value, many repeats and both zeros.
    static let values: [Double] =
        KernelFastPathTests.doubles(3_000, seed: 5).map { $0.isFinite ? ($0 / 1e300).rounded() : $0 }
        + KernelFastPathTests.specials + KernelFastPathTests.specials + [-.nan, .signalingNaN]

    /// NumPy's order: NaN after everything, -0.0 equal to 0.0, ties by position.
    static func stableOrder(_ values: [Double]) -> [Int] {
        values.indices.sorted { i, j in
            let (x, y) = (values[i], values[j])
            if x.isNaN || y.isNaN { return !x.isNaN && y.isNaN || x.isNaN && y.isNaN && i < j }
            return x < y || x == y && i < j
        }
    }

    static func array(_ values: [Double]) throws -> NDArray { try NDArray.from(values) }

    @Test("argsort of float64 is NumPy's stable order, and sort holds those elements' bits")
    func floatOrder() throws {
        let expected = Self.stableOrder(Self.values)
        let (indices, ties) = try ArgSort.run(Self.array(Self.values), axis: 0)
        #expect(try indices.elements().map { Int($0.exactInteger ?? -1) } == expected)
        #expect(ties)
        let sorted = try Sorting.sorted(Self.array(Self.values), axis: 0)
        let bits = try sorted.elements().map { $0.doubleValue.bitPattern }
        #expect(bits == expected.map { Self.values[$0].bitPattern })
    }

    @Test("every integer dtype sorts as its values do, for short and long rows", arguments: [5, 31, 33, 4_000])
    func integerOrder(_ length: Int) throws {
        let raw = KernelFastPathTests.doubles(length, seed: 7).map { Int64(bitPattern: $0.bitPattern) }
        for dtype in [DType.int8, .int16, .int32, .int64, .uint8, .uint16, .uint32, .uint64, .bool] {
            let a = try NDArray.from(raw).copy(as: dtype)
            let elements = try a.elements()
            let sorted = try Sorting.sorted(a, axis: 0).elements()
            #expect(sorted == elements.sorted(by: Sorting.ascending), "\(dtype.name), length \(length)")
        }
    }

    @Test("cumsum of float64 is the left-to-right running sum, along either axis")
    func runningSums() throws {
        let values = Array(Self.values.filter(\.isFinite).prefix(600))
        let a = try Self.array(values).reshape([20, 30])
        let along0 = try Accumulation.run(.sum, a, axis: 0, dtype: nil)
        let along1 = try Accumulation.run(.sum, a, axis: 1, dtype: nil)
        for i in 0..<20 {
            for j in 0..<30 {
                // The first element starts the fold (a start of 0.0 would turn -0.0 into 0.0).
                let down = (1...i + 1).dropLast().reduce(values[j]) { $0 + values[$1 * 30 + j] }
                let across = (1...j + 1).dropLast().reduce(values[i * 30]) { $0 + values[i * 30 + $1] }
                #expect(along0.load(at: along0.address(of: [i, j])).doubleValue.bitPattern == down.bitPattern)
                #expect(along1.load(at: along1.address(of: [i, j])).doubleValue.bitPattern == across.bitPattern)
            }
        }
    }
}

/// Long rows (past `Parallel.threshold`, every digit of the keys in use) sort as
/// the stable sort does, whichever bits of their keys differ.
extension SortAndScanTests {
    /// Uniform doubles in [0, 1) (the keys differ first in their exponents), with
    /// repeats, both zeros, NaNs and infinities mixed in.
    static func longRow(_ length: Int) -> [Double] {
        let uniform = KernelFastPathTests.doubles(length, seed: 11).map { Double($0.bitPattern >> 11) * 0x1p-53 }
        return uniform.enumerated().map { i, x in
            switch i % 7 {
            case 0: KernelFastPathTests.specials[i % KernelFastPathTests.specials.count]
            case 1: (x * 16).rounded() / 16
            default: x
            }
        }
    }

    @Test(
        "long float64 rows sort and argsort as the stable sort",
        arguments: [1 << 16, Parallel.threshold + 5])
    func longFloatRows(_ length: Int) throws {
        let values = Self.longRow(length)
        let expected = Self.stableOrder(values)
        let (indices, ties) = try ArgSort.run(Self.array(values), axis: 0)
        #expect(ties)
        let order = indices.pointer.assumingMemoryBound(to: Int64.self)
        #expect((0..<length).allSatisfy { Int(order[$0]) == expected[$0] })
        let sorted = try Sorting.sorted(Self.array(values), axis: 0)
        let bits = sorted.pointer.assumingMemoryBound(to: UInt64.self)
        #expect((0..<length).allSatisfy { bits[$0] == values[expected[$0]].bitPattern })
        withExtendedLifetime((indices, sorted)) {} // their memory was read above
    }

    @Test("long integer rows sort as their values, whichever bits differ")
    func longIntegerRows() throws {
        let length = 2 * Parallel.piece + 3
        let raw = KernelFastPathTests.doubles(length, seed: 13).map { Int64(bitPattern: $0.bitPattern) }
        // Full range; low bits only; one value; two far apart.
        let rows: [[Int64]] = [
            raw, raw.map { $0 % 1000 }, [Int64](repeating: -7, count: length),
            raw.map { $0 < 0 ? Int64.min : Int64.max },
        ]
        for (r, row) in rows.enumerated() {
            for dtype in [DType.int64, .uint64, .int32, .uint16, .int8, .bool, .float32, .float16] {
                let a = try NDArray.from(row).copy(as: dtype)
                let elements = try a.elements()
                let sorted = try Sorting.sorted(a, axis: 0).elements()
                #expect(sorted == elements.sorted(by: Sorting.ascending), "row \(r), \(dtype.name)")
            }
            let (indices, _) = try ArgSort.run(NDArray.from(row), axis: 0)
            let order = indices.pointer.assumingMemoryBound(to: Int64.self)
            let expected = row.indices.sorted { row[$0] < row[$1] || row[$0] == row[$1] && $0 < $1 }
            #expect((0..<length).allSatisfy { Int(order[$0]) == expected[$0] }, "argsort of row \(r)")
            withExtendedLifetime(indices) {} // its memory was read above
        }
    }
    @Test(
        "long float rows sort as the stable sort, however few of the keys' bits differ",
        arguments: [1 << 17, Parallel.threshold + 3])
    func longRowsOfFewDistinctBits(_ length: Int) throws {
        let wide = KernelFastPathTests.doubles(length, seed: 17).map { $0.isFinite ? $0 / 1e290 : -1.5 }
        let rows: [[Double]] = [
            wide,
            // Differing in the lowest bits only, then in one bit, then not at all but for a NaN.
            (0..<length).map { 1 + Double($0 % 200) * 0x1p-52 },
            (0..<length).map { $0 % 3 == 0 ? 2 : 3 },
            (0..<length).map { $0 == length / 2 ? .nan : 0.25 },
            // Both zeros among other values: their signs stay in order.
            (0..<length).map { [-0.0, 0.0, 1.5, -2.5, 0.0][$0 % 5] },
        ]
        for (r, row) in rows.enumerated() {
            let expected = Self.stableOrder(row)
            let sorted = try Sorting.sorted(Self.array(row), axis: 0)
            let bits = sorted.pointer.assumingMemoryBound(to: UInt64.self)
            #expect((0..<length).allSatisfy { bits[$0] == row[expected[$0]].bitPattern }, "row \(r)")
            withExtendedLifetime(sorted) {} // its memory was read above
            let narrow = try Self.array(row).copy(as: .float32)
            let narrowSorted = try Sorting.sorted(narrow, axis: 0).elements().map(\.doubleValue.bitPattern)
            let narrowExpected = try narrow.elements().sorted(by: Sorting.ascending).map(\.doubleValue.bitPattern)
            #expect(narrowSorted == narrowExpected, "row \(r) as float32")
        }
    }
}
