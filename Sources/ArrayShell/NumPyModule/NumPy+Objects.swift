import ArrayEngine

/// Functions whose results are object arrays: `np.frompyfunc`.
extension NumPyModule {
    static func objectFunctions() -> [Function] {
        [
            function(
                "frompyfunc(func, /, nin, nout, *, identity=None)", notYet: ["identity"],
                doc: "A ufunc that calls func on each set of elements of its broadcast inputs: object arrays."
            ) { _, args throws(PythonError) in
                let callee = args.raw("func") ?? .none
                let nin = try args.int("nin") ?? 1
                let nout = try args.int("nout") ?? 1
                guard nin > 0, nout > 0 else { throw .notImplemented("frompyfunc with nin or nout 0 is not supported") }
                let name = "\(functionName(callee)) (vectorized)"
                return .function(
                    Function(Signature("vectorized(*args)", style: .ufunc), kind: .ufunc, name: name) {
                        interpreter, bound throws(PythonError) in
                        let inputs = bound.variadic("args")
                        guard inputs.count == nin else {
                            if inputs.count > nin, inputs.count <= nin + nout {
                                throw .notImplemented("out arrays of a frompyfunc ufunc are not supported")
                            }
                            throw .type(
                                "\(name)() takes from \(nin) to \(nin + nout) positional arguments but \(inputs.count) were given"
                            )
                        }
                        return try interpreter.objectApply(inputs, outputs: nout) { values throws(PythonError) in
                            try interpreter.call(callee, Arguments(values))
                        }
                    })
            }
        ]
    }

    /// A callable's `__name__`, as NumPy names the ufunc it makes (`<lambda>`, `f`).
    private static func functionName(_ value: Value) -> String {
        switch value {
        case .function(let f): f.name
        case .classObject(let c): c.name
        default: value.typeName
        }
    }
}
