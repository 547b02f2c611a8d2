import ArrayEngine
import Foundation

/// A generator function's body, run a piece at a time: on its own thread, which
/// runs only while the consumer waits (`resume` hands control over, `yield` hands
/// it back), so the interpreter is never used by two threads at once.
///
/// Each switch swaps the interpreter's per-thread state (current frame, call depth,
/// exceptions being handled, active generator) and carries the print options over.
/// A generator dropped before it finished is closed: `yield` raises GeneratorExit
/// inside it, so its `finally` blocks run, as in Python.
final class Coroutine: @unchecked Sendable {
    /// A generator's thread needs less room than the session's: it starts with one frame.
    static let stackSize = 1 << 26

    private unowned let interpreter: Interpreter
    private let body: () throws(PythonError) -> Void
    private var thread: Thread?
    private let toGenerator = DispatchSemaphore(value: 0)
    private let toConsumer = DispatchSemaphore(value: 0)
    private var state = Interpreter.ExecutionState()
    private var options = PrintOptions()
    private var yielded: Value = .none
    private var failure: PythonError?
    private var finished = false
    private var closing = false
    private var running = false

    init(interpreter: Interpreter, body: @escaping () throws(PythonError) -> Void) {
        self.interpreter = interpreter
        self.body = body
    }

    /// Ends a generator dropped before its body finished (its thread holds it until then).
    func close() {
        guard thread != nil, !finished, !running else { return }
        closing = true
        _ = try? switchToGenerator()
    }

    /// Runs the body to its next `yield`: the value, or nil when the body has ended.
    func resume() throws(PythonError) -> Value? {
        if finished { return nil }
        if running { throw .value("generator already executing") }
        return try switchToGenerator()
    }

    private func switchToGenerator() throws(PythonError) -> Value? {
        let consumer = interpreter.executionState
        state.callDepth = consumer.callDepth
        state.coroutine = self
        interpreter.executionState = state
        options = PrintOptions.current
        running = true
        if thread == nil { launch() }
        toGenerator.signal()
        toConsumer.wait()
        running = false
        state = interpreter.executionState
        interpreter.executionState = consumer
        if let failure {
            self.failure = nil
            throw failure
        }
        return finished ? nil : yielded
    }

    /// Called on the generator's thread by `yield`: hands `value` out and waits to be resumed.
    func yield(_ value: Value) throws(PythonError) -> Value {
        yielded = value
        toConsumer.signal()
        toGenerator.wait()
        PrintOptions.current = options
        if closing { throw PythonError("GeneratorExit", "") }
        return .none
    }

    private func launch() {
        let thread = Thread { [self] in
            toGenerator.wait()
            PrintOptions.current = options
            do throws(PythonError) {
                if !closing { try body() }
            } catch {
                if !(closing && error.exception == "GeneratorExit") {
                    failure =
                        error.exception == "StopIteration"
                        ? PythonError("RuntimeError", "generator raised StopIteration") : error
                }
            }
            finished = true
            toConsumer.signal()
        }
        thread.stackSize = Coroutine.stackSize
        thread.name = "arrsh-generator"
        self.thread = thread
        thread.start()
    }
}

/// The generator object's hold on its coroutine: when the generator is dropped, so is
/// the coroutine's thread.
final class CoroutineHandle {
    let coroutine: Coroutine
    init(_ coroutine: Coroutine) { self.coroutine = coroutine }
    deinit { coroutine.close() }
}

extension Interpreter {
    /// What each thread of execution (the session's, a generator's) has of its own.
    struct ExecutionState {
        var frame: Frame?
        var callDepth = 0
        var handling: [PythonError] = []
        var coroutine: Coroutine?
    }

    var executionState: ExecutionState {
        get { ExecutionState(frame: frame, callDepth: callDepth, handling: handling, coroutine: activeCoroutine) }
        set {
            frame = newValue.frame
            callDepth = newValue.callDepth
            handling = newValue.handling
            activeCoroutine = newValue.coroutine
        }
    }
}
