import Foundation

/// A thread with a stack deep enough for Python's recursion limit, on which the
/// session runs statements (the caller waits, so nothing runs concurrently).
///
/// A tree-walking interpreter spends several Swift frames per Python call; 1,000
/// nested calls need far more than the 512 KiB of a secondary thread or the 8 MiB
/// of the main one. The stack is reserved, not committed: pages are touched only
/// as deep recursion reaches them.
final class DeepStack: @unchecked Sendable {
    /// Room for Python's limit of nested calls in an unoptimised build, with margin.
    static let size = 1 << 30

    private var thread: Thread?
    private var job: (() -> Void)?
    private var stopping = false
    private let start = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)

    /// Runs `body` on the deep thread and returns when it has finished (at once
    /// when already there: a batch of lines hands over to the thread only once).
    func run(_ body: () -> Void) {
        if let thread, Thread.current === thread {
            body()
            return
        }
        withoutActuallyEscaping(body) { escapable in
            job = escapable
            if thread == nil { launch() }
            start.signal()
            done.wait()
            job = nil
        }
    }

    /// Ends the thread (the session is gone).
    func stop() {
        guard thread != nil else { return }
        stopping = true
        start.signal()
    }

    private func launch() {
        let thread = Thread { [self] in
            while true {
                start.wait()
                if stopping { return }
                job?()
                done.signal()
            }
        }
        thread.stackSize = DeepStack.size
        thread.name = "arrsh-interpreter"
        self.thread = thread
        thread.start()
    }
}
