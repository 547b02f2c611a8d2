import Foundation

/// The elements of object arrays (NumPy's `dtype=object`): references to values of
/// the language, which the engine holds, moves and prints but never looks into.
///
/// An object array's memory holds handles, pointer-sized as NumPy's `PyObject *`: 0 is
/// an empty slot (NumPy's NULL, which reads as None: fresh memory is all empty slots),
/// any other handle names a value in this table. Handles are plain bytes, so every
/// byte path (views, copies, gathers, joins, broadcasts) moves them as it moves numbers
/// and shares the values they name: a copy of an object array is shallow, as NumPy's.
///
/// A value lives as long as some object array's memory holds its handle: when the table
/// has doubled since the last collection, storing a value first scans the memory of every
/// live object array and frees the values no handle names (a mark and sweep). Storing is
/// the only way in, and it scans before it hands out a handle, so none is ever freed
/// between being made and being written.
public enum ObjectStore {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var values: [AnyObject?] = [nil]
    nonisolated(unsafe) private static var freeHandles: [Int] = []
    /// The memory of every object array made so far; a released one drops out at the next collection.
    nonisolated(unsafe) private static var buffers: [WeakBuffer] = []
    /// How many values may be held before the next collection.
    nonisolated(unsafe) private static var collectionThreshold = 1024

    private final class WeakBuffer {
        weak var buffer: Buffer?
        init(_ buffer: Buffer) { self.buffer = buffer }
    }

    /// Counts `buffer` among the memory that holds handles (once, however many arrays view it).
    static func register(_ buffer: Buffer) {
        lock.withLock {
            guard !buffer.holdsObjects else { return }
            buffer.holdsObjects = true
            buffers.append(WeakBuffer(buffer))
        }
    }

    /// The value the handle at `address` names; nil for an empty slot.
    public static func load(from address: UnsafeRawPointer) -> AnyObject? {
        let handle = address.loadUnaligned(as: Int.self)
        return lock.withLock { handle > 0 && handle < values.count ? values[handle] : nil }
    }

    /// Writes a handle naming `value` (nil: an empty slot) at `address`, inside an object array's memory.
    public static func store(_ value: AnyObject?, to address: UnsafeMutableRawPointer) {
        let handle: Int = lock.withLock {
            guard let value else { return 0 }
            if values.count - freeHandles.count >= collectionThreshold { collect() }
            if let reused = freeHandles.popLast() {
                values[reused] = value
                return reused
            }
            values.append(value)
            return values.count - 1
        }
        address.storeBytes(of: handle, toByteOffset: 0, as: Int.self)
    }

    /// Bytes read as handles, or handles as numbers, would name values at random: NumPy refuses
    /// to view object arrays as another type, or other memory as objects.
    public static func checkSameReferences(_ source: DType, _ target: DType) throws(PythonError) {
        if source.isObject != target.isObject { throw .type("Cannot change data-type for array of references.") }
    }

    /// How many values object arrays hold now (for tests of the collection).
    public static var count: Int { lock.withLock { values.count - 1 - freeHandles.count } }

    /// Frees every value no live object array's memory names; called with the lock held.
    private static func collect() {
        buffers.removeAll { $0.buffer == nil }
        var marked = [Bool](repeating: false, count: values.count)
        for case let buffer? in buffers.map(\.buffer) {
            for word in 0..<buffer.byteCount / MemoryLayout<Int>.stride {
                let handle = buffer.pointer.loadUnaligned(fromByteOffset: word * MemoryLayout<Int>.stride, as: Int.self)
                if handle > 0 && handle < marked.count { marked[handle] = true }
            }
        }
        freeHandles = []
        for handle in 1..<values.count where !marked[handle] {
            values[handle] = nil
            freeHandles.append(handle)
        }
        collectionThreshold = max(1024, 2 * (values.count - 1 - freeHandles.count))
    }
}

/// An element of an object array as the engine prints it; the language's values conform.
public protocol ArrayObject: AnyObject {
    /// The element in an array's text, NumPy's `_object_format`: its repr (a list as `list([1, 2])`).
    func arrayText() throws(PythonError) -> String
    /// `str` of the element, which `str` of a 0-d object array shows.
    func plainText() throws(PythonError) -> String
    /// Python's `bool()` of the element: what NumPy's cast of objects to bool gives.
    func truth() throws(PythonError) -> Bool
}

/// A number the engine wrote into an object array (a cast of a numeric array, a fill with a
/// number): what NumPy's casts to object make of it, the Python `bool`, `int`, `float` or `complex`.
public final class ScalarObject: ArrayObject {
    /// The value in the widest type of its kind (float64, complex128), as the Python number holds it.
    public let scalar: Scalar

    public init(_ scalar: Scalar) {
        self.scalar =
            switch scalar.value {
            case .bool: Scalar(scalar.value, as: .bool)
            case .int: Scalar(scalar.value, as: .int64)
            case .uint: Scalar(scalar.value, as: .uint64)
            case .float: Scalar(scalar.value, as: .float64)
            case .complex: Scalar(scalar.value, as: .complex128)
            }
    }

    public func arrayText() -> String { ScalarFormatter.str(scalar) }
    public func plainText() -> String { ScalarFormatter.str(scalar) }
    public func truth() -> Bool { scalar.boolValue }
}

extension ObjectStore {
    /// The text of an empty slot, which NumPy reads as None.
    static let emptyText = "None"

    /// The element at `address` as an array's text shows it.
    static func arrayText(at address: UnsafeRawPointer) throws(PythonError) -> String {
        guard let element = load(from: address) as? ArrayObject else { return emptyText }
        return try element.arrayText()
    }

    /// Python's `bool()` of the element at `address` (None, an empty slot, is False).
    static func truth(at address: UnsafeRawPointer) throws(PythonError) -> Bool {
        guard let element = load(from: address) as? ArrayObject else { return false }
        return try element.truth()
    }

    /// `str` of the element at `address`.
    static func plainText(at address: UnsafeRawPointer) throws(PythonError) -> String {
        guard let element = load(from: address) as? ArrayObject else { return emptyText }
        return try element.plainText()
    }
}
