import ArrayEngine
import Foundation

/// Products of arrays (`dot`, `matmul`, `inner`, `outer`, `vdot`, `einsum`) and
/// `numpy.linalg`: each a new array.
extension NumPyModule {
    static func productFunctions() -> [Function] {
        [
            function(
                "dot(a, b, out=None)", style: .numpyC,
                doc: """
                    The dot product: inner product of 1-D arrays, matrix product of 2-D ones, a sum over a's last and b's second-to-last axis in general.
                    """
            ) { interpreter, args throws(PythonError) in
                let a = try args.array("a")
                let b = try args.array("b")
                if a.dtype.isObject || b.dtype.isObject, a.ndim > 0, b.ndim > 0, a.ndim <= 2, b.ndim <= 2,
                    try args.out() == nil
                {
                    // For matrices and vectors, np.dot is the matrix product.
                    return try interpreter.objectMatmul(.array(a), .array(b))
                }
                let product = try LinearAlgebra.dot(a, b)
                guard let out = try args.out() else { return try result(product) }
                guard out.dtype == product.dtype, out.shape == product.shape, out.isCContiguous else {
                    throw .value(
                        "output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)"
                    )
                }
                try out.assign(product)
                return out.ndim == 0 ? try result(out) : .array(out)
            },
            Function(
                Signature(
                    "matmul(x1, x2, /, out=None, *, axes=<no value>, axis=<no value>, keepdims=False, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
                    notYet: ["axes", "axis", "keepdims", "order", "subok", "signature"], style: .ufunc), kind: .ufunc,
                doc: """
                    The matrix product of stacks of matrices (the `@` operator): a new array, or written into out.
                    """
            ) { interpreter, args throws(PythonError) in
                let a = try args.array("x1")
                let b = try args.array("x2")
                let dtype = try args.dtype("dtype")
                if a.dtype.isObject || b.dtype.isObject, dtype == nil, try args.out() == nil {
                    return try interpreter.objectMatmul(.array(a), .array(b))
                }
                let casting = try args.casting()
                let type = dtype ?? DType.promote(a.dtype, b.dtype)
                for (position, input) in [a.dtype, b.dtype].enumerated() where !casting.allows(input, type) {
                    throw PythonError(
                        "UFuncTypeError",
                        "Cannot cast ufunc 'matmul' input \(position) from dtype('\(input.name)') to dtype('\(type.name)') with casting rule '\(casting.rawValue)'"
                    )
                }
                let product = try LinearAlgebra.matmul(a, b, dtype: dtype)
                guard let out = try args.out() else {
                    return try Interpreter.unwrap(product, scalar: a.ndim == 1 && b.ndim == 1)
                }
                guard casting.allows(product.dtype, out.dtype) else {
                    throw PythonError(
                        "UFuncTypeError",
                        "Cannot cast ufunc 'matmul' output from dtype('\(product.dtype.name)') to dtype('\(out.dtype.name)') with casting rule '\(casting.rawValue)'"
                    )
                }
                guard out.shape == product.shape else {
                    throw .value(
                        "matmul: Output operand 0 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(out.shape.first ?? 0) is different from \(product.shape.first ?? 0))"
                    )
                }
                interpreter.noteWrite(out)
                try out.assign(product)
                return .array(out)
            },
            function("vdot(a, b, /)", style: .numpyC, doc: "The dot product of the flattened arrays (a scalar).") {
                _, args throws(PythonError) in
                var a = try args.array("a").ravel()
                let b = try args.array("b")
                // vdot conjugates its first argument.
                if a.dtype.isComplex { a = try UnaryKernel.run(.conjugate, a) }
                return try result(try LinearAlgebra.dot(a, try b.reshape([a.size])))
            },
            function(
                "inner(a, b, /)", style: .numpyC,
                doc: "Sums over the last axis of both arrays: a new array (a scalar for 1-D arrays)."
            ) { _, args throws(PythonError) in
                try result(try LinearAlgebra.inner(try args.array("a"), try args.array("b")))
            },
            function("outer(a, b, out=None)", doc: "Every element of a times every element of b: a new 2-D array.") {
                interpreter, args throws(PythonError) in
                let (a, b) = (try args.array("a"), try args.array("b"))
                // Objects multiply by Python's *, each element of a with each of b.
                let product =
                    a.dtype.isObject || b.dtype.isObject
                    ? try Convert.array(
                        try interpreter.objectBinary(
                            .multiply, .array(try a.reshape([a.size, 1])), .array(try b.reshape([1, b.size]))))
                    : try LinearAlgebra.outer(a, b)
                guard let out = try args.out() else { return .array(product) }
                try out.assign(product)
                return .array(out)
            },
            function(
                "einsum(*operands, out=None, optimize=False, **kwargs)",
                doc: """
                    Einstein summation: products of the operands summed over the labels the output omits ('ij,jk->ik' is a matrix product).
                    """
            ) { _, args throws(PythonError) in
                try einsum(args)
            },
        ]
    }

