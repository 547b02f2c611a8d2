import ArrayEngine
import BigInt

/// A Python value as the interpreter holds it.
///
/// Immutable Python values (numbers, strings, tuples, None) are Swift values;
/// mutable or identity-bearing ones (arrays, lists, functions, modules) are
/// class references, so `is` and `id` see the same object through every name.
///
/// Payloads of one word are held inline, so making an int or a float allocates
/// nothing; wider ones (strings, complex numbers, dtypes, big ints, ranges, slices)
/// are boxed (`indirect`), keeping a value 10 bytes, 16 apart in an array: a list,
/// a dict or a tuple holds half what 32-byte values took, and copies it half as often.
enum Value {
    case none
    case bool(Bool)
    case int(Int)
    /// An int beyond 64 bits (always: one that fits is `.int`).
    indirect case bigInt(BigInt)
    case float(Double)
    /// A Python complex number: real and imaginary parts.
    indirect case complex(Double, Double)
    indirect case string(String)
    case tuple([Value])
    case list(ListObject)
    case dict(DictObject)
    /// A set, or a frozenset.
    case set(SetObject)
    /// `range(start, stop, step)`: a lazy sequence of ints.
    indirect case range(Int, Int, Int)
    indirect case slice(Value, Value, Value)
    case ellipsis
    case array(NDArray)
    /// A NumPy scalar such as `np.int64(5)` (int64 and float64 ones held in place).
    case scalar(NumPyScalar)
    /// A dtype instance: `a.dtype`, `np.dtype('int32')`.
    indirect case dtype(DType)
    /// A NumPy scalar type: `np.int64`, also accepted wherever a dtype is.
    indirect case scalarType(DType)
    /// A Python type object: `int`, `float`, `np.ndarray`, ...
    case type(PythonType)
    case function(Function)
    case module(Module)
    /// `a.flags`, a live view of the array's flags.
    case flags(NDArray)
    /// An object of a class modelled only in part, such as `np.load`'s `NpzFile`.
    case object(PythonObject)
    /// A class: the builtin exceptions, NumPy's, and the user's own.
    case classObject(ClassObject)
    /// An instance of a `ClassObject` (raised exceptions included).
    case instance(Instance)
    /// A lazy iterator: generator expressions, `zip`, `enumerate`, `iter(x)`, ...
    case iterator(IteratorObject)
}

extension Value {
    /// How many ints `range(start, stop, step)` holds; nil beyond `Int.max`.
    static func rangeCount(_ start: Int, _ stop: Int, _ step: Int) -> Int? {
        let span = Int128(stop) - Int128(start)
        let stride = Int128(step)
        let count = step > 0 ? (span + stride - 1) / stride : (span + stride + 1) / stride
        return Int(exactly: max(0, count))
    }

    /// The ints of a range, as a list would hold them: MemoryError when too many.
    static func rangeItems(_ start: Int, _ stop: Int, _ step: Int) throws(PythonError) -> [Value] {
        guard let count = rangeCount(start, stop, step) else {
            throw .overflow("Python int too large to convert to C ssize_t")
        }
        try MemoryLimit.check(count: count, of: Value.self)
        // Every item lies between start and stop, so wrapping arithmetic gives it exactly.
        return (0..<count).map { .int(start &+ $0 &* step) }
    }
}

/// A Python list: a mutable, shared object.
final class ListObject {
    var items: [Value]
    init(_ items: [Value]) { self.items = items }

    /// Releasing lists nested a hundred thousand deep (`a = [a]` over and over) would
    /// recurse once per level and overflow the stack, so nested lists that only this
    /// one holds are emptied one after another instead (CPython's "trashcan" does the same).
    deinit {
        guard items.contains(where: { if case .list = $0 { true } else { false } }) else { return }
        var pending = items
        items = []
        while var value = pending.popLast() {
            guard case .list(var child) = value else { continue }
            value = .none
            guard isKnownUniquelyReferenced(&child) else { continue }
            pending += child.items
            child.items = []
        }
    }
}

/// A callable: builtins, `np` functions, ufuncs and bound methods of arrays.
///
/// Its `signature` is the one declaration of its parameters: `call` binds the
/// arguments to it, runs the body, then refuses any argument the body did not read.
final class Function {
    let signature: Signature
    let kind: Kind
    /// A line or two on what it returns, and whether that is a view or a copy (for `help`).
    let doc: String
    let body: (Interpreter, BoundArguments) throws(PythonError) -> Value
    /// The array a method of NumPy's Python level (`a.sum` is `_sum(a, ...)`) passes first.
    let boundSelf: Value?

    /// A `def` or `lambda` of the user's is `.python`; a method of a class of the user's,
    /// bound to its instance, is `.boundMethod`.
    enum Kind { case builtin, numpy, ufunc, method, python, boundMethod }

