import ArrayEngine

/// `np.nditer`: NumPy's iterator over one or more arrays broadcast together, visiting
/// elements in memory order by default (`order='K'`). Each step gives 0-d views of the
/// current elements (writeable with `op_flags=['readwrite']`, so `x[...] = 2 * x` writes
/// the array), or 1-D views of a whole inner run with `flags=['external_loop']`.
final class NDIterObject: PythonObject {
    /// The arrays iterated, as `it.operands` gives them (cast copies with `op_dtypes`).
    private let operands: [NDArray]
    /// Where a cast copy goes back to when the iterator closes (readwrite operands).
    private let writeBack: [(copy: NDArray, original: NDArray)]
    private let shape: [Int]
    /// Each operand's strides over `shape` (0 along broadcast axes).
    private let strides: [[Int]]
    /// The axes walked, outermost first, and which are walked from their end.
    private let axes: [Int]
    private let backwards: [Bool]
    private let writeable: [Bool]
    private let externalLoop: Bool
    private let buffered: Bool
    private let bufferSize: Int
    private let tracksMultiIndex: Bool
    private let index: ArrayOrder?
    /// Elements visited in one step: 1, or an inner run with `external_loop`.
    private let step: Int
    private let total: Int
    /// How many elements the steps so far have visited.
    private var position = 0

    static let globalFlags: Set<String> = [
        "buffered", "c_index", "f_index", "multi_index", "external_loop", "refs_ok", "zerosize_ok", "grow_inner",
        "reduce_ok", "delay_bufalloc", "common_dtype", "ranged", "copy_if_overlap",
    ]
    static let operandFlags: Set<String> = [
        "readonly", "readwrite", "writeonly", "allocate", "no_broadcast", "copy", "updateifcopy", "nbo", "aligned",
        "contig", "no_subtype", "arraymask", "writemasked", "overlap_assume_elementwise",
    ]

    init(
        operands given: [NDArray?], flags: Set<String>, operandFlags: [Set<String>], dtypes: [DType?],
        order: ArrayOrder, casting: Casting, bufferSize: Int
    ) throws(PythonError) {
        let shapes = given.compactMap { $0?.shape }
        guard let shape = Broadcasting.shape(shapes) else {
            let text = given.compactMap { $0.map { Self.compact($0.shape) + " " } }.joined()
            throw .value("operands could not be broadcast together with shapes \(text)")
        }
        let holdsReferences = given.contains { $0?.dtype.isObject == true } || dtypes.contains { $0?.isObject == true }
        if holdsReferences, !flags.contains("refs_ok") {
            throw .type(
                "Iterator operand or requested dtype holds references, but the NPY_ITER_REFS_OK flag was not enabled")
        }
        var arrays: [NDArray] = []
        var writeBack: [(NDArray, NDArray)] = []
        for (k, operand) in given.enumerated() {
            let opFlags = operandFlags[k]
            let wanted = dtypes[k]
            guard var array = operand else {
                guard opFlags.contains("allocate") else {
                    throw .value("Iterator operand \(k) is null, but the allocate flag was not set")
                }
                let dtype = wanted ?? arrays.first?.dtype ?? .float64
                arrays.append(try NDArray.allocate(shape: shape, dtype: dtype, zeroed: true))
                continue
            }
            if opFlags.contains("no_broadcast"), array.shape != shape {
                throw .value(
                    "non-broadcastable \(Self.writes(opFlags) ? "output " : "")operand with shape \(Self.compact(array.shape)) doesn't match the broadcast shape \(Self.compact(shape))"
                )
            }
            if let wanted, wanted != array.dtype {
                guard flags.contains("buffered") || opFlags.contains("copy") || opFlags.contains("updateifcopy") else {
                    throw .type(
                        "Iterator operand required copying or buffering, but neither copying nor buffering was enabled")
                }
                guard casting.allows(array.dtype, wanted) else {
                    throw .type(
                        "Iterator operand \(k) dtype could not be cast from \(array.dtype.reprText) to \(wanted.reprText) according to the rule '\(casting.rawValue)'"
                    )
                }
                if Self.writes(opFlags), !casting.allows(wanted, array.dtype) {
                    throw .type(
                        "Iterator requested dtype could not be cast from \(wanted.reprText) to \(array.dtype.reprText), the operand \(k) dtype, according to the rule '\(casting.rawValue)'"
                    )
                }
                let copy = try array.copy(as: wanted)
                if Self.writes(opFlags) { writeBack.append((copy, array)) }
                array = copy
            }
            if Self.writes(opFlags), !array.isWriteable {
                throw .value("output array is read-only")
            }
            arrays.append(array)
        }
        let multiIndex = flags.contains("multi_index")
        let index: ArrayOrder? = flags.contains("c_index") ? .c : flags.contains("f_index") ? .fortran : nil
        if flags.contains("external_loop"), multiIndex || index != nil {
            throw .value(
                "Iterator flag EXTERNAL_LOOP cannot be used if an index or multi-index is being tracked")
        }
        self.operands = arrays
        self.writeBack = writeBack
        self.shape = shape
        strides = arrays.map { Broadcasting.strides(of: $0, as: shape) }
        (axes, backwards) = NDArray.iterationAxes(arrays, shape: shape, order: order)
        writeable = operandFlags.map(Self.writes)
        externalLoop = flags.contains("external_loop")
        buffered = flags.contains("buffered")
        self.bufferSize = bufferSize
        tracksMultiIndex = multiIndex
        self.index = index
        total = shape.reduce(1, *)
        let run = Self.axisGroups(strides, shape: shape, axes: axes).last.map { $0.reduce(1) { $0 * shape[$1] } }
        step = !externalLoop ? 1 : max(1, buffered ? min(total, bufferSize) : run ?? 1)
    }

