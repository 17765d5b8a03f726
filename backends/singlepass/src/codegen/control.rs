//! Structured control flow, and the fuel and epoch code the driver asks
//! for.
//!
//! Each open `block`/`loop`/`if` is a [`Frame`] with a label: the loop
//! header for loops, the code after `end` otherwise. Labels are forward
//! references the assembler patches when they are bound.
//!
//! Join-point invariant: when a frame is entered every register operand is
//! spilled and its parameters are stored in their own slots, so the
//! operands below the frame's `height` stay unchanged (constants or slots)
//! for its whole body. Whoever reaches a frame's label puts the label's
//! values (results, or a loop's parameters) in slots `height..`, so at the
//! label the stack is: the unchanged operands, then those values in their
//! slots. A block nobody branches to keeps its results wherever they are.
//!
//! Branching to the function's own frame returns directly (results to the
//! return registers or the caller's result area, then the epilogue).
//!
//! Fuel (see `trident_types::VMOffsets`): pending operator costs are added
//! to the store before every branch, label, call and return, and checked
//! at function entry and at every loop header, as is the epoch deadline.

use super::{FuncGen, Loc, Result};
use crate::abi::is_float;
use crate::machine::{Addr, IntCond, Label, LoadKind, Masm, Reg, RegImm, Size};
use std::collections::BTreeMap;
use trident_compiler::block_type;
use trident_compiler::wasmparser::{BlockType, Operator};
use trident_types::{Builtin, TrapCode, ValType, EPOCH_TRAP_DEADLINE};

/// What kind of construct a frame is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FrameKind {
    Function,
    Block,
    Loop,
    If { else_label: Label, has_else: bool },
}

/// An open construct.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame<'a> {
    pub kind: FrameKind,
    /// Where branches to this frame go.
    pub label: Label,
    /// Stack height below the frame's parameters.
    pub height: usize,
    pub params: &'a [ValType],
    pub results: &'a [ValType],
    /// Whether something branches to `label` (not for loops).
    pub end_reachable: bool,
}

impl Frame<'_> {
    /// The values a branch to this frame carries.
    fn branch_arity(&self) -> usize {
        match self.kind {
            FrameKind::Loop => self.params.len(),
            _ => self.results.len(),
        }
    }
}

/// The out-of-line half of one epoch check: its code is bound at `call`
/// and returns to `back`; `trap` is the check's `Interrupted` stub and
/// `source` its operator's module offset (for the address map).
pub struct LateEpoch {
    call: Label,
    back: Label,
    trap: Label,
    source: Option<u32>,
}

impl<'a, M: Masm> FuncGen<'a, M> {
    pub(super) fn push_function_frame(&mut self) {
        let label = self.m.new_label();
        self.frames.push(Frame {
            kind: FrameKind::Function,
            label,
            height: 0,
            params: &[],
            results: self.results,
            end_reachable: false,
        });
    }

    fn block_signature(&self, ty: BlockType) -> Result<(&'a [ValType], &'a [ValType])> {
        let module = self.env.module;
        block_type(module, ty, crate::BACKEND, self.st.offset)
            .map_err(|e| e.in_function(self.func_index))
    }

    /// Index in `frames` of the frame `depth` levels out.
    fn frame_index(&self, depth: u32) -> Result<usize> {
        (self.frames.len())
            .checked_sub(1 + depth as usize)
            .ok_or_else(|| self.bug("branch depth out of range"))
    }

    /// Adds pending fuel to the store.
    pub fn flush_fuel(&mut self) {
        if self.st.fuel_pending == 0 {
            return;
        }
        let amount = self.st.fuel_pending as i32;
        self.st.fuel_pending = 0;
        let ctx = self.load_store_context();
        let off = self.env.offsets.store_context_fuel_consumed() as i32;
        self.m.add_mem_imm(Addr::new(ctx, off), amount);
    }

    /// Traps with `OutOfFuel` when the store's fuel is used up.
    pub fn fuel_check(&mut self) {
        if !self.env.options.consume_fuel {
            return;
        }
        let ctx = self.load_store_context();
        let fuel = M::SCRATCH_GPR2;
        let off = self.env.offsets.store_context_fuel_consumed() as i32;
        let kind = LoadKind::Int {
            bytes: 8,
            signed: false,
            size: Size::S64,
        };
        self.m.load(kind, Reg::Gpr(fuel), Addr::new(ctx, off), None);
        let trap = self.m.trap_label(TrapCode::OutOfFuel);
        self.m
            .branch_cmp(IntCond::GtS, Size::S64, fuel, RegImm::Imm(0), trap);
    }

