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
        ("count(a, sub, start=0, end=None)", .int),
        ("startswith(a, prefix, start=0, end=None)", .bool), ("endswith(a, suffix, start=0, end=None)", .bool),
        ("isdigit(a)", .bool), ("isalpha(a)", .bool), ("isalnum(a)", .bool), ("isspace(a)", .bool),
        ("isupper(a)", .bool), ("islower(a)", .bool), ("isnumeric(a)", .bool), ("isdecimal(a)", .bool),
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
                let type = DType.string(.str, length: max(1, a.dtype.length * (times.max() ?? 0)))
                return .array(try NDArray.from(stringCodes: codes, shape: shape, dtype: type))
            },
            function("add(x1, x2)", doc: "A new array: the elements joined pairwise.") { _, args throws(PythonError) in
                try result(BinaryKernel.run(.add, try texts(args.raw("x1")), try texts(args.raw("x2"))))
            },
        ]
        return Module(
            name: "numpy.\(name)",
            attributes: Dictionary(uniqueKeysWithValues: functions.map { ($0.name, .function($0)) }))
    }

    /// The string array an argument makes; NumPy refuses numbers.
    private static func texts(_ value: Value?) throws(PythonError) -> NDArray {
        let a = try Convert.array(value ?? .none)
        guard a.dtype.scalarType == .str || a.dtype.isVariableString else {
            if a.dtype.scalarType == .bytes { throw .notImplemented("np.char on bytes arrays is not supported yet") }
            throw .type("string operation on non-string array")
        }
        return a
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
        var results: [Value] = []
        for codes in try a.stringCodes() {
            guard case .function(let bound)? = StringMethods.get(FixedString.text(codes), signature.name) else {
                throw .notImplemented("np.char.\(signature.name) is not supported yet")
            }
            results.append(try bound.call(interpreter, Arguments(Array(passed))))
        }
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
            let type = a.dtype.isVariableString ? a.dtype : .string(.str, length: width)
            return .array(try NDArray.from(stringCodes: codes, shape: a.shape, dtype: type))
        }
    }
}
