import ArrayEngine
import BigInt

/// `np.random.PCG64(seed)` and `np.random.MT19937(seed)`: a bit generator and the
/// `SeedSequence` it was seeded from; Generators built on it share its state.
final class BitGeneratorObject: PythonObject {
    enum Algorithm: String {
        case pcg64 = "PCG64"
        case mt19937 = "MT19937"

        var pythonType: PythonType { self == .pcg64 ? .pcg64 : .mt19937 }
    }

    let algorithm: Algorithm
    let bits: any BitGenerator
    /// Nil after legacy seeding, as NumPy's `_seed_seq` is.
    let seedSequence: SeedSequenceObject?

    init(_ algorithm: Algorithm, bits: any BitGenerator, seedSequence: SeedSequenceObject?) {
        self.algorithm = algorithm
        self.bits = bits
        self.seedSequence = seedSequence
    }

    /// `PCG64(seed)` / `MT19937(seed)`: the seed goes through a `SeedSequence` unless it is one.
    convenience init(_ algorithm: Algorithm, seed: Value) throws(PythonError) {
        let sequence: SeedSequenceObject
        if case .object(let object) = seed, let given = object as? SeedSequenceObject {
            sequence = given
        } else {
            sequence = try SeedSequenceObject(seed)
        }
        let bits: any BitGenerator =
            switch algorithm {
            case .pcg64: PCG64(seedSequence: sequence.sequence)
            case .mt19937: MT19937(seedSequence: sequence.sequence)
            }
        self.init(algorithm, bits: bits, seedSequence: sequence)
    }

    var pythonType: PythonType { algorithm.pythonType }
    var typeName: String { pythonType.qualifiedName }

    func repr() -> String {
        "<\(algorithm.pythonType.qualifiedName) object at 0x\(String(ObjectIds.address(of: self), radix: 16))>"
    }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "seed_seq": return seedSequence.map { .object($0) } ?? Value.none
        case "state":
            if let pcg = bits as? PCG64 { return try StateDictionaries.pcg64(pcg) }
            if let mt = bits as? MT19937 { return try StateDictionaries.mt19937(mt) }
            return nil
        default: return Self.methods[name]?.bound(to: self)
        }
    }

    static let methods = RandomMethod<BitGeneratorObject>.table([
        RandomMethod(
            "random_raw(size=None, output=True)",
            doc: "The raw 64-bit outputs (32-bit for MT19937) as uint64: one Python int without size."
        ) { this, args throws(PythonError) in
            let size = try RandomArguments.size(args)
            let output = try args.bool("output")
            let out = try NDArray.allocate(shape: size ?? [], dtype: .uint64, zeroed: false)
            let values = out.pointer.assumingMemoryBound(to: UInt64.self)
            for i in 0..<out.size {
                values[i] = this.algorithm == .pcg64 ? this.bits.nextUInt64() : UInt64(this.bits.nextUInt32())
            }
            if !output { return .none }
            guard size != nil else { return .integer(BigInt(values[0])) }
            return .array(out)
        },
        RandomMethod(
            "spawn(n_children)",
            doc: "A list of n_children new, independent objects of the same kind (from spawned seed sequences)."
        ) { this, args throws(PythonError) in
            .list(ListObject(try this.spawn(try args.int("n_children") ?? 0).map { .object($0) }))
        },
    ])

    var attributeNames: [String] { ["seed_seq", "state"] + Self.methods.keys }

    /// `bits.state = ...` (the dict `state` gives, or for MT19937 the legacy tuple).
    func setAttribute(_ name: String, _ value: Value) throws(PythonError) {
        guard name == "state" else {
            throw RandomAttributes.refuse(
                name, on: self, properties: ["seed_seq"], methods: Array(Self.methods.keys),
                propertyClass: "numpy.random.bit_generator.BitGenerator")
        }
        if let pcg = bits as? PCG64 { try StateDictionaries.restore(pcg, from: value) }
        if let mt = bits as? MT19937 { try StateDictionaries.restore(mt, from: value) }
    }

    /// `spawn(n)`: new bit generators of the same algorithm from spawned seed sequences.
    func spawn(_ count: Int) throws(PythonError) -> [BitGeneratorObject] {
        if count < 0 { throw .overflow("can't convert negative value to uint32_t") }
        guard let seedSequence else { throw .type("The underlying SeedSequence does not implement spawning.") }
        return try seedSequence.spawn(count).map { child throws(PythonError) in
            try BitGeneratorObject(algorithm, seed: .object(child))
        }
    }
}
