import ArrayEngine

/// `convolve` and `correlate` of 1-D sequences: each output element the dot product
/// of the overlapping parts, as NumPy's `_pyarray_correlate` walks them.
extension NumPyModule {
    static func convolutionFunctions() -> [Function] {
        [
            function("convolve(a, v, mode='full')", doc: "The discrete linear convolution of a and v.") {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let mode = try correlationMode(args.raw("mode") ?? .none)
                var a = try oneDimensional(
                    np, args.raw("a") ?? .none, liftingScalars: true, tooDeep: "object too deep for desired array")
                var v = try oneDimensional(
                    np, args.raw("v") ?? .none, liftingScalars: true, tooDeep: "object too deep for desired array")
                if a.size == 0 { throw .value("a cannot be empty") }
                if v.size == 0 { throw .value("v cannot be empty") }
                if v.size > a.size { swap(&a, &v) }
                let reversed = try Convert.array(try interpreter.getItem(.array(v), .slice(.none, .none, .int(-1))))
                return .array(try correlate(np, a, reversed, mode))
            },
            function(
                "correlate(a, v, mode='valid')", doc: "The cross-correlation of a and v (v conjugated when complex)."
            ) {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                let mode = try correlationMode(args.raw("mode") ?? .none)
                let tooDeep =
                    "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1."
                let a = try oneDimensional(np, args.raw("a") ?? .none, liftingScalars: false, tooDeep: tooDeep)
                var v = try oneDimensional(np, args.raw("v") ?? .none, liftingScalars: false, tooDeep: tooDeep)
                if a.size == 0 { throw .value("first array argument cannot be empty") }
                if v.size == 0 { throw .value("second array argument cannot be empty") }
                if v.dtype.isComplex { v = try np.array("conjugate", .array(v)) }
                // The shorter one slides along the longer; swapped, the output comes out reversed.
                guard v.size > a.size else { return .array(try correlate(np, a, v, mode)) }
                let result = try correlate(np, v, a, mode)
                return try interpreter.getItem(.array(result), .slice(.none, .none, .int(-1)))
            },
        ]
    }

    /// 0 (valid), 1 (same) or 2 (full), from NumPy's spellings of them.
    private static func correlationMode(_ value: Value) throws(PythonError) -> Int {
        switch value {
        case .int(let mode):
            guard (0...2).contains(mode) else { throw .value("integer convolve/correlate mode must be 0, 1, or 2") }
            return mode
        case .string(let text):
            if let mode = ["valid", "same", "full"].firstIndex(of: text) { return mode }
            if let first = text.first, "vsfVSF".contains(first) {
                throw .value("Use one of 'valid', 'same', or 'full' for convolve/correlate mode")
            }
            throw .value("mode must be one of 'valid', 'same', or 'full' (got \(Repr.tryRepr(value)))")
        default: throw .type("convolve/correlate mode not understood")
        }
    }

    /// A 1-D array of the value: convolve lifts a scalar to one element, correlate refuses it.
    private static func oneDimensional(_ np: NumPyCalls, _ value: Value, liftingScalars: Bool, tooDeep: String)
        throws(PythonError) -> NDArray
    {
        let array = try np.array("array", value, keywords: [("ndmin", .int(liftingScalars ? 1 : 0))])
        if array.ndim == 0 { throw .value("object of too small depth for desired array") }
        guard array.ndim == 1 else { throw .value(tooDeep) }
        return array
    }

    /// `_pyarray_correlate` for len(a) >= len(v): partial overlaps on the left (mode
    /// same or full), every full overlap, then partial overlaps on the right.
    private static func correlate(_ np: NumPyCalls, _ a: NDArray, _ v: NDArray, _ mode: Int) throws(PythonError)
        -> NDArray
    {
        let (n1, n) = (a.size, v.size)
        let (left, right) = mode == 0 ? (0, 0) : mode == 1 ? (n / 2, n - n / 2 - 1) : (n - 1, n - 1)
        func dot(_ aStart: Int, _ vStart: Int, _ count: Int) throws(PythonError) -> Value {
            let x = try np.interpreter.getItem(.array(a), .slice(.int(aStart), .int(aStart + count), .none))
            let y = try np.interpreter.getItem(.array(v), .slice(.int(vStart), .int(vStart + count), .none))
            return try np("dot", x, y)
        }
        var values: [Value] = []
        for i in 0..<left { values.append(try dot(0, left - i, n - left + i)) }
        for i in 0..<(n1 - n + 1) { values.append(try dot(i, 0, n)) }
        for i in 0..<right { values.append(try dot(n1 - n + 1 + i, 0, n - 1 - i)) }
        let dtype = DType.promote(a.dtype, v.dtype)
        return try Convert.array(.list(ListObject(values)), dtype: dtype).reshape([values.count])
    }
}
