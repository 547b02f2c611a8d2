/// A reference to an interpreter that outlives it safely, for the classes it made.
///
/// A `weak` reference would do, but it gives the interpreter a side table, and then
/// every retain and release of the interpreter, which the hot paths do all the time,
/// takes the runtime's slow path (a third of a `%timeit x = 1`). The interpreter
/// clears this link as it goes, so a class that outlives it sees nil, as with `weak`.
final class InterpreterLink {
    unowned(unsafe) var interpreter: Interpreter? { didSet { isOpen = interpreter != nil } }
    /// Whether `interpreter` is there, read without the retain and release that reading
    /// `interpreter` makes (a generator checks at every item).
    private(set) var isOpen = false
}
