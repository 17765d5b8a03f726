//! The `EpochDeadline` builtin: what happens when compiled code finds that
//! the engine's epoch reached its store's deadline.
//!
//! The builtin-table entry is `trident_epoch_deadline`, a small assembly
//! function per ISA (below) that preserves every register compiled code
//! may hold a value in — all general-purpose registers and the full
//! 128-bit vector registers — so Cranelift calls it with its `preserve_all`
//! convention and the check costs a hot loop nothing but the compare: a
//! C-convention call there made the register allocator keep values out of
//! caller-saved registers around it (Cranelift matmul ran 2.1× slower with
//! epoch checks than with a plain trap). It builds a frame record, so it
//! knows the return address into the wasm function and that function's
//! frame pointer — where a walk of the wasm stack starts — and passes both
//! to [`trident_epoch_deadline_reached`].
//!
//! The store's [`EpochCallback`], if any, sees the wasm stack (return
//! addresses, innermost first: the leaf function's own, then its callers')
//! and either sets a new deadline, so the code goes on, or lets it trap
//! with `Interrupted`. Without a callback the code traps, as before the
//! builtin existed. A panic in the callback becomes the call's result, the
//! same way a host function's panic does.
//!
//! Trapping: like every builtin, this one returns. It reports "trap" by
//! setting the store's deadline to 0, which no going-on deadline is (one
//! is at least 1): the compiled code tests the deadline after the call and
//! traps with `Interrupted` at its own trap site when it is 0. (A status
//! in a register is not an option: `preserve_all` calls return nothing.)
//!
//! Invariant: the builtin is called only from the interrupt checks
//! (function entry, loop headers) of compiled code running under
//! `catch_traps`, where every frame of the wasm stack has its frame
//! record in place.

use crate::instance::Instance;
use crate::trap::{record_builtin_trap, record_host_panic, walk_wasm_frames, MAX_BACKTRACE_FRAMES};
use crate::vmcontext::{VMContext, VMStoreContext};
use std::panic::{catch_unwind, AssertUnwindSafe};
use trident_types::{TrapCode, EPOCH_TRAP_DEADLINE as TRAP_DEADLINE};

/// Decides what happens at a passed epoch deadline: `stack` holds the
/// return addresses of the wasm frames (innermost first; at most
/// [`MAX_BACKTRACE_FRAMES`]; a trampoline's among them names no function);
/// the result is the new deadline (an absolute epoch) to go on, or `None`
/// to trap with `Interrupted`.
///
/// # Safety
/// Called only by the builtin, with the store context of the running code.
pub type EpochCallback = unsafe fn(store: &mut VMStoreContext, stack: &[usize]) -> Option<u64>;

extern "C" {
    /// The builtin-table entry (assembly, below).
    pub(crate) fn trident_epoch_deadline(vmctx: *mut VMContext);
}

/// The body of the `EpochDeadline` builtin: sets the store's next deadline,
/// or [`TRAP_DEADLINE`].
///
/// # Safety
/// Called only by `trident_epoch_deadline`, from compiled code: `vmctx` is
/// the caller's live vmctx, `pc` a return address into its function and
/// `fp` that function's frame pointer.
unsafe extern "C" fn trident_epoch_deadline_reached(vmctx: *mut VMContext, pc: usize, fp: usize) {
    // SAFETY: the caller's guarantees.
    let store = unsafe { Instance::from_vmctx(vmctx) }.store_context();
    store.epoch_deadline = match store.epoch_callback {
        None => TRAP_DEADLINE,
        Some(callback) => {
            let mut frames = [0usize; MAX_BACKTRACE_FRAMES];
            // SAFETY: `fp` is the frame pointer of the code at `pc`.
            let n = unsafe { walk_wasm_frames(pc, fp, &mut frames) };
            // SAFETY: `store` is the running code's store context.
            let decision = catch_unwind(AssertUnwindSafe(|| unsafe {
                callback(store, &frames[..n])
            }));
            match decision {
                Ok(Some(deadline)) => deadline.max(TRAP_DEADLINE + 1),
                Ok(None) => TRAP_DEADLINE,
                Err(payload) => {
                    record_host_panic(payload);
                    record_builtin_trap(TrapCode::HostError);
                    TRAP_DEADLINE
                }
            }
        }
    };
}

