//! The SIMD decoder: every Wasm 2.0 fixed-width SIMD operator as a typed
//! call on a [`SimdEmitter`], with its lane [`Shape`] (the conventions of
//! `crate::operators::vector`: the result's shape for lane-wise
//! operations, the lanes in memory for loads).

use super::Emitted;
use crate::operators::{FloatCond, IntCond, IntOp, Shape, VecBinOp, VecLoad, VecReduce, VecUnOp};
use trident_types::CompileError;
use wasmparser::{MemArg, Operator};

/// Fixed-width SIMD (decoded by [`simd`]).
pub trait SimdEmitter {
    /// A load at the popped address.
    fn v128_load(&mut self, memarg: &MemArg, kind: VecLoad) -> Emitted;
    /// `v128.store`: operands (address, vector).
    fn v128_store(&mut self, memarg: &MemArg) -> Emitted;
    /// `v128.loadN_lane`: operands (address, vector); `lanes` is the
    /// integer shape of the lane.
    fn v128_load_lane(&mut self, memarg: &MemArg, lanes: Shape, lane: u8) -> Emitted;
    /// `v128.storeN_lane`: operands (address, vector).
    fn v128_store_lane(&mut self, memarg: &MemArg, lanes: Shape, lane: u8) -> Emitted;
    /// `v128.const`, from its little-endian bytes.
    fn v128_const(&mut self, bytes: [u8; 16]) -> Emitted;
    /// `i8x16.shuffle`: lane `i` of the result is lane `lanes[i]` of the
    /// two operands' 32 lanes.
    fn v128_shuffle(&mut self, lanes: [u8; 16]) -> Emitted;
    /// A scalar copied into every lane.
    fn v128_splat(&mut self, lanes: Shape) -> Emitted;
    /// Lane `lane` as a scalar (8- and 16-bit lanes extended to `i32`,
    /// `signed` or not).
    fn v128_extract_lane(&mut self, lanes: Shape, lane: u8, signed: bool) -> Emitted;
    /// Operands (vector, scalar): the vector with lane `lane` replaced.
    fn v128_replace_lane(&mut self, lanes: Shape, lane: u8) -> Emitted;
    /// `v128.bitselect`: operands `(a, b, mask)`, `a` where `mask` is set.
    fn v128_bitselect(&mut self) -> Emitted;
    fn v128_reduce(&mut self, op: VecReduce, lanes: Shape) -> Emitted;
    /// Integer lane shifts (`Shl`, `ShrS`, `ShrU`) by the popped `i32`
    /// count, modulo the lane width.
    fn v128_shift(&mut self, op: IntOp, lanes: Shape) -> Emitted;
    fn v128_binary(&mut self, op: VecBinOp, lanes: Shape) -> Emitted;
    fn v128_unary(&mut self, op: VecUnOp, lanes: Shape) -> Emitted;
    /// Lane-wise integer comparison: all-ones lanes where true.
    fn v128_int_compare(&mut self, cond: IntCond, lanes: Shape) -> Emitted;
    /// Lane-wise float comparison: all-ones lanes where true.
    fn v128_float_compare(&mut self, cond: FloatCond, lanes: Shape) -> Emitted;
    /// Relaxed SIMD's multiply-add, Trident's deterministic choice:
    /// operands `(a, b, c)` of float shape `lanes` give `a * b + c`
    /// (`negate`: `-(a * b) + c`), rounded after the product and after
    /// the sum (not fused), NaNs as `mul` and `add` make them.
    fn v128_mul_add(&mut self, lanes: Shape, negate: bool) -> Emitted;
    /// Relaxed SIMD's dot product, Trident's deterministic choice:
    /// operands `(a, b)` (`add`: `(a, b, c)`) as signed `i8x16`; lane `i`
    /// of the `i16x8` result is `a[2i]*b[2i] + a[2i+1]*b[2i+1]`, wrapped to
    /// 16 bits; with `add`, adjacent pairs of those lanes are summed into
    /// `i32x4` lanes (as `i32x4.extadd_pairwise_i16x8_s`) and `c` added.
    fn v128_dot_i8x16_i7x16(&mut self, add: bool) -> Emitted;
    /// Whether relaxed operators take the host's fastest forms
    /// (`CompilerOptions::relaxed_simd` is `Native`).
    fn relaxed_simd_native(&self) -> bool;
    /// Relaxed operator `op` in the ISA's fastest form the proposal
    /// allows, popping its operands and pushing its result: `Ok(true)`;
    /// or `Ok(false)`, having emitted nothing, where the deterministic
    /// choice is that form already (see `decode::relaxed`). Called only
    /// when [`relaxed_simd_native`](Self::relaxed_simd_native).
    fn relaxed_native(&mut self, op: super::relaxed::RelaxedOp) -> Result<bool, CompileError>;
}

