import Testing

@testable import ArrayEngine

/// `repr`/`str` of arrays, compared with what NumPy 2.4 printed for the same arrays.
@Suite("Array printing")
struct PrintingTests {
    func arange(_ n: Int, _ dtype: DType = .int64) throws -> NDArray {
        try NDArray.arange(start: Scalar(int64: 0), stop: Scalar(int64: Int64(n)), step: Scalar(int64: 1), dtype: dtype)
    }

    @Test func twoDimensionalReprAndStr() throws {
        let m = try arange(12).reshape([3, 4])
        #expect(
            try ArrayFormatter.repr(m) == """
                array([[ 0,  1,  2,  3],
                       [ 4,  5,  6,  7],
                       [ 8,  9, 10, 11]])
                """)
        #expect(try ArrayFormatter.str(m) == "[[ 0  1  2  3]\n [ 4  5  6  7]\n [ 8  9 10 11]]")
    }

    @Test func threeDimensionalBlocksAreSeparatedByBlankLines() throws {
        #expect(
            try ArrayFormatter.repr(try arange(24).reshape([2, 3, 4])) == """
                array([[[ 0,  1,  2,  3],
                        [ 4,  5,  6,  7],
                        [ 8,  9, 10, 11]],

                       [[12, 13, 14, 15],
                        [16, 17, 18, 19],
                        [20, 21, 22, 23]]])
                """)
    }

    @Test func longRowsWrapAtSeventyFiveColumns() throws {
        let big = try BinaryKernel.run(.multiply, try arange(30), NDArray.scalar(Scalar(int64: 1_000_000)))
        #expect(
            try ArrayFormatter.repr(big) == """
                array([       0,  1000000,  2000000,  3000000,  4000000,  5000000,
                        6000000,  7000000,  8000000,  9000000, 10000000, 11000000,
                       12000000, 13000000, 14000000, 15000000, 16000000, 17000000,
                       18000000, 19000000, 20000000, 21000000, 22000000, 23000000,
                       24000000, 25000000, 26000000, 27000000, 28000000, 29000000])
                """)
    }

    @Test func largeArraysAreSummarisedWithTheirShape() throws {
        #expect(
            try ArrayFormatter.repr(try arange(2000))
                == "array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))")
    }

    @Test func dtypeSuffixEmptyAndZeroDimensional() throws {
        #expect(try ArrayFormatter.repr(try arange(3, .int8)) == "array([0, 1, 2], dtype=int8)")
        #expect(try ArrayFormatter.repr(try NDArray.allocate(shape: [0], dtype: .int32)) == "array([], dtype=int32)")
        #expect(
            try ArrayFormatter.repr(try NDArray.allocate(shape: [2, 0], dtype: .float64))
                == "array([], shape=(2, 0), dtype=float64)")
        #expect(try ArrayFormatter.repr(NDArray.scalar(Scalar(int64: 5))) == "array(5)")
        #expect(try ArrayFormatter.repr(try NDArray.from([true, false])) == "array([ True, False])")
    }

    @Test func reversedStridedViewsPrintInLogicalOrder() throws {
        guard case .array(let v) = try arange(6).select([.slice(start: nil, stop: nil, step: -2)]) else {
            Issue.record("expected a view")
            return
        }
        #expect(try ArrayFormatter.repr(v) == "array([5, 3, 1])")
    }

    @Test func scalarReprs() {
        #expect(ScalarFormatter.repr(Scalar(int64: 100)) == "np.int64(100)")
        #expect(ScalarFormatter.repr(Scalar(bool: true)) == "np.True_")
        #expect(ScalarFormatter.repr(Scalar(.int(3), as: .uint8)) == "np.uint8(3)")
    }
}
