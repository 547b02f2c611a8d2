import ArrayEngine

/// Runs statements against one environment of names (compiled to closures by `Compiler`).
///
/// It knows nothing of terminals: results come back as values, `print` output
/// and warnings go to the closures the session provides.
public final class Interpreter {
    /// The user's variables.
    let globals = VariableTable()
    let ids: ObjectIds
    /// Where `print()` writes.
    let write: (String) -> Void
    /// Where warnings go, as `Category: message`.
    let warn: (String) -> Void
    lazy var numpy: Module = {
        let module = NumPyModule.take()
        let exceptions = ExceptionClasses.numpyNames.compactMap { name in
            exceptionClasses[name].map { (name, Value.classObject($0)) }
        }
        module.attributes["exceptions"] = .module(
            Module(name: "numpy.exceptions", attributes: Dictionary(uniqueKeysWithValues: exceptions)))
        for function in NumPyModule.printOptionFunctions() { module.attributes[function.name] = .function(function) }
        module.attributes["ma"] = .module(MaskedModule.make(self))
        return module
    }()
    /// Python's builtins: functions, types, exception classes, and `_`. A table with
    /// slots, so that `range` in a loop is found by its memo, not hashed at every pass.
    lazy var builtins: VariableTable = {
        var names = Builtins.make()
        for name in ExceptionClasses.builtinNames { names[name] = exceptionClasses[name].map { .classObject($0) } }
        names["NotImplemented"] = .object(NotImplementedObject())
        names["Ellipsis"] = .ellipsis
        // What `if __name__ == '__main__':` tests at the prompt.
        names["__name__"] = .string("__main__")
        let table = VariableTable()
        for (name, value) in names { table[name] = value }
        return table
    }()
    /// The exception classes by name, builtin and NumPy's.
    lazy var exceptionClasses: [String: ClassObject] = ExceptionClasses.make(for: self)
    /// `object`, the class of `object()` instances.
    lazy var objectClass = ClassObject(root: "object", module: "builtins")
    /// NumPy's floating-point error state (`np.seterr`): ignore, warn or raise, by kind.
    var floatingErrors = ["divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"]
    /// The modules imported so far (`import copy` twice gives one module object).
    var modules: [String: Module] = [:]
    /// Told, for every call, which parameters got a value other than their default
    /// (the corpus coverage test reads this through `ARRSH_ARGUMENT_LOG`).
    var argumentLog: ((Function, [String]) -> Void)?
    /// The methods of arrays, several of which hand on to `np` functions.
    lazy var arrayMethods: [String: ArrayMethod] = ArrayMethods.make(numpy)

    /// How classes reach this interpreter without a weak reference (see `InterpreterLink`).
    let link = InterpreterLink()

    init(stableIds: Bool, write: @escaping (String) -> Void, warn: @escaping (String) -> Void) {
        self.ids = ObjectIds(stable: stableIds)
        self.write = write
        self.warn = warn
        globals["np"] = .module(numpy)
        link.interpreter = self
    }

    deinit { link.interpreter = nil }

    /// Shows the value of an expression statement (the REPL's display hook, which
    /// in interactive Python applies inside loops too); the session sets it.
    var display: (Value) throws(PythonError) -> Void = { _ in }

    /// The running function's (or comprehension's, or class body's) names; nil at module level.
    var frame: Frame?
    /// Python function calls now running, for Python's RecursionError.
    var callDepth = 0
    /// The exceptions being handled by `except` blocks now running, innermost last (bare `raise`).
    var handling: [PythonError] = []
    /// The generator whose body is running (where `yield` hands its value out).
    var activeCoroutine: Coroutine?

    /// How a statement ended: normally, by `break`/`continue` inside a loop, or by `return`.
    enum Flow {
        case normal, breakLoop, continueLoop
        case returnValue(Value)

        var isNormal: Bool { if case .normal = self { true } else { false } }
    }

    /// Shows the warnings raised during a call where no interpreter was at hand (`PendingWarnings`).
    @inline(__always)
    func showPendingWarnings() {
        guard PendingWarnings.arePending else { return }
        for message in PendingWarnings.take() { warn(message) }
    }

    func call(_ callee: Value, _ arguments: Arguments) throws(PythonError) -> Value {
        defer { showPendingWarnings() }
        switch callee {
        case .function(let function):
            return try function.call(self, arguments)
        case .scalarType(let dtype):
            let bound = try Signature.scalarConstructors[
                dtype, default: Signature("\(dtype.name)(value=<no value>, /)")
            ].bind(arguments)
            let result = try withWarnings("cast") { () throws(PythonError) in try NumPyModule.makeScalar(dtype, bound) }
            try bound.finish()
            return result
        case .type(let type):
            if let number = Builtins.numberConversion(type, arguments) { return number }
            if type == .range, let range = Self.intRange(arguments) { return range }
            if let constructor = RandomModule.constructor(of: type) ?? NumPyModule.constructor(of: type)
                ?? MaskedModule.constructor(of: type)
            {
                return try constructor.call(self, arguments)
            }
            let bound = try (Builtins.constructors[type] ?? Signature("\(type.rawValue)(x=<no value>, /)")).bind(
                arguments)
            let result = try Builtins.construct(type, bound, in: self)
            try bound.finish()
            return result
        case .classObject(let cls):
            return try instantiate(cls, arguments)
        case .instance(let object):
            if let method = object.cls.lookup("__call__") {
                return try call(try bind(method, to: callee, name: "__call__"), arguments)
            }
            throw .type("'\(callee.typeName)' object is not callable")
        default:
            throw .type("'\(callee.typeName)' object is not callable")
        }
    }

    /// `range(stop)`, `range(start, stop)` or `range(start, stop, step)` of plain ints with
    /// a step other than 0, as a loop calls it, with no binding to a signature; nil for
    /// every other call, which the constructor checks.
    private static func intRange(_ arguments: Arguments) -> Value? {
        guard arguments.keywords.isEmpty else { return nil }
        let values = arguments.positional
        guard (1...3).contains(values.count), case .int(let first) = values[0] else { return nil }
        if values.count == 1 { return .range(0, first, 1) }
        guard case .int(let stop) = values[1] else { return nil }
        if values.count == 2 { return .range(first, stop, 1) }
        guard case .int(let step) = values[2], step != 0 else { return nil }
        return .range(first, stop, step)
    }
}
