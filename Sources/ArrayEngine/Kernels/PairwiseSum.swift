/// NumPy's pairwise summation (`pairwise_sum_DOUBLE` in `loops_utils.h`): eight
/// running sums per 128-element block, halves combined recursively. Float sums
/// must use exactly this order to equal NumPy's bit for bit.
enum PairwiseSum {
    static let blockSize = 128

    /// Long sums are one run (splitting would change the result), so Ctrl-C is polled here.
    /// A big sum's two halves, the tree's top split, are summed on two threads (`split`).
    static func sum<T: FloatElement>(
        _ base: UnsafeRawPointer, count n: Int, stride: Int, as _: T.Type, split: Bool = true
    ) throws(PythonError) -> T {
        if n >= StridedLoop.interruptGranularity {
            try Interruption.check()
            var half = n / 2
            half -= half % 8
            if split, Parallel.splits(n) {
                return try withUnsafeTemporaryAllocation(of: T.self, capacity: 2) { halves throws(PythonError) in
                    try Parallel.run(2) { part throws(PythonError) in
                        halves[part] =
                            part == 0
                            ? try sum(base, count: half, stride: stride, as: T.self, split: false)
                            : try sum(base + half * stride, count: n - half, stride: stride, as: T.self, split: false)
                    }
                    return halves[0] + halves[1]
                }
            }
            return try sum(base, count: half, stride: stride, as: T.self, split: false)
                + sum(base + half * stride, count: n - half, stride: stride, as: T.self, split: false)
        }
        if stride == MemoryLayout<T>.stride, Int(bitPattern: base) % MemoryLayout<T>.alignment == 0 {
            if T.self == Double.self {
                return unsafeBitCast(contiguous(base.assumingMemoryBound(to: Double.self), n), to: T.self)
            }
            if T.self == Float.self {
                return unsafeBitCast(contiguous(base.assumingMemoryBound(to: Float.self), n), to: T.self)
            }
        }
        return strided(base, count: n, stride: stride, as: T.self)
    }

    /// The same order over contiguous elements, the eight running sums held as
    /// the lanes of one SIMD vector (lane k adds elements k, k + 8, ...).
    static func contiguous<T: SIMDScalar & BinaryFloatingPoint>(_ a: UnsafePointer<T>, _ n: Int) -> T {
        if n < 8 {
            var result: T = 0
            for i in 0..<n { result += a[i] }
            return result
        }
        if n <= blockSize {
            let raw = UnsafeRawPointer(a)
            var r = raw.loadUnaligned(as: SIMD8<T>.self)
            var i = 8
            let end = n - n % 8
            while i < end {
                r += raw.loadUnaligned(fromByteOffset: i * MemoryLayout<T>.stride, as: SIMD8<T>.self)
                i += 8
            }
            var result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n {
                result += a[i]
                i += 1
            }
            return result
        }
        var half = n / 2
        half -= half % 8
        return contiguous(a, half) + contiguous(a + half, n - half)
    }

    @inline(__always)
    static func strided<T: FloatElement>(_ base: UnsafeRawPointer, count n: Int, stride: Int, as _: T.Type) -> T {
        @inline(__always) func at(_ i: Int) -> T { base.loadUnaligned(fromByteOffset: i * stride, as: T.self) }
        if n < 8 {
            var result: T = 0
            for i in 0..<n { result += at(i) }
            return result
        }
        if n <= blockSize {
            var r0 = at(0)
            var r1 = at(1)
            var r2 = at(2)
            var r3 = at(3)
            var r4 = at(4)
            var r5 = at(5)
            var r6 = at(6)
            var r7 = at(7)
            var i = 8
            let end = n - n % 8
            while i < end {
                r0 += at(i)
                r1 += at(i + 1)
                r2 += at(i + 2)
                r3 += at(i + 3)
                r4 += at(i + 4)
                r5 += at(i + 5)
                r6 += at(i + 6)
                r7 += at(i + 7)
                i += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                result += at(i)
                i += 1
            }
            return result
        }
        var half = n / 2
        half -= half % 8
        return strided(base, count: half, stride: stride, as: T.self)
            + strided(base + half * stride, count: n - half, stride: stride, as: T.self)
    }

    /// float16 elements summed in float32 in the same order (NumPy's `HALF_pairwise_sum`).
    static func halfSum(_ base: UnsafeRawPointer, count n: Int, stride: Int) throws(PythonError) -> Float {
        if n >= StridedLoop.interruptGranularity { try Interruption.check() }
        @inline(__always) func at(_ i: Int) -> Float {
            Float(base.loadUnaligned(fromByteOffset: i * stride, as: Float16.self))
        }
        if n < 8 {
            var result: Float = 0
            for i in 0..<n { result += at(i) }
            return result
        }
        if n <= blockSize {
            var r = (0..<8).map(at)
            var i = 8
            while i < n - n % 8 {
                for k in 0..<8 { r[k] += at(i + k) }
                i += 8
            }
            var result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n {
                result += at(i)
                i += 1
            }
            return result
        }
        var half = n / 2
        half -= half % 8
        return try halfSum(base, count: half, stride: stride)
            + halfSum(base + half * stride, count: n - half, stride: stride)
    }

    /// Complex elements: NumPy sums the parts as one run of 2n floats, so the eight
    /// running sums hold four elements' real and imaginary parts.
    static func complexSum<R: FloatElement>(_ base: UnsafeRawPointer, count m: Int, stride: Int, as _: R.Type)
        throws(PythonError) -> Complex<R>
    {
        if m >= StridedLoop.interruptGranularity { try Interruption.check() }
        @inline(__always) func at(_ i: Int) -> Complex<R> {
            base.loadUnaligned(fromByteOffset: i * stride, as: Complex<R>.self)
        }
        if m < 4 {
            var real: R = 0
            var imaginary: R = 0
            for i in 0..<m {
                real += at(i).real
                imaginary += at(i).imaginary
            }
            return Complex(real, imaginary)
        }
        if 2 * m <= blockSize {
            var r = (0..<4).map(at)
            var i = 4
            while i < m - m % 4 {
                for k in 0..<4 {
                    r[k].real += at(i + k).real
                    r[k].imaginary += at(i + k).imaginary
                }
                i += 4
            }
            var real = (r[0].real + r[1].real) + (r[2].real + r[3].real)
            var imaginary = (r[0].imaginary + r[1].imaginary) + (r[2].imaginary + r[3].imaginary)
            while i < m {
                real += at(i).real
                imaginary += at(i).imaginary
                i += 1
            }
            return Complex(real, imaginary)
        }
        let half = (m - m % 8) / 2
        let x = try complexSum(base, count: half, stride: stride, as: R.self)
        let y = try complexSum(base + half * stride, count: m - half, stride: stride, as: R.self)
        return Complex(x.real + y.real, x.imaginary + y.imaginary)
    }
}