    /// How the function is shown: `print`, `copy`, `reshape`.
    let name: String
    /// Python's `__qualname__`: `outer.<locals>.inner` for a nested `def`.
    let qualname: String
    /// The function a bound method calls (for its repr and `__func__`).
    let function: Function?
    /// The `def` or `lambda` a Python function runs.
    let code: FunctionCode?

    /// The class a method of another object belongs to (`Generator`), for `qualifiedName`.
    var owner: String?

    /// A call with positional arguments only, as many as `PositionalCall.counts` allows:
    /// the arguments go straight to the body, with no binding to do. A `def` whose
    /// parameters are all plain (`def f(a, b)`) takes one per parameter; an `np` function
    /// may declare one for its common calls (`np.may_share_memory(a, b)`). Nil for every other.
    var positionalCall: PositionalCall?

    struct PositionalCall {
        /// How many positional arguments the body takes; a call with any other count is bound.
        let counts: ClosedRange<Int>
        let body: (Interpreter, [Value]) throws(PythonError) -> Value
    }

    /// Where it lives, for logs: `np.sum`, `ndarray._sum`, `print`, `Generator.normal`.
    var qualifiedName: String {
        if let owner { return "\(owner).\(name)" }
        return switch kind {
        case .numpy, .ufunc: "np.\(name)"
        case .method: "ndarray.\(name)"
        case .builtin: name
        case .python, .boundMethod: qualname
        }
    }

    init(
        _ signature: Signature, kind: Kind, doc: String = "", boundSelf: Value? = nil, name: String? = nil,
        function: Function? = nil, code: FunctionCode? = nil,
        _ body: @escaping (Interpreter, BoundArguments) throws(PythonError) -> Value
    ) {
        self.signature = signature
        self.kind = kind
        self.doc = doc
        self.boundSelf = boundSelf
        self.name = name ?? signature.name
        self.qualname = signature.name
        self.function = function
        self.code = code ?? function?.code
        self.body = body
    }

    func call(_ interpreter: Interpreter, _ arguments: Arguments) throws(PythonError) -> Value {
        if let positionalCall, arguments.keywords.isEmpty, interpreter.argumentLog == nil,
            positionalCall.counts.contains(arguments.positional.count)
        {
            return try positionalCall.body(interpreter, arguments.positional)
        }
        let given = boundSelf.map { Arguments([$0] + arguments.positional, keywords: arguments.keywords) } ?? arguments
        let bound = try signature.bind(given)
        interpreter.argumentLog?(self, bound.nonDefaultNames)
        let result = try body(interpreter, bound)
        try bound.finish()
        return result
    }
}

/// A module object (`numpy`): a name and its attributes.
final class Module {
    let name: String
    var attributes: [String: Value] { didSet { version &+= 1 } }
    /// Counts the changes of `attributes`: a call site's memo of `np.name` is good while it holds.
    private(set) var version = 0
    init(name: String, attributes: [String: Value]) {
        self.name = name
        self.attributes = attributes
    }
}

/// The Python types `type()` reports and `isinstance` checks.
enum PythonType: String, CaseIterable {
    case int, float, complex, bool, str, list, tuple, range, slice, dict, set, frozenset, object
    case noneType = "NoneType"
    case ellipsis
    case function = "builtin_function_or_method"
    case module, type
    case pythonFunction = "function"
    case method
    /// The types of lazy iterators.
    case generatorObject = "generator"
    case zip, enumerate, map, filter
    case listIterator = "list_iterator"
    case ndarray = "numpy.ndarray"
    case dtype = "numpy.dtype"
    case flags = "numpy._core.multiarray.flagsobj"
    case memmap = "numpy.memmap"
    case npzFile = "numpy.lib.npyio.NpzFile"
    case mmap = "mmap.mmap"
    case bytes, bytearray, memoryview
    case flatiter = "numpy.flatiter"
    case nditer = "numpy.nditer"
    case ctypes = "numpy._core._internal._ctypes"
    case dummyArray = "numpy.lib._stride_tricks_impl.DummyArray"
    case indexExpression = "numpy.lib._index_tricks_impl.IndexExpression"
    case mgridClass = "numpy.lib._index_tricks_impl.MGridClass"
    case ogridClass = "numpy.lib._index_tricks_impl.OGridClass"
    case rClass = "numpy.lib._index_tricks_impl.RClass"
    case cClass = "numpy.lib._index_tricks_impl.CClass"
    case generator = "numpy.random._generator.Generator"
    case randomState = "numpy.random.mtrand.RandomState"
    case pcg64 = "numpy.random._pcg64.PCG64"
    case mt19937 = "numpy.random._mt19937.MT19937"
    case seedSequence = "numpy.random.bit_generator.SeedSequence"
    case maskedArray = "numpy.ma.MaskedArray"
    case maskedConstant = "numpy.ma.core.MaskedConstant"
    case finfo = "numpy.finfo"
    case iinfo = "numpy.iinfo"
    case void = "numpy.void"
    case record = "numpy.record"
    case recarray = "numpy.rec.recarray"
    case formatParser = "numpy.rec.format_parser"
    case strScalar = "numpy.str_"
    case bytesScalar = "numpy.bytes_"
    case mappingProxy = "mappingproxy"
    case date = "datetime.date"
    case datetime = "datetime.datetime"
    case timedelta = "datetime.timedelta"
    // NumPy's abstract scalar types, which `isinstance` and `np.issubdtype` test against.
    case generic = "numpy.generic"
    case number = "numpy.number"
    case integer = "numpy.integer"
    case signedInteger = "numpy.signedinteger"
    case unsignedInteger = "numpy.unsignedinteger"
    case inexact = "numpy.inexact"
    case floating = "numpy.floating"
    case complexFloating = "numpy.complexfloating"

