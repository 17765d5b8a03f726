//! Calls: direct calls, `call_indirect`, `call_ref`, their tail-call
//! forms, and calls to runtime builtins.
//!
//! Every wasm function is called as `(callee_vmctx, caller_vmctx, args…)`;
//! several results come back as a struct. The convention is C, except in
//! a module with tail calls, whose functions are `tailcc` behind
//! standard-convention adapters (`tail.rs`).
//!
//! * A defined function is called directly (`call @wasm_function_N`, a
//!   PC-relative relocation to function `N` unless it is in the same
//!   batch), with this instance's vmctx as both callee and caller vmctx.
//! * An imported function is called through its `VMFuncRef` at
//!   `vmctx + funcref(i)`: `func_ptr` and `vmctx` are loaded from it (and
//!   `tail_offset` in a module with tail calls: `Callee::FuncRef`).
//! * `call_indirect` loads the table element (bounds check →
//!   `TableOutOfBounds`), traps on null (`IndirectCallToNull`), compares
//!   the element's `type_id` with this module's id for the expected type
//!   (`BadSignature`; for a type open to subtypes, a different id asks the
//!   `FuncSubtype` builtin out of line first), then calls through the
//!   element; `call_ref` only
//!   checks null (`NullFunctionReference`): the validator typed it.
//! * `return_call*` make the same calls `tail` and return their value.
//! * Builtin `b` is the function pointer at index `b` of the table whose
//!   address is at `vmctx + builtins()`; it takes `(vmctx, params…)`, and a
//!   non-zero status from a builtin with a trap code raises that trap.
//!
//! Every other call is `notail` (and functions of modules without tail
//! calls carry `"disable-tail-calls"`): a wasm call must grow the native
//! stack, or unbounded recursion would loop forever instead of trapping
//! with `StackOverflow`.

use crate::error::{IrResult, Result};
use crate::ir::Region;
use crate::tail::{CCC, TAILCC};
use crate::translator::FuncTranslator;
use inkwell::llvm_sys::LLVMTailCallKind;
use inkwell::values::{
    BasicMetadataValueEnum, BasicValueEnum, CallSiteValue, FunctionValue, IntValue, PointerValue,
};
use inkwell::IntPredicate;
use trident_compiler::decode::{BuiltinEmitter, CallEmitter, FuncRefEmitter};
use trident_compiler::operators::BuiltinCall;
use trident_types::{Builtin, BuiltinParam, FuncType, TrapCode, ValType};

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// Pushes the results of `call` (none, one, or a struct of several).
    fn push_call_results(&mut self, call: CallSiteValue<'ctx>, results: &[ValType]) -> Result<()> {
        call.set_tail_call_kind(LLVMTailCallKind::LLVMTailCallKindNoTail);
        self.push_result_value(call.try_as_basic_value().basic(), results)
    }

    /// Pushes a call's results from its value (none, one, or a struct of
    /// several).
    fn push_result_value(
        &mut self,
        value: Option<BasicValueEnum<'ctx>>,
        results: &[ValType],
    ) -> Result<()> {
        if results.is_empty() {
            return Ok(());
        }
        let v = value.ok_or_else(|| self.bug("call without a result"))?;
        if results.len() == 1 {
            self.push(v);
            return Ok(());
        }
        let values = self
            .ir
            .unpack_results(&self.b, v.into_struct_value(), results)?;
        self.stack.extend(values);
        Ok(())
    }

    fn call_args(
        &self,
        callee_vmctx: PointerValue<'ctx>,
        args: Vec<BasicValueEnum<'ctx>>,
    ) -> Vec<BasicMetadataValueEnum<'ctx>> {
        let mut all: Vec<BasicMetadataValueEnum<'ctx>> = Vec::with_capacity(args.len() + 2);
        all.push(callee_vmctx.into());
        all.push(self.vmctx.into());
        all.extend(args.into_iter().map(BasicMetadataValueEnum::from));
        all
    }

    /// Calls `builtin` with `(vmctx, args…)`. Raises the builtin's trap when
    /// it has one and returns a non-zero status; returns the result if any.
    pub(crate) fn call_builtin(
        &mut self,
        builtin: Builtin,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Result<Option<IntValue<'ctx>>> {
        let table = self.load_ptr(self.vmctx, self.env.offsets.builtins(), Region::Vmctx, true)?;
        let entry_off = u32::try_from(builtin.index() * usize::from(self.env.offsets.pointer_size))
            .map_err(|_| self.bug("builtin index too large"))?;
        let fptr = self.load_ptr(table, entry_off, Region::Vmctx, true)?;
        let mut all: Vec<BasicMetadataValueEnum<'ctx>> = Vec::with_capacity(args.len() + 1);
        all.push(self.vmctx.into());
        all.extend_from_slice(args);
        let fn_type = self.ir.builtin_fn_type(builtin);
        let call = self.b.build_indirect_call(fn_type, fptr, &all, "").ir()?;
        call.set_tail_call_kind(LLVMTailCallKind::LLVMTailCallKindNoTail);
        // A pointer result (`FuncSubtype`'s) is returned as an integer,
        // which is all its caller tests.
        let result = match call.try_as_basic_value().basic() {
            None => None,
            Some(BasicValueEnum::IntValue(v)) => Some(v),
            Some(BasicValueEnum::PointerValue(p)) => {
                Some(self.b.build_ptr_to_int(p, self.ir.i64, "").ir()?)
            }
            Some(_) => return Err(self.bug("a builtin result that is not an integer")),
        };
        if let (Some(code), Some(status)) = (builtin.trap_code(), result) {
            let failed = self.is_nonzero(status)?;
            self.trap_if(failed, code)?;
        }
        Ok(result)
    }
}

