/// NumPy's `cont` and `disc`: samples of a distribution with up to three
/// parameters, each a scalar or an array broadcast against the others; float64
/// samples for continuous distributions, int64 for discrete ones.
///
/// Scalar parameters give one sample (a 0-d array; the caller turns it into a
/// Python number when no `size` was given) or a `size`-shaped array. Array
/// parameters give their broadcast shape, or `size`, which must then be that
/// shape. Constraints are checked before any draw, in parameter order.
enum DistributionSampling {
    /// A parameter's name in error messages and the values it may take.
    struct Parameter {
        let values: NDArray
        let name: String
        let constraint: Constraint

        init(_ values: NDArray, _ name: String, _ constraint: Constraint = .none) {
            self.values = values
            self.name = name
            self.constraint = constraint
        }
    }

    /// The checks of NumPy's `check_constraint` (one value) and
    /// `check_array_constraint` (a whole array), whose wording differs slightly.
    enum Constraint {
        case none
        /// `x < 0`: a set sign bit (so -0.0 too) that is not NaN's.
        case nonNegative
        /// `x <= 0`.
        case positive
        /// `x <= 0`, and NaN refused by name.
        case positiveNotNaN
        /// In [0, 1].
        case unitInterval
        /// In (0, 1].
        case unitIntervalOpenBelow
        /// In [0, 1).
        case unitIntervalOpenAbove
        /// Above 1.
        case aboveOne
        /// At least 1.
        case atLeastOne
        /// A Poisson rate: not negative, and at most `maximum`.
        case poissonRate(maximum: Double)
        /// A count that must fit a C long (the legacy API's binomial `n`).
        case nonNegativeLong

        /// NumPy's `POISSON_LAM_MAX`: larger rates would overflow int64 draws.
        static let poissonMaximum = Double(Int64.max) - Double(Int64.max).squareRoot() * 10

        func check(_ value: Double, name: String) throws(PythonError) {
            switch self {
            case .none: return
            case .nonNegative:
                if !value.isNaN && value.sign == .minus { throw .value("\(name) < 0") }
            case .positive:
                if value <= 0 { throw .value("\(name) <= 0") }
            case .positiveNotNaN:
                if value.isNaN { throw .value("\(name) must not be NaN") }
                if value <= 0 { throw .value("\(name) <= 0") }
            case .unitInterval:
                if !(value >= 0 && value <= 1) { throw .value("\(name) < 0, \(name) > 1 or \(name) is NaN") }
            case .unitIntervalOpenBelow:
                if !(value > 0 && value <= 1) { throw .value("\(name) <= 0, \(name) > 1 or \(name) contains NaNs") }
            case .unitIntervalOpenAbove:
                if !(value >= 0 && value < 1) { throw .value("\(name) < 0, \(name) >= 1 or \(name) is NaN") }
            case .aboveOne:
                if !(value > 1) { throw .value("\(name) <= 1 or \(name) is NaN") }
            case .atLeastOne:
                if !(value >= 1) { throw .value("\(name) < 1 or \(name) is NaN") }
            case .poissonRate(let maximum):
                if !(value >= 0) { throw .value("\(name) < 0 or \(name) is NaN") }
                if !(value <= maximum) { throw .value("\(name) value too large") }
            case .nonNegativeLong:
                if value < 0 { throw .value("\(name) < 0") }
                if value > Double(Int.max) { throw Self.longMessage(name) }
            }
        }

