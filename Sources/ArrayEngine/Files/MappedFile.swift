#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `np.load(path, mmap_mode=...)`: an array whose buffer is the file itself.
///
/// The file is mapped from its first byte to the end of the data (NumPy's length),
/// and the array starts at the header's length into the mapping. The mapping lives
/// as long as any view of it; releasing the buffer unmaps it.
public enum MappedFile {
    public enum Mode: String, Sendable {
        /// Read-only: writing raises, and the array cannot be made writeable.
        case readOnly = "r"
        /// Shared: writes reach the file.
        case readWrite = "r+"
        /// Private copy-on-write: writes stay in memory.
        case copyOnWrite = "c"

        /// NumPy's mode names and their long equivalents. `w+`, which would empty the
        /// file before reading it, is refused rather than followed.
        public init(numpyName name: String) throws(PythonError) {
            switch name {
            case "r", "readonly": self = .readOnly
            case "r+", "readwrite": self = .readWrite
            case "c", "copyonwrite": self = .copyOnWrite
            case "w+", "write":
                throw .value(
                    "mmap_mode \(PythonText.repr(name)) would empty the file before loading it; use 'r', 'r+' or 'c'")
            default:
                throw .value(
                    "mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write'] (got \(PythonText.repr(name)))"
                )
            }
        }

        /// Python's `mmap` access constant for this mode (`ACCESS_READ`, ...).
        public var accessName: String {
            switch self {
            case .readOnly: "ACCESS_READ"
            case .readWrite: "ACCESS_WRITE"
            case .copyOnWrite: "ACCESS_COPY"
            }
        }
    }

    /// Maps the `.npy` file at `path`, in the file's byte order. Refused, with a
    /// clear error, when the data is not aligned for its type.
    public static func open(path: String, mode: Mode, maxHeaderSize: Int = NPYHeader.defaultMaxHeaderSize)
        throws(PythonError) -> NDArray
    {
        let file = try PosixFile(path: path, access: mode == .readWrite ? .readWrite : .read)
        let (header, dataOffset) = try NPYHeader.read(from: file, maxHeaderSize: maxHeaderSize)
        let dtype = header.dtype
        // Records are read field by field, unaligned where they fall: only plain elements need alignment.
        guard dtype.record != nil || dataOffset % dtype.itemsize == 0 else {
            throw .value(
                "arrsh cannot memory-map this file: its data starts at byte \(dataOffset), not aligned for \(dtype.name); load it without mmap_mode"
            )
        }
        let (_, byteCount) = try header.dataSize()
        let (length, overflow) = dataOffset.addingReportingOverflow(byteCount)
        guard !overflow, length <= file.byteCount else { throw .value("mmap length is greater than file size") }
        let protection = mode == .readOnly ? PROT_READ : PROT_READ | PROT_WRITE
        let sharing = mode == .copyOnWrite ? MAP_PRIVATE : MAP_SHARED
        guard let address = mmap(nil, length, protection, sharing, file.descriptor, 0),
            Int(bitPattern: address) != -1
        else {
            throw .system(errno, path: path)
        }
        let identity = file.identity
        MappingRegistry.shared.add(identity)
        let watched = TruncatedMapping.watch(start: address, length: length, path: path, descriptor: file.descriptor)
        let buffer = Buffer(
            adopting: address, byteCount: length, origin: .mappedFile(path: path, mode: mode.rawValue),
            isWriteable: mode != .readOnly,
            release: { pointer, count in
                if let watched { TruncatedMapping.release(watched) }
                munmap(pointer, count)
                MappingRegistry.shared.remove(identity)
            })
        return NDArray(
            buffer: buffer, offset: dataOffset, shape: header.shape, strides: header.strides, dtype: dtype,
            base: nil, writeable: mode != .readOnly)
    }
}
