import ArrayEngine
import Foundation

/// Python's `bytes` and `bytearray`: what `a.tobytes()` and `Generator.bytes` give,
/// `np.frombuffer` and `np.ndarray(buffer=)` read. The bytes live in a `Buffer`, so
/// an array made over them views them without a copy and names this object as its
/// base (`Buffer.holder`): read-only over `bytes`, writeable over a `bytearray`.
/// A bytearray changes size only while no array views it (Python's BufferError).
final class BytesObject: PythonObject {
    private(set) var buffer: Buffer
    /// A `bytearray`: items, slices and size can change.
    let isMutable: Bool

    /// These bytes.
    convenience init(_ values: [UInt8], mutable: Bool = false) throws(PythonError) {
        try self.init(count: values.count, mutable: mutable)
        buffer.pointer.copyMemory(from: values, byteCount: values.count)
    }

    /// Bytes copied from `count` bytes at `source`.
    convenience init(copying source: UnsafeRawPointer, count: Int, mutable: Bool = false) throws(PythonError) {
        try self.init(count: count, mutable: mutable)
        buffer.pointer.copyMemory(from: source, byteCount: count)
    }

    /// `count` zero bytes.
    init(count: Int, mutable: Bool) throws(PythonError) {
        isMutable = mutable
        buffer = try Self.memory(count, writeable: mutable)
        buffer.holder = self
    }

