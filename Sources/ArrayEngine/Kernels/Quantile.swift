import Foundation

/// Order statistics: `median`, `percentile`/`quantile` and their `nan` forms, as
/// NumPy computes them: each row (the reduced axes together) sorted, NaN last; the
/// result interpolated between neighbours in NumPy's arithmetic (`_lerp`).
public enum Quantile {
    /// NumPy's `method=` choices that arrsh computes.
    public enum Method: String, CaseIterable, Sendable {
        case linear, lower, higher, nearest, midpoint, hazen, weibull
        case medianUnbiased = "median_unbiased"
        case normalUnbiased = "normal_unbiased"
        case interpolatedInvertedCDF = "interpolated_inverted_cdf"

        /// The position between order statistics (n values) for quantile q.
        func virtualIndex(_ n: Int, _ q: Double) -> Double {
            let count = Double(n)
            func between(_ alpha: Double, _ beta: Double) -> Double { count * q + (alpha + q * (1 - alpha - beta)) - 1 }
            switch self {
            case .linear, .midpoint: return (count - 1) * q
            case .lower: return ((count - 1) * q).rounded(.down)
            case .higher: return ((count - 1) * q).rounded(.up)
            case .nearest: return ((count - 1) * q).rounded(.toNearestOrEven)
            case .hazen: return between(0.5, 0.5)
            case .weibull: return between(0, 0)
            case .medianUnbiased: return between(1 / 3.0, 1 / 3.0)
            case .normalUnbiased: return between(3 / 8.0, 3 / 8.0)
            case .interpolatedInvertedCDF: return between(0, 1)
            }
        }

        /// Methods that pick one element (no interpolation): the result keeps the input dtype.
        var picksElement: Bool { self == .lower || self == .higher || self == .nearest }
    }

    /// The rows to reduce: `a`'s reduced axes moved last and flattened, each row
    /// sorted (NaN last), without NaN when `skipNaN`; and the shape of the rest.
    static func rows(_ a: NDArray, axes: [Int]?, skipNaN: Bool) throws(PythonError) -> (
        rows: [[Scalar]], kept: [Int], hasNaN: [Bool]
    ) {
        let reduced = try Reduction.normalize(axes: axes, ndim: a.ndim)
        let keep = a.shape.indices.filter { !reduced.contains($0) }
        let moved = try a.transposed(keep + reduced)
        let width = reduced.reduce(1) { $0 * a.shape[$1] }
        let values = try moved.elements()
        let count = keep.reduce(1) { $0 * a.shape[$1] }
        var rows: [[Scalar]] = []
        var nan: [Bool] = []
        for r in 0..<count {
            var row = Array(values[(r * width)..<((r + 1) * width)])
            let isNaN = { (x: Scalar) in x.doubleValue.isNaN || x.imaginaryValue.isNaN }
            let hasNaN = a.dtype.isInexact && row.contains(where: isNaN)
            if skipNaN { row.removeAll(where: isNaN) }
            rows.append(row.sorted(by: Sorting.ascending))
            nan.append(hasNaN)
        }
        return (rows, keep.map { a.shape[$0] }, nan)
    }

    /// `np.quantile(a, q, axis, method)` for quantiles `q` (of shape `qShape`): the
    /// result has shape qShape + the kept axes. `weak` (a Python number q) keeps a
    /// float input's precision; an integer q with the linear method picks elements.
    /// Returns the result and whether some row was empty (all NaN when skipping NaN).
    public static func run(
        _ a: NDArray, q: [Double], qShape: [Int], integerQ: Bool, weak: Bool, axes: [Int]?,
        method: Method, skipNaN: Bool = false
    ) throws(PythonError) -> (result: NDArray, empty: Bool) {
        if a.dtype.isComplex { throw .type("a must be an array of real numbers") }
        let (rows, kept, hasNaN) = try rows(a, axes: axes, skipNaN: skipNaN)
        let picks = method.picksElement || method == .linear && integerQ
        let type: DType = picks ? a.dtype : (a.dtype.isFloat && weak ? a.dtype : .float64)
        var out: [Scalar] = []
        var empty = false
        for quantile in q {
            for (r, row) in rows.enumerated() {
                let n = row.count
                // NumPy indexes the last element of a sorted row: an empty one is an IndexError.
                if n == 0, !skipNaN { throw .index("index -1 is out of bounds for axis 0 with size 0") }
                if n == 0 || (!skipNaN && hasNaN[r]) {
                    empty = empty || n == 0
                    out.append(Scalar(.float(.nan), as: type))
                    continue
                }
                let index = method.virtualIndex(n, quantile)
                if picks {
                    out.append(row[min(max(Int(index), 0), n - 1)])
                    continue
                }
                var previous = index.rounded(.down)
                var next = previous + 1
                if index >= Double(n - 1) {
                    previous = Double(n - 1)
                    next = Double(n - 1)
                }
                if index < 0 {
                    previous = 0
                    next = 0
                }
                var gamma = index - previous
                if method == .midpoint { gamma = index.truncatingRemainder(dividingBy: 1) == 0 ? 0 : 0.5 }
                out.append(lerp(row[Int(previous)], row[Int(next)], gamma, as: type))
            }
        }
        let result = try NDArray.from(scalars: out, shape: [q.count] + kept, dtype: type)
        return (try result.reshape(qShape + kept), empty)
    }

