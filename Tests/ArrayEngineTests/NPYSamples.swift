@testable import ArrayEngine

/// The same sample arrays built by arrsh and by NumPy (`python` below), for every
/// dtype and the layouts `np.save` treats differently.
enum NPYSamples {
    /// NumPy's type codes (without byte order) for every dtype arrsh supports.
    static let codes: [(code: String, dtype: DType)] = [
        ("b1", .bool), ("i1", .int8), ("i2", .int16), ("i4", .int32), ("i8", .int64),
        ("u1", .uint8), ("u2", .uint16), ("u4", .uint32), ("u8", .uint64), ("f2", .float16), ("f4", .float32),
        ("f8", .float64),
        ("c8", .complex64), ("c16", .complex128),
    ]

    /// C order, Fortran order (a transposed view), a strided reversed view, 1-D, 0-d, empty.
    static let layouts = ["c", "f", "strided", "flat", "scalar", "empty"]

    /// Multipliers that reach each type's high bytes without overflowing it.
    static func scale(_ dtype: DType) -> Int64 {
        switch dtype {
        case .int16: 300
        case .int32: 1_000_000
        case .int64: 1_000_000_000_000
        case .uint16: 600
        case .uint32: 40_000_000
        case .uint64: 100_000_000_000_000_000
        default: 1
        }
    }

    /// Element k of the flat sample sequence.
    static func value(_ k: Int, _ dtype: DType) -> Scalar {
        let b = Int64((k * 37) % 101)
        switch dtype.kind {
        case .boolean: return Scalar(bool: k % 3 == 0)
        case .signed: return Scalar(.int((b - 50) * scale(dtype)), as: dtype)
        case .unsigned: return Scalar(.uint(UInt64(b) * UInt64(scale(dtype))), as: dtype)
        case .floating: return Scalar(.float(Double(b - 50) / 8), as: dtype)
        case .complex: return Scalar(.complex(Double(b - 50) / 8, Double(b - 25) / 4), as: dtype)
        case .void, .unicode, .bytes, .datetime, .timedelta, .variableString:
            preconditionFailure("the samples hold no records, strings or times")
        }
    }

    static func sequence(_ count: Int, _ dtype: DType, shape: [Int]) throws -> NDArray {
        try NDArray.from(scalars: (0..<count).map { value($0, dtype) }, shape: shape, dtype: dtype)
    }

    /// The sample array for a layout; `python` builds the same one from `values`.
    static func array(_ dtype: DType, layout: String) throws -> NDArray {
        switch layout {
        case "c": return try sequence(6, dtype, shape: [2, 3])
        case "f": return try sequence(6, dtype, shape: [3, 2]).transposed()
        case "strided":
            let whole = try sequence(24, dtype, shape: [4, 6])
            guard
                case .array(let view) = try whole.select([
                    .slice(start: nil, stop: nil, step: 2),
                    .slice(start: nil, stop: nil, step: -1),
                ])
            else { return whole }
            return view
        case "flat": return try sequence(5, dtype, shape: [5])
        case "scalar": return try sequence(1, dtype, shape: [])
        default: return try sequence(0, dtype, shape: [0, 3])
        }
    }

    /// Python defining `values(code, layout, order='<')`, the NumPy twin of `array`.
    static let python = """
        import numpy as np
        SCALE = {'i2': 300, 'i4': 10**6, 'i8': 10**12, 'u2': 600, 'u4': 4 * 10**7, 'u8': 10**17}
        def sequence(code, n, order='<'):
            k = np.arange(n, dtype=np.int64)
            b = (k * 37) % 101
            if code == 'b1': v = k % 3 == 0
            elif code[0] == 'i': v = (b - 50) * SCALE.get(code, 1)
            elif code[0] == 'u': v = b.astype(np.uint64) * np.uint64(SCALE.get(code, 1))
            elif code[0] == 'c': v = (b - 50) / 8.0 + 1j * ((b - 25) / 4.0)
            else: v = (b - 50) / 8.0
            return v.astype(order + code)
        def values(code, layout, order='<'):
            s = lambda n: sequence(code, n, order)
            return {'c': lambda: s(6).reshape(2, 3), 'f': lambda: s(6).reshape(3, 2).T,
                    'strided': lambda: s(24).reshape(4, 6)[::2, ::-1], 'flat': lambda: s(5),
                    'scalar': lambda: s(1).reshape(()), 'empty': lambda: s(0).reshape(0, 3)}[layout]()

        """
}
