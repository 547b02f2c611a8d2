#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PythonError {
    /// A failed system call on a file, as Python raises it:
    /// `FileNotFoundError: [Errno 2] No such file or directory: 'x.npy'`.
    public static func system(_ code: Int32, path: String) -> PythonError {
        let text = String(cString: strerror(code))
        return PythonError(exceptionName(errno: code), "[Errno \(code)] \(text): \(PythonText.repr(path))")
    }

    /// The `OSError` subclass Python picks for an errno (PEP 3151).
    static func exceptionName(errno code: Int32) -> String {
        switch code {
        case ENOENT: "FileNotFoundError"
        case EEXIST: "FileExistsError"
        case EISDIR: "IsADirectoryError"
        case ENOTDIR: "NotADirectoryError"
        case EACCES, EPERM: "PermissionError"
        case EINTR: "InterruptedError"
        case EAGAIN: "BlockingIOError"
        case ETIMEDOUT: "TimeoutError"
        default: "OSError"
        }
    }
}