    /// Fresh zeroed memory, marked as not an array's own so that arrays over it name
    /// their holder as base.
    private static func memory(_ count: Int, writeable: Bool) throws(PythonError) -> Buffer {
        let memory = try Buffer(byteCount: count, zeroed: true, describing: "\(count) bytes")
        return Buffer(adopting: memory.pointer, byteCount: count, origin: .borrowed, isWriteable: writeable) { _, _ in
            withExtendedLifetime(memory) {}
        }
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

    var pythonType: PythonType { isMutable ? .bytearray : .bytes }
    var typeName: String { pythonType.rawValue }

    func repr() -> String {
        isMutable ? "bytearray(\(PythonText.repr(bytes: bytes)))" : PythonText.repr(bytes: bytes)
    }

    var attributeNames: [String] {
        isMutable ? ["append", "decode", "extend", "hex", "pop"] : ["decode", "hex"]
    }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "hex":
            return method("hex()") { _ throws(PythonError) in
                .string(self.bytes.map { String(format: "%02x", $0) }.joined())
            }
        case "decode":
            return method("decode(encoding='utf-8', errors='strict')") { args throws(PythonError) in
                let encoding = try args.string("encoding") ?? "utf-8"
                guard ["utf-8", "utf8"].contains(encoding.lowercased()) else {
                    throw .notImplemented("decoding from '\(encoding)' is not supported; only UTF-8 is")
                }
                guard let text = String(validating: self.bytes, as: UTF8.self) else {
                    throw .notImplemented("decoding bytes that are not valid UTF-8 is not supported")
                }
                return .string(text)
            }
        case "append" where isMutable:
            return method("append(item, /)") { args throws(PythonError) in
                try self.append([try Self.byte(args.raw("item") ?? .none)])
                return .none
            }
        case "extend" where isMutable:
            return method("extend(iterable_of_ints, /)") { args throws(PythonError) in
                try self.append(try Self.values(of: args.raw("iterable_of_ints") ?? .none))
                return .none
            }
        case "pop" where isMutable:
            return method("pop(index=-1, /)") { args throws(PythonError) in
                guard self.count > 0 else { throw .index("pop from empty bytearray") }
                let i = try self.position(try args.int("index") ?? -1)
                let byte = self.bytes[i]
                try self.replace(i..<i + 1, with: [])
                return .int(Int(byte))
            }
        default:
            return nil
        }
    }

    private func method(_ declaration: String, _ body: @escaping (BoundArguments) throws(PythonError) -> Value)
        -> Value
    {
        .function(
            Function(Signature(declaration, style: .cKeywords), kind: .method) { _, args throws(PythonError) in
                try body(args)
            })
    }

    func item(_ key: Value) throws(PythonError) -> Value {
        if case .slice = key {
            let picked = try slice(key).map { bytes[$0] }
            return .object(try BytesObject(picked, mutable: isMutable))
        }
        return .int(Int(bytes[try position(try index(key))]))
    }

    func setItem(_ key: Value, _ value: Value) throws(PythonError) {
        guard isMutable else { throw .type("'bytes' object does not support item assignment") }
        guard case .slice(_, _, let step) = key else {
            let i = try position(try index(key))
            buffer.pointer.storeBytes(of: try Self.byte(value), toByteOffset: i, as: UInt8.self)
            return
        }
        let positions = try slice(key)
        let values = try Self.values(of: value)
        if step.isNone || (try? Convert.index(step)) == 1 {
            let start: Int
            if let first = positions.first { start = first } else { start = try sliceStart(key) }
            try replace(start..<start + positions.count, with: values)
            return
        }
        guard values.count == positions.count else {
            throw .value("attempt to assign bytes of size \(values.count) to extended slice of size \(positions.count)")
        }
        for (i, byte) in zip(positions, values) { buffer.pointer.storeBytes(of: byte, toByteOffset: i, as: UInt8.self) }
    }

    /// A bytearray is an array of bytes to NumPy (a view, through a memoryview); `bytes` is text.
    func asArray() throws(PythonError) -> NDArray? {
        guard isMutable else { return nil }
        return NDArray.over(Bytes.shared(self), offset: 0, shape: [count], strides: [1], dtype: .uint8)
    }

    func items() throws(PythonError) -> [Value] { bytes.map { .int(Int($0)) } }
    func length() throws(PythonError) -> Int { count }

    func isEqual(to other: Value) -> Bool {
        guard case .object(let o) = other, let that = o as? BytesObject else { return false }
        return that.count == count && memcmp(that.buffer.pointer, buffer.pointer, count) == 0
    }

    // MARK: - Positions and values

    /// An integer key, with Python's message for other keys.
    private func index(_ key: Value) throws(PythonError) -> Int {
        do { return try Convert.index(key) } catch {
            throw .type("\(isMutable ? "bytearray" : "byte") indices must be integers or slices, not \(key.typeName)")
        }
    }

    /// `i` counted from the end when negative, checked against the length.
    private func position(_ i: Int) throws(PythonError) -> Int {
        guard i >= -count, i < count else {
            throw .index(isMutable ? "bytearray index out of range" : "index out of range")
        }
        return i < 0 ? i + count : i
    }

    /// The positions a slice key picks, in order.
    private func slice(_ key: Value) throws(PythonError) -> [Int] {
        guard case .slice(let start, let stop, let step) = key else { return [] }
        let slice = try ResolvedSlice(
            start: try bound(start), stop: try bound(stop), step: try bound(step), length: count)
        return (0..<slice.count).map { slice.start + $0 * slice.step }
    }

    /// Where an empty step-1 slice inserts (`b[2:2] = ...`).
    private func sliceStart(_ key: Value) throws(PythonError) -> Int {
        guard case .slice(let start, let stop, let step) = key else { return 0 }
        return try ResolvedSlice(start: try bound(start), stop: try bound(stop), step: try bound(step), length: count)
            .start
    }

    private func bound(_ value: Value) throws(PythonError) -> Int? { value.isNone ? nil : try Convert.index(value) }

    /// Adds bytes at the end (a bytearray's `append`, `extend` and `+=`).
    func append(_ values: [UInt8]) throws(PythonError) { try replace(count..<count, with: values) }

    /// Replaces the bytes in `range` by `values`, moving to new memory when the size
    /// changes, which no array may be viewing.
    private func replace(_ range: Range<Int>, with values: [UInt8]) throws(PythonError) {
        if values.count == range.count {
            for (i, byte) in zip(range, values) { buffer.pointer.storeBytes(of: byte, toByteOffset: i, as: UInt8.self) }
            return
        }
        guard isKnownUniquelyReferenced(&buffer) else {
            throw PythonError("BufferError", "Existing exports of data: object cannot be re-sized")
        }
        var all = Array(bytes)
        all.replaceSubrange(range, with: values)
        try MemoryLimit.check(count: all.count, stride: 1)
        let fresh = try Self.memory(all.count, writeable: true)
        fresh.pointer.copyMemory(from: all, byteCount: all.count)
        fresh.holder = self
        buffer = fresh
    }

    /// One byte value: an integer in 0...255.
    static func byte(_ value: Value) throws(PythonError) -> UInt8 {
        let i = try Convert.index(value)
        guard let byte = UInt8(exactly: i) else { throw .value("byte must be in range(0, 256)") }
        return byte
    }

    /// The bytes of a bytes-like object or of an iterable of integers (`extend`, slice assignment).
    static func values(of value: Value) throws(PythonError) -> [UInt8] {
        switch value {
        case .object(let other as BytesObject): return Array(other.bytes)
        case .string: throw .type("'str' object cannot be interpreted as an integer")
        case .list(let list): return try list.items.map(byte)
        case .tuple(let items): return try items.map(byte)
        case .range(let start, let stop, let step):
            return try stride(from: start, to: stop, by: step).map { i throws(PythonError) in try byte(.int(i)) }
        default:
            guard case .object(let o) = value else {
                throw .type("can't extend bytearray with \(value.typeName)")
            }
            return try o.items().map(byte)
        }
    }
}