    private static let pastTheEnd = PythonError.value("Iterator is past the end")

    /// The iteration's shape as `it.shape` and `it.ndim` give it: the arrays' own, or,
    /// without a multi-index, with the axes every operand walks as one run merged
    /// (NumPy's coalescing: a contiguous array is one axis), in the arrays' axis order.
    private var iterationShape: [Int] {
        if tracksMultiIndex { return shape }
        return Self.axisGroups(strides, shape: shape, axes: axes).sorted { $0.min()! < $1.min()! }
            .map { $0.reduce(1) { $0 * shape[$1] } }
    }

    /// The iteration axes in groups that every one of `strides` walks as one run, outermost
    /// group first: an axis joins the group inside it when its stride spans that axis.
    private static func axisGroups(_ strides: [[Int]], shape: [Int], axes: [Int]) -> [[Int]] {
        var groups: [[Int]] = []
        for axis in axes.reversed() {
            if let inner = groups.first?.last, strides.allSatisfy({ $0[axis] == $0[inner] * shape[inner] }) {
                groups[0].append(axis)
            } else {
                groups.insert([axis], at: 0)
            }
        }
        return groups
    }

    /// A shape as NumPy's iterator messages write it: `(2,3)`.
    private static func compact(_ shape: [Int]) -> String {
        "(" + shape.map(String.init).joined(separator: ",") + (shape.count == 1 ? ",)" : ")")
    }

    private static func writes(_ flags: Set<String>) -> Bool {
        flags.contains("readwrite") || flags.contains("writeonly") || flags.contains("allocate")
    }

    var pythonType: PythonType { .nditer }
    var typeName: String { "numpy.nditer" }
    var heldValues: [Value] { operands.map { .array($0) } }
    var attributeNames: [String] {
        [
            "close", "finished", "index", "iternext", "itersize", "multi_index", "ndim", "nop", "operands", "shape",
            "value",
        ]
    }
    func repr() -> String { "<numpy.nditer object at 0x\(String(ObjectIds.address(of: self), radix: 16))>" }

    // MARK: - Stepping

    /// The coordinates (in the arrays' own axes) of the `position`-th element visited.
    private func coordinates(at position: Int) -> [Int] {
        var rest = position
        var coords = [Int](repeating: 0, count: shape.count)
        for axis in axes.reversed() {
            let extent = shape[axis]
            let i = extent == 0 ? 0 : rest % extent
            rest = extent == 0 ? 0 : rest / extent
            coords[axis] = backwards[axis] ? extent - 1 - i : i
        }
        return coords
    }

