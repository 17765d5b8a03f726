//! Integer and bitwise SIMD operators: arithmetic, saturating arithmetic,
//! `min`/`max`, `avgr_u`, `abs`, `neg`, `popcnt`, shifts, comparisons,
//! `bitmask`, `any_true`/`all_true`, `dot`, `extadd_pairwise`, `extmul`
//! and `q15mulr_sat_s`.
//!
//! Wasm semantics, all defined for every input:
//!
//! * shift counts are taken modulo the lane width (masked before the
//!   splat, so no LLVM shift is ever poison);
//! * `abs` of the minimum is the minimum (`llvm.abs` with
//!   `is_int_min_poison = false`);
//! * comparisons give all-ones/all-zero lanes (`icmp` + `sext`);
//! * widening operators (`avgr_u`, `dot`, `extmul`, `extadd`, `q15mulr`)
//!   compute in lanes twice as wide, where nothing overflows, then narrow
//!   (with saturation where the operator saturates).

use super::Shape;
use crate::error::{IrResult, Result};
use crate::translator::FuncTranslator;
use inkwell::values::{IntValue, VectorValue};
use inkwell::IntPredicate;
use trident_compiler::wasmparser::Operator;

/// A lane-wise integer binary operator.
#[derive(Clone, Copy)]
enum Bin {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
    AndNot,
    /// An intrinsic overloaded on the vector type (`llvm.smin`, …).
    Intrinsic(&'static str),
}

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    fn vbin(&mut self, shape: Shape, op: Bin) -> Result<()> {
        let (a, b) = self.pop2_vec(shape)?;
        let bd = &self.b;
        let v = match op {
            Bin::Add => bd.build_int_add(a, b, "").ir()?,
            Bin::Sub => bd.build_int_sub(a, b, "").ir()?,
            Bin::Mul => bd.build_int_mul(a, b, "").ir()?,
            Bin::And => bd.build_and(a, b, "").ir()?,
            Bin::Or => bd.build_or(a, b, "").ir()?,
            Bin::Xor => bd.build_xor(a, b, "").ir()?,
            Bin::AndNot => {
                let nb = bd.build_not(b, "").ir()?;
                bd.build_and(a, nb, "").ir()?
            }
            Bin::Intrinsic(name) => self
                .call_intrinsic(name, &[a.get_type().into()], &[a.into(), b.into()])?
                .into_vector_value(),
        };
        self.push_vec(v)
    }

