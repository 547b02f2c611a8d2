/// NumPy's pairwise summation (`pairwise_sum_DOUBLE` in `loops_utils.h`): eight
/// running sums per 128-element block, halves combined recursively. Float sums
/// must use exactly this order to equal NumPy's bit for bit.
enum PairwiseSum {
    static let blockSize = 128

    static func sum<T: FloatElement>(_ base: UnsafeRawPointer, count n: Int, stride: Int, as _: T.Type) throws(ArrayError) -> T {
        @inline(__always) func at(_ i: Int) -> T { base.loadUnaligned(fromByteOffset: i * stride, as: T.self) }
        if n < 8 {
            var result: T = 0
            for i in 0..<n { result += at(i) }
            return result
        }
        if n <= blockSize {
            var r0 = at(0), r1 = at(1), r2 = at(2), r3 = at(3)
            var r4 = at(4), r5 = at(5), r6 = at(6), r7 = at(7)
            var i = 8
            let end = n - n % 8
            while i < end {
                r0 += at(i); r1 += at(i + 1); r2 += at(i + 2); r3 += at(i + 3)
                r4 += at(i + 4); r5 += at(i + 5); r6 += at(i + 6); r7 += at(i + 7)
                i += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                result += at(i)
                i += 1
            }
            return result
        }
        // Long sums are one run (splitting would change the result): poll Ctrl-C here.
        if n >= StridedLoop.interruptGranularity { try Interruption.check() }
        var half = n / 2
        half -= half % 8
        return try sum(base, count: half, stride: stride, as: T.self)
            + sum(base + half * stride, count: n - half, stride: stride, as: T.self)
    }
}
