import Glibc
import Synchronization

/// Keeps one spawn at a time between `openpty` and marking its descriptors
/// close-on-exec, so no other child started here inherits them (an inherited
/// copy would hide the hang-up that tells us a child has gone).
private let spawnLock = Mutex(())

/// A program running on a fresh pseudo-terminal, driven like a user at a
/// keyboard: `send` types, `expect` waits for what the screen shows.
///
/// The child is a session leader whose controlling terminal is the pty, so
/// Ctrl-C raises SIGINT in it, and libedit sees a real terminal. It is
/// killed when this object goes away. For arrsh, pass
/// `try ArrshBinary.url().path` as the executable.
final class PseudoTerminal {
    /// A failure that carries everything the program printed, for debugging.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The child's process id.
    let pid: pid_t
    private let master: Int32
    private var received: [UInt8] = []
    /// How much of `received` earlier `expect` calls have matched.
    private var matchedUpTo = 0
    private var exitStatus: Int32?
    private var hungUp = false

    /// Everything the program has written so far, escapes included.
    var output: String { String(decoding: received, as: UTF8.self) }

    /// Starts `executable` with `arguments` on a `columns`×`rows` terminal.
    ///
    /// The environment is only TERM=xterm, COLUMNS, LINES and this process's
    /// PATH and HOME, overridden or extended by `environment` (set HOME to a
    /// temporary directory to keep ~/.editrc and real history out). No LANG:
    /// add one to test a locale.
    init(
        executable: String, arguments: [String] = [], environment: [String: String] = [:],
        columns: Int = 80, rows: Int = 24
    ) throws {
        var variables = ["TERM": "xterm", "COLUMNS": String(columns), "LINES": String(rows)]
        // The sanitizer's settings too: a child built with ASan must run as the tests do.
        for name in ["PATH", "HOME", "ASAN_OPTIONS", "LSAN_OPTIONS"] {
            if let value = getenv(name) { variables[name] = String(cString: value) }
        }
        variables.merge(environment) { $1 }
        let argv = [executable] + arguments
        let envp = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }

