//! SIMD lane-wise arithmetic: integer, saturating and float binary
//! operators, unary operators and conversions, and comparisons.
//!
//! Each operator maps to one machine operation through the tables below
//! (operation, result shape). Binary operators work in place on the left
//! operand's register; the right one is freed. Float results that can be
//! NaN are canonicalized lane-wise when
//! `CompilerOptions::nan_canonicalization` is on (as for scalars: not
//! after `abs`, `neg`, moves or `pmin`/`pmax`, which only touch the sign
//! or select an operand bit for bit).

use super::{FuncGen, Result};
use crate::machine::{FloatCond, IntCond, Masm, Reg, Shape, VecBinOp, VecUnOp};
use trident_compiler::wasmparser::Operator;
use trident_types::ValType;

/// The binary lane-wise operation of `op` and its result shape.
fn binop_of(op: &Operator<'_>) -> Option<(VecBinOp, Shape)> {
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
fn unop_of(op: &Operator<'_>) -> Option<(VecUnOp, Shape)> {
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

/// A lane-wise comparison.
enum Cmp {
    Int(IntCond),
    Float(FloatCond),
}

/// The comparison of `op` and its operand shape.
fn cmp_of(op: &Operator<'_>) -> Option<(Cmp, Shape)> {
    use Operator as O;
    use Shape::*;
    let (i, f) = (Cmp::Int, Cmp::Float);
    Some(match op {
        O::I8x16Eq => (i(IntCond::Eq), I8x16),
        O::I8x16Ne => (i(IntCond::Ne), I8x16),
        O::I8x16LtS => (i(IntCond::LtS), I8x16),
        O::I8x16LtU => (i(IntCond::LtU), I8x16),
        O::I8x16GtS => (i(IntCond::GtS), I8x16),
        O::I8x16GtU => (i(IntCond::GtU), I8x16),
        O::I8x16LeS => (i(IntCond::LeS), I8x16),
        O::I8x16LeU => (i(IntCond::LeU), I8x16),
        O::I8x16GeS => (i(IntCond::GeS), I8x16),
        O::I8x16GeU => (i(IntCond::GeU), I8x16),
        O::I16x8Eq => (i(IntCond::Eq), I16x8),
        O::I16x8Ne => (i(IntCond::Ne), I16x8),
        O::I16x8LtS => (i(IntCond::LtS), I16x8),
        O::I16x8LtU => (i(IntCond::LtU), I16x8),
        O::I16x8GtS => (i(IntCond::GtS), I16x8),
        O::I16x8GtU => (i(IntCond::GtU), I16x8),
        O::I16x8LeS => (i(IntCond::LeS), I16x8),
        O::I16x8LeU => (i(IntCond::LeU), I16x8),
        O::I16x8GeS => (i(IntCond::GeS), I16x8),
        O::I16x8GeU => (i(IntCond::GeU), I16x8),
        O::I32x4Eq => (i(IntCond::Eq), I32x4),
        O::I32x4Ne => (i(IntCond::Ne), I32x4),
        O::I32x4LtS => (i(IntCond::LtS), I32x4),
        O::I32x4LtU => (i(IntCond::LtU), I32x4),
        O::I32x4GtS => (i(IntCond::GtS), I32x4),
        O::I32x4GtU => (i(IntCond::GtU), I32x4),
        O::I32x4LeS => (i(IntCond::LeS), I32x4),
        O::I32x4LeU => (i(IntCond::LeU), I32x4),
        O::I32x4GeS => (i(IntCond::GeS), I32x4),
        O::I32x4GeU => (i(IntCond::GeU), I32x4),
        O::I64x2Eq => (i(IntCond::Eq), I64x2),
        O::I64x2Ne => (i(IntCond::Ne), I64x2),
        O::I64x2LtS => (i(IntCond::LtS), I64x2),
        O::I64x2GtS => (i(IntCond::GtS), I64x2),
        O::I64x2LeS => (i(IntCond::LeS), I64x2),
        O::I64x2GeS => (i(IntCond::GeS), I64x2),
        O::F32x4Eq => (f(FloatCond::Eq), F32x4),
        O::F32x4Ne => (f(FloatCond::Ne), F32x4),
        O::F32x4Lt => (f(FloatCond::Lt), F32x4),
        O::F32x4Gt => (f(FloatCond::Gt), F32x4),
        O::F32x4Le => (f(FloatCond::Le), F32x4),
        O::F32x4Ge => (f(FloatCond::Ge), F32x4),
        O::F64x2Eq => (f(FloatCond::Eq), F64x2),
        O::F64x2Ne => (f(FloatCond::Ne), F64x2),
        O::F64x2Lt => (f(FloatCond::Lt), F64x2),
        O::F64x2Gt => (f(FloatCond::Gt), F64x2),
        O::F64x2Le => (f(FloatCond::Le), F64x2),
        O::F64x2Ge => (f(FloatCond::Ge), F64x2),
        _ => return None,
    })
}

/// Whether a float-shaped result of `op` can be a NaN that needs
/// canonicalizing.
fn may_make_nan(op: VecUnOp) -> bool {
    !matches!(
        op,
        VecUnOp::Abs | VecUnOp::Neg | VecUnOp::ConvertS | VecUnOp::ConvertU
    )
}

impl<'a, M: Masm> FuncGen<'a, M> {
    /// Canonicalizes NaN lanes of a float-shaped result when asked to.
    fn canonicalize_lanes(&mut self, lanes: Shape, reg: Reg) -> Result<()> {
        if lanes.is_float() && self.env.options.nan_canonicalization {
            self.m.v128_canonicalize_nan(lanes, reg.num())?;
        }
        Ok(())
    }

    /// Pops two vectors, applies `f` in place on the left one's register
    /// and pushes it.
    fn vector_binary(&mut self, f: impl FnOnce(&mut M, u8, u8) -> Result<()>) -> Result<Reg> {
        let (_, rhs) = self.pop_reg()?;
        let (_, lhs) = self.pop_reg()?;
        f(&mut self.m, lhs.num(), rhs.num())?;
        self.free(rhs);
        self.push_reg(ValType::V128, lhs);
        Ok(lhs)
    }

    /// Translates a SIMD arithmetic, conversion or comparison operator;
    /// false if `op` is not one.
    pub(super) fn translate_simd_arith(&mut self, op: &Operator<'_>) -> Result<bool> {
        if let Some((bin, lanes)) = binop_of(op) {
            let r = self.vector_binary(|m, d, s| m.v128_binop(bin, lanes, d, s))?;
            // pmin/pmax select one operand bit for bit, NaN or not.
            if !matches!(bin, VecBinOp::PMin | VecBinOp::PMax) {
                self.canonicalize_lanes(lanes, r)?;
            }
        } else if let Some((un, lanes)) = unop_of(op) {
            let (_, r) = self.pop_reg()?;
            self.m.v128_unop(un, lanes, r.num())?;
            if may_make_nan(un) {
                self.canonicalize_lanes(lanes, r)?;
            }
            self.push_reg(ValType::V128, r);
        } else if let Some((cmp, lanes)) = cmp_of(op) {
            self.vector_binary(|m, d, s| match cmp {
                Cmp::Int(c) => m.v128_int_cmp(c, lanes, d, s),
                Cmp::Float(c) => m.v128_float_cmp(c, lanes, d, s),
            })?;
        } else {
            return Ok(false);
        }
        Ok(true)
    }
}
