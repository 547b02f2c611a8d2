import Testing

@testable import ArrayEngine

/// The engine's views against a naive model of NumPy's semantics, on random chains of
/// views: slices with any start, stop and (negative) step, integer indices, new axes,
/// transposes, reshapes (views or copies), `broadcast_to` and `view(dtype)`.
///
/// The model of an array is the list of its elements' byte addresses in the buffer,
/// in C order, and the item size; each operation's effect on it is written out from
/// Python's and NumPy's rules, never from the engine's code. Every case is seeded,
/// so a failure names the seed that reproduces it.
@Suite("Engine properties")
struct EnginePropertyTests {
    static let cases = 400

    @Test("writing through a view changes exactly the bytes of its elements, and reading sees them")
    func writesLandWhereNumPySays() throws {
        for seed in 0..<UInt64(Self.cases) {
            var random = SplitMix64(seed: seed)
            let root = try Self.randomRoot(&random)
            let (view, model) = try Self.randomChain(from: root, &random)
            try Self.expectGeometry(view, model, seed: seed)
            try Self.expectReads(view, model, seed: seed)
            guard model.writeable else { continue }
            #expect(view.isWriteable, "seed \(seed): a view of writeable memory is writeable")
            #expect(Set(model.addresses).count == model.addresses.count, "seed \(seed): writeable elements overlap")
            let before = Self.bytes(of: model.owner.buffer)
            let values = try Self.randomArray(shape: view.shape, dtype: view.dtype, &random)
            try view.assign(values)
            var expected = before
            for (j, address) in model.addresses.enumerated() {
                for k in 0..<model.itemsize {
                    expected[address + k] = values.pointer.load(fromByteOffset: j * model.itemsize + k, as: UInt8.self)
                }
            }
            #expect(Self.bytes(of: model.owner.buffer) == expected, "seed \(seed): write through \(model.steps)")
        }
    }

