//! Calls: direct calls, `call_indirect`, and calls to runtime builtins.
//!
//! Before any call every register operand is spilled (no register survives
//! a call, see `abi`) and pending fuel is added to the store; arguments are
//! then loaded from constants and slots straight into their argument
//! registers or outgoing stack slots, so no parallel-move problem arises.
//! After the call the vmctx register is reloaded from the frame (and the
//! cached heap base, if any).
//!
//! * A defined function is called with `call rel32` relocated to its index,
//!   this instance's vmctx as both callee and caller vmctx.
//! * An imported function is called through its `VMFuncRef` at
//!   `vmctx + funcref(i)`.
//! * `call_indirect` bounds-checks the index (`TableOutOfBounds`), traps on
//!   a null element (`IndirectCallToNull`) and on a type id different from
//!   this module's id for the expected type (`BadSignature`); when that
//!   type is open to subtypes, a different id goes to the `FuncSubtype`
//!   builtin first, which traps only if the type is no subtype.
//! * `call_ref` traps on a null reference (`NullFunctionReference`) and
//!   calls through it with no signature check (the validator typed it).
//! * `return_call`, `return_call_indirect` and `return_call_ref` do the
//!   same, then pop this
//!   function's frame and jump (`jmp`/`b`) instead of calling: no argument
//!   lives in the frame being popped (see `abi`), the return address is
//!   the caller's, and the callee writes its results where this function
//!   would have.
//! * Builtin `b` is entry `b` of the table at `vmctx + builtins()`, called
//!   with the C convention as `(vmctx, immediates…, operands…)`; a
//!   non-zero status of a fallible builtin raises its trap.

use super::{FuncGen, Result, Val};
use crate::abi::{self, CallLayout, ParamLoc, ResultLoc};
use crate::machine::{Addr, ExtendOp, IntCond, Label, LoadKind, Masm, Reg, RegImm, Size};
use trident_compiler::decode::{BuiltinEmitter, CallEmitter, FuncRefEmitter, VariableEmitter};
use trident_compiler::operators::BuiltinCall;
use trident_types::{Builtin, BuiltinParam, FuncType, TrapCode, ValType};

impl<'a, M: Masm> FuncGen<'a, M> {
    /// Pops `n` operands (bottom first) after spilling everything, so each
    /// is a constant or in its slot.
    fn pop_call_args(&mut self, n: usize) -> Result<Vec<(Val, usize)>> {
        self.spill_all()?;
        let mut args = Vec::with_capacity(n);
        for _ in 0..n {
            args.push(self.pop()?);
        }
        args.reverse();
        Ok(args)
    }

    /// Puts popped arguments where `layout` wants them: buffer arguments
    /// first, through the callee-vmctx argument register (set after
    /// this), then the register arguments. Leaves the scratch registers
    /// alone (they may hold the call's target).
    fn place_args(&mut self, layout: &CallLayout, args: &[(Val, usize)]) {
        self.max_outgoing = self.max_outgoing.max(layout.area);
        let store_ctx = M::INT_ARGS[0];
        if layout.uses_buffer() {
            abi::load_store_context(&mut self.m, store_ctx, M::VMCTX);
        }
        for (loc, (v, index)) in layout.params.iter().zip(args) {
            if let ParamLoc::Buffer(off) = loc {
                self.store_val(*v, *index, abi::buffer_addr(store_ctx, *off));
            }
        }
        for (loc, (v, index)) in layout.params.iter().zip(args) {
            if let ParamLoc::Reg(r) = loc {
                self.load_val(*v, *index, *r);
            }
        }
    }

    /// Pushes the results of a call with `layout`.
    fn push_results(&mut self, layout: &CallLayout, ty: &FuncType) -> Result<()> {
        for (loc, t) in layout.results.iter().zip(&ty.results) {
            match loc {
                ResultLoc::Reg(r) => {
                    let dst = self.alloc(*t)?;
                    self.m.mov(dst, *r);
                    self.push_reg(*t, dst);
                }
                ResultLoc::Stack(off) => {
                    let dst = self.slot_addr(self.stack.len());
                    abi::copy_value(&mut self.m, *t, Addr::new(M::SP, *off as i32), dst);
                    self.push(*t, super::Loc::Mem);
                }
            }
        }
        Ok(())
    }
}