        func check(_ array: NDArray, name: String) throws(PythonError) {
            let values = try array.doubles()
            func refuse(if failing: (Double) -> Bool, _ message: String) throws(PythonError) {
                if values.contains(where: failing) { throw .value(message) }
            }
            switch self {
            case .none: return
            case .nonNegative: try refuse(if: { !$0.isNaN && $0.sign == .minus }, "\(name) < 0")
            case .positive: try refuse(if: { $0 <= 0 }, "\(name) <= 0")
            case .positiveNotNaN:
                try refuse(if: { $0.isNaN }, "\(name) must not be NaN")
                try refuse(if: { $0 <= 0 }, "\(name) <= 0")
            case .unitInterval:
                try refuse(if: { !($0 >= 0 && $0 <= 1) }, "\(name) < 0, \(name) > 1 or \(name) contains NaNs")
            case .unitIntervalOpenBelow:
                try refuse(if: { !($0 > 0 && $0 <= 1) }, "\(name) <= 0, \(name) > 1 or \(name) contains NaNs")
            case .unitIntervalOpenAbove:
                try refuse(if: { !($0 >= 0 && $0 < 1) }, "\(name) < 0, \(name) >= 1 or \(name) contains NaNs")
            case .aboveOne: try refuse(if: { !($0 > 1) }, "\(name) <= 1 or \(name) contains NaNs")
            case .atLeastOne: try refuse(if: { !($0 >= 1) }, "\(name) < 1 or \(name) contains NaNs")
            case .poissonRate(let maximum):
                // The whole array is checked against the maximum first, so NaN reads as too large.
                try refuse(if: { !($0 <= maximum) }, "\(name) value too large")
                try refuse(if: { !($0 >= 0) }, "\(name) < 0 or \(name) contains NaNs")
            case .nonNegativeLong:
                try refuse(if: { !($0 >= 0) }, "\(name) < 0")
                if values.contains(where: { !($0 <= Double(Int.max)) }) { throw Self.longMessage(name) }
            }
        }

        private static func longMessage(_ name: String) -> PythonError {
            .value("\(name) is out of bounds for long, consider using the new generator API for 64bit integers.")
        }
    }

    /// Float64 samples of `draw(a, b, c)` (unused parameters read as 0).
    static func sample(
        _ parameters: [Parameter], size: [Int]?,
        _ draw: (Double, Double, Double) -> Double
    ) throws(PythonError) -> NDArray {
        try sample(parameters, size: size, as: Double.self, draw)
    }

    /// Int64 samples of a discrete distribution.
    static func sampleIntegers(
        _ parameters: [Parameter], size: [Int]?,
        _ draw: (Double, Double, Double) -> Int64
    ) throws(PythonError) -> NDArray {
        try sample(parameters, size: size, as: Int64.self, draw)
    }

    /// Samples of any element type (float32 for `standard_gamma(dtype=np.float32)`).
    static func sample<T: ArrayElement>(
        _ parameters: [Parameter], size: [Int]?, as _: T.Type,
        _ draw: (Double, Double, Double) -> T
    ) throws(PythonError) -> NDArray {
        var arrays: [NDArray] = []
        for parameter in parameters {
            arrays.append(
                parameter.values.dtype == .float64 ? parameter.values : try parameter.values.copy(as: .float64))
        }
        if arrays.allSatisfy({ $0.ndim == 0 }) {
            var values = [0.0, 0.0, 0.0]
            for (k, parameter) in parameters.enumerated() {
                values[k] = arrays[k].pointer.loadUnaligned(as: Double.self)
                try parameter.constraint.check(values[k], name: parameter.name)
            }
            let out = try NDArray.allocate(shape: size ?? [], dtype: T.dtype, zeroed: false)
            let target = out.pointer.assumingMemoryBound(to: T.self)
            for i in 0..<out.size {
                if i & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
                target[i] = draw(values[0], values[1], values[2])
            }
            return out
        }
        for (parameter, array) in zip(parameters, arrays) {
            try parameter.constraint.check(array, name: parameter.name)
        }
        let shape: [Int]
        if let size {
            shape = size
        } else if arrays.count == 1 {
            shape = arrays[0].shape
        } else {
            shape = try ParameterBroadcast.shape(arrays.map(\.shape))
        }
        let out = try NDArray.allocate(shape: shape, dtype: T.dtype, zeroed: false)
        try ParameterBroadcast.validate(
            output: shape, broadcast: try ParameterBroadcast.shape([shape] + arrays.map(\.shape)))
        let target = out.pointer.assumingMemoryBound(to: T.self)
        try ParameterBroadcast.forEach(shape: shape, operands: arrays) { i, pointers in
            let a = pointers[0].loadUnaligned(as: Double.self)
            let b = pointers.count > 1 ? pointers[1].loadUnaligned(as: Double.self) : 0
            let c = pointers.count > 2 ? pointers[2].loadUnaligned(as: Double.self) : 0
            target[i] = draw(a, b, c)
        }
        return out
    }
}