    @Test("assigning between overlapping views gives what a copy of the source first would")
    func overlappingAssignment() throws {
        var tried = 0
        for seed in 0..<UInt64(Self.cases) {
            var random = SplitMix64(seed: seed)
            let root = try Self.randomRoot(&random)
            let (x, m) = try Self.randomChain(from: root, &random)
            guard m.writeable, let axis = x.shape.indices.filter({ x.shape[$0] >= 2 }).randomElement(using: &random)
            else { continue }
            let n = x.shape[axis]
            // Destination and source: the same elements reversed, shifted either way, or one row broadcast.
            let (dStart, dStop, sStart, sStop, sStep): (Int?, Int?, Int?, Int?, Int?) =
                switch Int.random(in: 0..<4, using: &random) {
                case 0: (nil, nil, nil, nil, -1)
                case 1: (1, nil, nil, -1, nil)
                case 2: (nil, -1, 1, nil, nil)
                default: (nil, nil, n - 1, n, nil)
                }
            guard let (destination, dm) = try Self.slice(x, m, axis: axis, dStart, dStop, nil),
                let (source, sm) = try Self.slice(x, m, axis: axis, sStart, sStop, sStep)
            else { continue }
            tried += 1
            let before = Self.bytes(of: m.owner.buffer)
            try destination.assign(source)
            var expected = before
            for (j, index) in Model.indices(dm.shape).enumerated() {
                var from = index
                if sm.shape[axis] == 1 { from[axis] = 0 }
                let read = sm.address(from)
                for k in 0..<m.itemsize { expected[dm.addresses[j] + k] = before[read + k] }
            }
            #expect(
                Self.bytes(of: m.owner.buffer) == expected,
                "seed \(seed): \(dm.steps.last ?? "") = \(sm.steps.last ?? "") after \(m.steps)")
        }
        #expect(tried > Self.cases / 3)
    }

    @Test("shares_memory agrees with a brute-force comparison of element bytes, and may_share_memory covers it")
    func sharesMemoryIsExact() throws {
        for seed in 0..<UInt64(Self.cases) {
            var random = SplitMix64(seed: seed)
            let root = try Self.randomRoot(&random)
            let (x, xModel) = try Self.randomChain(from: root, &random)
            let (y, yModel) = try Self.randomChain(from: root, &random)
            let truth = xModel.owner.buffer === yModel.owner.buffer && !xModel.byteSet.isDisjoint(with: yModel.byteSet)
            let answer = try MemoryOverlap.sharesMemory(x, y, maxWork: nil)
            #expect(answer == (truth ? .yes : .no), "seed \(seed): \(xModel.steps) vs \(yModel.steps)")
            if truth {
                #expect(MemoryOverlap.boundsOverlap(x, y), "seed \(seed): may_share_memory must be True")
            }
            #expect(try MemoryOverlap.sharesMemory(y, x, maxWork: nil) == answer, "seed \(seed): symmetric")

            let (p, pModel) = try Self.interleavedView(of: root, &random)
            let (q, qModel) = try Self.interleavedView(of: root, &random)
            let interleaved =
                pModel.owner.buffer === qModel.owner.buffer && !pModel.byteSet.isDisjoint(with: qModel.byteSet)
            #expect(
                try MemoryOverlap.sharesMemory(p, q, maxWork: nil) == (interleaved ? .yes : .no),
                "seed \(seed): \(pModel.steps) vs \(qModel.steps)")
            if interleaved { #expect(MemoryOverlap.boundsOverlap(p, q), "seed \(seed): may_share_memory must be True") }
        }
    }

    @Test("base is always the owner of the memory, never a view")
    func baseIsTheOwner() throws {
        for seed in 0..<UInt64(Self.cases) {
            var random = SplitMix64(seed: seed)
            let root = try Self.randomRoot(&random)
            let (view, model) = try Self.randomChain(from: root, &random)
            let owner = model.owner
            if view === owner {
                #expect(view.base == nil, "seed \(seed)")
            } else {
                #expect(view.base === owner, "seed \(seed): \(model.steps)")
                #expect(owner.base == nil, "seed \(seed): the owner owns its data")
                #expect(view.buffer === owner.buffer, "seed \(seed)")
            }
        }
    }

    @Test("a copy of a view never aliases: it owns new memory and writing it changes nothing else")
    func copyNeverAliases() throws {
        for seed in 0..<UInt64(Self.cases) {
            var random = SplitMix64(seed: seed)
            let root = try Self.randomRoot(&random)
            let (view, model) = try Self.randomChain(from: root, &random)
            let copy = try view.copy()
            #expect(copy.base == nil && copy.buffer !== view.buffer, "seed \(seed)")
            #expect(copy.shape == view.shape && copy.isCContiguous, "seed \(seed)")
            #expect(try MemoryOverlap.sharesMemory(copy, view, maxWork: nil) == .no, "seed \(seed)")
            #expect(!MemoryOverlap.boundsOverlap(copy, model.owner), "seed \(seed)")
            #expect(
                Self.same(try copy.elements(), try view.elements()), "seed \(seed): the copy holds the view's values")
            let before = Self.bytes(of: model.owner.buffer)
            try copy.assign(try Self.randomArray(shape: copy.shape, dtype: copy.dtype, &random))
            #expect(Self.bytes(of: model.owner.buffer) == before, "seed \(seed): writing the copy changed the original")
        }
    }

    // MARK: - The model

    /// An array as NumPy's semantics see it: where each element's bytes are.
    struct Model {
        var shape: [Int]
        /// Byte offset of each element in `owner`'s buffer, in C order.
        var addresses: [Int]
        var itemsize: Int
        var writeable: Bool
        /// The array whose buffer the addresses are in.
        var owner: NDArray
        /// The operations applied, for failure messages.
        var steps: [String] = []

        var byteSet: Set<Int> { Set(addresses.flatMap { $0..<($0 + itemsize) }) }

        /// The element at a multi-index.
        func address(_ index: [Int]) -> Int {
            var flat = 0
            for (i, extent) in zip(index, shape) { flat = flat * extent + i }
            return addresses[flat]
        }

        /// Every multi-index, in C order.
        static func indices(_ shape: [Int]) -> [[Int]] {
            if shape.contains(0) { return [] }
            var result: [[Int]] = [[]]
            for extent in shape { result = result.flatMap { prefix in (0..<extent).map { prefix + [$0] } } }
            return result
        }

        /// Builds a model element by element from where each new index reads in this one.
        func remapped(_ newShape: [Int], _ source: ([Int]) -> [Int]) -> Model {
            var next = self
            next.shape = newShape
            next.addresses = Model.indices(newShape).map { address(source($0)) }
            return next
        }

        /// Python's `range(*slice(start, stop, step).indices(length))`, from CPython's
        /// `PySlice_AdjustIndices`.
        static func slicePositions(_ start: Int?, _ stop: Int?, _ step: Int?, length: Int) -> [Int] {
            let step = step ?? 1
            func adjust(_ value: Int?, _ fallback: Int) -> Int {
                guard var value else { return fallback }
                if value < 0 {
                    value += length
                    if value < 0 { value = step < 0 ? -1 : 0 }
                } else if value >= length {
                    value = step < 0 ? length - 1 : length
                }
                return value
            }
            let first = adjust(start, step < 0 ? length - 1 : 0)
            let end = adjust(stop, step < 0 ? -1 : length)
            return Array(Swift.stride(from: first, to: end, by: step))
        }

        /// Strides presenting these addresses with `shape`, if any exist (then NumPy's
        /// reshape returns a view; otherwise it copies).
        static func strides(of addresses: [Int], shape: [Int]) -> [Int]? {
            let all = indices(shape)
            guard let origin = addresses.first else { return shape.map { _ in 0 } }
            let strides = shape.indices.map { axis -> Int in
                guard shape[axis] > 1 else { return 0 }
                var unit = [Int](repeating: 0, count: shape.count)
                unit[axis] = 1
                return addresses[all.firstIndex(of: unit) ?? 0] - origin
            }
            for (index, address) in zip(all, addresses)
            where origin + zip(index, strides).map(*).reduce(0, +) != address {
                return nil
            }
            return strides
        }
    }

    // MARK: - Random arrays and chains

    static let dtypes: [DType] = DType.allCases

    /// A new array owning its memory, of random dtype and shape (possibly empty), with random bytes.
    static func randomRoot(_ random: inout SplitMix64) throws -> NDArray {
        let ndim = Int.random(in: 1...3, using: &random)
        var shape = (0..<ndim).map { _ in Int.random(in: 1...6, using: &random) }
        if Int.random(in: 0..<20, using: &random) == 0 { shape[0] = 0 }
        let root = try NDArray.allocate(
            shape: shape, dtype: dtypes.randomElement(using: &random) ?? .int64, zeroed: false)
        for k in 0..<root.buffer.byteCount {
            root.buffer.pointer.storeBytes(
                of: UInt8.random(in: 0...255, using: &random), toByteOffset: k, as: UInt8.self)
        }
        return root
    }

    /// A contiguous array of random small values (exact in every dtype).
    static func randomArray(shape: [Int], dtype: DType, _ random: inout SplitMix64) throws -> NDArray {
        let count = shape.reduce(1, *)
        let values = (0..<count).map { _ in Scalar(.int(Int64.random(in: 0..<100, using: &random)), as: dtype) }
        return try NDArray.from(scalars: values, shape: shape, dtype: dtype)
    }

    /// Up to six random view operations from `root`, on the engine and on the model alike.
    static func randomChain(from root: NDArray, _ random: inout SplitMix64) throws -> (NDArray, Model) {
        var array = root
        var model = Model(
            shape: root.shape, addresses: Model.indices(root.shape).indices.map { $0 * root.itemsize },
            itemsize: root.itemsize, writeable: true, owner: root)
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            if let (next, nextModel) = try step(array, model, &random) {
                array = next
                model = nextModel
            }
        }
        return (array, model)
    }

    /// One random operation, or nil when the one drawn does not apply to this array.
    static func step(_ a: NDArray, _ m: Model, _ random: inout SplitMix64) throws -> (NDArray, Model)? {
        let leading = { (axis: Int) in [IndexItem](repeating: .all, count: axis) }
        var m = m
        switch Int.random(in: 0..<7, using: &random) {
        case 0: // a[..., start:stop:step]
            guard a.ndim > 0 else { return nil }
            let axis = Int.random(in: 0..<a.ndim, using: &random)
            let length = a.shape[axis]
            let bound = { (r: inout SplitMix64) -> Int? in
                Bool.random(using: &r) ? nil : Int.random(in: (-length - 2)...(length + 2), using: &r)
            }
            let step: Int? = Bool.random(using: &random) ? nil : [-3, -2, -1, 1, 2, 3].randomElement(using: &random)
            return try slice(a, m, axis: axis, bound(&random), bound(&random), step)
        case 1: // a[..., i] on an array of two or more axes
            guard a.ndim > 1 else { return nil }
            let axis = Int.random(in: 0..<a.ndim, using: &random)
            let length = a.shape[axis]
            guard length > 0 else { return nil }
            let i = Int.random(in: -length..<length, using: &random)
            guard case .array(let view) = try a.select(leading(axis) + [.integer(i)]) else { return nil }
            var shape = m.shape
            shape.remove(at: axis)
            m = m.remapped(shape) { index in
                var full = index
                full.insert(i < 0 ? i + length : i, at: axis)
                return full
            }
            m.steps.append("index axis \(axis) [\(i)]")
            return (view, m)
        case 2: // a[..., None]
            guard a.ndim < 5 else { return nil }
            let axis = Int.random(in: 0...a.ndim, using: &random)
            guard case .array(let view) = try a.select(leading(axis) + [.newAxis]) else { return nil }
            var shape = m.shape
            shape.insert(1, at: axis)
            m = m.remapped(shape) { index in
                var i = index
                i.remove(at: axis)
                return i
            }
            m.steps.append("newaxis at \(axis)")
            return (view, m)
        case 3: // a.transpose(order)
            let order = Array(0..<a.ndim).shuffled(using: &random)
            let view = try a.transposed(order)
            m = m.remapped(order.map { m.shape[$0] }) { index in
                var source = [Int](repeating: 0, count: order.count)
                for (k, axis) in order.enumerated() { source[axis] = index[k] }
                return source
            }
            m.steps.append("transpose \(order)")
            return (view, m)
        case 4: // a.reshape(shape): a view exactly when strides can present the elements
            let requested = randomShape(size: a.size, &random)
            let known = requested.filter { $0 != -1 }.reduce(1, *)
            let shape = requested.map { $0 == -1 ? a.size / known : $0 }
            let result = try a.reshape(requested)
            let representable = Model.strides(of: m.addresses, shape: shape) != nil
            #expect(
                result.buffer === a.buffer || !representable || a.size == 0 || !m.writeable,
                "reshape \(m.shape) -> \(shape) after \(m.steps) copied where NumPy returns a view")
            #expect(
                result.buffer !== a.buffer || representable || a.size == 0,
                "reshape \(m.shape) -> \(shape) after \(m.steps) made a view that cannot be one")
            if result.buffer === a.buffer {
                m.shape = shape
            } else {
                let (before, after) = (try a.elements(), try result.elements())
                #expect(
                    same(after, before),
                    "reshape \(m.shape) -> \(shape) after \(m.steps) copied other values: \(before.map(\.doubleValue)) became \(after.map(\.doubleValue)), strides \(a.strides) dtype \(a.dtype)"
                )
                m = Model(
                    shape: shape, addresses: Model.indices(shape).indices.map { $0 * m.itemsize },
                    itemsize: m.itemsize, writeable: true, owner: result.owner, steps: m.steps)
            }
            m.steps.append("reshape \(shape)")
            return (result, m)
        case 5: // np.broadcast_to(a, shape): stretches extents of 1, may add leading axes
            guard a.ndim < 5 else { return nil }
            let extra = Int.random(in: 0...1, using: &random)
            let shape =
                (0..<extra).map { _ in Int.random(in: 1...3, using: &random) }
                + a.shape.map { $0 == 1 ? Int.random(in: 1...3, using: &random) : $0 }
            let view = try a.broadcast(to: shape)
            m = m.remapped(shape) { index in zip(index.dropFirst(extra), m.shape).map { $1 == 1 ? 0 : $0 } }
            m.writeable = false
            m.steps.append("broadcast_to \(shape)")
            return (view, m)
        default: // a.view(dtype): the same bytes, the last axis rescaled
            let dtype = dtypes.randomElement(using: &random) ?? .uint8
            let view: NDArray
            do { view = try a.reinterpreted(as: dtype) } catch { return nil }
            let (old, new) = (m.itemsize, dtype.itemsize)
            let before = m
            let last = m.shape.count - 1
            if new < old {
                // Each element splits into old/new smaller ones, at consecutive addresses.
                let parts = old / new
                m.shape[last] *= parts
                m.addresses = Model.indices(m.shape).map { index in
                    var element = index
                    element[last] /= parts
                    return before.address(element) + index[last] % parts * new
                }
            } else if new > old {
                // Runs of new/old consecutive elements merge into one at the first one's address.
                let parts = new / old
                var shape = m.shape
                shape[last] /= parts
                m = before.remapped(shape) { index in
                    var element = index
                    element[last] *= parts
                    return element
                }
            }
            m.itemsize = new
            m.steps.append("view(\(dtype))")
            return (view, m)
        }
    }

    /// `a[..., start:stop:step]` on the engine and the model.
    static func slice(_ a: NDArray, _ m: Model, axis: Int, _ start: Int?, _ stop: Int?, _ step: Int?) throws -> (
        NDArray, Model
    )? {
        let items = [IndexItem](repeating: .all, count: axis) + [.slice(start: start, stop: stop, step: step)]
        guard case .array(let view) = try a.select(items) else { return nil }
        let positions = Model.slicePositions(start, stop, step, length: a.shape[axis])
        var shape = m.shape
        shape[axis] = positions.count
        var next = m.remapped(shape) { index in
            var i = index
            i[axis] = positions[index[axis]]
            return i
        }
        next.steps.append(
            "slice axis \(axis) [\(start.map(String.init) ?? ""):\(stop.map(String.init) ?? ""):\(step.map(String.init) ?? "")]"
        )
        return (view, next)
    }

    /// A strided slice on every axis (`a[1::3, ::-2]`), then sometimes a transpose or a
    /// reinterpretation: two of these from one array often interleave, their bounds
    /// overlapping while their elements may not.
    static func interleavedView(of root: NDArray, _ random: inout SplitMix64) throws -> (NDArray, Model) {
        var array = root
        var model = Model(
            shape: root.shape, addresses: Model.indices(root.shape).indices.map { $0 * root.itemsize },
            itemsize: root.itemsize, writeable: true, owner: root)
        for axis in 0..<root.ndim {
            let step = [2, 3, 4, -2, -3].randomElement(using: &random) ?? 2
            let start = Int.random(in: 0..<max(1, abs(step)), using: &random) * (step < 0 ? -1 : 1) - (step < 0 ? 1 : 0)
            if let (view, next) = try slice(array, model, axis: axis, start, nil, step) {
                (array, model) = (view, next)
            }
        }
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            if let (next, nextModel) = try Self.step(array, model, &random) { (array, model) = (next, nextModel) }
        }
        return (array, model)
    }

    /// A random shape of `size` elements, sometimes with a `-1`.
    static func randomShape(size: Int, _ random: inout SplitMix64) -> [Int] {
        if size == 0 { return Bool.random(using: &random) ? [0] : [2, 0, 3] }
        var factors: [Int] = []
        var rest = size
        var p = 2
        while rest > 1 {
            while rest % p == 0 {
                factors.append(p)
                rest /= p
            }
            p += 1
        }
        var shape = [Int](repeating: 1, count: Int.random(in: 1...4, using: &random))
        for factor in factors { shape[Int.random(in: 0..<shape.count, using: &random)] *= factor }
        if Bool.random(using: &random) { shape[Int.random(in: 0..<shape.count, using: &random)] = -1 }
        return shape
    }

    // MARK: - Checks

    /// The engine's own element addresses are the model's.
    static func expectGeometry(_ view: NDArray, _ model: Model, seed: UInt64) throws {
        #expect(view.shape == model.shape, "seed \(seed): shape after \(model.steps)")
        #expect(view.itemsize == model.itemsize, "seed \(seed)")
        guard view.shape == model.shape else { return }
        let engine = Model.indices(view.shape).map { view.address(of: $0) - view.buffer.pointer }
        #expect(engine == model.addresses, "seed \(seed): element addresses after \(model.steps)")
    }

    /// Reading every element (the engine's strided loop) gives the bytes at the model's addresses.
    static func expectReads(_ view: NDArray, _ model: Model, seed: UInt64) throws {
        let expected = model.addresses.map { view.dtype.loadScalar(from: model.owner.buffer.pointer + $0) }
        #expect(same(try view.elements(), expected), "seed \(seed): read after \(model.steps)")
    }

    static func bytes(of buffer: Buffer) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: buffer.pointer, count: buffer.byteCount))
    }

    /// Equal values, NaNs included (they come from random bytes).
    /// Equal element by element, NaN equal to NaN (in either part of a complex number).
    static func same(_ a: [Scalar], _ b: [Scalar]) -> Bool {
        func equal(_ x: Double, _ y: Double) -> Bool { x == y || (x.isNaN && y.isNaN) }
        return a.count == b.count
            && zip(a, b).allSatisfy {
                $0 == $1
                    || ($0.dtype == $1.dtype && equal($0.doubleValue, $1.doubleValue)
                        && equal($0.imaginaryValue, $1.imaginaryValue))
            }
    }
}

/// A small, seedable generator (Steele, Lea and Flood's SplitMix64), so every case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
