import ArrayEngine

/// Python's builtin exception hierarchy and NumPy's exceptions, as classes, so that
/// `except ValueError` catches what it catches in Python (`AxisError` is both a
/// ValueError and an IndexError; `UFuncTypeError` is a TypeError).
enum ExceptionClasses {
    /// Each class with its bases, parents before children.
    private static let hierarchy: [(name: String, module: String, bases: [String])] = [
        ("BaseException", "builtins", []),
        ("SystemExit", "builtins", ["BaseException"]),
        ("KeyboardInterrupt", "builtins", ["BaseException"]),
        ("GeneratorExit", "builtins", ["BaseException"]),
        ("Exception", "builtins", ["BaseException"]),
        ("StopIteration", "builtins", ["Exception"]),
        ("ArithmeticError", "builtins", ["Exception"]),
        ("FloatingPointError", "builtins", ["ArithmeticError"]),
        ("OverflowError", "builtins", ["ArithmeticError"]),
        ("ZeroDivisionError", "builtins", ["ArithmeticError"]),
        ("AssertionError", "builtins", ["Exception"]),
        ("AttributeError", "builtins", ["Exception"]),
        ("BufferError", "builtins", ["Exception"]),
        ("EOFError", "builtins", ["Exception"]),
        ("ImportError", "builtins", ["Exception"]),
        ("ModuleNotFoundError", "builtins", ["ImportError"]),
        ("LookupError", "builtins", ["Exception"]),
        ("IndexError", "builtins", ["LookupError"]),
        ("KeyError", "builtins", ["LookupError"]),
        ("MemoryError", "builtins", ["Exception"]),
        ("NameError", "builtins", ["Exception"]),
        ("UnboundLocalError", "builtins", ["NameError"]),
        ("OSError", "builtins", ["Exception"]),
        ("FileNotFoundError", "builtins", ["OSError"]),
        ("FileExistsError", "builtins", ["OSError"]),
        ("PermissionError", "builtins", ["OSError"]),
        ("IsADirectoryError", "builtins", ["OSError"]),
        ("RuntimeError", "builtins", ["Exception"]),
        ("NotImplementedError", "builtins", ["RuntimeError"]),
        ("RecursionError", "builtins", ["RuntimeError"]),
        ("SyntaxError", "builtins", ["Exception"]),
        ("IndentationError", "builtins", ["SyntaxError"]),
        ("TabError", "builtins", ["IndentationError"]),
        ("SystemError", "builtins", ["Exception"]),
        ("TypeError", "builtins", ["Exception"]),
        ("ValueError", "builtins", ["Exception"]),
        ("UnicodeError", "builtins", ["ValueError"]),
        ("Warning", "builtins", ["Exception"]),
        ("UserWarning", "builtins", ["Warning"]),
        ("DeprecationWarning", "builtins", ["Warning"]),
        ("RuntimeWarning", "builtins", ["Warning"]),
        ("SyntaxWarning", "builtins", ["Warning"]),
        ("FutureWarning", "builtins", ["Warning"]),
        ("AxisError", "numpy.exceptions", ["ValueError", "IndexError"]),
        ("ComplexWarning", "numpy.exceptions", ["RuntimeWarning"]),
        ("DTypePromotionError", "numpy.exceptions", ["TypeError"]),
        ("TooHardError", "numpy.exceptions", ["RuntimeError"]),
        ("VisibleDeprecationWarning", "numpy.exceptions", ["UserWarning"]),
        ("ModuleDeprecationWarning", "numpy.exceptions", ["DeprecationWarning"]),
        ("RankWarning", "numpy.exceptions", ["RuntimeWarning"]),
        ("UFuncTypeError", "numpy._core._exceptions", ["TypeError"]),
    ]

    /// Every class by name, made once per interpreter (classes are objects with identity).
    static func make(for interpreter: Interpreter) -> [String: ClassObject] {
        var table: [String: ClassObject] = [:]
        for (name, module, bases) in hierarchy {
            // The table lists parents first, and its MROs are consistent, so this cannot fail.
            table[name] = try? ClassObject(
                name: name, module: module, bases: bases.compactMap { table[$0] }, interpreter: interpreter)
        }
        table["BaseException"]?.attributes["__init__"] = .function(initialiser)
        return table
    }

    /// `BaseException.__init__(self, *args)`: the arguments become `args`.
    private static var initialiser: Function {
        Function(Signature("__init__(self, /, *args)"), kind: .method) { _, arguments throws(PythonError) in
            if case .instance(let instance)? = arguments.raw("self") { instance.arguments = arguments.variadic("args") }
            return .none
        }
    }

    /// The names the builtins module holds (NumPy's live in `np.exceptions`).
    static var builtinNames: [String] { hierarchy.filter { $0.module == "builtins" }.map(\.name) }
    static var numpyNames: [String] { hierarchy.filter { $0.module == "numpy.exceptions" }.map(\.name) }
}
