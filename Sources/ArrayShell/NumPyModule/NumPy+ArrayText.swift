import ArrayEngine

/// `array_repr`, `array_str` and `array2string` with the print options in force
/// (the per-call overrides are not supported yet).
extension NumPyModule {
    static func arrayTextFunctions() -> [Function] {
        [
            function(
                "array_repr(arr, max_line_width=None, precision=None, suppress_small=None)",
                notYet: ["max_line_width", "precision", "suppress_small"],
                doc: "The text repr() shows for the array."
            ) { _, args throws(PythonError) in
                .string(try Repr.repr(.array(try textArray(args, "arr", "array_repr"))))
            },
            function(
                "array_str(a, max_line_width=None, precision=None, suppress_small=None)",
                notYet: ["max_line_width", "precision", "suppress_small"],
                doc: "The text str() and print show for the array."
            ) { _, args throws(PythonError) in
                .string(try Repr.str(.array(try textArray(args, "a", "array_str"))))
            },
            function(
                "array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=' ', prefix='', *, formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix='', legacy=None)",
                notYet: [
                    "max_line_width", "precision", "suppress_small", "separator", "prefix", "formatter", "threshold",
                    "edgeitems", "sign", "floatmode", "suffix", "legacy",
                ],
                doc: "The elements as print shows them."
            ) { _, args throws(PythonError) in
                let a = try textArray(args, "a", "array2string")
                if a.size == 0 { return .string("[]") }
                // A 0-d array's element is written as in an array ('3.'), not as str() writes it.
                if a.ndim == 0 { throw .notImplemented("array2string of a 0-d array is not supported yet") }
                return .string(try Repr.str(.array(a)))
            },
        ]
    }

    private static func textArray(_ args: BoundArguments, _ name: String, _ function: String) throws(PythonError)
        -> NDArray
    {
        guard case .array(let a) = args.raw(name) ?? .none else {
            let value = args.raw(name) ?? .none
            throw .attribute(
                "'\(value.typeName)' object has no attribute '\(function == "array_str" ? "shape" : "size")'")
        }
        return a
    }
}