/// How a call leaves the caller: a normal call whose results are pushed,
/// or a tail call that replaces the caller's frame.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CallKind {
    Normal,
    Tail,
}

/// What a wasm call goes to.
#[derive(Clone, Copy)]
enum Callee<'ctx> {
    /// A function this module defines, in the module's convention.
    Defined(FunctionValue<'ctx>),
    /// A function reached through a `VMFuncRef`: its `func_ptr` (the
    /// standard convention) and, in a module with tail calls, its
    /// `tail_offset` (`tail.rs`).
    FuncRef {
        fptr: PointerValue<'ctx>,
        tail_offset: Option<IntValue<'ctx>>,
    },
}

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// What a call through the `VMFuncRef` at `base + slot` needs: the
    /// callee and its vmctx.
    fn load_funcref(
        &mut self,
        base: PointerValue<'ctx>,
        slot: u32,
    ) -> Result<(Callee<'ctx>, PointerValue<'ctx>)> {
        let o = &self.env.offsets;
        let (fptr_off, vmctx_off, tail_off) = (
            slot + o.funcref_func_ptr(),
            slot + o.funcref_vmctx(),
            slot + o.funcref_tail_offset(),
        );
        let fptr = self.load_ptr(base, fptr_off, Region::Vmctx, true)?;
        let vmctx = self.load_ptr(base, vmctx_off, Region::Vmctx, true)?;
        let tail_offset = if self.env.tail_calls {
            Some(
                self.load(self.ir.i32, base, tail_off, Region::Vmctx, true)?
                    .into_int_value(),
            )
        } else {
            None
        };
        Ok((Callee::FuncRef { fptr, tail_offset }, vmctx))
    }

    /// `call` or `return_call` of function `func`.
    fn direct_call(&mut self, func: u32, kind: CallKind) -> Result<()> {
        let fty = self.env.func_type(func)?;
        let args = self.popn(fty.params.len())?;
        if self.env.module.is_imported_function(func) {
            let slot = self.env.offsets.funcref(func);
            let (callee, vmctx) = self.load_funcref(self.vmctx, slot)?;
            self.emit_call(callee, vmctx, args, fty, kind)
        } else {
            let callee = self.ir.function(func, fty)?;
            self.emit_call(Callee::Defined(callee), self.vmctx, args, fty, kind)
        }
    }

    /// Function type `ty`.
    fn signature(&self, ty: u32) -> Result<&'a FuncType> {
        self.env
            .module
            .checked_type(ty)
            .ok_or_else(|| self.bug("type index out of range"))
    }

    /// `call_indirect` or `return_call_indirect` of type `ty` through
    /// table `table`.
    fn table_call(&mut self, ty: u32, table: u32, kind: CallKind) -> Result<()> {
        let fty = self.signature(ty)?;
        let index = self.pop_int()?;
        let args = self.popn(fty.params.len())?;

        let addr = self.table_element_addr(table, index)?;
        let elem = self.load_ptr(addr, 0, Region::Table, false)?;
        let is_null = self.b.build_is_null(elem, "").ir()?;
        self.trap_if(is_null, TrapCode::IndirectCallToNull)?;

        let o = &self.env.offsets;
        let (type_ids_off, expected_off) = (o.type_ids(), o.type_id(ty));
        let type_id_off = o.funcref_type_id();
        let type_ids = self.load_ptr(self.vmctx, type_ids_off, Region::Vmctx, true)?;
        let expected = self
            .load(self.ir.i32, type_ids, expected_off, Region::Vmctx, true)?
            .into_int_value();
        let actual = self
            .load(self.ir.i32, elem, type_id_off, Region::Vmctx, true)?
            .into_int_value();
        let mismatch = self
            .b
            .build_int_compare(IntPredicate::NE, actual, expected, "")
            .ir()?;
        if self.env.module.is_final_type(ty) {
            self.trap_if(mismatch, TrapCode::BadSignature)?;
        } else {
            // An open expected type: a different id may be a subtype's,
            // which the builtin decides out of line.
            let slow = self.ir.context.append_basic_block(self.func, "");
            let cont = self.ir.context.append_basic_block(self.func, "");
            let br = self.b.build_conditional_branch(mismatch, slow, cont).ir()?;
            crate::interrupts::mark_unlikely(self.ir, br)?;
            self.b.position_at_end(slow);
            let same = self
                .call_builtin(Builtin::FuncSubtype, &[elem.into(), expected.into()])?
                .ok_or_else(|| self.bug("FuncSubtype returns the reference"))?;
            let no = self
                .b
                .build_int_compare(IntPredicate::EQ, same, self.ir.i64.const_zero(), "")
                .ir()?;
            self.trap_if(no, TrapCode::BadSignature)?;
            self.b.build_unconditional_branch(cont).ir()?;
            self.b.position_at_end(cont);
        }
        let (callee, vmctx) = self.load_funcref(elem, 0)?;
        self.emit_call(callee, vmctx, args, fty, kind)
    }

    /// `call_ref` or `return_call_ref` of type `ty`: the validator typed
    /// the reference, so only null is checked.
    fn ref_call(&mut self, ty: u32, kind: CallKind) -> Result<()> {
        let fty = self.signature(ty)?;
        let elem = self.pop_ref()?;
        let args = self.popn(fty.params.len())?;
        let is_null = self.b.build_is_null(elem, "").ir()?;
        self.trap_if(is_null, TrapCode::NullFunctionReference)?;
        let (callee, vmctx) = self.load_funcref(elem, 0)?;
        self.emit_call(callee, vmctx, args, fty, kind)
    }

    /// Calls `callee` with `args` (of signature `fty`): pushes the
    /// results of a normal call; a tail call ends the code here. Through
    /// a funcref in a module with tail calls, the call goes to the
    /// callee's `tailcc` body when it has one, else to its `func_ptr`.
    fn emit_call(
        &mut self,
        callee: Callee<'ctx>,
        callee_vmctx: PointerValue<'ctx>,
        args: Vec<BasicValueEnum<'ctx>>,
        fty: &FuncType,
        kind: CallKind,
    ) -> Result<()> {
        let all = self.call_args(callee_vmctx, args);
        let (fptr, tail_offset) = match callee {
            Callee::Defined(f) => {
                let call = self.b.build_call(f, &all, "").ir()?;
                call.set_call_convention(self.ir.wasm_cc.get());
                return self.finish_call(call, fty, kind);
            }
            Callee::FuncRef {
                fptr,
                tail_offset: None,
            } => {
                let fn_type = self.ir.wasm_fn_type(fty)?;
                let call = self.b.build_indirect_call(fn_type, fptr, &all, "").ir()?;
                return self.finish_call(call, fty, kind);
            }
            Callee::FuncRef {
                fptr,
                tail_offset: Some(off),
            } => (fptr, off),
        };
        let fn_type = self.ir.wasm_fn_type(fty)?;
        let zero = self.ir.i32.const_zero();
        let has_body = self
            .b
            .build_int_compare(IntPredicate::NE, tail_offset, zero, "")
            .ir()?;
        let body_block = self.new_block("call_tailcc");
        let entry_block = self.new_block("call_ccc");
        self.b
            .build_conditional_branch(has_body, body_block, entry_block)
            .ir()?;
        let join = (kind == CallKind::Normal).then(|| self.new_block("call_join"));
        let mut incoming = Vec::with_capacity(2);
        for (block, cc) in [(body_block, TAILCC), (entry_block, CCC)] {
            self.b.position_at_end(block);
            let target = if cc == TAILCC {
                let off = self
                    .b
                    .build_int_s_extend(tail_offset, self.ir.i64, "")
                    .ir()?;
                // SAFETY: a byte GEP computes an address; it does not
                // access memory.
                unsafe { self.b.build_gep(self.ir.i8, fptr, &[off], "") }.ir()?
            } else {
                fptr
            };
            let call = self.b.build_indirect_call(fn_type, target, &all, "").ir()?;
            call.set_call_convention(cc);
            match join {
                None => self.finish_call(call, fty, kind)?,
                Some(join) => {
                    call.set_tail_call_kind(LLVMTailCallKind::LLVMTailCallKindNoTail);
                    let value = call.try_as_basic_value().basic();
                    incoming.push((value, self.current_block()?));
                    self.b.build_unconditional_branch(join).ir()?;
                }
            }
        }
        let Some(join) = join else {
            return Ok(());
        };
        self.b.position_at_end(join);
        let value = match incoming.as_slice() {
            [(Some(a), from_a), (Some(b), from_b)] => {
                let phi = self.b.build_phi(a.get_type(), "").ir()?;
                phi.add_incoming(&[(a, *from_a), (b, *from_b)]);
                Some(phi.as_basic_value())
            }
            _ => None,
        };
        self.push_result_value(value, &fty.results)
    }

    /// Pushes the results of a normal call; makes a tail call `tail` (in
    /// `tailcc`, which guarantees it) and returns its value (validation
    /// makes the callee's results this function's). A tail call of a
    /// standard-convention callee is a call and a return (`tail.rs`).
    fn finish_call(
        &mut self,
        call: CallSiteValue<'ctx>,
        fty: &FuncType,
        kind: CallKind,
    ) -> Result<()> {
        if kind == CallKind::Normal {
            return self.push_call_results(call, &fty.results);
        }
        call.set_tail_call_kind(if call.get_call_convention() == TAILCC {
            LLVMTailCallKind::LLVMTailCallKindTail
        } else {
            LLVMTailCallKind::LLVMTailCallKindNoTail
        });
        match call.try_as_basic_value().basic() {
            Some(v) => self.b.build_return(Some(&v)).ir()?,
            None => self.b.build_return(None).ir()?,
        };
        self.st.reachable = false;
        Ok(())
    }

    /// Pops a reference operand.
    fn pop_ref(&mut self) -> Result<PointerValue<'ctx>> {
        match self.pop()? {
            BasicValueEnum::PointerValue(p) => Ok(p),
            _ => Err(self.bug("expected a reference operand")),
        }
    }
}

