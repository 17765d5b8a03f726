//! The memory and table decoders: scalar loads and stores as a
//! [`MemAccess`], `memory.size`, `table.get`/`set`/`size`, the reference
//! operators, and the operators of both classes that call a runtime
//! builtin, as a [`BuiltinCall`].

use super::{Emitted, ModuleAccess};
use crate::operators::{BuiltinCall, MemAccess};
use trident_types::{CompileError, ValType};
use wasmparser::{MemArg, Operator};

/// The operators that call a runtime builtin.
pub trait BuiltinEmitter: ModuleAccess {
    /// `builtin(vmctx, immediates…, operands…)`, then the builtin's trap on
    /// a non-zero status, or its result pushed (`memory.grow`,
    /// `table.grow`).
    fn builtin_call(&mut self, call: BuiltinCall) -> Emitted;
}

/// Loads, stores and `memory.size` (decoded by [`memory`], with the bulk
/// memory operators and `memory.grow` as builtin calls).
pub trait MemoryEmitter: BuiltinEmitter {
    /// A load at the popped address.
    fn memory_load(&mut self, memarg: &MemArg, access: MemAccess) -> Emitted;
    /// A store: operands (address, value).
    fn memory_store(&mut self, memarg: &MemArg, access: MemAccess) -> Emitted;
    /// `memory.size` in pages.
    fn memory_size(&mut self, mem: u32) -> Emitted;
}

/// Decodes a memory or bulk-memory operator for `e`.
pub fn memory<E: MemoryEmitter>(e: &mut E, op: &Operator<'_>) -> Result<bool, CompileError> {
    use Operator as O;
    use ValType::{F32, F64, I32, I64};
    let access = |ty, bytes, signed| MemAccess { ty, bytes, signed };
    match *op {
        O::I32Load { memarg } => e.memory_load(&memarg, access(I32, 4, false))?,
        O::I64Load { memarg } => e.memory_load(&memarg, access(I64, 8, false))?,
        O::F32Load { memarg } => e.memory_load(&memarg, access(F32, 4, false))?,
        O::F64Load { memarg } => e.memory_load(&memarg, access(F64, 8, false))?,
        O::I32Load8S { memarg } => e.memory_load(&memarg, access(I32, 1, true))?,
        O::I32Load8U { memarg } => e.memory_load(&memarg, access(I32, 1, false))?,
        O::I32Load16S { memarg } => e.memory_load(&memarg, access(I32, 2, true))?,
        O::I32Load16U { memarg } => e.memory_load(&memarg, access(I32, 2, false))?,
        O::I64Load8S { memarg } => e.memory_load(&memarg, access(I64, 1, true))?,
        O::I64Load8U { memarg } => e.memory_load(&memarg, access(I64, 1, false))?,
        O::I64Load16S { memarg } => e.memory_load(&memarg, access(I64, 2, true))?,
        O::I64Load16U { memarg } => e.memory_load(&memarg, access(I64, 2, false))?,
        O::I64Load32S { memarg } => e.memory_load(&memarg, access(I64, 4, true))?,
        O::I64Load32U { memarg } => e.memory_load(&memarg, access(I64, 4, false))?,
        O::I32Store { memarg } => e.memory_store(&memarg, access(I32, 4, false))?,
        O::I64Store { memarg } => e.memory_store(&memarg, access(I64, 8, false))?,
        O::F32Store { memarg } => e.memory_store(&memarg, access(F32, 4, false))?,
        O::F64Store { memarg } => e.memory_store(&memarg, access(F64, 8, false))?,
        O::I32Store8 { memarg } => e.memory_store(&memarg, access(I32, 1, false))?,
        O::I32Store16 { memarg } => e.memory_store(&memarg, access(I32, 2, false))?,
        O::I64Store8 { memarg } => e.memory_store(&memarg, access(I64, 1, false))?,
        O::I64Store16 { memarg } => e.memory_store(&memarg, access(I64, 2, false))?,
        O::I64Store32 { memarg } => e.memory_store(&memarg, access(I64, 4, false))?,
        O::MemorySize { mem } => e.memory_size(mem)?,
        _ => return builtin(e, op),
    }
    Ok(true)
}

/// `table.get`, `table.set`, `table.size` and the reference operators
/// (decoded by [`tables`], with the other table operators as builtin
/// calls).
pub trait TableEmitter: ModuleAccess + BuiltinEmitter {
    /// `ref.null` of type `ty` (`funcref` or `externref`).
    fn ref_null(&mut self, ty: ValType) -> Emitted;
    fn ref_is_null(&mut self) -> Emitted;
    /// `ref.func`: the address of the function's `VMFuncRef`, at
    /// `vmctx + funcref`.
    fn ref_func(&mut self, funcref: u32) -> Emitted;
    fn table_get(&mut self, table: u32) -> Emitted;
    /// Operands (index, value).
    fn table_set(&mut self, table: u32) -> Emitted;
    fn table_size(&mut self, table: u32) -> Emitted;
}

/// Decodes a table or reference operator for `e`.
pub fn tables<E: TableEmitter>(e: &mut E, op: &Operator<'_>) -> Result<bool, CompileError> {
    match *op {
        Operator::RefNull { hty } => {
            let offset = e.state().offset;
            let ty = wasmparser::RefType::new(true, hty)
                .and_then(crate::driver::ref_representation)
                .ok_or_else(|| CompileError::Unsupported {
                    backend: E::BACKEND,
                    what: format!("ref.null of heap type {hty:?}"),
                    offset: Some(offset),
                })?;
            e.ref_null(ty)?
        }
        Operator::RefIsNull => e.ref_is_null()?,
        Operator::RefFunc { function_index } => {
            if function_index >= e.offsets().num_functions {
                return Err(e.state().bug(E::BACKEND, "function index out of range"));
            }
            let funcref = e.offsets().funcref(function_index);
            e.ref_func(funcref)?
        }
        Operator::TableGet { table } => e.table_get(table)?,
        Operator::TableSet { table } => e.table_set(table)?,
        Operator::TableSize { table } => e.table_size(table)?,
        _ => return builtin(e, op),
    }
    Ok(true)
}

/// Decodes an operator that calls a builtin for `e`; false for others.
fn builtin<E: BuiltinEmitter>(e: &mut E, op: &Operator<'_>) -> Result<bool, CompileError> {
    match BuiltinCall::of(op, e.module()) {
        Some(call) => e.builtin_call(call)?,
        None => return Ok(false),
    }
    Ok(true)
}
