//! Calling into wasm and getting back out when it traps.
//!
//! # How a trap returns to the host
//!
//! Every host→wasm call goes through [`catch_traps`], which calls the
//! signature's host→wasm trampoline from a small C function,
//! `trident_catch`, under a `setjmp`. Compiled code traps with a hardware
//! fault (a guard-page access, `ud2`/`udf`, a division fault); the signal
//! handler (see `signals`) finds the instruction in the code registry,
//! records its `TrapCode` in this thread's [`CallThreadState`], and makes
//! the thread resume in `trident_unwind`, which `longjmp`s back into
//! `trident_catch`. We chose this over rewriting the context to a
//! register-restoring stub (needs per-ISA assembly) and over running wasm
//! on a separate stack (needs a coroutine library): `setjmp`/`longjmp` exist
//! on every libc, work unchanged on AArch64 and under qemu-user, and the
//! `longjmp` never runs inside the signal handler itself, so the kernel has
//! restored the signal mask and left the alternate stack by then.
//!
//! Invariant: only compiled wasm frames (and `trident_catch`'s own) lie
//! between the `setjmp` and any trapping instruction, so no Rust frame is
//! ever skipped. Host functions never unwind through wasm: they return a
//! status to their wasm→host trampoline, having stored the error (or a
//! caught panic) with [`record_host_error`]/[`record_host_panic`]; the
//! trampoline then traps with `HostError`, and [`catch_traps`] hands the
//! stored error back. A trap in a nested wasm call returns to the nested
//! [`catch_traps`], so the host frames in between return normally.
//!
//! # Stack limit
//!
//! At the outermost entry on a thread, the store's `stack_limit` is set to
//! the current stack pointer minus the wasm stack budget (never below the
//! thread's stack plus a safety margin); every compiled prologue checks it
//! before allocating its frame.

pub mod registry;
mod signals;
pub mod source;

use crate::vmcontext::{VMContext, VMStoreContext, ValRaw};
use std::any::Any;
use std::cell::Cell;
use std::ffi::c_void;
use std::ptr;
use trident_types::TrapCode;

pub use signals::ensure_alt_stack;

extern "C" {
    fn trident_catch(
        trampoline: *const u8,
        func_ptr: *const u8,
        callee_vmctx: *mut c_void,
        caller_vmctx: *mut c_void,
        values: *mut ValRaw,
        jmp_slot: *mut *mut c_void,
    ) -> libc::c_int;
}

/// An error returned by a host function.
pub type HostError = Box<dyn std::error::Error + Send + Sync>;

/// Why a call into wasm did not return normally.
#[derive(Debug)]
pub enum TrapReason {
    /// Compiled code trapped at `pc`.
    Wasm { code: TrapCode, pc: usize },
    /// A host function returned this error.
    Host(HostError),
    /// A host function panicked; resume the panic with this payload.
    Panic(Box<dyn Any + Send>),
}

/// A failed call: the reason, and the program counters of the wasm frames
/// that were active (innermost first: the trapping instruction, then return
/// addresses), empty for a panic.
#[derive(Debug)]
pub struct CallError {
    pub reason: TrapReason,
    pub backtrace: Vec<usize>,
}

/// At most this many frames are recorded per trap.
pub const MAX_BACKTRACE_FRAMES: usize = 128;

/// Per-call state of one host→wasm entry, linked to the enclosing entry's.
pub(crate) struct CallThreadState {
    jmp_buf: Cell<*mut c_void>,
    trap_code: Cell<Option<TrapCode>>,
    trap_pc: Cell<usize>,
    host_result: Cell<Option<TrapReason>>,
    /// The real trap code of a builtin that returned a failing status for
    /// another reason than its own trap code.
    builtin_trap: Cell<Option<TrapCode>>,
    pub(crate) backtrace: std::cell::UnsafeCell<[usize; MAX_BACKTRACE_FRAMES]>,
    pub(crate) backtrace_len: Cell<usize>,
}

thread_local! {
    /// The innermost active entry on this thread, or null. Const-initialized
    /// so the signal handler can read it without lazy initialization.
    pub(crate) static CURRENT: Cell<*const CallThreadState> = const { Cell::new(ptr::null()) };
    /// The lowest usable stack address of this thread (0 = not yet known).
    static STACK_FLOOR: Cell<usize> = const { Cell::new(0) };
}

/// Extra stack kept free below the wasm stack limit for builtins, host
/// functions and the signal handler.
const STACK_HEADROOM: usize = 128 * 1024;

fn stack_floor() -> usize {
    let known = STACK_FLOOR.with(|f| f.get());
    if known != 0 {
        return known;
    }
    let mut floor = 1;
    // SAFETY: pthread_getattr_np fills an attribute object that we destroy.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) == 0 {
            let mut addr: *mut c_void = ptr::null_mut();
            let mut size: usize = 0;
            if libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0 {
                floor = addr as usize + STACK_HEADROOM;
            }
            libc::pthread_attr_destroy(&mut attr);
        }
    }
    STACK_FLOOR.with(|f| f.set(floor));
    floor
}

