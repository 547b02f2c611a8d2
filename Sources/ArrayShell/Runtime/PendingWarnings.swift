import Synchronization

/// Warnings raised where no interpreter is at hand (reading a dtype's name, which
/// NumPy warns about for `'a5'`), printed by the interpreter when the call that
/// raised them returns. Checking for none is one atomic load, as every call checks.
enum PendingWarnings {
    private static let count = Atomic<Int>(0)
    private static let messages = Mutex<[String]>([])

    static func add(_ message: String) {
        messages.withLock { $0.append(message) }
        count.add(1, ordering: .releasing)
    }

    /// Whether any warning waits: inlined where every call checks.
    @inline(__always)
    static var arePending: Bool { count.load(ordering: .acquiring) > 0 }

    /// The warnings raised since the last call, in order; none are kept.
    static func take() -> [String] {
        messages.withLock { pending in
            let taken = pending
            pending = []
            count.store(0, ordering: .relaxed)
            return taken
        }
    }
}
