import ArrayEngine
import Glibc

/// Ctrl-C as a flag: the SIGINT handler only records the request, in
/// ArrayEngine's `Interruption`, which long computations poll; the prompt
/// takes it with `take()`.
enum Interrupt {
    /// A pipe the handler also writes a byte to, so that a wait for input watches
    /// for Ctrl-C without a race: one pressed just before the wait began still ends it.
    private static let wakeUp: (read: Int32, write: Int32) = {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return (-1, -1) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        return (ends[0], ends[1])
    }()

    /// Whether Ctrl-C was pressed since the last call; clears the request.
    /// (Two presses between calls count as one.)
    static func take() -> Bool {
        guard Interruption.isRequested else { return false }
        Interruption.clear()
        return true
    }

    /// Waits until `descriptor` can be read (input, its end or an error: the read
    /// tells which) and returns true, or until Ctrl-C is pressed and returns false,
    /// leaving the request for `take()`.
    static func waitForInput(on descriptor: Int32) -> Bool {
        var watched = [
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeUp.read, events: Int16(POLLIN), revents: 0),
        ]
        while !Interruption.isRequested {
            if poll(&watched, 2, -1) < 0 {
                if errno == EINTR { continue }
                return true
            }
            guard watched[1].revents != 0 else { return true }
            // Bytes of Ctrl-Cs already taken are dropped; the loop looks at the flag again.
            var bytes = [UInt8](repeating: 0, count: 64)
            while read(wakeUp.read, &bytes, bytes.count) > 0 {}
        }
        return false
    }

    /// Routes SIGINT to the flag: the one place arrsh installs a SIGINT handler,
    /// at start-up, for every mode. A running statement stops with
    /// KeyboardInterrupt as its kernels poll `Interruption` between chunks of
    /// elements (no element is torn); a wait for input ends (`waitForInput`).
    ///
    /// `sa_flags` stays 0: without `SA_RESTART` a blocked call fails with EINTR.
    /// SIGINT is also unblocked: a parent may hand down a mask that blocks it
    /// (test runners and thread pools do).
    static func install() {
        // Initialise what the handler touches before it can run.
        _ = Interruption.isRequested
        _ = wakeUp
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let saved = errno
            Interruption.request()
            var byte: UInt8 = 0
            _ = write(Interrupt.wakeUp.write, &byte, 1)
            errno = saved
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }
}
