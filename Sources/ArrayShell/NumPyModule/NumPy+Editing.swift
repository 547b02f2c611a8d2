import ArrayEngine

/// Arrays made from others by adding or removing elements: `append`, `insert`,
/// `delete`, and the stacking helpers `dstack`, `column_stack`, `row_stack`. Each
/// result is a new array, as NumPy's `function_base.py` and `shape_base.py` make it.
extension NumPyModule {
    static func editingFunctions() -> [Function] {
        [
            function(
                "append(arr, values, axis=None)",
                doc: "arr with values joined at the end (both flattened when axis is None): a new array."
            ) { _, args throws(PythonError) in
                var arr = try args.array("arr")
                var values = try args.array("values")
                var axis = try args.int("axis")
                if axis == nil {
                    if arr.ndim != 1 { arr = try arr.ravel() }
                    values = try values.ravel()
                    axis = arr.ndim - 1
                }
                return .array(try NDArray.concatenate([arr, values], axis: axis ?? 0))
            },
            function(
                "insert(arr, obj, values, axis=None)",
                doc: "arr with values inserted before the indices obj (along axis, or flattened): a new array."
            ) { interpreter, args throws(PythonError) in
                try insert(interpreter, args)
            },
            function(
                "delete(arr, obj, axis=None)",
                doc: "arr without the entries obj (along axis, or flattened): a new array."
            ) { interpreter, args throws(PythonError) in
                try delete(interpreter, args)
            },
            function(
                "dstack(tup)", doc: "Arrays stacked along the third axis (after making them at least 3-D): a new array."
            ) { interpreter, args throws(PythonError) in
                let parts = try interpreter.iterate(args.raw("tup") ?? .none).map { v throws(PythonError) -> NDArray in
                    let a = try Convert.array(v)
                    switch a.ndim {
                    case 0: return try a.reshape([1, 1, 1])
                    case 1: return try a.reshape([1, a.size, 1])
                    case 2: return try a.reshape(a.shape + [1])
                    default: return a
                    }
                }
                return .array(try NDArray.concatenate(parts, axis: 2))
            },
            function(
                "column_stack(tup)", doc: "1-D arrays as columns (2-D ones as they are) side by side: a new 2-D array."
            ) { interpreter, args throws(PythonError) in
                let parts = try interpreter.iterate(args.raw("tup") ?? .none).map { v throws(PythonError) -> NDArray in
                    let a = try Convert.array(v)
                    return a.ndim < 2 ? try a.reshape([1, a.size]).transposed() : a
                }
                return .array(try NDArray.concatenate(parts, axis: 1))
            },
            function("row_stack(tup, *, dtype=None, casting='same_kind')", doc: "The deprecated name of vstack.") {
                interpreter, args throws(PythonError) in
                interpreter.warn("DeprecationWarning: `row_stack` alias is deprecated. Use `np.vstack` directly.\n")
                guard case .function(let vstack)? = interpreter.numpy.attributes["vstack"] else { return .none }
                var keywords: [(String, Value)] = []
                if let dtype = args["dtype"] { keywords.append(("dtype", dtype)) }
                if args.passed("casting") { keywords.append(("casting", args.raw("casting") ?? .none)) }
                return try vstack.call(interpreter, Arguments([args.raw("tup") ?? .none], keywords: keywords))
            },
        ]
    }

    /// arr flattened when axis is None, else checked; the axis to work along.
    private static func editedArray(_ args: BoundArguments) throws(PythonError) -> (NDArray, Int) {
        var arr = try args.array("arr")
        guard let axis = try args.int("axis") else {
            if arr.ndim != 1 { arr = try arr.ravel() }
            return (arr, arr.ndim - 1)
        }
        return (arr, try arr.normalizeAxis(axis))
    }

    /// The positions a slice names along an axis of `count`.
    private static func slicePositions(_ value: Value, count: Int) throws(PythonError) -> [Int]? {
        guard case .slice(let start, let stop, let step) = value else { return nil }
        let bound = { (v: Value) throws(PythonError) -> Int? in v.isNone ? nil : try Convert.index(v) }
        let slice = try ResolvedSlice(
            start: try bound(start), stop: try bound(stop), step: try bound(step), length: count)
        return (0..<slice.count).map { slice.start + $0 * slice.step }
    }

