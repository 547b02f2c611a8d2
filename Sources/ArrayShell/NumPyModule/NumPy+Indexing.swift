import ArrayEngine

/// Index arithmetic and index-driven selection: `take`, `take_along_axis`,
/// `put_along_axis`, `unravel_index`, `ravel_multi_index`, `indices`, `meshgrid`,
/// `argwhere`, `flatnonzero`, `argsort`, `lexsort`, `searchsorted`, `bincount`.
extension NumPyModule {
    static func indexingFunctions() -> [Function] {
        [
            function(
                "take(a, indices, axis=None, out=None, mode='raise')",
                doc: """
                    The elements at indices (of the flattened array, or along axis): a new array (a scalar for one index).
                    """
            ) { interpreter, args throws(PythonError) in
                try take(interpreter, try args.array("a"), args)
            },
            function(
                "take_along_axis(arr, indices, axis=-1)",
                doc: """
                    Elements picked along axis by an index array of arr's rank (as argsort gives): a new array.
                    """
            ) { _, args throws(PythonError) in
                let (source, index) = try alongAxis(args)
                return Convert.value(try source.select(index))
            },
            function(
                "put_along_axis(arr, indices, values, axis)",
                doc: """
                    Writes values into arr along axis at an index array of arr's rank, in place.
                    """
            ) { interpreter, args throws(PythonError) in
                let (target, index) = try alongAxis(args)
                let values = try Convert.operand(args.raw("values") ?? .none, besides: target.dtype)
                interpreter.noteWrite(target)
                try target.assign(index, value: values)
                return .none
            },
            function(
                "unravel_index(indices, shape, order='C')", style: .numpyC,
                doc: """
                    The coordinates of flat positions in an array of shape: a tuple of arrays (or of scalars).
                    """
            ) { _, args throws(PythonError) in
                try unravel(args)
            },
            function(
                "ravel_multi_index(multi_index, dims, mode='raise', order='C')", style: .numpyC,
                doc: """
                    The flat positions of coordinates in an array of dims: a new array (or a scalar).
                    """
            ) { interpreter, args throws(PythonError) in
                try ravelMultiIndex(interpreter, args)
            },
            function(
                "indices(dimensions, dtype=int, sparse=False)",
                doc: """
                    For each axis, an array holding every element's index along it: one new array (a tuple when sparse).
                    """
            ) { _, args throws(PythonError) in
                let shape = try args.shape("dimensions")
                let dtype = try args.dtype("dtype") ?? .int64
                let grids = try shape.indices.map { axis throws(PythonError) -> NDArray in
                    var own = [Int](repeating: 1, count: shape.count)
                    own[axis] = shape[axis]
                    return try NDArray.arange(
                        start: Scalar(int64: 0), stop: Scalar(int64: Int64(shape[axis])), step: Scalar(int64: 1),
                        dtype: dtype
                    )
                    .reshape(own)
                }
                if try args.bool("sparse") { return .tuple(grids.map { .array($0) }) }
                if shape.isEmpty { return .array(try NDArray.allocate(shape: [0], dtype: dtype)) }
                return .array(
                    try NDArray.stack(try grids.map { g throws(PythonError) in try g.broadcast(to: shape) }, axis: 0))
            },
            function(
                "meshgrid(*xi, copy=True, sparse=False, indexing='xy')",
                doc: """
                    Coordinate matrices from coordinate vectors: new arrays (stride-0 views with copy=False).
                    """
            ) { _, args throws(PythonError) in
                try meshgrid(args)
            },
            function("argwhere(a)", doc: "The indices of the non-zero elements, one row each: a new (N, ndim) array.") {
                _, args throws(PythonError) in
                let a = try args.array("a")
                guard a.ndim > 0 else {
                    let found = try a.reshape([1]).nonzeroIndices()[0].size
                    return .array(try NDArray.allocate(shape: [found, 0], dtype: .int64))
                }
                let indices = try a.nonzeroIndices()
                return .array(try NDArray.stack(indices, axis: 0).transposed())
            },
            function(
                "flatnonzero(a)", doc: "The positions of the non-zero elements in the flattened array: a new array."
            ) { _, args throws(PythonError) in
                .array(try args.array("a").ravel().nonzeroIndices()[0])
            },
            function(
                "argsort(a, axis=-1, kind=None, order=None, *, stable=None)", notYet: ["order"],
                doc: """
                    The indices that sort a along axis: a new array (equal values keep their order with kind='stable').
                    """
            ) { _, args throws(PythonError) in
                .array(try argsort(try args.array("a"), args))
            },
            function(
                "lexsort(keys, axis=-1)", style: .numpyC,
                doc: """
                    The indices that sort by the last key, then by the one before, ...: a new array.
                    """
            ) { interpreter, args throws(PythonError) in
                let raw = args.raw("keys") ?? .none
                let keys: [NDArray] =
                    if case .array(let a) = raw, a.ndim > 0 {
                        try (0..<a.shape[0]).map { i throws(PythonError) in try a.select([.integer(i)]).array ?? a }
                    } else if case .array = raw {
                        [try Convert.array(raw)]
                    } else {
                        try interpreter.iterate(raw).map { v throws(PythonError) in try Convert.array(v) }
                    }
                return .array(try ArgSort.lexsort(keys, axis: try args.int("axis") ?? -1))
            },
            function(
                "searchsorted(a, v, side='left', sorter=None)",
                doc: """
                    Where each value of v would go into the sorted array a to keep it sorted: a new array (or a scalar).
                    """
            ) { _, args throws(PythonError) in
                try searchsorted(try args.array("a"), args)
            },
            function(
                "bincount(x, /, weights=None, minlength=0)", style: .numpyC,
                doc: """
                    How often each non-negative integer occurs (or the sum of its weights): a new array.
                    """
            ) { interpreter, args throws(PythonError) in
                try bincount(interpreter, args)
            },
        ]
    }

