import ArrayEngine

/// `np.random.Generator`: NumPy's modern sampling API over a bit generator
/// (`default_rng(seed)` is `Generator(PCG64(seed))`).
final class GeneratorObject: PythonObject {
    let generator: RandomGenerator
    let bitGenerator: BitGeneratorObject

    init(_ bitGenerator: BitGeneratorObject) {
        self.bitGenerator = bitGenerator
        generator = RandomGenerator(bitGenerator.bits)
    }

    var pythonType: PythonType { .generator }
    var typeName: String { pythonType.qualifiedName }

    /// `Generator(PCG64) at 0x7F...`: `str` plus the id, in upper-case hex.
    func repr() -> String { "\(str()) at 0x\(String(ObjectIds.address(of: self), radix: 16, uppercase: true))" }
    func str() -> String { "Generator(\(bitGenerator.algorithm.rawValue))" }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        if name == "bit_generator" { return .object(bitGenerator) }
        return Self.methods[name]?.bound(to: self)
    }

    var attributeNames: [String] { ["bit_generator"] + Self.methods.keys }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) {
        throw RandomAttributes.refuse(name, on: self, properties: ["bit_generator"], methods: Array(Self.methods.keys))
    }

    static let methods = RandomMethod<GeneratorObject>.table(
        DistributionMethods.methods(legacy: false) {
            this, distribution, parameters, size, args throws(PythonError) in
            if distribution == .standardGamma, try RandomArguments.dtype(args, default: .float64) == .float32 {
                return try this.generator.standardGammaFloat(shape: parameters[0], size: size)
            }
            if distribution == .standardGamma, try RandomArguments.dtype(args, default: .float64) != .float64 {
                throw .type(
                    "Unsupported dtype dtype('\(try RandomArguments.dtype(args, default: .float64).name)') for standard_gamma"
                )
            }
            return try this.generator.sample(distribution, parameters, size: size)
        } + [
            RandomMethod(
                "random(size=None, dtype=np.float64, out=None)",
                doc: "Uniform floats in [0, 1): a new array, one Python float without size."
            ) { this, args throws(PythonError) in
                let g = this.generator
                let size = try RandomArguments.size(args)
                let out = try RandomArguments.out(args)
                let result = try g.random(
                    size: size, dtype: try RandomArguments.dtype(args, default: .float64), out: out)
                return try RandomArguments.floats(result, size: out == nil ? size : result.shape)
            },
            RandomMethod(
                "integers(low, high=None, size=None, dtype=np.int64, endpoint=False)",
                doc:
                    "Uniform integers in [low, high) ([low, high] with endpoint=True), by Lemire's method: a new array, a NumPy scalar without size."
            ) { this, args throws(PythonError) in
                let g = this.generator
                var low = try RandomArguments.bound(args.raw("low") ?? .none)
                var high = try args["high"].map { v throws(PythonError) in try RandomArguments.bound(v) }
                if high == nil { (low, high) = (NDArray.scalar(Scalar(int64: 0)), low) }
                let size = try RandomArguments.size(args)
                let dtype = try RandomArguments.dtype(args, default: .int64)
                let result = try g.integers(
                    low: low, high: high ?? low, size: size, dtype: dtype, endpoint: try args.bool("endpoint"))
                return try RandomArguments.integers(result, size: size, dtype: args.raw("dtype"))
            },
            RandomMethod(
                "choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)",
                doc: "A random sample of arange(a) or of the slices of a along axis: a new array (a copy)."
            ) { this, args throws(PythonError) in
                let g = this.generator
                let population = try RandomArguments.population(args.raw("a") ?? .none, legacy: false)
                let size = try RandomArguments.size(args)
                let result = try g.choice(
                    population, size: size, replace: try args.bool("replace"),
                    p: try RandomArguments.probabilities(args), axis: try args.int("axis") ?? 0,
                    shuffle: try args.bool("shuffle"))
                return try RandomArguments.sample(result, size: size, population: population)
            },
            RandomMethod(
                "uniform(low=0.0, high=1.0, size=None)",
                doc: "Uniform floats in [low, high): a new array, one Python float without size."
            ) { this, args throws(PythonError) in
                let g = this.generator
                let size = try RandomArguments.size(args)
                return try RandomArguments.floats(
                    g.uniform(
                        low: try RandomArguments.parameter(args, "low"),
                        high: try RandomArguments.parameter(args, "high"), size: size), size: size)
            },
            RandomMethod(
                "normal(loc=0.0, scale=1.0, size=None)",
                doc: "Normal samples: a new array, one Python float without size."
            ) { this, args throws(PythonError) in
                let g = this.generator
                let size = try RandomArguments.size(args)
                return try RandomArguments.floats(
                    g.normal(
                        loc: try RandomArguments.parameter(args, "loc"),
                        scale: try RandomArguments.parameter(args, "scale"), size: size), size: size)
            },
            RandomMethod(
                "standard_normal(size=None, dtype=np.float64, out=None)",
                doc: "Standard normal samples (NumPy's ziggurat): a new array, one Python float without size."
            ) { this, args throws(PythonError) in
                let g = this.generator
                let size = try RandomArguments.size(args)
                let out = try RandomArguments.out(args)
                let result = try g.standardNormal(
                    size: size, dtype: try RandomArguments.dtype(args, default: .float64), out: out)
                return try RandomArguments.floats(result, size: out == nil ? size : result.shape)
            },
            RandomMethod(
                "exponential(scale=1.0, size=None)",
                doc: "Exponential samples: a new array, one Python float without size."
            ) { this, args throws(PythonError) in
                let g = this.generator
                let size = try RandomArguments.size(args)
                return try RandomArguments.floats(
                    g.exponential(scale: try RandomArguments.parameter(args, "scale"), size: size), size: size)
            },
            RandomMethod(
                "standard_exponential(size=None, dtype=np.float64, method='zig', out=None)",
                doc: "Standard exponential samples: a new array, one Python float without size."
            ) { this, args throws(PythonError) in
                let g = this.generator
                let size = try RandomArguments.size(args)
                let out = try RandomArguments.out(args)
                let dtype = try RandomArguments.dtype(args, default: .float64)
                let inverse = try args.string("method") != "zig"
                let result = try g.standardExponential(size: size, dtype: dtype, inverse: inverse, out: out)
                return try RandomArguments.floats(result, size: out == nil ? size : result.shape)
            },
            RandomMethod("permutation(x, axis=0)", doc: "A shuffled copy of x (of arange(x) for an int): a new array.")
            { this, args throws(PythonError) in
                let g = this.generator
                let x = args.raw("x") ?? .none
                let axis = try args.int("axis") ?? 0
                if let count = RandomArguments.integerCount(x) { return .array(try g.permutation(count: count)) }
                return .array(try g.permutation(try Convert.array(x), axis: axis))
            },
            RandomMethod("shuffle(x, axis=0)", doc: "Shuffles x in place along axis (through views too); returns None.")
            { this, args throws(PythonError) in
                let g = this.generator
                let axis = try args.int("axis") ?? 0
                try RandomArguments.shuffle(
                    args.raw("x") ?? .none, array: { a throws(PythonError) in try g.shuffle(a, axis: axis) }
                ) { items throws(PythonError) in
                    if axis != 0 { throw .notImplemented("Axis argument is only supported on ndarray objects") }
                    g.shuffle(&items)
                }
                return .none
            },
            RandomMethod(
                "permuted(x, *, axis=None, out=None)",
                doc: "A copy of x (or out) with each slice along axis shuffled independently."
            ) { this, args throws(PythonError) in
                let g = this.generator
                let out: NDArray?
                switch args["out"] {
                case nil: out = nil
                case .array(let a)?: out = a
                default: throw .type("out must be a numpy array")
                }
                let x = try Convert.array(args.raw("x") ?? .none)
                return .array(try g.permuted(x, axis: try args.int("axis"), out: out))
            },
            RandomMethod(
                "multinomial(n, pvals, size=None)",
                doc: "Counts of n trials over the outcomes of pvals' last axis: a new int64 array."
            ) { this, args throws(PythonError) in
                let (pvals, float32) = try RandomArguments.pvals(args)
                return .array(
                    try this.generator.multinomial(
                        n: try RandomArguments.parameter(args, "n"), pvals: pvals,
                        size: try RandomArguments.size(args), pvalsGivenAsFloat32: float32))
            },
            RandomMethod(
                "dirichlet(alpha, size=None)",
                doc: "Dirichlet samples, one row of len(alpha) per draw: a new float64 array."
            ) { this, args throws(PythonError) in
                .array(
                    try this.generator.dirichlet(
                        alpha: try RandomArguments.alpha(args), size: try RandomArguments.size(args)))
            },
            RandomMethod("bytes(length)", doc: "length random bytes.") { this, args throws(PythonError) in
                .object(
                    try BytesObject(
                        this.generator.bytes(count: try RandomArguments.length(args.raw("length") ?? .none))))
            },
            RandomMethod(
                "spawn(n_children)",
                doc: "A list of n_children new, independent objects of the same kind (from spawned seed sequences)."
            ) { this, args throws(PythonError) in
                let children = try this.bitGenerator.spawn(try args.int("n_children") ?? 0)
                return .list(ListObject(children.map { .object(GeneratorObject($0)) }))
            },
        ])
}
