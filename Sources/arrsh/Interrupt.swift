import ArrayEngine
import Glibc

/// Ctrl-C as a flag: the SIGINT handler only records the request, in
/// ArrayEngine's `Interruption`, which long computations poll; the prompt
/// takes it with `take()`.
enum Interrupt {
    /// Whether Ctrl-C was pressed since the last call; clears the request.
    /// (Two presses between calls count as one.)
    static func take() -> Bool {
        guard Interruption.isRequested else { return false }
        Interruption.clear()
        return true
    }

    /// Routes SIGINT to the flag: the one place arrsh installs a SIGINT handler,
    /// at start-up, for every mode. A running statement stops with
    /// KeyboardInterrupt as its kernels poll `Interruption` between chunks of
    /// elements (no element is torn); the prompt takes the flag after a read.
    ///
    /// `sa_flags` stays 0: without `SA_RESTART` a blocked read fails with EINTR,
    /// which is how libedit's `el_gets` notices Ctrl-C at the prompt and how a
    /// pipe reader goes on reading. SIGINT is also unblocked: a parent may hand
    /// down a mask that blocks it (test runners and thread pools do).
    static func install() {
        _ = Interruption.isRequested // initialise the flag before the handler can touch it
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interruption.request() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }
}
