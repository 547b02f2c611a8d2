import Foundation
import Synchronization

/// Big loops split across the CPUs.
///
/// A loop of at least `threshold` elements is cut into pieces of `piece` elements,
/// run with `DispatchQueue.concurrentPerform`: the calling thread and a worker per
/// other CPU take pieces as they come free, so a thread the shared machine
/// holds back costs at most the piece it is on. Only loops whose result does not
/// depend on the cut are split (element-wise kernels, copies, fills; float sums
/// only along their own pairwise tree). Floating-point flags are per thread: each
/// piece's are gathered and raised in the caller's, so NumPy's warnings come out
/// as from one loop. A piece that sees a Ctrl-C request throws
/// `KeyboardInterrupt`; the caller rethrows it once every piece has stopped.
enum Parallel {
    /// Elements below which a loop stays on the calling thread: handing out pieces
    /// costs microseconds, a pass over a million elements a few hundred.
    static let threshold = 1 << 20

    /// Elements in a piece: small enough to share out evenly, big enough that
    /// handing one out is cheap beside running it.
    static let piece = 1 << 18

    /// Whether a loop of `count` elements is split.
    static func splits(_ count: Int) -> Bool { processors > 1 && count >= threshold }

    /// The CPUs this process may run on.
    private static let processors = ProcessInfo.processInfo.activeProcessorCount

    /// Calls `body` with consecutive ranges covering `0..<count`: one call when the
    /// loop is small, one per piece, concurrently, when it is big.
    static func forEach(count: Int, _ body: (Range<Int>) throws(PythonError) -> Void) throws(PythonError) {
        guard splits(count) else { return try body(0..<count) }
        try run((count + piece - 1) / piece) { k throws(PythonError) in
            try body((k * piece)..<min(count, (k + 1) * piece))
        }
    }

    /// Runs `body(0)`, ..., `body(parts - 1)` concurrently; see the type's comment.
    /// Each part looks at `Interruption` first, and once one has failed the rest are skipped.
    static func run(_ parts: Int, _ body: (Int) throws(PythonError) -> Void) throws(PythonError) {
        let failure = Mutex<PythonError?>(nil)
        let failed = Atomic<Bool>(false)
        let flags = Atomic<Int>(0)
        // The parts write disjoint elements, and every part has ended when concurrentPerform returns.
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            if failed.load(ordering: .relaxed) { return }
            let before = FloatingPointStatus.take()
            do throws(PythonError) {
                try Interruption.check()
                try body(part)
            } catch {
                failed.store(true, ordering: .relaxed)
                failure.withLock { if $0 == nil { $0 = error } }
            }
            flags.bitwiseOr(Int(FloatingPointStatus.take()), ordering: .relaxed)
            FloatingPointStatus.raise(before)
        }
        FloatingPointStatus.raise(Int32(flags.load(ordering: .relaxed)))
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