    /// What the current step gives: per operand a 0-d view, or a 1-D run.
    private func current() throws(PythonError) -> [NDArray] {
        guard position < total else { throw Self.pastTheEnd }
        let coords = coordinates(at: position)
        return try operands.enumerated().map { (k, array) throws(PythonError) -> NDArray in
            let strides = self.strides[k]
            let offset = array.offset + zip(coords, strides).reduce(0) { $0 + $1.0 * $1.1 }
            let count = min(step, total - position)
            if !externalLoop {
                return view(array, offset: offset, shape: [], strides: [], writeable: writeable[k])
            }
            let inner = axes.last.map { strides[$0] * (backwards[$0] ? -1 : 1) } ?? array.itemsize
            if count <= runLength(at: position, k) {
                return view(array, offset: offset, shape: [count], strides: [inner], writeable: writeable[k])
            }
            // A buffer gathering the run in iteration order (read-only: arrsh writes no buffers back).
            let values = try (position..<position + count).map { p throws(PythonError) -> Scalar in
                let c = coordinates(at: p)
                return array.load(
                    at: array.buffer.pointer + array.offset + zip(c, strides).reduce(0) { $0 + $1.0 * $1.1 })
            }
            if writeable[k] {
                throw .notImplemented("writing through a buffered external loop that gathers elements is not supported")
            }
            return try NDArray.from(scalars: values, shape: [count], dtype: array.dtype)
        }
    }

    /// How many elements from `position` on operand `k` walks with the innermost stride.
    private func runLength(at position: Int, _ k: Int) -> Int {
        let innermost = Self.axisGroups([strides[k]], shape: shape, axes: axes).last ?? []
        let run = max(1, innermost.reduce(1) { $0 * shape[$1] })
        return run - position % run
    }

    private func view(_ array: NDArray, offset: Int, shape: [Int], strides: [Int], writeable: Bool) -> NDArray {
        let result = array.view(offset: offset, shape: shape, strides: strides)
        if !writeable { try? result.setWriteable(false) }
        return result
    }

    private func yielded(_ views: [NDArray]) -> Value {
        views.count == 1 ? .array(views[0]) : .tuple(views.map { .array($0) })
    }

    /// Whether `next` has given the current step (it moves on at the following call,
    /// so `it.multi_index` inside a `for` body names the element being visited).
    private var given = false

    /// The next step's views (`for x in it`), nil at the end, when cast copies go back.
    func next() throws(PythonError) -> Value? {
        if given { position += step }
        given = true
        guard position < total else {
            close()
            return nil
        }
        return yielded(try current())
    }

    func items() throws(PythonError) -> [Value] {
        var values: [Value] = []
        while let value = try next() { values.append(value) }
        return values
    }

    /// Copies of readwrite operands made for `op_dtypes` go back to the arrays.
    private func close() {
        for (copy, original) in writeBack { try? original.assign(copy.copy(as: original.dtype)) }
    }

    func item(_ key: Value) throws(PythonError) -> Value {
        let k = try Convert.index(key)
        let views = try current()
        guard k >= -views.count, k < views.count else { throw .index("Iterator operand index \(k) is out of bounds") }
        return .array(views[k < 0 ? k + views.count : k])
    }

    func setItem(_ key: Value, _ value: Value) throws(PythonError) {
        guard case .array(let target) = try item(key) else { return }
        guard target.isWriteable else { throw .readOnly }
        try target.assign(try Convert.operand(value, besides: target.dtype))
    }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "finished": return .bool(position >= total)
        case "operands": return .tuple(operands.map { .array($0) })
        case "shape":
            guard position < total else { throw Self.pastTheEnd }
            return .tuple(iterationShape.map { .int($0) })
        case "ndim": return .int(iterationShape.count)
        case "nop": return .int(operands.count)
        case "itersize": return .int(total)
        case "value": return yielded(try current())
        case "multi_index":
            guard position < total else { throw Self.pastTheEnd }
            guard tracksMultiIndex else { throw .value("Iterator is not tracking a multi-index") }
            return .tuple(coordinates(at: position).map { .int($0) })
        case "index":
            guard position < total else { throw Self.pastTheEnd }
            guard let index else { throw .value("Iterator does not have an index") }
            let coords = coordinates(at: position)
            let order = index == .c ? Array(shape.indices) : Array(shape.indices.reversed())
            return .int(order.reduce(0) { $0 * shape[$1] + coords[$1] })
        case "iternext":
            return method("iternext()") { () throws(PythonError) in
                self.position += self.step
                self.given = false
                if self.position >= self.total { self.close() }
                return .bool(self.position < self.total)
            }
        case "close", "__exit__":
            return method(name == "close" ? "close()" : "__exit__(*args)") { () throws(PythonError) in
                self.close()
                return .none
            }
        case "__enter__": return method("__enter__()") { () throws(PythonError) in .object(self) }
        default: return nil
        }
    }

    private func method(_ declaration: String, _ body: @escaping () throws(PythonError) -> Value) -> Value {
        .function(
            Function(Signature(declaration, style: .cPositional), kind: .method) { _, _ throws(PythonError) in
                try body()
            })
    }
}

