//! Operator decoding, once for every back end: the operators whose
//! meaning does not depend on the machine are taken apart here into typed
//! calls on the back end's emitter.
//!
//! Each decoder is a [`Handler`](super::function::Handler) for its
//! classes, named in the one operator table ([`operator_table`]; every
//! class but `Control` has one), and calls the methods of one emitter
//! trait; a back end compiles every class by implementing all of them
//! ([`OperatorEmitter`]):
//!
//! | decoder | classes | emitter trait |
//! | --- | --- | --- |
//! | [`variables`] | `Parametric`, `Variable` | [`VariableEmitter`] |
//! | [`calls`] | `Call`, `TailCall` | [`CallEmitter`] |
//! | [`function_references`] | `FunctionReferences` | [`FuncRefEmitter`] |
//! | [`memory`] | `Memory`, `BulkMemory` | [`MemoryEmitter`] |
//! | [`tables`] | `Table`, `Reference` | [`TableEmitter`] |
//! | [`numeric`] | `Constant`, `Numeric` | [`NumericEmitter`] |
//! | [`conversions`] | `Conversion` | [`ConversionEmitter`] |
//! | [`simd`] | `Simd` | [`SimdEmitter`] |
//! | [`relaxed_simd`] | `RelaxedSimd` | [`SimdEmitter`] (as 2.0 SIMD) |
//!
//! The operators that call a runtime builtin (`memory.grow`, bulk memory,
//! `table.grow` …, in both memory and table classes) reach
//! [`BuiltinEmitter::builtin_call`] as a
//! [`BuiltinCall`](crate::operators::BuiltinCall). The operator kinds the
//! methods take ([`IntOp`], [`VecBinOp`](crate::operators::VecBinOp), …)
//! are in `crate::operators`. A decoder returns `Ok(false)` for an
//! operator of its classes it does not decode (`TypedSelectMulti`), which
//! the driver reports as not implemented. Everything here is a `match` and
//! a direct call: it runs for every operator.

mod memory;
mod relaxed;
mod simd;
mod table;

pub use memory::{memory, tables, BuiltinEmitter, MemoryEmitter, TableEmitter};
pub use relaxed::{relaxed_equivalent, relaxed_simd, RelaxedOp, RelaxedTarget};
pub use simd::{simd, SimdEmitter, DEINTERLEAVE};
pub use table::{operator_table, OperatorEmitter};

use super::function::FuncEmitter;
use super::valtype;
use crate::operators::{
    DivOp, FloatCond, FloatOp, FloatUnOp, IntCond, IntOp, IntUnOp, Size, TruncKind,
};
use trident_types::{CompileError, GlobalSlot, ModuleInfo, VMOffsets, ValType};
use wasmparser::Operator;

/// What an emitter returns: the code is emitted, or why it is not.
pub type Emitted = Result<(), CompileError>;

/// What the decoders read about the module being compiled, to hand the
/// emitters resolved indices (a global's place and type, a function's
/// `VMFuncRef`).
pub trait ModuleAccess: FuncEmitter {
    /// The module being compiled and its vmctx layout.
    fn module_env(&self) -> (&ModuleInfo, &VMOffsets);

    fn module(&self) -> &ModuleInfo {
        self.module_env().0
    }