/// How a call leaves the caller: a normal call whose results are pushed,
/// or a tail call that pops this frame and jumps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CallKind {
    Normal,
    Tail,
}

/// What a call transfers to: a defined function (relocated) or the
/// address in a register.
#[derive(Clone, Copy)]
enum Callee {
    Function(u32),
    Reg(u8),
}

impl<'a, M: Masm> FuncGen<'a, M> {
    /// `call` or `return_call` of function `func`.
    fn direct_call(&mut self, func: u32, kind: CallKind) -> Result<()> {
        let env: &'a super::Env<'a> = self.env;
        let module = env.module;
        let ty = module
            .checked_func_type(func)
            .ok_or_else(|| self.bug("function index out of range"))?;
        let layout = abi::wasm_layout::<M>(ty)?;
        self.flush_fuel();
        let args = self.pop_call_args(ty.params.len())?;
        self.place_args(&layout, &args);
        let (callee_arg, caller_arg) = (M::INT_ARGS[0], M::INT_ARGS[1]);
        if module.is_imported_function(func) {
            let o = &env.offsets;
            let slot = o.funcref(func);
            let target = M::SCRATCH_GPR;
            self.m
                .load_ptr(target, M::VMCTX, (slot + o.funcref_func_ptr()) as i32);
            self.m
                .load_ptr(callee_arg, M::VMCTX, (slot + o.funcref_vmctx()) as i32);
            self.m.mov(Reg::Gpr(caller_arg), Reg::Gpr(M::VMCTX));
            self.finish_call(Callee::Reg(target), &layout, ty, kind)
        } else {
            self.m.mov(Reg::Gpr(callee_arg), Reg::Gpr(M::VMCTX));
            self.m.mov(Reg::Gpr(caller_arg), Reg::Gpr(M::VMCTX));
            self.finish_call(Callee::Function(func), &layout, ty, kind)
        }
    }

    /// Function type `type_index` and its call layout.
    fn signature(&self, type_index: u32) -> Result<(&'a FuncType, CallLayout)> {
        let env: &'a super::Env<'a> = self.env;
        let ty = env
            .module
            .checked_type(type_index)
            .ok_or_else(|| self.bug("type index out of range"))?;
        Ok((ty, abi::wasm_layout::<M>(ty)?))
    }

    /// `call_indirect` or `return_call_indirect` of type `type_index`
    /// through table `table`.
    fn table_call(&mut self, type_index: u32, table: u32, kind: CallKind) -> Result<()> {
        let env: &'a super::Env<'a> = self.env;
        let (ty, layout) = self.signature(type_index)?;
        self.flush_fuel();
        let (_, index) = self.pop_reg()?;
        let args = self.pop_call_args(ty.params.len())?;

        let addr = self.table_element_addr(table, index)?;
        let funcref = M::SCRATCH_GPR2;
        let ptr = LoadKind::Int {
            bytes: 8,
            signed: false,
            size: Size::S64,
        };
        self.m.load(ptr, Reg::Gpr(funcref), addr, None);
        let null = self.m.trap_label(TrapCode::IndirectCallToNull);
        self.m
            .branch_cmp(IntCond::Eq, Size::S64, funcref, RegImm::Imm(0), null);
        let o = &env.offsets;
        let expected = M::SCRATCH_GPR;
        let id = LoadKind::Int {
            bytes: 4,
            signed: false,
            size: Size::S32,
        };
        self.m.load_ptr(expected, M::VMCTX, o.type_ids() as i32);
        let id_off = o.type_id(type_index) as i32;
        self.m
            .load(id, Reg::Gpr(expected), Addr::new(expected, id_off), None);
        self.m.load(
            id,
            index,
            Addr::new(funcref, o.funcref_type_id() as i32),
            None,
        );
        let bad = self.m.trap_label(TrapCode::BadSignature);
        if env.module.is_final_type(type_index) {
            self.m.branch_cmp(
                IntCond::Ne,
                Size::S32,
                index.num(),
                RegImm::Reg(expected),
                bad,
            );
        } else {
            self.subtype_check(index.num(), bad)?;
        }
        self.free(index);
        self.call_funcref(&layout, ty, &args, kind)
    }

