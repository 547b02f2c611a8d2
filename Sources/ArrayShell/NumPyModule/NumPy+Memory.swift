import ArrayEngine

/// Memory questions: do two arrays (possibly) share bytes?
///
/// Both are called in tight loops as `np.may_share_memory(a, b)`: a call with positional
/// arguments only goes straight to the answer, with no binding (`Function.PositionalCall`).
extension NumPyModule {
    static func memoryFunctions() -> [Function] {
        let mayShare = function(
            "may_share_memory(a, b, /, max_work=0)",
            doc: """
                True when the memory bounds of a and b overlap; True does not prove a shared element.
                """
        ) { _, args throws(PythonError) in
            try mayShareMemory(try args.array("a"), try args.array("b"), maxWork: args.raw("max_work"))
        }
        let shares = function(
            "shares_memory(a, b, /, max_work=-1)",
            doc: """
                True only when some element of a and some element of b occupy the same bytes (exact).
                """
        ) { _, args throws(PythonError) in
            try sharesMemory(try args.array("a"), try args.array("b"), maxWork: args.raw("max_work"))
        }
        mayShare.positionalCall = positionalCall(mayShareMemory)
        shares.positionalCall = positionalCall(sharesMemory)
        return [mayShare, shares]
    }

    /// `f(a, b)` or `f(a, b, max_work)`, answered by `answer` with no binding.
    private static func positionalCall(
        _ answer: @escaping (NDArray, NDArray, Value?) throws(PythonError) -> Value
    ) -> Function.PositionalCall {
        Function.PositionalCall(counts: 2...3) { _, values throws(PythonError) in
            let maxWork = values.count > 2 ? values[2] : nil
            // Two arrays, the common call, are read in place: converted, each would be retained and released.
            if case .array(let a) = values[0], case .array(let b) = values[1] { return try answer(a, b, maxWork) }
            return try answer(try Convert.array(values[0]), try Convert.array(values[1]), maxWork)
        }
    }

    /// Bounds only by default; an answer too hard to find within max_work counts as "may".
    private static func mayShareMemory(_ a: NDArray, _ b: NDArray, maxWork: Value?) throws(PythonError) -> Value {
        let answer = try MemoryOverlap.sharesMemory(a, b, maxWork: try NumPyModule.maxWork(maxWork, none: 0))
        return .bool(answer != .no)
    }

    private static func sharesMemory(_ a: NDArray, _ b: NDArray, maxWork: Value?) throws(PythonError) -> Value {
        switch try MemoryOverlap.sharesMemory(a, b, maxWork: try NumPyModule.maxWork(maxWork, none: nil)) {
        case .no: return .bool(false)
        case .yes: return .bool(true)
        case .tooHard: throw PythonError("TooHardError", "Exceeded max_work")
        }
    }

    /// NumPy's `max_work`: -1 (or -2) means exact, 0 bounds only, n a bound on the
    /// work; None (or no argument) means the function's own default (`none`). NumPy takes
    /// a Python int (a bool is one) and nothing else, not even a NumPy integer.
    private static func maxWork(_ value: Value?, none: Int?) throws(PythonError) -> Int? {
        let work: Int
        switch value {
        case nil, .none?: return none
        case .int(let i)?: work = i
        case .bool(let b)?: work = b ? 1 : 0
        case .bigInt?: throw PythonError("OverflowError", "Python int too large to convert to C ssize_t")
        default: throw .value("max_work must be an integer")
        }
        guard work >= -2 else { throw .value("Invalid value for max_work") }
        return work >= 0 ? work : nil
    }
}