    /// The module's vmctx layout.
    fn offsets(&self) -> &VMOffsets {
        self.module_env().1
    }
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

/// `call`, `call_indirect` and their tail-call forms `return_call`,
/// `return_call_indirect` (decoded by [`calls`]).
pub trait CallEmitter {
    /// A direct call of function `function_index` (imported or defined).
    fn call(&mut self, function_index: u32) -> Emitted;
    /// A call through table `table_index`, expecting type `type_index`.
    fn call_indirect(&mut self, type_index: u32, table_index: u32) -> Emitted;
    /// `return_call`: the callee replaces this function's frame (the
    /// native stack does not grow) and its results are this function's.
    /// Leaves the code unreachable.
    fn return_call(&mut self, function_index: u32) -> Emitted;
    /// `return_call_indirect`: the checks of `call_indirect` (bounds,
    /// null, signature), then a tail call as [`return_call`]'s.
    ///
    /// [`return_call`]: CallEmitter::return_call
    fn return_call_indirect(&mut self, type_index: u32, table_index: u32) -> Emitted;
}

/// Decodes a call operator for `e`.
pub fn calls<E: CallEmitter>(e: &mut E, op: &Operator<'_>) -> Result<bool, CompileError> {
    match *op {
        Operator::Call { function_index } => e.call(function_index)?,
        Operator::CallIndirect {
            type_index,
            table_index,
        } => e.call_indirect(type_index, table_index)?,
        Operator::ReturnCall { function_index } => e.return_call(function_index)?,
        Operator::ReturnCallIndirect {
            type_index,
            table_index,
        } => e.return_call_indirect(type_index, table_index)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// The operators of typed function references (decoded by
/// [`function_references`]). The validator has checked every operand's
/// type, so a function reference of type `(ref null $t)` is called
/// without a signature check; only null is checked.
pub trait FuncRefEmitter {
    /// `call_ref $t`: operands (args…, funcref); traps
    /// `NullFunctionReference` on null, else calls the function as
    /// `call_indirect` does after its checks.
    fn call_ref(&mut self, type_index: u32) -> Emitted;
    /// `return_call_ref $t`: the null check of `call_ref`, then a tail
    /// call as `return_call`'s. Leaves the code unreachable.
    fn return_call_ref(&mut self, type_index: u32) -> Emitted;
    /// `ref.as_non_null`: traps `NullReference` on null, else leaves the
    /// operand as it is.
    fn ref_as_non_null(&mut self) -> Emitted;
    /// `br_on_null L`: pops the reference; if it is null, branches to the
    /// frame `depth` levels out (carrying the values beneath it), else
    /// pushes it back and continues.
    fn br_on_null(&mut self, depth: u32) -> Emitted;
    /// `br_on_non_null L`: if the reference on top is not null, branches
    /// carrying it (as the last of the label's values); else drops it and
    /// continues.
    fn br_on_non_null(&mut self, depth: u32) -> Emitted;
}

/// Decodes an operator of typed function references for `e`.
pub fn function_references<E: FuncRefEmitter>(
    e: &mut E,
    op: &Operator<'_>,
) -> Result<bool, CompileError> {
    match *op {
        Operator::CallRef { type_index } => e.call_ref(type_index)?,
        Operator::ReturnCallRef { type_index } => e.return_call_ref(type_index)?,
        Operator::RefAsNonNull => e.ref_as_non_null()?,
        Operator::BrOnNull { relative_depth } => e.br_on_null(relative_depth)?,
        Operator::BrOnNonNull { relative_depth } => e.br_on_non_null(relative_depth)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Constants, and integer and float arithmetic and comparisons (decoded
/// by [`numeric`]). The width is the operands' type; comparisons and
/// `eqz` give an `i32`.
pub trait NumericEmitter {
    fn const_i32(&mut self, value: i32) -> Emitted;
    fn const_i64(&mut self, value: i64) -> Emitted;
    /// An `f32` constant with exactly these bits.
    fn const_f32(&mut self, bits: u32) -> Emitted;
    /// An `f64` constant with exactly these bits.
    fn const_f64(&mut self, bits: u64) -> Emitted;
    /// `i32.eqz`, `i64.eqz`.
    fn eqz(&mut self) -> Emitted;
    fn int_compare(&mut self, cond: IntCond) -> Emitted;
    fn float_compare(&mut self, cond: FloatCond) -> Emitted;
    fn int_unary(&mut self, op: IntUnOp) -> Emitted;
    fn int_binary(&mut self, op: IntOp) -> Emitted;
    /// Division and remainder, which trap (see [`DivOp`]).
    fn int_division(&mut self, op: DivOp) -> Emitted;
    fn float_unary(&mut self, op: FloatUnOp) -> Emitted;
    fn float_binary(&mut self, op: FloatOp) -> Emitted;
}

/// Decodes a constant or numeric operator for `e`.
pub fn numeric<E: NumericEmitter>(e: &mut E, op: &Operator<'_>) -> Result<bool, CompileError> {
    use Operator as O;
    match *op {
        O::I32Const { value } => e.const_i32(value)?,
        O::I64Const { value } => e.const_i64(value)?,
        O::F32Const { value } => e.const_f32(value.bits())?,
        O::F64Const { value } => e.const_f64(value.bits())?,
        O::I32Eqz | O::I64Eqz => e.eqz()?,
        O::I32Eq | O::I64Eq => e.int_compare(IntCond::Eq)?,
        O::I32Ne | O::I64Ne => e.int_compare(IntCond::Ne)?,
        O::I32LtS | O::I64LtS => e.int_compare(IntCond::LtS)?,
        O::I32LtU | O::I64LtU => e.int_compare(IntCond::LtU)?,
        O::I32GtS | O::I64GtS => e.int_compare(IntCond::GtS)?,
        O::I32GtU | O::I64GtU => e.int_compare(IntCond::GtU)?,
        O::I32LeS | O::I64LeS => e.int_compare(IntCond::LeS)?,
        O::I32LeU | O::I64LeU => e.int_compare(IntCond::LeU)?,
        O::I32GeS | O::I64GeS => e.int_compare(IntCond::GeS)?,
        O::I32GeU | O::I64GeU => e.int_compare(IntCond::GeU)?,
        O::F32Eq | O::F64Eq => e.float_compare(FloatCond::Eq)?,
        O::F32Ne | O::F64Ne => e.float_compare(FloatCond::Ne)?,
        O::F32Lt | O::F64Lt => e.float_compare(FloatCond::Lt)?,
        O::F32Gt | O::F64Gt => e.float_compare(FloatCond::Gt)?,
        O::F32Le | O::F64Le => e.float_compare(FloatCond::Le)?,
        O::F32Ge | O::F64Ge => e.float_compare(FloatCond::Ge)?,
        O::I32Clz | O::I64Clz => e.int_unary(IntUnOp::Clz)?,
        O::I32Ctz | O::I64Ctz => e.int_unary(IntUnOp::Ctz)?,
        O::I32Popcnt | O::I64Popcnt => e.int_unary(IntUnOp::Popcnt)?,
        O::I32Add | O::I64Add => e.int_binary(IntOp::Add)?,
        O::I32Sub | O::I64Sub => e.int_binary(IntOp::Sub)?,
        O::I32Mul | O::I64Mul => e.int_binary(IntOp::Mul)?,
        O::I32And | O::I64And => e.int_binary(IntOp::And)?,
        O::I32Or | O::I64Or => e.int_binary(IntOp::Or)?,
        O::I32Xor | O::I64Xor => e.int_binary(IntOp::Xor)?,
        O::I32Shl | O::I64Shl => e.int_binary(IntOp::Shl)?,
        O::I32ShrS | O::I64ShrS => e.int_binary(IntOp::ShrS)?,
        O::I32ShrU | O::I64ShrU => e.int_binary(IntOp::ShrU)?,
        O::I32Rotl | O::I64Rotl => e.int_binary(IntOp::Rotl)?,
        O::I32Rotr | O::I64Rotr => e.int_binary(IntOp::Rotr)?,
        O::I32DivS | O::I64DivS => e.int_division(DivOp::DivS)?,
        O::I32DivU | O::I64DivU => e.int_division(DivOp::DivU)?,
        O::I32RemS | O::I64RemS => e.int_division(DivOp::RemS)?,
        O::I32RemU | O::I64RemU => e.int_division(DivOp::RemU)?,
        O::F32Abs | O::F64Abs => e.float_unary(FloatUnOp::Abs)?,
        O::F32Neg | O::F64Neg => e.float_unary(FloatUnOp::Neg)?,
        O::F32Ceil | O::F64Ceil => e.float_unary(FloatUnOp::Ceil)?,
        O::F32Floor | O::F64Floor => e.float_unary(FloatUnOp::Floor)?,
        O::F32Trunc | O::F64Trunc => e.float_unary(FloatUnOp::Trunc)?,
        O::F32Nearest | O::F64Nearest => e.float_unary(FloatUnOp::Nearest)?,
        O::F32Sqrt | O::F64Sqrt => e.float_unary(FloatUnOp::Sqrt)?,
        O::F32Add | O::F64Add => e.float_binary(FloatOp::Add)?,
        O::F32Sub | O::F64Sub => e.float_binary(FloatOp::Sub)?,
        O::F32Mul | O::F64Mul => e.float_binary(FloatOp::Mul)?,
        O::F32Div | O::F64Div => e.float_binary(FloatOp::Div)?,
        O::F32Min | O::F64Min => e.float_binary(FloatOp::Min)?,
        O::F32Max | O::F64Max => e.float_binary(FloatOp::Max)?,
        O::F32Copysign | O::F64Copysign => e.float_binary(FloatOp::Copysign)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Wrap, extend (sign extension included), truncate (trapping and
/// saturating), convert, demote, promote and reinterpret (decoded by
/// [`conversions`]).
pub trait ConversionEmitter {
    /// `i32.wrap_i64`.
    fn wrap(&mut self) -> Emitted;
    /// `i64.extend_i32_s`, `i64.extend_i32_u`.
    fn extend_i32(&mut self, signed: bool) -> Emitted;
    /// `i32.extend8_s` … `i64.extend32_s`: the low `from_bits` (8, 16 or
    /// 32) bits of a `to`-wide integer, sign-extended.
    fn sign_extend(&mut self, from_bits: u32, to: Size) -> Emitted;
    /// Float to integer.
    fn trunc(&mut self, kind: TruncKind) -> Emitted;
    /// Integer (`src` wide) to float (`dst` wide).
    fn convert(&mut self, src: Size, signed: bool, dst: Size) -> Emitted;
    /// `f32.demote_f64`.
    fn demote(&mut self) -> Emitted;
    /// `f64.promote_f32`.
    fn promote(&mut self) -> Emitted;
    /// The operand's bits as type `to`.
    fn reinterpret(&mut self, to: ValType) -> Emitted;
}

/// Decodes a conversion operator for `e`.
pub fn conversions<E: ConversionEmitter>(
    e: &mut E,
    op: &Operator<'_>,
) -> Result<bool, CompileError> {
    use Operator as O;
    use Size::{S32, S64};
    let trunc = |src, dst, signed, saturating| TruncKind {
        src,
        dst,
        signed,
        saturating,
    };
    match *op {
        O::I32WrapI64 => e.wrap()?,
        O::I64ExtendI32S => e.extend_i32(true)?,
        O::I64ExtendI32U => e.extend_i32(false)?,
        O::I32Extend8S => e.sign_extend(8, S32)?,
        O::I32Extend16S => e.sign_extend(16, S32)?,
        O::I64Extend8S => e.sign_extend(8, S64)?,
        O::I64Extend16S => e.sign_extend(16, S64)?,
        O::I64Extend32S => e.sign_extend(32, S64)?,
        O::I32TruncF32S => e.trunc(trunc(S32, S32, true, false))?,
        O::I32TruncF32U => e.trunc(trunc(S32, S32, false, false))?,
        O::I32TruncF64S => e.trunc(trunc(S64, S32, true, false))?,
        O::I32TruncF64U => e.trunc(trunc(S64, S32, false, false))?,
        O::I64TruncF32S => e.trunc(trunc(S32, S64, true, false))?,
        O::I64TruncF32U => e.trunc(trunc(S32, S64, false, false))?,
        O::I64TruncF64S => e.trunc(trunc(S64, S64, true, false))?,
        O::I64TruncF64U => e.trunc(trunc(S64, S64, false, false))?,
        O::I32TruncSatF32S => e.trunc(trunc(S32, S32, true, true))?,
        O::I32TruncSatF32U => e.trunc(trunc(S32, S32, false, true))?,
        O::I32TruncSatF64S => e.trunc(trunc(S64, S32, true, true))?,
        O::I32TruncSatF64U => e.trunc(trunc(S64, S32, false, true))?,
        O::I64TruncSatF32S => e.trunc(trunc(S32, S64, true, true))?,
        O::I64TruncSatF32U => e.trunc(trunc(S32, S64, false, true))?,
        O::I64TruncSatF64S => e.trunc(trunc(S64, S64, true, true))?,
        O::I64TruncSatF64U => e.trunc(trunc(S64, S64, false, true))?,
        O::F32ConvertI32S => e.convert(S32, true, S32)?,
        O::F32ConvertI32U => e.convert(S32, false, S32)?,
        O::F32ConvertI64S => e.convert(S64, true, S32)?,
        O::F32ConvertI64U => e.convert(S64, false, S32)?,
        O::F64ConvertI32S => e.convert(S32, true, S64)?,
        O::F64ConvertI32U => e.convert(S32, false, S64)?,
        O::F64ConvertI64S => e.convert(S64, true, S64)?,
        O::F64ConvertI64U => e.convert(S64, false, S64)?,
        O::F32DemoteF64 => e.demote()?,
        O::F64PromoteF32 => e.promote()?,
        O::I32ReinterpretF32 => e.reinterpret(ValType::I32)?,
        O::I64ReinterpretF64 => e.reinterpret(ValType::I64)?,
        O::F32ReinterpretI32 => e.reinterpret(ValType::F32)?,
        O::F64ReinterpretI64 => e.reinterpret(ValType::F64)?,
        _ => return Ok(false),
    }
    Ok(true)
}