/// Writes `pc` and the return addresses of the wasm frames above it into
/// `frames` (innermost first) and returns how many it wrote, following the
/// frame-pointer chain from `fp`: each frame record is `[saved fp, return
/// address]` (x86-64 and AArch64 alike), and compiled code always keeps
/// frame pointers. The walk stops at the first return address outside
/// registered code (the host→wasm entry), at a chain that does not move up
/// the stack, or when `frames` is full; it allocates nothing (the signal
/// handler calls it).
///
/// # Safety
/// `fp` must be the frame pointer of the wasm code executing at `pc`.
pub(crate) unsafe fn walk_wasm_frames(pc: usize, mut fp: usize, frames: &mut [usize]) -> usize {
    let Some(first) = frames.first_mut() else {
        return 0;
    };
    *first = pc;
    let mut n = 1;
    let word = std::mem::size_of::<usize>();
    while n < frames.len() && fp != 0 && fp.is_multiple_of(word) {
        // SAFETY: `fp` points at a frame record of a live wasm frame (the
        // one at `pc`, or a caller reached through wasm return addresses
        // only).
        let (saved_fp, ret) = unsafe { (*(fp as *const usize), *(fp as *const usize).add(1)) };
        if !registry::is_wasm_code(ret) {
            break;
        }
        frames[n] = ret;
        n += 1;
        if saved_fp <= fp {
            break;
        }
        fp = saved_fp;
    }
    n
}

/// Stores a host function's error for the innermost wasm call on this
/// thread. The host function must then return a non-zero status.
pub fn record_host_error(error: HostError) {
    record(TrapReason::Host(error));
}

/// Stores a caught host panic for the innermost wasm call on this thread.
pub fn record_host_panic(payload: Box<dyn Any + Send>) {
    record(TrapReason::Panic(payload));
}

fn record(reason: TrapReason) {
    let state = CURRENT.with(|c| c.get());
    if !state.is_null() {
        // SAFETY: CURRENT points to a live CallThreadState on this thread.
        unsafe { (*state).host_result.set(Some(reason)) };
    }
}

/// Records, for the innermost wasm call on this thread, that the builtin
/// about to return a failing status failed with `code`: the trap the
/// compiled code then raises at the builtin's trap site is reported with
/// `code` instead of the site's own.
pub fn record_builtin_trap(code: TrapCode) {
    let state = CURRENT.with(|c| c.get());
    if !state.is_null() {
        // SAFETY: CURRENT points to a live CallThreadState on this thread.
        unsafe { (*state).builtin_trap.set(Some(code)) };
    }
}

/// Whether this thread is currently inside a call to wasm.
pub fn in_wasm_call() -> bool {
    !CURRENT.with(|c| c.get()).is_null()
}

/// Calls `func_ptr` (wasm calling convention) through the host→wasm
/// `trampoline` for its signature, with arguments and results in `values`.
///
/// # Safety
/// `trampoline` must be a host→wasm trampoline for the callee's exact
/// signature, `values` must hold at least max(params, results) slots with
/// the arguments, and `store` must be the callee's store context, valid for
/// the call.
pub unsafe fn catch_traps(
    store: *mut VMStoreContext,
    max_wasm_stack: usize,
    trampoline: *const u8,
    func_ptr: *const u8,
    callee_vmctx: *mut VMContext,
    caller_vmctx: *mut VMContext,
    values: *mut ValRaw,
) -> Result<(), CallError> {
    signals::install_handlers();
    ensure_alt_stack();

    // SAFETY: caller guarantees `store` is valid.
    let old_limit = unsafe { (*store).stack_limit };
    if old_limit == usize::MAX {
        let here = &old_limit as *const usize as usize;
        let limit = here.saturating_sub(max_wasm_stack).max(stack_floor());
        // SAFETY: as above.
        unsafe { (*store).stack_limit = limit };
    }

    let state = CallThreadState {
        jmp_buf: Cell::new(ptr::null_mut()),
        trap_code: Cell::new(None),
        trap_pc: Cell::new(0),
        host_result: Cell::new(None),
        builtin_trap: Cell::new(None),
        backtrace: std::cell::UnsafeCell::new([0; MAX_BACKTRACE_FRAMES]),
        backtrace_len: Cell::new(0),
    };
    let previous = CURRENT.with(|c| c.replace(&state));
    // SAFETY: the caller's guarantees; `trident_catch` only calls the
    // trampoline, and `state` outlives the call.
    let ok = unsafe {
        trident_catch(
            trampoline,
            func_ptr,
            callee_vmctx as *mut c_void,
            caller_vmctx as *mut c_void,
            values,
            state.jmp_buf.as_ptr(),
        )
    };
    CURRENT.with(|c| c.set(previous));
    // SAFETY: as above.
    unsafe { (*store).stack_limit = old_limit };

    if ok != 0 {
        return Ok(());
    }
    let len = state.backtrace_len.get().min(MAX_BACKTRACE_FRAMES);
    // SAFETY: the handler that wrote the buffer has finished.
    let backtrace = unsafe { (&(*state.backtrace.get()))[..len].to_vec() };
    let site_code = state
        .trap_code
        .get()
        .unwrap_or(TrapCode::UnreachableCodeReached);
    // A builtin's status is checked right after it returns, so a recorded
    // builtin trap is the one the code raised.
    let code = state.builtin_trap.take().unwrap_or(site_code);
    if code == TrapCode::HostError {
        if let Some(reason) = state.host_result.take() {
            return Err(CallError { reason, backtrace });
        }
    }
    Err(CallError {
        reason: TrapReason::Wasm {
            code,
            pc: state.trap_pc.get(),
        },
        backtrace,
    })
}
