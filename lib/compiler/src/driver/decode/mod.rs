//! Operator decoding, once for every back end: the operators whose
//! meaning does not depend on the machine are taken apart here into typed
//! calls on the back end's emitter.
//!
//! Each decoder is a [`Handler`](super::function::Handler) for its
//! classes, named in the back end's `FuncEmitter::support` table, and
//! calls the methods of one emitter trait:
//!
//! | decoder | classes | emitter trait |
//! | --- | --- | --- |
//! | [`variables`] | `Parametric`, `Variable` | [`VariableEmitter`] |
//! | [`calls`] | `Call` | [`CallEmitter`] |
//! | [`memory`] | `Memory`, `BulkMemory` | [`MemoryEmitter`] |
//! | [`tables`] | `Table`, `Reference` | [`TableEmitter`] |
//!
//! The operators that call a runtime builtin (`memory.grow`, bulk memory,
//! `table.grow` …, in both memory and table classes) reach
//! [`BuiltinEmitter::builtin_call`] as a
//! [`BuiltinCall`](crate::operators::BuiltinCall). The operator kinds the
//! methods take ([`MemAccess`](crate::operators::MemAccess), …) are in
//! `crate::operators`. A decoder returns `Ok(false)` for an
//! operator of its classes it does not decode (`TypedSelectMulti`), which
//! the driver reports as not implemented. Everything here is a `match` and
//! a direct call: it runs for every operator.

mod memory;

pub use memory::{memory, tables, BuiltinEmitter, MemoryEmitter, TableEmitter};

use super::function::FuncEmitter;
use super::valtype;
use trident_types::{CompileError, GlobalSlot, ModuleInfo, VMOffsets, ValType};
use wasmparser::Operator;

/// What an emitter returns: the code is emitted, or why it is not.
pub type Emitted = Result<(), CompileError>;

/// What the decoders read about the module being compiled, to hand the
/// emitters resolved indices (a global's place and type, a function's
/// `VMFuncRef`).
pub trait ModuleAccess: FuncEmitter {
    fn module(&self) -> &ModuleInfo;
    /// The module's vmctx layout.
    fn offsets(&self) -> &VMOffsets;
}

/// `local.*`, `global.*`, `drop` and `select` (decoded by [`variables`]).
pub trait VariableEmitter: ModuleAccess {
    fn local_get(&mut self, index: u32) -> Emitted;
    fn local_set(&mut self, index: u32) -> Emitted;
    fn local_tee(&mut self, index: u32) -> Emitted;
    /// `global.get` of the global of type `ty` at `slot`.
    fn global_get(&mut self, slot: GlobalSlot, ty: ValType) -> Emitted;
    /// `global.set` of the global of type `ty` at `slot`.
    fn global_set(&mut self, slot: GlobalSlot, ty: ValType) -> Emitted;
    /// `drop`.
    fn drop_operand(&mut self) -> Emitted;
    /// `select` and typed `select` (whose type the decoder has checked
    /// the back end can represent): operands `(a, b, cond)`, result
    /// `cond != 0 ? a : b`.
    fn select(&mut self) -> Emitted;
}

/// Decodes a parametric or variable operator for `e`.
pub fn variables<E: VariableEmitter>(e: &mut E, op: &Operator<'_>) -> Result<bool, CompileError> {
    match *op {
        Operator::LocalGet { local_index } => e.local_get(local_index)?,
        Operator::LocalSet { local_index } => e.local_set(local_index)?,
        Operator::LocalTee { local_index } => e.local_tee(local_index)?,
        Operator::GlobalGet { global_index } => {
            let (slot, ty) = global(e, global_index)?;
            e.global_get(slot, ty)?
        }
        Operator::GlobalSet { global_index } => {
            let (slot, ty) = global(e, global_index)?;
            e.global_set(slot, ty)?
        }
        Operator::Drop => e.drop_operand()?,
        Operator::Select => e.select()?,
        Operator::TypedSelect { ty } => {
            let offset = e.state().offset;
            valtype(ty, E::BACKEND, offset)?;
            e.select()?
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// Where global `index` is and its type.
fn global<E: VariableEmitter>(
    e: &mut E,
    index: u32,
) -> Result<(GlobalSlot, ValType), CompileError> {
    match e.module().globals.get(index as usize) {
        Some(g) => Ok((e.offsets().global(index), g.content)),
        None => Err(e.state().bug(E::BACKEND, "global index out of range")),
    }
}

/// `call` and `call_indirect` (decoded by [`calls`]).
pub trait CallEmitter {
    /// A direct call of function `function_index` (imported or defined).
    fn call(&mut self, function_index: u32) -> Emitted;
    /// A call through table `table_index`, expecting type `type_index`.
    fn call_indirect(&mut self, type_index: u32, table_index: u32) -> Emitted;
}

/// Decodes a call operator for `e`.
pub fn calls<E: CallEmitter>(e: &mut E, op: &Operator<'_>) -> Result<bool, CompileError> {
    match *op {
        Operator::Call { function_index } => e.call(function_index)?,
        Operator::CallIndirect {
            type_index,
            table_index,
        } => e.call_indirect(type_index, table_index)?,
        _ => return Ok(false),
    }
    Ok(true)
}
