/// A whole file's bytes, for a script (`%run`); failures are Python's
/// `OSError` subclass for the system's own errno, naming the file.
public enum FileBytes {
    /// Reads all of `path`; a directory is `IsADirectoryError`, as Python's `open()` says.
    public static func read(_ path: String) throws(PythonError) -> [UInt8] {
        let file = try PosixFile(path: path, access: .read)
        var bytes = [UInt8](repeating: 0, count: file.byteCount)
        let count = try bytes.withUnsafeMutableBytes { raw in
            Result { () throws(PythonError) in
                guard let base = raw.baseAddress else { return 0 }
                return try file.read(into: base, count: raw.count, at: 0)
            }
        }.get()
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
