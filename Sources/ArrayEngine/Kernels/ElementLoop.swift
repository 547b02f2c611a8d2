/// The inner loops every element-wise kernel runs: strided in general, with a
/// contiguous path the compiler can vectorise; big loops split across threads.
///
/// The operation is a type (`BinaryFunction`, `UnaryFunction`), so each
/// specialisation inlines it into these loops.
enum ElementLoop {
    /// `out[i] = op(a[i], b[i])` over `out.shape`, `a` and `b` presented with the given strides.
    @inline(__always)
    static func binary<F: BinaryFunction>(
        _ a: NDArray, _ aStrides: [Int], _ b: NDArray, _ bStrides: [Int], into out: NDArray, _ op: F
    ) throws(PythonError) {
        typealias A = F.A
        typealias B = F.B
        typealias R = F.R
        let aBase = UnsafeRawPointer(a.pointer)
        let bBase = UnsafeRawPointer(b.pointer)
        let oBase = out.pointer
        try Parallel.forEach(count: out.size) { part throws(PythonError) in
            try StridedLoop.forEach(
                shape: out.shape, strides: [aStrides, bStrides, out.strides],
                maximumRun: StridedLoop.interruptGranularity, elements: part
            ) {
                offsets, count, inner throws(PythonError) in
                let pa = aBase + offsets[0]
                let pb = bBase + offsets[1]
                let po = oBase + offsets[2]
                let sa = MemoryLayout<A>.stride
                let sb = MemoryLayout<B>.stride
                let so = MemoryLayout<R>.stride
                if inner[2] == so, inner[0] == sa || inner[0] == 0, inner[1] == sb || inner[1] == 0,
                    Int(bitPattern: pa) % MemoryLayout<A>.alignment == 0,
                    Int(bitPattern: pb) % MemoryLayout<B>.alignment == 0,
                    Int(bitPattern: po) % MemoryLayout<R>.alignment == 0
                {
                    let to = po.assumingMemoryBound(to: R.self)
                    switch (inner[0] == 0, inner[1] == 0) {
                    case (false, false): for i in 0..<count { to[i] = op(A.element(pa, at: i), B.element(pb, at: i)) }
                    case (false, true):
                        let y = B.element(pb, at: 0)
                        for i in 0..<count { to[i] = op(A.element(pa, at: i), y) }
                    case (true, false):
                        let x = A.element(pa, at: 0)
                        for i in 0..<count { to[i] = op(x, B.element(pb, at: i)) }
                    case (true, true):
                        let v = op(A.element(pa, at: 0), B.element(pb, at: 0))
                        for i in 0..<count { to[i] = v }
                    }
                    return
                }
                var xa = pa
                var xb = pb
                var xo = po
                for _ in 0..<count {
                    xo.storeBytes(of: op(A.load(from: xa), B.load(from: xb)), as: R.self)
                    xa += inner[0]
                    xb += inner[1]
                    xo += inner[2]
                }
            }
        }
    }

    /// `out[i] = op(a[i])`.
    @inline(__always)
    static func unary<F: UnaryFunction>(_ a: NDArray, _ aStrides: [Int], into out: NDArray, _ op: F)
        throws(PythonError)
    {
        typealias A = F.A
        typealias R = F.R
        let aBase = UnsafeRawPointer(a.pointer)
        let oBase = out.pointer
        try Parallel.forEach(count: out.size) { part throws(PythonError) in
            try StridedLoop.forEach(
                shape: out.shape, strides: [aStrides, out.strides],
                maximumRun: StridedLoop.interruptGranularity, elements: part
            ) {
                offsets, count, inner throws(PythonError) in
                let pa = aBase + offsets[0]
                let po = oBase + offsets[1]
                if inner[0] == MemoryLayout<A>.stride, inner[1] == MemoryLayout<R>.stride,
                    Int(bitPattern: pa) % MemoryLayout<A>.alignment == 0,
                    Int(bitPattern: po) % MemoryLayout<R>.alignment == 0
                {
                    let to = po.assumingMemoryBound(to: R.self)
                    for i in 0..<count { to[i] = op(A.element(pa, at: i)) }
                    return
                }
                var xa = pa
                var xo = po
                for _ in 0..<count {
                    xo.storeBytes(of: op(A.load(from: xa)), as: R.self)
                    xa += inner[0]
                    xo += inner[1]
                }
            }
        }
    }
}
