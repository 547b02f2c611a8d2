import Foundation

/// `np` made on the other core while the process starts.
///
/// Building the module (a thousand functions and their signatures) was a fifth of
/// start-up, spent before the first statement could run. `prepare()`, called first
/// thing by the executable, builds one on a background thread while the command line
/// is parsed and the script read; the first interpreter takes it, and every later
/// one builds its own (each interpreter owns its `np`: `np.x = 1` changes only it).
extension NumPyModule {
    /// Starts building the module the first interpreter will take.
    public static func prepare() {
        let thread = Thread {
            let module = make()
            Prepared.lock.lock()
            Prepared.module = module
            Prepared.lock.unlock()
            Prepared.ready.signal()
        }
        Prepared.lock.lock()
        Prepared.isPreparing = true
        Prepared.lock.unlock()
        thread.start()
    }

    /// The prepared module, waited for, the first time; a new one otherwise.
    static func take() -> Module {
        Prepared.lock.lock()
        let waiting = Prepared.isPreparing
        Prepared.isPreparing = false
        Prepared.lock.unlock()
        guard waiting else { return make() }
        Prepared.ready.wait()
        Prepared.lock.lock()
        defer { Prepared.lock.unlock() }
        let module = Prepared.module
        Prepared.module = nil
        return module ?? make()
    }

    /// The hand-over between the building thread and the first interpreter (under `lock`).
    private enum Prepared {
        static let lock = NSLock()
        static let ready = DispatchSemaphore(value: 0)
        nonisolated(unsafe) static var isPreparing = false
        nonisolated(unsafe) static var module: Module?
    }
}