extension NumPyModule {
    static func iteratorFunctions() -> [Function] {
        [
            function(
                "nditer(op, flags=None, op_flags=None, op_dtypes=None, order='K', casting='safe', op_axes=None, itershape=None, buffersize=0)",
                notYet: ["op_axes", "itershape"], style: .cKeywords,
                doc: """
                    An iterator over the elements of op (an array, or a list of arrays broadcast together) in memory order: 0-d views, writeable with op_flags=['readwrite'].
                    """
            ) { _, args throws(PythonError) in
                let op = args.raw("op") ?? .none
                let given: [Value] =
                    if case .list(let l) = op { l.items } else if case .tuple(let t) = op { t } else { [op] }
                let operands = try given.map { v throws(PythonError) -> NDArray? in
                    v.isNone ? nil : try Convert.array(v)
                }
                let flags = try Self.iteratorFlags(args.raw("flags"), allowed: NDIterObject.globalFlags, kind: "global")
                var perOperand: [Set<String>]
                switch args.raw("op_flags") ?? .none {
                case .none:
                    perOperand = operands.map { $0 == nil ? ["writeonly", "allocate"] : ["readonly"] }
                case .list(let l) where l.items.allSatisfy({ if case .string = $0 { true } else { false } }):
                    let shared = try Self.iteratorFlags(.list(l), allowed: NDIterObject.operandFlags, kind: "per-op")
                    perOperand = Array(repeating: shared, count: operands.count)
                case let value:
                    let lists = try Self.sequence(value)
                    guard lists.count == operands.count else {
                        throw .value("op_flags must be a tuple/list matching the number of ops")
                    }
                    perOperand = try lists.map { v throws(PythonError) in
                        try Self.iteratorFlags(v, allowed: NDIterObject.operandFlags, kind: "per-op")
                    }
                }
                var dtypes = [DType?](repeating: nil, count: operands.count)
                if let raw = args.raw("op_dtypes"), !raw.isNone {
                    let isSequence: Bool
                    switch raw {
                    case .list, .tuple: isSequence = true
                    default: isSequence = false
                    }
                    let items = operands.count == 1 && !isSequence ? [raw] : try Self.sequence(raw)
                    guard items.count == operands.count else {
                        throw .value("op_dtypes must be a tuple/list matching the number of ops")
                    }
                    dtypes = try items.map { v throws(PythonError) in v.isNone ? nil : try Convert.dtype(v) }
                }
                let size = try args.int("buffersize") ?? 0
                return .object(
                    try NDIterObject(
                        operands: operands, flags: flags, operandFlags: perOperand, dtypes: dtypes,
                        order: try args.order(), casting: try args.casting(), bufferSize: size > 0 ? size : 8192))
            }
        ]
    }

    /// Flag names from a list (or tuple) of strings, each one NumPy knows.
    private static func iteratorFlags(_ value: Value?, allowed: Set<String>, kind: String) throws(PythonError)
        -> Set<String>
    {
        guard let value, !value.isNone else { return [] }
        var flags = Set<String>()
        for item in try sequence(value) {
            guard case .string(let name) = item else { throw .type("\(kind) flags must be strings") }
            guard allowed.contains(name) else {
                throw .value(
                    kind == "global"
                        ? "Unexpected iterator global flag \"\(name)\"" : "Unexpected per-op iterator flag \"\(name)\"")
            }
            flags.insert(name)
        }
        return flags
    }

    private static func sequence(_ value: Value) throws(PythonError) -> [Value] {
        switch value {
        case .list(let l): return l.items
        case .tuple(let t): return t
        default: throw .type("expected a list or tuple, not \(value.typeName)")
        }
    }
}
