import ArrayEngine

/// `numpy.lib` and the submodules of it that arrsh models.
extension NumPyModule {
    /// A submodule that is not an attribute of its parent until imported (`numpy.lib.recfunctions`).
    static func importedSubmodule(named name: String) -> Module? {
        name == "numpy.lib.recfunctions" ? recFunctionsModule() : nil
    }

    static func libModule() -> Module {
        let arrayUtils = [
            function(
                "byte_bounds(a)",
                doc: """
                    The addresses of a's first byte and one past its last: (low, high), as its __array_interface__ gives them.
                    """
            ) { _, args throws(PythonError) in
                let a = try args.array("a")
                var low = a.address
                var high = a.address
                if a.isCContiguous {
                    high += a.size * a.itemsize
                } else {
                    for (extent, stride) in zip(a.shape, a.strides) {
                        if stride < 0 { low += (extent - 1) * stride } else { high += (extent - 1) * stride }
                    }
                    high += a.itemsize
                }
                return .tuple([.int(low), .int(high)])
            }
        ]
        let modules = [
            strideTricksModule(),
            Module(
                name: "numpy.lib.array_utils",
                attributes: Dictionary(uniqueKeysWithValues: arrayUtils.map { ($0.name, .function($0)) })),
        ]
        return Module(
            name: "numpy.lib",
            attributes: Dictionary(
                uniqueKeysWithValues: modules.map {
                    (String($0.name.dropFirst("numpy.lib.".count)), Value.module($0))
                }))
    }
}
