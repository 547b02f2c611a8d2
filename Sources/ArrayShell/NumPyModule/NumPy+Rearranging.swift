import ArrayEngine

/// Rearranging elements: repeating (`repeat`, `tile`: new arrays), rolling (a new
/// array) and splitting (views of the input).
extension NumPyModule {
    static func rearrangingFunctions() -> [Function] {
        [
            function("repeat(a, repeats, axis=None)", doc: "Each element (or slab along axis) repeated: a new array.") {
                _, args throws(PythonError) in
                .array(try repeated(try args.array("a"), args))
            },
            function("tile(A, reps)", doc: "The whole array repeated reps times along each axis: a new array.") {
                interpreter, args throws(PythonError) in
                let a = try args.array("A")
                let raw = args.raw("reps") ?? .none
                let reps: [Int] =
                    switch raw {
                    case .tuple, .list, .array: try integers(interpreter, raw)
                    default: [try Convert.index(raw)]
                    }
                return .array(try a.tiled(reps))
            },
            function(
                "roll(a, shift, axis=None)",
                doc: """
                    Elements shifted along axis, those pushed off the end coming back at the start: a new array.
                    """
            ) { interpreter, args throws(PythonError) in
                try rolled(interpreter, try args.array("a"), args)
            },
            split("split", doc: "Views of equal (or given) parts of the array along axis.", axis: nil, equal: true),
            split(
                "array_split", doc: "Views of nearly equal (or given) parts of the array along axis.", axis: nil,
                equal: false),
            split("hsplit", doc: "Views of parts along axis 1 (axis 0 for 1-D arrays).", axis: 1, equal: true),
            split("vsplit", doc: "Views of parts along axis 0 (the rows).", axis: 0, equal: true),
            split("dsplit", doc: "Views of parts along axis 2 (the depth).", axis: 2, equal: true),
        ]
    }

    /// `np.repeat` / `a.repeat`: repeats are cast to integers; one count for every element, or one each.
    static func repeated(_ a: NDArray, _ args: BoundArguments) throws(PythonError) -> NDArray {
        let repeats = try Convert.array(args.raw("repeats") ?? .none)
        guard repeats.ndim <= 1 else { throw .value("object too deep for desired array") }
        let counts = try repeats.copy(as: .int64).elements().map { Int($0.exactInteger ?? 0) }
        return try a.repeated(counts, axis: try args.int("axis"))
    }

    /// NumPy's `roll`: shifts summed per axis, then the array copied in two pieces per axis.
    private static func rolled(_ interpreter: Interpreter, _ a: NDArray, _ args: BoundArguments) throws(PythonError)
        -> Value
    {
        let shiftValue = args.raw("shift") ?? .none
        // Without an axis the flattened array rolls along its one axis, then takes a's shape back.
        let source = args["axis"] == nil ? try a.ravel() : a
        let axisValue = args["axis"] ?? .int(0)
        let axes = try Convert.array(axisValue).copy(as: .int64).elements().map { Int($0.exactInteger ?? 0) }
        let shifts = try Convert.array(shiftValue).copy(as: .int64).elements().map { Int($0.exactInteger ?? 0) }
        let axisShape: [Int] =
            if case .tuple = axisValue { [axes.count] } else if case .list = axisValue { [axes.count] } else { [] }
        let shiftShape = try Convert.array(shiftValue).shape
        let shape = try Broadcasting.commonShape([shiftShape, axisShape])
        guard shape.count <= 1 else { throw .value("'shift' and 'axis' should be scalars or 1D sequences") }
        var total: [Int: Int] = [:]
        let pairs = shape.first ?? 1
        for k in 0..<pairs {
            let axis = try source.normalizeAxis(axes[axes.count == 1 ? 0 : k])
            total[axis, default: 0] &+= shifts[shifts.count == 1 ? 0 : k]
        }
        return .array(try roll(source, shifts: total).reshape(a.shape))
    }

    /// The rolled copy: for each axis with a shift, its two pieces change places.
    private static func roll(_ a: NDArray, shifts: [Int: Int]) throws(PythonError) -> NDArray {
        let result = try a.allocateLike(order: .keep, zeroed: false)
        var pieces: [[(from: IndexItem, to: IndexItem)]] = a.shape.indices.map { _ in [(.all, .all)] }
        for (axis, shift) in shifts {
            let extent = max(a.shape[axis], 1)
            let offset = ((shift % extent) + extent) % extent
            guard offset != 0 else { continue }
            pieces[axis] = [
                (.slice(start: nil, stop: -offset, step: nil), .slice(start: offset, stop: nil, step: nil)),
                (.slice(start: -offset, stop: nil, step: nil), .slice(start: nil, stop: offset, step: nil)),
            ]
        }
        var combinations: [[(from: IndexItem, to: IndexItem)]] = [[]]
        for options in pieces { combinations = combinations.flatMap { prefix in options.map { prefix + [$0] } } }
        for combination in combinations {
            guard case .array(let source) = try a.select(combination.map(\.from)) else { continue }
            try result.assign(combination.map(\.to), value: source)
        }
        return result
    }

    private static func split(_ name: String, doc: String, axis fixed: Int?, equal: Bool) -> Function {
        let declaration =
            fixed == nil ? "\(name)(ary, indices_or_sections, axis=0)" : "\(name)(ary, indices_or_sections)"
        return function(declaration, doc: "\(doc) A list of views.") { interpreter, args throws(PythonError) in
            let ary = try args.array("ary")
            var axis = fixed == nil ? try args.int("axis") ?? 0 : fixed ?? 0
            if name == "hsplit" {
                guard ary.ndim > 0 else { throw .value("hsplit only works on arrays of 1 or more dimensions") }
                if ary.ndim == 1 { axis = 0 }
            } else if let fixed, ary.ndim < max(fixed + 1, 2) {
                throw .value("\(name) only works on arrays of \(max(fixed + 1, 2)) or more dimensions")
            }
            let normal = axis < 0 ? axis + ary.ndim : axis
            guard normal >= 0, normal < ary.ndim else { throw .index("tuple index out of range") }
            let total = ary.shape[normal]
            let points: [Int]
            let request = args.raw("indices_or_sections") ?? .none
            switch request {
            case .list, .tuple, .array:
                points = [0] + (try integers(interpreter, request)) + [total]
            default:
                let sections = try Convert.index(request)
                if equal, sections != 0, total % sections != 0 {
                    throw .value("array split does not result in an equal division")
                }
                guard sections > 0 else {
                    throw sections == 0 && equal
                        ? PythonError("ZeroDivisionError", "integer modulo by zero")
                        : .value("number sections must be larger than 0.")
                }
                let (each, extras) = total.quotientAndRemainder(dividingBy: sections)
                var running = 0
                points =
                    [0]
                    + (0..<sections).map { k in
                        running += each + (k < extras ? 1 : 0)
                        return running
                    }
            }
            let lead = [IndexItem](repeating: .all, count: normal)
            return .list(
                ListObject(
                    try (0..<(points.count - 1)).map { k throws(PythonError) -> Value in
                        let piece = try ary.select(lead + [.slice(start: points[k], stop: points[k + 1], step: nil)])
                        return Convert.value(piece)
                    }))
        }
    }
}
