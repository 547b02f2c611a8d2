import ArrayEngine

/// Files in NumPy's formats: `save`, `savez` and `load` (with `mmap_mode`).
/// The formats and the mapping live in the engine; these bind arguments.
extension NumPyModule {
    static func fileFunctions() -> [Function] {
        [
            function(
                "save(file, arr, allow_pickle=True)",
                doc: """
                    Writes arr to file in NumPy's .npy format (adding '.npy' when the name lacks it).
                    """
            ) { interpreter, args throws(PythonError) in
                let path = withExtension(try pathArgument(args.raw("file")), ".npy")
                let array = try args.array("arr")
                // Only object arrays are pickled, which arrsh cannot do.
                if try args.bool("allow_pickle"), array.dtype.isObject { throw NumPyModule.noPickles }
                try refusePickling([array], allowed: try args.bool("allow_pickle"), interpreter)
                let version = try NPYFile.write(array, to: path)
                if version.major != 1 {
                    interpreter.warn(
                        "UserWarning: Stored array in format \(version.major).\(version.minor). It can only be read by NumPy >= 1.9\n"
                    )
                }
                return .none
            },
            function(
                "savez(file, *args, allow_pickle=True, **kwds)",
                doc: """
                    Writes several arrays to one uncompressed .npz archive: keyword arrays under
                    their names, positional ones as arr_0, arr_1, ...
                    """
            ) { interpreter, args throws(PythonError) in
                let allowPickle = try args.bool("allow_pickle")
                var named = try args.keywords("kwds").map { item throws(PythonError) in
                    (name: item.name, array: try Convert.array(item.value))
                }
                for (i, value) in args.variadic("args").enumerated() {
                    let name = "arr_\(i)"
                    if named.contains(where: { $0.name == name }) {
                        throw .value("Cannot use un-named variables and keyword \(name)")
                    }
                    named.append((name, try Convert.array(value)))
                }
                if allowPickle, named.contains(where: { $0.array.dtype.isObject }) { throw NumPyModule.noPickles }
                try refusePickling(named.map(\.array), allowed: allowPickle, interpreter)
                try NPZArchive.write(named, to: withExtension(try pathArgument(args.raw("file")), ".npz"))
                return .none
            },
            function(
                "load(file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding='ASCII', *, max_header_size=10000)",
                doc: """
                    Reads a .npy file into a new array, or maps it (mmap_mode 'r', 'r+' or 'c': the
                    array's memory is the file); an .npz file gives an NpzFile indexed by name.
                    """
            ) { _, args throws(PythonError) in
                let path = try pathArgument(args.raw("file"))
                // Pickles are never read, and only they use these three.
                let allowPickle = try args.bool("allow_pickle")
                _ = (try args.bool("fix_imports"), args.raw("encoding"))
                let maxHeaderSize = try args.int("max_header_size") ?? NPYHeader.defaultMaxHeaderSize
                let mode = try args["mmap_mode"].map { value throws(PythonError) in
                    guard case .string(let name) = value else {
                        throw PythonError.type("mmap_mode must be a str or None, not \(value.typeName)")
                    }
                    return try MappedFile.Mode(numpyName: name)
                }
                let loaded: FileLoader.Loaded
                do throws(PythonError) {
                    loaded = try FileLoader.load(path: path, mmapMode: mode, maxHeaderSize: maxHeaderSize)
                } catch {
                    if allowPickle, error.message.hasPrefix("Object arrays cannot be loaded") {
                        throw NumPyModule.noPickles
                    }
                    throw error
                }
                switch loaded {
                case .array(let array): return .array(array)
                case .archive(let archive): return .object(NpzFile(archive, maxHeaderSize: maxHeaderSize))
                }
            },
        ]
    }

    /// A file name: only `str` paths (arrsh has no file objects).
    private static func pathArgument(_ value: Value?) throws(PythonError) -> String {
        guard case .string(let path)? = value else {
            throw .type("expected str, bytes or os.PathLike object, not \(value?.typeName ?? "NoneType")")
        }
        return path
    }

    private static func withExtension(_ path: String, _ suffix: String) -> String {
        path.hasSuffix(suffix) ? path : path + suffix
    }

    /// Object arrays go to and from files as pickles, which arrsh neither writes nor reads.
    static let noPickles = PythonError.notImplemented(
        "arrsh cannot write or read pickles, which NumPy stores object arrays as")

    /// NumPy pickles StringDType arrays into `.npy` files, with a warning; arrsh cannot pickle.
    private static func refusePickling(_ arrays: [NDArray], allowed: Bool, _ interpreter: Interpreter)
        throws(PythonError)
    {
        guard arrays.contains(where: \.dtype.isVariableString) else { return }
        interpreter.warn(
            "UserWarning: Custom dtypes are saved as python objects using the pickle protocol. Loading this file requires allow_pickle=True to be set.\n"
        )
        guard allowed else { throw .value("Object arrays cannot be saved when allow_pickle=False") }
        throw .notImplemented("saving StringDType arrays (pickled by NumPy) is not supported yet")
    }

}
