import ArrayEngine

/// Questions about any value: `isscalar`, `ndim`, `shape`, `size`, `iterable`,
/// `isfortran`, `array_equiv`.
extension NumPyModule {
    static func introspectionFunctions() -> [Function] {
        [
            function(
                "isscalar(element)",
                doc: "Whether element is a scalar: a Python number, str or bytes, or a NumPy scalar (not a 0-d array)."
            ) {
                _, args throws(PythonError) in
                switch args.raw("element") ?? .none {
                case .bool, .int, .bigInt, .float, .complex, .string, .scalar: return .bool(true)
                case .object(let object):
                    return .bool(object is StringScalar || object is BytesObject || object is VoidScalar)
                default: return .bool(false)
                }
            },
            function("ndim(a)", doc: "The number of dimensions of a, as an array of it would have.") {
                _, args throws(PythonError) in
                .int(try args.array("a").ndim)
            },
            function("shape(a)", doc: "The shape of a, as an array of it would have.") { _, args throws(PythonError) in
                .tuple(try args.array("a").shape.map { .int($0) })
            },
            function("size(a, axis=None)", doc: "The number of elements of a, or its length along axis.") {
                _, args throws(PythonError) in
                let a = try args.array("a")
                guard let axis = try args.int("axis") else { return .int(a.size) }
                return .int(a.shape[try a.normalizeAxis(axis)])
            },
            function("iterable(y)", doc: "Whether iter(y) would succeed (a 0-d array is not iterable).") {
                interpreter, args throws(PythonError) in
                let y = args.raw("y") ?? .none
                switch y {
                case .array(let a): return .bool(a.ndim > 0)
                case .list, .tuple, .dict, .set, .string, .range, .iterator: return .bool(true)
                case .object, .instance:
                    do throws(PythonError) { _ = try interpreter.iterate(y) } catch {
                        return .bool(error.exception != "TypeError")
                    }
                    return .bool(true)
                default: return .bool(false)
                }
            },
            function("isfortran(a)", doc: "Whether a is Fortran-contiguous and not also C-contiguous.") {
                _, args throws(PythonError) in
                guard case .array(let a) = args.raw("a") ?? .none else {
                    throw .attribute("'\((args.raw("a") ?? .none).typeName)' object has no attribute 'flags'")
                }
                return .bool(a.isFContiguous && !a.isCContiguous)
            },
            function(
                "array_equiv(a1, a2)", doc: "Whether a1 and a2 are equal element by element once broadcast together."
            ) {
                interpreter, args throws(PythonError) in
                let np = NumPyCalls(interpreter: interpreter)
                guard let a1 = try? Convert.array(args.raw("a1") ?? .none),
                    let a2 = try? Convert.array(args.raw("a2") ?? .none)
                else { return .bool(false) }
                guard (try? Broadcasting.operandShape([a1.shape, a2.shape])) != nil else { return .bool(false) }
                return .bool(try Convert.truth(try np("all", try np("equal", .array(a1), .array(a2)))))
            },
        ]
    }
}
