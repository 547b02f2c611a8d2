import ArrayEngine
import Foundation

/// Values between and from samples: `interp` (piecewise linear), `polyval` (Horner),
/// `logspace`, and `histogram`.
extension NumPyModule {
    static func interpolationFunctions() -> [Function] {
        [
            function(
                "interp(x, xp, fp, left=None, right=None, period=None)",
                doc: """
                    Piecewise-linear interpolation of the samples (xp, fp) at x: a float, or a new float64 array.
                    """
            ) { _, args throws(PythonError) in
                try interp(args)
            },
            function(
                "polyval(p, x)",
                doc:
                    "The polynomial with coefficients p (highest power first) at x, by Horner's rule: a new value or array."
            ) { _, args throws(PythonError) in
                let p = try args.array("p")
                let x = try args.array("x")
                var y = try NDArray.allocate(shape: x.shape, dtype: x.dtype)
                for coefficient in try p.ravel().elements() {
                    y = try BinaryKernel.run(.add, try BinaryKernel.run(.multiply, y, x), NDArray.scalar(coefficient))
                }
                return x.ndim == 0 && p.size > 0 ? .scalar(try y.item()) : .array(y)
            },
            function(
                "logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)", notYet: ["axis"],
                doc: """
                    num values from base**start to base**stop, evenly spaced on a log scale: a new array.
                    """
            ) { interpreter, args throws(PythonError) in
                let start = try Convert.double(args.raw("start") ?? .none)
                let stop = try Convert.double(args.raw("stop") ?? .none)
                let exponents = try NDArray.linspace(
                    start: start, stop: stop, count: try args.int("num") ?? 50, endpoint: try args.bool("endpoint"))
                let base = try Convert.operand(args.raw("base") ?? .float(10), besides: .float64)
                var result = try interpreter.withWarnings("power") { () throws(PythonError) in
                    try BinaryKernel.run(.power, base, exponents)
                }
                if let dtype = try args.dtype("dtype"), dtype != result.dtype { result = try result.copy(as: dtype) }
                return .array(result)
            },
            function(
                "histogram(a, bins=10, range=None, density=None, weights=None)",
                doc: """
                    How many values fall in each bin, and the bin edges: a tuple of two new arrays.
                    """
            ) { interpreter, args throws(PythonError) in
                try histogram(interpreter, args)
            },
        ]
    }

    /// NumPy's `compiled_interp` (and `compiled_interp_complex` for complex fp, each part
    /// on its own): a binary search for each x, then fp[j] + slope·(x - xp[j]).
    private static func interp(_ args: BoundArguments) throws(PythonError) -> Value {
        let xValue = args.raw("x") ?? .none
        let x = try Convert.array(xValue).copy(as: .float64)
        let fpArray = try args.array("fp")
        let isComplex = fpArray.dtype.isComplex
        var xp = try args.array("xp").copy(as: .float64).ravel().elements().map(\.doubleValue)
        let fpElements = try fpArray.ravel().elements()
        var fp = fpElements.map(\.doubleValue)
        var fpImaginary = fpElements.map(\.imaginaryValue)
        guard fp.count == xp.count else { throw .value("fp and xp are not of the same length.") }
        guard !xp.isEmpty else { throw .value("array of sample points is empty") }
        /// left= and right=: a complex number only for complex fp, as NumPy's converters take them.
        func bound(_ name: String) throws(PythonError) -> (Double, Double)? {
            guard let value = args[name] else { return nil }
            switch value {
            case .complex(let re, let im) where isComplex: return (re, im)
            case .scalar(let s) where isComplex: return (s.doubleValue, s.imaginaryValue)
            case .complex: throw .type("must be real number, not complex")
            default:
                guard let real = try? Convert.double(value) else {
                    throw .type("must be real number, not \(value.typeName)")
                }
                return (real, 0)
            }
        }
        var left = try bound("left")
        var right = try bound("right")
        var points = try x.elements().map(\.doubleValue)
        if let period = try args.double("period") {
            guard period != 0 else { throw .value("period must be a non-zero value") }
            let p = abs(period)
            left = nil
            right = nil
            func wrapped(_ v: Double) -> Double {
                let r = v.truncatingRemainder(dividingBy: p)
                return r < 0 ? r + p : r
            }
            points = points.map(wrapped)
            let order = xp.indices.sorted { wrapped(xp[$0]) < wrapped(xp[$1]) }
            xp = order.map { wrapped(xp[$0]) }
            xp = [xp[xp.count - 1] - p] + xp + [xp[0] + p]
            for i in [0, 1] {
                let part = order.map { i == 0 ? fp[$0] : fpImaginary[$0] }
                let extended = [part[part.count - 1]] + part + [part[0]]
                if i == 0 { fp = extended } else { fpImaginary = extended }
            }
        }
        let real = interpolated(
            points, xp, fp, low: left?.0 ?? fp[0], high: right?.0 ?? fp[fp.count - 1], inverseSlope: isComplex)
        guard isComplex else {
            let result = try NDArray.from(real).reshape(x.shape)
            return x.ndim == 0 ? .scalar(try result.item()) : .array(result)
        }
        let imaginary = interpolated(
            points, xp, fpImaginary, low: left?.1 ?? fpImaginary[0], high: right?.1 ?? fpImaginary[fp.count - 1],
            inverseSlope: true, nanValue: 0)
        let values = zip(real, imaginary).map { Scalar(.complex($0, $1), as: .complex128) }
        let result = try NDArray.from(scalars: values, shape: x.shape, dtype: .complex128)
        return x.ndim == 0 ? .scalar(try result.item()) : .array(result)
    }

