import ArrayEngine
import Foundation

/// `np.finfo` and `np.iinfo`: the limits of float and integer types.
extension NumPyModule {
    static func typeInfoFunctions() -> [Function] {
        [
            function("finfo(dtype)", doc: "The machine limits of a float type (of each part of a complex type).") {
                _, args throws(PythonError) in
                let dtype = try infoType(args.raw("dtype") ?? .none)
                guard dtype.isInexact else { throw .value("data type <class 'numpy.\(dtype.name)'> not inexact") }
                return .object(FloatInfo(dtype.realComponent))
            },
            function("iinfo(int_type)", doc: "The smallest and largest value of an integer type.") {
                _, args throws(PythonError) in
                let dtype = try infoType(args.raw("int_type") ?? .none)
                guard dtype.isInteger else { throw .value("Invalid integer data type '\(dtype.kind.rawValue)'.") }
                return .object(IntegerInfo(dtype))
            },
        ]
    }

    /// A type, or the type of a value (`np.finfo(1.0)`, `np.iinfo(a)`).
    private static func infoType(_ value: Value) throws(PythonError) -> DType {
        switch value {
        case .float: return .float64
        case .int: return .int64
        case .complex: return .complex128
        case .array(let a): return a.dtype.native
        case .scalar(let s): return s.dtype
        default: return try Convert.dtype(value).native
        }
    }
}

/// What `np.finfo(float16/32/64)` answers.
final class FloatInfo: PythonObject {
    let dtype: DType
    init(_ dtype: DType) { self.dtype = dtype }

    var pythonType: PythonType { .finfo }
    var typeName: String { "finfo" }

    /// (mantissa bits, exponent bits, decimal precision) of the IEEE format.
    private var format: (nmant: Int, nexp: Int, precision: Int) {
        switch dtype.scalarType {
        case .float16: (10, 5, 3)
        case .float32: (23, 8, 6)
        default: (52, 11, 15)
        }
    }

    private var maxExponent: Int { 1 << (format.nexp - 1) }

    private func scalar(_ value: Double) -> Value { .scalar(Scalar(.float(value), as: dtype)) }

    private var values: [(String, Double)] {
        let (nmant, _, precision) = format
        let largest: Double =
            switch dtype.scalarType {
            case .float16: Double(Float16.greatestFiniteMagnitude)
            case .float32: Double(Float.greatestFiniteMagnitude)
            default: Double.greatestFiniteMagnitude
            }
        let tiny = pow(2, Double(2 - maxExponent))
        return [
            ("eps", pow(2, Double(-nmant))), ("epsneg", pow(2, Double(-nmant - 1))), ("max", largest),
            ("min", -largest),
            ("tiny", tiny), ("smallest_normal", tiny), ("smallest_subnormal", tiny * pow(2, Double(-nmant))),
            ("resolution", pow(10, Double(-precision))),
        ]
    }

    private var integers: [(String, Int)] {
        let (nmant, nexp, precision) = format
        return [
            ("bits", dtype.itemsize * 8), ("precision", precision), ("iexp", nexp), ("nexp", nexp), ("nmant", nmant),
            ("machep", -nmant), ("negep", -nmant - 1), ("maxexp", maxExponent), ("minexp", 2 - maxExponent),
        ]
    }

    var attributeNames: [String] { (values.map(\.0) + integers.map(\.0) + ["dtype"]).sorted() }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        if name == "dtype" { return .dtype(dtype) }
        if let value = values.first(where: { $0.0 == name }) { return scalar(value.1) }
        return integers.first(where: { $0.0 == name }).map { .int($0.1) }
    }

    private func text(_ name: String) -> String {
        ScalarFormatter.str(Scalar(.float(values.first { $0.0 == name }?.1 ?? 0), as: dtype))
    }

    private func integer(_ name: String) -> Int { integers.first { $0.0 == name }?.1 ?? 0 }

    func repr() -> String {
        // NumPy prints the largest value with a fixed count of digits per type.
        let largest = values.first { $0.0 == "max" }?.1 ?? 0
        let digits = dtype == .float16 ? 5 : dtype == .float32 ? 7 : 16
        let maxText = String(format: "%.\(digits)e", largest)
        return "finfo(resolution=\(text("resolution")), min=-\(maxText), max=\(maxText), dtype=\(dtype.name))"
    }

    func str() -> String {
        let rule = String(repeating: "-", count: 63)
        return """
            Machine parameters for \(dtype.name)
            \(rule)
            precision = \(integer("precision"))   resolution = \(text("resolution"))
            machep = \(integer("machep"))   eps =        \(text("eps"))
            negep =  \(integer("negep"))   epsneg =     \(text("epsneg"))
            minexp = \(integer("minexp"))   tiny =       \(text("tiny"))
            maxexp = \(integer("maxexp"))   max =        \(text("max"))
            nexp =   \(integer("nexp"))   min =        -max
            smallest_normal = \(text("smallest_normal"))   smallest_subnormal = \(text("smallest_subnormal"))
            \(rule)

            """
    }
}

/// What `np.iinfo(int8 ... uint64)` answers.
final class IntegerInfo: PythonObject {
    let dtype: DType
    init(_ dtype: DType) { self.dtype = dtype }

    var pythonType: PythonType { .iinfo }
    var typeName: String { "iinfo" }
    var attributeNames: [String] { ["bits", "dtype", "kind", "max", "min"] }

    private var bits: Int { dtype.itemsize * 8 }
    private var minText: String { dtype.kind == .unsigned ? "0" : "-" + String(UInt64(1) << UInt64(bits - 1)) }
    private var maxText: String {
        dtype.kind == .unsigned ? String(UInt64.max >> UInt64(64 - bits)) : String((UInt64(1) << UInt64(bits - 1)) - 1)
    }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "bits": return .int(bits)
        case "dtype": return .dtype(dtype)
        case "kind": return .string(String(dtype.kind.rawValue))
        case "min", "max":
            guard let value = Int(name == "min" ? minText : maxText) else {
                throw .notImplemented("np.iinfo(uint64).max is beyond arrsh's 64-bit signed ints")
            }
            return .int(value)
        default: return nil
        }
    }

    func repr() -> String { "iinfo(min=\(minText), max=\(maxText), dtype=\(dtype.name))" }

    func str() -> String {
        let rule = String(repeating: "-", count: 63)
        return "Machine parameters for \(dtype.name)\n\(rule)\nmin = \(minText)\nmax = \(maxText)\n\(rule)\n"
    }
}
