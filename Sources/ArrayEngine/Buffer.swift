import Foundation

/// Raw memory that arrays view. Owned by ARC: a view keeps its buffer alive.
///
/// A buffer is either heap memory allocated for an array or a memory-mapped file.
public final class Buffer: @unchecked Sendable {
    public let pointer: UnsafeMutableRawPointer
    public let byteCount: Int
    /// Where the bytes come from, for `%mem`/`%whos` and for `repr` decisions.
    public let origin: Origin
    /// False for memory that must never be written (a file mapped read-only).
    public let isWriteable: Bool
    private let release: @Sendable (UnsafeMutableRawPointer, Int) -> Void
    /// How many arrays (the owner and its views) present this memory now: a view
    /// refers to its base, so `resize` refuses an owner that has one, as NumPy does.
    public internal(set) var arrays = 0
    /// The object, other than an array, whose memory this is (Python's `bytes`, which
    /// is then the base of arrays made over it); weak, as that object holds the buffer.
    public weak var holder: AnyObject?
    /// True once an object array uses this memory: its words are `ObjectStore` handles.
    var holdsObjects = false

    public enum Origin: Equatable, Sendable {
        case heap
        case mappedFile(path: String, mode: String)
        /// The memory of another object (`bytes`): arrays over it do not own it.
        case borrowed
    }

    public var isMappedFile: Bool {
        if case .mappedFile = origin { true } else { false }
    }

    /// Allocations are 64-byte aligned, like NumPy's, so SIMD loops and `.npy`
    /// mapping behave the same.
    static let alignment = 64

    /// Allocates zero-initialized (when `zeroed`) memory, or throws NumPy's MemoryError.
    public init(byteCount: Int, zeroed: Bool, describing request: @autoclosure () -> String) throws(PythonError) {
        let size = max(byteCount, 1)
        let raw: UnsafeMutableRawPointer?
        if size >= PageAllocator.threshold {
            raw = PageAllocator.allocate(byteCount: size, zeroed: zeroed)
        } else if zeroed {
            // calloc hands out fresh zero pages lazily for large sizes: no touching needed.
            raw = calloc(1, size)
        } else {
            var p: UnsafeMutableRawPointer?
            raw = posix_memalign(&p, Buffer.alignment, size) == 0 ? p : nil
        }
        guard let raw else {
            throw PythonError(
                "MemoryError", "Unable to allocate \(ByteCountText.binary(byteCount)) for an array with \(request())")
        }
        self.pointer = raw
        self.byteCount = byteCount
        self.origin = .heap
        self.isWriteable = true
        if size >= PageAllocator.threshold {
            self.release = { p, _ in PageAllocator.release(p, byteCount: size) }
        } else {
            self.release = { p, _ in free(p) }
        }
    }

    /// A few bytes for a scalar: small enough that failure is Swift's own out-of-memory trap.
    convenience init(small byteCount: Int) {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: 16)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: max(byteCount, 1))
        self.init(adopting: raw, byteCount: byteCount, origin: .heap, release: { p, _ in p.deallocate() })
    }

    /// Wraps memory that something else set up (e.g. `mmap`), with its own release.
    public init(
        adopting pointer: UnsafeMutableRawPointer, byteCount: Int, origin: Origin, isWriteable: Bool = true,
        release: @escaping @Sendable (UnsafeMutableRawPointer, Int) -> Void
    ) {
        self.pointer = pointer
        self.byteCount = byteCount
        self.origin = origin
        self.isWriteable = isWriteable
        self.release = release
    }

    deinit { release(pointer, byteCount) }
}

/// Byte counts as NumPy's MemoryError prints them (`_size_to_string`): `7.28 TiB`.
public enum ByteCountText {
    public static func binary(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        let bitLength = Int.bitWidth - bytes.leadingZeroBitCount
        var unit = max(bitLength - 1, 1) / 10
        var count = Double(bytes) / Double(1 << (unit * 10))
        if count.rounded() == 1024 {
            unit += 1
            count /= 1024
        }
        if unit == 0 { return String(format: "%.0f bytes", count) }
        if count.rounded() < 1000 { return String(format: "%#.3g", count) + " " + units[unit] }
        return String(format: "%#.0f", count) + " " + units[unit]
    }
}
