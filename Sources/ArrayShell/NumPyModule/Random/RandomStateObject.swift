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

    /// `_legacy_seeding`: None draws from the OS; an int (or an array that squeezes
    /// to one) runs `init_genrand`; anything else is read as an array of words.
    static func legacySeeded(_ seed: Value) throws(PythonError) -> BitGeneratorObject {
        let bits: MT19937
        switch seed {
        case .none:
            bits = MT19937(seedSequence: .fresh())
        case .int, .bool:
            bits = try MT19937.legacySeeded(try Convert.index(seed))
        case .scalar(let s) where !s.dtype.isFloat:
            guard let n = s.exactInteger else { throw .value("Seed must be between 0 and 2**32 - 1") }
            bits = try MT19937.legacySeeded(Int(n))
        case .scalar(let s):
            throw .type("Cannot cast scalar from dtype('\(s.dtype.name)') to dtype('int64') according to the rule 'safe'")
        case .float:
            throw .type("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'")
        case .string(let text):
            throw .type("Cannot cast scalar from dtype('<U\(text.count)') to dtype('int64') according to the rule 'safe'")
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
    var typeName: String { "RandomState" }

    func repr() -> String { "\(str()) at 0x\(String(ObjectIds.address(of: self), radix: 16, uppercase: true))" }
    func str() -> String { "RandomState(\(bitGenerator.algorithm.rawValue))" }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        Self.methods[name]?.bound(to: self)
    }

    var attributeNames: [String] { Array(Self.methods.keys) }

    /// The methods, which are also the module's legacy functions.
    static let methods = RandomMethod<RandomStateObject>.table(DistributionMethods.methods(legacy: true) {
        this, distribution, parameters, size, _ throws(PythonError) in try this.state.sample(distribution, parameters, size: size)
    } + [
        RandomMethod("seed(seed=None)", doc: "Reseeds MT19937 the legacy way (None: from the OS) and forgets the cached normal.") { this, args throws(PythonError) in
            try this.reseed(args.raw("seed") ?? .none)
            return .none
        },
        RandomMethod("random_sample(size=None)", doc: "Uniform floats in [0, 1): a new array, one Python float without size.") { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(this.state.randomSample(size: size), size: size)
        },
        RandomMethod("random(size=None)", doc: "Uniform floats in [0, 1): a new array, one Python float without size.") { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(this.state.randomSample(size: size), size: size)
        },
        RandomMethod("rand(*args)", doc: "Uniform floats in [0, 1) of shape args: a new array, one Python float without arguments.") { this, args throws(PythonError) in
            let size = try RandomArguments.dimensions(args.variadic("args"))
            return try RandomArguments.floats(this.state.randomSample(size: size), size: size)
        },
        RandomMethod("randn(*args)", doc: "Standard normal samples (polar Box-Muller) of shape args: a new array, one Python float without arguments.") { this, args throws(PythonError) in
            let size = try RandomArguments.dimensions(args.variadic("args"))
            return try RandomArguments.floats(this.state.standardNormal(size: size), size: size)
        },
        RandomMethod("randint(low, high=None, size=None, dtype=int)", doc: "Uniform integers in [low, high) by masked rejection: a new array, a Python int without size.") { this, args throws(PythonError) in
            var low = try RandomArguments.parameter(args, "low")
            var high = try args["high"].map { v throws(PythonError) in try Convert.array(v) }
            if high == nil { (low, high) = (NDArray.scalar(Scalar(int64: 0)), low) }
            let size = try RandomArguments.size(args)
            let dtype = try RandomArguments.dtype(args, default: .int64)
            let result = try this.state.randint(low: low, high: high ?? low, size: size, dtype: dtype)
            return try RandomArguments.integers(result, size: size, dtype: args.raw("dtype"))
        },
        RandomMethod("choice(a, size=None, replace=True, p=None)", doc: "A random sample of arange(a) or of the 1-d array a: a new array (a copy).") { this, args throws(PythonError) in
            let population = try RandomArguments.population(args.raw("a") ?? .none, legacy: true)
            let size = try RandomArguments.size(args)
            let result = try this.state.choice(population, size: size, replace: try args.bool("replace"),
                                               p: try RandomArguments.probabilities(args))
            return try RandomArguments.sample(result, size: size, population: population)
        },
        RandomMethod("shuffle(x)", doc: "Shuffles x in place along its first axis; returns None.") { this, args throws(PythonError) in
            try RandomArguments.shuffle(args.raw("x") ?? .none, array: { a throws(PythonError) in try this.state.shuffle(a) }) { items in
                this.state.shuffle(&items)
            }
            return .none
        },
        RandomMethod("permutation(x)", doc: "A shuffled copy of x along its first axis (of arange(x) for an int): a new array.") { this, args throws(PythonError) in
            let x = args.raw("x") ?? .none
            if let count = RandomArguments.integerCount(x) { return .array(try this.state.permutation(count: count)) }
            return .array(try this.state.permutation(try Convert.array(x)))
        },
        RandomMethod("normal(loc=0.0, scale=1.0, size=None)", doc: "Normal samples: a new array, one Python float without size.") { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(this.state.normal(loc: try RandomArguments.parameter(args, "loc"),
                                                                scale: try RandomArguments.parameter(args, "scale"), size: size), size: size)
        },
        RandomMethod("uniform(low=0.0, high=1.0, size=None)", doc: "Uniform floats in [low, high): a new array, one Python float without size.") { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(this.state.uniform(low: try RandomArguments.parameter(args, "low"),
                                                                 high: try RandomArguments.parameter(args, "high"), size: size), size: size)
        },
        RandomMethod("standard_normal(size=None)", doc: "Standard normal samples (polar Box-Muller): a new array, one Python float without size.") { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(this.state.standardNormal(size: size), size: size)
        },
        RandomMethod("exponential(scale=1.0, size=None)", doc: "Exponential samples: a new array, one Python float without size.") { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(this.state.exponential(scale: try RandomArguments.parameter(args, "scale"), size: size), size: size)
        },
        RandomMethod("standard_exponential(size=None)", doc: "Standard exponential samples: a new array, one Python float without size.") { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            return try RandomArguments.floats(this.state.standardExponential(size: size), size: size)
        },
        RandomMethod("bytes(length)", doc: "length random bytes.") { this, args throws(PythonError) in
            .object(BytesObject(this.state.bytes(count: try RandomArguments.length(args.raw("length") ?? .none))))
        },
    ])
}
