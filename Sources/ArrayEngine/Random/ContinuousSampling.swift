/// NumPy's `cont`: draws float64 samples of a distribution with up to three
/// parameters, each a scalar or an array broadcast against the others.
///
/// Scalar parameters give one sample (a 0-d array; the caller turns it into a
/// Python float when no `size` was given) or a `size`-shaped array. Array
/// parameters give their broadcast shape, or `size`, which must then be that
/// shape. Constraints are checked before any draw, in parameter order.
enum ContinuousSampling {
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

    /// The checks NumPy's `check_constraint` makes (`CONS_*`).
    enum Constraint {
        case none
        /// `x < 0`: a set sign bit (so -0.0 too) that is not NaN's.
        case nonNegative
        /// `x <= 0`.
        case positive

        func check(_ value: Double, name: String) throws(PythonError) {
            switch self {
            case .none: return
            case .nonNegative:
                if !value.isNaN && value.sign == .minus { throw .value("\(name) < 0") }
            case .positive:
                if value <= 0 { throw .value("\(name) <= 0") }
            }
        }
    }

    /// Samples `draw(a, b, c)` (unused parameters read as 0).
    static func sample(_ parameters: [Parameter], size: [Int]?,
                       _ draw: (Double, Double, Double) -> Double) throws(PythonError) -> NDArray {
        var arrays: [NDArray] = []
        for parameter in parameters {
            arrays.append(parameter.values.dtype == .float64 ? parameter.values : try parameter.values.copy(as: .float64))
        }
        if arrays.allSatisfy({ $0.ndim == 0 }) {
            var values = [0.0, 0.0, 0.0]
            for (k, parameter) in parameters.enumerated() {
                values[k] = arrays[k].pointer.loadUnaligned(as: Double.self)
                try parameter.constraint.check(values[k], name: parameter.name)
            }
            let out = try NDArray.allocate(shape: size ?? [], dtype: .float64, zeroed: false)
            let target = out.pointer.assumingMemoryBound(to: Double.self)
            for i in 0..<out.size {
                if i & (StridedLoop.interruptGranularity - 1) == 0 { try Interruption.check() }
                target[i] = draw(values[0], values[1], values[2])
            }
            return out
        }
        for (parameter, array) in zip(parameters, arrays) {
            try array.forEachDouble { value throws(PythonError) in try parameter.constraint.check(value, name: parameter.name) }
        }
        let shape: [Int]
        if let size {
            shape = size
        } else if arrays.count == 1 {
            shape = arrays[0].shape
        } else {
            shape = try ParameterBroadcast.shape(arrays.map(\.shape))
        }
        let out = try NDArray.allocate(shape: shape, dtype: .float64, zeroed: false)
        try ParameterBroadcast.validate(output: shape, broadcast: try ParameterBroadcast.shape([shape] + arrays.map(\.shape)))
        let target = out.pointer.assumingMemoryBound(to: Double.self)
        try ParameterBroadcast.forEach(shape: shape, operands: arrays) { i, pointers in
            let a = pointers[0].loadUnaligned(as: Double.self)
            let b = pointers.count > 1 ? pointers[1].loadUnaligned(as: Double.self) : 0
            let c = pointers.count > 2 ? pointers[2].loadUnaligned(as: Double.self) : 0
            target[i] = draw(a, b, c)
        }
        return out
    }
}

extension NDArray {
    /// Calls `body` with every element as a double, in C order.
    func forEachDouble(_ body: (Double) throws(PythonError) -> Void) throws(PythonError) {
        let values = dtype == .float64 ? self : try copy(as: .float64)
        try StridedLoop.forEach(shape: values.shape, strides: [values.strides]) { starts, count, inner throws(PythonError) in
            var p = UnsafeRawPointer(values.pointer) + starts[0]
            for _ in 0..<count {
                try body(p.loadUnaligned(as: Double.self))
                p += inner[0]
            }
        }
    }
}
