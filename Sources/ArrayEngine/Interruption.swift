import Synchronization

/// A request, usually from a SIGINT handler, that long computations stop.
///
/// Kernels poll it between chunks of work and throw `KeyboardInterrupt`, so an
/// interrupted statement leaves every array whole (element writes are never torn).
public enum Interruption {
    private static let requested = Atomic<Bool>(false)

    /// Async-signal-safe: a single lock-free store.
    public static func request() { requested.store(true, ordering: .relaxed) }

    /// Forgets a pending request, e.g. one that arrived while idle at the prompt.
    public static func clear() { requested.store(false, ordering: .relaxed) }

    public static var isRequested: Bool { requested.load(ordering: .relaxed) }

    /// Throws `KeyboardInterrupt` (and clears the request) when one is pending;
    /// the `OSError` of a truncated mapped file when that was the request.
    public static func check() throws(PythonError) {
        // A plain load first: the exchange, a locked instruction, only when a request is there.
        guard requested.load(ordering: .relaxed), requested.exchange(false, ordering: .relaxed) else { return }
        try TruncatedMapping.check()
        throw PythonError.interrupted
    }
}
