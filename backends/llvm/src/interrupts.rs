//! The stack-limit check, fuel, epoch checks and NaN canonicalization
//! (contracts in `trident_types::VMOffsets` and `CompilerOptions`).
//!
//! # Stack limit
//!
//! Two mechanisms together check every frame against
//! `VMStoreContext::stack_limit`:
//!
//! * every function starts with an explicit check, `frameaddress(0) <
//!   stack_limit` → `StackOverflow`. It runs once the prologue has pushed
//!   the frame pointer and allocated the frame, which is fine for frames
//!   below LLVM's probe size (4 KiB): the runtime keeps 128 KiB of headroom
//!   below the limit, so the few stores the prologue makes and the trap
//!   itself stay on mapped stack;
//! * frames of 4 KiB or more are checked *before* they are allocated:
//!   functions carry `"probe-stack"="__trident_probestack"`, so LLVM's x86
//!   prologue calls that helper with the frame size in `rax` just before
//!   `sub rsp, rax`. The helper (`probestack.rs`) compares `rsp - rax`
//!   with the limit it reads through the vmctx in `rdi` and traps with
//!   `StackOverflow` itself. LLVM's shrink-wrapping is disabled
//!   (`target.rs`) so the prologue always runs at function entry, where
//!   `rdi` still holds the vmctx.
//!
//! # Fuel
//!
//! Fuel lives in a local slot while a function runs: operator costs
//! accumulate at compile time in the driver's `fuel_pending` and are added
//! to the slot at the driver's flush points (before every control
//! operator), so every block ends with an up-to-date
//! count. The slot is written back to `VMStoreContext::fuel_consumed`
//! before calls and bulk memory and table operators, in the return block
//! and before checks, and reloaded after calls (the callee consumed fuel
//! too) and bulk operators (their builtin charged the length part). Checks (`> 0 ⇒ OutOfFuel`) run at
//! function entry and at each loop header; epoch checks (`*epoch_ptr >=
//! epoch_deadline`, the counter loaded `volatile` each time) run at the
//! same places and call the `EpochDeadline` builtin out of line, which
//! goes on or has the code trap with `Interrupted`.
//!
//! # NaN canonicalization
//!
//! With `nan_canonicalization`, the results of the float operators listed
//! in `CompilerOptions` are replaced by the canonical NaN when they are
//! NaN (`select(x uno x, canonical, x)`).

use crate::error::{IrResult, Result};
use crate::ir::{Ir, Region};
use crate::translator::FuncTranslator;
use inkwell::values::BasicValue;
use inkwell::values::{BasicValueEnum, FloatValue, InstructionValue};
use inkwell::{FloatPredicate, IntPredicate};
use trident_compiler::fuel::charged_by_builtin;
use trident_compiler::operators::{is_call, is_tail_call, produces_arithmetic_nan};
use trident_compiler::wasmparser::Operator;
use trident_compiler::{FuncEmitter, FuncState};
use trident_types::{Builtin, TrapCode, EPOCH_TRAP_DEADLINE};

