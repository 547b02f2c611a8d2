import ArrayEngine
import Foundation

/// Python's `bytes`: what `a.tobytes()` and `Generator.bytes` give and `np.frombuffer` reads. Its bytes
/// live in a read-only `Buffer`, so an array made over them views them without a
/// copy, is read-only, and names this object as its base (`Buffer.holder`).
final class BytesObject: PythonObject {
    let buffer: Buffer

    /// These bytes (`Generator.bytes`).
    convenience init(_ values: [UInt8]) throws(PythonError) {
        try self.init(count: values.count)
        for (i, byte) in values.enumerated() { buffer.pointer.storeBytes(of: byte, toByteOffset: i, as: UInt8.self) }
    }

    /// Bytes copied from `count` bytes at `source`.
    convenience init(copying source: UnsafeRawPointer, count: Int) throws(PythonError) {
        try self.init(count: count)
        buffer.pointer.copyMemory(from: source, byteCount: count)
    }

    /// `count` zero bytes, filled in by the initialisers above before anyone sees them.
    private init(count: Int) throws(PythonError) {
        let memory = try Buffer(byteCount: count, zeroed: true, describing: "\(count) bytes")
        buffer = Buffer(adopting: memory.pointer, byteCount: count, origin: .borrowed, isWriteable: false) { _, _ in
            withExtendedLifetime(memory) {}
        }
        buffer.holder = self
    }

    /// The bytes object whose memory `buffer` is (made afresh if that object is gone).
    static func holding(_ buffer: Buffer) -> BytesObject? {
        if let bytes = buffer.holder as? BytesObject { return bytes }
        guard buffer.origin == .borrowed, let copy = try? BytesObject(copying: buffer.pointer, count: buffer.byteCount)
        else { return nil }
        return copy
    }

    var count: Int { buffer.byteCount }
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: buffer.pointer, count: count) }

    var pythonType: PythonType { .bytes }
    var typeName: String { "bytes" }

    func repr() -> String { PythonText.repr(bytes: bytes) }

    func item(_ key: Value) throws(PythonError) -> Value {
        if case .slice(let start, let stop, let step) = key {
            let bound = { (v: Value) throws(PythonError) -> Int? in v.isNone ? nil : try Convert.index(v) }
            let slice = try ResolvedSlice(
                start: try bound(start), stop: try bound(stop), step: try bound(step), length: count)
            let picked = try BytesObject(count: slice.count)
            for k in 0..<slice.count {
                picked.buffer.pointer.storeBytes(
                    of: bytes[slice.start + k * slice.step], toByteOffset: k, as: UInt8.self)
            }
            return .object(picked)
        }
        let i: Int
        do { i = try Convert.index(key) } catch {
            throw .type("byte indices must be integers or slices, not \(key.typeName)")
        }
        guard i >= -count, i < count else { throw .index("index out of range") }
        return .int(Int(bytes[i < 0 ? i + count : i]))
    }

    func items() throws(PythonError) -> [Value] { bytes.map { .int(Int($0)) } }
    func length() throws(PythonError) -> Int { count }

    func isEqual(to other: Value) -> Bool {
        guard case .object(let o) = other, let that = o as? BytesObject else { return false }
        return that.count == count && memcmp(that.buffer.pointer, buffer.pointer, count) == 0
    }
}
