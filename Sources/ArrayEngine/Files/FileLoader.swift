/// `np.load`: tells a `.npy` file from an `.npz` archive by its first bytes.
public enum FileLoader {
    public enum Loaded {
        case array(NDArray)
        case archive(NPZArchive)
    }

    static let zipPrefixes: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06]]

    /// Loads `path`: an array (mapped when `mmapMode` is given), or an archive,
    /// for which `mmapMode` is ignored as NumPy ignores it. Anything else would be
    /// a pickle, which arrsh never reads.
    public static func load(
        path: String, mmapMode: MappedFile.Mode? = nil,
        maxHeaderSize: Int = NPYHeader.defaultMaxHeaderSize
    ) throws(PythonError) -> Loaded {
        let file = try PosixFile(path: path, access: .read)
        let prefix = try file.bytes(at: 0, count: NPYHeader.magic.count)
        if prefix.isEmpty { throw PythonError("EOFError", "No data left in file") }
        if zipPrefixes.contains(where: prefix.starts(with:)) { return .archive(try NPZArchive(path: path)) }
        guard prefix == NPYHeader.magic else {
            throw .value(
                "This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`."
            )
        }
        if let mmapMode { return .array(try MappedFile.open(path: path, mode: mmapMode, maxHeaderSize: maxHeaderSize)) }
        return .array(try NPYFile.read(from: file, maxHeaderSize: maxHeaderSize))
    }
}