        var size = winsize(
            ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: columns), ws_xpixel: 0, ws_ypixel: 0)
        (master, pid) = try spawnLock.withLock { _ in
            var master: Int32 = -1
            var slave: Int32 = -1
            var slaveName = [CChar](repeating: 0, count: 256)
            guard openpty(&master, &slave, &slaveName, nil, &size) == 0 else {
                throw Failure(description: "openpty failed: \(String(cString: strerror(errno)))")
            }
            _ = fcntl(master, F_SETFD, FD_CLOEXEC)
            _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
            defer { close(slave) } // the child opens its own; ours would hide its exit
            do {
                let terminal = String(
                    decoding: slaveName.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                let pid = try Self.spawn(argv, envp, terminal: terminal)
                return (master, pid)
            } catch {
                close(master)
                throw error
            }
        }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Types `text` as raw bytes: "\r" is Enter, "\t" Tab, "\u{3}" Ctrl-C,
    /// "\u{4}" Ctrl-D, "\u{1B}[A" the up arrow.
    func send(_ text: String) throws { try send(bytes: Array(text.utf8)) }

    /// Types raw bytes, which need not be UTF-8.
    func send(bytes: [UInt8]) throws {
        var pending = bytes[...]
        while !pending.isEmpty {
            let written = pending.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                pending = pending.dropFirst(written)
            } else if written < 0, errno == EAGAIN || errno == EINTR {
                var descriptor = pollfd(fd: master, events: Int16(POLLOUT), revents: 0)
                _ = poll(&descriptor, 1, 100)
            } else {
                throw failure("cannot type \(bytes): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Waits until the output after the previous match contains `substring`
    /// and returns that output up to the end of the match; later calls look
    /// only past it. Throws, with all output, on timeout or if the program
    /// closes the terminal first.
    @discardableResult
    func expect(_ substring: String, timeout: Double = 5) throws -> String {
        let needle = Array(substring.utf8)
        let deadline = ContinuousClock.now + .seconds(timeout)
        while true {
            if let end = endOfMatch(needle) {
                let text = String(decoding: received[matchedUpTo..<end], as: UTF8.self)
                matchedUpTo = end
                return text
            }
            if hungUp {
                throw failure("the program closed the terminal before printing \(String(reflecting: substring))")
            }
            guard ContinuousClock.now < deadline else {
                throw failure("timed out after \(timeout)s waiting for \(String(reflecting: substring))")
            }
            readAvailable(waitingUpTo: deadline)
        }
    }

    /// Waits until the program reads keystrokes one by one (the terminal is
    /// out of canonical mode). libedit prints its prompt first and only then
    /// switches modes: a key sent in between is echoed twice, and Ctrl-C or
    /// Ctrl-D in that window act on the line discipline, not on libedit.
    func waitForRawMode(timeout: Double = 5) throws {
        let deadline = ContinuousClock.now + .seconds(timeout)
        var settings = termios()
        // On Linux the master reports the slave's settings.
        while tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0 {
            if hungUp {
                throw failure("the program closed the terminal while we waited for it to read keys")
            }
            guard ContinuousClock.now < deadline else {
                throw failure("timed out after \(timeout)s waiting for the terminal to leave canonical mode")
            }
            readAvailable(waitingUpTo: .now + .milliseconds(5))
        }
    }

    /// `expect(prompt)`, then `waitForRawMode()`: the way to wait for a
    /// libedit prompt before typing at it.
    @discardableResult
    func expectPrompt(_ prompt: String, timeout: Double = 5) throws -> String {
        let text = try expect(prompt, timeout: timeout)
        try waitForRawMode(timeout: timeout)
        return text
    }

    /// Waits for the program to exit, reading its output meanwhile, and
    /// returns its exit status; throws if it is killed by a signal or runs
    /// past the timeout.
    func waitForExit(timeout: Double = 5) throws -> Int32 {
        let deadline = ContinuousClock.now + .seconds(timeout)
        while exitStatus == nil {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = status
            } else if ContinuousClock.now >= deadline {
                throw failure("timed out after \(timeout)s waiting for the program to exit")
            } else {
                readAvailable(waitingUpTo: min(deadline, .now + .milliseconds(20)))
            }
        }
        while !hungUp, readAvailable(waitingUpTo: .now + .milliseconds(20)) {}
        let status = exitStatus ?? 0
        let signal = status & 0x7F
        guard signal == 0 else { throw failure("the program was killed by signal \(signal)") }
        return (status >> 8) & 0xFF
    }

    // MARK: - Internals

    /// Starts the child in a new session whose controlling terminal is
    /// `terminal`: setsid happens before the file actions, and opening a
    /// terminal without O_NOCTTY in a session leader makes it controlling.
    private static func spawn(_ argv: [String], _ envp: [String], terminal: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        // POSIX_SPAWN_SETSID is 0x80 in glibc, hidden from Swift behind _GNU_SOURCE.
        let setSessionID: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setSessionID))

        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = envp.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
        guard error == 0 else {
            throw Failure(description: "cannot start \(argv[0]): \(String(cString: strerror(error)))")
        }
        return pid
    }

    /// Reads whatever arrives before `deadline`; false once nothing more can
    /// come (the child closed the terminal) or nothing came in time.
    @discardableResult
    private func readAvailable(waitingUpTo deadline: ContinuousClock.Instant) -> Bool {
        let (seconds, attoseconds) = (deadline - .now).components
        let milliseconds = max(0, min(Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000), 1000))
        guard !hungUp else {
            usleep(UInt32(milliseconds) * 1000) // nothing more will come; just let the time pass
            return false
        }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count > 0 {
            received += buffer[..<count]
            return true
        }
        if count == 0 || (errno != EAGAIN && errno != EINTR) {
            hungUp = true // Linux reports EIO once the last slave descriptor closes
        }
        return false
    }

    private func endOfMatch(_ needle: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return matchedUpTo }
        guard received.count - matchedUpTo >= needle.count else { return nil }
        for start in matchedUpTo...(received.count - needle.count)
        where received[start..<start + needle.count].elementsEqual(needle) {
            return start + needle.count
        }
        return nil
    }

    private func failure(_ message: String) -> Failure {
        Failure(
            description: """
                \(message)
                output (escapes shown): \(String(reflecting: output))
                output (escapes removed):
                \(stripANSI(output))
                """)
    }
}

/// `text` without terminal escape sequences (CSI like "\u{1B}[1;32m",
/// OSC strings, and two-character escapes), for comparing what a user reads.
func stripANSI(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
        guard scalar == "\u{1B}" else {
            result.append(scalar)
            continue
        }
        switch scalars.next() {
        case "["?: // CSI: parameters and intermediates, then a final byte in @...~
            while let next = scalars.next(), !("\u{40}"..."\u{7E}").contains(next) {}
        case "]"?: // OSC: up to BEL or ESC \
            while let next = scalars.next(), next != "\u{7}" {
                if next == "\u{1B}" {
                    _ = scalars.next()
                    break
                }
            }
        default:
            break
        }
    }
    return String(result)
}