    /// `call_indirect`'s check for an expected type open to subtypes: the
    /// function's type id `actual` equals the expected one in
    /// `SCRATCH_GPR`, or the `FuncSubtype` builtin finds it a subtype
    /// (else `bad`). The builtin returns the reference, so `SCRATCH_GPR2`
    /// holds it again after the call; everything else was spilled.
    fn subtype_check(&mut self, actual: u8, bad: Label) -> Result<()> {
        let expected = M::SCRATCH_GPR;
        let funcref = M::SCRATCH_GPR2;
        let ok = self.m.new_label();
        self.m
            .branch_cmp(IntCond::Eq, Size::S32, actual, RegImm::Reg(expected), ok);
        let (vmctx_arg, funcref_arg, expected_arg) =
            (M::INT_ARGS[0], M::INT_ARGS[1], M::INT_ARGS[2]);
        self.m.mov(Reg::Gpr(expected_arg), Reg::Gpr(expected));
        self.m.mov(Reg::Gpr(funcref_arg), Reg::Gpr(funcref));
        self.m.mov(Reg::Gpr(vmctx_arg), Reg::Gpr(M::VMCTX));
        self.call_builtin_entry(Builtin::FuncSubtype)?;
        self.m.mov(Reg::Gpr(funcref), Reg::Gpr(M::INT_RET));
        self.m
            .branch_cmp(IntCond::Eq, Size::S64, funcref, RegImm::Imm(0), bad);
        self.m.bind(ok);
        Ok(())
    }

    /// `call_ref` or `return_call_ref` of type `type_index`: the
    /// validator typed the reference, so only null is checked.
    fn ref_call(&mut self, type_index: u32, kind: CallKind) -> Result<()> {
        let (ty, layout) = self.signature(type_index)?;
        self.flush_fuel();
        let (_, reference) = self.pop_reg()?;
        let args = self.pop_call_args(ty.params.len())?;
        let funcref = M::SCRATCH_GPR2;
        self.m.mov(Reg::Gpr(funcref), reference);
        self.free(reference);
        let null = self.m.trap_label(TrapCode::NullFunctionReference);
        self.m
            .branch_cmp(IntCond::Eq, Size::S64, funcref, RegImm::Imm(0), null);
        self.call_funcref(&layout, ty, &args, kind)
    }

    /// Calls the function of the non-null `VMFuncRef` in `SCRATCH_GPR2`
    /// with arguments `args` (popped) of signature `ty`.
    fn call_funcref(
        &mut self,
        layout: &CallLayout,
        ty: &FuncType,
        args: &[(Val, usize)],
        kind: CallKind,
    ) -> Result<()> {
        let o = &self.env.offsets;
        let (fptr_off, vmctx_off) = (o.funcref_func_ptr() as i32, o.funcref_vmctx() as i32);
        let funcref = M::SCRATCH_GPR2;
        let target = M::SCRATCH_GPR;
        self.m.load_ptr(target, funcref, fptr_off);
        self.place_args(layout, args);
        self.m.load_ptr(M::INT_ARGS[0], funcref, vmctx_off);
        self.m.mov(Reg::Gpr(M::INT_ARGS[1]), Reg::Gpr(M::VMCTX));
        self.finish_call(Callee::Reg(target), layout, ty, kind)
    }

    /// Calls `callee` (or, for a tail call, pops this frame and jumps to
    /// it), every argument in place.
    fn finish_call(
        &mut self,
        callee: Callee,
        layout: &CallLayout,
        ty: &FuncType,
        kind: CallKind,
    ) -> Result<()> {
        match kind {
            CallKind::Normal => {
                match callee {
                    Callee::Function(f) => self.m.call_function(f),
                    Callee::Reg(r) => self.m.call_reg(r),
                }
                self.after_call();
                self.push_results(layout, ty)
            }
            CallKind::Tail => {
                self.m.leave_frame();
                match callee {
                    Callee::Function(f) => self.m.jump_function(f),
                    Callee::Reg(r) => self.m.jump_reg(r),
                }
                self.st.reachable = false;
                Ok(())
            }
        }
    }
}

impl<'a, M: Masm> CallEmitter for FuncGen<'a, M> {
    fn call(&mut self, func: u32) -> Result<()> {
        self.direct_call(func, CallKind::Normal)
    }

    fn call_indirect(&mut self, type_index: u32, table: u32) -> Result<()> {
        self.table_call(type_index, table, CallKind::Normal)
    }

