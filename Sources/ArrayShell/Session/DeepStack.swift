import ArrayEngine
import Foundation

/// A thread with a stack deep enough for Python's recursion limit, on which a
/// session runs its statements (the caller waits, so nothing runs concurrently).
///
/// A tree-walking interpreter spends several Swift frames per Python call; 1,000
/// nested calls need far more than the 512 KiB of a secondary thread or the 8 MiB
/// of the main one. The stack is reserved, not committed: pages are touched only
/// as deep recursion reaches them. Threads are pooled: a session takes one when it
/// first runs a statement and gives it back when it ends, so making sessions stays
/// cheap (a thread's creation and exit are costly under AddressSanitizer).
final class DeepStack: @unchecked Sendable {
    /// Room for Python's limit of nested calls in an unoptimised, sanitised build, with margin.
    static let size = 1 << 30

    private static let lock = NSLock()
    nonisolated(unsafe) private static var idle: [DeepStack] = []

    private var job: (() -> Void)?
    /// The pooled thread itself, so a body already running on it runs at once.
    private var thread: Thread?
    private let start = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)

    private init() {
        let thread = Thread { [self] in
            while true {
                start.wait()
                job?()
                done.signal()
            }
        }
        thread.stackSize = DeepStack.size
        thread.name = "arrsh-interpreter"
        self.thread = thread
        thread.start()
    }

    /// An idle thread of the pool, or a new one; its print options are the defaults.
    static func acquire() -> DeepStack {
        lock.lock()
        let stack = idle.popLast()
        lock.unlock()
        let acquired = stack ?? DeepStack()
        acquired.run { PrintOptions.current = PrintOptions() }
        return acquired
    }

    /// Gives the thread back to the pool (its session has ended).
    func release() {
        DeepStack.lock.lock()
        DeepStack.idle.append(self)
        DeepStack.lock.unlock()
    }

    /// Runs `body` on the deep thread and returns when it has finished (at once
    /// when already there: a batch of lines hands over to the thread only once).
    func run(_ body: () -> Void) {
        if Thread.current === thread {
            body()
            return
        }
        withoutActuallyEscaping(body) { escapable in
            job = escapable
            start.signal()
            done.wait()
            job = nil
        }
    }
}
