import Testing

@testable import ArrayEngine

/// Blocks of large arrays come from the kernel and go back through a cache, a bigger
/// cached block cut down to a smaller request. Other suites allocate concurrently, so
/// which block a request gets is not asserted: every block handed out must be usable
/// in full, and a zero-filled one must read as zeros whatever was cached.
@Suite("Page allocator")
struct PageAllocatorTests {
    static let megabyte = 1 << 20

    /// A byte in every page and the last one: where a block not mapped in full would fault.
    private func probes(_ count: Int) -> [Int] { Array(stride(from: 0, to: count, by: 4096)) + [count - 1] }

    /// Writes `pattern` into every page of `count` bytes and reads it back.
    private func writesAndReads(_ pointer: UnsafeMutableRawPointer, _ count: Int, _ pattern: UInt8) -> Bool {
        let bytes = pointer.bindMemory(to: UInt8.self, capacity: count)
        for i in probes(count) { bytes[i] = pattern }
        return probes(count).allSatisfy { bytes[$0] == pattern }
    }

    @Test("a smaller request after a bigger release gets a whole usable block, zeroed when asked")
    func cutBlocksAreUsable() throws {
        for (first, second) in [(12, 5), (9, 8), (6, 6), (5, 13)] {
            let big = try #require(PageAllocator.allocate(byteCount: first * Self.megabyte, zeroed: false))
            #expect(writesAndReads(big, first * Self.megabyte, 1))
            PageAllocator.release(big, byteCount: first * Self.megabyte)
            let small = try #require(PageAllocator.allocate(byteCount: second * Self.megabyte, zeroed: false))
            #expect(writesAndReads(small, second * Self.megabyte, 2), "\(first) MiB then \(second) MiB")
            PageAllocator.release(small, byteCount: second * Self.megabyte)
            let zeroed = try #require(PageAllocator.allocate(byteCount: 4 * Self.megabyte + 3, zeroed: true))
            let bytes = zeroed.bindMemory(to: UInt8.self, capacity: 4 * Self.megabyte + 3)
            #expect(probes(4 * Self.megabyte + 3).allSatisfy { bytes[$0] == 0 })
            PageAllocator.release(zeroed, byteCount: 4 * Self.megabyte + 3)
        }
    }
}
