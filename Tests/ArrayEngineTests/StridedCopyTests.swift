import Testing

@testable import ArrayEngine

/// Copies and fills of strided views move each element as raw bits of its width
/// (`CastCopy.moveRun`): every byte arrives, for every dtype, stride sign and
/// shape, and elements between the strided ones are left alone.
@Suite("Strided copies and fills")
struct StridedCopyTests {
    static let dtypes: [DType] = [
        .bool, .int8, .int16, .int32, .int64, .uint8, .uint16, .uint32, .uint64,
        .float16, .float32, .float64, .complex64, .complex128,
    ]

    /// A fresh array of `count` elements whose bytes follow a pattern no two neighbours share
    /// (bool bytes other than 0 and 1, NaN payloads, both zeros among them).
    static func patterned(_ dtype: DType, count: Int) throws -> NDArray {
        let a = try NDArray.allocate(shape: [count], dtype: dtype)
        for i in 0..<(count * dtype.itemsize) {
            a.pointer.storeBytes(of: UInt8(truncatingIfNeeded: i &* 37 &+ 11), toByteOffset: i, as: UInt8.self)
        }
        return a
    }

    /// The bytes of the element at `index`, read through the strides.
    static func bytes(_ a: NDArray, _ index: [Int]) -> [UInt8] {
        let p = UnsafeRawPointer(a.address(of: index))
        return (0..<a.itemsize).map { p.load(fromByteOffset: $0, as: UInt8.self) }
    }

    /// Every index of `shape` in C order.
    static func indices(_ shape: [Int]) -> [[Int]] {
        shape.reduce([[]]) { partial, extent in partial.flatMap { prefix in (0..<extent).map { prefix + [$0] } } }
    }

    /// Views of a 1-D array of 60 elements: (offset in elements, shape, strides in elements).
    static let layouts: [(offset: Int, shape: [Int], strides: [Int])] = [
        (0, [0], [2]), (5, [1], [-3]), (0, [30], [2]), (59, [20], [-3]), (59, [60], [-1]),
        (10, [5, 6], [12, -2]), (0, [4, 3], [1, 15]), (38, [3, 4, 2], [-19, 4, 1]), (0, [2, 0, 3], [30, 5, 1]),
    ]

    /// The elements of the 1-D array a layout's view reaches.
    static func positions(_ layout: (offset: Int, shape: [Int], strides: [Int])) -> Set<Int> {
        Set(indices(layout.shape).map { zip($0, layout.strides).reduce(layout.offset) { $0 + $1.0 * $1.1 } })
    }

    /// The layout's view of `a`, after checking that it stays inside `a`'s 60 elements.
    static func view(_ a: NDArray, _ layout: (offset: Int, shape: [Int], strides: [Int])) throws -> NDArray {
        try #require(positions(layout).allSatisfy { (0..<60).contains($0) }, "\(layout) leaves the array")
        return a.view(
            offset: layout.offset * a.itemsize, shape: layout.shape, strides: layout.strides.map { $0 * a.itemsize })
    }

    @Test("a copy of a strided view holds every element's bytes", arguments: dtypes)
    func copiesKeepEveryByte(_ dtype: DType) throws {
        let source = try Self.patterned(dtype, count: 60)
        for layout in Self.layouts {
            let strided = try Self.view(source, layout)
            let copy = try strided.copy()
            #expect(copy.shape == layout.shape)
            for index in Self.indices(layout.shape) {
                #expect(Self.bytes(copy, index) == Self.bytes(strided, index), "\(dtype.name) \(layout) at \(index)")
            }
        }
    }

    @Test("a contiguous array copied into a strided view lands on its elements only", arguments: dtypes)
    func copiesIntoAStridedView(_ dtype: DType) throws {
        for layout in Self.layouts {
            let target = try Self.patterned(dtype, count: 60)
            let before = Self.indices([60]).map { Self.bytes(target, $0) }
            let values = try Self.patterned(dtype, count: layout.shape.reduce(1, *)).reshape(layout.shape)
            let strided = try Self.view(target, layout)
            try strided.assign(values)
            for index in Self.indices(layout.shape) {
                #expect(Self.bytes(strided, index) == Self.bytes(values, index), "\(dtype.name) \(layout) at \(index)")
            }
            let written = Self.positions(layout)
            for i in 0..<60 where !written.contains(i) {
                #expect(Self.bytes(target, [i]) == before[i], "\(dtype.name) \(layout): element \(i) was touched")
            }
        }
    }

    @Test("filling a strided view writes the value's bytes there and nowhere else", arguments: dtypes)
    func fillsAStridedView(_ dtype: DType) throws {
        let value = try Self.patterned(dtype, count: 61).view(offset: 60 * dtype.itemsize, shape: [], strides: [])
        for layout in Self.layouts {
            let target = try Self.patterned(dtype, count: 60)
            let before = Self.indices([60]).map { Self.bytes(target, $0) }
            let strided = try Self.view(target, layout)
            try strided.assign(value)
            for index in Self.indices(layout.shape) {
                #expect(Self.bytes(strided, index) == Self.bytes(value, []), "\(dtype.name) \(layout) at \(index)")
            }
            let written = Self.positions(layout)
            for i in 0..<60 where !written.contains(i) {
                #expect(Self.bytes(target, [i]) == before[i], "\(dtype.name) \(layout): element \(i) was touched")
            }
        }
    }
}
