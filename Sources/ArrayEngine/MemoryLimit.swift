import Foundation
import Synchronization

/// The largest collection arrsh builds in Swift memory in one go.
///
/// Array buffers come from `malloc` and fail with NumPy's MemoryError (see
/// `Buffer`), but Swift's own arrays and strings trap when an allocation fails.
/// Collections whose size the user chooses (`[0] * n`, `list(range(n))`,
/// `a.tolist()`, the index table of a fancy index) are therefore refused up
/// front, with Python's bare `MemoryError`, when they could not fit in physical
/// memory: the bound Linux's overcommit heuristic also puts on one `malloc`.
/// Large requests within that bound are also tried with `malloc` first: a
/// `ulimit -v` or a crowded address space refuses them there, and Swift would
/// trap on the same request.
public enum MemoryLimit {
    private static let limit = Atomic<Int>(Int(clamping: ProcessInfo.processInfo.physicalMemory))

    /// The limit in bytes: physical memory, unless lowered (the fuzz harness matches it
    /// to its sanitizer's allocation cap).
    public static var bytes: Int {
        get { limit.load(ordering: .relaxed) }
        set { limit.store(newValue, ordering: .relaxed) }
    }

    public static let exceeded = PythonError("MemoryError", "")

    /// Throws MemoryError unless `count` items of `stride` bytes each fit within the limit.
    public static func check(count: Int, stride: Int) throws(PythonError) {
        let (total, overflow) = max(count, 0).multipliedReportingOverflow(by: stride)
        if overflow || total > bytes { throw exceeded }
        if total >= probedSize {
            guard let trial = malloc(total) else { throw exceeded }
            free(trial)
        }
    }

    /// Below this, a failed allocation is too unlikely to be worth a trial
    /// `malloc`; above it, the trial costs a `mmap` and a `munmap`, nothing
    /// next to filling the memory.
    static let probedSize = 1 << 24

    /// `check` for `count` values of type `T`.
    public static func check<T>(count: Int, of _: T.Type) throws(PythonError) {
        try check(count: count, stride: MemoryLayout<T>.stride)
    }

    // MARK: - Memory used a little at a time

    /// Loops that build many small values (`[x for x in a]`, `while True: l.append(x)`)
    /// cannot check each 40-byte allocation, and Swift traps when one fails. They call
    /// `step` once an item instead: every `headroomPeriod` steps it tries to allocate
    /// `headroom` bytes, and when that fails the address space is nearly full, so the
    /// step is MemoryError — while the headroom is still free for the error to be
    /// raised, printed and the half-built values released. The period's steps take
    /// far less than the headroom: a few hundred bytes each.
    public static func step() throws(PythonError) {
        // A load and a store, not an atomic add (a locked instruction, 4% of a loop): a step
        // lost to a race between threads only moves the next trial a little.
        let count = steps.load(ordering: .relaxed) &+ 1
        steps.store(count, ordering: .relaxed)
        guard count % headroomPeriod == 0 else { return }
        guard let trial = malloc(headroom) else { throw exceeded }
        free(trial)
    }

    private static let steps = Atomic<Int>(0)
    static let headroomPeriod = 4096
    /// 256 MiB: glibc gives a thread's heap 64 MiB of address space at a time (and asks
    /// for twice that to align it), so small allocations may still need that much.
    static let headroom = 1 << 28
}
