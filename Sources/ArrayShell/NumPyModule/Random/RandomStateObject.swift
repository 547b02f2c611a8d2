import ArrayEngine

/// `np.random.RandomState`, and the hidden instance behind `np.random.seed`,
/// `np.random.rand` and the other legacy functions of the module.
final class RandomStateObject: PythonObject {
    let state: RandomState
    private(set) var bitGenerator: BitGeneratorObject

    init(bitGenerator: BitGeneratorObject) {
        self.bitGenerator = bitGenerator
        state = RandomState(bitGenerator.bits)
    }

    /// `RandomState(seed)`: a bit generator object is used as it is; anything
    /// else seeds MT19937 the legacy way.
    convenience init(seed: Value) throws(PythonError) {
        if case .object(let object) = seed, let given = object as? BitGeneratorObject {
            self.init(bitGenerator: given)
        } else {
            self.init(bitGenerator: try Self.legacySeeded(seed))
        }
    }

    /// `seed(seed)`: MT19937 seeded afresh, the cached normal forgotten.
    func reseed(_ seed: Value) throws(PythonError) {
        guard bitGenerator.algorithm == .mt19937 else { throw .type("can only re-seed a MT19937 BitGenerator") }
        bitGenerator = try Self.legacySeeded(seed)
        state.reseed(bitGenerator.bits)
    }

    /// `set_state(state)`: a dict as `get_state(legacy=False)` gives, or the
    /// legacy tuple (or list) `('MT19937', key, pos[, has_gauss, gauss])`.
    func restore(_ value: Value) throws(PythonError) {
        let state: Value
        switch value {
        case .dict(let given):
            guard try given.contains(.string("bit_generator")), try given.contains(.string("state")) else {
                throw .value("state dictionary is not valid.")
            }
            state = value
        case .tuple, .list:
            let items: [Value]
            if case .list(let list) = value {
                items = list.items
            } else if case .tuple(let elements) = value {
                items = elements
            } else {
                items = []
            }
            func item(_ i: Int) throws(PythonError) -> Value {
                guard i < items.count else { throw .index("\(value.typeName) index out of range") }
                return items[i]
            }
            guard case .string("MT19937") = try item(0) else {
                throw .value("set_state can only be used with legacy MT19937 state instances.")
            }
            var pairs: [(String, Value)] = [
                ("bit_generator", .string("MT19937")),
                ("state", try StateDictionaries.dict([("key", try item(1)), ("pos", try item(2))])),
            ]
            if items.count > 3 { pairs += [("has_gauss", try item(3)), ("gauss", try item(4))] }
            state = try StateDictionaries.dict(pairs)
        default:
            throw .type("state must be a dict or a tuple.")
        }
        guard case .dict(let dict) = state else { return }
        let gauss = try dict.get(.string("gauss")).map { v throws(PythonError) in try Convert.double(v) } ?? 0
        let hasGauss = try dict.get(.string("has_gauss")).map { v throws(PythonError) in try Convert.truth(v) } ?? false
        try bitGenerator.setAttribute("state", state)
        self.state.cachedGaussian = hasGauss ? gauss : nil
    }

    /// `_legacy_seeding`: None draws from the OS; an int (or an array that squeezes
    /// to one) runs `init_genrand`; anything else is read as an array of words.
    static func legacySeeded(_ seed: Value) throws(PythonError) -> BitGeneratorObject {
        let bits: MT19937
        switch seed {
        case .none:
            bits = MT19937(seedSequence: .fresh())
        case .int, .bool:
            bits = try MT19937.legacySeeded(try Convert.index(seed))
        case .bigInt:
            throw .value("Seed must be between 0 and 2**32 - 1")
        case .scalar(let s) where !s.dtype.isFloat:
            guard let n = s.exactInteger else { throw .value("Seed must be between 0 and 2**32 - 1") }
            bits = try MT19937.legacySeeded(Int(n))
        case .scalar(let s):
            throw .type(
                "Cannot cast scalar from dtype('\(s.dtype.name)') to dtype('int64') according to the rule 'safe'")
        case .float:
            throw .type("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'")
        case .string(let text):
            throw .type(
                "Cannot cast scalar from dtype('<U\(text.count)') to dtype('int64') according to the rule 'safe'")
        case .array(let a):
            let squeezed = try a.squeeze()
            if squeezed.ndim == 0 {
                if squeezed.dtype.isInteger || squeezed.dtype == .bool {
                    return try legacySeeded(.int(Int(try squeezed.item().exactInteger ?? -1)))
                }
                return try legacySeeded(.scalar(try squeezed.item()))
            }
            bits = try MT19937.legacySeeded(words: squeezed)
        default:
            bits = try MT19937.legacySeeded(words: try Convert.array(seed))
        }
        return BitGeneratorObject(.mt19937, bits: bits, seedSequence: nil)
    }

    var pythonType: PythonType { .randomState }
    var typeName: String { pythonType.qualifiedName }

