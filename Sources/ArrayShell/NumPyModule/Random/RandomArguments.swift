import ArrayEngine
import BigInt

/// Reading `np.random`'s arguments and shaping its results as NumPy does.
enum RandomArguments {
    /// `size=`: None, or what `np.empty(size)` accepts (an int or a sequence of ints).
    static func size(_ args: BoundArguments, _ name: String = "size") throws(PythonError) -> [Int]? {
        guard let value = args[name] else { return nil }
        return try shape(value)
    }

    /// A shape as `np.empty` reads it, with its messages.
    static func shape(_ value: Value) throws(PythonError) -> [Int] {
        switch value {
        case .tuple(let items): return try items.map { v throws(PythonError) in try Convert.index(v) }
        case .list(let list): return try list.items.map { v throws(PythonError) in try Convert.index(v) }
        case .int, .bool, .scalar: return [try Convert.index(value)]
        case .array(let a) where a.ndim == 0 && a.dtype.isInteger: return [try Convert.index(value)]
        default:
            throw .type("expected a sequence of integers or a single integer, got \(Repr.quoted(try Repr.repr(value)))")
        }
    }

    /// A bound of `integers`/`randint`. A Python int beyond 64 bits is out of every
    /// dtype's range but for `2**64`, the exclusive top of uint64: that one becomes
    /// the float equal to it, larger ones `2**65`, smaller ones `-2**65`, so the
    /// bound checks give NumPy's answers.
    static func bound(_ value: Value) throws(PythonError) -> NDArray {
        guard case .bigInt(let big) = value, UInt64(exactly: big) == nil, Int64(exactly: big) == nil else {
            return try Convert.array(value)
        }
        let top = BigInt(1) << 64
        let stand: Double = big == top ? 0x1p64 : big > top ? 0x1p65 : -0x1p65
        return .scalar(Scalar(double: stand))
    }

    /// A distribution parameter (`loc`, `scale`, `low`, ...) as an array; 0-d for a scalar.
    static func parameter(_ args: BoundArguments, _ name: String) throws(PythonError) -> NDArray {
        try Convert.array(args.raw(name) ?? .none)
    }

    /// A float sampler's result: without `size`, the one sample as a Python float.
    static func floats(_ result: NDArray, size: [Int]?) throws(PythonError) -> Value {
        if size == nil && result.ndim == 0 { return .float(try result.item().doubleValue) }
        return .array(result)
    }

    /// An integer sampler's result: without `size`, a NumPy scalar, or a Python
    /// int or bool when `dtype` was the Python type itself.
    static func integers(_ result: NDArray, size: [Int]?, dtype: Value?) throws(PythonError) -> Value {
        guard size == nil && result.ndim == 0 else { return .array(result) }
        let value = try result.item()
        switch dtype {
        case .type(.int)?: return Convert.python(value)
        case .type(.bool)?: return .bool(value.boolValue)
        default: return .scalar(value)
        }
    }

    /// The `a` of `choice`: a population size, or the array sampled from.
    static func population(_ value: Value, legacy: Bool) throws(PythonError) -> RandomGenerator.Population {
        let array = try Convert.array(value)
        guard array.ndim == 0 else { return .elements(array) }
        guard array.dtype.isInteger || array.dtype == .bool, let n = try array.item().exactInteger else {
            if legacy { throw .value("a must be 1-dimensional or an integer") }
            throw .value("a must be a sequence or an integer, not \(try Repr.repr(Builtins.typeOf(value)))")
        }
        return .count(Int(n))
    }

    /// `p=`: None, or probabilities (an array given as one may be float32).
    static func probabilities(_ args: BoundArguments) throws(PythonError) -> Probabilities? {
        guard let value = args["p"] else { return nil }
        switch value {
        case .array(let a) where a.ndim > 0: return Probabilities(a, givenAsArray: true)
        case .array: throw .type("len() of unsized object")
        case .list, .tuple, .range: return Probabilities(try Convert.array(value), givenAsArray: false)
        default: throw .type("object of type '\(value.typeName)' has no len()")
        }
    }