/// The `i8x16.shuffle` lanes that put a vector's even lanes in its low
/// half and its odd lanes in its high half (for the dot products).
pub const DEINTERLEAVE: [u8; 16] = [0, 2, 4, 6, 8, 10, 12, 14, 1, 3, 5, 7, 9, 11, 13, 15];

/// Decodes a SIMD operator for `e`.
pub fn simd<E: SimdEmitter>(e: &mut E, op: &Operator<'_>) -> Result<bool, CompileError> {
    use Operator as O;
    use Shape::*;
    let extend = |lanes, signed| VecLoad::Extend { lanes, signed };
    match *op {
        O::V128Load { memarg } => e.v128_load(&memarg, VecLoad::Full)?,
        O::V128Load8x8S { memarg } => e.v128_load(&memarg, extend(I8x16, true))?,
        O::V128Load8x8U { memarg } => e.v128_load(&memarg, extend(I8x16, false))?,
        O::V128Load16x4S { memarg } => e.v128_load(&memarg, extend(I16x8, true))?,
        O::V128Load16x4U { memarg } => e.v128_load(&memarg, extend(I16x8, false))?,
        O::V128Load32x2S { memarg } => e.v128_load(&memarg, extend(I32x4, true))?,
        O::V128Load32x2U { memarg } => e.v128_load(&memarg, extend(I32x4, false))?,
        O::V128Load8Splat { memarg } => e.v128_load(&memarg, VecLoad::Splat { lanes: I8x16 })?,
        O::V128Load16Splat { memarg } => e.v128_load(&memarg, VecLoad::Splat { lanes: I16x8 })?,
        O::V128Load32Splat { memarg } => e.v128_load(&memarg, VecLoad::Splat { lanes: I32x4 })?,
        O::V128Load64Splat { memarg } => e.v128_load(&memarg, VecLoad::Splat { lanes: I64x2 })?,
        O::V128Load32Zero { memarg } => e.v128_load(&memarg, VecLoad::Zero { lanes: I32x4 })?,
        O::V128Load64Zero { memarg } => e.v128_load(&memarg, VecLoad::Zero { lanes: I64x2 })?,
        O::V128Store { memarg } => e.v128_store(&memarg)?,
        O::V128Load8Lane { memarg, lane } => e.v128_load_lane(&memarg, I8x16, lane)?,
        O::V128Load16Lane { memarg, lane } => e.v128_load_lane(&memarg, I16x8, lane)?,
        O::V128Load32Lane { memarg, lane } => e.v128_load_lane(&memarg, I32x4, lane)?,
        O::V128Load64Lane { memarg, lane } => e.v128_load_lane(&memarg, I64x2, lane)?,
        O::V128Store8Lane { memarg, lane } => e.v128_store_lane(&memarg, I8x16, lane)?,
        O::V128Store16Lane { memarg, lane } => e.v128_store_lane(&memarg, I16x8, lane)?,
        O::V128Store32Lane { memarg, lane } => e.v128_store_lane(&memarg, I32x4, lane)?,
        O::V128Store64Lane { memarg, lane } => e.v128_store_lane(&memarg, I64x2, lane)?,
        O::V128Const { value } => e.v128_const(*value.bytes())?,
        O::I8x16Shuffle { lanes } => e.v128_shuffle(lanes)?,
        O::I8x16Splat => e.v128_splat(I8x16)?,
        O::I16x8Splat => e.v128_splat(I16x8)?,
        O::I32x4Splat => e.v128_splat(I32x4)?,
        O::I64x2Splat => e.v128_splat(I64x2)?,
        O::F32x4Splat => e.v128_splat(F32x4)?,
        O::F64x2Splat => e.v128_splat(F64x2)?,
        O::I8x16ExtractLaneS { lane } => e.v128_extract_lane(I8x16, lane, true)?,
        O::I8x16ExtractLaneU { lane } => e.v128_extract_lane(I8x16, lane, false)?,
        O::I16x8ExtractLaneS { lane } => e.v128_extract_lane(I16x8, lane, true)?,
        O::I16x8ExtractLaneU { lane } => e.v128_extract_lane(I16x8, lane, false)?,
        O::I32x4ExtractLane { lane } => e.v128_extract_lane(I32x4, lane, false)?,
        O::I64x2ExtractLane { lane } => e.v128_extract_lane(I64x2, lane, false)?,
        O::F32x4ExtractLane { lane } => e.v128_extract_lane(F32x4, lane, false)?,
        O::F64x2ExtractLane { lane } => e.v128_extract_lane(F64x2, lane, false)?,
        O::I8x16ReplaceLane { lane } => e.v128_replace_lane(I8x16, lane)?,
        O::I16x8ReplaceLane { lane } => e.v128_replace_lane(I16x8, lane)?,
        O::I32x4ReplaceLane { lane } => e.v128_replace_lane(I32x4, lane)?,
        O::I64x2ReplaceLane { lane } => e.v128_replace_lane(I64x2, lane)?,
        O::F32x4ReplaceLane { lane } => e.v128_replace_lane(F32x4, lane)?,
        O::F64x2ReplaceLane { lane } => e.v128_replace_lane(F64x2, lane)?,
        O::V128Bitselect => e.v128_bitselect()?,
        O::V128AnyTrue => e.v128_reduce(VecReduce::AnyTrue, I8x16)?,
        O::I8x16AllTrue => e.v128_reduce(VecReduce::AllTrue, I8x16)?,
        O::I16x8AllTrue => e.v128_reduce(VecReduce::AllTrue, I16x8)?,
        O::I32x4AllTrue => e.v128_reduce(VecReduce::AllTrue, I32x4)?,
        O::I64x2AllTrue => e.v128_reduce(VecReduce::AllTrue, I64x2)?,
        O::I8x16Bitmask => e.v128_reduce(VecReduce::Bitmask, I8x16)?,
        O::I16x8Bitmask => e.v128_reduce(VecReduce::Bitmask, I16x8)?,
        O::I32x4Bitmask => e.v128_reduce(VecReduce::Bitmask, I32x4)?,
        O::I64x2Bitmask => e.v128_reduce(VecReduce::Bitmask, I64x2)?,
        O::I8x16Shl => e.v128_shift(IntOp::Shl, I8x16)?,
        O::I8x16ShrS => e.v128_shift(IntOp::ShrS, I8x16)?,
        O::I8x16ShrU => e.v128_shift(IntOp::ShrU, I8x16)?,
        O::I16x8Shl => e.v128_shift(IntOp::Shl, I16x8)?,
        O::I16x8ShrS => e.v128_shift(IntOp::ShrS, I16x8)?,
        O::I16x8ShrU => e.v128_shift(IntOp::ShrU, I16x8)?,
        O::I32x4Shl => e.v128_shift(IntOp::Shl, I32x4)?,
        O::I32x4ShrS => e.v128_shift(IntOp::ShrS, I32x4)?,
        O::I32x4ShrU => e.v128_shift(IntOp::ShrU, I32x4)?,
        O::I64x2Shl => e.v128_shift(IntOp::Shl, I64x2)?,
        O::I64x2ShrS => e.v128_shift(IntOp::ShrS, I64x2)?,
        O::I64x2ShrU => e.v128_shift(IntOp::ShrU, I64x2)?,
        _ => return lane_wise(e, op),
    }
    Ok(true)
}

