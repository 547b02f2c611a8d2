import ArrayEngine
import Testing

@testable import ArrayEngine

/// Views share their owner's memory; copies own new memory.
@Suite("Views and copies")
struct ViewsAndCopiesTests {
    func arange(_ n: Int) throws -> NDArray {
        try NDArray.arange(
            start: Scalar(int64: 0), stop: Scalar(int64: Int64(n)), step: Scalar(int64: 1), dtype: .int64)
    }

    func view(_ a: NDArray, _ items: [IndexItem]) throws -> NDArray {
        guard case .array(let v) = try a.select(items) else {
            Issue.record("expected an array for \(items)")
            return a
        }
        return v
    }

    @Test func sliceIsAViewThatWritesThrough() throws {
        let a = try arange(6)
        let b = try view(a, [.slice(start: 0, stop: 3, step: nil)])
        #expect(b !== a)
        #expect(b.buffer === a.buffer)
        try b.assign([.integer(0)], value: NDArray.scalar(Scalar(int64: 100)))
        #expect(try a.elements().map(\.doubleValue) == [100, 1, 2, 3, 4, 5])
        #expect(MemoryOverlap.boundsOverlap(a, b))
    }

    @Test func copyOwnsNewMemory() throws {
        let a = try arange(6)
        let c = try a.copy()
        #expect(c.base == nil)
        #expect(c.buffer !== a.buffer)
        try c.fill(Scalar(int64: 7))
        #expect(try a.elements().map(\.doubleValue) == [0, 1, 2, 3, 4, 5])
        #expect(!MemoryOverlap.boundsOverlap(a, c))
    }

    @Test func baseCollapsesToTheOwner() throws {
        let a = try arange(12)
        let m = try a.reshape([3, 4])
        let row = try view(m, [.integer(1)])
        let reversed = try view(row, [.slice(start: nil, stop: nil, step: -1)])
        #expect(a.base == nil)
        #expect(m.base === a)
        #expect(row.base === a)
        #expect(reversed.base === a)
    }

    /// Offsets and strides as NumPy reports them for `arange(12).reshape(3, 4)[1:, ::-2]`.
    @Test func stridedReversedViewGeometry() throws {
        let m = try arange(12).reshape([3, 4])
        let v = try view(m, [.slice(start: 1, stop: nil, step: nil), .slice(start: nil, stop: nil, step: -2)])
        #expect(v.shape == [2, 2])
        #expect(v.strides == [32, -16])
        #expect(v.offset == 56)
        #expect(try v.elements().map(\.doubleValue) == [7, 5, 11, 9])
    }

    @Test func fancyIndexingCopies() throws {
        let a = try arange(6)
        let picked = try a.select([.array(try NDArray.from([Int64(4), 0]))])
        guard case .array(let p) = picked else {
            Issue.record("expected an array")
            return
        }
        #expect(p.buffer !== a.buffer)
        #expect(try p.elements().map(\.doubleValue) == [4, 0])
    }

    @Test func overlappingAssignmentUsesTheOldValues() throws {
        let a = try arange(6)
        try a.assign(
            [.slice(start: 1, stop: nil, step: nil)], value: try view(a, [.slice(start: nil, stop: -1, step: nil)]))
        #expect(try a.elements().map(\.doubleValue) == [0, 0, 1, 2, 3, 4])
    }

    @Test func readOnlyViewRejectsWrites() throws {
        let a = try arange(3)
        let b = try a.broadcast(to: [2, 3])
        #expect(b.strides == [0, 8])
        #expect(throws: PythonError.readOnly) { try b.fill(Scalar(int64: 1)) }
    }

    @Test(arguments: [
        ([Int](), "(),"), ([3], "(3,)"), ([2, 3], "(2, 3)"),
    ])
    func shapeText(shape: [Int], expected: String) {
        #expect(ShapeText.tuple(shape) + (shape.isEmpty ? "," : "") == expected)
    }
}