    /// One real part of `interp`: `low`/`high` outside the samples, `nanValue` (nan itself when
    /// nil) at a nan x. The complex loop scales by the interval's inverse where the real one divides.
    private static func interpolated(
        _ points: [Double], _ xp: [Double], _ fp: [Double], low: Double, high: Double, inverseSlope: Bool,
        nanValue: Double? = nil
    ) -> [Double] {
        let n = xp.count
        return points.map { v -> Double in
            // NumPy's loop for a single sample has no nan test: nan is neither below nor above it.
            if n == 1 { return v < xp[0] ? low : v > xp[0] ? high : fp[0] }
            if v.isNaN { return nanValue ?? v }
            if v > xp[n - 1] { return high }
            if v < xp[0] { return low }
            if v == xp[n - 1] { return fp[n - 1] }
            var lo = 0
            var hi = n
            while lo < hi {
                let mid = (lo + hi) / 2
                if xp[mid] <= v { lo = mid + 1 } else { hi = mid }
            }
            let j = lo - 1
            if j >= n - 1 { return fp[n - 1] }
            if xp[j] == v { return fp[j] }
            let slope =
                inverseSlope
                ? (fp[j + 1] - fp[j]) * (1.0 / (xp[j + 1] - xp[j])) : (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
            var result = slope * (v - xp[j]) + fp[j]
            if result.isNaN {
                result = slope * (v - xp[j + 1]) + fp[j + 1]
                if result.isNaN, fp[j] == fp[j + 1] { result = fp[j] }
            }
            return result
        }
    }

    /// NumPy's `histogram`: equal bins from the data's range (or `range=`), counted by
    /// NumPy's index arithmetic; given edges counted by sorted search.
    private static func histogram(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value {
        let a = try args.array("a").ravel()
        let weights = try args["weights"].map { w throws(PythonError) in try Convert.array(w).ravel() }
        if let weights, weights.shape != a.shape { throw .value("weights should have the same shape as a.") }
        let binsValue = args.raw("bins") ?? .int(10)
        var edges: NDArray
        var uniform: (first: Double, last: Double, count: Int)?
        switch binsValue {
        case .string(let rule): throw .notImplemented("histogram() does not support bins='\(rule)' yet")
        case .int, .scalar, .bool:
            let count = try Convert.index(binsValue)
            guard count >= 1 else { throw .value("`bins` must be positive, when an integer") }
            var first = 0.0
            var last = 1.0
            if let range = args["range"] {
                let ends = try interpreter.iterate(range).map { v throws(PythonError) in try Convert.double(v) }
                guard ends.count == 2 else { throw .value("too many values to unpack (expected 2)") }
                (first, last) = (ends[0], ends[1])
                guard first <= last else { throw .value("max must be larger than min in range parameter.") }
                guard first.isFinite, last.isFinite else {
                    throw .value(
                        "supplied range of [\(FloatFormatting.scalarText(first)), \(FloatFormatting.scalarText(last))] is not finite"
                    )
                }
            } else if a.size > 0 {
                first = try Reduction.run(.min, a, axes: nil).item().doubleValue
                last = try Reduction.run(.max, a, axes: nil).item().doubleValue
                guard first.isFinite, last.isFinite else {
                    throw .value(
                        "autodetected range of [\(FloatFormatting.scalarText(first)), \(FloatFormatting.scalarText(last))] is not finite"
                    )
                }
            }
            if first == last {
                first -= 0.5
                last += 0.5
            }
            let type: DType = a.dtype.isFloat ? a.dtype : .float64
            edges = try NDArray.linspace(start: first, stop: last, count: count + 1, endpoint: true)
            if type != .float64 { edges = try edges.copy(as: type) }
            uniform = (first, last, count)
        default:
            edges = try Convert.array(binsValue)
            guard edges.ndim == 1 else { throw .value("`bins` must be 1d, when an array") }
            let values = try edges.elements().map(\.doubleValue)
            for k in values.indices.dropFirst() where values[k] < values[k - 1] {
                throw .value("`bins` must increase monotonically, when an array")
            }
        }
        let edgeValues = try edges.elements().map(\.doubleValue)
        let data = try a.elements().map(\.doubleValue)
        let weightValues = try weights?.elements()
        let bins = edgeValues.count - 1
        try MemoryLimit.check(count: bins, of: Double.self)
        var counts = [Double](repeating: 0, count: max(bins, 0))
        for (k, v) in data.enumerated() {
            var index: Int
            if let uniform {
                guard v >= uniform.first, v <= uniform.last else { continue }
                let scaled = (v - uniform.first) / (uniform.last - uniform.first) * Double(uniform.count)
                index = scaled.isFinite ? min(max(Int(scaled), 0), uniform.count) : 0
                if index == uniform.count { index -= 1 }
                if v < edgeValues[index] { index -= 1 }
                if index != uniform.count - 1, v >= edgeValues[index + 1] { index += 1 }
            } else {
                guard bins > 0, v >= edgeValues[0], v <= edgeValues[bins] else { continue }
                // The last bin is closed on the right; the others are half-open.
                index = edgeValues.lastIndex { $0 <= v } ?? 0
                if index == bins { index = bins - 1 }
            }
            counts[index] += weightValues.map { $0[k].doubleValue } ?? 1
        }
        let countType = weights?.dtype ?? .int64
        var n = try NDArray.from(counts).copy(as: countType)
        if let density = args["density"], try Convert.truth(density) {
            let widths = try NDArray.from(zip(edgeValues.dropFirst(), edgeValues).map { $0 - $1 })
            let total = try Reduction.run(.sum, n, axes: nil)
            n = try interpreter.withWarnings("divide") { () throws(PythonError) in
                try BinaryKernel.run(.divide, try BinaryKernel.run(.divide, n, widths), total)
            }
        }
        return .tuple([.array(n), .array(edges)])
    }
}
