import ArrayEngine
import Foundation

/// NumPy's index tricks, objects used with square brackets: `s_` and `index_exp`
/// (the index itself), `mgrid` and `ogrid` (grids from slices), `r_` and `c_`
/// (arrays joined from slices, scalars and arrays).
extension NumPyModule {
    static func indexTrickObjects() -> [String: Value] {
        [
            "s_": .object(IndexExpression(makesTuple: false)), "index_exp": .object(IndexExpression(makesTuple: true)),
            "mgrid": .object(GridMaker(sparse: false)), "ogrid": .object(GridMaker(sparse: true)),
            "r_": .object(AxisConcatenator(axis: 0, ndmin: 1, trans1d: -1)),
            "c_": .object(AxisConcatenator(axis: -1, ndmin: 2, trans1d: 0)),
        ]
    }
}

/// The start, stop and step of a slice in an index trick (start 0 and step 1 when left out).
private func sliceNumbers(_ start: Value, _ stop: Value, _ step: Value) throws(PythonError) -> (Scalar, Scalar, Scalar)
{
    (
        try Convert.scalar(start.isNone ? .int(0) : start), try Convert.scalar(stop),
        try Convert.scalar(step.isNone ? .int(1) : step)
    )
}

/// How many points an imaginary step asks for (`-1:1:5j` is five points from -1 to 1,
/// both included), as NumPy's `int(abs(step))`; nil for a real step.
private func pointCount(_ step: Value) throws(PythonError) -> Int? {
    let magnitude: Double
    switch step {
    case .complex(let re, let im): magnitude = hypot(re, im)
    case .scalar(let s) where s.dtype.isComplex: magnitude = hypot(s.doubleValue, s.imaginaryValue)
    default: return nil
    }
    if magnitude.isNaN { throw .value("cannot convert float NaN to integer") }
    guard let count = Int(exactly: magnitude.rounded(.towardZero)) else {
        throw .overflow("cannot convert float infinity to integer")
    }
    return count
}

/// An index trick's slice with an imaginary step: its start, and the spacing of its points.
private func spacedPoints(_ start: Value, _ stop: Value, count: Int) throws(PythonError) -> (Scalar, Scalar) {
    let (a, b, _) = try sliceNumbers(start, stop, .none)
    let spacing = count != 1 ? (b.doubleValue - a.doubleValue) / Double(count - 1) : 1
    return (a, Scalar(double: spacing))
}

/// The dtype `np.arange` picks for these numbers.
private func arangeType(_ values: [Scalar]) -> DType {
    values.reduce(DType.int64) { DType.promote($0, $1.dtype == .bool ? .int64 : $1.dtype) }
}

/// `np.s_` / `np.index_exp`: `s_[1:3, ::2]` is the index `(slice(1, 3, None), slice(None, None, 2))`.
final class IndexExpression: PythonObject {
    let makesTuple: Bool
    init(makesTuple: Bool) { self.makesTuple = makesTuple }

    var pythonType: PythonType { .indexExpression }
    var typeName: String { "IndexExpression" }
    func repr() -> String {
        "<numpy.lib._index_tricks_impl.IndexExpression object at 0x\(String(ObjectIds.address(of: self), radix: 16))>"
    }

    func item(_ key: Value) throws(PythonError) -> Value {
        if makesTuple, case .tuple = key { return key }
        return makesTuple ? .tuple([key]) : key
    }
}

/// `np.mgrid` (dense, one array) and `np.ogrid` (open, a tuple of arrays): grids of
/// the values each slice would give `np.arange`.
final class GridMaker: PythonObject {
    let sparse: Bool
    init(sparse: Bool) { self.sparse = sparse }

    var pythonType: PythonType { sparse ? .ogridClass : .mgridClass }
    var typeName: String { sparse ? "OGridClass" : "MGridClass" }
    func repr() -> String {
        "<numpy.lib._index_tricks_impl.\(typeName) object at 0x\(String(ObjectIds.address(of: self), radix: 16))>"
    }

    func item(_ key: Value) throws(PythonError) -> Value {
        guard case .tuple(let parts) = key else {
            guard case .slice(let start, let stop, let step) = key else {
                throw .type("'\(key.typeName)' object is not subscriptable")
            }
            if let count = try pointCount(step) {
                let (a, spacing) = try spacedPoints(start, stop, count: count)
                let positions = try NDArray.arange(
                    start: Scalar(int64: 0), stop: Scalar(int64: Int64(count)), step: Scalar(int64: 1), dtype: .float64)
                return .array(
                    try BinaryKernel.run(
                        .add, try BinaryKernel.run(.multiply, positions, NDArray.scalar(spacing)), NDArray.scalar(a)))
            }
            let (a, b, c) = try sliceNumbers(start, stop, step)
            return .array(try NDArray.arange(start: a, stop: b, step: c, dtype: arangeType([a, b, c])))
        }
        var sizes: [Int] = []
        var numbers: [(Scalar, Scalar, Scalar)] = []
        for part in parts {
            guard case .slice(let start, let stop, let step) = part else {
                throw .type("'\(part.typeName)' object is not subscriptable")
            }
            if let count = try pointCount(step) {
                let (a, spacing) = try spacedPoints(start, stop, count: count)
                sizes.append(count)
                numbers.append((a, a, spacing))
                continue
            }
            let (a, b, c) = try sliceNumbers(start, stop, step)
            guard c.doubleValue != 0 else { throw PythonError("ZeroDivisionError", "float division by zero") }
            let size = ((b.doubleValue - a.doubleValue) / c.doubleValue).rounded(.up)
            guard let count = Int(exactly: size) else { throw .value("cannot convert float NaN to integer") }
            sizes.append(max(count, 0))
            numbers.append((a, b, c))
        }
        let type = arangeType([Scalar(int64: 0)] + numbers.flatMap { [$0.0, $0.1, $0.2] })
        var grids: [NDArray] = []
        for (k, (start, _, step)) in numbers.enumerated() {
            var shape = [Int](repeating: 1, count: sizes.count)
            shape[k] = sizes[k]
            let positions = try NDArray.arange(
                start: Scalar(int64: 0), stop: Scalar(int64: Int64(sizes[k])), step: Scalar(int64: 1), dtype: type)
            let scaled = try BinaryKernel.run(
                .add, try BinaryKernel.run(.multiply, positions, NDArray.scalar(step), dtype: type),
                NDArray.scalar(start), dtype: type)
            grids.append(try scaled.reshape(shape))
        }
        if sparse { return .tuple(grids.map { .array($0) }) }
        return .array(try NDArray.stack(try grids.map { g throws(PythonError) in try g.broadcast(to: sizes) }, axis: 0))
    }
}