/// Marks conditional branch `br` as almost never taking its first
/// successor (the trap).
pub(crate) fn mark_unlikely<'ctx>(ir: &Ir<'ctx>, br: InstructionValue<'ctx>) -> Result<()> {
    let c = ir.context;
    let weights = c.metadata_node(&[
        c.metadata_string("branch_weights").into(),
        ir.i32.const_int(1, false).into(),
        ir.i32.const_int(1 << 20, false).into(),
    ]);
    br.set_metadata(weights, c.get_kind_id("prof"))
        .map_err(|e| crate::error::codegen(format!("cannot attach branch weights: {e:?}")))
}

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// The entry code: stack check, then fuel and epoch set-up (the
    /// driver runs the entry check).
    pub(crate) fn function_prologue(&mut self) -> Result<()> {
        let o = &self.env.offsets;
        let (store_off, limit_off) = (o.store_context(), o.store_context_stack_limit());
        let store_ctx = self.load_ptr(self.vmctx, store_off, Region::Vmctx, true)?;
        self.store_ctx = Some(store_ctx);
        let limit = self
            .load(
                self.ir.i64,
                store_ctx,
                limit_off,
                Region::StoreContext,
                true,
            )?
            .into_int_value();
        let frame = self
            .call_intrinsic(
                "llvm.frameaddress",
                &[self.ir.ptr.into()],
                &[self.ir.i32.const_zero().into()],
            )?
            .into_pointer_value();
        let sp = self.b.build_ptr_to_int(frame, self.ir.i64, "").ir()?;
        let over = self
            .b
            .build_int_compare(IntPredicate::ULT, sp, limit, "")
            .ir()?;
        self.trap_if(over, TrapCode::StackOverflow)?;

        if self.env.options.consume_fuel {
            // The slot is created with the locals, in the entry block.
            let slot = {
                let entry = self
                    .func
                    .get_first_basic_block()
                    .ok_or_else(|| self.bug("function without an entry block"))?;
                let here = self.b.get_insert_block();
                match entry.get_first_instruction() {
                    Some(first) => self.b.position_before(&first),
                    None => self.b.position_at_end(entry),
                }
                let slot = self.b.build_alloca(self.ir.i64, "fuel").ir()?;
                if let Some(h) = here {
                    self.b.position_at_end(h);
                }
                slot
            };
            self.fuel = Some(slot);
            let off = self.env.offsets.store_context_fuel_consumed();
            let v = self.load(self.ir.i64, store_ctx, off, Region::StoreContext, false)?;
            self.b.build_store(slot, v).ir()?;
        }
        // The driver runs the entry check next.
        Ok(())
    }

    /// Writes the fuel slot back to the store context.
    fn store_fuel(&mut self) -> Result<()> {
        let Some(slot) = self.fuel else {
            return Ok(());
        };
        self.flush_fuel()?;
        let v = self.b.build_load(self.ir.i64, slot, "").ir()?;
        let ctx = self
            .store_ctx
            .ok_or_else(|| self.bug("store context not loaded"))?;
        let off = self.env.offsets.store_context_fuel_consumed();
        self.store(v, ctx, off, Region::StoreContext)
    }

    /// Writes fuel back in the return block.
    pub(crate) fn store_fuel_at_return(&mut self) -> Result<()> {
        self.store_fuel()
    }

    fn reload_fuel(&mut self) -> Result<()> {
        let Some(slot) = self.fuel else {
            return Ok(());
        };
        let ctx = self
            .store_ctx
            .ok_or_else(|| self.bug("store context not loaded"))?;
        let off = self.env.offsets.store_context_fuel_consumed();
        let v = self.load(self.ir.i64, ctx, off, Region::StoreContext, false)?;
        self.b.build_store(slot, v).ir()?;
        Ok(())
    }

    /// `x`, or the canonical NaN of its type when `x` is a NaN.
    fn canonicalize_nan(&self, x: FloatValue<'ctx>) -> Result<BasicValueEnum<'ctx>> {
        let ty = x.get_type();
        let bits = if ty == self.ir.f32 {
            0x7fc0_0000
        } else {
            0x7ff8_0000_0000_0000
        };
        let canonical = self.float_bits(ty, bits)?;
        let nan = self
            .b
            .build_float_compare(FloatPredicate::UNO, x, x, "")
            .ir()?;
        self.b.build_select(nan, canonical, x, "").ir()
    }
}

/// The driver's per-function hooks: apart from `control` and `state`,
/// they are the fuel, epoch and NaN points this file is about.
impl FuncEmitter for FuncTranslator<'_, '_> {
    const BACKEND: &'static str = crate::error::BACKEND;

    fn control(&mut self, op: &Operator<'_>) -> Result<bool> {
        self.translate_control(op)
    }

    fn state(&mut self) -> &mut FuncState {
        &mut self.st
    }

    /// Instructions from here on carry the operator's offset as their
    /// debug line (`lines.rs`).
    fn source_location(&mut self, offset: u32) {
        if let Some((lines, scope)) = self.lines {
            let loc = lines.location(self.ir.context, scope, offset);
            self.b.set_current_debug_location(loc);
        }
    }

