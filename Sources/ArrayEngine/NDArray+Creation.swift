/// Creation functions that make new buffers: `arange`, `full`, `linspace`, `eye`, ...
extension NDArray {
    /// An array of `shape` filled with `value`.
    public static func full(shape: [Int], value: Scalar, dtype: DType) throws(PythonError) -> NDArray {
        let zero =
            value.value == .int(0) || value.value == .uint(0) || value.value == .bool(false)
            || value.value == .float(0) && value.doubleValue.sign == .plus
        let array = try allocate(shape: shape, dtype: dtype, zeroed: zero)
        if !zero { try array.fill(value) }
        return array
    }

    /// `np.arange(start, stop, step)`: computed as NumPy does, `start + i * delta`
    /// with `delta = (start + step) - start` in the result type.
    public static func arange(start: Scalar, stop: Scalar, step: Scalar, dtype: DType) throws(PythonError) -> NDArray {
        // Computed in native order, then stored in the requested one.
        guard dtype.isNative else {
            return try arange(start: start, stop: stop, step: step, dtype: dtype.native).copy(as: dtype)
        }
        let first = start.doubleValue
        let end = stop.doubleValue
        let delta = step.doubleValue
        if delta == 0 { throw .init("ZeroDivisionError", "division by zero") }
        let length: Int
        if dtype.isInteger, let a = start.exactInteger, let b = stop.exactInteger, let s = step.exactInteger,
            let exact = exactLength(start: a, stop: b, step: s)
        {
            length = exact
        } else {
            // NumPy's _calc_length: the quotient must be a number strictly inside the intp range.
            let quotient = (end - first) / delta
            guard !quotient.isNaN else { throw .value("arange: cannot compute length") }
            guard Double(Int.min) < quotient && quotient < Double(Int.max) else {
                throw .value("Maximum allowed size exceeded")
            }
            length = max(0, Int(quotient.rounded(.up)))
        }
        let array = try allocate(shape: [length], dtype: dtype, zeroed: false)
        if length == 0 { return array }
        try dtype.dispatchByKind(ArangeFill(array: array, start: start, step: step))
        return array
    }

    /// ⌈(stop - start) / step⌉ in integers, or nil when an intermediate overflows
    /// (NumPy then works in Python ints; the float path gives its answer).
    private static func exactLength(start: Int64, stop: Int64, step: Int64) -> Int? {
        let (span, spanOverflow) = stop.subtractingReportingOverflow(start)
        let (biased, biasOverflow) = span.addingReportingOverflow(step > 0 ? step - 1 : step + 1)
        let (quotient, divisionOverflow) = biased.dividedReportingOverflow(by: step)
        guard !spanOverflow, !biasOverflow, !divisionOverflow else { return nil }
        return Int(max(0, quotient))
    }

    /// `np.linspace(start, stop, num, endpoint)` in float64.
    public static func linspace(start: Double, stop: Double, count: Int, endpoint: Bool) throws(PythonError) -> NDArray
    {
        guard count >= 0 else { throw .value("Number of samples, \(count), must be non-negative.") }
        let array = try allocate(shape: [count], dtype: .float64, zeroed: false)
        let divisor = Double(endpoint ? count - 1 : count)
        let delta = stop - start
        let step = divisor > 0 ? delta / divisor : .nan
        let values = array.pointer.assumingMemoryBound(to: Double.self)
        for i in 0..<count {
            values[i] =
                step == 0
                ? (Double(i) / divisor) * delta + start
                : (divisor > 0 ? Double(i) * step + start : Double(i) * delta + start)
        }
        if endpoint && count > 1 { values[count - 1] = stop }
        return array
    }

    /// `np.eye(n, m, k)`: ones on the k-th diagonal.
    public static func eye(rows: Int, columns: Int, diagonal k: Int, dtype: DType) throws(PythonError) -> NDArray {
        let array = try allocate(shape: [rows, columns], dtype: dtype)
        let one = Scalar(.int(1), as: dtype)
        guard k > -rows && k < columns else { return array }
        for i in 0..<rows where i + k >= 0 && i + k < columns {
            array.store(one, at: array.address(of: [i, i + k]))
        }
        return array
    }

    /// An array of `shape` holding `values` in C order, cast to `dtype`.
    public static func from(scalars values: [Scalar], shape: [Int], dtype: DType) throws(PythonError) -> NDArray {
        let array = try allocate(shape: shape, dtype: dtype, zeroed: false)
        var address = array.pointer
        for value in values {
            array.store(value, at: address)
            address += array.itemsize
        }
        return array
    }
}

