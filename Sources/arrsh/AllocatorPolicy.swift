/// How glibc's `malloc` keeps and returns memory, set once at start-up.
///
/// By default glibc maps every block of 128 KiB or more on its own and unmaps it when
/// freed, raising that threshold only to the size of the largest mapped block freed so
/// far (up to 32 MiB, with the trim threshold at twice it). A dict, list or set growing
/// by doubling always outruns that: each larger copy is a fresh mapping, faulted in page
/// by page, while the one before goes back to the kernel. Starting where glibc's own
/// adjustment ends (32 MiB, trimmed above 64 MiB) lets those blocks reuse freed heap
/// memory: a 200,000-key dict built item by item faults a third fewer pages, and
/// `Benchmarks/workloads/26-containers.py` takes 9% less CPU time. Larger blocks, arrays
/// of 32 MiB and more, are still mapped and unmapped on their own. The memory limit's
/// trial allocations (`MemoryLimit`) are never written, so wherever they come from they
/// cost no resident memory, and a refused one is still MemoryError under `ulimit -v`
/// (`MemoryPressureTests`).
enum AllocatorPolicy {
    static let mappedFrom: Int32 = 32 << 20
    static let trimmedAbove: Int32 = 64 << 20

    static func apply() {
        _ = mallopt(mmapThreshold, mappedFrom)
        _ = mallopt(trimThreshold, trimmedAbove)
    }

    // `<malloc.h>`, which the Glibc module does not bring in: the function and its two parameters.
    private static let trimThreshold: Int32 = -1 // M_TRIM_THRESHOLD
    private static let mmapThreshold: Int32 = -3 // M_MMAP_THRESHOLD
}

@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
