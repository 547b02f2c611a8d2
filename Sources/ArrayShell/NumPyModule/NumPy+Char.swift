import ArrayEngine

/// `np.char` and `np.strings`: Python's `str` methods (the language's own, so the same
/// answers) applied to every element of a `str` array, each giving a new array.
extension NumPyModule {
    /// What a method gives per element, and so the new array's type.
    private enum Output {
        /// Text in a type as wide as the input's (NumPy keeps it for case changes and strips).
        case sameWidth
        /// Text in a type as wide as the longest result.
        case text
        case bool, int
    }

    private static let charMethods: [(declaration: String, output: Output)] = [
        ("upper(a)", .sameWidth), ("lower(a)", .sameWidth), ("capitalize(a)", .sameWidth),
        ("title(a)", .sameWidth), ("swapcase(a)", .sameWidth),
        ("strip(a, chars=None)", .sameWidth), ("lstrip(a, chars=None)", .sameWidth),
        ("rstrip(a, chars=None)", .sameWidth),
        ("center(a, width, fillchar=' ')", .text), ("ljust(a, width, fillchar=' ')", .text),
        ("rjust(a, width, fillchar=' ')", .text), ("zfill(a, width)", .text),
        ("replace(a, old, new, count=-1)", .text),
        ("find(a, sub, start=0, end=None)", .int), ("rfind(a, sub, start=0, end=None)", .int),
        ("index(a, sub, start=0, end=None)", .int), ("rindex(a, sub, start=0, end=None)", .int),
        ("count(a, sub, start=0, end=None)", .int),
        ("startswith(a, prefix, start=0, end=None)", .bool), ("endswith(a, suffix, start=0, end=None)", .bool),
        ("isdigit(a)", .bool), ("isalpha(a)", .bool), ("isalnum(a)", .bool), ("isspace(a)", .bool),
        ("isupper(a)", .bool), ("islower(a)", .bool), ("isnumeric(a)", .bool), ("isdecimal(a)", .bool),
        ("istitle(a)", .bool),
    ]