/// Decodes a lane-wise arithmetic, conversion or comparison operator for
/// `e`; false for others.
fn lane_wise<E: SimdEmitter>(e: &mut E, op: &Operator<'_>) -> Result<bool, CompileError> {
    if let Some((bin, lanes)) = binary(op) {
        e.v128_binary(bin, lanes)?;
    } else if let Some((un, lanes)) = unary(op) {
        e.v128_unary(un, lanes)?;
    } else if let Some((cond, lanes)) = int_compare(op) {
        e.v128_int_compare(cond, lanes)?;
    } else if let Some((cond, lanes)) = float_compare(op) {
        e.v128_float_compare(cond, lanes)?;
    } else {
        return Ok(false);
    }
    Ok(true)
}

/// The binary lane-wise operation of `op` and its result shape.
fn binary(op: &Operator<'_>) -> Option<(VecBinOp, Shape)> {
    use Operator as O;
    use Shape::*;
    use VecBinOp as B;
    Some(match op {
        O::V128And => (B::And, I8x16),
        O::V128Or => (B::Or, I8x16),
        O::V128Xor => (B::Xor, I8x16),
        O::V128AndNot => (B::AndNot, I8x16),
        O::I8x16Swizzle => (B::Swizzle, I8x16),
        O::I8x16Add => (B::Add, I8x16),
        O::I16x8Add => (B::Add, I16x8),
        O::I32x4Add => (B::Add, I32x4),
        O::I64x2Add => (B::Add, I64x2),
        O::F32x4Add => (B::Add, F32x4),
        O::F64x2Add => (B::Add, F64x2),
        O::I8x16Sub => (B::Sub, I8x16),
        O::I16x8Sub => (B::Sub, I16x8),
        O::I32x4Sub => (B::Sub, I32x4),
        O::I64x2Sub => (B::Sub, I64x2),
        O::F32x4Sub => (B::Sub, F32x4),
        O::F64x2Sub => (B::Sub, F64x2),
        O::I16x8Mul => (B::Mul, I16x8),
        O::I32x4Mul => (B::Mul, I32x4),
        O::I64x2Mul => (B::Mul, I64x2),
        O::F32x4Mul => (B::Mul, F32x4),
        O::F64x2Mul => (B::Mul, F64x2),
        O::F32x4Div => (B::Div, F32x4),
        O::F64x2Div => (B::Div, F64x2),
        O::I8x16AddSatS => (B::AddSatS, I8x16),
        O::I8x16AddSatU => (B::AddSatU, I8x16),
        O::I16x8AddSatS => (B::AddSatS, I16x8),
        O::I16x8AddSatU => (B::AddSatU, I16x8),
        O::I8x16SubSatS => (B::SubSatS, I8x16),
        O::I8x16SubSatU => (B::SubSatU, I8x16),
        O::I16x8SubSatS => (B::SubSatS, I16x8),
        O::I16x8SubSatU => (B::SubSatU, I16x8),
        O::I8x16MinS => (B::MinS, I8x16),
        O::I8x16MinU => (B::MinU, I8x16),
        O::I8x16MaxS => (B::MaxS, I8x16),
        O::I8x16MaxU => (B::MaxU, I8x16),
        O::I16x8MinS => (B::MinS, I16x8),
        O::I16x8MinU => (B::MinU, I16x8),
        O::I16x8MaxS => (B::MaxS, I16x8),
        O::I16x8MaxU => (B::MaxU, I16x8),
        O::I32x4MinS => (B::MinS, I32x4),
        O::I32x4MinU => (B::MinU, I32x4),
        O::I32x4MaxS => (B::MaxS, I32x4),
        O::I32x4MaxU => (B::MaxU, I32x4),
        O::I8x16AvgrU => (B::AvgrU, I8x16),
        O::I16x8AvgrU => (B::AvgrU, I16x8),
        O::I16x8Q15MulrSatS => (B::Q15MulrSatS, I16x8),
        O::I8x16NarrowI16x8S => (B::NarrowS, I8x16),
        O::I8x16NarrowI16x8U => (B::NarrowU, I8x16),
        O::I16x8NarrowI32x4S => (B::NarrowS, I16x8),
        O::I16x8NarrowI32x4U => (B::NarrowU, I16x8),
        O::I32x4DotI16x8S => (B::Dot, I32x4),
        O::I16x8ExtMulLowI8x16S => (B::ExtMulLowS, I16x8),
        O::I16x8ExtMulHighI8x16S => (B::ExtMulHighS, I16x8),
        O::I16x8ExtMulLowI8x16U => (B::ExtMulLowU, I16x8),
        O::I16x8ExtMulHighI8x16U => (B::ExtMulHighU, I16x8),
        O::I32x4ExtMulLowI16x8S => (B::ExtMulLowS, I32x4),
        O::I32x4ExtMulHighI16x8S => (B::ExtMulHighS, I32x4),
        O::I32x4ExtMulLowI16x8U => (B::ExtMulLowU, I32x4),
        O::I32x4ExtMulHighI16x8U => (B::ExtMulHighU, I32x4),
        O::I64x2ExtMulLowI32x4S => (B::ExtMulLowS, I64x2),
        O::I64x2ExtMulHighI32x4S => (B::ExtMulHighS, I64x2),
        O::I64x2ExtMulLowI32x4U => (B::ExtMulLowU, I64x2),
        O::I64x2ExtMulHighI32x4U => (B::ExtMulHighU, I64x2),
        O::F32x4Min => (B::Min, F32x4),
        O::F32x4Max => (B::Max, F32x4),
        O::F64x2Min => (B::Min, F64x2),
        O::F64x2Max => (B::Max, F64x2),
        O::F32x4PMin => (B::PMin, F32x4),
        O::F32x4PMax => (B::PMax, F32x4),
        O::F64x2PMin => (B::PMin, F64x2),
        O::F64x2PMax => (B::PMax, F64x2),
        _ => return None,
    })
}

