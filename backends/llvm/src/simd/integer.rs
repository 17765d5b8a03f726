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
use trident_compiler::operators::IntOp;

/// A lane-wise integer binary operator.
#[derive(Clone, Copy)]
pub(super) enum Bin {
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
    pub(super) fn vbin(&mut self, shape: Shape, op: Bin) -> Result<()> {
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

    pub(super) fn avgr_u(&mut self, shape: Shape) -> Result<()> {
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

    /// `Shl`, `ShrS` or `ShrU` by the popped count, masked to the lane
    /// width.
    pub(super) fn shift(&mut self, shape: Shape, op: IntOp) -> Result<()> {
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
        let r = match op {
            IntOp::Shl => self.b.build_left_shift(v, c, "").ir()?,
            IntOp::ShrS => self.b.build_right_shift(v, c, true, "").ir()?,
            _ => self.b.build_right_shift(v, c, false, "").ir()?,
        };
        self.push_vec(r)
    }

    pub(super) fn vicmp(&mut self, shape: Shape, pred: IntPredicate) -> Result<()> {
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

    pub(super) fn bitmask(&mut self, shape: Shape) -> Result<()> {
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

    pub(super) fn all_true(&mut self, shape: Shape) -> Result<()> {
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

    pub(super) fn any_true(&mut self) -> Result<()> {
        let v = self.pop_vec(Shape::I64x2)?;
        let i128t = self.ir.context.i128_type();
        let x = self.b.build_bit_cast(v, i128t, "").ir()?.into_int_value();
        let nz = self.is_nonzero(x)?;
        let r = self.bool_to_i32(nz)?;
        self.push(r);
        Ok(())
    }

    pub(super) fn unary_intrinsic(
        &mut self,
        shape: Shape,
        name: &str,
        poison_flag: bool,
    ) -> Result<()> {
        let v = self.pop_vec(shape)?;
        let r = if poison_flag {
            let f = self.ir.context.bool_type().const_zero();
            self.call_intrinsic(name, &[v.get_type().into()], &[v.into(), f.into()])?
        } else {
            self.call_intrinsic(name, &[v.get_type().into()], &[v.into()])?
        };
        self.push_vec(r.into_vector_value())
    }

    pub(super) fn neg(&mut self, shape: Shape) -> Result<()> {
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

    pub(super) fn extadd_pairwise(&mut self, from: Shape, signed: bool) -> Result<()> {
        let v = self.pop_vec(from)?;
        let (e, o) = self.even_odd(v)?;
        let (e, o) = (self.extend(e, signed)?, self.extend(o, signed)?);
        let r = self.b.build_int_add(e, o, "").ir()?;
        self.push_vec(r)
    }

    pub(super) fn extmul(&mut self, from: Shape, high: bool, signed: bool) -> Result<()> {
        let (a, b) = self.pop2_vec(from)?;
        let half = from.lanes() / 2;
        let start = if high { half } else { 0 };
        let a = self.sub_vector(a, start, half)?;
        let b = self.sub_vector(b, start, half)?;
        let (a, b) = (self.extend(a, signed)?, self.extend(b, signed)?);
        let r = self.b.build_int_mul(a, b, "").ir()?;
        self.push_vec(r)
    }

    pub(super) fn dot(&mut self) -> Result<()> {
        let (a, b) = self.pop2_vec(Shape::I16x8)?;
        let (a, b) = (self.extend(a, true)?, self.extend(b, true)?);
        let p = self.b.build_int_mul(a, b, "").ir()?;
        let (e, o) = self.even_odd(p)?;
        let r = self.b.build_int_add(e, o, "").ir()?;
        self.push_vec(r)
    }

    pub(super) fn q15mulr_sat(&mut self) -> Result<()> {
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

    pub(super) fn bitselect(&mut self) -> Result<()> {
        let c = self.pop_vec(Shape::I64x2)?;
        let (a, b) = self.pop2_vec(Shape::I64x2)?;
        let t = self.b.build_and(a, c, "").ir()?;
        let nc = self.b.build_not(c, "").ir()?;
        let f = self.b.build_and(b, nc, "").ir()?;
        let r = self.b.build_or(t, f, "").ir()?;
        self.push_vec(r)
    }
}
