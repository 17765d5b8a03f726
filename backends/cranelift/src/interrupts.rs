//! Fuel, epoch checks and NaN canonicalization, when the options ask for
//! them (contracts in `trident_types::VMOffsets` and `CompilerOptions`).
//!
//! Fuel lives in a frontend `Variable` while a function runs: operator
//! costs accumulate at compile time in the driver's `fuel_pending` and are
//! added to the variable at the driver's flush points (before every
//! control operator), so every block ends with an up-to-date count. The variable is written back to
//! `VMStoreContext::fuel_consumed` before calls, bulk memory and table
//! operators, returns and checks, and reloaded after calls (the callee
//! consumed fuel too) and bulk operators (their builtin charged the length
//! part). Checks (`> 0 ⇒
//! OutOfFuel`) run at function entry and at each loop header, so no loop
//! runs unmetered; epoch checks run at the same places, and call the
//! `EpochDeadline` builtin out of line once the deadline passed. (The
//! compare loads the deadline into a register first: Cranelift folds a
//! load into the compare of a `trapnz` but not of a `brif`. Keeping the
//! deadline in a `Variable` instead cost more, through register pressure:
//! interp 1.36× against 1.01×.)

use crate::emit::clif_trap;
use crate::translator::{vmctx_mutable, vmctx_readonly, FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, Value};
use trident_compiler::fuel::charged_by_builtin;
use trident_compiler::operators::{is_call, is_tail_call, produces_arithmetic_nan};
use trident_compiler::wasmparser::Operator;
use trident_compiler::{FuncEmitter, FuncState};
use trident_types::{Builtin, TrapCode, EPOCH_TRAP_DEADLINE};

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// Sets up fuel and epoch state at function entry (the driver runs
    /// the entry check).
    pub(crate) fn init_interrupts(&mut self) -> Result<()> {
        if !self.env.consume_fuel && !self.env.epoch_interruption {
            return Ok(());
        }
        let store_ctx = self.load(
            self.env.ptr,
            vmctx_readonly(),
            self.vmctx,
            self.env.offsets.store_context(),
        )?;
        self.store_ctx = Some(store_ctx);
        if self.env.consume_fuel {
            let var = self.b.declare_var(types::I64);
            let v = self.load(
                types::I64,
                vmctx_mutable(),
                store_ctx,
                self.env.offsets.store_context_fuel_consumed(),
            )?;
            self.b.def_var(var, v);
            self.fuel = Some(var);
        }
        Ok(())
    }

    /// Whether `op` may leave the function (or call out of it), so fuel in
    /// memory must be up to date: calls, the bulk operators whose builtin
    /// charges fuel, `return`, tail calls, the function's final `end`, and branches
    /// that target the function's own frame.
    fn leaves_function(&self, op: &Operator<'_>) -> bool {
        let outermost = self.frames.len().saturating_sub(1) as u32;
        match op {
            Operator::Return => true,
            _ if is_call(op) || is_tail_call(op) || charged_by_builtin(op) => true,
            Operator::End => self.frames.len() == 1,
            Operator::Br { relative_depth } | Operator::BrIf { relative_depth } => {
                *relative_depth == outermost
            }
            Operator::BrTable { targets } => {
                targets.default() == outermost
                    || targets.targets().any(|t| t.is_ok_and(|d| d == outermost))
            }
            _ => false,
        }
    }

    fn store_ctx(&self) -> Result<Value> {
        self.store_ctx
            .ok_or_else(|| self.bug("store context not loaded"))
    }

    fn store_fuel(&mut self) -> Result<()> {
        let Some(var) = self.fuel else { return Ok(()) };
        self.flush_fuel()?;
        let v = self.b.use_var(var);
        let ctx = self.store_ctx()?;
        self.store(
            vmctx_mutable(),
            v,
            ctx,
            self.env.offsets.store_context_fuel_consumed(),
        )
    }

    fn reload_fuel(&mut self) -> Result<()> {
        let Some(var) = self.fuel else { return Ok(()) };
        let ctx = self.store_ctx()?;
        let v = self.load(
            types::I64,
            vmctx_mutable(),
            ctx,
            self.env.offsets.store_context_fuel_consumed(),
        )?;
        self.b.def_var(var, v);
        Ok(())
    }

    /// `v`, or the canonical NaN of its type if `v` is a NaN.
    fn canonicalize_nan(&mut self, v: Value) -> Value {
        let ty = self.b.func.dfg.value_type(v);
        let canonical = if ty == types::F32 {
            self.b.ins().f32const(f32::from_bits(0x7fc0_0000))
        } else {
            self.b.ins().f64const(f64::from_bits(0x7ff8_0000_0000_0000))
        };
        let is_nan = self.b.ins().fcmp(FloatCC::Unordered, v, v);
        self.b.ins().select(is_nan, canonical, v)
    }
}

