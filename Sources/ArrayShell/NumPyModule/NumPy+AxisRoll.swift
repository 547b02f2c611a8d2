import ArrayEngine

/// `np.rollaxis`: the older spelling of moving one axis to a position.
extension NumPyModule {
    static func axisRollFunctions() -> [Function] {
        [
            function("rollaxis(a, axis, start=0)", doc: "A view with axis moved to lie before position start.") {
                interpreter, args throws(PythonError) in
                let a = try args.array("a")
                let n = a.ndim
                let axis = try a.normalizeAxis(try args.int("axis") ?? 0)
                var start = try args.int("start") ?? 0
                if start < 0 { start += n }
                guard start >= 0, start < n + 1 else {
                    throw PythonError(
                        "AxisError", "'start' arg requires \(-n) <= start < \(n + 1), but \(start) was passed in")
                }
                if axis < start { start -= 1 }
                if axis == start { return .array(a.view()) }
                var axes = Array(0..<n)
                axes.remove(at: axis)
                axes.insert(axis, at: start)
                return try NumPyCalls(interpreter: interpreter)(
                    "transpose", .array(a), .tuple(axes.map { .int($0) }))
            }
        ]
    }
}