    /// Once the epoch reached the deadline, calls the `EpochDeadline`
    /// builtin out of line (see [`LateEpoch`]), which goes on or has the
    /// code trap with `Interrupted`.
    pub fn epoch_check(&mut self) -> Result<()> {
        if !self.env.options.epoch_interruption {
            return Ok(());
        }
        let ctx = self.load_store_context();
        let epoch = M::SCRATCH_GPR2;
        let o = &self.env.offsets;
        let (ptr_off, deadline_off) = (
            o.store_context_epoch_ptr() as i32,
            o.store_context_epoch_deadline() as i32,
        );
        self.m.load_ptr(epoch, ctx, ptr_off);
        self.m.load_ptr(epoch, epoch, 0);
        self.m.load_ptr(ctx, ctx, deadline_off);
        let late = LateEpoch {
            call: self.m.new_label(),
            back: self.m.new_label(),
            trap: self.m.trap_label(TrapCode::Interrupted),
            source: (!self.env.options.omit_address_map).then_some(self.st.offset as u32),
        };
        self.m
            .branch_cmp(IntCond::GeU, Size::S64, epoch, RegImm::Reg(ctx), late.call);
        self.m.bind(late.back);
        self.late_epochs.push(late);
        Ok(())
    }

    /// Emits the out-of-line halves of the epoch checks: call the builtin,
    /// which lets the store's epoch callback (a guest profiler) go on with
    /// a new deadline or asks for the trap with `EPOCH_TRAP_DEADLINE`, then
    /// return to the check. No operand lives in a register at a check
    /// (function entry, or a loop header after `enter_frame`), and the
    /// pinned registers are restored after the call, so the code is the
    /// same wherever it goes.
    pub fn emit_late_epochs(&mut self) -> Result<()> {
        let deadline_off = self.env.offsets.store_context_epoch_deadline() as i32;
        for late in std::mem::take(&mut self.late_epochs) {
            self.m.bind(late.call);
            if let Some(offset) = late.source {
                self.m.set_source(offset);
            }
            self.m.mov(Reg::Gpr(M::INT_ARGS[0]), Reg::Gpr(M::VMCTX));
            self.call_builtin_entry(Builtin::EpochDeadline)?;
            let ctx = self.load_store_context();
            self.m.load_ptr(ctx, ctx, deadline_off);
            let stop = RegImm::Imm(EPOCH_TRAP_DEADLINE as i32);
            self.m
                .branch_cmp(IntCond::Eq, Size::S64, ctx, stop, late.trap);
            self.m.jump(late.back);
        }
        Ok(())
    }

    /// Enters a construct with `params` on top of the stack: everything to
    /// memory, parameters in their slots. Returns the frame height.
    fn enter_frame(&mut self, params: usize) -> Result<usize> {
        self.spill_all()?;
        self.materialize_top(params)?;
        self.stack
            .len()
            .checked_sub(params)
            .ok_or_else(|| self.bug("operand stack underflow"))
    }

    /// Replaces everything above `height` with `types` in their slots.
    fn reset_to_slots(&mut self, height: usize, types: &[ValType]) {
        self.truncate(height);
        for t in types {
            self.push(*t, Loc::Mem);
        }
    }

    /// Whether the top `n` operands are already in slots `height..`.
    fn in_place(&self, height: usize, n: usize) -> bool {
        let start = self.stack.len() - n.min(self.stack.len());
        start == height && self.stack[start..].iter().all(|v| v.loc == Loc::Mem)
    }

    /// Stores the top `n` operands into slots `height..` (forward order is
    /// safe: a destination is never above its source).
    fn move_to_slots(&mut self, height: usize, n: usize) -> Result<()> {
        let start = self
            .stack
            .len()
            .checked_sub(n)
            .ok_or_else(|| self.bug("operand stack underflow"))?;
        for k in 0..n {
            let v = self.stack[start + k];
            let dst = self.slot_addr(height + k);
            self.store_val(v, start + k, dst);
        }
        Ok(())
    }

    /// Emits a branch to frame `index` (the operands stay on the stack).
    fn branch_to(&mut self, index: usize) -> Result<()> {
        let f = self.frames[index];
        if f.kind == FrameKind::Function {
            return self.emit_return();
        }
        let n = f.branch_arity();
        if !self.in_place(f.height, n) {
            self.move_to_slots(f.height, n)?;
        }
        self.m.jump(f.label);
        if f.kind != FrameKind::Loop {
            self.frames[index].end_reachable = true;
        }
        Ok(())
    }

