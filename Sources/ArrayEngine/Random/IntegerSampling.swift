/// NumPy's `_rand_<dtype>`: uniform integers of any integer dtype (or bool) in
/// `[low, high)`, or `[low, high]` when `closed`, with scalar or array bounds.
///
/// Bounds are checked against the dtype's range before any draw, with
/// NumPy's messages (`high <= 0` when `low` is 0, `low >= high` otherwise).
/// One `BitBuffer` serves the whole array, so 8- and 16-bit values share
/// 32-bit draws exactly as NumPy's fill loops do.
enum IntegerSampling {
    static func sample(
        _ bits: some BitGenerator, low: NDArray, high: NDArray, size: [Int]?, dtype: DType,
        closed: Bool, method: BoundedIntegers.Method
    ) throws(PythonError) -> NDArray {
        if let size, size.reduce(1, &*) == 0 {
            return try NDArray.allocate(shape: size, dtype: dtype)
        }
        let (lowest, highest) = range(of: dtype)
        let open: Int128 = closed ? 0 : 1
        if low.ndim == 0 && high.ndim == 0 {
            let first = try low.item().integer()
            let last = try high.item().integer() - open
            if first < lowest { throw .value("low is out of bounds for \(dtype.name)") }
            if last > highest { throw .value("high is out of bounds for \(dtype.name)") }
            if first > last { throw boundsError(closed: closed, lowIsZero: first == 0) }
            let out = try NDArray.allocate(shape: size ?? [], dtype: dtype, zeroed: false)
            let offset = UInt64(truncatingIfNeeded: first)
            let span = UInt64(truncatingIfNeeded: last - first)
            try fill(out, count: out.size, bits: bits, method: method) { _ in (offset, span) }
            return out
        }
        // The array path: every bound checked first, then one draw per element.
        let lows = try low.elements().map { s throws(PythonError) in try s.integer() }
        let highs = try high.elements().map { s throws(PythonError) in try s.integer() }
        if lows.contains(where: { $0 < lowest }) { throw .value("low is out of bounds for \(dtype.name)") }
        if highs.contains(where: { $0 - open > highest }) { throw .value("high is out of bounds for \(dtype.name)") }
        let pairShape = try Broadcasting.operandShape([low.shape, high.shape])
        let pairLows = try ParameterBroadcast.indices(of: low.shape, in: pairShape)
        let pairHighs = try ParameterBroadcast.indices(of: high.shape, in: pairShape)
        if zip(pairLows, pairHighs).contains(where: { lows[$0] > highs[$1] - open }) {
            throw boundsError(closed: closed, lowIsZero: lows.allSatisfy { $0 == 0 })
        }
        let shape = size ?? pairShape
        let out = try NDArray.allocate(shape: shape, dtype: dtype, zeroed: false)
        // NumPy walks the broadcast of bounds and output, stopping after the output's size.
        let walk = try ParameterBroadcast.shape([low.shape, high.shape, shape])
        let walkLows = try ParameterBroadcast.indices(of: low.shape, in: walk)
        let walkHighs = try ParameterBroadcast.indices(of: high.shape, in: walk)
        try fill(out, count: out.size, bits: bits, method: method) { i in
            let first = lows[walkLows[i]]
            let last = highs[walkHighs[i]] - open
            return (UInt64(truncatingIfNeeded: first), UInt64(truncatingIfNeeded: last - first))
        }
        return out
    }

    /// The smallest and largest value of an integer dtype (bool: 0 and 1).
    static func range(of dtype: DType) -> (Int128, Int128) {
        switch dtype.scalarType {
        case .bool: (0, 1)
        case .int8: (Int128(Int8.min), Int128(Int8.max))
        case .int16: (Int128(Int16.min), Int128(Int16.max))
        case .int32: (Int128(Int32.min), Int128(Int32.max))
        case .uint8: (0, Int128(UInt8.max))
        case .uint16: (0, Int128(UInt16.max))
        case .uint32: (0, Int128(UInt32.max))
        case .uint64: (0, Int128(UInt64.max))
        default: (Int128(Int64.min), Int128(Int64.max))
        }
    }

    /// `format_bounds_error`: a friendlier message for the one-argument form.
    static func boundsError(closed: Bool, lowIsZero: Bool) -> PythonError {
        lowIsZero ? .value(closed ? "high < 0" : "high <= 0") : .value(closed ? "low > high" : "low >= high")
    }

    /// Writes `count` draws into `out`; `bounds(i)` gives element i's offset and range.
    private static func fill(
        _ out: NDArray, count: Int, bits: some BitGenerator, method: BoundedIntegers.Method,
        bounds: (Int) -> (UInt64, UInt64)
    ) throws(PythonError) {
        var buffer = BoundedIntegers.BitBuffer()
        let target = out.pointer
        for i in 0..<count {
            if i & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
            let (offset, range) = bounds(i)
            switch out.dtype == .bool ? 0 : out.dtype.itemsize {
            case 0:
                let value = BoundedIntegers.bool(
                    bits, offset: offset & 1 != 0, range: range & 0xff != 0, buffer: &buffer)
                target.storeBytes(of: value ? 1 : 0, toByteOffset: i, as: UInt8.self)
            case 8:
                target.storeBytes(
                    of: BoundedIntegers.uint64(bits, offset: offset, range: range, method: method),
                    toByteOffset: 8 * i, as: UInt64.self)
            case 4:
                target.storeBytes(
                    of: BoundedIntegers.uint32(
                        bits, offset: UInt32(truncatingIfNeeded: offset),
                        range: UInt32(truncatingIfNeeded: range), method: method),
                    toByteOffset: 4 * i, as: UInt32.self)
            case 2:
                target.storeBytes(
                    of: BoundedIntegers.uint16(
                        bits, offset: UInt16(truncatingIfNeeded: offset),
                        range: UInt16(truncatingIfNeeded: range), method: method,
                        buffer: &buffer),
                    toByteOffset: 2 * i, as: UInt16.self)
            default:
                target.storeBytes(
                    of: BoundedIntegers.uint8(
                        bits, offset: UInt8(truncatingIfNeeded: offset),
                        range: UInt8(truncatingIfNeeded: range), method: method,
                        buffer: &buffer),
                    toByteOffset: i, as: UInt8.self)
            }
        }
    }
}

extension Scalar {
    /// Python's `int(x)`: floats truncated toward zero; NaN and infinity refused.
    public func integer() throws(PythonError) -> Int128 {
        switch value {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Int128(i)
        case .uint(let u): return Int128(u)
        case .float(let d):
            if d.isNaN { throw .value("cannot convert float NaN to integer") }
            if d.isInfinite { throw .overflow("cannot convert float infinity to integer") }
            return Int128(d.rounded(.towardZero))
        case .complex:
            throw .type("int() argument must be a string, a bytes-like object or a real number, not 'complex'")
        }
    }
}
