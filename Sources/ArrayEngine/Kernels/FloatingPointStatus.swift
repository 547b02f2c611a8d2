import Foundation

/// The FPU's sticky exception flags, which NumPy turns into RuntimeWarnings.
///
/// Callers clear the flags, run a kernel, then read which conditions occurred.
public enum FloatingPointStatus {
    public struct Conditions: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let divideByZero = Conditions(rawValue: 1)
        public static let overflow = Conditions(rawValue: 2)
        public static let invalid = Conditions(rawValue: 4)
    }

    public static func clear() { feclearexcept(allFlags) }

    private static let allFlags: Int32 = FE_DIVBYZERO | FE_OVERFLOW | FE_INVALID | FE_UNDERFLOW | FE_INEXACT

    /// This thread's raised flags, cleared: how a thread's share of a split loop is collected.
    static func take() -> Int32 {
        let flags = fetestexcept(allFlags)
        feclearexcept(allFlags)
        return flags
    }

    /// Raises flags collected by `take` in this thread.
    static func raise(_ flags: Int32) {
        if flags != 0 { feraiseexcept(flags) }
    }

    /// Runs `body`, dropping the invalid flag it raises: NumPy's comparisons are quiet,
    /// where vectorised ones (`vcmpltpd`'s ordered predicates) signal on NaN.
    static func quietly<R>(_ body: () throws(PythonError) -> R) throws(PythonError) -> R {
        let before = take()
        defer { raise(before | take() & ~FE_INVALID) }
        return try body()
    }

    public static func read() -> Conditions {
        let flags = fetestexcept(FE_DIVBYZERO | FE_OVERFLOW | FE_INVALID)
        var result: Conditions = []
        if flags & FE_DIVBYZERO != 0 { result.insert(.divideByZero) }
        if flags & FE_OVERFLOW != 0 { result.insert(.overflow) }
        if flags & FE_INVALID != 0 { result.insert(.invalid) }
        return result
    }

    /// NumPy's warning texts for the conditions, in NumPy's order.
    public static func warnings(_ conditions: Conditions, in operation: String) -> [String] {
        var messages: [String] = []
        if conditions.contains(.divideByZero) { messages.append("divide by zero encountered in \(operation)") }
        if conditions.contains(.overflow) { messages.append("overflow encountered in \(operation)") }
        if conditions.contains(.invalid) { messages.append("invalid value encountered in \(operation)") }
        return messages
    }

    /// Integer kernels report division by zero the way NumPy's do: through the FPU flag.
    static func raiseDivideByZero() { feraiseexcept(FE_DIVBYZERO) }

    /// Software float conversions report overflow as the hardware's would.
    static func raiseOverflow() { feraiseexcept(FE_OVERFLOW) }

    /// NumPy's complex power raises the invalid flag for a zero base it cannot power.
    static func raiseInvalid() { feraiseexcept(FE_INVALID) }
}