    func repr() -> String { "\(str()) at 0x\(String(ObjectIds.address(of: self), radix: 16, uppercase: true))" }
    func str() -> String { "RandomState(\(bitGenerator.algorithm.rawValue))" }

    /// NumPy's private `_bit_generator` too: snippets reach the legacy MT19937 through it.
    func attribute(_ name: String) throws(PythonError) -> Value? {
        name == "_bit_generator" ? .object(bitGenerator) : Self.methods[name]?.bound(to: self)
    }

    var attributeNames: [String] { Array(Self.methods.keys) + ["_bit_generator"] }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) {
        throw RandomAttributes.refuse(name, on: self, properties: [], methods: Array(Self.methods.keys))
    }

    /// The methods, which are also the module's legacy functions.
    static let methods = RandomMethod<RandomStateObject>.table(distributionMethods + ownMethods)

    private static let distributionMethods: [RandomMethod<RandomStateObject>] = DistributionMethods.methods(
        legacy: true
    ) {
        this, distribution, parameters, size, _ throws(PythonError) in
        try this.state.sample(distribution, parameters, size: size)
    }

    /// `random_integers`: `randint(low, int(high) + 1, dtype='l')` after NumPy's warning.
    private static func randomIntegers(
        _ this: RandomStateObject, _ interpreter: Interpreter,
        _ args: BoundArguments
    ) throws(PythonError) -> Value {
        let low = args.raw("low") ?? .none
        let lower: NDArray
        let upper: NDArray
        if let high = args["high"] {
            interpreter.warn(
                "DeprecationWarning: This function is deprecated. Please call randint(\(try Repr.str(low)), \(try Repr.str(high)) + 1) instead\n"
            )
            (lower, upper) = (try Convert.array(low), try Convert.array(high))
        } else {
            interpreter.warn(
                "DeprecationWarning: This function is deprecated. Please call randint(1, \(try Repr.str(low)) + 1) instead\n"
            )
            (lower, upper) = (NDArray.scalar(Scalar(int64: 1)), try Convert.array(low))
        }
        // `int(high) + 1`: Python's int() of the upper bound, which must be one number.
        guard upper.size == 1 else { throw .type("only length-1 arrays can be converted to Python scalars") }
        guard let top = Int64(exactly: try upper.item().integer() + 1) else {
            throw .overflow("Python int too large to convert to C long")
        }
        let size = try RandomArguments.size(args)
        let result = try this.state.randint(low: lower, high: .scalar(Scalar(int64: top)), size: size, dtype: .int64)
        return try RandomArguments.integers(result, size: size, dtype: nil)
    }

    private static let ownMethods: [RandomMethod<RandomStateObject>] = [
        RandomMethod(
            "seed(seed=None)", doc: "Reseeds MT19937 the legacy way (None: from the OS) and forgets the cached normal."
        ) { this, args throws(PythonError) in
            try this.reseed(args.raw("seed") ?? .none)
            return .none
        },
        RandomMethod(
            "random_sample(size=None)", doc: "Uniform floats in [0, 1): a new array, one Python float without size."
        ) { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(this.state.randomSample(size: size), size: size)
        },
        RandomMethod("random(size=None)", doc: "Uniform floats in [0, 1): a new array, one Python float without size.")
        { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(this.state.randomSample(size: size), size: size)
        },
        RandomMethod(
            "rand(*args)",
            doc: "Uniform floats in [0, 1) of shape args: a new array, one Python float without arguments."
        ) { this, args throws(PythonError) in
            let size = try RandomArguments.dimensions(args.variadic("args"))
            return try RandomArguments.floats(this.state.randomSample(size: size), size: size)
        },
        RandomMethod(
            "randn(*args)",
            doc:
                "Standard normal samples (polar Box-Muller) of shape args: a new array, one Python float without arguments."
        ) { this, args throws(PythonError) in
            let size = try RandomArguments.dimensions(args.variadic("args"))
            return try RandomArguments.floats(this.state.standardNormal(size: size), size: size)
        },
        RandomMethod(
            "randint(low, high=None, size=None, dtype=int)",
            doc: "Uniform integers in [low, high) by masked rejection: a new array, a Python int without size."
        ) { this, args throws(PythonError) in
            var low = try RandomArguments.bound(args.raw("low") ?? .none)
            var high = try args["high"].map { v throws(PythonError) in try RandomArguments.bound(v) }
            if high == nil { (low, high) = (NDArray.scalar(Scalar(int64: 0)), low) }
            let size = try RandomArguments.size(args)
            let dtype = try RandomArguments.dtype(args, default: .int64)
            let result = try this.state.randint(low: low, high: high ?? low, size: size, dtype: dtype)
            return try RandomArguments.integers(result, size: size, dtype: args.raw("dtype"))
        },
        RandomMethod(
            "random_integers(low, high=None, size=None)",
            doc: """
                Deprecated: uniform integers in [low, high] ([1, low] with one bound), with NumPy's DeprecationWarning.
                """, warning: randomIntegers),
        RandomMethod(
            "choice(a, size=None, replace=True, p=None)",
            doc: "A random sample of arange(a) or of the 1-d array a: a new array (a copy)."
        ) { this, args throws(PythonError) in
            let population = try RandomArguments.population(args.raw("a") ?? .none, legacy: true)
            let size = try RandomArguments.size(args)
            let result = try this.state.choice(
                population, size: size, replace: try args.bool("replace"),
                p: try RandomArguments.probabilities(args))
            return try RandomArguments.sample(result, size: size, population: population)
        },
        RandomMethod("shuffle(x)", doc: "Shuffles x in place along its first axis; returns None.") {
            this, args throws(PythonError) in
            try RandomArguments.shuffle(
                args.raw("x") ?? .none, array: { a throws(PythonError) in try this.state.shuffle(a) }
            ) { items in
                this.state.shuffle(&items)
            }
            return .none
        },
        RandomMethod(
            "permutation(x)", doc: "A shuffled copy of x along its first axis (of arange(x) for an int): a new array."
        ) { this, args throws(PythonError) in
            let x = args.raw("x") ?? .none
            if let count = RandomArguments.integerCount(x) { return .array(try this.state.permutation(count: count)) }
            return .array(try this.state.permutation(try Convert.array(x)))
        },
        RandomMethod(
            "normal(loc=0.0, scale=1.0, size=None)", doc: "Normal samples: a new array, one Python float without size."
        ) { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(
                this.state.normal(
                    loc: try RandomArguments.parameter(args, "loc"),
                    scale: try RandomArguments.parameter(args, "scale"), size: size), size: size)
        },
        RandomMethod(
            "uniform(low=0.0, high=1.0, size=None)",
            doc: "Uniform floats in [low, high): a new array, one Python float without size."
        ) { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(
                this.state.uniform(
                    low: try RandomArguments.parameter(args, "low"),
                    high: try RandomArguments.parameter(args, "high"), size: size), size: size)
        },
        RandomMethod(
            "standard_normal(size=None)",
            doc: "Standard normal samples (polar Box-Muller): a new array, one Python float without size."
        ) { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(this.state.standardNormal(size: size), size: size)
        },
        RandomMethod(
            "exponential(scale=1.0, size=None)", doc: "Exponential samples: a new array, one Python float without size."
        ) { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(
                this.state.exponential(scale: try RandomArguments.parameter(args, "scale"), size: size), size: size)
        },
        RandomMethod(
            "standard_exponential(size=None)",
            doc: "Standard exponential samples: a new array, one Python float without size."
        ) { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(this.state.standardExponential(size: size), size: size)
        },
        RandomMethod(
            "multinomial(n, pvals, size=None)",
            doc: "Counts of n trials over the outcomes of pvals: a new int64 array."
        ) { this, args throws(PythonError) in
            let (pvals, float32) = try RandomArguments.pvals(args)
            let n = try RandomArguments.length(args.raw("n") ?? .none)
            return .array(
                try this.state.multinomial(
                    n: n, pvals: pvals, size: try RandomArguments.size(args), pvalsGivenAsFloat32: float32))
        },
        RandomMethod(
            "dirichlet(alpha, size=None)",
            doc: "Dirichlet samples, one row of len(alpha) per draw: a new float64 array."
        ) { this, args throws(PythonError) in
            .array(
                try this.state.dirichlet(alpha: try RandomArguments.alpha(args), size: try RandomArguments.size(args)))
        },
        RandomMethod(
            "get_state(legacy=True)",
            doc: """
                The state: ('MT19937', the 624 key words as uint32, the position, whether a normal is cached, that normal), \
                or with legacy=False the dict of bit_generator.state and the cached normal.
                """,
            warning: { this, interpreter, args throws(PythonError) in
                guard case .dict(let state) = try this.bitGenerator.attribute("state") ?? .none else { return .none }
                let cached = this.state.cachedGaussian
                try state.set(.string("has_gauss"), .int(cached == nil ? 0 : 1))
                try state.set(.string("gauss"), .float(cached ?? 0))
                var legacy = try args.bool("legacy")
                if legacy && this.bitGenerator.algorithm != .mt19937 {
                    interpreter.warn(
                        "RuntimeWarning: get_state and legacy can only be used with the MT19937 BitGenerator. "
                            + "To silence this warning, set `legacy` to False.\n")
                    legacy = false
                }
                guard legacy else { return .dict(state) }
                let inner = try StateDictionaries.item(.dict(state), "state")
                return .tuple([
                    .string("MT19937"), try StateDictionaries.item(inner, "key"),
                    try StateDictionaries.item(inner, "pos"),
                    .int(cached == nil ? 0 : 1), .float(cached ?? 0),
                ])
            }),
        RandomMethod("set_state(state)", doc: "Restores a state get_state() returned; returns None.") {
            this, args throws(PythonError) in
            try this.restore(args.raw("state") ?? .none)
            return .none
        },
        RandomMethod("bytes(length)", doc: "length random bytes.") { this, args throws(PythonError) in
            .object(try BytesObject(this.state.bytes(count: try RandomArguments.length(args.raw("length") ?? .none))))
        },
    ]
}
