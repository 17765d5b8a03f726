//! Trampolines between the host and wasm code, written against [`Masm`].
//!
//! * Host → wasm, one per signature: `extern "C" fn(func_ptr,
//!   callee_vmctx, caller_vmctx, values)`. It saves the C convention's
//!   callee-saved registers (wasm code preserves none), loads argument `i`
//!   from `values + 16·i` (into its register, or the argument buffer of
//!   the caller vmctx's store context), calls `func_ptr` with the wasm
//!   convention (`abi`), and stores result `i` to `values + 16·i`.
//! * Wasm → host, one per signature of an imported function: it has the
//!   wasm convention, with the host context as callee vmctx. It stores the
//!   parameters (from registers and the argument buffer, found through
//!   the caller vmctx) in a stack area of `16·max(params, results, 1)` bytes,
//!   calls `host_ctx.call(host_ctx, caller_vmctx, area, count)`, traps
//!   with `HostError` on a non-zero status, and returns the results read
//!   back from the area.
//!
//! Values use their native little-endian representation in the 16-byte
//! slots; references are pointer-sized. Neither trampoline checks the stack
//! limit.

use crate::abi::{self, copy_value, value_kinds, ParamLoc, ResultLoc};
use crate::machine::{Addr, Finished, IntCond, Masm, Reg, RegImm, Size, StoreKind};
use trident_types::{
    CompileError, CompiledFunction, FuncType, ModuleInfo, TrapCode, VMOffsets, VALUE_SLOT_SIZE,
};

fn limit(what: &str) -> CompileError {
    CompileError::Limit(format!("too many values for a {what} trampoline"))
}

fn slot(i: usize) -> Result<i32, CompileError> {
    i32::try_from(i * VALUE_SLOT_SIZE as usize).map_err(|_| limit("host"))
}

/// The host→wasm trampoline for `ty`.
pub(crate) fn host_to_wasm<M: Masm>(ty: &FuncType) -> Result<CompiledFunction, CompileError> {
    let layout = abi::wasm_layout::<M>(ty)?;
    let mut m = M::new();
    // Three saved pointers (values, callee and caller vmctx), then the
    // outgoing area at the stack pointer.
    let top = m.enter_trampoline_frame(24 + layout.area, true);
    let (values_slot, callee_slot, caller_slot) = (top - 8, top - 16, top - 24);
    let (func_ptr, values) = (M::SCRATCH_GPR, M::SCRATCH_GPR2);
    let args = M::INT_ARGS;
    let fp = M::FP;
    let ptr_store = StoreKind::Int { bytes: 8 };
    m.mov(Reg::Gpr(func_ptr), Reg::Gpr(args[0]));
    m.mov(Reg::Gpr(values), Reg::Gpr(args[3]));
    m.store(
        ptr_store,
        Reg::Gpr(args[3]),
        Addr::new(fp, values_slot),
        None,
    );
    m.store(
        ptr_store,
        Reg::Gpr(args[1]),
        Addr::new(fp, callee_slot),
        None,
    );
    m.store(
        ptr_store,
        Reg::Gpr(args[2]),
        Addr::new(fp, caller_slot),
        None,
    );
    // Buffer arguments first: register arguments may overwrite the
    // incoming argument registers. The callee vmctx register is free
    // until the end (it is reloaded from its slot).
    let store_ctx = args[0];
    if layout.uses_buffer() {
        abi::load_store_context(&mut m, store_ctx, args[2]);
    }
    for (i, (loc, t)) in layout.params.iter().zip(&ty.params).enumerate() {
        if let ParamLoc::Buffer(off) = loc {
            let (src, dst) = (
                Addr::new(values, slot(i)?),
                abi::buffer_addr(store_ctx, *off),
            );
            copy_value(&mut m, *t, src, dst);
        }
    }
    for (i, (loc, t)) in layout.params.iter().zip(&ty.params).enumerate() {
        if let ParamLoc::Reg(r) = loc {
            m.load(value_kinds(*t).0, *r, Addr::new(values, slot(i)?), None);
        }
    }
    m.load_ptr(args[0], fp, callee_slot);
    m.load_ptr(args[1], fp, caller_slot);
    m.call_reg(func_ptr);
    m.load_ptr(values, fp, values_slot);
    for (i, (loc, t)) in layout.results.iter().zip(&ty.results).enumerate() {
        match loc {
            ResultLoc::Reg(r) => m.store(value_kinds(*t).1, *r, Addr::new(values, slot(i)?), None),
            ResultLoc::Stack(off) => {
                let (src, dst) = (Addr::new(M::SP, *off as i32), Addr::new(values, slot(i)?));
                copy_value(&mut m, *t, src, dst)
            }
        }
    }
    m.leave_trampoline_frame(true);
    finished(m.finish()?)
}

/// The wasm→host trampoline for `ty`.
pub(crate) fn wasm_to_host<M: Masm>(ty: &FuncType) -> Result<CompiledFunction, CompileError> {
    let layout = abi::wasm_layout::<M>(ty)?;
    let count = ty.params.len().max(ty.results.len());
    let area = u32::try_from(count.max(1) * VALUE_SLOT_SIZE as usize).map_err(|_| limit("host"))?;
    let mut m = M::new();
    m.enter_trampoline_frame(area, false);
    let (sp, fp) = (M::SP, M::FP);
    let incoming = M::INCOMING_ARGS_OFFSET;
    let args = M::INT_ARGS;
    let store_ctx = M::SCRATCH_GPR2;
    if layout.uses_buffer() {
        abi::load_store_context(&mut m, store_ctx, args[1]);
    }
    for (i, (loc, t)) in layout.params.iter().zip(&ty.params).enumerate() {
        match loc {
            ParamLoc::Reg(r) => m.store(value_kinds(*t).1, *r, Addr::new(sp, slot(i)?), None),
            ParamLoc::Buffer(off) => copy_value(
                &mut m,
                *t,
                abi::buffer_addr(store_ctx, *off),
                Addr::new(sp, slot(i)?),
            ),
        }
    }
    let offsets = VMOffsets::new(8, &ModuleInfo::default());
    let call = M::SCRATCH_GPR;
    m.load_ptr(call, args[0], offsets.host_context_call() as i32);
    // args[0] (host context) and args[1] (caller vmctx) pass through.
    m.lea(args[2], sp, 0);
    m.mov_imm(Reg::Gpr(args[3]), Size::S32, count as u64);
    m.call_reg(call);
    let trap = m.trap_label(TrapCode::HostError);
    m.branch_cmp(IntCond::Ne, Size::S32, M::INT_RET, RegImm::Imm(0), trap);
    for (i, (loc, t)) in layout.results.iter().zip(&ty.results).enumerate() {
        match loc {
            ResultLoc::Reg(r) => m.load(value_kinds(*t).0, *r, Addr::new(sp, slot(i)?), None),
            ResultLoc::Stack(off) => copy_value(
                &mut m,
                *t,
                Addr::new(sp, slot(i)?),
                Addr::new(fp, incoming + *off as i32),
            ),
        }
    }
    m.leave_trampoline_frame(false);
    finished(m.finish()?)
}

/// A trampoline's code: trampolines are short, so near branches always
/// reach.
fn finished(f: Finished) -> Result<CompiledFunction, CompileError> {
    match f {
        Finished::Code(code) => Ok(code),
        Finished::NeedsFarBranches => {
            Err(CompileError::codegen("a trampoline asked for far branches"))
        }
    }
}
