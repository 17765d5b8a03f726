//! Calls: direct calls, `call_indirect`, and calls to runtime builtins.
//!
//! Every wasm function is called as `(callee_vmctx, caller_vmctx, args…)`
//! with the C calling convention; several results come back as a struct.
//!
//! * A defined function is called directly (`call @wasm_function_N`, a
//!   PC-relative relocation to function `N` unless it is in the same
//!   batch), with this instance's vmctx as both callee and caller vmctx.
//! * An imported function is called through its `VMFuncRef` at
//!   `vmctx + funcref(i)`: `func_ptr` and `vmctx` are loaded from it.
//! * `call_indirect` loads the table element (bounds check →
//!   `TableOutOfBounds`), traps on null (`IndirectCallToNull`), compares
//!   the element's `type_id` with this module's id for the expected type
//!   (`BadSignature`), then calls through the element.
//! * Builtin `b` is the function pointer at index `b` of the table whose
//!   address is at `vmctx + builtins()`; it takes `(vmctx, params…)`, and a
//!   non-zero status from a builtin with a trap code raises that trap.
//!
//! Every call is `notail` (and functions carry `"disable-tail-calls"`):
//! a wasm call must grow the native stack, or unbounded recursion would
//! loop forever instead of trapping with `StackOverflow`.

use crate::error::{IrResult, Result};
use crate::ir::Region;
use crate::translator::FuncTranslator;
use inkwell::llvm_sys::LLVMTailCallKind;
use inkwell::values::{
    BasicMetadataValueEnum, BasicValueEnum, CallSiteValue, IntValue, PointerValue,
};
use inkwell::IntPredicate;
use trident_compiler::decode::{BuiltinEmitter, CallEmitter, FuncRefEmitter};
use trident_compiler::operators::BuiltinCall;
use trident_types::{Builtin, BuiltinParam, FuncType, TrapCode, ValType};

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// Pushes the results of `call` (none, one, or a struct of several).
    fn push_call_results(&mut self, call: CallSiteValue<'ctx>, results: &[ValType]) -> Result<()> {
        call.set_tail_call_kind(LLVMTailCallKind::LLVMTailCallKindNoTail);
        if results.is_empty() {
            return Ok(());
        }
        let v = call
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| self.bug("call without a result"))?;
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
        let result = call
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value());
        if let (Some(code), Some(status)) = (builtin.trap_code(), result) {
            let failed = self.is_nonzero(status)?;
            self.trap_if(failed, code)?;
        }
        Ok(result)
    }
}

impl<'a, 'ctx> CallEmitter for FuncTranslator<'a, 'ctx> {
    fn call(&mut self, func: u32) -> Result<()> {
        let module = self.env.module;
        let fty = self.env.func_type(func)?;
        let args = self.popn(fty.params.len())?;
        let call = if module.is_imported_function(func) {
            let fn_type = self.ir.wasm_fn_type(fty)?;
            let slot = self.env.offsets.funcref(func);
            let fptr = self.load_ptr(
                self.vmctx,
                slot + self.env.offsets.funcref_func_ptr(),
                Region::Vmctx,
                true,
            )?;
            let callee_vmctx = self.load_ptr(
                self.vmctx,
                slot + self.env.offsets.funcref_vmctx(),
                Region::Vmctx,
                true,
            )?;
            let all = self.call_args(callee_vmctx, args);
            self.b.build_indirect_call(fn_type, fptr, &all, "").ir()?
        } else {
            let callee = self.ir.function(func, fty)?;
            let all = self.call_args(self.vmctx, args);
            self.b.build_call(callee, &all, "").ir()?
        };
        self.push_call_results(call, &fty.results)
    }

    fn call_indirect(&mut self, ty: u32, table: u32) -> Result<()> {
        let fty = self
            .env
            .module
            .checked_type(ty)
            .ok_or_else(|| self.bug("type index out of range"))?;
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
        self.trap_if(mismatch, TrapCode::BadSignature)?;

        self.call_funcref(elem, fty, args)
    }

    fn return_call(&mut self, _func: u32) -> Result<()> {
        Err(self.unsupported(TAIL_CALLS_NOT_BUILT))
    }

    fn return_call_indirect(&mut self, _ty: u32, _table: u32) -> Result<()> {
        Err(self.unsupported(TAIL_CALLS_NOT_BUILT))
    }
}

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// Calls the function of the non-null `VMFuncRef` at `elem` with
    /// arguments `args` of signature `fty`, and pushes its results.
    fn call_funcref(
        &mut self,
        elem: PointerValue<'ctx>,
        fty: &FuncType,
        args: Vec<BasicValueEnum<'ctx>>,
    ) -> Result<()> {
        let o = &self.env.offsets;
        let (fptr_off, vmctx_off) = (o.funcref_func_ptr(), o.funcref_vmctx());
        let fptr = self.load_ptr(elem, fptr_off, Region::Vmctx, true)?;
        let callee_vmctx = self.load_ptr(elem, vmctx_off, Region::Vmctx, true)?;
        let fn_type = self.ir.wasm_fn_type(fty)?;
        let all = self.call_args(callee_vmctx, args);
        let call = self.b.build_indirect_call(fn_type, fptr, &all, "").ir()?;
        self.push_call_results(call, &fty.results)
    }

    /// Pops a reference operand.
    fn pop_ref(&mut self) -> Result<PointerValue<'ctx>> {
        match self.pop()? {
            BasicValueEnum::PointerValue(p) => Ok(p),
            _ => Err(self.bug("expected a reference operand")),
        }
    }
}

impl<'a, 'ctx> FuncRefEmitter for FuncTranslator<'a, 'ctx> {
    /// `call_ref`: the validator typed the reference, so only null is
    /// checked.
    fn call_ref(&mut self, ty: u32) -> Result<()> {
        let fty = self
            .env
            .module
            .checked_type(ty)
            .ok_or_else(|| self.bug("type index out of range"))?;
        let elem = self.pop_ref()?;
        let args = self.popn(fty.params.len())?;
        let is_null = self.b.build_is_null(elem, "").ir()?;
        self.trap_if(is_null, TrapCode::NullFunctionReference)?;
        self.call_funcref(elem, fty, args)
    }

    fn return_call_ref(&mut self, _ty: u32) -> Result<()> {
        Err(self.unsupported(TAIL_CALLS_NOT_BUILT))
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

/// Why this back end refuses `return_call` and `return_call_indirect`:
/// LLVM guarantees tail calls only in `tailcc`, which on x86-64 pads every
/// callee-popped argument area to 16n+8 bytes (a `ret $8` and a `sub $8`
/// around every call: fib 1.27x slower, kernels 1.038x), too much to
/// impose on every module; compiling only tail-calling modules with it
/// needs funcrefs and trampolines that tell the two conventions apart.
const TAIL_CALLS_NOT_BUILT: &str =
    "tail calls (proposal `tail-call`, not built on the LLVM back end yet)";

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
