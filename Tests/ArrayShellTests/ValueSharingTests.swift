import ArrayEngine
import Testing

@testable import ArrayShell

/// Swift stops the process when one object is retained 2^30 times, so a repetition
/// makes its later chunks of copies anew (strings, tuples, boxes), and refuses to
/// take an object with identity past `retainLimit` references.
@Suite("Values repeated many times")
struct ValueSharingTests {
    /// The address of a string's text, which copies of the string share.
    static func textAddress(_ value: Value) -> UnsafeRawPointer? {
        guard case .string(var s) = value else { return nil }
        return s.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func aLongStringGetsItsOwnTextEveryChunk() throws {
        let text = String(repeating: "long text ", count: 10)
        let copies = try Value.repeated([.string(text)], 3 * Value.shareLimit)
        let addresses = Set((0..<3).map { Self.textAddress(copies[$0 * Value.shareLimit]) })
        #expect(addresses.count == 3)
        #expect(Self.textAddress(copies[0]) == Self.textAddress(copies[Value.shareLimit - 1]))
        #expect(copies.allSatisfy { if case .string(text) = $0 { true } else { false } })
    }

    @Test func aTupleGetsItsOwnItemsEveryChunk() throws {
        let copies = try Value.repeated([.tuple([.int(1), .string("a")]), .none], 2 * Value.shareLimit)
        let buffers = Set(
            [0, copies.count - 2].map { i -> UnsafeRawPointer? in
                guard case .tuple(let t) = copies[i] else { return nil }
                return t.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
            })
        #expect(buffers.count == 2)
        #expect(copies.count == 4 * Value.shareLimit)
    }

    @Test func anObjectWithIdentityIsNotReferencedPastTheLimit() throws {
        let list = ListObject([])
        #expect(throws: MemoryLimit.exceeded) { try Value.repeated([.list(list)], Value.retainLimit) }
        let copies = try Value.repeated([.list(list)], 1000)
        #expect(copies.allSatisfy { if case .list(let l) = $0 { l === list } else { false } })
    }
}
