import Foundation
import Synchronization

/// Big loops split across the CPUs.
///
/// A loop of at least `threshold` elements is cut into one contiguous part per
/// CPU and run with `DispatchQueue.concurrentPerform`, the calling thread taking a
/// part too. Only loops whose result does not depend on the cut are split
/// (element-wise kernels, copies, fills; float sums only along their own pairwise
/// tree). Floating-point flags are per thread: each part's are gathered and
/// raised in the caller's, so NumPy's warnings come out as from one loop. A part
/// that sees a Ctrl-C request throws `KeyboardInterrupt`; the caller rethrows it
/// once every part has stopped.
enum Parallel {
    /// Elements below which a loop stays on the calling thread: handing out parts
    /// costs microseconds, a pass over a million elements a few hundred.
    static let threshold = 1 << 20

    /// Threads a split loop uses: the CPUs this process may run on.
    static let parts = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Whether a loop of `count` elements is split.
    static func splits(_ count: Int) -> Bool { parts > 1 && count >= threshold }

    /// Calls `body` with consecutive ranges covering `0..<count`: one call when the
    /// loop is small, one per thread concurrently when it is big.
    static func forEach(count: Int, _ body: (Range<Int>) throws(PythonError) -> Void) throws(PythonError) {
        guard splits(count) else { return try body(0..<count) }
        let parts = self.parts
        try run(parts) { part throws(PythonError) in
            try body((count * part / parts)..<(count * (part + 1) / parts))
        }
    }

    /// Runs `body(0)`, ..., `body(parts - 1)` concurrently; see the type's comment.
    static func run(_ parts: Int, _ body: (Int) throws(PythonError) -> Void) throws(PythonError) {
        let failure = Mutex<PythonError?>(nil)
        let flags = Atomic<Int>(0)
        // The parts write disjoint elements, and every part has ended when concurrentPerform returns.
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let before = FloatingPointStatus.take()
            do throws(PythonError) {
                try body(part)
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
            flags.bitwiseOr(Int(FloatingPointStatus.take()), ordering: .relaxed)
            FloatingPointStatus.raise(before)
        }
        FloatingPointStatus.raise(Int32(flags.load(ordering: .relaxed)))
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