    /// `np.take` / `a.take`: indices cast to integers, wrapped or clipped by mode.
    static func take(_ interpreter: Interpreter, _ a: NDArray, _ args: BoundArguments) throws(PythonError) -> Value {
        let mode = try args.string("mode") ?? "raise"
        guard ["raise", "wrap", "clip"].contains(mode) else {
            throw .value("clipmode must be one of 'clip', 'raise', or 'wrap' (got \(Repr.quoted(mode)))")
        }
        let axis = try args.int("axis")
        let source = axis == nil ? try a.ravel() : a
        let along = try source.normalizeAxis(axis ?? 0)
        var index = try Convert.array(args.raw("indices") ?? .none).copy(as: .int64)
        let extent = source.shape[along]
        if extent == 0, index.size > 0 { throw .index("cannot do a non-empty take from an empty axes.") }
        if mode != "raise" {
            let adjusted = try index.elements().map { s -> Int64 in
                let i = s.exactInteger ?? 0
                let n = Int64(extent)
                return mode == "wrap" ? ((i % n) + n) % n : min(max(i, 0), n - 1)
            }
            index = try NDArray.from(adjusted).reshape(index.shape)
        }
        let lead = [IndexItem](repeating: .all, count: along)
        let picked = Convert.value(
            try source.select(
                lead + [index.ndim == 0 ? .integer(Int(try index.item().exactInteger ?? 0)) : .array(index)]))
        guard let out = try args.out() else { return picked }
        try out.assign(try Convert.array(picked))
        return .array(out)
    }

    /// `take_along_axis` / `put_along_axis`: arr (flattened when axis is None) and the
    /// fancy index NumPy builds, `arange`s on every other axis.
    private static func alongAxis(_ args: BoundArguments) throws(PythonError) -> (NDArray, [IndexItem]) {
        var arr = try args.array("arr")
        let indices = try args.array("indices")
        var axis: Int
        if args.raw("axis")?.isNone ?? false {
            guard indices.ndim == 1 else { throw .value("when axis=None, `indices` must have a single dimension.") }
            arr = try arr.ravel()
            axis = 0
        } else {
            axis = try arr.normalizeAxis(try args.int("axis") ?? -1)
        }
        guard indices.dtype.isInteger else { throw .index("`indices` must be an integer array") }
        guard indices.ndim == arr.ndim else {
            throw .value("`indices` and `arr` must have the same number of dimensions")
        }
        let index = try arr.shape.indices.map { dim throws(PythonError) -> IndexItem in
            if dim == axis { return .array(indices) }
            var shape = [Int](repeating: 1, count: arr.ndim)
            shape[dim] = arr.shape[dim]
            let range = try NDArray.arange(
                start: Scalar(int64: 0), stop: Scalar(int64: Int64(arr.shape[dim])), step: Scalar(int64: 1),
                dtype: .int64)
            return .array(try range.reshape(shape))
        }
        return (arr, index)
    }

