import ArrayEngine

/// `np.gradient`: central differences inside, one-sided ones (first or second order)
/// at the edges, over uniform spacings or the given coordinates, as NumPy's Python
/// computes them step by step.
extension NumPyModule {
    static func gradientFunctions() -> [Function] {
        [
            function(
                "gradient(f, *varargs, axis=None, edge_order=1)",
                doc: "The derivative of f along each axis estimated from its samples (a tuple for several axes)."
            ) {
                interpreter, args throws(PythonError) in
                try gradient(NumPyCalls(interpreter: interpreter), args)
            }
        ]
    }

    private static func gradient(_ np: NumPyCalls, _ args: BoundArguments) throws(PythonError) -> Value {
        var f = try args.array("f")
        let n = f.ndim
        if f.dtype.isTime { throw .times(f.dtype) }
        var axes = Array(0..<n)
        if let requested = try args.axes() {
            axes = []
            for axis in requested { axes.append(try f.normalizeAxis(axis)) }
            if Set(axes).count != axes.count { throw .value("repeated axis") }
        }
        let spacings = try gradientSpacings(np, args.variadic("varargs"), f, axes)
        let edgeOrder = try args.int("edge_order") ?? 1
        if edgeOrder > 2 { throw .value("'edge_order' greater than 2 not supported") }
        var otype = f.dtype
        if !f.dtype.isInexact {
            if f.dtype.isInteger { f = try f.copy(as: .float64) }
            otype = .float64
        }
        func mul(_ x: Value, _ y: Value) throws(PythonError) -> Value { try np("multiply", x, y) }
        func div(_ x: Value, _ y: Value) throws(PythonError) -> Value { try np("divide", x, y) }
        func add(_ x: Value, _ y: Value) throws(PythonError) -> Value { try np("add", x, y) }
        func sub(_ x: Value, _ y: Value) throws(PythonError) -> Value { try np("subtract", x, y) }
        func item(_ x: Value, _ i: Int) throws(PythonError) -> Value { try np.interpreter.getItem(x, .int(i)) }
        func range(_ x: Value, _ start: Int?, _ stop: Int?) throws(PythonError) -> Value {
            try np.interpreter.getItem(
                x, .slice(start.map { .int($0) } ?? .none, stop.map { .int($0) } ?? .none, .none))
        }
        let all = Value.slice(.none, .none, .none)
        var results: [Value] = []
        for (axis, dx) in zip(axes, spacings) {
            guard f.shape[axis] >= edgeOrder + 1 else {
                throw .value(
                    "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required."
                )
            }
            let out = try NDArray.allocate(shape: f.shape, dtype: otype)
            func along(_ index: Value) -> Value {
                var parts = [Value](repeating: all, count: n)
                parts[axis] = index
                return .tuple(parts)
            }
            func part(_ index: Value) throws(PythonError) -> Value {
                try np.interpreter.getItem(.array(f), along(index))
            }
            func write(_ index: Value, _ value: Value) throws(PythonError) {
                try np.interpreter.setItem(.array(out), along(index), to: value)
            }
            /// a·f[i] + b·f[j] + c·f[k], the three-point formula.
            func combine(_ a: Value, _ i: Value, _ b: Value, _ j: Value, _ c: Value, _ k: Value) throws(PythonError)
                -> Value
            {
                try add(try add(try mul(a, try part(i)), try mul(b, try part(j))), try mul(c, try part(k)))
            }
            let inner = Value.slice(.int(1), .int(-1), .none)
            let before = Value.slice(.none, .int(-2), .none)
            let after = Value.slice(.int(2), .none, .none)
            let uniform = try Convert.array(dx).ndim == 0
            if uniform {
                try write(inner, try div(try sub(try part(after), try part(before)), try mul(.float(2), dx)))
            } else {
                let dx1 = try range(dx, 0, -1)
                let dx2 = try range(dx, 1, nil)
                var shape = [Value](repeating: .int(1), count: n)
                shape[axis] = .int(-1)
                func shaped(_ v: Value) throws(PythonError) -> Value { try np("reshape", v, .tuple(shape)) }
                let a = try shaped(try div(try np("negative", dx2), try mul(dx1, try add(dx1, dx2))))
                let b = try shaped(try div(try sub(dx2, dx1), try mul(dx1, dx2)))
                let c = try shaped(try div(dx1, try mul(dx2, try add(dx1, dx2))))
                try write(inner, try combine(a, before, b, inner, c, after))
            }
            if edgeOrder == 1 {
                let first = uniform ? dx : try item(dx, 0)
                let last = uniform ? dx : try item(dx, -1)
                try write(.int(0), try div(try sub(try part(.int(1)), try part(.int(0))), first))
                try write(.int(-1), try div(try sub(try part(.int(-1)), try part(.int(-2))), last))
            } else {
                let (a, b, c): (Value, Value, Value)
                if uniform {
                    (a, b, c) = (try div(.float(-1.5), dx), try div(.float(2), dx), try div(.float(-0.5), dx))
                } else {
                    let (dx1, dx2) = (try item(dx, 0), try item(dx, 1))
                    let sum = try add(dx1, dx2)
                    a = try div(try np("negative", try add(try mul(.float(2), dx1), dx2)), try mul(dx1, sum))
                    b = try div(sum, try mul(dx1, dx2))
                    c = try div(try np("negative", dx1), try mul(dx2, sum))
                }
                try write(.int(0), try combine(a, .int(0), b, .int(1), c, .int(2)))
                let (d, e, g): (Value, Value, Value)
                if uniform {
                    (d, e, g) = (try div(.float(0.5), dx), try div(.float(-2), dx), try div(.float(1.5), dx))
                } else {
                    let (dx1, dx2) = (try item(dx, -2), try item(dx, -1))
                    let sum = try add(dx1, dx2)
                    d = try div(dx2, try mul(dx1, sum))
                    e = try div(try np("negative", sum), try mul(dx1, dx2))
                    g = try div(try add(try mul(.float(2), dx2), dx1), try mul(dx2, sum))
                }
                try write(.int(-1), try combine(d, .int(-3), e, .int(-2), g, .int(-1)))
            }
            results.append(.array(out))
        }
        return results.count == 1 ? results[0] : .tuple(results)
    }

    /// The spacing along each axis: a scalar, or the differences of 1-D coordinates
    /// (one scalar when they are all equal).
    private static func gradientSpacings(_ np: NumPyCalls, _ varargs: [Value], _ f: NDArray, _ axes: [Int])
        throws(PythonError) -> [Value]
    {
        if varargs.isEmpty { return Array(repeating: .float(1), count: axes.count) }
        if varargs.count == 1, try Convert.array(varargs[0]).ndim == 0 {
            return Array(repeating: varargs[0], count: axes.count)
        }
        guard varargs.count == axes.count else { throw .type("invalid number of arguments") }
        var spacings: [Value] = []
        for (axis, value) in zip(axes, varargs) {
            var distances = try Convert.array(value)
            if distances.ndim == 0 {
                spacings.append(value)
                continue
            }
            guard distances.ndim == 1 else { throw .value("distances must be either scalars or 1d") }
            guard distances.size == f.shape[axis] else {
                throw .value("when 1d, distances must match the length of the corresponding dimension")
            }
            if distances.dtype.isInteger { distances = try distances.copy(as: .float64) }
            let differences = try np("diff", .array(distances))
            let first = try np.interpreter.getItem(differences, .int(0))
            let same = try Convert.truth(try np("all", try np("equal", differences, first)))
            spacings.append(same ? first : differences)
        }
        return spacings
    }
}