    /// A sampled element (or sub-array) of `choice`: NumPy scalars stay NumPy scalars.
    static func sample(_ result: NDArray, size: [Int]?, population: RandomGenerator.Population) throws(PythonError)
        -> Value
    {
        guard size == nil && result.ndim == 0 else { return .array(result) }
        if case .count = population { return Convert.python(try result.item()) }
        return .scalar(try result.item())
    }

    /// `dtype=`: its default is NumPy's type object (`np.float64`), any given value is
    /// read as `np.dtype(value)` reads it.
    static func dtype(_ args: BoundArguments, default fallback: DType) throws(PythonError) -> DType {
        guard args.passed("dtype") else { return fallback }
        return try Convert.dtype(args.raw("dtype") ?? .none)
    }

    /// The count `permutation(x)` shuffles when `x` is an int (or a NumPy integer).
    static func integerCount(_ x: Value) -> Int? {
        switch x {
        case .int(let n): n
        case .bool(let b): b ? 1 : 0
        case .scalar(let s) where s.dtype.isInteger: s.exactInteger.map { Int($0) }
        default: nil
        }
    }

    /// `bytes(length)`: Cython reads the length as a C integer (floats truncated).
    static func length(_ value: Value) throws(PythonError) -> Int {
        if case .float(let d) = value, let n = Int(exactly: d.rounded(.towardZero)) { return n }
        return try Convert.index(value)
    }

    /// `shuffle(x)`: arrays in place through the engine, Python lists item by item;
    /// other sequences fail on their first swap, as in NumPy.
    static func shuffle(
        _ x: Value, array: (NDArray) throws(PythonError) -> Void,
        list: (inout [Value]) throws(PythonError) -> Void
    ) throws(PythonError) {
        switch x {
        case .array(let a): try array(a)
        case .list(let object): try list(&object.items)
        case .tuple(let items) where items.count > 1: throw .type("'tuple' object does not support item assignment")
        case .string(let text) where text.count > 1: throw .type("'str' object does not support item assignment")
        case .range(let start, let stop, let step) where (Value.rangeCount(start, stop, step) ?? 2) > 1:
            throw .type("'range' object does not support item assignment")
        case .tuple, .string, .range: return
        default: throw .type("object of type '\(x.typeName)' has no len()")
        }
    }

    /// `rand(d0, d1, ...)`: the dimensions as `size` (none: one Python float).
    static func dimensions(_ values: [Value]) throws(PythonError) -> [Int]? {
        values.isEmpty ? nil : try values.map { v throws(PythonError) in try Convert.index(v) }
    }

    /// `out=` of the float samplers: an array, or the error NumPy's flag check gives anything else.
    static func out(_ args: BoundArguments) throws(PythonError) -> NDArray? {
        switch args["out"] {
        case nil: return nil
        case .array(let a)?: return a
        default: throw .value("Supplied output array must be contiguous, writable, aligned, and in machine byte-order.")
        }
    }

    /// `pvals` of `multinomial`, and whether it came as a float32 array (NumPy's
    /// message for a row sum over 1 then mentions the cast).
    static func pvals(_ args: BoundArguments) throws(PythonError) -> (NDArray, float32: Bool) {
        let value = args.raw("pvals") ?? .none
        let array = try Convert.array(value)
        if case .array(let given) = value, given.dtype == .float32 { return (array, true) }
        return (array, false)
    }

    /// `alpha` of `dirichlet`: Python's `len()` refuses scalars first.
    static func alpha(_ args: BoundArguments) throws(PythonError) -> NDArray {
        let value = args.raw("alpha") ?? .none
        switch value {
        case .int, .float, .bool, .scalar, .none: throw .type("object of type '\(value.typeName)' has no len()")
        default: return try Convert.array(value)
        }
    }
}
