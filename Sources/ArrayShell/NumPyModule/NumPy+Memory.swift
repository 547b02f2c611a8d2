import ArrayEngine

/// Memory questions: do two arrays (possibly) share bytes?
extension NumPyModule {
    static func memoryFunctions() -> [Function] {
        [
            function("may_share_memory", ["a", "b", "max_work?"], doc: """
                may_share_memory(a, b) -> bool
                True when the memory bounds of a and b overlap; True does not prove a shared element.
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a"), b = try args.requiredArray("b")
                // Bounds only by default; an answer too hard to find within max_work counts as "may".
                let work = try args.int("max_work") ?? 0
                let answer = try MemoryOverlap.sharesMemory(a, b, maxWork: work)
                return .bool(answer != .no)
            },
            function("shares_memory", ["a", "b", "max_work?"], doc: """
                shares_memory(a, b, max_work=None) -> bool
                True only when some element of a and some element of b occupy the same bytes (exact).
                """) { _, args throws(PythonError) in
                let a = try args.requiredArray("a"), b = try args.requiredArray("b")
                return try sharesMemory(a, b, maxWork: try args.int("max_work"))
            },
        ]
    }

    private static func sharesMemory(_ a: NDArray, _ b: NDArray, maxWork: Int?) throws(PythonError) -> Value {
        switch try MemoryOverlap.sharesMemory(a, b, maxWork: maxWork) {
        case .no: return .bool(false)
        case .yes: return .bool(true)
        case .tooHard: throw PythonError("TooHardError", "Exceeded max_work")
        }
    }
}
