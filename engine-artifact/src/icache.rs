//! Making freshly written machine code visible to instruction fetch.
//!
//! x86-64 keeps instruction fetch coherent with data writes: once the code
//! is written and the mapping is executable, a jump to it is enough, so
//! [`flush`] does nothing there.
//!
//! AArch64 does not. Before any core runs code that was written through
//! the data side, (1) the written range must be cleaned from the data cache
//! to the point of unification and invalidated in the instruction cache
//! (`DC CVAU`, `DSB ISH`, `IC IVAU`, `DSB ISH`), and (2) every core that
//! will run it must pass a context synchronization event (`ISB`), so that
//! its pipeline holds no instructions fetched earlier from those addresses
//! (a fresh mapping may reuse the addresses of code unmapped before).
//! * (1) and the writing thread's `ISB` are `__clear_cache`, from the C
//!   runtime support library (libgcc, or compiler-rt): `IC IVAU` is
//!   broadcast to the inner-shareable domain, so the other cores' caches
//!   are covered too.
//! * (2) for the other threads of the process is
//!   `membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE)`, which makes
//!   each of them run a core-serializing instruction; it needs a one-time
//!   registration per process. Kernels before 4.16 lack it; then only the
//!   writing thread is synchronized, which is enough for the common case
//!   of code that is run by the thread that loaded it (other threads
//!   reach it through a lock or channel after loading has finished).
//!
//! Invariant: [`flush`] runs after the last write to the code (relocations
//! included) and before any pointer into it is handed out.
//!
//! qemu user-mode emulation detects writes to translated code by itself,
//! so a missing flush goes unnoticed under emulation: the AArch64 tests
//! cannot catch one, which is why the flush is unconditional and its
//! placement is reviewed in `loader.rs` rather than tested.

/// Makes `len` bytes of code at `start`, just written, visible to
/// instruction fetch on every thread of this process.
///
/// # Safety
/// `[start, start + len)` must be a mapped, readable range of this
/// process (the code just written).
#[cfg(target_arch = "aarch64")]
pub unsafe fn flush(start: *const u8, len: usize) {
    extern "C" {
        fn __clear_cache(start: *mut std::ffi::c_void, end: *mut std::ffi::c_void);
    }
    if len == 0 {
        return;
    }
    let start = start as *mut std::ffi::c_void;
    // SAFETY: the caller guarantees the range is mapped and readable; cache
    // maintenance by address changes no memory contents.
    unsafe { __clear_cache(start, start.cast::<u8>().add(len).cast()) };
    sync_other_cores();
}

/// x86-64 (and any other host): instruction fetch is coherent.
///
/// # Safety
/// None needed; the signature matches the AArch64 version.
#[cfg(not(target_arch = "aarch64"))]
pub unsafe fn flush(_start: *const u8, _len: usize) {}

/// From `linux/membarrier.h`.
#[cfg(target_arch = "aarch64")]
const MEMBARRIER_CMD_QUERY: libc::c_long = 0;
#[cfg(target_arch = "aarch64")]
const MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE: libc::c_long = 1 << 5;
#[cfg(target_arch = "aarch64")]
const MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE: libc::c_long = 1 << 6;

/// Runs a context synchronization event on every other thread of the
/// process, when the kernel offers it (see the module documentation).
#[cfg(target_arch = "aarch64")]
fn sync_other_cores() {
    use std::sync::OnceLock;
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let registered = *REGISTERED.get_or_init(|| {
        // SAFETY: membarrier takes two integers and touches no memory.
        let supported = unsafe { libc::syscall(libc::SYS_membarrier, MEMBARRIER_CMD_QUERY, 0) };
        if supported < 0 || supported & MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE == 0 {
            return false;
        }
        // SAFETY: as above.
        unsafe {
            libc::syscall(
                libc::SYS_membarrier,
                MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE,
                0,
            ) == 0
        }
    });
    if registered {
        // SAFETY: as above. A failure leaves only the writing thread
        // synchronized, as on kernels without the command.
        unsafe {
            libc::syscall(
                libc::SYS_membarrier,
                MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE,
                0,
            )
        };
    }
}