    var qualifiedName: String { rawValue }
}

extension Value {
    /// The Python type name used in error messages: `'int' object is not subscriptable`.
    var typeName: String {
        switch self {
        case .none: "NoneType"
        case .bool: "bool"
        case .int, .bigInt: "int"
        case .float: "float"
        case .complex: "complex"
        case .string: "str"
        case .tuple: "tuple"
        case .list: "list"
        case .dict: "dict"
        case .set(let s): s.isFrozen ? "frozenset" : "set"
        case .range: "range"
        case .slice: "slice"
        case .ellipsis: "ellipsis"
        case .array(let a): a.isRecordArray ? "recarray" : a.buffer.isMappedFile ? "memmap" : "numpy.ndarray"
        case .scalar(let s): "numpy.\(s.dtype.scalarTypeName)"
        case .dtype(let d): "numpy.dtypes.\(DTypeNames.className(d))"
        case .scalarType, .type: "type"
        case .function(let f):
            switch f.kind {
            case .ufunc: "numpy.ufunc"
            case .numpy, .python: "function"
            case .boundMethod: "method"
            case .builtin, .method: "builtin_function_or_method"
            }
        case .module: "module"
        case .flags: "numpy.flagsobj"
        case .object(let o): o.typeName
        case .classObject: "type"
        case .instance(let i): i.cls.name
        case .iterator(let it): it.typeName
        }
    }

    var isNone: Bool { if case .none = self { true } else { false } }
    var isDType: Bool { if case .dtype = self { true } else { false } }
    var isArray: Bool { if case .array = self { true } else { false } }
}

/// NumPy's class names for dtype instances (`numpy.dtypes.Int64DType`).
enum DTypeNames {
    /// NumPy 2's DeprecationWarning for the `'a'` alias of `'S'` (`'a5'`, `'<a5'`), nil for other names.
    static func deprecation(_ name: String) -> String? {
        var text = Substring(name.trimmingCharacters(in: .whitespaces))
        if let first = text.first, "<>=|".contains(first) { text = text.dropFirst() }
        guard text.first == "a", text.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return "DeprecationWarning: Data type alias 'a' was deprecated in NumPy 2.0. Use the 'S' alias instead.\n"
    }

    /// Spellings of NumPy dtypes arrsh does not have (strings, objects, dates,
    /// records, long double): NotImplementedError rather than "not understood".
    static func isUnsupported(_ name: String) -> Bool {
        let words = [
            "str", "str_", "bytes", "bytes_", "datetime64", "timedelta64", "void",
            "longdouble", "clongdouble", "float128", "complex256", "f16", "c32", "g", "G",
        ]
        if words.contains(name) { return true }
        var text = Substring(name)
        if let first = text.first, "<>=|".contains(first) { text = text.dropFirst() }
        guard let code = text.first else { return false }
        return "USaMmV".contains(code) && text.dropFirst().allSatisfy { $0.isNumber || "[]smhDWYusnpfa".contains($0) }
    }

    static func className(_ dtype: DType) -> String {
        switch dtype.scalarType {
        case .bool: "BoolDType"
        case .float16: "Float16DType"
        case .float32: "Float32DType"
        case .float64: "Float64DType"
        case .complex64: "Complex64DType"
        case .complex128: "Complex128DType"
        case .str: "StrDType"
        case .bytes: "BytesDType"
        case .void: "VoidDType"
        case .datetime64: "DateTime64DType"
        case .timedelta64: "TimeDelta64DType"
        case .object: "ObjectDType"
        case .vstring: "StringDType"
        default: dtype.name.prefix(1).uppercased() + dtype.name.dropFirst() + "DType"
        }
    }

    /// NumPy's type number (`dtype.num`).
    static func number(_ type: ScalarType) -> Int {
        switch type {
        case .bool: 0
        case .int8: 1
        case .uint8: 2
        case .int16: 3
        case .uint16: 4
        case .int32: 5
        case .uint32: 6
        case .int64: 7
        case .uint64: 8
        case .float32: 11
        case .float64: 12
        case .complex64: 14
        case .complex128: 15
        case .bytes: 18
        case .str: 19
        case .void: 20
        case .datetime64: 21
        case .timedelta64: 22
        case .float16: 23
        case .object: 17
        case .vstring: 2056
        }
    }
}
