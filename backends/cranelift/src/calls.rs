//! Calls: direct calls, `call_indirect`, and calls to runtime builtins.
//!
//! Every wasm function is called as `(callee_vmctx, caller_vmctx, args…)`
//! in Cranelift's `tail` convention (`WASM_CALL_CONV`); builtins in the
//! platform's.
//!
//! * A defined function is called directly (a colocated call relocated to
//!   the callee's function index), with this instance's vmctx as both
//!   callee and caller vmctx.
//! * An imported function is called through its `VMFuncRef` at
//!   `vmctx + funcref(i)`: `func_ptr` and `vmctx` are loaded from it.
//! * `call_indirect` loads the table element (bounds check →
//!   `TableOutOfBounds`), traps on null (`IndirectCallToNull`), compares
//!   the element's `type_id` with this module's id for the expected type
//!   (`BadSignature`; for a type open to subtypes, a different id asks the
//!   `FuncSubtype` builtin in a cold block first), then calls through the
//!   element.
//! * `call_ref` traps on null (`NullFunctionReference`) and calls through
//!   the reference: its type is the validator's, so there is no signature
//!   check.
//! * `return_call`, `return_call_indirect` and `return_call_ref` are the
//!   same with CLIF's
//!   `return_call`/`return_call_indirect`: the callee reuses the caller's
//!   frame, which the `tail` convention allows for any pair of signatures
//!   (wasm validation guarantees the results agree).
//! * Builtin `b` is the function pointer at index `b` of the table whose
//!   address is at `vmctx + builtins()`; it takes `(vmctx, params…)` and a
//!   non-zero status from a builtin with a trap code raises that trap.

