import Synchronization

/// A request, usually from a SIGINT handler, that long computations stop.
///
/// Kernels poll it between chunks of work and throw `KeyboardInterrupt`, so an
/// interrupted statement leaves every array whole (element writes are never torn).
public enum Interruption {
    @usableFromInline static let requested = Atomic<Bool>(false)

    /// Async-signal-safe: a single lock-free store.
    public static func request() { requested.store(true, ordering: .relaxed) }

    /// Forgets a pending request, e.g. one that arrived while idle at the prompt.
    public static func clear() { requested.store(false, ordering: .relaxed) }

    public static var isRequested: Bool { requested.load(ordering: .relaxed) }

    /// Throws `KeyboardInterrupt` (and clears the request) when one is pending;
    /// the `OSError` of a truncated mapped file when that was the request.
    ///
    /// Inlined where it is polled (each pass of a loop): a plain load, with the exchange,
    /// a locked instruction, only when a request is there.
    @inlinable
    public static func check() throws(PythonError) {
        if requested.load(ordering: .relaxed) { try takeRequest() }
    }

    @usableFromInline
    static func takeRequest() throws(PythonError) {
        guard requested.exchange(false, ordering: .relaxed) else { return }
        try TruncatedMapping.check()
        throw PythonError.interrupted
    }
}
