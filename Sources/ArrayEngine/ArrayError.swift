/// An error the engine raises, named after the Python exception NumPy raises for it.
///
/// The engine never prints: callers turn this into the one `Name: message` line.
public struct ArrayError: Error, Equatable, CustomStringConvertible {
    /// The Python exception class name, e.g. `IndexError`.
    public let exception: String
    public let message: String

    public init(_ exception: String, _ message: String) {
        self.exception = exception
        self.message = message
    }

    public var description: String {
        message.isEmpty ? exception : "\(exception): \(message)"
    }

    public static func index(_ message: String) -> ArrayError { .init("IndexError", message) }
    public static func value(_ message: String) -> ArrayError { .init("ValueError", message) }
    public static func type(_ message: String) -> ArrayError { .init("TypeError", message) }
    public static func overflow(_ message: String) -> ArrayError { .init("OverflowError", message) }
    public static func axis(_ axis: Int, ndim: Int) -> ArrayError {
        .init("AxisError", "axis \(axis) is out of bounds for array of dimension \(ndim)")
    }
    public static let readOnly = ArrayError.value("assignment destination is read-only")
    public static let tooBig = ArrayError.value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
    public static let interrupted = ArrayError("KeyboardInterrupt", "")
}