    /// The vector type of `shape` with lanes twice as wide (same count).
    fn widened(&self, v: VectorValue<'ctx>) -> Result<inkwell::types::VectorType<'ctx>> {
        let ty = v.get_type();
        let bits = ty.get_element_type().into_int_type().get_bit_width();
        Ok(self.int_type(bits * 2)?.vec_type(ty.get_size()))
    }

    fn extend(&self, v: VectorValue<'ctx>, signed: bool) -> Result<VectorValue<'ctx>> {
        let wide = self.widened(v)?;
        if signed {
            self.b.build_int_s_extend(v, wide, "").ir()
        } else {
            self.b.build_int_z_extend(v, wide, "").ir()
        }
    }

    /// A splat constant of the element type of `v`.
    fn splat_like(&self, v: VectorValue<'ctx>, value: u64) -> VectorValue<'ctx> {
        let ty = v.get_type();
        let lane = ty
            .get_element_type()
            .into_int_type()
            .const_int(value, false);
        inkwell::types::VectorType::const_vector(&vec![lane; ty.get_size() as usize])
    }

    fn avgr_u(&mut self, shape: Shape) -> Result<()> {
        let (a, b) = self.pop2_vec(shape)?;
        let (wa, wb) = (self.extend(a, false)?, self.extend(b, false)?);
        let sum = self.b.build_int_add(wa, wb, "").ir()?;
        let sum = self.b.build_int_add(sum, self.splat_like(wa, 1), "").ir()?;
        let half = self
            .b
            .build_right_shift(sum, self.splat_like(wa, 1), false, "")
            .ir()?;
        let v = self.b.build_int_truncate(half, a.get_type(), "").ir()?;
        self.push_vec(v)
    }

    fn shift(&mut self, shape: Shape, kind: u8) -> Result<()> {
        let count = self.pop_int()?;
        let v = self.pop_vec(shape)?;
        let bits = shape.lane_bits();
        let masked = self
            .b
            .build_and(count, self.ir.i32.const_int(u64::from(bits - 1), false), "")
            .ir()?;
        let lane = v.get_type().get_element_type().into_int_type();
        let c: IntValue<'ctx> = if bits < 32 {
            self.b.build_int_truncate(masked, lane, "").ir()?
        } else if bits > 32 {
            self.b.build_int_z_extend(masked, lane, "").ir()?
        } else {
            masked
        };
        let c = self.splat_value(c.into(), shape.lanes())?;
        let r = match kind {
            0 => self.b.build_left_shift(v, c, "").ir()?,
            1 => self.b.build_right_shift(v, c, true, "").ir()?,
            _ => self.b.build_right_shift(v, c, false, "").ir()?,
        };
        self.push_vec(r)
    }

    fn vicmp(&mut self, shape: Shape, pred: IntPredicate) -> Result<()> {
        let (a, b) = self.pop2_vec(shape)?;
        let c = self.b.build_int_compare(pred, a, b, "").ir()?;
        let v = self.b.build_int_s_extend(c, a.get_type(), "").ir()?;
        self.push_vec(v)
    }

    /// `i1` lanes as an `i32` bit mask (lane i → bit i).
    fn mask_bits(&self, c: VectorValue<'ctx>) -> Result<IntValue<'ctx>> {
        let n = c.get_type().get_size();
        let int = self.int_type(n)?;
        Ok(self.b.build_bit_cast(c, int, "").ir()?.into_int_value())
    }

    fn bitmask(&mut self, shape: Shape) -> Result<()> {
        let v = self.pop_vec(shape)?;
        let neg = self
            .b
            .build_int_compare(IntPredicate::SLT, v, v.get_type().const_zero(), "")
            .ir()?;
        let bits = self.mask_bits(neg)?;
        let r = self.b.build_int_z_extend(bits, self.ir.i32, "").ir()?;
        self.push(r);
        Ok(())
    }

    fn all_true(&mut self, shape: Shape) -> Result<()> {
        let v = self.pop_vec(shape)?;
        let nz = self
            .b
            .build_int_compare(IntPredicate::NE, v, v.get_type().const_zero(), "")
            .ir()?;
        let bits = self.mask_bits(nz)?;
        let all = self
            .b
            .build_int_compare(IntPredicate::EQ, bits, bits.get_type().const_all_ones(), "")
            .ir()?;
        let r = self.bool_to_i32(all)?;
        self.push(r);
        Ok(())
    }

    fn any_true(&mut self) -> Result<()> {
        let v = self.pop_vec(Shape::I64x2)?;
        let i128t = self.ir.context.i128_type();
        let x = self.b.build_bit_cast(v, i128t, "").ir()?.into_int_value();
        let nz = self.is_nonzero(x)?;
        let r = self.bool_to_i32(nz)?;
        self.push(r);
        Ok(())
    }

    fn unary_intrinsic(&mut self, shape: Shape, name: &str, poison_flag: bool) -> Result<()> {
        let v = self.pop_vec(shape)?;
        let r = if poison_flag {
            let f = self.ir.context.bool_type().const_zero();
            self.call_intrinsic(name, &[v.get_type().into()], &[v.into(), f.into()])?
        } else {
            self.call_intrinsic(name, &[v.get_type().into()], &[v.into()])?
        };
        self.push_vec(r.into_vector_value())
    }

    fn neg(&mut self, shape: Shape) -> Result<()> {
        let v = self.pop_vec(shape)?;
        let r = self.b.build_int_neg(v, "").ir()?;
        self.push_vec(r)
    }

    /// Even and odd lanes of `v`, each half as many lanes.
    fn even_odd(&self, v: VectorValue<'ctx>) -> Result<(VectorValue<'ctx>, VectorValue<'ctx>)> {
        let n = v.get_type().get_size();
        let even: Vec<u32> = (0..n / 2).map(|i| 2 * i).collect();
        let odd: Vec<u32> = (0..n / 2).map(|i| 2 * i + 1).collect();
        Ok((self.shuffle(v, v, &even)?, self.shuffle(v, v, &odd)?))
    }

    fn extadd_pairwise(&mut self, from: Shape, signed: bool) -> Result<()> {
        let v = self.pop_vec(from)?;
        let (e, o) = self.even_odd(v)?;
        let (e, o) = (self.extend(e, signed)?, self.extend(o, signed)?);
        let r = self.b.build_int_add(e, o, "").ir()?;
        self.push_vec(r)
    }

    fn extmul(&mut self, from: Shape, high: bool, signed: bool) -> Result<()> {
        let (a, b) = self.pop2_vec(from)?;
        let half = from.lanes() / 2;
        let start = if high { half } else { 0 };
        let a = self.sub_vector(a, start, half)?;
        let b = self.sub_vector(b, start, half)?;
        let (a, b) = (self.extend(a, signed)?, self.extend(b, signed)?);
        let r = self.b.build_int_mul(a, b, "").ir()?;
        self.push_vec(r)
    }

    fn dot(&mut self) -> Result<()> {
        let (a, b) = self.pop2_vec(Shape::I16x8)?;
        let (a, b) = (self.extend(a, true)?, self.extend(b, true)?);
        let p = self.b.build_int_mul(a, b, "").ir()?;
        let (e, o) = self.even_odd(p)?;
        let r = self.b.build_int_add(e, o, "").ir()?;
        self.push_vec(r)
    }

    fn q15mulr_sat(&mut self) -> Result<()> {
        let (a, b) = self.pop2_vec(Shape::I16x8)?;
        let (wa, wb) = (self.extend(a, true)?, self.extend(b, true)?);
        let p = self.b.build_int_mul(wa, wb, "").ir()?;
        let p = self
            .b
            .build_int_add(p, self.splat_like(wa, 0x4000), "")
            .ir()?;
        let p = self
            .b
            .build_right_shift(p, self.splat_like(wa, 15), true, "")
            .ir()?;
        // Only -32768 * -32768 exceeds the range (giving 32768).
        let p = self
            .call_intrinsic(
                "llvm.smin",
                &[p.get_type().into()],
                &[p.into(), self.splat_like(wa, 0x7fff).into()],
            )?
            .into_vector_value();
        let r = self.b.build_int_truncate(p, a.get_type(), "").ir()?;
        self.push_vec(r)
    }

    fn bitselect(&mut self) -> Result<()> {
        let c = self.pop_vec(Shape::I64x2)?;
        let (a, b) = self.pop2_vec(Shape::I64x2)?;
        let t = self.b.build_and(a, c, "").ir()?;
        let nc = self.b.build_not(c, "").ir()?;
        let f = self.b.build_and(b, nc, "").ir()?;
        let r = self.b.build_or(t, f, "").ir()?;
        self.push_vec(r)
    }

    /// Translates an integer or bitwise SIMD operator; false if `op` is
    /// not one.
    pub(crate) fn translate_simd_integer(&mut self, op: &Operator<'_>) -> Result<bool> {
        use IntPredicate as P;
        use Operator as O;
        use Shape::*;
        match op {
            O::V128Not => {
                let v = self.pop_vec(I64x2)?;
                let r = self.b.build_not(v, "").ir()?;
                self.push_vec(r)?;
            }
            O::V128And => self.vbin(I64x2, Bin::And)?,
            O::V128AndNot => self.vbin(I64x2, Bin::AndNot)?,
            O::V128Or => self.vbin(I64x2, Bin::Or)?,
            O::V128Xor => self.vbin(I64x2, Bin::Xor)?,
            O::V128Bitselect => self.bitselect()?,
            O::V128AnyTrue => self.any_true()?,

            O::I8x16Add => self.vbin(I8x16, Bin::Add)?,
            O::I16x8Add => self.vbin(I16x8, Bin::Add)?,
            O::I32x4Add => self.vbin(I32x4, Bin::Add)?,
            O::I64x2Add => self.vbin(I64x2, Bin::Add)?,
            O::I8x16Sub => self.vbin(I8x16, Bin::Sub)?,
            O::I16x8Sub => self.vbin(I16x8, Bin::Sub)?,
            O::I32x4Sub => self.vbin(I32x4, Bin::Sub)?,
            O::I64x2Sub => self.vbin(I64x2, Bin::Sub)?,
            O::I16x8Mul => self.vbin(I16x8, Bin::Mul)?,
            O::I32x4Mul => self.vbin(I32x4, Bin::Mul)?,
            O::I64x2Mul => self.vbin(I64x2, Bin::Mul)?,
            O::I8x16AddSatS => self.vbin(I8x16, Bin::Intrinsic("llvm.sadd.sat"))?,
            O::I8x16AddSatU => self.vbin(I8x16, Bin::Intrinsic("llvm.uadd.sat"))?,
            O::I8x16SubSatS => self.vbin(I8x16, Bin::Intrinsic("llvm.ssub.sat"))?,
            O::I8x16SubSatU => self.vbin(I8x16, Bin::Intrinsic("llvm.usub.sat"))?,
            O::I16x8AddSatS => self.vbin(I16x8, Bin::Intrinsic("llvm.sadd.sat"))?,
            O::I16x8AddSatU => self.vbin(I16x8, Bin::Intrinsic("llvm.uadd.sat"))?,
            O::I16x8SubSatS => self.vbin(I16x8, Bin::Intrinsic("llvm.ssub.sat"))?,
            O::I16x8SubSatU => self.vbin(I16x8, Bin::Intrinsic("llvm.usub.sat"))?,
            O::I8x16MinS => self.vbin(I8x16, Bin::Intrinsic("llvm.smin"))?,
            O::I8x16MinU => self.vbin(I8x16, Bin::Intrinsic("llvm.umin"))?,
            O::I8x16MaxS => self.vbin(I8x16, Bin::Intrinsic("llvm.smax"))?,
            O::I8x16MaxU => self.vbin(I8x16, Bin::Intrinsic("llvm.umax"))?,
            O::I16x8MinS => self.vbin(I16x8, Bin::Intrinsic("llvm.smin"))?,
            O::I16x8MinU => self.vbin(I16x8, Bin::Intrinsic("llvm.umin"))?,
            O::I16x8MaxS => self.vbin(I16x8, Bin::Intrinsic("llvm.smax"))?,
            O::I16x8MaxU => self.vbin(I16x8, Bin::Intrinsic("llvm.umax"))?,
            O::I32x4MinS => self.vbin(I32x4, Bin::Intrinsic("llvm.smin"))?,
            O::I32x4MinU => self.vbin(I32x4, Bin::Intrinsic("llvm.umin"))?,
            O::I32x4MaxS => self.vbin(I32x4, Bin::Intrinsic("llvm.smax"))?,
            O::I32x4MaxU => self.vbin(I32x4, Bin::Intrinsic("llvm.umax"))?,
            O::I8x16AvgrU => self.avgr_u(I8x16)?,
            O::I16x8AvgrU => self.avgr_u(I16x8)?,

            O::I8x16Abs => self.unary_intrinsic(I8x16, "llvm.abs", true)?,
            O::I16x8Abs => self.unary_intrinsic(I16x8, "llvm.abs", true)?,
            O::I32x4Abs => self.unary_intrinsic(I32x4, "llvm.abs", true)?,
            O::I64x2Abs => self.unary_intrinsic(I64x2, "llvm.abs", true)?,
            O::I8x16Popcnt => self.unary_intrinsic(I8x16, "llvm.ctpop", false)?,
            O::I8x16Neg => self.neg(I8x16)?,
            O::I16x8Neg => self.neg(I16x8)?,
            O::I32x4Neg => self.neg(I32x4)?,
            O::I64x2Neg => self.neg(I64x2)?,

            O::I8x16Shl => self.shift(I8x16, 0)?,
            O::I8x16ShrS => self.shift(I8x16, 1)?,
            O::I8x16ShrU => self.shift(I8x16, 2)?,
            O::I16x8Shl => self.shift(I16x8, 0)?,
            O::I16x8ShrS => self.shift(I16x8, 1)?,
            O::I16x8ShrU => self.shift(I16x8, 2)?,
            O::I32x4Shl => self.shift(I32x4, 0)?,
            O::I32x4ShrS => self.shift(I32x4, 1)?,
            O::I32x4ShrU => self.shift(I32x4, 2)?,
            O::I64x2Shl => self.shift(I64x2, 0)?,
            O::I64x2ShrS => self.shift(I64x2, 1)?,
            O::I64x2ShrU => self.shift(I64x2, 2)?,

            O::I8x16Eq => self.vicmp(I8x16, P::EQ)?,
            O::I8x16Ne => self.vicmp(I8x16, P::NE)?,
            O::I8x16LtS => self.vicmp(I8x16, P::SLT)?,
            O::I8x16LtU => self.vicmp(I8x16, P::ULT)?,
            O::I8x16GtS => self.vicmp(I8x16, P::SGT)?,
            O::I8x16GtU => self.vicmp(I8x16, P::UGT)?,
            O::I8x16LeS => self.vicmp(I8x16, P::SLE)?,
            O::I8x16LeU => self.vicmp(I8x16, P::ULE)?,
            O::I8x16GeS => self.vicmp(I8x16, P::SGE)?,
            O::I8x16GeU => self.vicmp(I8x16, P::UGE)?,
            O::I16x8Eq => self.vicmp(I16x8, P::EQ)?,
            O::I16x8Ne => self.vicmp(I16x8, P::NE)?,
            O::I16x8LtS => self.vicmp(I16x8, P::SLT)?,
            O::I16x8LtU => self.vicmp(I16x8, P::ULT)?,
            O::I16x8GtS => self.vicmp(I16x8, P::SGT)?,
            O::I16x8GtU => self.vicmp(I16x8, P::UGT)?,
            O::I16x8LeS => self.vicmp(I16x8, P::SLE)?,
            O::I16x8LeU => self.vicmp(I16x8, P::ULE)?,
            O::I16x8GeS => self.vicmp(I16x8, P::SGE)?,
            O::I16x8GeU => self.vicmp(I16x8, P::UGE)?,
            O::I32x4Eq => self.vicmp(I32x4, P::EQ)?,
            O::I32x4Ne => self.vicmp(I32x4, P::NE)?,
            O::I32x4LtS => self.vicmp(I32x4, P::SLT)?,
            O::I32x4LtU => self.vicmp(I32x4, P::ULT)?,
            O::I32x4GtS => self.vicmp(I32x4, P::SGT)?,
            O::I32x4GtU => self.vicmp(I32x4, P::UGT)?,
            O::I32x4LeS => self.vicmp(I32x4, P::SLE)?,
            O::I32x4LeU => self.vicmp(I32x4, P::ULE)?,
            O::I32x4GeS => self.vicmp(I32x4, P::SGE)?,
            O::I32x4GeU => self.vicmp(I32x4, P::UGE)?,
            O::I64x2Eq => self.vicmp(I64x2, P::EQ)?,
            O::I64x2Ne => self.vicmp(I64x2, P::NE)?,
            O::I64x2LtS => self.vicmp(I64x2, P::SLT)?,
            O::I64x2GtS => self.vicmp(I64x2, P::SGT)?,
            O::I64x2LeS => self.vicmp(I64x2, P::SLE)?,
            O::I64x2GeS => self.vicmp(I64x2, P::SGE)?,

            O::I8x16Bitmask => self.bitmask(I8x16)?,
            O::I16x8Bitmask => self.bitmask(I16x8)?,
            O::I32x4Bitmask => self.bitmask(I32x4)?,
            O::I64x2Bitmask => self.bitmask(I64x2)?,
            O::I8x16AllTrue => self.all_true(I8x16)?,
            O::I16x8AllTrue => self.all_true(I16x8)?,
            O::I32x4AllTrue => self.all_true(I32x4)?,
            O::I64x2AllTrue => self.all_true(I64x2)?,

            O::I16x8ExtAddPairwiseI8x16S => self.extadd_pairwise(I8x16, true)?,
            O::I16x8ExtAddPairwiseI8x16U => self.extadd_pairwise(I8x16, false)?,
            O::I32x4ExtAddPairwiseI16x8S => self.extadd_pairwise(I16x8, true)?,
            O::I32x4ExtAddPairwiseI16x8U => self.extadd_pairwise(I16x8, false)?,
            O::I16x8ExtMulLowI8x16S => self.extmul(I8x16, false, true)?,
            O::I16x8ExtMulHighI8x16S => self.extmul(I8x16, true, true)?,
            O::I16x8ExtMulLowI8x16U => self.extmul(I8x16, false, false)?,
            O::I16x8ExtMulHighI8x16U => self.extmul(I8x16, true, false)?,
            O::I32x4ExtMulLowI16x8S => self.extmul(I16x8, false, true)?,
            O::I32x4ExtMulHighI16x8S => self.extmul(I16x8, true, true)?,
            O::I32x4ExtMulLowI16x8U => self.extmul(I16x8, false, false)?,
            O::I32x4ExtMulHighI16x8U => self.extmul(I16x8, true, false)?,
            O::I64x2ExtMulLowI32x4S => self.extmul(I32x4, false, true)?,
            O::I64x2ExtMulHighI32x4S => self.extmul(I32x4, true, true)?,
            O::I64x2ExtMulLowI32x4U => self.extmul(I32x4, false, false)?,
            O::I64x2ExtMulHighI32x4U => self.extmul(I32x4, true, false)?,
            O::I32x4DotI16x8S => self.dot()?,
            O::I16x8Q15MulrSatS => self.q15mulr_sat()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
