//! Trampolines between the host and wasm code, as LLVM IR.
//!
//! * Host → wasm, one per module type: `extern "C" fn(func_ptr,
//!   callee_vmctx, caller_vmctx, values)`. It loads argument `i` from
//!   `values + 16·i`, calls `func_ptr` with the wasm convention
//!   `(callee_vmctx, caller_vmctx, args…)`, and stores result `i` to
//!   `values + 16·i`.
//! * Wasm → host, one per type of an imported function: it has the wasm
//!   signature `(host_ctx, caller_vmctx, params…) -> results`. Parameters
//!   are spilled to a stack area of `16·max(params, results, 1)` bytes,
//!   then it calls `host_ctx.call(host_ctx, caller_vmctx, area, count)`
//!   (`count = max(params, results)`, the function pointer at
//!   `host_ctx + host_context_call()`); a non-zero status traps with
//!   `HostError`, otherwise the results are loaded back from the area.
//!
//! Values use their native little-endian representation in the 16-byte
//! slots; references are pointer-sized. Neither trampoline checks the
//! stack limit (they carry no `probe-stack` attribute: their first
//! argument is not a vmctx).

use crate::error::{codegen, IrResult, Result};
use crate::ir::{Ir, Region};
use inkwell::attributes::AttributeLoc;
use inkwell::builder::Builder;
use inkwell::llvm_sys::LLVMTailCallKind;
use inkwell::types::BasicMetadataTypeEnum;
use inkwell::values::{
    BasicMetadataValueEnum, BasicValue, BasicValueEnum, FunctionValue, PointerValue,
};
use trident_types::{FuncType, TrapCode, VMOffsets, VALUE_SLOT_SIZE};

fn slot_offset(i: usize) -> Result<u64> {
    u64::try_from(i)
        .ok()
        .and_then(|i| i.checked_mul(u64::from(VALUE_SLOT_SIZE)))
        .ok_or_else(|| {
            trident_types::CompileError::Limit("too many values for a trampoline".into())
        })
}

/// The address of value slot `i` of `values`.
fn slot<'ctx>(
    ir: &Ir<'ctx>,
    b: &Builder<'ctx>,
    values: PointerValue<'ctx>,
    i: usize,
) -> Result<PointerValue<'ctx>> {
    let off = ir.i64.const_int(slot_offset(i)?, false);
    // SAFETY: a byte GEP computes an address; it does not access memory.
    unsafe { b.build_gep(ir.i8, values, &[off], "") }.ir()
}

fn param<'ctx>(f: FunctionValue<'ctx>, i: u32) -> Result<BasicValueEnum<'ctx>> {
    f.get_nth_param(i)
        .ok_or_else(|| codegen(format!("trampoline without parameter {i}")))
}

/// Slot accesses of `v128` values claim only byte alignment: the host's
/// value array promises 16-byte slots, not 16-byte-aligned ones.
fn align_vector_access<'ctx>(
    inst: Option<inkwell::values::InstructionValue<'ctx>>,
    is_vector: bool,
) -> Result<()> {
    if let (true, Some(i)) = (is_vector, inst) {
        i.set_alignment(1)
            .map_err(|e| codegen(format!("cannot align a v128 slot access: {e:?}")))?;
    }
    Ok(())
}

/// Attributes every trampoline gets.
fn trampoline_attributes(ir: &Ir<'_>, f: FunctionValue<'_>) {
    f.add_attribute(
        AttributeLoc::Function,
        ir.string_attr("frame-pointer", "all"),
    );
    f.add_attribute(AttributeLoc::Function, ir.enum_attr("nounwind"));
}

/// Defines the host→wasm trampoline for `ty` as `name`.
pub(crate) fn define_host_to_wasm<'ctx>(
    ir: &Ir<'ctx>,
    ty: &FuncType,
    name: &str,
) -> Result<FunctionValue<'ctx>> {
    let p: BasicMetadataTypeEnum<'ctx> = ir.ptr.into();
    let fn_type = ir.context.void_type().fn_type(&[p, p, p, p], false);
    let f = ir.module.add_function(name, fn_type, None);
    trampoline_attributes(ir, f);
    let b = ir.context.create_builder();
    b.position_at_end(ir.context.append_basic_block(f, "entry"));
    let func_ptr = param(f, 0)?.into_pointer_value();
    let values = param(f, 3)?.into_pointer_value();
    let mut args: Vec<BasicMetadataValueEnum<'ctx>> =
        vec![param(f, 1)?.into(), param(f, 2)?.into()];
    for (i, t) in ty.params.iter().enumerate() {
        let lt = ir.val_type(*t);
        let v = b.build_load(lt, slot(ir, &b, values, i)?, "").ir()?;
        align_vector_access(v.as_instruction_value(), lt.is_vector_type())?;
        ir.tag(v.as_instruction_value(), Region::Slots, false)?;
        args.push(v.into());
    }
    let wasm_type = ir.wasm_fn_type(ty)?;
    let call = b.build_indirect_call(wasm_type, func_ptr, &args, "").ir()?;
    call.set_tail_call_kind(LLVMTailCallKind::LLVMTailCallKindNoTail);
    let results: Vec<BasicValueEnum<'ctx>> =
        match (ty.results.len(), call.try_as_basic_value().basic()) {
            (0, _) => vec![],
            (1, Some(v)) => vec![v],
            (_, Some(v)) => ir.unpack_results(&b, v.into_struct_value(), &ty.results)?,
            (_, None) => return Err(codegen("wasm call without results")),
        };
    for (i, r) in results.into_iter().enumerate() {
        let s = b.build_store(slot(ir, &b, values, i)?, r).ir()?;
        align_vector_access(Some(s), r.is_vector_value())?;
        ir.tag(Some(s), Region::Slots, false)?;
    }
    b.build_return(None).ir()?;
    Ok(f)
}

