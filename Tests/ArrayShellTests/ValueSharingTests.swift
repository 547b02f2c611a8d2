import Testing

@testable import ArrayShell

/// Swift stops the process when one object is retained 2^30 times, so the operations
/// that copy a value many times in one step give the copies fresh boxes: one box per
/// `boxShare` copies, each holding the shared object once more.
@Suite("Values copied in bulk")
struct ValueSharingTests {
    @Test func repetitionGivesEachLaterChunkABoxOfItsOwn() {
        let inner = ListObject([])
        let before = _getRetainCount(inner)
        let copies = Value.repeated([.list(inner)], 4 * Value.boxShare)
        // Four chunks, four boxes (the first is the one made for the call), each holding the list once.
        #expect(_getRetainCount(inner) == before + 4)
        #expect(copies.count == 4 * Value.boxShare)
        withExtendedLifetime(copies) {}
    }

    @Test func repeatingManyItemsReboxesTheTemplateAsOften() {
        let inner = ListObject([])
        let before = _getRetainCount(inner)
        let copies = Value.repeated([.list(inner), .int(1)], Value.boxShare * 2)
        // Two items a copy: half a share of copies per chunk, so four chunks and four boxes.
        #expect(_getRetainCount(inner) == before + 4)
        #expect(copies.count == 4 * Value.boxShare)
        withExtendedLifetime(copies) {}
    }

    @Test func concatenationPastTheShareBoxesTheAddedCopies() throws {
        let inner = ListObject([])
        var items = [Value](repeating: .list(inner), count: Value.boxShare)
        let before = _getRetainCount(inner)
        try Value.append([.list(inner), .list(inner)], to: &items)
        #expect(_getRetainCount(inner) == before + 2)
        #expect(items.count == Value.boxShare + 2)
    }

    @Test func aPlainNumberHoldsNoBox() {
        // Two words: a list of ints or floats allocates nothing per item.
        #expect(MemoryLayout<Value>.stride == 16)
    }
}
