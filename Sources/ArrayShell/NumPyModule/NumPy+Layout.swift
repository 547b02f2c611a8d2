import ArrayEngine

/// Layout and copies: arrays made contiguous, requirements checked, values copied
/// into existing memory, and arrays resized.
extension NumPyModule {
    static func layoutFunctions() -> [Function] {
        [
            contiguous(
                "ascontiguousarray", .c,
                doc: "a itself when already C-contiguous (and of dtype), else a C-ordered copy; at least 1-D."),
            contiguous(
                "asfortranarray", .fortran,
                doc:
                    "a itself when already Fortran-contiguous (and of dtype), else a Fortran-ordered copy; at least 1-D."
            ),
            function(
                "require(a, dtype=None, requirements=None, *, like=None)", notYet: ["like"],
                doc: """
                    a itself when it meets the requirements ('C', 'F', 'A', 'W', 'O', 'E'), else a copy that does.
                    """
            ) { interpreter, args throws(PythonError) in
                try require(interpreter, args)
            },
            function(
                "copyto(dst, src, casting='same_kind', where=True)", style: .numpyC,
                doc: """
                    Copies src (broadcast) into dst's own memory, in place, only where the mask is true.
                    """
            ) { interpreter, args throws(PythonError) in
                try copyTo(interpreter, args)
            },
            function(
                "put(a, ind, v, mode='raise')",
                doc: """
                    Writes v at the flat (C-order) positions ind of a, in place (values repeat as needed).
                    """
            ) { interpreter, args throws(PythonError) in
                guard case .array(let a)? = args.raw("a") else {
                    let value = args.raw("a") ?? .none
                    throw .type("argument 1 must be numpy.ndarray, not \(Repr.tryRepr(Builtins.typeOf(value)))")
                }
                try put(interpreter, a, args, indices: "ind", values: "v")
                return .none
            },
            function(
                "astype(x, dtype, /, *, copy=True, device=None)", notYet: ["device"],
                doc: "x converted to dtype: a new array, or x itself when copy=False and nothing changes."
            ) { interpreter, args throws(PythonError) in
                let value = args.raw("x") ?? .none
                let x: NDArray
                switch value {
                case .array(let a): x = a
                case .scalar(let s): x = NDArray.scalar(s.scalar)
                default:
                    throw .type(
                        "Input should be a NumPy array or scalar. It is a \(Repr.tryRepr(Builtins.typeOf(value))) instead."
                    )
                }
                let dtype = try Convert.dtype(args.raw("dtype") ?? .none)
                if dtype == x.dtype, !(try args.bool("copy")) { return value }
                interpreter.warnIfDiscardingImaginary(from: x.dtype, to: dtype)
                let converted = try interpreter.withWarnings("cast") { () throws(PythonError) in try x.copy(as: dtype) }
                if case .scalar = value { return .scalar(try converted.item()) }
                return .array(converted)
            },
            function(
                "asarray_chkfinite(a, dtype=None, order=None)",
                doc: "np.asarray(a), refused with ValueError when its floats hold an inf or a NaN."
            ) { _, args throws(PythonError) in
                var a = try Convert.array(args.raw("a") ?? .none, dtype: try args.dtype("dtype"))
                let order = try args.order()
                if order == .c && !a.isCContiguous || order == .fortran && !a.isFContiguous {
                    a = try a.copy(order: order)
                }
                let finite = { (s: Scalar) -> Bool in
                    switch s.value {
                    case .float(let d): d.isFinite
                    case .complex(let re, let im): re.isFinite && im.isFinite
                    default: true
                    }
                }
                if a.dtype.isInexact, try !a.elements().allSatisfy(finite) {
                    throw .value("array must not contain infs or NaNs")
                }
                return .array(a)
            },
            function(
                "resize(a, new_shape)",
                doc: """
                    A new array of new_shape filled with a's elements in C order, repeated as needed.
                    """
            ) { _, args throws(PythonError) in
                .array(try args.array("a").resized(to: try args.shape("new_shape")))
            },
        ]
    }

    private static func contiguous(_ name: String, _ order: ArrayOrder, doc: String) -> Function {
        function("\(name)(a, dtype=None, *, like=None)", notYet: ["like"], style: .numpyC, doc: doc) {
            _, args throws(PythonError) in
            var a = try Convert.array(args.raw("a") ?? .none, dtype: try args.dtype("dtype"))
            if order == .c ? !a.isCContiguous : !a.isFContiguous { a = try a.copy(order: order) }
            return .array(a.ndim == 0 ? try a.reshape([1]) : a)
        }
    }