    // Numbers, bools and joined texts come back as NumPy scalars for 0-d input (`np.True_`),
    // as NumPy's string ufuncs give them; the other functions give text as a 0-d array.
    static func charModule(named name: String) -> Module {
        var functions = charMethods.map { declaration, output in
            function(declaration, doc: "A new array: str.\(declaration.prefix { $0 != "(" }) of each element.") {
                interpreter, args throws(PythonError) in
                try applyMethod(Signature(declaration), output, args, interpreter)
            }
        }
        functions += [
            function("str_len(a)", doc: "A new int array: each element's length.") { _, args throws(PythonError) in
                let a = try texts(args.raw("a"))
                let lengths = try a.stringCodes().map { Scalar(int64: Int64($0.count)) }
                return try result(NDArray.from(scalars: lengths, shape: a.shape, dtype: .int64))
            },
            function("multiply(a, i)", doc: "A new array: each element repeated i times (none below 1).") {
                _, args throws(PythonError) in
                let a = try texts(args.raw("a"))
                let counts = try Convert.array(args.raw("i") ?? .none)
                guard counts.dtype.isInteger || counts.dtype == .bool else {
                    throw .type("unsupported type \(counts.dtype.name) for operand 'i'")
                }
                let shape = try Broadcasting.operandShape([a.shape, counts.shape])
                let clamped = try BinaryKernel.run(
                    .maximum, counts.broadcast(to: shape), NDArray.scalar(Scalar(int64: 0)))
                guard !a.dtype.isVariableString else {
                    return try result(BinaryKernel.run(.multiply, a.broadcast(to: shape), clamped))
                }
                let times = try clamped.elements().map { Int($0.exactInteger ?? 0) }
                let codes = zip(try a.broadcast(to: shape).stringCodes(), times).map { text, count in
                    Array([[UInt32]](repeating: text, count: count).joined())
                }
                let type = DType.string(a.dtype.scalarType, length: max(1, a.dtype.length * (times.max() ?? 0)))
                return .array(try NDArray.from(stringCodes: codes, shape: shape, dtype: type))
            },
            function("add(x1, x2)", doc: "A new array: the elements joined pairwise.") { _, args throws(PythonError) in
                try result(BinaryKernel.run(.add, try texts(args.raw("x1")), try texts(args.raw("x2"))))
            },
        ]
        // np.char's comparisons are the legacy ones: trailing whitespace left out, an array even for 0-d.
        let legacy = name == "char"
        functions += [BinaryOperation.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].map { op in
            function(
                "\(op.name)(x1, x2)",
                doc:
                    "A new bool array: the elements compared pairwise\(legacy ? ", trailing whitespace left out" : "")."
            ) { _, args throws(PythonError) in
                var (x1, x2) = (try texts(args.raw("x1")), try texts(args.raw("x2")))
                guard legacy else { return try result(BinaryKernel.run(op, x1, x2)) }
                (x1, x2) = (try withoutTrailingSpace(x1), try withoutTrailingSpace(x2))
                return .array(try BinaryKernel.run(op, x1, x2))
            }
        }
        functions += ["partition", "rpartition"].map { method in
            function(
                "\(method)(a, sep)",
                doc: name == "char"
                    ? "A new array with a last axis of 3: str.\(method) of each element."
                    : "Three new arrays: the parts str.\(method) splits each element into."
            ) { interpreter, args throws(PythonError) in
                try partition(method, args, stacked: name == "char", interpreter)
            }
        }
        functions += charBuildingFunctions(module: name)
        return Module(
            name: "numpy.\(name)",
            attributes: Dictionary(uniqueKeysWithValues: functions.map { ($0.name, .function($0)) }))
    }

    /// The string array an argument makes; NumPy refuses numbers.
    static func texts(_ value: Value?) throws(PythonError) -> NDArray {
        let a = try Convert.array(value ?? .none)
        guard a.dtype.isString else { throw .type("string operation on non-string array") }
        return a
    }

    /// The texts with their trailing whitespace removed, in the same type.
    private static func withoutTrailingSpace(_ a: NDArray) throws(PythonError) -> NDArray {
        let stripped = try a.stringCodes().map { codes in
            Array(codes.reversed().drop { Unicode.Scalar($0)?.properties.isWhitespace ?? false }.reversed())
        }
        return try NDArray.from(stringCodes: stripped, shape: a.shape, dtype: a.dtype)
    }

    /// `str.<method>` of each element (bytes read as ASCII text) with these arguments.
    private static func applyEach(_ method: String, _ a: NDArray, _ passed: [Value], _ interpreter: Interpreter)
        throws(PythonError) -> [Value]
    {
        let isBytes = a.dtype.scalarType == .bytes
        let arguments = try passed.map { value throws(PythonError) in try isBytes ? asciiText(value) : value }
        var results: [Value] = []
        for codes in try a.stringCodes() {
            if isBytes { _ = try asciiText(.object(BytesObject(codes.map { UInt8(truncatingIfNeeded: $0) }))) }
            guard case .function(let bound)? = StringMethods.get(FixedString.text(codes), method) else {
                throw .notImplemented("np.char.\(method) is not supported yet")
            }
            results.append(try bound.call(interpreter, Arguments(arguments)))
        }
        return results
    }

    /// A bytes argument as the text Python's bytes methods treat it as: ASCII only (where
    /// str and bytes methods agree), else refused. Other values pass as they are.
    private static func asciiText(_ value: Value) throws(PythonError) -> Value {
        if case .string = value {
            throw PythonError("UFuncTypeError", "string operations on a bytes array take bytes arguments, not str")
        }
        guard case .object(let bytes as BytesObject) = value else { return value }
        // Bytes 0x1c to 0x1f are whitespace to str, not to bytes.
        guard bytes.bytes.allSatisfy({ $0 < 0x80 && !(0x1c...0x1f).contains($0) }) else {
            throw .notImplemented("np.strings on bytes beyond ASCII text is not supported yet")
        }
        return .string(FixedString.text(bytes.bytes.map { UInt32($0) }))
    }

    /// `partition`/`rpartition`: three arrays (np.strings), or one with a last axis of 3 (np.char).
    private static func partition(_ method: String, _ args: BoundArguments, stacked: Bool, _ interpreter: Interpreter)
        throws(PythonError) -> Value
    {
        let a = try texts(args.raw("a"))
        if a.dtype.isVariableString {
            throw .notImplemented("np.strings.\(method) of StringDType arrays is not supported yet")
        }
        let parts = try applyEach(method, a, [args.raw("sep") ?? .none], interpreter).map { value -> [[UInt32]] in
            guard case .tuple(let items) = value else { return [] }
            return items.map { item in if case .string(let text) = item { FixedString.codes(text) } else { [] } }
        }
        let type = { (texts: [[UInt32]]) in
            DType.string(a.dtype.scalarType, length: max(1, texts.map(\.count).max() ?? 1))
        }
        if stacked {
            let all = parts.flatMap { $0 }
            return .array(try NDArray.from(stringCodes: all, shape: a.shape + [3], dtype: type(all)))
        }
        return .tuple(
            try (0..<3).map { k throws(PythonError) in
                let texts = parts.map { $0[k] }
                return .array(try NDArray.from(stringCodes: texts, shape: a.shape, dtype: type(texts)))
            })
    }

    /// Calls `str.<method>` on each element with the arguments given after `a`.
    private static func applyMethod(
        _ signature: Signature, _ output: Output, _ args: BoundArguments, _ interpreter: Interpreter
    ) throws(PythonError) -> Value {
        let a = try texts(args.raw("a"))
        // The arguments after `a` up to the last one given (defaults between), as the str method takes them.
        let rest = Array(signature.parameters.dropFirst())
        let given = (rest.lastIndex { args[$0.name] != nil }).map { rest[...$0] } ?? []
        let passed = given.map { args.raw($0.name) ?? .none }
        let results = try applyEach(signature.name, a, passed, interpreter)
        switch output {
        case .bool, .int:
            let scalars = try results.map { value throws(PythonError) in try Convert.scalar(value) }
            return try result(
                NDArray.from(scalars: scalars, shape: a.shape, dtype: output == .bool ? .bool : .int64))
        case .sameWidth, .text:
            let codes = results.map { value -> [UInt32] in
                if case .string(let text) = value { return FixedString.codes(text) }
                return []
            }
            let width = output == .sameWidth ? a.dtype.length : max(1, codes.map(\.count).max() ?? 1)
            let type = a.dtype.isVariableString ? a.dtype : .string(a.dtype.scalarType, length: width)
            return .array(try NDArray.from(stringCodes: codes, shape: a.shape, dtype: type))
        }
    }
}