    /// NumPy's `insert`: one index puts all of values there; several put one value before each.
    private static func insert(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value {
        let (arr, axis) = try editedArray(args)
        let count = arr.shape[axis]
        let objValue = args.raw("obj") ?? .none
        let order: ArrayOrder = arr.isFContiguous && !arr.isCContiguous ? .fortran : .c
        let lead = [IndexItem](repeating: .all, count: axis)
        let indices: NDArray
        if let positions = try slicePositions(objValue, count: count) {
            indices = try NDArray.from(positions.map { Int64($0) })
        } else {
            indices = try Convert.array(objValue)
            guard indices.ndim <= 1 else {
                throw .value("index array argument obj to insert must be one dimensional or scalar")
            }
        }
        let rawValues = args.raw("values") ?? .none
        if indices.size == 1 {
            var index = Int(try indices.copy(as: .int64).reshape([]).item().exactInteger ?? 0)
            guard index >= -count, index <= count else {
                throw .index("index \(Repr.tryRepr(objValue)) is out of bounds for axis \(axis) with size \(count)")
            }
            if index < 0 { index += count }
            var values = try Convert.operand(rawValues, besides: arr.dtype).copy(as: arr.dtype)
            if values.ndim < arr.ndim {
                values = try values.reshape([Int](repeating: 1, count: arr.ndim - values.ndim) + values.shape)
            }
            if indices.ndim == 0 { values = try values.moveAxis(0, to: axis) }
            let added = values.shape[axis]
            var shape = arr.shape
            shape[axis] += added
            let result = try NDArray.allocate(shape: shape, dtype: arr.dtype, order: order)
            try result.assign(
                lead + [.slice(start: nil, stop: index, step: nil)],
                value: try arr.select(lead + [.slice(start: nil, stop: index, step: nil)]).array ?? arr)
            try result.assign(lead + [.slice(start: index, stop: index + added, step: nil)], value: values)
            try result.assign(
                lead + [.slice(start: index + added, stop: nil, step: nil)],
                value: try arr.select(lead + [.slice(start: index, stop: nil, step: nil)]).array ?? arr)
            return .array(result)
        }
        var positions = try indices.copy(as: .int64).elements().map { Int($0.exactInteger ?? 0) }
        for (k, p) in positions.enumerated() {
            guard p >= -count, p <= count else {
                throw .index("index \(p) is out of bounds for axis \(axis) with size \(count)")
            }
            if p < 0 { positions[k] = p + count }
        }
        let sorted = Sorting.stableOrder(positions.map { Scalar(int64: Int64($0)) })
        for (rank, k) in sorted.enumerated() { positions[k] += rank }
        var shape = arr.shape
        shape[axis] += positions.count
        var keep = [Bool](repeating: true, count: shape[axis])
        for p in positions { keep[p] = false }
        let result = try NDArray.allocate(shape: shape, dtype: arr.dtype, order: order)
        let values = try Convert.operand(rawValues, besides: arr.dtype)
        try result.assign(lead + [.array(try NDArray.from(positions.map { Int64($0) }))], value: values)
        try result.assign(lead + [.array(try NDArray.from(keep))], value: arr)
        return .array(result)
    }

    /// NumPy's `delete`: the entries at obj (an index, indices, a slice or a boolean mask) left out.
    private static func delete(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value {
        let (arr, axis) = try editedArray(args)
        let count = arr.shape[axis]
        let objValue = args.raw("obj") ?? .none
        var keep = [Bool](repeating: true, count: count)
        if let positions = try slicePositions(objValue, count: count) {
            for p in positions { keep[p] = false }
        } else {
            let obj = try Convert.array(objValue)
            if obj.dtype == .bool {
                guard obj.shape == [count] else {
                    throw .value(
                        "boolean array argument obj to delete must be one dimensional and match the axis length of \(count)"
                    )
                }
                keep = try obj.elements().map { !$0.boolValue }
            } else {
                guard obj.dtype.isInteger || obj.size == 0 else {
                    throw .index("arrays used as indices must be of integer (or boolean) type")
                }
                for scalar in try obj.copy(as: .int64).elements() {
                    let p = Int(scalar.exactInteger ?? 0)
                    guard p >= -count, p < count else {
                        throw .index("index \(p) is out of bounds for axis \(axis) with size \(count)")
                    }
                    keep[p < 0 ? p + count : p] = false
                }
            }
        }
        let lead = [IndexItem](repeating: .all, count: axis)
        let kept = try arr.select(lead + [.array(try NDArray.from(keep))])
        return Convert.value(kept)
    }
}