    /// Branches to the frame `depth` levels out when the `size`-wide
    /// integer in `cond` is zero (`on_zero`) or non-zero, carrying the top
    /// values of the stack; falls through with the stack unchanged
    /// otherwise (`br_if`, `br_on_null`, `br_on_non_null`). `free_cond`
    /// frees `cond` once it is tested (a popped condition; not a value
    /// still on the stack or pushed back after).
    pub(crate) fn branch_if(
        &mut self,
        cond: Reg,
        size: Size,
        on_zero: bool,
        depth: u32,
        free_cond: bool,
    ) -> Result<()> {
        let index = self.frame_index(depth)?;
        self.flush_fuel();
        let (taken, not_taken) = if on_zero {
            (IntCond::Eq, IntCond::Ne)
        } else {
            (IntCond::Ne, IntCond::Eq)
        };
        let f = self.frames[index];
        if f.kind != FrameKind::Function && self.in_place(f.height, f.branch_arity()) {
            self.m
                .branch_cmp(taken, size, cond.num(), RegImm::Imm(0), f.label);
            if free_cond {
                self.free(cond);
            }
            if f.kind != FrameKind::Loop {
                self.frames[index].end_reachable = true;
            }
        } else {
            let skip = self.m.new_label();
            self.m
                .branch_cmp(not_taken, size, cond.num(), RegImm::Imm(0), skip);
            if free_cond {
                self.free(cond);
            }
            self.branch_to(index)?;
            self.m.bind(skip);
        }
        Ok(())
    }

    /// Returns the function's results and leaves.
    pub fn emit_return(&mut self) -> Result<()> {
        self.flush_fuel();
        let n = self.results.len();
        let start = self
            .stack
            .len()
            .checked_sub(n)
            .ok_or_else(|| self.bug("operand stack underflow at return"))?;
        if n == 1 {
            let v = self.stack[start];
            let reg = if is_float(v.ty) {
                Reg::Fpr(M::FLOAT_RET)
            } else {
                Reg::Gpr(M::INT_RET)
            };
            self.load_val(v, start, reg);
        } else {
            // The caller's outgoing area (see `abi`).
            let mut at = M::INCOMING_ARGS_OFFSET;
            for k in 0..n {
                let v = self.stack[start + k];
                self.store_val(v, start + k, Addr::new(M::FP, at));
                at += crate::abi::value_bytes(v.ty) as i32;
            }
        }
        self.m.leave_and_return();
        Ok(())
    }

    fn translate_else(&mut self) -> Result<()> {
        let index = self.frame_index(0)?;
        let f = self.frames[index];
        let FrameKind::If { else_label, .. } = f.kind else {
            return Err(self.bug("else without if"));
        };
        if self.st.reachable {
            self.flush_fuel();
            self.materialize_top(f.results.len())?;
            self.m.jump(f.label);
            self.frames[index].end_reachable = true;
        }
        self.m.bind(else_label);
        self.reset_to_slots(f.height, f.params);
        self.frames[index].kind = FrameKind::If {
            else_label,
            has_else: true,
        };
        self.st.reachable = true;
        Ok(())
    }

    fn translate_end(&mut self) -> Result<()> {
        let f = self
            .frames
            .pop()
            .ok_or_else(|| self.bug("end without a frame"))?;
        match f.kind {
            FrameKind::Function => {
                if self.st.reachable {
                    self.emit_return()?;
                }
                self.st.reachable = false;
            }
            FrameKind::Loop => {
                if !self.st.reachable {
                    self.reset_to_slots(f.height, f.results);
                }
            }
            FrameKind::Block | FrameKind::If { has_else: true, .. } => {
                if f.end_reachable {
                    if self.st.reachable {
                        self.flush_fuel();
                        self.materialize_top(f.results.len())?;
                    }
                    self.m.bind(f.label);
                    self.reset_to_slots(f.height, f.results);
                    self.st.reachable = true;
                } else if !self.st.reachable {
                    self.reset_to_slots(f.height, f.results);
                }
            }
            FrameKind::If {
                else_label,
                has_else: false,
            } => {
                // The missing else passes the parameters (= results) on.
                if self.st.reachable {
                    self.flush_fuel();
                    self.materialize_top(f.results.len())?;
                    self.m.jump(f.label);
                }
                self.m.bind(else_label);
                self.m.bind(f.label);
                self.reset_to_slots(f.height, f.results);
                self.st.reachable = true;
            }
        }
        Ok(())
    }