/// `np.r_` (along the first axis) and `np.c_` (1-D pieces as columns, along the last):
/// slices become ranges, scalars one-element arrays, and everything is joined.
final class AxisConcatenator: PythonObject {
    let axis: Int, ndmin: Int, trans1d: Int
    init(axis: Int, ndmin: Int, trans1d: Int) {
        self.axis = axis
        self.ndmin = ndmin
        self.trans1d = trans1d
    }

    var pythonType: PythonType { axis == 0 ? .rClass : .cClass }
    var typeName: String { axis == 0 ? "RClass" : "CClass" }
    func repr() -> String {
        "<numpy.lib._index_tricks_impl.\(typeName) object at 0x\(String(ObjectIds.address(of: self), radix: 16))>"
    }

    func item(_ key: Value) throws(PythonError) -> Value {
        let items: [Value] = if case .tuple(let parts) = key { parts } else { [key] }
        var pieces: [NDArray] = []
        var arrayTypes: [DType] = []
        var weak: [Value] = []
        var (axis, ndmin, trans1d) = (self.axis, self.ndmin, self.trans1d)
        for (k, item) in items.enumerated() {
            switch item {
            case .string(let directive):
                guard k == 0 else { throw .value("special directives must be the first entry.") }
                (axis, ndmin, trans1d) = try Self.parse(directive, (axis, ndmin, trans1d))
            case .slice(let start, let stop, let step):
                var range: NDArray
                if let count = try pointCount(step) {
                    let (a, b, _) = try sliceNumbers(start, stop, .none)
                    range = try NDArray.linspace(
                        start: a.doubleValue, stop: b.doubleValue, count: count, endpoint: true)
                } else {
                    let (a, b, c) = try sliceNumbers(start, stop, step)
                    range = try NDArray.arange(start: a, stop: b, step: c, dtype: arangeType([a, b, c]))
                }
                if ndmin > 1 { range = try range.reshape([1, range.size]).swapAxes(-1, trans1d) }
                pieces.append(range)
                arrayTypes.append(range.dtype)
            case .int, .float, .bool, .scalar:
                pieces.append(try Convert.array(item))
                if case .scalar(let s) = item { arrayTypes.append(s.dtype) } else { weak.append(item) }
            default:
                var array = try Convert.array(item)
                let rank = array.ndim
                if rank < ndmin { array = try array.reshape([Int](repeating: 1, count: ndmin - rank) + array.shape) }
                if trans1d != -1, rank < ndmin {
                    let k2 = ndmin - rank
                    let k1 = trans1d < 0 ? trans1d + k2 + 1 : trans1d
                    let axes = Array(0..<ndmin)
                    array = try array.transposed(Array(axes[..<k1]) + Array(axes[k2...]) + Array(axes[k1..<k2]))
                }
                pieces.append(array)
                arrayTypes.append(array.dtype)
            }
        }
        guard !pieces.isEmpty else { throw .value("need at least one array to concatenate") }
        var type = arrayTypes.first.map { first in arrayTypes.dropFirst().reduce(first) { DType.promote($0, $1) } }
        for value in weak {
            type = try Convert.operand(value, besides: type).dtype
        }
        let final = type ?? .int64
        let cast = try pieces.map { piece throws(PythonError) -> NDArray in
            var array = piece.dtype == final ? piece : try piece.copy(as: final)
            if array.ndim < ndmin {
                array = try array.reshape([Int](repeating: 1, count: ndmin - array.ndim) + array.shape)
            }
            return array
        }
        return .array(try NDArray.concatenate(cast, axis: axis < 0 ? cast[0].ndim + axis : axis))
    }

    /// A leading string: `'axis'`, `'axis,ndmin'` or `'axis,ndmin,trans1d'` (`r_['0,2,0', ...]`).
    private static func parse(_ directive: String, _ current: (Int, Int, Int)) throws(PythonError) -> (Int, Int, Int) {
        if directive == "r" || directive == "c" {
            throw .notImplemented("r_['\(directive)', ...] makes a matrix, which arrsh does not have")
        }
        let parts = directive.split(separator: ",", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        guard parts.count > 1 else {
            guard let axis = parts.first ?? nil else { throw .value("unknown special directive") }
            return (axis, current.1, current.2)
        }
        // NumPy reads trans1d only from exactly three parts.
        let trans1d = parts.count == 3 ? parts[2] : current.2
        guard let axis = parts[0], let ndmin = parts[1], let trans1d else {
            throw .value("unknown special directive \(Repr.quoted(directive))")
        }
        return (axis, ndmin, trans1d)
    }
}