/// The unary lane-wise operation of `op` and its result shape.
fn unary(op: &Operator<'_>) -> Option<(VecUnOp, Shape)> {
    use Operator as O;
    use Shape::*;
    use VecUnOp as U;
    Some(match op {
        O::V128Not => (U::Not, I8x16),
        O::I8x16Abs => (U::Abs, I8x16),
        O::I16x8Abs => (U::Abs, I16x8),
        O::I32x4Abs => (U::Abs, I32x4),
        O::I64x2Abs => (U::Abs, I64x2),
        O::F32x4Abs => (U::Abs, F32x4),
        O::F64x2Abs => (U::Abs, F64x2),
        O::I8x16Neg => (U::Neg, I8x16),
        O::I16x8Neg => (U::Neg, I16x8),
        O::I32x4Neg => (U::Neg, I32x4),
        O::I64x2Neg => (U::Neg, I64x2),
        O::F32x4Neg => (U::Neg, F32x4),
        O::F64x2Neg => (U::Neg, F64x2),
        O::I8x16Popcnt => (U::Popcnt, I8x16),
        O::F32x4Sqrt => (U::Sqrt, F32x4),
        O::F64x2Sqrt => (U::Sqrt, F64x2),
        O::F32x4Ceil => (U::Ceil, F32x4),
        O::F64x2Ceil => (U::Ceil, F64x2),
        O::F32x4Floor => (U::Floor, F32x4),
        O::F64x2Floor => (U::Floor, F64x2),
        O::F32x4Trunc => (U::Trunc, F32x4),
        O::F64x2Trunc => (U::Trunc, F64x2),
        O::F32x4Nearest => (U::Nearest, F32x4),
        O::F64x2Nearest => (U::Nearest, F64x2),
        O::I16x8ExtendLowI8x16S => (U::ExtendLowS, I16x8),
        O::I16x8ExtendHighI8x16S => (U::ExtendHighS, I16x8),
        O::I16x8ExtendLowI8x16U => (U::ExtendLowU, I16x8),
        O::I16x8ExtendHighI8x16U => (U::ExtendHighU, I16x8),
        O::I32x4ExtendLowI16x8S => (U::ExtendLowS, I32x4),
        O::I32x4ExtendHighI16x8S => (U::ExtendHighS, I32x4),
        O::I32x4ExtendLowI16x8U => (U::ExtendLowU, I32x4),
        O::I32x4ExtendHighI16x8U => (U::ExtendHighU, I32x4),
        O::I64x2ExtendLowI32x4S => (U::ExtendLowS, I64x2),
        O::I64x2ExtendHighI32x4S => (U::ExtendHighS, I64x2),
        O::I64x2ExtendLowI32x4U => (U::ExtendLowU, I64x2),
        O::I64x2ExtendHighI32x4U => (U::ExtendHighU, I64x2),
        O::I16x8ExtAddPairwiseI8x16S => (U::ExtAddPairwiseS, I16x8),
        O::I16x8ExtAddPairwiseI8x16U => (U::ExtAddPairwiseU, I16x8),
        O::I32x4ExtAddPairwiseI16x8S => (U::ExtAddPairwiseS, I32x4),
        O::I32x4ExtAddPairwiseI16x8U => (U::ExtAddPairwiseU, I32x4),
        O::F32x4ConvertI32x4S => (U::ConvertS, F32x4),
        O::F32x4ConvertI32x4U => (U::ConvertU, F32x4),
        O::F64x2ConvertLowI32x4S => (U::ConvertS, F64x2),
        O::F64x2ConvertLowI32x4U => (U::ConvertU, F64x2),
        O::I32x4TruncSatF32x4S => (U::TruncSatS, I32x4),
        O::I32x4TruncSatF32x4U => (U::TruncSatU, I32x4),
        O::I32x4TruncSatF64x2SZero => (U::TruncSatZeroS, I32x4),
        O::I32x4TruncSatF64x2UZero => (U::TruncSatZeroU, I32x4),
        O::F32x4DemoteF64x2Zero => (U::Demote, F32x4),
        O::F64x2PromoteLowF32x4 => (U::Promote, F64x2),
        _ => return None,
    })
}