impl<'a, 'ctx> CallEmitter for FuncTranslator<'a, 'ctx> {
    fn call(&mut self, func: u32) -> Result<()> {
        self.direct_call(func, CallKind::Normal)
    }

    fn call_indirect(&mut self, ty: u32, table: u32) -> Result<()> {
        self.table_call(ty, table, CallKind::Normal)
    }

    fn return_call(&mut self, func: u32) -> Result<()> {
        self.direct_call(func, CallKind::Tail)
    }

    fn return_call_indirect(&mut self, ty: u32, table: u32) -> Result<()> {
        self.table_call(ty, table, CallKind::Tail)
    }
}

impl<'a, 'ctx> FuncRefEmitter for FuncTranslator<'a, 'ctx> {
    fn call_ref(&mut self, ty: u32) -> Result<()> {
        self.ref_call(ty, CallKind::Normal)
    }

    fn return_call_ref(&mut self, ty: u32) -> Result<()> {
        self.ref_call(ty, CallKind::Tail)
    }

    fn ref_as_non_null(&mut self) -> Result<()> {
        let r = self.pop_ref()?;
        let is_null = self.b.build_is_null(r, "").ir()?;
        self.trap_if(is_null, TrapCode::NullReference)?;
        self.push(r);
        Ok(())
    }

