import ArrayEngine
import Foundation

/// The parts of complex numbers: `np.real`, `np.imag`, `np.angle`, the `iscomplex` family, and `a.real`/`a.imag`.
extension NumPyModule {
    static func complexFunctions() -> [Function] {
        [
            function("real(val)", doc: "The real parts: a view of a complex array (the array itself when real).") {
                _, args throws(PythonError) in
                try part(args.raw("val") ?? .none, imaginary: false)
            },
            function(
                "imag(val)", doc: "The imaginary parts: a view of a complex array (new read-only zeros when real)."
            ) { _, args throws(PythonError) in
                try part(args.raw("val") ?? .none, imaginary: true)
            },
            function(
                "angle(z, deg=False)", doc: "The counterclockwise angle from the positive real axis: a new float array."
            ) { interpreter, args throws(PythonError) in
                let z = try Convert.array(args.raw("z") ?? .none)
                let input = z.dtype.isInexact ? z : try z.copy(as: .float64)
                var angle = try BinaryKernel.run(.arctan2, try input.imaginaryPart(), input.realPart())
                if try args.bool("deg") {
                    angle = try BinaryKernel.run(.multiply, angle, NDArray.scalar(Scalar(double: 180 / Double.pi)))
                }
                return try Interpreter.unwrap(angle, scalar: z.ndim == 0)
            },
            function(
                "real_if_close(a, tol=100)",
                doc: "The real parts when every imaginary part is below tol (in machine epsilons when tol > 1), else a."
            ) { _, args throws(PythonError) in
                let a = try Convert.array(args.raw("a") ?? .none)
                guard a.dtype.isComplex else { return .array(a) }
                var tolerance = try args.double("tol") ?? 100
                if tolerance > 1 { tolerance *= a.dtype.realComponent == .float32 ? 0x1p-23 : 0x1p-52 }
                let imaginary = try a.imaginaryPart().elements()
                return .array(imaginary.allSatisfy({ abs($0.doubleValue) < tolerance }) ? a.realPart() : a)
            },
            function("iscomplexobj(x)", doc: "True when x's dtype is complex (whatever its values).") {
                _, args throws(PythonError) in
                .bool(try isComplexType(args.raw("x") ?? .none))
            },
            function("isrealobj(x)", doc: "True when x's dtype is not complex.") { _, args throws(PythonError) in
                .bool(!(try isComplexType(args.raw("x") ?? .none)))
            },
            function("iscomplex(x)", doc: "Element-wise: is the imaginary part non-zero? A new boolean array.") {
                interpreter, args throws(PythonError) in
                try imaginaryTest(args.raw("x") ?? .none, .notEqual, interpreter)
            },
            function("isreal(x)", doc: "Element-wise: is the imaginary part zero? A new boolean array.") {
                interpreter, args throws(PythonError) in
                try imaginaryTest(args.raw("x") ?? .none, .equal, interpreter)
            },
        ]
    }

    private static func isComplexType(_ value: Value) throws(PythonError) -> Bool {
        if case .complex = value { return true }
        return try Convert.array(value).dtype.isComplex
    }

    /// `imag(x) != 0` / `imag(x) == 0`, as NumPy's `iscomplex`/`isreal` compute them.
    private static func imaginaryTest(_ value: Value, _ test: BinaryOperation, _ interpreter: Interpreter)
        throws(PythonError) -> Value
    {
        // isreal compares np.imag(x), a Python number for a Python number.
        if test == .equal, let parts = PythonComplex.parts(value) { return .bool(parts.imaginary == 0) }
        let x = try Convert.array(value)
        // The zeros an object array's imag is compare with Python's == and !=.
        if x.dtype.isObject, let result = try interpreter.objectUfunc(test, .array(try x.imaginaryPart()), .int(0)) {
            return result
        }
        let result = try BinaryKernel.run(test, try x.imaginaryPart(), NDArray.scalar(Scalar(int64: 0)))
        return try Interpreter.unwrap(result, scalar: x.ndim == 0)
    }

    /// `val.real` / `val.imag` of Python numbers, NumPy scalars and arrays, as NumPy's functions read them.
    static func part(_ value: Value, imaginary: Bool) throws(PythonError) -> Value {
        switch value {
        case .array(let a): return .array(imaginary ? try a.imaginaryPart() : a.realPart())
        case .scalar(let s): return .scalar(ScalarParts.part(s.scalar, imaginary: imaginary))
        default:
            guard let parts = PythonComplex.parts(value) else {
                return try part(.array(try Convert.array(value)), imaginary: imaginary)
            }
            if case .complex = value { return .float(imaginary ? parts.imaginary : parts.real) }
            if case .float = value { return imaginary ? .float(0) : value }
            return imaginary ? .int(0) : value
        }
    }
}

/// `.real` and `.imag` of NumPy scalars: float scalars of the part's type.
enum ScalarParts {
    static func part(_ s: Scalar, imaginary: Bool) -> Scalar {
        guard s.dtype.isComplex else { return imaginary ? Scalar(.int(0), as: s.dtype) : s }
        return Scalar(.float(imaginary ? s.imaginaryValue : s.doubleValue), as: s.dtype.realComponent)
    }
}
