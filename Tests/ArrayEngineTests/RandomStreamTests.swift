import Foundation
import Testing

@testable import ArrayEngine

/// Every stream against what NumPy 2.4 drew for the same call (Fixtures/random/random.tsv,
/// written by Fixtures/random/make.py; the case names are shared with that script).
@Suite("random streams")
struct RandomStreamTests {
    @Test(arguments: RandomCases.all.map(\.name))
    func drawsWhatNumPyDraws(_ name: String) throws {
        let expected = try #require(RandomFixture.lines[name], "no fixture line for \(name)")
        let make = try #require(RandomCases.all.first { $0.name == name }).make
        let actual: String
        do {
            actual = try make()
        } catch let error as PythonError {
            actual = "error\t\(error.exception)\t\(error.message)"
        }
        #expect(actual == expected)
    }

    @Test func everyFixtureLineHasACase() {
        let names = Set(RandomCases.all.map(\.name))
        #expect(RandomFixture.lines.keys.filter { !names.contains($0) }.sorted() == [])
    }
}

/// random.tsv, keyed by case name; each value is the rest of the line.
enum RandomFixture {
    static let lines: [String: String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/random/random.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var lines: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            lines[String(line[..<tab])] = String(line[line.index(after: tab)...])
        }
        return lines
    }()

    static func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The line make.py writes for an array: dtype, shape, values (or a digest).
    static func encode(_ array: NDArray) throws -> String {
        let shape = array.shape.map(String.init).joined(separator: ",")
        let contiguous = try array.copy()
        let bytes = UnsafeRawBufferPointer(start: contiguous.pointer, count: contiguous.nbytes)
        if array.size > 256 {
            let digest = String(fnv1a(bytes), radix: 16)
            return "digest-\(array.dtype.name)\t\(shape)\t\(String(repeating: "0", count: 16 - digest.count) + digest)"
        }
        let values: [String] = (0..<array.size).map { i in
            switch array.dtype {
            case .float64: hex(bytes.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self), width: 16)
            case .float32: hex(UInt64(bytes.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)), width: 8)
            default: "\(Int128(try! contiguous.load(at: contiguous.pointer + i * array.itemsize).integer()))"
            }
        }
        return "\(array.dtype.name)\t\(shape)\t\(values.joined(separator: " "))"
    }

    static func encode(bytes: [UInt8]) -> String {
        "bytes\t\(bytes.count)\t\(bytes.map { hex(UInt64($0), width: 2) }.joined())"
    }

    static func hex(_ value: UInt64, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// The cases of make.py, in Swift.
enum RandomCases {
    struct Case {
        let name: String
        let make: () throws -> String
    }

    enum Seed {
        case integer(Int)
        case words([UInt32])

        var sequence: SeedSequence {
            switch self {
            case .integer(let n): SeedSequence(integer: n)
            case .words(let words): SeedSequence(entropy: words)
            }
        }

        func legacy() throws -> RandomState {
            switch self {
            case .integer(let n): RandomState(try MT19937.legacySeeded(n))
            case .words(let words):
                RandomState(try MT19937.legacySeeded(words: array(words.map { Int64($0) }, .int64)))
            }
        }
    }

    static let seeds: [(String, Seed)] = [
        ("0", .integer(0)), ("1", .integer(1)), ("42", .integer(42)), ("12345", .integer(12345)),
        ("2p40", .integer(1 << 40)), ("list", .words([1, 2, 3])),
    ]
    static let dtypes: [DType] = [.bool, .int8, .int16, .int32, .int64, .uint8, .uint16, .uint32, .uint64]

    static func array(_ values: [Double], shape: [Int]? = nil) -> NDArray {
        try! NDArray.from(scalars: values.map { Scalar(double: $0) }, shape: shape ?? [values.count], dtype: .float64)
    }

    static func array(_ values: [Int64], _ dtype: DType, shape: [Int]? = nil) -> NDArray {
        try! NDArray.from(scalars: values.map { Scalar(int64: $0) }, shape: shape ?? [values.count], dtype: dtype)
    }

    static func scalar(_ value: Double) -> NDArray { .scalar(Scalar(double: value)) }
    /// A Python int as a 0-d array: int64, uint64 beyond it, and 2**64 as the float it equals.
    static func integer(_ value: Int128) -> NDArray {
        if let small = Int64(exactly: value) { return .scalar(Scalar(int64: small)) }
        if let large = UInt64(exactly: value) { return .scalar(Scalar(.uint(large), as: .uint64)) }
        return .scalar(Scalar(double: Double(value)))
    }

    static func arange(_ count: Int, shape: [Int]) throws -> NDArray {
        try NDArray.arange(
            start: Scalar(int64: 0), stop: Scalar(int64: Int64(count)), step: Scalar(int64: 1), dtype: .int64
        )
        .reshape(shape)
    }

    static func words<T: BinaryInteger>(_ values: [T], _ dtype: DType) -> String {
        let array = try! NDArray.from(
            scalars: values.map { Scalar(.uint(UInt64($0)), as: dtype) },
            shape: [values.count], dtype: dtype)
        return try! RandomFixture.encode(array)
    }

    static func concatenate(_ arrays: [NDArray]) throws -> NDArray {
        try NDArray.concatenate(arrays.map { try $0.reshape([-1]) }, axis: 0)
    }

    /// The integer ranges of make.py's `integer_ranges`: (low, high, closed).
    static func ranges(_ dtype: DType) -> [(String, Int128, Int128, Bool)] {
        if dtype == .bool { return [("small", 0, 2, false), ("closed", 0, 1, true), ("fixed", 1, 2, false)] }
        let (low, high) = IntegerSampling.range(of: dtype)
        let floorThird = low < 0 ? (low - 2) / 3 : 3
        return [
            ("small", 0, 10, false), ("closed", low, high, true), ("odd", floorThird, high / 2 + 7, false),
            ("fixed", 5, 6, false),
        ]
    }

    static var all: [Case] { generatorCases + legacyCases + distributionCases + errorCases }

    static var probabilities: Probabilities { Probabilities(array([0.1, 0.2, 0.3, 0.15, 0.25]), givenAsArray: false) }

    static var generatorCases: [Case] {
        var cases: [Case] = []
        for (key, seed) in seeds {
            func add(_ name: String, _ make: @escaping (RandomGenerator) throws -> NDArray) {
                cases.append(
                    Case(name: "\(name)-\(key)") {
                        try RandomFixture.encode(make(RandomGenerator(seed: seed.sequence)))
                    })
            }
            cases.append(Case(name: "ss-u32-\(key)") { words(seed.sequence.generateState32(count: 8), .uint32) })
            cases.append(Case(name: "ss-u64-\(key)") { words(seed.sequence.generateState64(count: 4), .uint64) })
            cases.append(
                Case(name: "pcg64-raw-\(key)") {
                    let bits = PCG64(seedSequence: seed.sequence)
                    return words((0..<8).map { _ in bits.nextUInt64() }, .uint64)
                })
            cases.append(
                Case(name: "mt19937-ss-\(key)") {
                    let bits = MT19937(seedSequence: seed.sequence)
                    return words((0..<8).map { _ in bits.nextUInt32() }, .uint64)
                })
            add("gen-random") { try $0.random(size: [12], dtype: .float64) }
            add("gen-random-f32") { try $0.random(size: [12], dtype: .float32) }
            add("gen-normal") { try $0.standardNormal(size: [20], dtype: .float64) }
            add("gen-normal-many") { try $0.standardNormal(size: [30000], dtype: .float64) }
            add("gen-normal-f32-many") { try $0.standardNormal(size: [30000], dtype: .float32) }
            add("gen-exp-many") { try $0.standardExponential(size: [30000], dtype: .float64, inverse: false) }
            add("gen-exp-f32-many") { try $0.standardExponential(size: [30000], dtype: .float32, inverse: false) }
            add("gen-exp-inv") { try $0.standardExponential(size: [10], dtype: .float64, inverse: true) }
            add("gen-params") { g in
                try concatenate([
                    g.normal(loc: scalar(3), scale: scalar(2.5), size: [5]),
                    g.uniform(low: scalar(-2), high: scalar(5), size: [5]),
                    g.exponential(scale: scalar(1.5), size: [5]),
                    g.normal(loc: array([0, 10, 100]), scale: array([1, 0.5], shape: [2, 1]), size: nil),
                    g.uniform(low: array([0, 1]), high: integer(3), size: [2, 2]),
                ])
            }
            cases.append(
                Case(name: "gen-bytes-\(key)") {
                    RandomFixture.encode(bytes: try RandomGenerator(seed: seed.sequence).bytes(count: 11))
                })
            for dtype in dtypes {
                for (name, low, high, closed) in ranges(dtype) {
                    add("gen-int-\(dtype.name)-\(name)") {
                        try $0.integers(
                            low: integer(low), high: integer(high), size: [40], dtype: dtype, endpoint: closed)
                    }
                }
            }
            add("gen-int-arrays") {
                try $0.integers(
                    low: array([0, 5, 10], .int64), high: array([20, 300], .int64, shape: [2, 1]),
                    size: nil, dtype: .int16, endpoint: false)
            }
            add("gen-choice") { try $0.choice(.count(10), size: [6], replace: true, p: nil, axis: 0, shuffle: true) }
            add("gen-choice-noreplace") {
                try $0.choice(.count(10), size: [6], replace: false, p: nil, axis: 0, shuffle: true)
            }
            add("gen-choice-noshuffle") {
                try $0.choice(.count(10), size: [6], replace: false, p: nil, axis: 0, shuffle: false)
            }
            add("gen-choice-floyd") {
                try $0.choice(.count(20000), size: [300], replace: false, p: nil, axis: 0, shuffle: true)
            }
            add("gen-choice-tail") {
                try $0.choice(.count(20000), size: [1000], replace: false, p: nil, axis: 0, shuffle: true)
            }
            add("gen-choice-tail-noshuffle") {
                try $0.choice(.count(20000), size: [500], replace: false, p: nil, axis: 0, shuffle: false)
            }
            add("gen-choice-p") {
                try $0.choice(.count(5), size: [12], replace: true, p: probabilities, axis: 0, shuffle: true)
            }
            add("gen-choice-p-noreplace") {
                try $0.choice(.count(5), size: [4], replace: false, p: probabilities, axis: 0, shuffle: true)
            }
            add("gen-choice-axis") {
                try $0.choice(
                    .elements(arange(12, shape: [3, 4])), size: [3], replace: true, p: nil, axis: 1, shuffle: true)
            }
            add("gen-permutation") { try $0.permutation(count: 12) }
            add("gen-permutation-axis") { try $0.permutation(arange(12, shape: [3, 4]), axis: 1) }
            add("gen-shuffle-view") { g in
                let a = try arange(10, shape: [10])
                try g.shuffle(a.view(shape: [5], strides: [16]), axis: 0)
                return a
            }
            add("gen-shuffle-axis") { g in
                let a = try arange(12, shape: [3, 4])
                try g.shuffle(a, axis: 1)
                return a
            }
            add("gen-permuted-axis") { try $0.permuted(arange(12, shape: [3, 4]), axis: 1, out: nil) }
            add("gen-permuted-c") { try $0.permuted(arange(12, shape: [3, 4]), axis: nil, out: nil) }
            add("gen-permuted-f") { try $0.permuted(arange(12, shape: [4, 3]).transposed(), axis: nil, out: nil) }
        }
        return cases
    }

    static var legacyCases: [Case] {
        var cases: [Case] = []
        for (key, seed) in seeds where key != "2p40" {
            func add(_ name: String, _ make: @escaping (RandomState) throws -> NDArray) {
                cases.append(Case(name: "\(name)-\(key)") { try RandomFixture.encode(make(seed.legacy())) })
            }
            cases.append(
                Case(name: "mt19937-legacy-\(key)") {
                    let bits = try seed.legacy().bitGenerator
                    return words((0..<8).map { _ in bits.nextUInt32() }, .uint64)
                })
            add("rs-random") { try $0.randomSample(size: [12]) }
            add("rs-normal") { try $0.standardNormal(size: [13]) }
            add("rs-normal-many") { try $0.standardNormal(size: [3001]) }
            add("rs-sequence") { r in
                try concatenate([
                    r.standardNormal(size: nil), r.normal(loc: scalar(1), scale: scalar(2), size: [3]),
                    r.uniform(low: scalar(5), high: scalar(-1), size: [3]), r.exponential(scale: scalar(2), size: [3]),
                    r.standardExponential(size: [2]), r.standardNormal(size: nil),
                    r.normal(loc: array([0, 1]), scale: array([1, 3], shape: [2, 1]), size: nil),
                ])
            }
            cases.append(
                Case(name: "rs-bytes-\(key)") { RandomFixture.encode(bytes: try seed.legacy().bytes(count: 9)) })
            for dtype in dtypes {
                for (name, low, high, closed) in ranges(dtype) {
                    add("rs-int-\(dtype.name)-\(name)") {
                        try $0.randint(
                            low: integer(low), high: integer(high + (closed ? 1 : 0)), size: [40], dtype: dtype)
                    }
                }
            }
            add("rs-choice") { try $0.choice(.count(10), size: [6], replace: true, p: nil) }
            add("rs-choice-noreplace") { try $0.choice(.count(10), size: [6], replace: false, p: nil) }
            add("rs-choice-p") { try $0.choice(.count(5), size: [12], replace: true, p: probabilities) }
            add("rs-choice-p-noreplace") { try $0.choice(.count(5), size: [4], replace: false, p: probabilities) }
            add("rs-permutation") { try $0.permutation(count: 12) }
            add("rs-permutation-2d") { try $0.permutation(arange(12, shape: [4, 3])) }
            add("rs-shuffle-2d") { r in
                let a = try arange(12, shape: [4, 3])
                try r.shuffle(a)
                return a
            }
        }
        return cases
    }

    /// make.py's `DISTRIBUTIONS`: parameters that reach every branch of each algorithm.
    static let distributions: [(Distribution, [Double])] = [
        (.standardGamma, [0.4]), (.standardGamma, [1.0]), (.standardGamma, [3.5]),
        (.gamma, [2.0, 3.0]), (.beta, [0.5, 0.7]), (.beta, [2.0, 5.0]), (.chisquare, [3.0]),
        (.f, [5.0, 8.0]), (.standardCauchy, []), (.standardT, [4.0]), (.pareto, [3.0]),
        (.weibull, [1.5]), (.power, [2.0]), (.laplace, [1.0, 2.0]), (.gumbel, [1.0, 2.0]),
        (.logistic, [1.0, 2.0]), (.lognormal, [0.5, 0.8]), (.rayleigh, [2.0]), (.wald, [1.0, 3.0]),
        (.vonmises, [0.5, 3.0]), (.vonmises, [0.5, 1e-6]), (.triangular, [-1.0, 0.5, 2.0]),
        (.poisson, [3.0]), (.poisson, [45.0]), (.binomial, [20, 0.3]), (.binomial, [500, 0.3]),
        (.binomial, [500, 0.8]), (.binomial, [30, 0.97]), (.geometric, [0.5]), (.geometric, [0.05]),
        (.negativeBinomial, [4.0, 0.3]), (.logseries, [0.8]), (.zipf, [2.5]),
        (.hypergeometric, [10, 5, 8]), (.hypergeometric, [100, 200, 50]), (.hypergeometric, [1000, 3000, 2500]),
    ]

    /// The parameters in `sample`'s order (make.py passes them as NumPy's methods take them).
    static func parameters(_ distribution: Distribution, _ values: [Double]) -> [NDArray] {
        let arrays = values.map { scalar($0) }
        return distribution == .binomial ? [arrays[1], integer(Int128(values[0]))] : arrays
    }

    static var distributionCases: [Case] {
        var cases: [Case] = []
        for (key, seed) in seeds where ["0", "42", "list"].contains(key) {
            for (i, (distribution, values)) in distributions.enumerated() {
                let name = "\(i)-\(distribution.rawValue)-\(key)"
                cases.append(
                    Case(name: "gen-dist-\(name)") {
                        try RandomFixture.encode(
                            RandomGenerator(seed: seed.sequence)
                                .sample(distribution, parameters(distribution, values), size: [2000]))
                    })
                cases.append(
                    Case(name: "rs-dist-\(name)") {
                        try RandomFixture.encode(
                            seed.legacy().sample(distribution, parameters(distribution, values), size: [2000]))
                    })
            }
        }
        cases.append(
            Case(name: "gen-dist-float32-gamma") {
                try RandomFixture.encode(
                    RandomGenerator(seed: Seed.integer(0).sequence)
                        .standardGammaFloat(shape: array([0.5, 2.5]), size: [1000, 2]))
            })
        cases.append(
            Case(name: "gen-dist-array-params") {
                try RandomFixture.encode(
                    RandomGenerator(seed: Seed.integer(1).sequence)
                        .sample(
                            .binomial, [array([0.2, 0.7, 0.95]), array([5, 50], .int64, shape: [2, 1])], size: nil))
            })
        return cases
    }

    /// make.py's `error_cases`: each must throw NumPy's exception with NumPy's message.
    static var errorCases: [Case] {
        let g = { RandomGenerator(seed: SeedSequence(integer: 0)) }
        let r = { RandomState(try MT19937.legacySeeded(0)) }
        let p = { (values: [Double]) in Probabilities(array(values), givenAsArray: false) }
        let cases: [(String, () throws -> NDArray)] = [
            (
                "err-int-reversed",
                { try g().integers(low: integer(5), high: integer(3), size: nil, dtype: .int64, endpoint: false) }
            ),
            (
                "err-int-empty",
                { try g().integers(low: integer(0), high: integer(0), size: nil, dtype: .int64, endpoint: false) }
            ),
            (
                "err-int-closed",
                { try g().integers(low: integer(0), high: integer(-1), size: nil, dtype: .int64, endpoint: true) }
            ),
            (
                "err-int-low",
                { try g().integers(low: integer(-1), high: integer(5), size: nil, dtype: .uint8, endpoint: false) }
            ),
            (
                "err-int-high",
                { try g().integers(low: integer(0), high: integer(300), size: nil, dtype: .uint8, endpoint: false) }
            ),
            (
                "err-int-array-high",
                {
                    try g().integers(
                        low: integer(0), high: array([3, 400], .int64), size: nil, dtype: .uint8, endpoint: false)
                }
            ),
            (
                "err-int-array-order",
                {
                    try g().integers(
                        low: array([0, 5], .int64), high: array([3, 4], .int64), size: nil, dtype: .int64,
                        endpoint: false)
                }
            ),
            (
                "err-int-array-zero",
                {
                    try g().integers(
                        low: integer(0), high: array([3, 0], .int64), size: nil, dtype: .int64, endpoint: false)
                }
            ),
            (
                "err-int-float",
                { try g().integers(low: integer(0), high: integer(5), size: nil, dtype: .float64, endpoint: false) }
            ),
            ("err-random-int", { try g().random(size: [3], dtype: .int64) }),
            ("err-normal-scale", { try g().normal(loc: scalar(0), scale: scalar(-1), size: nil) }),
            ("err-normal-scale-array", { try g().normal(loc: scalar(0), scale: array([1, -0.0]), size: nil) }),
            ("err-normal-shape", { try g().normal(loc: array([1, 2, 3]), scale: array([1, 2]), size: nil) }),
            ("err-normal-size", { try g().normal(loc: array([1, 2]), scale: scalar(1), size: [3]) }),
            ("err-normal-size-broadcast", { try g().normal(loc: array([1, 2]), scale: scalar(1), size: [3, 1]) }),
            ("err-uniform-reversed", { try g().uniform(low: scalar(2), high: scalar(1), size: nil) }),
            ("err-uniform-infinite", { try g().uniform(low: scalar(0), high: scalar(.infinity), size: nil) }),
            (
                "err-uniform-infinite-array",
                { try g().uniform(low: scalar(0), high: array([1, .infinity]), size: nil) }
            ),
            ("err-exponential-scale", { try g().exponential(scale: scalar(-2), size: nil) }),
            (
                "err-choice-larger",
                { try g().choice(.count(5), size: [6], replace: false, p: nil, axis: 0, shuffle: true) }
            ),
            (
                "err-choice-zero",
                { try g().choice(.count(0), size: nil, replace: true, p: nil, axis: 0, shuffle: true) }
            ),
            (
                "err-choice-empty",
                {
                    try g().choice(
                        .elements(arange(0, shape: [0])), size: [3], replace: true, p: nil, axis: 0, shuffle: true)
                }
            ),
            (
                "err-choice-p-sum",
                { try g().choice(.count(3), size: nil, replace: true, p: p([0.5, 0.4, 0.3]), axis: 0, shuffle: true) }
            ),
            (
                "err-choice-p-negative",
                {
                    try g().choice(.count(3), size: nil, replace: true, p: p([1.5, -0.5, 0]), axis: 0, shuffle: true)
                }
            ),
            (
                "err-choice-p-nan",
                { try g().choice(.count(3), size: nil, replace: true, p: p([.nan, 0.5, 0.5]), axis: 0, shuffle: true) }
            ),
            (
                "err-choice-p-size",
                { try g().choice(.count(3), size: nil, replace: true, p: p([0.5, 0.5]), axis: 0, shuffle: true) }
            ),
            (
                "err-choice-p-nonzero",
                {
                    try g().choice(.count(3), size: [3], replace: false, p: p([0.5, 0.5, 0]), axis: 0, shuffle: true)
                }
            ),
            (
                "err-choice-axis",
                {
                    try g().choice(
                        .elements(arange(6, shape: [2, 3])), size: nil, replace: true, p: nil, axis: 2, shuffle: true)
                }
            ),
            (
                "err-shuffle-axis",
                {
                    let a = try arange(6, shape: [6])
                    try g().shuffle(a, axis: 1)
                    return a
                }
            ),
            (
                "err-permuted-out",
                {
                    try g().permuted(
                        arange(6, shape: [6]), axis: nil, out: NDArray.allocate(shape: [5], dtype: .float64))
                }
            ),
            (
                "err-permuted-cast",
                {
                    try g().permuted(
                        arange(6, shape: [6]).copy(as: .float64), axis: nil,
                        out: NDArray.allocate(shape: [6], dtype: .int64))
                }
            ),
            (
                "err-rs-seed-large",
                {
                    _ = try MT19937.legacySeeded(1 << 40)
                    return scalar(0)
                }
            ),
            (
                "err-rs-seed-negative",
                {
                    _ = try MT19937.legacySeeded(-1)
                    return scalar(0)
                }
            ),
            (
                "err-rs-seed-empty",
                {
                    _ = try MT19937.legacySeeded(words: array([], .int64))
                    return scalar(0)
                }
            ),
            (
                "err-rs-seed-2d",
                {
                    _ = try MT19937.legacySeeded(words: array([1, 2, 3, 4], .int64, shape: [2, 2]))
                    return scalar(0)
                }
            ),
            (
                "err-rs-seed-float",
                {
                    _ = try MT19937.legacySeeded(words: array([1.5, 2]))
                    return scalar(0)
                }
            ),
            (
                "err-rs-seed-word",
                {
                    _ = try MT19937.legacySeeded(words: array([1, 1 << 33], .int64))
                    return scalar(0)
                }
            ),
            (
                "err-rs-choice-2d",
                { try r().choice(.elements(arange(6, shape: [2, 3])), size: nil, replace: true, p: nil) }
            ),
            ("err-rs-choice-larger", { try r().choice(.count(5), size: [6], replace: false, p: nil) }),
            ("err-rs-choice-zero", { try r().choice(.count(0), size: nil, replace: true, p: nil) }),
            (
                "err-rs-choice-empty",
                { try r().choice(.elements(arange(0, shape: [0])), size: [3], replace: true, p: nil) }
            ),
            ("err-rs-choice-p-sum", { try r().choice(.count(3), size: nil, replace: true, p: p([0.5, 0.4, 0.3])) }),
            (
                "err-rs-randint-reversed",
                { try r().randint(low: integer(5), high: integer(3), size: nil, dtype: .int64) }
            ),
            ("err-rs-randint-zero", { try r().randint(low: integer(0), high: integer(0), size: nil, dtype: .int64) }),
            (
                "err-rs-randint-float",
                { try r().randint(low: integer(0), high: integer(5), size: nil, dtype: .float32) }
            ),
            ("err-rs-uniform-infinite", { try r().uniform(low: scalar(-.infinity), high: scalar(0), size: nil) }),
            ("err-rs-permutation-0d", { try r().permutation(scalar(5)) }),
            (
                "err-rs-shuffle-readonly",
                {
                    let a = try arange(3, shape: [3]).broadcast(to: [3])
                    try r().shuffle(a)
                    return a
                }
            ),
        ]
        return cases.map { name, make in Case(name: name) { try RandomFixture.encode(make()) } }
    }
}
