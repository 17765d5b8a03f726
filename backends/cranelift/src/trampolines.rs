//! Trampolines between the host and wasm code.
//!
//! * Host → wasm, one per module type: `extern "C" fn(func_ptr,
//!   callee_vmctx, caller_vmctx, values)`. It loads argument `i` from
//!   `values + 16·i`, calls `func_ptr` with the wasm convention
//!   `(callee_vmctx, caller_vmctx, args…)` (in `WASM_CALL_CONV`), and
//!   stores result `i` to `values + 16·i`.
//! * Wasm → host, one per type of an imported function: it has the wasm
//!   signature `(host_ctx, caller_vmctx, params…) -> results` (in
//!   `WASM_CALL_CONV`, so wasm may tail-call it). Parameters
//!   are spilled to a stack area of `16·max(params, results, 1)` bytes,
//!   then it calls `host_ctx.call(host_ctx, caller_vmctx, area, count)`
//!   (`count = max(params, results)`, the function pointer at
//!   `host_ctx + host_context_call()`); a non-zero status traps with
//!   `HostError`, otherwise the results are loaded back from the area.
//!
//! Values use their native little-endian representation in the 16-byte
//! slots; references are pointer-sized. Neither trampoline checks the stack
//! limit.

use crate::emit::{clif_trap, compile_context};
use crate::translator::{clif_type, vmctx_readonly, wasm_signature, Result};
use cranelift_codegen::ir::{
    types, AbiParam, Function, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind,
    UserFuncName,
};
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use trident_compiler::CompiledFunction;
use trident_types::{CompileError, FuncType, TrapCode, VALUE_SLOT_SIZE};

/// Flags for the 16-byte value slots: cannot trap, not assumed aligned.
fn slot_flags() -> MemFlagsData {
    MemFlagsData::new().with_notrap()
}

fn slot_offset(i: usize) -> Result<i32> {
    i32::try_from(i)
        .ok()
        .and_then(|i| i.checked_mul(VALUE_SLOT_SIZE as i32))
        .ok_or_else(|| CompileError::Limit("too many values for a trampoline".into()))
}

/// Builds the host→wasm trampoline for `ty` into `ctx.func`.
fn build_host_to_wasm(
    isa: &dyn TargetIsa,
    ty: &FuncType,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
) -> Result<()> {
    let ptr = isa.pointer_type();
    let call_conv = isa.default_call_conv();
    let mut sig = Signature::new(call_conv);
    for _ in 0..4 {
        sig.params.push(AbiParam::new(ptr));
    }
    let wasm_sig = wasm_signature(ptr, ty);
    ctx.func = Function::with_name_signature(UserFuncName::user(1, 0), sig);
    let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
    let wasm_sig = b.import_signature(wasm_sig);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let params = b.block_params(entry).to_vec();
    let [func_ptr, callee_vmctx, caller_vmctx, values] = params[..] else {
        return Err(CompileError::codegen(
            "host-to-wasm trampoline without its four parameters",
        ));
    };
    let mut args = vec![callee_vmctx, caller_vmctx];
    for (i, p) in ty.params.iter().enumerate() {
        let t = clif_type(ptr, *p);
        args.push(b.ins().load(t, slot_flags(), values, slot_offset(i)?));
    }
    let call = b.ins().call_indirect(wasm_sig, func_ptr, &args);
    let results = b.inst_results(call).to_vec();
    for (i, r) in results.into_iter().enumerate() {
        b.ins().store(slot_flags(), r, values, slot_offset(i)?);
    }
    b.ins().return_(&[]);
    b.finalize(isa.frontend_config());
    Ok(())
}

/// Builds the wasm→host trampoline for `ty` into `ctx.func`.
fn build_wasm_to_host(
    isa: &dyn TargetIsa,
    ty: &FuncType,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
) -> Result<()> {
    let ptr = isa.pointer_type();
    let call_conv = isa.default_call_conv();
    let sig = wasm_signature(ptr, ty);
    let mut host_sig = Signature::new(call_conv);
    for _ in 0..3 {
        host_sig.params.push(AbiParam::new(ptr));
    }
    host_sig.params.push(AbiParam::new(types::I32));
    host_sig.returns.push(AbiParam::new(types::I32));

    let count = ty.params.len().max(ty.results.len());
    let slots = count.max(1);
    let size = u32::try_from(slots)
        .ok()
        .and_then(|s| s.checked_mul(VALUE_SLOT_SIZE))
        .ok_or_else(|| CompileError::Limit("too many values for a trampoline".into()))?;
    let count = i32::try_from(count)
        .map_err(|_| CompileError::Limit("too many values for a trampoline".into()))?;

    ctx.func = Function::with_name_signature(UserFuncName::user(2, 0), sig);
    let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
    let host_sig = b.import_signature(host_sig);
    let area = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 4));
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let params = b.block_params(entry).to_vec();
    let (host_ctx, caller_vmctx) = match params[..] {
        [h, c, ..] => (h, c),
        _ => {
            return Err(CompileError::codegen(
                "wasm-to-host trampoline without its vmctx parameters",
            ))
        }
    };
    let addr = b.ins().stack_addr(ptr, area, 0);
    for (i, v) in params[2..].iter().enumerate() {
        b.ins().store(slot_flags(), *v, addr, slot_offset(i)?);
    }
    let call_off = i32::try_from(
        trident_types::VMOffsets::new(isa.pointer_bytes(), &Default::default()).host_context_call(),
    )
    .map_err(|_| CompileError::Limit("host context offset".into()))?;
    let call = b.ins().load(ptr, vmctx_readonly(), host_ctx, call_off);
    let count = b.ins().iconst(types::I32, i64::from(count as u32));
    let inst = b
        .ins()
        .call_indirect(host_sig, call, &[host_ctx, caller_vmctx, addr, count]);
    let status = b.inst_results(inst)[0];
    b.ins().trapnz(status, clif_trap(TrapCode::HostError));
    let mut results = Vec::with_capacity(ty.results.len());
    for (i, r) in ty.results.iter().enumerate() {
        let t = clif_type(ptr, *r);
        results.push(b.ins().load(t, slot_flags(), addr, slot_offset(i)?));
    }
    b.ins().return_(&results);
    b.finalize(isa.frontend_config());
    Ok(())
}

/// Compiles the host→wasm trampoline for `ty`.
pub(crate) fn host_to_wasm(
    isa: &dyn TargetIsa,
    ty: &FuncType,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
) -> std::result::Result<CompiledFunction, CompileError> {
    ctx.clear();
    build_host_to_wasm(isa, ty, ctx, fctx)?;
    compile_context(ctx, isa, None)
}

/// Compiles the wasm→host trampoline for `ty`.
pub(crate) fn wasm_to_host(
    isa: &dyn TargetIsa,
    ty: &FuncType,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
) -> std::result::Result<CompiledFunction, CompileError> {
    ctx.clear();
    build_wasm_to_host(isa, ty, ctx, fctx)?;
    compile_context(ctx, isa, None)
}
