import Testing

@testable import ArrayEngine

/// Object arrays hold handles to values in `ObjectStore`: shared by views and copies,
/// freed once no live object array names them, never readable as numbers.
@Suite("Object arrays")
struct ObjectStoreTests {
    final class Token: ArrayObject {
        let name: String
        init(_ name: String) { self.name = name }
        func arrayText() -> String { "<\(name)>" }
        func plainText() -> String { name }
        func truth() -> Bool { !name.isEmpty }
    }

    func objects(_ count: Int) throws -> NDArray { try NDArray.allocate(shape: [count], dtype: .object) }

    /// Stores enough values for the store to collect at least once.
    func forceCollection() throws {
        let filler = try objects(4096)
        for i in 0..<filler.size { ObjectStore.store(Token("filler"), to: filler.pointer + 8 * i) }
    }

    @Test func memoryNotZeroedIsEmptySlotsThatPrintAsNoneAndZeroedMemoryIsTheIntZero() throws {
        let empty = try NDArray.allocate(shape: [2], dtype: .object, zeroed: false)
        #expect(ObjectStore.load(from: empty.pointer) == nil)
        #expect(try ArrayFormatter.repr(empty) == "array([None, None], dtype=object)")
        let zeros = try objects(2)
        #expect(try ArrayFormatter.repr(zeros) == "array([0, 0], dtype=object)")
        // One object for every zero of a fill.
        #expect(ObjectStore.load(from: zeros.pointer) === ObjectStore.load(from: zeros.pointer + 8))
    }

    @Test func aValueLivesWhileAnArrayHoldsItAndIsFreedAfter() throws {
        weak var released: Token?
        weak var kept: Token?
        let keeper = try objects(1)
        do {
            let dropped = try objects(1)
            let token = Token("dropped")
            released = token
            ObjectStore.store(token, to: dropped.pointer)
            let other = Token("kept")
            kept = other
            ObjectStore.store(other, to: keeper.pointer)
        }
        try forceCollection()
        #expect(released == nil)
        #expect(kept != nil)
        #expect((ObjectStore.load(from: keeper.pointer) as? Token)?.name == "kept")
    }

    @Test func viewsAndCopiesShareTheValues() throws {
        let a = try objects(3)
        let token = Token("shared")
        ObjectStore.store(token, to: a.pointer + 8)
        let copy = try a.copy()
        guard case .array(let view) = try a.select([.slice(start: 1, stop: nil, step: nil)]) else {
            Issue.record("a slice is a view")
            return
        }
        try forceCollection()
        #expect(ObjectStore.load(from: copy.pointer + 8) === token)
        #expect(ObjectStore.load(from: view.pointer) === token)
    }

    @Test func numbersBecomeObjectsAndObjectsNeverBecomeNumbers() throws {
        let numbers = try NDArray.arange(
            start: Scalar(int64: 0), stop: Scalar(int64: 3), step: Scalar(int64: 1), dtype: .int64)
        let converted = try numbers.copy(as: .object)
        #expect(try ArrayFormatter.repr(converted) == "array([0, 1, 2], dtype=object)")
        #expect((ObjectStore.load(from: converted.pointer + 16) as? ScalarObject)?.scalar == Scalar(int64: 2))
        #expect(throws: PythonError.objects) { try converted.copy(as: .int64) }
        #expect(throws: PythonError.type("Cannot change data-type for array of references.")) {
            try converted.reinterpreted(as: .int64)
        }
        #expect(throws: PythonError.type("Cannot change data-type for array of references.")) {
            try numbers.reinterpreted(as: .object)
        }
    }

    @Test func anArrayOfObjectsPrintsItsValuesUnpadded() throws {
        let a = try NDArray.allocate(shape: [2, 2], dtype: .object, zeroed: false)
        ObjectStore.store(Token("a"), to: a.pointer)
        ObjectStore.store(Token("long one"), to: a.pointer + 24)
        #expect(try ArrayFormatter.repr(a) == "array([[<a>, None],\n       [None, <long one>]], dtype=object)")
        #expect(try ArrayFormatter.str(a) == "[[<a> None]\n [None <long one>]]")
    }
}