use crate::emit::clif_trap;
use crate::translator::{vmctx_mutable, vmctx_readonly, FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, FuncRef, Inst, InstBuilder, MemFlagsData, SigRef, Value};
use trident_compiler::decode::{BuiltinEmitter, CallEmitter, FuncRefEmitter};
use trident_compiler::operators::BuiltinCall;
use trident_types::{Builtin, BuiltinParam, TrapCode, ValType};

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// Pushes the results of call `inst` on the operand stack.
    fn push_call_results(&mut self, inst: Inst) {
        let results = self.b.inst_results(inst).to_vec();
        self.stack.extend(results);
    }

    /// The number of parameters of type index `ty`.
    fn type_param_count(&self, ty: u32) -> Result<usize> {
        self.env
            .module
            .checked_type(ty)
            .map(|t| t.params.len())
            .ok_or_else(|| self.bug("type index out of range"))
    }

    /// Calls `builtin` with `(vmctx, args…)`. Raises the builtin's trap when
    /// it has one and returns a non-zero status; returns the result if any.
    pub(crate) fn call_builtin(
        &mut self,
        builtin: Builtin,
        args: &[Value],
    ) -> Result<Option<Value>> {
        let ptr = self.env.ptr;
        let sig = self.builtin_sig(builtin);
        let table_off = self.env.offsets.builtins();
        let entry_off = u32::try_from(builtin.index() * usize::from(self.env.offsets.pointer_size))
            .map_err(|_| self.bug("builtin index too large"))?;
        // The epoch builtin's address is loaded where it is called, in the
        // cold block: hoisted into a loop's preheader, it held a register
        // for the whole loop (Cranelift fib ran 18% slower with epochs).
        let flags = match builtin {
            Builtin::EpochDeadline => MemFlagsData::trusted().with_readonly(),
            _ => vmctx_readonly(),
        };
        let table = self.load(ptr, flags, self.vmctx, table_off)?;
        let fptr = self.load(ptr, flags, table, entry_off)?;
        let mut call_args = Vec::with_capacity(args.len() + 1);
        call_args.push(self.vmctx);
        call_args.extend_from_slice(args);
        let inst = self.b.ins().call_indirect(sig, fptr, &call_args);
        let result = self.b.inst_results(inst).first().copied();
        if let (Some(code), Some(status)) = (builtin.trap_code(), result) {
            self.b.ins().trapnz(status, clif_trap(code));
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

/// What a call goes to: a defined function (colocated), or a function
/// pointer of a signature.
#[derive(Clone, Copy)]
enum Callee {
    Direct(FuncRef),
    Indirect(SigRef, Value),
}

impl FuncTranslator<'_, '_> {
    /// `call` or `return_call` of function `func`.
    fn direct_call(&mut self, func: u32, kind: CallKind) -> Result<()> {
        let module = self.env.module;
        let ty = *module
            .functions
            .get(func as usize)
            .ok_or_else(|| self.bug("function index out of range"))?;
        let n = self.type_param_count(ty)?;
        let args = self.popn(n)?;
        let mut call_args = Vec::with_capacity(n + 2);
        if module.is_imported_function(func) {
            let sig = self.sig_ref(ty)?;
            let slot = self.env.offsets.funcref(func);
            let fptr_off = slot + self.env.offsets.funcref_func_ptr();
            let vmctx_off = slot + self.env.offsets.funcref_vmctx();
            let fptr = self.load(self.env.ptr, vmctx_readonly(), self.vmctx, fptr_off)?;
            let callee_vmctx = self.load(self.env.ptr, vmctx_readonly(), self.vmctx, vmctx_off)?;
            call_args.push(callee_vmctx);
            call_args.push(self.vmctx);
            call_args.extend(args);
            self.finish_call(Callee::Indirect(sig, fptr), &call_args, kind);
        } else {
            let fref = self.direct_func_ref(func)?;
            call_args.push(self.vmctx);
            call_args.push(self.vmctx);
            call_args.extend(args);
            self.finish_call(Callee::Direct(fref), &call_args, kind);
        }
        Ok(())
    }

    /// `call_indirect` or `return_call_indirect` of type `ty` through
    /// table `table`.
    fn table_call(&mut self, ty: u32, table: u32, kind: CallKind) -> Result<()> {
        let ptr = self.env.ptr;
        let index = self.pop()?;
        let n = self.type_param_count(ty)?;
        let args = self.popn(n)?;
        let sig = self.sig_ref(ty)?;

        let addr = self.table_element_addr(table, index)?;
        let elem = self.load(ptr, vmctx_mutable(), addr, 0)?;
        self.b
            .ins()
            .trapz(elem, clif_trap(TrapCode::IndirectCallToNull));

        let o = &self.env.offsets;
        let (type_ids_off, expected_off) = (o.type_ids(), o.type_id(ty));
        let type_id_off = o.funcref_type_id();
        let type_ids = self.load(ptr, vmctx_readonly(), self.vmctx, type_ids_off)?;
        let expected = self.load(types::I32, vmctx_readonly(), type_ids, expected_off)?;
        let actual = self.load(types::I32, vmctx_mutable(), elem, type_id_off)?;
        let mismatch = self.b.ins().icmp(IntCC::NotEqual, actual, expected);
        if self.env.module.is_final_type(ty) {
            self.b
                .ins()
                .trapnz(mismatch, clif_trap(TrapCode::BadSignature));
        } else {
            // An open expected type: a different id may be a subtype's,
            // which the builtin decides out of line.
            let (slow, cont) = (self.b.create_block(), self.b.create_block());
            self.b.set_cold_block(slow);
            self.b.ins().brif(mismatch, slow, &[], cont, &[]);
            self.b.switch_to_block(slow);
            self.b.seal_block(slow);
            let same = self
                .call_builtin(Builtin::FuncSubtype, &[elem, expected])?
                .ok_or_else(|| self.bug("FuncSubtype returns the reference"))?;
            self.b.ins().trapz(same, clif_trap(TrapCode::BadSignature));
            self.b.ins().jump(cont, &[]);
            self.b.switch_to_block(cont);
            self.b.seal_block(cont);
        }

        self.call_funcref(elem, sig, args, kind)
    }

    /// `call_ref` or `return_call_ref` of type `ty`: the validator typed
    /// the reference, so only null is checked.
    fn ref_call(&mut self, ty: u32, kind: CallKind) -> Result<()> {
        let elem = self.pop()?;
        let n = self.type_param_count(ty)?;
        let args = self.popn(n)?;
        let sig = self.sig_ref(ty)?;
        self.b
            .ins()
            .trapz(elem, clif_trap(TrapCode::NullFunctionReference));
        self.call_funcref(elem, sig, args, kind)
    }

    /// Calls the function of the non-null `VMFuncRef` at `elem` with
    /// signature `sig`.
    fn call_funcref(
        &mut self,
        elem: Value,
        sig: SigRef,
        args: Vec<Value>,
        kind: CallKind,
    ) -> Result<()> {
        let ptr = self.env.ptr;
        let o = &self.env.offsets;
        let (fptr_off, vmctx_off) = (o.funcref_func_ptr(), o.funcref_vmctx());
        let fptr = self.load(ptr, vmctx_mutable(), elem, fptr_off)?;
        let callee_vmctx = self.load(ptr, vmctx_mutable(), elem, vmctx_off)?;
        let mut call_args = Vec::with_capacity(args.len() + 2);
        call_args.push(callee_vmctx);
        call_args.push(self.vmctx);
        call_args.extend(args);
        self.finish_call(Callee::Indirect(sig, fptr), &call_args, kind);
        Ok(())
    }

    /// Calls `callee` with `args`: pushes the results of a normal call; a
    /// tail call ends the code here.
    fn finish_call(&mut self, callee: Callee, args: &[Value], kind: CallKind) {
        match (kind, callee) {
            (CallKind::Normal, Callee::Direct(f)) => {
                let inst = self.b.ins().call(f, args);
                self.push_call_results(inst);
            }
            (CallKind::Normal, Callee::Indirect(sig, fptr)) => {
                let inst = self.b.ins().call_indirect(sig, fptr, args);
                self.push_call_results(inst);
            }
            (CallKind::Tail, Callee::Direct(f)) => {
                self.b.ins().return_call(f, args);
                self.st.reachable = false;
            }
            (CallKind::Tail, Callee::Indirect(sig, fptr)) => {
                self.b.ins().return_call_indirect(sig, fptr, args);
                self.st.reachable = false;
            }
        }
    }
}

impl CallEmitter for FuncTranslator<'_, '_> {
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

impl FuncRefEmitter for FuncTranslator<'_, '_> {
    fn call_ref(&mut self, ty: u32) -> Result<()> {
        self.ref_call(ty, CallKind::Normal)
    }

    fn return_call_ref(&mut self, ty: u32) -> Result<()> {
        self.ref_call(ty, CallKind::Tail)
    }

    fn ref_as_non_null(&mut self) -> Result<()> {
        let r = self.pop()?;
        self.b.ins().trapz(r, clif_trap(TrapCode::NullReference));
        self.push(r);
        Ok(())
    }

    fn br_on_null(&mut self, depth: u32) -> Result<()> {
        let r = self.pop()?;
        let is_null = self.b.ins().icmp_imm_u(IntCC::Equal, r, 0);
        self.branch_if(is_null, depth)?;
        self.push(r);
        Ok(())
    }

    fn br_on_non_null(&mut self, depth: u32) -> Result<()> {
        let r = *self
            .stack
            .last()
            .ok_or_else(|| self.bug("br_on_non_null on an empty stack"))?;
        self.branch_if(r, depth)?;
        self.pop()?;
        Ok(())
    }
}

impl BuiltinEmitter for FuncTranslator<'_, '_> {
    /// The immediates as `i32` constants, then the popped operands.
    fn builtin_call(&mut self, call: BuiltinCall) -> Result<()> {
        let operands = self.popn(call.operands())?;
        let mut args: Vec<Value> = call
            .immediates()
            .iter()
            .map(|i| self.i32const(*i as i32))
            .collect();
        for (k, v) in operands.into_iter().enumerate() {
            // An i32 address or length for an `I64` parameter.
            let wide = call.param(k) == BuiltinParam::I64;
            let v = if wide && self.b.func.dfg.value_type(v) == types::I32 {
                self.b.ins().uextend(types::I64, v)
            } else {
                v
            };
            args.push(v);
        }
        let r = self.call_builtin(call.builtin, &args)?;
        if call.builtin.pushes_result() {
            let v = r.ok_or_else(|| self.bug("builtin without a result"))?;
            let v = match call.result_type() {
                ValType::I32 => self.b.ins().ireduce(types::I32, v),
                _ => v,
            };
            self.push(v);
        }
        Ok(())
    }
}
