import ArrayEngine
import Foundation

/// Ctrl-C (SIGINT) while arrsh runs a pipe, a file or `-c`: the running statement
/// stops with KeyboardInterrupt and the lines after it run, as each statement's
/// kernels poll `Interruption` between chunks of elements (no element is torn).
///
/// The interactive prompt's own Ctrl-C handling (clearing the line, a new prompt)
/// belongs to the line editor; it installs its handler over this one.
enum SignalHandling {
    /// Installs the SIGINT handler. `sa_flags` is 0 (no `SA_RESTART`): a read blocked
    /// on input returns `EINTR`, and the reader goes on reading. SIGINT is also
    /// unblocked: a parent may hand down a mask that blocks it (test runners and
    /// thread pools do), and Ctrl-C must still reach arrsh.
    static func interruptStatementsOnSIGINT() {
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
