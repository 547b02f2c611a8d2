import ArrayEngine

/// `fromiter` (an array of a given type from any iterable) and `sort_complex`.
extension NumPyModule {
    static func fromIterableFunctions() -> [Function] {
        [
            function(
                "fromiter(iter, dtype, count=-1, *, like=None)", notYet: ["like"],
                doc: "A 1-D array of dtype from the iterable's items (the first count of them)."
            ) {
                interpreter, args throws(PythonError) in
                let dtype = try Convert.dtype(args.raw("dtype") ?? .none)
                if dtype.record != nil || dtype.isString && dtype.length == 0 {
                    throw .notImplemented("fromiter with dtype \(dtype.name) is not supported yet")
                }
                let count = try args.int("count") ?? -1
                var items = try interpreter.iterate(args.raw("iter") ?? .none)
                if count >= 0 {
                    guard items.count >= count else {
                        throw .value(
                            "iterator too short: Expected \(count) but iterator had only \(items.count) items.")
                    }
                    items = Array(items.prefix(count))
                }
                return try NumPyCalls(interpreter: interpreter)("array", .list(ListObject(items)), .dtype(dtype))
            },
            function("sort_complex(a)", doc: "The values sorted by real part, then imaginary part, as complex numbers.")
            {
                interpreter, args throws(PythonError) in
                let sorted = try NumPyCalls(interpreter: interpreter).array("sort", args.raw("a") ?? .none)
                if sorted.dtype.isComplex { return .array(sorted) }
                let small: Set<DType> = [.int8, .int16, .uint8, .uint16]
                return .array(try sorted.copy(as: small.contains(sorted.dtype) ? .complex64 : .complex128))
            },
        ]
    }
}