    private static func einsum(_ args: BoundArguments) throws(PythonError) -> Value {
        var values = args.variadic("operands")
        let subscripts: String
        if case .string(let text)? = values.first {
            subscripts = text
            values.removeFirst()
        } else {
            if values.isEmpty { throw .type("einsum() missing 1 required positional argument: 'subscripts'") }
            (subscripts, values) = try interleavedSubscripts(values)
        }
        // The contraction order changes nothing but speed (and float rounding), so every path is honoured.
        _ = args.raw("optimize")
        var dtype: DType?
        var order = ArrayOrder.keep
        for (name, value) in args.keywords("kwargs") {
            switch name {
            case "dtype": dtype = try Convert.dtype(value)
            case "order":
                guard case .string(let code) = value, let chosen = ArrayOrder(code: code),
                    chosen == .c || chosen == .fortran
                else {
                    throw .notImplemented("einsum() does not support order=\(Repr.tryRepr(value)) yet")
                }
                order = chosen
            default: throw .notImplemented("einsum() does not support \(name)= yet")
            }
        }
        let operands = try values.map { v throws(PythonError) in try Convert.array(v) }
        if operands.count == 1, dtype == nil, order == .keep, args["out"] == nil,
            let view = Einsum.view(subscripts, operands[0])
        {
            return .array(view)
        }
        var summed = try Einsum.run(subscripts, operands, dtype: dtype)
        if order != .keep { summed = try summed.copy(order: order) }
        guard let out = try args.out() else { return try result(summed) }
        try out.assign(summed)
        return .array(out)
    }

    /// `einsum(a, [0, 1], b, [1, 2], [0, 2])`: each list of axis numbers as letters
    /// (0-25 are A-Z, 26-51 a-z, as NumPy maps them), `...` as itself.
    private static func interleavedSubscripts(_ values: [Value]) throws(PythonError) -> (String, [Value]) {
        func letters(_ list: Value) throws(PythonError) -> String {
            let items: [Value] =
                switch list {
                case .list(let l): l.items
                case .tuple(let t): t
                default: throw .type("einsum(): subscripts must be a list of integers or Ellipsis")
                }
            return try items.map { item throws(PythonError) -> String in
                if case .ellipsis = item { return "..." }
                let n = try Convert.index(item)
                guard (0..<52).contains(n) else { throw .value("subscript is not within the valid range [0, 52)") }
                return String(UnicodeScalar(UInt8(n < 26 ? 65 + n : 71 + n)))
            }.joined()
        }
        var operands: [Value] = []
        var inputs: [String] = []
        var index = 0
        while index + 1 < values.count {
            operands.append(values[index])
            inputs.append(try letters(values[index + 1]))
            index += 2
        }
        let output = index < values.count ? "->" + (try letters(values[index])) : ""
        return (inputs.joined(separator: ",") + output, operands)
    }

    /// `numpy.linalg`.
    static func linalgModule() -> Module {
        let functions = [
            function(
                "norm(x, ord=None, axis=None, keepdims=False)",
                doc: """
                    A vector or matrix norm (2-norm / Frobenius by default): a float, or a new array along axis.
                    """
            ) { interpreter, args throws(PythonError) in
                try norm(interpreter, args)
            }
        ]
        return Module(
            name: "numpy.linalg",
            attributes: Dictionary(uniqueKeysWithValues: functions.map { ($0.name, .function($0)) }))
    }