/// The integer comparison of `op` and its operand shape.
fn int_compare(op: &Operator<'_>) -> Option<(IntCond, Shape)> {
    use IntCond as C;
    use Operator as O;
    use Shape::*;
    Some(match op {
        O::I8x16Eq => (C::Eq, I8x16),
        O::I8x16Ne => (C::Ne, I8x16),
        O::I8x16LtS => (C::LtS, I8x16),
        O::I8x16LtU => (C::LtU, I8x16),
        O::I8x16GtS => (C::GtS, I8x16),
        O::I8x16GtU => (C::GtU, I8x16),
        O::I8x16LeS => (C::LeS, I8x16),
        O::I8x16LeU => (C::LeU, I8x16),
        O::I8x16GeS => (C::GeS, I8x16),
        O::I8x16GeU => (C::GeU, I8x16),
        O::I16x8Eq => (C::Eq, I16x8),
        O::I16x8Ne => (C::Ne, I16x8),
        O::I16x8LtS => (C::LtS, I16x8),
        O::I16x8LtU => (C::LtU, I16x8),
        O::I16x8GtS => (C::GtS, I16x8),
        O::I16x8GtU => (C::GtU, I16x8),
        O::I16x8LeS => (C::LeS, I16x8),
        O::I16x8LeU => (C::LeU, I16x8),
        O::I16x8GeS => (C::GeS, I16x8),
        O::I16x8GeU => (C::GeU, I16x8),
        O::I32x4Eq => (C::Eq, I32x4),
        O::I32x4Ne => (C::Ne, I32x4),
        O::I32x4LtS => (C::LtS, I32x4),
        O::I32x4LtU => (C::LtU, I32x4),
        O::I32x4GtS => (C::GtS, I32x4),
        O::I32x4GtU => (C::GtU, I32x4),
        O::I32x4LeS => (C::LeS, I32x4),
        O::I32x4LeU => (C::LeU, I32x4),
        O::I32x4GeS => (C::GeS, I32x4),
        O::I32x4GeU => (C::GeU, I32x4),
        O::I64x2Eq => (C::Eq, I64x2),
        O::I64x2Ne => (C::Ne, I64x2),
        O::I64x2LtS => (C::LtS, I64x2),
        O::I64x2GtS => (C::GtS, I64x2),
        O::I64x2LeS => (C::LeS, I64x2),
        O::I64x2GeS => (C::GeS, I64x2),
        _ => return None,
    })
}

