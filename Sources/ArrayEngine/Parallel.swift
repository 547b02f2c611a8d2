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
    static func splits(_ count: Int, threshold: Int = threshold) -> Bool { processors > 1 && count >= threshold }

    /// The CPUs this process may run on.
    private static let processors = ProcessInfo.processInfo.activeProcessorCount

    /// Calls `body` with consecutive ranges covering `0..<count`: one call when the
    /// loop is small, one per piece, concurrently, when it is big.
    static func forEach(count: Int, _ body: (Range<Int>) throws(PythonError) -> Void) throws(PythonError) {
        guard splits(count) else { return try body(0..<count) }
        let parts = parts(of: count)
        try run(parts.count) { k throws(PythonError) in try body(parts[k]) }
    }

    /// The consecutive ranges covering `0..<count` that `forEach` hands out: the
    /// whole loop when it is small, pieces when it is big. Loops whose parts need
    /// each other's results (a part's place in a packed output) share these out
    /// with `run`.
    static func parts(of count: Int) -> [Range<Int>] {
        guard splits(count) else { return [0..<count] }
        return stride(from: 0, to: count, by: piece).map { $0..<min(count, $0 + piece) }
    }

    /// Runs `body(0)`, ..., `body(parts - 1)` concurrently; see the type's comment.
    /// Each part looks at `Interruption` first. Once a part has failed, later parts
    /// are skipped and the error of the first failing part is thrown, the one a
    /// single loop would have met first (`a[idx]` names the first bad index).
    static func run(_ parts: Int, _ body: (Int) throws(PythonError) -> Void) throws(PythonError) {
        let failure = Mutex<(part: Int, error: PythonError)?>(nil)
        let firstFailed = Atomic<Int>(.max)
        let flags = Atomic<Int>(0)
        // The parts write disjoint elements, and every part has ended when concurrentPerform returns.
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            if part > firstFailed.load(ordering: .relaxed) { return }
            let before = FloatingPointStatus.take()
            do throws(PythonError) {
                try Interruption.check()
                try body(part)
            } catch {
                _ = firstFailed.min(part, ordering: .relaxed)
                failure.withLock { if $0 == nil || part < $0!.part { $0 = (part, error) } }
            }
            flags.bitwiseOr(Int(FloatingPointStatus.take()), ordering: .relaxed)
            FloatingPointStatus.raise(before)
        }
        FloatingPointStatus.raise(Int32(flags.load(ordering: .relaxed)))
        if let error = failure.withLock({ $0?.error }) { throw error }
    }
}
