import ArrayEngine

/// `np.random`: the legacy functions (methods of one hidden `RandomState`, as in
/// NumPy's `mtrand`), `default_rng` and the classes behind both APIs.
enum RandomModule {
    static func make() -> Module {
        // NumPy seeds the hidden state from the OS when `numpy.random` is imported.
        let global = RandomStateObject(
            bitGenerator: BitGeneratorObject(
                .mt19937, bits: MT19937(seedSequence: .fresh()),
                seedSequence: nil))
        var table: [String: Value] = [:]
        for (name, method) in RandomStateObject.methods { table[name] = method.bound(to: global) }
        // Old aliases NumPy keeps.
        table["sample"] = table["random_sample"]
        table["ranf"] = table["random_sample"]
        let defaultRNG = Function(
            Signature("default_rng(seed=None)", style: .cython), kind: .numpy,
            doc: "A Generator over PCG64 seeded from seed (None: from the OS)."
        ) { _, args throws(PythonError) in
            try defaultGenerator(args.raw("seed") ?? .none)
        }
        defaultRNG.owner = "np.random"
        table["default_rng"] = .function(defaultRNG)
        for type in [PythonType.generator, .randomState, .pcg64, .mt19937, .seedSequence] {
            table[String(type.rawValue.split(separator: ".").last ?? "")] = .type(type)
        }
        return Module(name: "numpy.random", attributes: table)
    }

    /// `default_rng(seed)`: bit generators are wrapped, Generators returned as they
    /// are, a RandomState's bit generator shared; anything else seeds a new PCG64.
    static func defaultGenerator(_ seed: Value) throws(PythonError) -> Value {
        if case .object(let object) = seed {
            if object is GeneratorObject { return seed }
            if let bits = object as? BitGeneratorObject { return .object(GeneratorObject(bits)) }
            if let state = object as? RandomStateObject { return .object(GeneratorObject(state.bitGenerator)) }
        }
        return .object(GeneratorObject(try BitGeneratorObject(.pcg64, seed: seed)))
    }

    /// Calling one of the classes: `Generator(PCG64(1))`, `RandomState(0)`, ...
    /// (binding errors name `__init__`, as NumPy's do).
    static func constructor(of type: PythonType) -> Function? {
        func make(
            _ declaration: String, notYet: Set<String> = [],
            _ body: @escaping (BoundArguments) throws(PythonError) -> Value
        ) -> Function {
            let function = Function(Signature(declaration, notYet: notYet, style: .cython), kind: .numpy) {
                _, args throws(PythonError) in
                try body(args)
            }
            function.owner = String(type.rawValue.split(separator: ".").last ?? "")
            return function
        }
        switch type {
        case .generator:
            return make("__init__(bit_generator)") { args throws(PythonError) in
                let given = args.raw("bit_generator") ?? .none
                guard case .object(let object) = given, let bits = object as? BitGeneratorObject else {
                    throw .attribute("'\(given.typeName)' object has no attribute 'capsule'")
                }
                return .object(GeneratorObject(bits))
            }
        case .randomState:
            return make("__init__(seed=None)") { args throws(PythonError) in
                .object(try RandomStateObject(seed: args.raw("seed") ?? .none))
            }
        case .pcg64, .mt19937:
            let algorithm: BitGeneratorObject.Algorithm = type == .pcg64 ? .pcg64 : .mt19937
            return make("__init__(seed=None)") { args throws(PythonError) in
                .object(try BitGeneratorObject(algorithm, seed: args.raw("seed") ?? .none))
            }
        case .seedSequence:
            return make(
                "__init__(entropy=None, *, spawn_key=(), pool_size=4, n_children_spawned=0)",
                notYet: ["pool_size", "n_children_spawned"]
            ) { args throws(PythonError) in
                let entropy = args.raw("entropy") ?? .none
                let key = args.raw("spawn_key") ?? .tuple([])
                let spawnKey: [Int]
                switch key {
                case .tuple(let items): spawnKey = try items.map { v throws(PythonError) in try Convert.index(v) }
                case .list(let list): spawnKey = try list.items.map { v throws(PythonError) in try Convert.index(v) }
                default: throw .type("'\(key.typeName)' object is not iterable")
                }
                let plain = try SeedSequenceObject(entropy)
                guard !spawnKey.isEmpty else { return .object(plain) }
                return .object(
                    SeedSequenceObject(entropy: plain.entropy, words: plain.sequence.entropy, spawnKey: spawnKey))
            }
        default:
            return nil
        }
    }
}