/// The float comparison of `op` and its operand shape.
fn float_compare(op: &Operator<'_>) -> Option<(FloatCond, Shape)> {
    use FloatCond as C;
    use Operator as O;
    use Shape::*;
    Some(match op {
        O::F32x4Eq => (C::Eq, F32x4),
        O::F32x4Ne => (C::Ne, F32x4),
        O::F32x4Lt => (C::Lt, F32x4),
        O::F32x4Gt => (C::Gt, F32x4),
        O::F32x4Le => (C::Le, F32x4),
        O::F32x4Ge => (C::Ge, F32x4),
        O::F64x2Eq => (C::Eq, F64x2),
        O::F64x2Ne => (C::Ne, F64x2),
        O::F64x2Lt => (C::Lt, F64x2),
        O::F64x2Gt => (C::Gt, F64x2),
        O::F64x2Le => (C::Le, F64x2),
        O::F64x2Ge => (C::Ge, F64x2),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmparser::{MemArgTarget, V128};

    /// Records which method a decoded operator reached.
    #[derive(Default)]
    struct Calls(Vec<&'static str>);

    impl SimdEmitter for Calls {
        fn v128_load(&mut self, _: &MemArg, _: VecLoad) -> Emitted {
            self.0.push("load");
            Ok(())
        }
        fn v128_store(&mut self, _: &MemArg) -> Emitted {
            self.0.push("store");
            Ok(())
        }
        fn v128_load_lane(&mut self, _: &MemArg, _: Shape, _: u8) -> Emitted {
            self.0.push("load_lane");
            Ok(())
        }
        fn v128_store_lane(&mut self, _: &MemArg, _: Shape, _: u8) -> Emitted {
            self.0.push("store_lane");
            Ok(())
        }
        fn v128_const(&mut self, _: [u8; 16]) -> Emitted {
            self.0.push("const");
            Ok(())
        }
        fn v128_shuffle(&mut self, _: [u8; 16]) -> Emitted {
            self.0.push("shuffle");
            Ok(())
        }
        fn v128_splat(&mut self, _: Shape) -> Emitted {
            self.0.push("splat");
            Ok(())
        }
        fn v128_extract_lane(&mut self, _: Shape, _: u8, _: bool) -> Emitted {
            self.0.push("extract_lane");
            Ok(())
        }
        fn v128_replace_lane(&mut self, _: Shape, _: u8) -> Emitted {
            self.0.push("replace_lane");
            Ok(())
        }
        fn v128_bitselect(&mut self) -> Emitted {
            self.0.push("bitselect");
            Ok(())
        }
        fn v128_reduce(&mut self, _: VecReduce, _: Shape) -> Emitted {
            self.0.push("reduce");
            Ok(())
        }
        fn v128_shift(&mut self, _: IntOp, _: Shape) -> Emitted {
            self.0.push("shift");
            Ok(())
        }
        fn v128_binary(&mut self, _: VecBinOp, _: Shape) -> Emitted {
            self.0.push("binary");
            Ok(())
        }
        fn v128_unary(&mut self, _: VecUnOp, _: Shape) -> Emitted {
            self.0.push("unary");
            Ok(())
        }
        fn v128_int_compare(&mut self, _: IntCond, _: Shape) -> Emitted {
            self.0.push("int_compare");
            Ok(())
        }
        fn v128_float_compare(&mut self, _: FloatCond, _: Shape) -> Emitted {
            self.0.push("float_compare");
            Ok(())
        }
        fn v128_mul_add(&mut self, _: Shape, _: bool) -> Emitted {
            self.0.push("mul_add");
            Ok(())
        }
        fn v128_dot_i8x16_i7x16(&mut self, _: bool) -> Emitted {
            self.0.push("dot_i8x16_i7x16");
            Ok(())
        }
        fn relaxed_simd_native(&self) -> bool {
            false
        }
        fn relaxed_native(
            &mut self,
            _: super::super::relaxed::RelaxedOp,
        ) -> Result<bool, CompileError> {
            Ok(false)
        }
    }

    /// A value for every immediate type a SIMD operator has.
    trait Sample {
        fn sample() -> Self;
    }
    impl Sample for u8 {
        fn sample() -> Self {
            1
        }
    }
    impl Sample for [u8; 16] {
        fn sample() -> Self {
            [0; 16]
        }
    }
    impl Sample for V128 {
        fn sample() -> Self {
            V128::from(0u128)
        }
    }
    impl Sample for MemArg {
        fn sample() -> Self {
            MemArg {
                align: 0,
                max_align: 4,
                offset: 0,
                target: MemArgTarget::Memory(0),
                ordering: None,
            }
        }
    }

    macro_rules! every_simd_operator {
        ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*) )*) => {
            /// Every fixed-width SIMD operator (relaxed SIMD is a class of
            /// its own), with sample immediates.
            fn every_simd_operator() -> Vec<Operator<'static>> {
                let mut all = Vec::new();
                $(
                    if stringify!($proposal) == "simd" {
                        all.push(Operator::$op $({ $($arg: <$argty as Sample>::sample()),* })?);
                    }
                )*
                all
            }
        };
    }
    wasmparser::for_each_visit_simd_operator!(every_simd_operator);

    #[test]
    fn every_operator_is_decoded_once() {
        let all = every_simd_operator();
        assert!(all.len() > 230, "{} SIMD operators", all.len());
        for op in &all {
            let mut calls = Calls::default();
            assert!(simd(&mut calls, op).unwrap(), "{op:?} is not decoded");
            assert_eq!(calls.0.len(), 1, "{op:?}");
        }
    }

    #[test]
    fn shapes_follow_the_conventions() {
        assert_eq!(
            binary(&Operator::I16x8ExtMulLowI8x16S),
            Some((VecBinOp::ExtMulLowS, Shape::I16x8))
        );
        assert_eq!(
            unary(&Operator::F64x2ConvertLowI32x4U),
            Some((VecUnOp::ConvertU, Shape::F64x2))
        );
        assert_eq!(
            int_compare(&Operator::I64x2GeS),
            Some((IntCond::GeS, Shape::I64x2))
        );
    }
}