/// Defines the wasm→host trampoline for `ty` as `name`.
pub(crate) fn define_wasm_to_host<'ctx>(
    ir: &Ir<'ctx>,
    offsets: &VMOffsets,
    ty: &FuncType,
    name: &str,
) -> Result<FunctionValue<'ctx>> {
    let fn_type = ir.wasm_fn_type(ty)?;
    let f = ir.module.add_function(name, fn_type, None);
    trampoline_attributes(ir, f);
    let b = ir.context.create_builder();
    b.position_at_end(ir.context.append_basic_block(f, "entry"));
    let count = ty.params.len().max(ty.results.len());
    let slots = u32::try_from(count.max(1))
        .ok()
        .and_then(|s| s.checked_mul(VALUE_SLOT_SIZE / 8))
        .ok_or_else(|| {
            trident_types::CompileError::Limit("too many values for a trampoline".into())
        })?;
    let count = u32::try_from(count).map_err(|_| {
        trident_types::CompileError::Limit("too many values for a trampoline".into())
    })?;
    let area = b.build_alloca(ir.i64.array_type(slots), "values").ir()?;
    area.as_instruction()
        .ok_or_else(|| codegen("alloca is not an instruction"))?
        .set_alignment(16)
        .map_err(|e| codegen(format!("cannot align the value area: {e:?}")))?;
    let host_ctx = param(f, 0)?.into_pointer_value();
    let caller_vmctx = param(f, 1)?;
    for i in 0..ty.params.len() {
        let v = param(f, i as u32 + 2)?;
        let s = b.build_store(slot(ir, &b, area, i)?, v).ir()?;
        align_vector_access(Some(s), v.is_vector_value())?;
        ir.tag(Some(s), Region::Slots, false)?;
    }
    let p: BasicMetadataTypeEnum<'ctx> = ir.ptr.into();
    let host_type = ir.i32.fn_type(&[p, p, p, ir.i32.into()], false);
    let call_off = ir
        .i64
        .const_int(u64::from(offsets.host_context_call()), false);
    // SAFETY: a byte GEP computes an address; it does not access memory.
    let call_addr = unsafe { b.build_gep(ir.i8, host_ctx, &[call_off], "") }.ir()?;
    let call_fn = b.build_load(ir.ptr, call_addr, "").ir()?;
    ir.tag(call_fn.as_instruction_value(), Region::Vmctx, true)?;
    let status = b
        .build_indirect_call(
            host_type,
            call_fn.into_pointer_value(),
            &[
                host_ctx.into(),
                caller_vmctx.into(),
                area.into(),
                ir.i32.const_int(u64::from(count), false).into(),
            ],
            "",
        )
        .ir()?;
    status.set_tail_call_kind(LLVMTailCallKind::LLVMTailCallKindNoTail);
    let status = status
        .try_as_basic_value()
        .basic()
        .ok_or_else(|| codegen("host call without a status"))?
        .into_int_value();
    let failed = b
        .build_int_compare(inkwell::IntPredicate::NE, status, ir.i32.const_zero(), "")
        .ir()?;
    let trap = ir.context.append_basic_block(f, "host_error");
    let ok = ir.context.append_basic_block(f, "ok");
    let br = b.build_conditional_branch(failed, trap, ok).ir()?;
    crate::interrupts::mark_unlikely(ir, br)?;
    b.position_at_end(trap);
    crate::traps::emit_trap(&b, ir, TrapCode::HostError)?;
    b.position_at_end(ok);
    let mut results = Vec::with_capacity(ty.results.len());
    for (i, t) in ty.results.iter().enumerate() {
        let lt = ir.val_type(*t);
        let v = b.build_load(lt, slot(ir, &b, area, i)?, "").ir()?;
        align_vector_access(v.as_instruction_value(), lt.is_vector_type())?;
        ir.tag(v.as_instruction_value(), Region::Slots, false)?;
        results.push(v);
    }
    match results.as_slice() {
        [] => b.build_return(None).ir()?,
        [one] => b.build_return(Some(one)).ir()?,
        many => b.build_aggregate_return(&ir.pack_results(&b, many)?).ir()?,
    };
    Ok(f)
}