/// The driver's per-function hooks: apart from `control` and `state`,
/// they are the fuel, epoch and NaN points this file is about.
impl FuncEmitter for FuncTranslator<'_, '_> {
    const BACKEND: &'static str = crate::BACKEND;

    fn control(&mut self, op: &Operator<'_>) -> Result<bool> {
        self.translate_control(op)
    }

    fn state(&mut self) -> &mut FuncState {
        &mut self.st
    }

    fn source_location(&mut self, offset: u32) {
        if self.env.address_map {
            self.b
                .set_srcloc(cranelift_codegen::ir::SourceLoc::new(offset));
        }
    }

    /// Adds the pending cost to the fuel variable.
    fn flush_fuel(&mut self) -> Result<()> {
        let Some(var) = self.fuel else {
            return Ok(());
        };
        if self.st.fuel_pending != 0 {
            let v = self.b.use_var(var);
            let v = self.b.ins().iadd_imm_s(v, self.st.fuel_pending);
            self.b.def_var(var, v);
            self.st.fuel_pending = 0;
        }
        Ok(())
    }

    /// The fuel and epoch checks (function entry, loop headers).
    fn interrupt_check(&mut self) -> Result<()> {
        if let Some(var) = self.fuel {
            self.store_fuel()?;
            let v = self.b.use_var(var);
            let out = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, v, 0);
            self.b.ins().trapnz(out, clif_trap(TrapCode::OutOfFuel));
        }
        if self.env.epoch_interruption {
            let ctx = self.store_ctx()?;
            let o = &self.env.offsets;
            let (ptr_off, deadline_off) = (
                o.store_context_epoch_ptr(),
                o.store_context_epoch_deadline(),
            );
            let epoch_ptr = self.load(self.env.ptr, vmctx_readonly(), ctx, ptr_off)?;
            // An atomic load: another thread advances the epoch, and a plain
            // load here could be merged with the one at function entry.
            let flags = cranelift_codegen::ir::MemFlagsData::trusted();
            let epoch = self.b.ins().atomic_load(types::I64, flags, epoch_ptr);
            let deadline = self.load(types::I64, vmctx_mutable(), ctx, deadline_off)?;
            let late = self
                .b
                .ins()
                .icmp(IntCC::UnsignedGreaterThanOrEqual, epoch, deadline);
            // Out of line: the builtin lets the store's epoch callback
            // (a guest profiler) go on with a new deadline, or asks for the
            // trap with the deadline `EPOCH_TRAP_DEADLINE`.
            let (slow, cont) = (self.b.create_block(), self.b.create_block());
            self.b.set_cold_block(slow);
            self.b.ins().brif(late, slow, &[], cont, &[]);
            self.b.switch_to_block(slow);
            self.b.seal_block(slow);
            self.call_builtin(Builtin::EpochDeadline, &[])?;
            let next = self.load(types::I64, vmctx_mutable(), ctx, deadline_off)?;
            let stop = self
                .b
                .ins()
                .icmp_imm_u(IntCC::Equal, next, EPOCH_TRAP_DEADLINE as i64);
            self.b.ins().trapnz(stop, clif_trap(TrapCode::Interrupted));
            self.b.ins().jump(cont, &[]);
            self.b.switch_to_block(cont);
            self.b.seal_block(cont);
        }
        Ok(())
    }

    /// Before a reachable operator (after the driver flushed pending fuel):
    /// fuel in memory must be up to date when `op` may leave the function.
    fn before_operator(&mut self, op: &Operator<'_>) -> Result<()> {
        if self.fuel.is_none() {
            return Ok(());
        }
        if self.leaves_function(op) {
            self.store_fuel()?;
        }
        Ok(())
    }

    /// After a reachable operator: reload fuel after calls (the callee
    /// consumed some) and bulk operators (their builtin charged the length
    /// part), canonicalize NaN results.
    fn after_operator(&mut self, op: &Operator<'_>) -> Result<()> {
        if self.fuel.is_some() && (is_call(op) || charged_by_builtin(op)) {
            self.reload_fuel()?;
        }
        if self.env.nan_canonicalization && produces_arithmetic_nan(op) {
            let v = self.pop()?;
            let c = self.canonicalize_nan(v);
            self.push(c);
        }
        Ok(())
    }
}