    /// Adds the pending cost to the fuel slot.
    fn flush_fuel(&mut self) -> Result<()> {
        let Some(slot) = self.fuel else {
            return Ok(());
        };
        if self.st.fuel_pending != 0 {
            let v = self
                .b
                .build_load(self.ir.i64, slot, "")
                .ir()?
                .into_int_value();
            let v = self
                .b
                .build_int_add(v, self.i64_const(self.st.fuel_pending), "")
                .ir()?;
            self.b.build_store(slot, v).ir()?;
            self.st.fuel_pending = 0;
        }
        Ok(())
    }

    /// The fuel and epoch checks (function entry, loop headers).
    fn interrupt_check(&mut self) -> Result<()> {
        if let Some(slot) = self.fuel {
            self.store_fuel()?;
            let v = self
                .b
                .build_load(self.ir.i64, slot, "")
                .ir()?
                .into_int_value();
            let out = self
                .b
                .build_int_compare(IntPredicate::SGT, v, self.i64_const(0), "")
                .ir()?;
            self.trap_if(out, TrapCode::OutOfFuel)?;
        }
        if self.env.options.epoch_interruption {
            let ctx = self
                .store_ctx
                .ok_or_else(|| self.bug("store context not loaded"))?;
            let o = &self.env.offsets;
            let (ptr_off, deadline_off) = (
                o.store_context_epoch_ptr(),
                o.store_context_epoch_deadline(),
            );
            let epoch_ptr = self.load_ptr(ctx, ptr_off, Region::StoreContext, true)?;
            let epoch = self.b.build_load(self.ir.i64, epoch_ptr, "").ir()?;
            let inst = epoch
                .as_instruction_value()
                .ok_or_else(|| self.bug("epoch load is not an instruction"))?;
            inst.set_volatile(true)
                .map_err(|e| self.bug(&format!("cannot mark volatile: {e:?}")))?;
            self.ir.tag(Some(inst), Region::Epoch, false)?;
            let deadline = self
                .load(self.ir.i64, ctx, deadline_off, Region::StoreContext, false)?
                .into_int_value();
            let late = self
                .b
                .build_int_compare(IntPredicate::UGE, epoch.into_int_value(), deadline, "")
                .ir()?;
            // Out of line: the builtin lets the store's epoch callback
            // (a guest profiler) go on with a new deadline, or asks for the
            // trap with the deadline `EPOCH_TRAP_DEADLINE`.
            let slow = self.ir.context.append_basic_block(self.func, "");
            let cont = self.ir.context.append_basic_block(self.func, "");
            let br = self.b.build_conditional_branch(late, slow, cont).ir()?;
            mark_unlikely(self.ir, br)?;
            self.b.position_at_end(slow);
            self.call_builtin(Builtin::EpochDeadline, &[])?;
            let next = self
                .load(self.ir.i64, ctx, deadline_off, Region::StoreContext, false)?
                .into_int_value();
            let stop = self
                .b
                .build_int_compare(
                    IntPredicate::EQ,
                    next,
                    self.i64_const(EPOCH_TRAP_DEADLINE as i64),
                    "",
                )
                .ir()?;
            self.trap_if(stop, TrapCode::Interrupted)?;
            self.b.build_unconditional_branch(cont).ir()?;
            self.b.position_at_end(cont);
        }
        Ok(())
    }

    /// Before a reachable operator (after the driver flushed pending
    /// fuel): fuel in memory must be up to date before a call, a tail
    /// call or a bulk operator's builtin.
    fn before_operator(&mut self, op: &Operator<'_>) -> Result<()> {
        if self.fuel.is_none() {
            return Ok(());
        }
        if is_call(op) || is_tail_call(op) || charged_by_builtin(op) {
            self.store_fuel()?;
        }
        Ok(())
    }

    /// After a reachable operator: reload fuel after calls (the callee
    /// consumed some), canonicalize NaN results.
    fn after_operator(&mut self, op: &Operator<'_>) -> Result<()> {
        if self.fuel.is_some() && self.st.reachable && (is_call(op) || charged_by_builtin(op)) {
            self.reload_fuel()?;
        }
        if self.env.options.nan_canonicalization && produces_arithmetic_nan(op) {
            let v = self.pop_float()?;
            let c = self.canonicalize_nan(v)?;
            self.push(c);
        }
        Ok(())
    }
}
