import ArrayEngine

/// Memory questions: do two arrays (possibly) share bytes?
extension NumPyModule {
    static func memoryFunctions() -> [Function] {
        [
            function(
                "may_share_memory(a, b, /, max_work=0)",
                doc: """
                    True when the memory bounds of a and b overlap; True does not prove a shared element.
                    """
            ) { _, args throws(PythonError) in
                // Bounds only by default; an answer too hard to find within max_work counts as "may".
                let answer = try MemoryOverlap.sharesMemory(
                    try args.array("a"), try args.array("b"), maxWork: try maxWork(args, none: 0))
                return .bool(answer != .no)
            },
            function(
                "shares_memory(a, b, /, max_work=-1)",
                doc: """
                    True only when some element of a and some element of b occupy the same bytes (exact).
                    """
            ) { _, args throws(PythonError) in
                switch try MemoryOverlap.sharesMemory(
                    try args.array("a"), try args.array("b"), maxWork: try maxWork(args, none: nil))
                {
                case .no: return .bool(false)
                case .yes: return .bool(true)
                case .tooHard: throw PythonError("TooHardError", "Exceeded max_work")
                }
            },
        ]
    }

    /// NumPy's `max_work`: -1 (or -2) means exact, 0 bounds only, n a bound on the
    /// work; None means the function's own default (`none`). NumPy takes a Python int
    /// (a bool is one) and nothing else, not even a NumPy integer.
    private static func maxWork(_ args: BoundArguments, none: Int?) throws(PythonError) -> Int? {
        let work: Int
        switch args["max_work"] {
        case nil: return none
        case .int(let i)?: work = i
        case .bool(let b)?: work = b ? 1 : 0
        case .bigInt?: throw PythonError("OverflowError", "Python int too large to convert to C ssize_t")
        default: throw .value("max_work must be an integer")
        }
        guard work >= -2 else { throw .value("Invalid value for max_work") }
        return work >= 0 ? work : nil
    }
}
