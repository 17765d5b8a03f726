//! Explicit traps.
//!
//! Every explicit trap is a branch to the function's trap block for its
//! [`TrapCode`]: a call of `llvm.ubsantrap(code)` followed by
//! `unreachable`. On x86-64 LLVM lowers it to `ud1l code(%eax), %eax`, an
//! undefined instruction that raises `SIGILL` and carries the code in its
//! displacement byte, so after code generation the trap-site scan
//! (`disasm.rs`) finds every trap instruction and its code in the machine
//! code itself, wherever LLVM placed, duplicated or merged the blocks.
//! On AArch64 the trap is inline assembly, `udf #(0x5500 | code)` (LLVM
//! would lower `llvm.ubsantrap` to `brk`, whose `SIGTRAP` the runtime does
//! not handle), found by the same scan.
//! `llvm.ubsantrap` calls with different codes are never merged; merging
//! two of the same code is harmless. The intrinsic is `cold` and
//! `noreturn`, but LLVM declares it to touch only inaccessible memory
//! (`inaccessiblememonly`, `writeonly`): to LLVM a store that only a trap
//! follows is dead, and it deleted such stores (a `global.set` or a heap
//! store before a trap was lost, found by the differential fuzz target).
//! Wasm makes every store before a trap visible to the host, so on x86-64
//! the trap block starts with an empty inline assembly statement with side
//! effects, which as far as LLVM knows reads and writes all memory (it
//! emits no instruction); AArch64's `udf` is such a statement already.

use crate::error::{IrResult, Result};
use crate::target::Arch;
use crate::translator::FuncTranslator;
use inkwell::basic_block::BasicBlock;
use inkwell::values::IntValue;
use trident_types::TrapCode;

/// AArch64 trap instructions are `udf #(AARCH64_TRAP_BASE | code)`; the
/// high byte keeps them distinct from an all-zero word.
pub(crate) const AARCH64_TRAP_BASE: u16 = 0x5500;

/// The trap blocks of one function, by trap code.
#[derive(Default)]
pub(crate) struct TrapBlocks<'ctx> {
    blocks: [Option<BasicBlock<'ctx>>; TrapCode::ALL.len()],
}

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// The block that traps with `code`.
    fn trap_block(&mut self, code: TrapCode) -> Result<BasicBlock<'ctx>> {
        if let Some(b) = self.traps.blocks[code as usize] {
            return Ok(b);
        }
        let here = self.b.get_insert_block();
        let block = self
            .ir
            .context
            .append_basic_block(self.func, &format!("trap_{}", code as u8));
        self.b.position_at_end(block);
        emit_trap(&self.b, self.ir, code)?;
        if let Some(h) = here {
            self.b.position_at_end(h);
        }
        self.traps.blocks[code as usize] = Some(block);
        Ok(block)
    }

    /// Traps with `code` when `cond` (an `i1`) is true; code continues in
    /// a new block otherwise.
    pub(crate) fn trap_if(&mut self, cond: IntValue<'ctx>, code: TrapCode) -> Result<()> {
        let trap = self.trap_block(code)?;
        let cont = self.ir.context.append_basic_block(self.func, "");
        let br = self.b.build_conditional_branch(cond, trap, cont).ir()?;
        crate::interrupts::mark_unlikely(self.ir, br)?;
        self.b.position_at_end(cont);
        Ok(())
    }

    /// Traps with `code` unconditionally; what follows is unreachable.
    pub(crate) fn trap_now(&mut self, code: TrapCode) -> Result<()> {
        let trap = self.trap_block(code)?;
        self.b.build_unconditional_branch(trap).ir()?;
        Ok(())
    }
}

/// Emits the trap instruction for `code` at the builder's position and
/// ends the block.
pub(crate) fn emit_trap<'ctx>(
    b: &inkwell::builder::Builder<'ctx>,
    ir: &crate::ir::Ir<'ctx>,
    code: TrapCode,
) -> Result<()> {
    match ir.arch {
        Arch::X86_64 => {
            // Keeps every earlier store alive (see the module comment).
            let ty = ir.context.void_type().fn_type(&[], false);
            let barrier = ir.context.create_inline_asm(
                ty,
                String::new(),
                String::new(),
                true,
                false,
                None,
                false,
            );
            b.build_indirect_call(ty, barrier, &[], "").ir()?;
            let f = ir.intrinsic("llvm.ubsantrap", &[])?;
            let call = b
                .build_call(f, &[ir.i8.const_int(code as u64, false).into()], "")
                .ir()?;
            call.add_attribute(
                inkwell::attributes::AttributeLoc::Function,
                ir.enum_attr("nomerge"),
            );
        }
        Arch::Aarch64 => {
            // `udf #(0x5500 | code)`: SIGILL. Inline assembly with side
            // effects, as far as LLVM knows, reads and writes memory.
            let ty = ir.context.void_type().fn_type(&[], false);
            let asm = ir.context.create_inline_asm(
                ty,
                format!("udf #{}", AARCH64_TRAP_BASE | code as u16),
                String::new(),
                true,
                false,
                None,
                false,
            );
            b.build_indirect_call(ty, asm, &[], "").ir()?;
        }
    }
    b.build_unreachable().ir()?;
    Ok(())
}
