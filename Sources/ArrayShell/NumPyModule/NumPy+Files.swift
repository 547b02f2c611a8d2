import ArrayEngine

/// `.npy` files: `save` and `load` (not yet supported).
extension NumPyModule {
    static func fileFunctions() -> [Function] {
        ["save", "load"].map { name in
            function(name, ["file", "arr?", "mmap_mode?", "allow_pickle?"], doc: "\(name)(file, ...)\nNumPy .npy files (not supported yet).") { _, _ throws(PythonError) in
                throw .notImplemented("np.\(name) is not supported yet")
            }
        }
    }
}
