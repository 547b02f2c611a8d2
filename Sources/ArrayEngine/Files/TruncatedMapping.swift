#if canImport(Glibc)
import Glibc
import Synchronization

/// Survives a mapped file that another program truncates.
///
/// Reading a mapped page past the file's new end raises SIGBUS, which kills
/// NumPy and every variable with it. arrsh installs a SIGBUS handler (at the
/// first mapping) that, for an address inside a registered mapping, maps an
/// anonymous zero page over the faulting page (`MAP_FIXED`), records the fault
/// and returns: the faulting instruction reads zeros, the kernel's loop ends
/// harmlessly, and `check()` (polled by kernels through `Interruption`, and by
/// the session before it shows a value and after each statement) throws
/// `OSError: [Errno 7] Bus error: the file 'x.npy' mapped by this array was
/// truncated`. 7 is SIGBUS's number, as no errno describes the fault.
/// The lost pages then stay inaccessible (`PROT_NONE`, from the first lost
/// page to the mapping's end), so a later read of them faults again (SIGSEGV,
/// caught the same way) and raises the same error rather than reading zeros.
/// A fault outside every mapping restores the previous action (Swift's crash
/// report): arrsh dies as before.
///
/// Truncation is not the only cause: a page the kernel cannot read or write (an
/// I/O error, a device that vanished, a full file system under a sparse file)
/// faults the same way. The error then says so instead: a duplicate of the
/// file's descriptor, kept while the mapping is watched, tells by its size
/// whether the lost page still lies inside the file.
public enum TruncatedMapping {
    /// Mappings watched at once; more are mapped unwatched (a fault kills, as in NumPy).
    static let capacity = 256

    /// Start and end addresses per slot, plain words the handler may read (a
    /// start of 0 is an empty slot; ends are written before starts).
    nonisolated(unsafe) private static let starts = UnsafeMutablePointer<UInt>.allocate(capacity: capacity)
    nonisolated(unsafe) private static let ends = UnsafeMutablePointer<UInt>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var paths = [String](repeating: "", count: capacity)
    /// Per slot, a descriptor of the mapped file (for its size when a page is lost), or -1.
    nonisolated(unsafe) private static var descriptors = [Int32](repeating: -1, count: capacity)
    nonisolated(unsafe) private static var pageSize: UInt = 4096
    /// Per slot, the lowest page that faulted (0: none yet); written by the handler.
    nonisolated(unsafe) private static let lostFrom = UnsafeMutablePointer<UInt>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var previousBusAction = sigaction()
    nonisolated(unsafe) private static var previousSegmentationAction = sigaction()
    /// The slot (plus one) whose file faulted; 0 when none did.
    @usableFromInline static let faulted = Atomic<Int>(0)
    private static let lock = Mutex(false)

    /// Watches `length` bytes at `start`, mapped from offset 0 of `path` (open as
    /// `descriptor`); returns the slot to release, or nil when every slot is taken.
    static func watch(start: UnsafeMutableRawPointer, length: Int, path: String, descriptor: Int32) -> Int? {
        lock.withLock { installed -> Int? in
            if !installed {
                starts.initialize(repeating: 0, count: capacity)
                ends.initialize(repeating: 0, count: capacity)
                lostFrom.initialize(repeating: 0, count: capacity)
                pageSize = UInt(sysconf(Int32(_SC_PAGESIZE)))
                installHandler()
                installed = true
            }
            guard let slot = (0..<capacity).first(where: { starts[$0] == 0 }) else { return nil }
            paths[slot] = path
            descriptors[slot] = dup(descriptor)
            lostFrom[slot] = 0
            ends[slot] = UInt(bitPattern: start) + UInt(length)
            starts[slot] = UInt(bitPattern: start)
            return slot
        }
    }

    /// Stops watching a slot (before its mapping is unmapped).
    static func release(_ slot: Int) {
        lock.withLock { _ in
            starts[slot] = 0
            if descriptors[slot] >= 0 { close(descriptors[slot]) }
            descriptors[slot] = -1
        }
    }

    /// Throws the `OSError` of a lost mapped page when a fault happened since the last check.
    ///
    /// Inlined where it is polled (after each statement that reads array memory): a plain
    /// load, with the exchange, a locked instruction, only when a fault is there.
    @inlinable
    public static func check() throws(PythonError) {
        if faulted.load(ordering: .relaxed) > 0 { try reportFault() }
    }

    @usableFromInline
    static func reportFault() throws(PythonError) {
        let slot = faulted.exchange(0, ordering: .relaxed)
        guard slot > 0 else { return }
        Interruption.clear() // the handler's request was this fault
        let (path, truncated) = lock.withLock { _ in
            let start = starts[slot - 1]
            let first = lostFrom[slot - 1]
            let end = ends[slot - 1]
            if start != 0, first != 0, first < end {
                _ = mprotect(UnsafeMutableRawPointer(bitPattern: first), Int(end - first), PROT_NONE)
            }
            var info = stat()
            let shrunk = fstat(descriptors[slot - 1], &info) == 0 && UInt(max(info.st_size, 0)) <= first &- start
            return (paths[slot - 1], shrunk)
        }
        let file = "the file \(PythonText.repr(path)) mapped by this array"
        throw PythonError(
            "OSError",
            "[Errno 7] Bus error: "
                + (truncated
                    ? "\(file) was truncated"
                    : "\(file) could not be read or written (an I/O error, a vanished device or a full file system)"))
    }

    private static func installHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { signal, info, _ in
            TruncatedMapping.recover(signal, address: UInt(bitPattern: info?.pointee._sifields._sigfault.si_addr))
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_SIGINFO | SA_ONSTACK // a stack overflow's SIGSEGV needs the alternate stack
        sigaction(SIGBUS, &action, &previousBusAction)
        sigaction(SIGSEGV, &action, &previousSegmentationAction)
    }

    /// The handler's work: async-signal-safe (plain loads, `mmap`, atomic stores).
    private static func recover(_ signal: Int32, address: UInt) {
        for slot in 0..<capacity {
            let start = starts[slot]
            guard start != 0, start <= address, address < ends[slot] else { continue }
            let page = address & ~(pageSize - 1)
            let zeros = mmap(
                UnsafeMutableRawPointer(bitPattern: page), Int(pageSize), PROT_READ | PROT_WRITE,
                MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
            if zeros == MAP_FAILED { break }
            if lostFrom[slot] == 0 || page < lostFrom[slot] { lostFrom[slot] = page }
            faulted.store(slot + 1, ordering: .relaxed)
            Interruption.request()
            return
        }
        // Not ours: the fault repeats under the previous action.
        if signal == SIGBUS {
            sigaction(SIGBUS, &previousBusAction, nil)
        } else {
            sigaction(SIGSEGV, &previousSegmentationAction, nil)
        }
    }
}
#endif
