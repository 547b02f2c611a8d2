import ArrayEngine

/// Joining functions: the result always owns new memory.
extension NumPyModule {
    static func joiningFunctions() -> [Function] {
        [
            joining("concatenate", doc: "Joins arrays along an existing axis.", defaultAxis: 0) { arrays, axis throws(PythonError) in
                try NDArray.concatenate(arrays, axis: axis)
            },
            joining("stack", doc: "Joins arrays along a new axis.", defaultAxis: 0) { arrays, axis throws(PythonError) in
                try NDArray.stack(arrays, axis: axis)
            },
            joining("vstack", doc: "Stacks arrays as rows (1-D arrays become rows).", defaultAxis: nil) { arrays, _ throws(PythonError) in
                let rows = try arrays.map { a throws(PythonError) in a.ndim < 2 ? try a.reshape([1, a.size]) : a }
                return try NDArray.concatenate(rows, axis: 0)
            },
            joining("hstack", doc: "Stacks arrays side by side (along axis 1, or 0 for 1-D arrays).", defaultAxis: nil) { arrays, _ throws(PythonError) in
                let parts = try arrays.map { a throws(PythonError) in a.ndim == 0 ? try a.reshape([1]) : a }
                return try NDArray.concatenate(parts, axis: parts.first?.ndim == 1 ? 0 : 1)
            },
        ]
    }

    private static func joining(_ name: String, doc: String, defaultAxis: Int?,
                                _ body: @escaping ([NDArray], Int) throws(PythonError) -> NDArray) -> Function {
        let parameters = defaultAxis == nil ? ["tup"] : ["arrays", "axis?"]
        return function(name, parameters, doc: "\(name)(\(parameters[0])\(defaultAxis == nil ? "" : ", axis=0")) -> ndarray\n\(doc) Always a copy: the result owns new memory.") { interpreter, args throws(PythonError) in
            let sequence = args.raw(parameters[0]) ?? .none
            let arrays = try interpreter.iterate(sequence).map { v throws(PythonError) in try Convert.array(v) }
            let axis = try args.int("axis", default: defaultAxis ?? 0)
            return .array(try body(arrays, axis))
        }
    }
}