    /// NumPy's `linalg.norm`: the common cases first (the 2-norm of everything), then
    /// vector norms along one axis and matrix norms along two.
    private static func norm(_ interpreter: Interpreter, _ args: BoundArguments) throws(PythonError) -> Value {
        var x = try args.array("x")
        if !x.dtype.isInexact { x = try x.copy(as: .float64) }
        let keepdims = try args.bool("keepdims")
        let ord = args["ord"]
        let order: Double? = try ord.flatMap { value throws(PythonError) -> Double? in
            if case .string = value { return nil }
            return try Convert.double(value)
        }
        let text: String? = if case .string(let s)? = ord { s } else { nil }
        func abs(_ a: NDArray) throws(PythonError) -> NDArray { try UnaryKernel.run(.absolute, a) }
        func sqrt(_ a: NDArray) throws(PythonError) -> NDArray { try UnaryKernel.run(.sqrt, a) }
        func sum(_ a: NDArray, _ axes: [Int], keep: Bool = keepdims) throws(PythonError) -> NDArray {
            try Reduction.run(.sum, a, axes: axes, keepdims: keep)
        }
        if args["axis"] == nil, ord == nil || (text == "f" || text == "fro") && x.ndim == 2 || order == 2 && x.ndim == 1
        {
            let flat = try x.ravel(order: .keep)
            // A complex vector's squared norm: the parts' dot products, added.
            let squared =
                flat.dtype.isComplex
                ? try BinaryKernel.run(
                    .add, try LinearAlgebra.dot(flat.realPart(), flat.realPart()),
                    try LinearAlgebra.dot(flat.imaginaryPart(), flat.imaginaryPart()))
                : try LinearAlgebra.dot(flat, flat)
            var total = try sqrt(squared)
            if keepdims { total = try total.reshape([Int](repeating: 1, count: x.ndim)) }
            return try result(total)
        }
        if x.dtype.isComplex { throw .notImplemented("norm() of complex arrays supports only the default 2-norm yet") }
        let axes: [Int]
        switch args["axis"] {
        case nil: axes = Array(0..<x.ndim)
        case .tuple(let items)?: axes = try items.map { v throws(PythonError) in try Convert.index(v) }
        case let value?:
            do { axes = [try Convert.index(value)] } catch {
                throw .type("'axis' must be None, an integer or a tuple of integers")
            }
        }
        if axes.count == 1 {
            let axis = try x.normalizeAxis(axes[0])
            let reduced: NDArray
            if let text { throw .value("Invalid norm order '\(text)' for vectors") }
            switch order ?? 2 {
            case .infinity:
                reduced = try Reduction.run(
                    .max, try abs(x), axes: [axis], keepdims: keepdims, initial: Scalar(double: 0))
            case -.infinity: reduced = try Reduction.run(.min, try abs(x), axes: [axis], keepdims: keepdims)
            case 0:
                reduced = try sum(
                    try BinaryKernel.run(.notEqual, x, NDArray.scalar(Scalar(double: 0))).copy(as: x.dtype), [axis])
            case 1: reduced = try sum(try abs(x), [axis])
            case 2: reduced = try sqrt(try sum(try BinaryKernel.run(.multiply, x, x), [axis]))
            case let p:
                // NumPy's `absx **= ord` warns as its power loop does (the reciprocal one for -1).
                let absolute = try abs(x)
                let powered = try interpreter.withWarnings(p == -1 ? "reciprocal" : "power") {
                    () throws(PythonError) in
                    try BinaryKernel.run(.power, absolute, NDArray.scalar(Scalar(.float(p), as: x.dtype)))
                }
                let total = try sum(powered, [axis])
                reduced = try BinaryKernel.run(
                    .power, total, NDArray.scalar(Scalar(.float(1 / p), as: total.dtype)), out: total)
            }
            return try result(reduced)
        }
        guard axes.count == 2 else { throw .value("Improper number of dimensions to norm.") }
        var row = try x.normalizeAxis(axes[0])
        var column = try x.normalizeAxis(axes[1])
        guard row != column else { throw .value("Duplicate axes given.") }
        var reduced: NDArray
        if order == 1 || order == -1 {
            if column > row { column -= 1 }
            reduced = try Reduction.run(
                order == 1 ? .max : .min, try sum(try abs(x), [row], keep: false), axes: [column])
        } else if order == .infinity || order == -.infinity {
            if row > column { row -= 1 }
            reduced = try Reduction.run(
                order == .infinity ? .max : .min, try sum(try abs(x), [column], keep: false), axes: [row])
        } else if order == nil, text == nil || text == "fro" || text == "f" {
            reduced = try sqrt(try sum(try BinaryKernel.run(.multiply, x, x), [row, column], keep: false))
        } else if order == 2 || order == -2 || text == "nuc" {
            throw .notImplemented(
                "linalg.norm() does not support ord=\(Repr.tryRepr(ord ?? .none)) (a singular value decomposition) yet")
        } else {
            throw .value("Invalid norm order for matrices.")
        }
        if keepdims {
            var shape = x.shape
            shape[try x.normalizeAxis(axes[1])] = 1
            shape[try x.normalizeAxis(axes[0])] = 1
            reduced = try reduced.reshape(shape)
        }
        return try result(reduced)
    }
}
