//! How the command asks glibc's allocator to behave (Linux with glibc only; elsewhere nothing).
//!
//! glibc serves an allocation of 128 KiB or more with its own `mmap` and raises that threshold
//! each time such a block is freed, up to 32 MiB. The regex engines' per-thread caches and the
//! batch buffers grow by doubling and free their old blocks, so after the first chunks nearly
//! everything lands in the malloc arenas, where freed blocks fragment and are never given back.
//! Keeping the threshold fixed at its initial 128 KiB costs a few hundred `mmap` calls per
//! 10 MB of articles and lowers the peak RSS at two threads by about 10 MiB (BENCHMARKS.md,
//! phase 14). It also maps and faults in the regex compiler's large temporary buffers each
//! time, about 18 ms on a one-article run, for 4 MiB less at one thread: so `extract` fixes
//! the threshold only when the workers keep a search cache each, that is with three workers or
//! more, or with two feeding a sink that takes records (two workers writing encoded bytes split
//! the pipeline between them and keep one cache per regex: BENCHMARKS.md, phase 22). A
//! threshold set by the user (`MALLOC_MMAP_THRESHOLD_`) is left alone.

/// Fixes glibc's mmap threshold at 128 KiB unless the environment sets it. Call it before any
/// other thread exists.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn fix_mmap_threshold() {
    unsafe extern "C" {
        fn mallopt(param: i32, value: i32) -> i32;
    }
    /// `M_MMAP_THRESHOLD` in glibc's `<malloc.h>`.
    const M_MMAP_THRESHOLD: i32 = -3;
    if std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_some() {
        return;
    }
    // SAFETY: `mallopt` takes two plain integers and only changes the allocator's policy for
    // later allocations; it is called once, before any other thread of this process exists.
    // It returns 0 when the value is refused, and the defaults then simply stay.
    unsafe {
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    }
}

/// Nothing to tune outside glibc.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn fix_mmap_threshold() {}