private struct ArangeFill: KindVisitor {
    let array: NDArray
    let start: Scalar, step: Scalar

    func visitBool() throws(PythonError) {
        guard array.size <= 2 else {
            throw .type("arange() is only supported for booleans when the result has at most length 2.")
        }
        let values = array.pointer.assumingMemoryBound(to: Bool.self)
        values[0] = start.boolValue
        if array.size == 2 { values[1] = Scalar(.float(start.doubleValue + step.doubleValue), as: .bool).boolValue }
    }

    func visitInteger<T: IntegerElement>(_: T.Type) throws(PythonError) {
        let values = array.pointer.assumingMemoryBound(to: T.self)
        // A fractional step counts as NumPy counts it: the distance between the first
        // two elements once cast (`arange(-3, 3, 0.5, dtype=int)` steps by 1).
        let first = T(start)
        let delta =
            start.exactInteger != nil && step.exactInteger != nil
            ? T(step)
            : T(Scalar(.float(start.doubleValue + step.doubleValue), as: T.dtype)) &- first
        for i in 0..<array.size {
            if i & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
            values[i] = first &+ T(truncatingIfNeeded: i) &* delta
        }
    }

    func visitFloat<T: FloatElement>(_: T.Type) throws(PythonError) {
        if T.self == Float16.self { return try fillHalf() }
        let values = array.pointer.assumingMemoryBound(to: T.self)
        let first = T(start)
        let delta = T(Scalar(.float(start.doubleValue + step.doubleValue), as: T.dtype)) - first
        for i in 0..<array.size {
            if i & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
            values[i] = first + T(i) * delta
        }
    }

    /// NumPy's `HALF_fill` steps in float32 from the first two elements and rounds each.
    private func fillHalf() throws(PythonError) {
        let values = array.pointer.assumingMemoryBound(to: Float16.self)
        let first = Float(Float16(start))
        let delta = Float(Float16(Scalar(.float(start.doubleValue + step.doubleValue), as: .float16))) - first
        for i in 0..<array.size {
            if i & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
            values[i] = Float16(first + Float(i) * delta)
        }
    }

    func visitComplex<R: FloatElement>(_: Complex<R>.Type) throws(PythonError) {
        // NumPy steps complex ranges as it steps floats, part by part.
        let values = array.pointer.assumingMemoryBound(to: Complex<R>.self)
        let first = Complex<R>(start)
        let next = Complex<R>(
            Scalar(
                .complex(start.doubleValue + step.doubleValue, start.imaginaryValue + step.imaginaryValue),
                as: Complex<R>.dtype))
        let delta = Complex<R>(next.real - first.real, next.imaginary - first.imaginary)
        for i in 0..<array.size {
            if i & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
            values[i] = Complex(first.real + R(i) * delta.real, first.imaginary + R(i) * delta.imaginary)
        }
    }
}

extension NDArray {
    /// An array over memory another object owns (Python's `bytes`, a bytearray): it owns
    /// nothing and has no array base; writeable only when the buffer is. The caller has
    /// checked that `extent` of `shape` and `strides` from `offset` stays inside the buffer.
    public static func over(_ buffer: Buffer, offset: Int, shape: [Int], strides: [Int], dtype: DType) -> NDArray {
        NDArray(
            buffer: buffer, offset: offset, shape: shape, strides: strides, dtype: dtype,
            base: nil, writeable: buffer.isWriteable)
    }

    /// The bytes an array of `shape` and `strides` touches, from `low` to before `high`,
    /// counted from its first element (negative strides reach below it); (0, 0) when empty.
    public static func extent(shape: [Int], strides: [Int], itemsize: Int) -> (low: Int, high: Int) {
        if shape.contains(0) { return (0, 0) }
        var (low, high) = (0, itemsize)
        for (extent, stride) in zip(shape, strides) {
            let reach = (extent - 1) * stride
            if reach < 0 { low += reach } else { high += reach }
        }
        return (low, high)
    }

    /// C-order strides, or Fortran-order ones (the first axis varying fastest).
    public static func contiguousStrides(shape: [Int], itemsize: Int, fortran: Bool) -> [Int] {
        fortran
            ? contiguousStrides(shape: shape.reversed(), itemsize: itemsize).reversed()
            : contiguousStrides(shape: shape, itemsize: itemsize)
    }
}
