import ArrayEngine

/// `import sys`: sizes as CPython and NumPy report them, and the interpreter's facts.
enum SysModule {
    static var constants: [String: Value] {
        [
            "maxsize": .int(Int.max),
            "byteorder": .string("little"),
            "platform": .string("linux"),
            "version": .string("3.11.7 (arrsh)"),
            "version_info": .tuple([.int(3), .int(11), .int(7), .string("final"), .int(0)]),
            "argv": .list(ListObject([.string("")])),
        ]
    }

    static func functions() -> [Function] {
        [
            StandardModules.function(
                "getsizeof(object, default=<no value>, /)", "The object's size in bytes, as CPython counts it."
            ) { _, args throws(PythonError) in
                let value = args.raw("object") ?? .none
                if let size = try size(of: value) { return .int(size) }
                if let fallback = args.raw("default") { return fallback }
                throw .notImplemented("sys.getsizeof() of a \(value.typeName) is not known to arrsh")
            },
            StandardModules.function("getrecursionlimit()", "The most nested Python calls allowed.") {
                _, _ throws(PythonError) in
                .int(1000)
            },
            StandardModules.function("exit(status=None, /)", "Leaves arrsh, as exit() does.") {
                interpreter, args throws(PythonError) in
                throw interpreter.systemExit(args.raw("status"))
            },
        ]
    }

    /// `sys.getsizeof`: an array is 96 bytes, 16 per dimension, and its data when it owns
    /// it (NumPy's `ndarray.__sizeof__`); Python values as CPython 3.11 lays them out.
    private static func size(of value: Value) throws(PythonError) -> Int? {
        switch value {
        case .array(let a): return 96 + 16 * a.ndim + (a.ownsData ? a.nbytes : 0)
        case .scalar(let s): return s.dtype.itemsize <= 8 ? 32 : 16 + s.dtype.itemsize
        case .none: return 16
        case .bool: return 28
        case .int(let i): return 24 + 4 * max(1, (i.magnitude.bitWidth - i.magnitude.leadingZeroBitCount + 29) / 30)
        case .bigInt(let b): return 24 + 4 * max(1, (b.magnitude.bitWidth - b.magnitude.leadingZeroBitCount + 29) / 30)
        case .float: return 24
        case .string(let s):
            if s.unicodeScalars.allSatisfy(\.isASCII) { return 49 + s.unicodeScalars.count }
            return nil
        case .tuple(let items): return 40 + 8 * items.count
        case .list(let list): return 56 + 8 * list.items.count
        default: return nil
        }
    }
}