    /// NumPy's `np.require`: `np.array(a, dtype, order, copy=None)`, then one copy if any
    /// other requirement (aligned, writeable, owning its data) is not met.
    private static func require(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value {
        let dtype = try args.dtype("dtype")
        let source = args.raw("a") ?? .none
        guard let requested = args["requirements"], try Convert.truth(requested) else {
            return .array(try Convert.array(source, dtype: dtype))
        }
        let flags: [String: Character] = [
            "C": "C", "C_CONTIGUOUS": "C", "CONTIGUOUS": "C", "F": "F", "F_CONTIGUOUS": "F", "FORTRAN": "F",
            "A": "A", "ALIGNED": "A", "W": "W", "WRITEABLE": "W", "O": "O", "OWNDATA": "O", "E": "E",
            "ENSUREARRAY": "E",
        ]
        var wanted = Set<Character>()
        for item in try interpreter.iterate(requested) {
            guard case .string(let text) = item else {
                throw .attribute("'\(item.typeName)' object has no attribute 'upper'")
            }
            guard let flag = flags[text.uppercased()] else {
                throw PythonError("KeyError", Repr.quoted(text.uppercased()))
            }
            wanted.insert(flag)
        }
        wanted.remove("E")
        if wanted.contains("C"), wanted.contains("F") { throw .value("Cannot specify both \"C\" and \"F\" order") }
        let order: ArrayOrder = wanted.contains("C") ? .c : wanted.contains("F") ? .fortran : .any
        var a = try Convert.array(source, dtype: dtype)
        if order == .c && !a.isCContiguous || order == .fortran && !a.isFContiguous { a = try a.copy(order: order) }
        let met = wanted.subtracting(["C", "F"]).allSatisfy { flag in
            switch flag {
            case "A": a.isAligned
            case "W": a.isWriteable
            default: a.ownsData
            }
        }
        return .array(met ? a : try a.copy(order: order))
    }

    /// `np.copyto(dst, src, casting, where)`: Python numbers are weak (an int need only
    /// fit dst's type); NumPy scalars and 0-d arrays are checked as scalars.
    private static func copyTo(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value {
        guard case .array(let dst)? = args.raw("dst") else {
            throw .type("copyto() argument 1 must be a numpy.ndarray, not \(args.raw("dst")?.typeName ?? "NoneType")")
        }
        let casting: Casting
        do { casting = try args.casting() } catch {
            if case .string(let text)? = args.raw("casting") {
                throw .value("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '\(text)')")
            }
            throw error
        }
        if casting == .sameValue {
            throw .value("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got 'same_value')")
        }
        let raw = args.raw("src") ?? .none
        let src = try Convert.operand(raw, besides: dst.dtype)
        let weakInteger = if case .int = raw { true } else { false }
        if !weakInteger, !casting.allows(src.dtype, dst.dtype) {
            let what = src.ndim == 0 ? "scalar" : "array data"
            throw .type(
                "Cannot cast \(what) from dtype('\(src.dtype.name)') to dtype('\(dst.dtype.name)') according to the rule '\(casting.rawValue)'"
            )
        }
        guard dst.isWriteable else { throw .readOnly }
        var value = src
        if let mask = try args.mask() {
            let stretched: NDArray
            do { stretched = try mask.copy(as: .bool).broadcast(to: dst.shape) } catch {
                throw .value(
                    "could not broadcast where mask from shape \(ShapeText.compact(mask.shape)) into shape \(ShapeText.compact(dst.shape))"
                )
            }
            guard src.ndim <= dst.ndim, Broadcasting.shape([src.shape, dst.shape]) == dst.shape else {
                throw .value(
                    "could not broadcast input array from shape \(ShapeText.compact(src.shape)) into shape \(ShapeText.compact(dst.shape))"
                )
            }
            value = try Selection.where(stretched, try src.copy(as: dst.dtype), dst)
        }
        interpreter.noteWrite(dst)
        try interpreter.withWarnings("cast") { () throws(PythonError) in try dst.assign(value) }
        return .none
    }

    /// `a.put(ind, v, mode)` / `np.put`: positions cast to integers, checked (or wrapped,
    /// or clipped) before anything is written.
    static func put(_ interpreter: Interpreter, _ a: NDArray, _ args: BoundArguments, indices: String, values: String)
        throws(PythonError)
    {
        let mode = try args.string("mode") ?? "raise"
        guard ["raise", "wrap", "clip"].contains(mode) else {
            throw .value("clipmode must be one of 'clip', 'raise', or 'wrap' (got \(Repr.quoted(mode)))")
        }
        let indices = try Convert.array(args.raw(indices) ?? .none).copy(as: .int64).elements()
        let values = try Convert.operand(args.raw(values) ?? .none, besides: a.dtype)
        guard a.isWriteable else { throw .value("put: output array is read-only") }
        guard a.size > 0 || indices.isEmpty else { throw .index("cannot replace elements of an empty array") }
        let positions = try indices.map { scalar throws(PythonError) -> Int in
            let i = Int(scalar.exactInteger ?? 0)
            switch mode {
            case "wrap": return ((i % a.size) + a.size) % a.size
            case "clip": return min(max(i, 0), a.size - 1)
            default:
                guard i >= -a.size, i < a.size else {
                    throw .index("index \(i) is out of bounds for axis 0 with size \(a.size)")
                }
                return i < 0 ? i + a.size : i
            }
        }
        interpreter.noteWrite(a)
        try a.store(values, atPositions: positions)
    }
}
