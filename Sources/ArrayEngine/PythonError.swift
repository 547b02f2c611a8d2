/// A Python exception: `NameError: name 'x' is not defined`, `IndexError: ...`.
///
/// The one error type of arrsh. The engine raises it named after the exception
/// NumPy raises for the same mistake; the shell raises it for the language's own
/// errors. Nothing below the session prints it: the session prints `Name: message`.
public struct PythonError: Error, Equatable, CustomStringConvertible {
    /// The Python exception class name, e.g. `IndexError`.
    public let exception: String
    public let message: String
    /// The language's own exception object, when there is one (a raised instance
    /// carries its class, arguments and attributes); not part of equality.
    public let object: (any AnyObject & Sendable)?

    public init(_ exception: String, _ message: String, object: (any AnyObject & Sendable)? = nil) {
        self.exception = exception
        self.message = message
        self.object = object
    }

    public static func == (lhs: PythonError, rhs: PythonError) -> Bool {
        lhs.exception == rhs.exception && lhs.message == rhs.message
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
    public static func axis(_ axis: Int, ndim: Int) -> PythonError {
        .init("AxisError", "axis \(axis) is out of bounds for array of dimension \(ndim)")
    }
    public static let readOnly = PythonError.value("assignment destination is read-only")
    public static let tooBig = PythonError.value(
        "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
    /// A kernel reached with byte-swapped elements: arrsh's own gap, never a wrong answer.
    public static func nonNative(_ dtype: DType) -> PythonError {
        .notImplemented(
            "this operation on arrays of non-native byte order (\(dtype.typeString)) is not supported yet; use a.astype(a.dtype.newbyteorder('='))"
        )
    }
    /// An element-wise operation reached with records of a structured dtype.
    public static func records(_ dtype: DType) -> PythonError {
        .notImplemented(
            "this operation on structured arrays (\(dtype.reprText)) is not supported yet; work on their fields, a['name']"
        )
    }
    /// An element-wise operation reached with fixed-width strings, which only some operations take.
    public static func strings(_ dtype: DType) -> PythonError {
        .notImplemented("this operation on string arrays (\(dtype.reprText)) is not supported yet")
    }
    /// An operation reached with datetimes or timedeltas that arrsh computes only in part.
    public static func times(_ dtype: DType) -> PythonError {
        .notImplemented("this operation on \(dtype.name) arrays is not supported yet")
    }
    /// An operation reached with an object array that arrsh computes only through the language's own operators.
    public static let objects = PythonError.notImplemented(
        "this operation on object arrays (dtype=object) is not supported yet")
    public static let interrupted = PythonError("KeyboardInterrupt", "")

    /// Python's default recursion limit (`sys.getrecursionlimit()`): containers nested this
    /// deep are a RecursionError when printed or compared, as in CPython.
    public static let recursionLimit = 1000
}
