import ArrayEngine

/// A Python exception raised while running a statement: `NameError: name 'x' is not defined`.
///
/// Engine errors (`ArrayError`) arrive with their own exception name and are
/// wrapped unchanged, so the session prints one form for both.
public struct PythonError: Error, Equatable, CustomStringConvertible {
    public let exception: String
    public let message: String

    public init(_ exception: String, _ message: String) {
        self.exception = exception
        self.message = message
    }

    public init(_ error: ArrayError) {
        self.init(error.exception, error.message)
    }

    /// The one line the shell prints: `Name: message`, or just `Name` when there is no message.
    public var description: String { message.isEmpty ? exception : "\(exception): \(message)" }

    public static func syntax(_ message: String = "invalid syntax") -> PythonError { .init("SyntaxError", message) }
    public static func type(_ message: String) -> PythonError { .init("TypeError", message) }
    public static func value(_ message: String) -> PythonError { .init("ValueError", message) }
    public static func name(_ name: String) -> PythonError { .init("NameError", "name '\(name)' is not defined") }
    public static func attribute(_ message: String) -> PythonError { .init("AttributeError", message) }
    public static func notImplemented(_ message: String) -> PythonError { .init("NotImplementedError", message) }
    public static func index(_ message: String) -> PythonError { .init("IndexError", message) }
    public static func zeroDivision(_ message: String) -> PythonError { .init("ZeroDivisionError", message) }
    public static func overflow(_ message: String) -> PythonError { .init("OverflowError", message) }

    /// Python's default recursion limit (`sys.getrecursionlimit()`): containers nested this
    /// deep are a RecursionError when printed or compared, as in CPython.
    static let recursionLimit = 1000
}

/// Runs engine code, turning its errors into Python exceptions.
@inline(__always)
func engine<T>(_ body: () throws(ArrayError) -> T) throws(PythonError) -> T {
    do { return try body() } catch { throw PythonError(error) }
}