    fn translate_br_table(&mut self, depths: &[u32], default: u32) -> Result<()> {
        let (_, index) = self.pop_reg()?;
        self.flush_fuel();
        // One label per distinct target: the frame's own when no values
        // need moving, else a stub that moves them (in first-seen order).
        let mut seen: BTreeMap<u32, Label> = BTreeMap::new();
        let mut stubs: Vec<(usize, Label)> = Vec::new();
        let mut label_for = |g: &mut Self, depth: u32| -> Result<Label> {
            if let Some(l) = seen.get(&depth) {
                return Ok(*l);
            }
            let fi = g.frame_index(depth)?;
            let f = g.frames[fi];
            let l = if f.kind != FrameKind::Function && g.in_place(f.height, f.branch_arity()) {
                if f.kind != FrameKind::Loop {
                    g.frames[fi].end_reachable = true;
                }
                f.label
            } else {
                let stub = g.m.new_label();
                stubs.push((fi, stub));
                stub
            };
            seen.insert(depth, l);
            Ok(l)
        };
        let default_label = label_for(self, default)?;
        let mut labels = Vec::with_capacity(depths.len());
        for d in depths {
            labels.push(label_for(self, *d)?);
        }
        self.m.jump_table(index.num(), &labels, default_label);
        self.free(index);
        for (fi, stub) in stubs {
            self.m.bind(stub);
            self.branch_to(fi)?;
        }
        self.st.reachable = false;
        Ok(())
    }

    /// Translates a control operator; false if `op` is not one.
    pub(super) fn translate_control(&mut self, op: &Operator<'_>) -> Result<bool> {
        match op {
            Operator::Nop => {}
            Operator::Unreachable => {
                self.m.trap(TrapCode::UnreachableCodeReached);
                // Fuel of a trapping path is never observed (the driver
                // drops it once code is unreachable).
                self.st.reachable = false;
            }
            Operator::Block { blockty } => {
                let (params, results) = self.block_signature(*blockty)?;
                let height = self.enter_frame(params.len())?;
                let label = self.m.new_label();
                self.frames.push(Frame {
                    kind: FrameKind::Block,
                    label,
                    height,
                    params,
                    results,
                    end_reachable: false,
                });
            }
            Operator::Loop { blockty } => {
                let (params, results) = self.block_signature(*blockty)?;
                let height = self.enter_frame(params.len())?;
                self.flush_fuel();
                let label = self.m.new_label();
                self.m.bind(label);
                // The driver runs the loop-header checks next.
                self.frames.push(Frame {
                    kind: FrameKind::Loop,
                    label,
                    height,
                    params,
                    results,
                    end_reachable: false,
                });
            }
            Operator::If { blockty } => {
                let (_, cond) = self.pop_reg()?;
                let (params, results) = self.block_signature(*blockty)?;
                let height = self.enter_frame(params.len())?;
                self.flush_fuel();
                let else_label = self.m.new_label();
                self.m.branch_cmp(
                    IntCond::Eq,
                    Size::S32,
                    cond.num(),
                    RegImm::Imm(0),
                    else_label,
                );
                self.free(cond);
                let label = self.m.new_label();
                self.frames.push(Frame {
                    kind: FrameKind::If {
                        else_label,
                        has_else: false,
                    },
                    label,
                    height,
                    params,
                    results,
                    end_reachable: false,
                });
            }
            Operator::Else => self.translate_else()?,
            Operator::End => self.translate_end()?,
            Operator::Br { relative_depth } => {
                let index = self.frame_index(*relative_depth)?;
                self.flush_fuel();
                self.branch_to(index)?;
                self.st.reachable = false;
            }
            Operator::BrIf { relative_depth } => {
                let (_, cond) = self.pop_reg()?;
                self.branch_if(cond, Size::S32, false, *relative_depth, true)?;
            }
            Operator::BrTable { targets } => {
                let mut depths = Vec::with_capacity(targets.len() as usize);
                for t in targets.targets() {
                    depths.push(t.map_err(|e| self.bug(&format!("br_table: {e}")))?);
                }
                self.translate_br_table(&depths, targets.default())?;
            }
            Operator::Return => {
                self.emit_return()?;
                self.st.reachable = false;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