    fn return_call(&mut self, func: u32) -> Result<()> {
        self.direct_call(func, CallKind::Tail)
    }

    fn return_call_indirect(&mut self, type_index: u32, table: u32) -> Result<()> {
        self.table_call(type_index, table, CallKind::Tail)
    }
}

impl<'a, M: Masm> FuncRefEmitter for FuncGen<'a, M> {
    fn call_ref(&mut self, type_index: u32) -> Result<()> {
        self.ref_call(type_index, CallKind::Normal)
    }

    fn return_call_ref(&mut self, type_index: u32) -> Result<()> {
        self.ref_call(type_index, CallKind::Tail)
    }

    fn ref_as_non_null(&mut self) -> Result<()> {
        let (ty, r) = self.pop_reg()?;
        let null = self.m.trap_label(TrapCode::NullReference);
        self.m
            .branch_cmp(IntCond::Eq, Size::S64, r.num(), RegImm::Imm(0), null);
        self.push_reg(ty, r);
        Ok(())
    }

    fn br_on_null(&mut self, depth: u32) -> Result<()> {
        let (ty, r) = self.pop_reg()?;
        self.branch_if(r, Size::S64, true, depth, false)?;
        self.push_reg(ty, r);
        Ok(())
    }

    fn br_on_non_null(&mut self, depth: u32) -> Result<()> {
        let (ty, r) = self.pop_reg()?;
        self.push_reg(ty, r);
        self.branch_if(r, Size::S64, false, depth, false)?;
        self.drop_operand()
    }
}

impl<'a, M: Masm> FuncGen<'a, M> {
    /// Calls `builtin` through the vmctx's builtin table, its arguments
    /// (vmctx first) already in place; restores the pinned registers.
    pub fn call_builtin_entry(&mut self, builtin: Builtin) -> Result<()> {
        let table = M::SCRATCH_GPR;
        let entry = i32::try_from(builtin.index() * 8).map_err(|_| self.bug("builtin index"))?;
        self.m
            .load_ptr(table, M::VMCTX, self.env.offsets.builtins() as i32);
        self.m.load_ptr(table, table, entry);
        self.m.call_reg(table);
        self.after_call();
        Ok(())
    }
}

impl<'a, M: Masm> BuiltinEmitter for FuncGen<'a, M> {
    fn builtin_call(&mut self, call: BuiltinCall) -> Result<()> {
        let (builtin, imms, n) = (call.builtin, call.immediates(), call.operands());
        if 1 + imms.len() + n > M::INT_ARGS.len() {
            return Err(self.bug("builtin with too many arguments"));
        }
        self.flush_fuel();
        let args = self.pop_call_args(n)?;
        let regs = M::INT_ARGS;
        self.m.mov(Reg::Gpr(regs[0]), Reg::Gpr(M::VMCTX));
        for (i, imm) in imms.iter().enumerate() {
            self.m
                .mov_imm(Reg::Gpr(regs[1 + i]), Size::S64, u64::from(*imm));
        }
        for (k, (v, index)) in args.iter().enumerate() {
            let reg = regs[1 + imms.len() + k];
            self.load_val(*v, *index, Reg::Gpr(reg));
            // An i32 address or length for a 64-bit parameter (see
            // `BuiltinCall`): the register's upper half is not defined.
            if v.ty == ValType::I32 && call.param(k) == BuiltinParam::I64 {
                self.m.extend(ExtendOp::ZeroExtend32, reg, reg);
            }
        }
        self.call_builtin_entry(builtin)?;
        if let Some(code) = builtin.trap_code() {
            let trap = self.m.trap_label(code);
            self.m
                .branch_cmp(IntCond::Ne, Size::S32, M::INT_RET, RegImm::Imm(0), trap);
        } else if builtin.pushes_result() {
            let ty = call.result_type();
            let dst = self.alloc(ty)?;
            if ty == ValType::I32 {
                // The low half of the 64-bit result is the 32-bit answer.
                self.m.extend(ExtendOp::ZeroExtend32, dst.num(), M::INT_RET);
            } else {
                self.m.mov(dst, Reg::Gpr(M::INT_RET));
            }
            self.push_reg(ty, dst);
        }
        Ok(())
    }
}