// Frame: [rbp] = the wasm function's frame pointer, [rbp + 8] = the
// return address into it. Saved below: the nine caller-saved GPRs, then
// xmm0-15 (rsp is 16-aligned after them: 8 at entry + 8 + 72 + 264).
#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".text",
    ".globl trident_epoch_deadline",
    ".type trident_epoch_deadline, @function",
    ".p2align 4",
    "trident_epoch_deadline:",
    // Call-frame information, so debuggers and profilers unwind through.
    ".cfi_startproc",
    "push rbp",
    ".cfi_def_cfa_offset 16",
    ".cfi_offset rbp, -16",
    "mov rbp, rsp",
    ".cfi_def_cfa_register rbp",
    "push rax",
    "push rcx",
    "push rdx",
    "push rsi",
    "push rdi",
    "push r8",
    "push r9",
    "push r10",
    "push r11",
    "sub rsp, 264",
    "movdqu [rsp], xmm0",
    "movdqu [rsp + 16], xmm1",
    "movdqu [rsp + 32], xmm2",
    "movdqu [rsp + 48], xmm3",
    "movdqu [rsp + 64], xmm4",
    "movdqu [rsp + 80], xmm5",
    "movdqu [rsp + 96], xmm6",
    "movdqu [rsp + 112], xmm7",
    "movdqu [rsp + 128], xmm8",
    "movdqu [rsp + 144], xmm9",
    "movdqu [rsp + 160], xmm10",
    "movdqu [rsp + 176], xmm11",
    "movdqu [rsp + 192], xmm12",
    "movdqu [rsp + 208], xmm13",
    "movdqu [rsp + 224], xmm14",
    "movdqu [rsp + 240], xmm15",
    // rdi is already the vmctx.
    "mov rsi, [rbp + 8]",
    "mov rdx, [rbp]",
    "call {reached}",
    "movdqu xmm0, [rsp]",
    "movdqu xmm1, [rsp + 16]",
    "movdqu xmm2, [rsp + 32]",
    "movdqu xmm3, [rsp + 48]",
    "movdqu xmm4, [rsp + 64]",
    "movdqu xmm5, [rsp + 80]",
    "movdqu xmm6, [rsp + 96]",
    "movdqu xmm7, [rsp + 112]",
    "movdqu xmm8, [rsp + 128]",
    "movdqu xmm9, [rsp + 144]",
    "movdqu xmm10, [rsp + 160]",
    "movdqu xmm11, [rsp + 176]",
    "movdqu xmm12, [rsp + 192]",
    "movdqu xmm13, [rsp + 208]",
    "movdqu xmm14, [rsp + 224]",
    "movdqu xmm15, [rsp + 240]",
    "add rsp, 264",
    "pop r11",
    "pop r10",
    "pop r9",
    "pop r8",
    "pop rdi",
    "pop rsi",
    "pop rdx",
    "pop rcx",
    "pop rax",
    "pop rbp",
    ".cfi_def_cfa rsp, 8",
    "ret",
    ".cfi_endproc",
    ".size trident_epoch_deadline, . - trident_epoch_deadline",
    reached = sym trident_epoch_deadline_reached,
);

// Frame record: [x29] = the wasm function's frame pointer, [x29 + 8] = the
// return address into it. Saved below: x0-x18, then q0-q31 (all of each
// vector register: the AAPCS keeps only the low halves of v8-v15).
#[cfg(target_arch = "aarch64")]
std::arch::global_asm!(
    ".text",
    ".globl trident_epoch_deadline",
    ".type trident_epoch_deadline, %function",
    ".p2align 4",
    "trident_epoch_deadline:",
    ".cfi_startproc",
    // `bti c`: a valid indirect-call target under branch protection (a
    // no-op on CPUs without it).
    "hint #34",
    "stp x29, x30, [sp, #-16]!",
    ".cfi_def_cfa_offset 16",
    ".cfi_offset x29, -16",
    ".cfi_offset x30, -8",
    "mov x29, sp",
    ".cfi_def_cfa w29, 16",
    "sub sp, sp, #672",
    "stp x0, x1, [sp, #0]",
    "stp x2, x3, [sp, #16]",
    "stp x4, x5, [sp, #32]",
    "stp x6, x7, [sp, #48]",
    "stp x8, x9, [sp, #64]",
    "stp x10, x11, [sp, #80]",
    "stp x12, x13, [sp, #96]",
    "stp x14, x15, [sp, #112]",
    "stp x16, x17, [sp, #128]",
    "str x18, [sp, #144]",
    "stp q0, q1, [sp, #160]",
    "stp q2, q3, [sp, #192]",
    "stp q4, q5, [sp, #224]",
    "stp q6, q7, [sp, #256]",
    "stp q8, q9, [sp, #288]",
    "stp q10, q11, [sp, #320]",
    "stp q12, q13, [sp, #352]",
    "stp q14, q15, [sp, #384]",
    "stp q16, q17, [sp, #416]",
    "stp q18, q19, [sp, #448]",
    "stp q20, q21, [sp, #480]",
    "stp q22, q23, [sp, #512]",
    "stp q24, q25, [sp, #544]",
    "stp q26, q27, [sp, #576]",
    "stp q28, q29, [sp, #608]",
    "stp q30, q31, [sp, #640]",
    // x0 is already the vmctx.
    "ldr x1, [x29, #8]",
    "ldr x2, [x29]",
    "bl {reached}",
    "ldp x0, x1, [sp, #0]",
    "ldp x2, x3, [sp, #16]",
    "ldp x4, x5, [sp, #32]",
    "ldp x6, x7, [sp, #48]",
    "ldp x8, x9, [sp, #64]",
    "ldp x10, x11, [sp, #80]",
    "ldp x12, x13, [sp, #96]",
    "ldp x14, x15, [sp, #112]",
    "ldp x16, x17, [sp, #128]",
    "ldr x18, [sp, #144]",
    "ldp q0, q1, [sp, #160]",
    "ldp q2, q3, [sp, #192]",
    "ldp q4, q5, [sp, #224]",
    "ldp q6, q7, [sp, #256]",
    "ldp q8, q9, [sp, #288]",
    "ldp q10, q11, [sp, #320]",
    "ldp q12, q13, [sp, #352]",
    "ldp q14, q15, [sp, #384]",
    "ldp q16, q17, [sp, #416]",
    "ldp q18, q19, [sp, #448]",
    "ldp q20, q21, [sp, #480]",
    "ldp q22, q23, [sp, #512]",
    "ldp q24, q25, [sp, #544]",
    "ldp q26, q27, [sp, #576]",
    "ldp q28, q29, [sp, #608]",
    "ldp q30, q31, [sp, #640]",
    "add sp, sp, #672",
    "ldp x29, x30, [sp], #16",
    ".cfi_def_cfa sp, 0",
    "ret",
    ".cfi_endproc",
    ".size trident_epoch_deadline, . - trident_epoch_deadline",
    reached = sym trident_epoch_deadline_reached,
);