    /// NumPy's `_lerp(a, b, t)`: `a + (b - a)·t` below t = 0.5, `b - (b - a)·(1 - t)` from
    /// there, with b - a in the input's own type and the rest in the result's.
    static func lerp(_ a: Scalar, _ b: Scalar, _ t: Double, as type: DType) -> Scalar {
        if type == .float32 {
            let x = Float(a.doubleValue)
            let y = Float(b.doubleValue)
            let d = y - x
            return Scalar(.float(Double(t >= 0.5 ? y - d * Float(1 - t) : x + d * Float(t))), as: .float32)
        }
        if type == .float16 {
            // Every step rounded to float16, as NumPy's half arithmetic does.
            let x = Float16(a.doubleValue)
            let y = Float16(b.doubleValue)
            let d = Float16(Float(y) - Float(x))
            let value =
                t >= 0.5
                ? Float(y) - Float(Float16(Float(d) * Float(Float16(1 - t))))
                : Float(x) + Float(Float16(Float(d) * Float(Float16(t))))
            return Scalar(.float(Double(Float16(value))), as: .float16)
        }
        let difference: Double =
            switch (a.value, b.value) {
            case (.int(let x), .int(let y)): Double(y &- x)
            case (.uint(let x), .uint(let y)): Double(y &- x)
            case (.float(let x), .float(let y)) where a.dtype == .float32: Double(Float(y) - Float(x))
            case (.float(let x), .float(let y)) where a.dtype == .float16: Double(Float16(Float(y) - Float(x)))
            default: b.doubleValue - a.doubleValue
            }
        let value = t >= 0.5 ? b.doubleValue - difference * (1 - t) : a.doubleValue + difference * t
        return Scalar(.float(value), as: type)
    }

    /// `np.median`: the middle element, or the mean of the two middle ones (in the
    /// mean's type: float64 for integers); NaN where a row holds NaN (or is empty,
    /// reported as `empty` for NumPy's "Mean of empty slice").
    public static func median(_ a: NDArray, axes: [Int]?, skipNaN: Bool = false) throws(PythonError) -> (
        result: NDArray, empty: Bool
    ) {
        if a.dtype.isTime {
            guard a.dtype.kind == .timedelta, !skipNaN else { throw .times(a.dtype) }
            return (try Reduction.timedeltaMedian(a, axes: axes), false)
        }
        let (rows, kept, hasNaN) = try rows(a, axes: axes, skipNaN: skipNaN)
        let type: DType = a.dtype.isInexact ? a.dtype : .float64
        var empty = false
        let values = rows.enumerated().map { r, row -> Scalar in
            let n = row.count
            if n == 0 || (!skipNaN && hasNaN[r]) {
                empty = empty || n == 0
                return Scalar(.float(.nan), as: type)
            }
            if n % 2 == 1 { return Scalar(row[n / 2].value, as: type) }
            let x = row[n / 2 - 1]
            let y = row[n / 2]
            // Complex values: the mean of the middle two (in lexicographic order), part by part.
            if type.isComplex {
                return Scalar(
                    .complex((x.doubleValue + y.doubleValue) / 2, (x.imaginaryValue + y.imaginaryValue) / 2), as: type)
            }
            if type == .float32 {
                return Scalar(.float(Double((Float(x.doubleValue) + Float(y.doubleValue)) / 2)), as: .float32)
            }
            return Scalar(.float((x.doubleValue + y.doubleValue) / 2), as: type)
        }
        return (try NDArray.from(scalars: values, shape: kept, dtype: type), empty)
    }
}
