#if os(Linux)
import CMalloc
#endif

/// Sets the C allocator up for a short batch process. A screen of 20,000 CVs allocates and frees millions of small
/// blocks on every core; glibc's defaults grow each thread's heap 128 KiB at a time (thousands of `mprotect` calls)
/// and hand freed memory back to the system only to fault it in again. Growing in 64 MiB steps and keeping freed
/// memory until exit costs address space, not resident memory.
enum ProcessMemory {
    static func tuneForBatch() {
        #if os(Linux)
        _ = mallopt(M_TOP_PAD, 64 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
        #endif
    }
}