    private static func unravel(_ args: BoundArguments) throws(PythonError) -> Value {
        let raw = try Convert.array(args.raw("indices") ?? .none)
        guard raw.dtype.isInteger || raw.dtype == .bool || raw.size == 0 else {
            throw .type("only int indices permitted")
        }
        let shape = try args.shape("shape")
        let fortran = try args.order() == .fortran
        var size = 1
        for extent in shape {
            guard extent >= 0, case (let product, false) = size.multipliedReportingOverflow(by: extent) else {
                throw .value(
                    "dimensions are too large; arrays and shapes with a total size greater than 'intp' are not supported."
                )
            }
            size = product
        }
        let flat = try raw.copy(as: .int64).elements().map { Int($0.exactInteger ?? 0) }
        var columns = [[Int64]](repeating: [], count: shape.count)
        for index in flat {
            guard index >= 0, index < size else {
                throw .value("index \(index) is out of bounds for array with size \(size)")
            }
            var rest = index
            for axis in (fortran ? Array(shape.indices) : shape.indices.reversed()) {
                columns[axis].append(Int64(rest % shape[axis]))
                rest /= shape[axis]
            }
        }
        return .tuple(
            try columns.map { column throws(PythonError) in
                let array = try NDArray.from(column).reshape(raw.shape)
                return raw.ndim == 0 ? .scalar(try array.item()) : .array(array)
            })
    }

