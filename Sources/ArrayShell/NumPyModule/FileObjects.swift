import ArrayEngine

/// `np.load` of an `.npz` file: NumPy's `NpzFile`, indexed by member name.
final class NpzFile: PythonObject {
    let archive: NPZArchive
    let maxHeaderSize: Int

    init(_ archive: NPZArchive, maxHeaderSize: Int) {
        self.archive = archive
        self.maxHeaderSize = maxHeaderSize
    }

    var pythonType: PythonType { .npzFile }
    var typeName: String { "NpzFile" }

    /// NumPy lists at most five names.
    func repr() -> String {
        let names = archive.names.prefix(5).joined(separator: ", ") + (archive.names.count > 5 ? "..." : "")
        return "NpzFile \(Repr.quoted(archive.path)) with keys: \(names)"
    }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        name == "files" ? .list(ListObject(archive.names.map { .string($0) })) : nil
    }

    /// `data['a']` (or `data['a.npy']`): the member read afresh, as NumPy does.
    func item(_ key: Value) throws(PythonError) -> Value {
        let name = try Repr.str(key)
        if case .string = key, let array = try archive.array(named: name, maxHeaderSize: maxHeaderSize) {
            return .array(array)
        }
        throw PythonError("KeyError", Repr.quoted("\(name) is not a file in the archive"))
    }
}

/// The `base` of a mapped array: Python's `mmap.mmap` over the file. Its identity
/// is the mapped buffer, so `m.base is m.base`.
final class MmapObject: PythonObject {
    let buffer: Buffer

    init(_ buffer: Buffer) { self.buffer = buffer }

    var pythonType: PythonType { .mmap }
    var typeName: String { "mmap.mmap" }
    var identity: AnyObject { buffer }

    func repr() -> String {
        guard case .mappedFile(_, let mode) = buffer.origin else { return "<mmap.mmap closed=True>" }
        let access = MappedFile.Mode(rawValue: mode)?.accessName ?? "ACCESS_DEFAULT"
        return "<mmap.mmap closed=False, access=\(access), length=\(buffer.byteCount), pos=0, offset=0>"
    }
}