    fn br_on_null(&mut self, depth: u32) -> Result<()> {
        let r = self.pop_ref()?;
        let is_null = self.b.build_is_null(r, "").ir()?;
        self.branch_if(is_null, depth)?;
        self.push(r);
        Ok(())
    }

    fn br_on_non_null(&mut self, depth: u32) -> Result<()> {
        let r = self.pop_ref()?;
        self.push(r);
        let non_null = self.b.build_is_not_null(r, "").ir()?;
        self.branch_if(non_null, depth)?;
        self.pop_ref()?;
        Ok(())
    }
}

impl<'a, 'ctx> BuiltinEmitter for FuncTranslator<'a, 'ctx> {
    /// The immediates as `i32` constants, then the popped operands.
    fn builtin_call(&mut self, call: BuiltinCall) -> Result<()> {
        let operands = self.popn(call.operands())?;
        let mut args: Vec<BasicMetadataValueEnum<'ctx>> = Vec::with_capacity(6);
        for i in call.immediates() {
            args.push(self.i32_const(*i as i32).into());
        }
        for (k, v) in operands.into_iter().enumerate() {
            // An i32 address or length for an `I64` parameter.
            let v = match v {
                BasicValueEnum::IntValue(i)
                    if call.param(k) == BuiltinParam::I64 && i.get_type() == self.ir.i32 =>
                {
                    self.b.build_int_z_extend(i, self.ir.i64, "").ir()?.into()
                }
                v => v,
            };
            args.push(v.into());
        }
        let r = self.call_builtin(call.builtin, &args)?;
        if call.builtin.pushes_result() {
            let v = r.ok_or_else(|| self.bug("builtin without a result"))?;
            if call.result_type() == ValType::I32 {
                let v = self.b.build_int_truncate(v, self.ir.i32, "").ir()?;
                self.push(v);
            } else {
                self.push(v);
            }
        }
        Ok(())
    }
}