    private static func ravelMultiIndex(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value
    {
        let coordinates = try interpreter.iterate(args.raw("multi_index") ?? .none).map { v throws(PythonError) in
            try Convert.array(v)
        }
        let dims = try args.shape("dims")
        guard coordinates.count == dims.count else {
            throw .value("parameter multi_index must be a sequence of length \(dims.count)")
        }
        let modes: [String]
        switch args.raw("mode") ?? .string("raise") {
        case .string(let mode): modes = [String](repeating: mode, count: dims.count)
        case let value:
            modes = try interpreter.iterate(value).map { v throws(PythonError) in
                guard case .string(let mode) = v else { throw .type("clipmode not understood") }
                return mode
            }
        }
        for mode in modes where !["raise", "wrap", "clip"].contains(mode) {
            throw .value("clipmode must be one of 'clip', 'raise', or 'wrap' (got \(Repr.quoted(mode)))")
        }
        if dims.contains(0) { throw .value("cannot unravel if shape has zero entries (is empty).") }
        let fortran = try args.order() == .fortran
        let shape = try Broadcasting.commonShape(coordinates.map(\.shape))
        let columns = try coordinates.map { c throws(PythonError) in
            try c.copy(as: .int64).broadcast(to: shape).elements()
        }
        let count = shape.reduce(1, *)
        var flat: [Int64] = []
        for k in 0..<count {
            var position = 0
            var scale = 1
            for axis in (fortran ? Array(dims.indices) : dims.indices.reversed()) {
                var i = Int(columns[axis][k].exactInteger ?? 0)
                let n = dims[axis]
                guard n > 0 else { throw .value("invalid entry in coordinates array") }
                switch modes[axis] {
                case "wrap": i = ((i % n) + n) % n
                case "clip": i = min(max(i, 0), n - 1)
                default: guard i >= 0, i < n else { throw .value("invalid entry in coordinates array") }
                }
                position += i * scale
                scale *= n
            }
            flat.append(Int64(position))
        }
        let result = try NDArray.from(flat).reshape(shape)
        return shape.isEmpty ? .scalar(try result.item()) : .array(result)
    }

    /// NumPy's `meshgrid`: each vector along its own axis (the first two swapped for
    /// 'xy'), broadcast together unless sparse, copied unless copy=False.
    private static func meshgrid(_ args: BoundArguments) throws(PythonError) -> Value {
        let vectors = try args.variadic("xi").map { v throws(PythonError) in try Convert.array(v) }
        let indexing = try args.string("indexing") ?? "xy"
        guard indexing == "xy" || indexing == "ij" else {
            throw .value("Valid values for `indexing` are 'xy' and 'ij'.")
        }
        let count = vectors.count
        var grids = try vectors.enumerated().map { i, x throws(PythonError) -> NDArray in
            var shape = [Int](repeating: 1, count: count)
            shape[i] = -1
            return try x.reshape(shape)
        }
        if indexing == "xy", count > 1 {
            let rest = [Int](repeating: 1, count: count - 2)
            grids[0] = try grids[0].reshape([1, -1] + rest)
            grids[1] = try grids[1].reshape([-1, 1] + rest)
        }
        let sparse = try args.bool("sparse")
        let copy = try args.bool("copy")
        if !sparse {
            let shape = try Broadcasting.commonShape(grids.map(\.shape))
            grids = try grids.map { g throws(PythonError) in g.shape == shape ? g : try g.broadcastForArrays(to: shape)
            }
        }
        if copy { return .tuple(try grids.map { g throws(PythonError) in .array(try g.copy()) }) }
        let values = grids.map { Value.array($0) }
        return sparse ? .list(ListObject(values)) : .tuple(values)
    }

    /// `np.argsort` / `a.argsort`: stable, so exact for every kind when no values tie;
    /// with ties only the stable kinds are NumPy's order.
    static func argsort(_ a: NDArray, _ args: BoundArguments) throws(PythonError) -> NDArray {
        let kind = try args.string("kind")
        if let kind, !["quicksort", "mergesort", "heapsort", "stable"].contains(kind.lowercased()) {
            throw .value("sort kind must be one of 'quick', 'heap', or 'stable' (got '\(kind)')")
        }
        let stable = try args.bool("stable")
        if kind != nil, args["stable"] != nil {
            throw .value("`kind` and keyword parameters can't be provided at the same time. Use only one of them.")
        }
        let axis: Int? = args.raw("axis")?.isNone == true ? nil : try args.int("axis") ?? -1
        let (indices, ties) = try ArgSort.run(a, axis: axis)
        let isStable = stable || kind.map { ["mergesort", "stable"].contains($0.lowercased()) } ?? false
        let quick = kind.map { $0.lowercased() == "quicksort" } ?? true
        let rowLength = axis.map { a.ndim == 0 ? 1 : a.shape[(($0 % a.ndim) + a.ndim) % a.ndim] } ?? a.size
        if ties, !isStable, !(quick && ArgSort.quicksortKeepsOrder(of: a.dtype, rowLength: rowLength)) {
            throw .notImplemented(
                "argsort() of equal values with kind=\(kind.map { Repr.quoted($0) } ?? "None") orders them as NumPy's SIMD sort does, which arrsh does not reproduce yet; pass kind='stable'"
            )
        }
        return indices
    }

    static func searchsorted(_ a: NDArray, _ args: BoundArguments) throws(PythonError) -> Value {
        let side = try args.string("side") ?? "left"
        guard side == "left" || side == "right" else {
            throw .value("search side must be 'left' or 'right' (got '\(side)')")
        }
        let values = args.raw("v") ?? .none
        let v = try Convert.operand(values, besides: a.dtype)
        let sorter = try args["sorter"].map { s throws(PythonError) in try Convert.array(s) }
        let positions = try ArgSort.searchsorted(a, v, right: side == "right", sorter: sorter)
        return v.ndim == 0 ? .scalar(try positions.item()) : .array(positions)
    }

    private static func bincount(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value {
        let x = try args.array("x")
        guard x.ndim <= 1 else {
            throw .value(
                "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1."
            )
        }
        if !x.dtype.isInteger, x.dtype != .bool, x.size > 0 {
            // An array must cast safely; a list of floats is converted, with NumPy's warning.
            if case .array? = args.raw("x") {
                throw .type(
                    "Cannot cast array data from dtype('\(x.dtype.name)') to dtype('int64') according to the rule 'safe'"
                )
            }
            interpreter.warn(
                "DeprecationWarning: Non-integer input passed to bincount. In a future version of NumPy, this will be an error. (Deprecated NumPy 2.1)\n"
            )
        }
        let values = try x.copy(as: .int64).elements().map { Int($0.exactInteger ?? 0) }
        if values.contains(where: { $0 < 0 }) { throw .value("'list' argument must have no negative elements") }
        let minimum = try args.int("minlength") ?? 0
        guard minimum >= 0 else { throw .value("'minlength' must not be negative") }
        let length = max((values.max() ?? -1) + 1, minimum)
        try MemoryLimit.check(count: length, of: Double.self)
        guard let weightsValue = args["weights"] else {
            var counts = [Int64](repeating: 0, count: length)
            for v in values { counts[v] += 1 }
            return .array(try NDArray.from(counts))
        }
        let weights = try Convert.array(weightsValue).copy(as: .float64).ravel().elements().map(\.doubleValue)
        guard weights.count == values.count else { throw .value("The weights and list don't have the same length.") }
        var sums = [Double](repeating: 0, count: length)
        for (v, w) in zip(values, weights) { sums[v] += w }
        return .array(try NDArray.from(sums))
    }
}
