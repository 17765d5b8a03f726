//! The stack-probe helper LLVM's x86 prologues call for frames of 4 KiB or
//! more (see the stack-limit notes in `interrupts.rs`).
//!
//! It is module-level assembly in its own section, so every function that
//! calls it gets a private copy appended to its body by the object splitter
//! (`object.rs`); no relocation to runtime code is needed. Contract (LLVM's
//! probe-call convention on x86-64 Linux): called from the prologue with
//! the frame size in `rax`, before `sub rsp, rax`; it must preserve every
//! register. Here `rdi` still holds the callee vmctx, so the helper loads
//! `VMStoreContext::stack_limit` through it and traps with `StackOverflow`
//! (a `ud1` carrying the code, like every other trap) when
//! `rsp - rax` would fall below the limit, or when the sum overflows. The
//! comparison uses the helper's own `rsp`, 16 bytes below the caller's, so
//! it is conservative by those 16 bytes.

use trident_types::{TrapCode, VMOffsets};

/// The helper's symbol.
pub(crate) const PROBESTACK_SYMBOL: &str = "__trident_probestack";

/// The function attribute value that makes LLVM call the helper.
pub(crate) const PROBE_SIZE: &str = "4096";

/// The module assembly defining the helper for the vmctx layout `offsets`.
pub(crate) fn probestack_asm(offsets: &VMOffsets) -> String {
    let store = offsets.store_context();
    let limit = offsets.store_context_stack_limit();
    let code = TrapCode::StackOverflow as u8;
    let s = PROBESTACK_SYMBOL;
    format!(
        "\t.pushsection .text.{s},\"ax\",@progbits\n\
         \t.globl {s}\n\
         \t.type {s},@function\n\
         \t.p2align 4\n\
         {s}:\n\
         \tpushq %r11\n\
         \tmovq {store}(%rdi), %r11\n\
         \tmovq {limit}(%r11), %r11\n\
         \taddq %rax, %r11\n\
         \tjc 1f\n\
         \tcmpq %r11, %rsp\n\
         \tjb 1f\n\
         \tpopq %r11\n\
         \tretq\n\
         1:\n\
         \t.byte 0x67, 0x0f, 0xb9, 0x40, {code}\n\
         \t.size {s}, .-{s}\n\
         \t.popsection\n"
    )
}
