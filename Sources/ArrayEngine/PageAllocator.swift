import Foundation
import Synchronization

/// Memory for large arrays: whole pages from the kernel, aligned on huge-page
/// boundaries, with a small cache of freed blocks whose pages are already in
/// memory.
///
/// The blocks are marked MADV_HUGEPAGE, as NumPy marks its allocations of 4 MiB
/// and more: on this machine (THP policy "madvise") the kernel then faults in and
/// zeroes 2 MiB at a time, and the big-array workloads ran two to four times
/// faster than with 4 KiB pages (09-broadcasting 0.17 s to 0.05 s, 33-fill 0.34 s
/// to 0.12 s, 04-copy-800mb 1.34 s to 0.37 s, whole process, quiet machine;
/// Benchmarks/RESULTS.md, session 5). An earlier VM spent up to 75% of such runs
/// compacting memory for huge pages; the kernel can still stall so now and then
/// (one run in six above), as it does for NumPy.
///
/// Faulting fresh pages in, which the kernel zeroes one by one, costs more than
/// the copy or arithmetic that first writes them (on the benchmark machine, a
/// fresh 800 MB copy ran at 0.6 GB/s where memcpy into touched memory ran at
/// 4-8 GB/s). A statement such as `b = a * 2.0 + 1.0` run again frees blocks
/// of the very sizes it is about to ask for, so they are kept and handed out
/// again, a bigger block cut to the size asked for. The cache never raises the
/// peak: an allocation the cache cannot serve first returns every cached block
/// to the kernel.
enum PageAllocator {
    /// Smaller requests go to malloc, which recycles its own memory well.
    static let threshold = 4 << 20
    /// Blocks start on a huge-page boundary and span whole huge pages.
    static let hugePage = 2 << 20
    /// At most this many bytes stay cached: a quarter of physical memory.
    static let cacheLimit = Int(ProcessInfo.processInfo.physicalMemory / 4)

    private struct Block: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
        let length: Int
    }

    private static let cache = Mutex<[Block]>([])

    /// The mapped length for a request: whole huge pages.
    static func mappedLength(for byteCount: Int) -> Int {
        (byteCount + hugePage - 1) / hugePage * hugePage
    }

    /// Memory for `byteCount` bytes (at least `threshold`), zero-filled when `zeroed`;
    /// nil when the kernel refuses.
    static func allocate(byteCount: Int, zeroed: Bool) -> UnsafeMutableRawPointer? {
        guard byteCount <= Int.max - 2 * hugePage else { return nil }
        let length = mappedLength(for: byteCount)
        let (reused, released) = cache.withLock { blocks -> (Block?, [Block]) in
            // Fresh pages read as zero without being touched; cached ones would need
            // writing, so zero-filled requests never take a cached block.
            if !zeroed, let i = blocks.firstIndex(where: { $0.length == length }) {
                return (blocks.remove(at: i), [])
            }
            defer { blocks.removeAll() }
            // Else the smallest block big enough, its tail given back: statements that
            // alternate sizes (`o = np.ones(n8)`, `f = np.full(n, 2.5)`) reuse each
            // other's pages.
            let bigEnough = blocks.indices.filter { blocks[$0].length > length }
            guard !zeroed, let i = bigEnough.min(by: { blocks[$0].length < blocks[$1].length }) else {
                return (nil, blocks)
            }
            return (blocks.remove(at: i), blocks)
        }
        for block in released { munmap(block.pointer, block.length) }
        if let reused {
            if reused.length > length { munmap(reused.pointer + length, reused.length - length) }
            return reused.pointer
        }
        guard let fresh = map(length) else { return nil }
        #if os(Linux)
        // Huge pages, as NumPy asks for its allocations of 4 MiB and more (where the
        // system's policy is "madvise", the default, nothing else gets them).
        _ = madvise(fresh, length, MADV_HUGEPAGE)
        // Memory asked for without zeroing is about to be written in full: fault its
        // pages in with one call rather than one trap per page (15% less time on
        // 800 MB here). Kernels before 5.14 refuse the advice; the pages then fault
        // in as they are written.
        // It goes in 64 MiB steps and stops early on Ctrl-C, which the loop that
        // fills the memory then reports.
        var populated = 0
        while !zeroed, populated < length, !Interruption.isRequested {
            let step = min(PageAllocator.populateStep, length - populated)
            _ = madvise(fresh + populated, step, PageAllocator.populateWrite)
            populated += step
        }
        #endif
        return fresh
    }

    /// Bytes faulted in per call, small enough that Ctrl-C is seen within milliseconds.
    private static let populateStep = 64 << 20

    /// Linux's MADV_POPULATE_WRITE (not in every libc's headers).
    private static let populateWrite: Int32 = 23

    /// Takes back memory from `allocate`: kept for reuse while the cache has room.
    static func release(_ pointer: UnsafeMutableRawPointer, byteCount: Int) {
        let block = Block(pointer: pointer, length: mappedLength(for: byteCount))
        let evicted = cache.withLock { blocks -> [Block] in
            var evicted: [Block] = []
            var total = blocks.reduce(block.length) { $0 + $1.length }
            // Oldest first out.
            while total > cacheLimit, !blocks.isEmpty {
                let oldest = blocks.removeFirst()
                total -= oldest.length
                evicted.append(oldest)
            }
            if block.length <= cacheLimit {
                blocks.append(block)
            } else {
                evicted.append(block)
            }
            return evicted
        }
        for block in evicted { munmap(block.pointer, block.length) }
    }

    /// Maps `length` bytes (a multiple of `hugePage`) starting on a huge-page boundary.
    private static func map(_ length: Int) -> UnsafeMutableRawPointer? {
        let span = length + hugePage
        guard let raw = mmap(nil, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            raw != MAP_FAILED
        else { return nil }
        let address = Int(bitPattern: raw)
        let aligned = (address + hugePage - 1) / hugePage * hugePage
        let head = aligned - address
        if head > 0 { munmap(raw, head) }
        let tail = span - head - length
        let start = raw + head
        if tail > 0 { munmap(start + length, tail) }
        return start
    }
}
