import ArrayEngine

/// Files in NumPy's formats: `save`, `savez` and `load` (with `mmap_mode`).
/// The formats and the mapping live in the engine; these bind arguments.
extension NumPyModule {
    static func fileFunctions() -> [Function] {
        [
            function("save", ["file", "arr", "allow_pickle?", "fix_imports?"], doc: """
                save(file, arr) -> None
                Writes arr to file in NumPy's .npy format (adding '.npy' when the name lacks it).
                """) { interpreter, args throws(PythonError) in
                let path = withExtension(try pathArgument(args.raw("file")), ".npy")
                let array = try args.requiredArray("arr")
                let version = try NPYFile.write(array, to: path)
                if version.major != 1 {
                    interpreter.warn("UserWarning: Stored array in format \(version.major).\(version.minor). It can only be read by NumPy >= 1.9\n")
                }
                return .none
            },
            Function("savez", kind: .numpy, doc: """
                savez(file, *args, **kwds) -> None
                Writes several arrays to one uncompressed .npz archive: keyword arrays under
                their names, positional ones as arr_0, arr_1, ...
                """) { _, args throws(PythonError) in
                try savez(args)
            },
            function("load", ["file", "mmap_mode?", "allow_pickle?", "fix_imports?", "encoding?", "max_header_size?"], doc: """
                load(file, mmap_mode=None) -> ndarray or NpzFile
                Reads a .npy file into a new array, or maps it (mmap_mode 'r', 'r+' or 'c': the
                array's memory is the file); an .npz file gives an NpzFile indexed by name.
                """) { _, args throws(PythonError) in
                let path = try pathArgument(args.raw("file"))
                let maxHeaderSize = try args.int("max_header_size", default: NPYHeader.defaultMaxHeaderSize)
                let mode = try args["mmap_mode"].map { value throws(PythonError) in
                    guard case .string(let name) = value else {
                        throw PythonError.type("mmap_mode must be a str or None, not \(value.typeName)")
                    }
                    return try MappedFile.Mode(numpyName: name)
                }
                let loaded = try FileLoader.load(path: path, mmapMode: mode, maxHeaderSize: maxHeaderSize)
                switch loaded {
                case .array(let array): return .array(array)
                case .archive(let archive): return .object(NpzFile(archive, maxHeaderSize: maxHeaderSize))
                }
            },
        ]
    }

    /// `savez(file, *args, allow_pickle=True, **kwds)`: keyword arrays first, then
    /// `arr_0`, `arr_1`, ... in NumPy's order.
    private static func savez(_ args: Arguments) throws(PythonError) -> Value {
        var positional = args.positional[...]
        var file = positional.popFirst()
        var named: [(name: String, array: NDArray)] = []
        for (name, value) in args.keywords {
            switch name {
            case "file":
                if file != nil { throw .type("savez() got multiple values for argument 'file'") }
                file = value
            case "allow_pickle": continue
            default: named.append((name, try Convert.array(value)))
            }
        }
        guard let file else { throw .type("savez() missing 1 required positional argument: 'file'") }
        for (i, value) in positional.enumerated() {
            let name = "arr_\(i)"
            if named.contains(where: { $0.name == name }) {
                throw .value("Cannot use un-named variables and keyword \(name)")
            }
            named.append((name, try Convert.array(value)))
        }
        let path = withExtension(try pathArgument(file), ".npz")
        try NPZArchive.write(named, to: path)
        return .none
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
}
