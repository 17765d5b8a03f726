//! SIMD conversions between shapes: float → int (saturating), int →
//! float, `demote`/`promote`, integer extension and narrowing.
//!
//! * `trunc_sat` is `llvm.fptosi.sat`/`llvm.fptoui.sat`, whose semantics
//!   are the spec's (NaN → 0, out of range → the nearest bound) on every
//!   target; the `_zero` forms convert two lanes and fill the upper two
//!   with zero.
//! * int → float is `sitofp`/`uitofp` (correctly rounded; LLVM expands
//!   the unsigned forms the hardware lacks).
//! * `demote`/`promote` are constrained `fptrunc`/`fpext` with
//!   `fpexcept.maytrap` (NaNs quieted, never folded away), then NaN
//!   canonicalization when asked for.
//! * `narrow` clamps each wide lane to the narrow range (signed input in
//!   both forms) with `llvm.smax`/`llvm.smin`, then truncates.
//! * `extend_low`/`extend_high` take a half and `sext`/`zext` it.

use super::Shape;
use crate::error::{IrResult, Result};
use crate::translator::FuncTranslator;
use inkwell::values::VectorValue;

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    pub(super) fn trunc_sat(&mut self, from: Shape, signed: bool) -> Result<()> {
        let x = self.pop_vec(from)?;
        let lanes = from.lanes();
        let to = self.ir.i32.vec_type(lanes);
        let name = if signed {
            "llvm.fptosi.sat"
        } else {
            "llvm.fptoui.sat"
        };
        let v = self
            .call_intrinsic(name, &[to.into(), x.get_type().into()], &[x.into()])?
            .into_vector_value();
        let v = if lanes == 2 {
            self.shuffle(v, to.const_zero(), &[0, 1, 2, 3])?
        } else {
            v
        };
        self.push_vec(v)
    }

    pub(super) fn int_to_float(
        &mut self,
        x: VectorValue<'ctx>,
        signed: bool,
        to: Shape,
    ) -> Result<()> {
        let lanes = x.get_type().get_size();
        let fty = self
            .shape_type(to)
            .get_element_type()
            .into_float_type()
            .vec_type(lanes);
        let v = if signed {
            self.b.build_signed_int_to_float(x, fty, "").ir()?
        } else {
            self.b.build_unsigned_int_to_float(x, fty, "").ir()?
        };
        self.push_vec(v)
    }

    pub(super) fn demote(&mut self) -> Result<()> {
        let x = self.pop_vec(Shape::F64x2)?;
        let two = self.ir.f32.vec_type(2);
        let v = self
            .constrained(
                "fptrunc",
                &[two.into(), x.get_type().into()],
                &[x.into()],
                true,
            )?
            .into_vector_value();
        let v = self.shuffle(v, two.const_zero(), &[0, 1, 2, 3])?;
        let v = self.canonicalize_vec(v, Shape::F32x4)?;
        self.push_vec(v)
    }

    pub(super) fn promote(&mut self) -> Result<()> {
        let x = self.pop_vec(Shape::F32x4)?;
        let low = self.sub_vector(x, 0, 2)?;
        let to = self.shape_type(Shape::F64x2);
        let v = self
            .constrained(
                "fpext",
                &[to.into(), low.get_type().into()],
                &[low.into()],
                false,
            )?
            .into_vector_value();
        let v = self.canonicalize_vec(v, Shape::F64x2)?;
        self.push_vec(v)
    }

    pub(super) fn narrow(&mut self, from: Shape, to: Shape, signed: bool) -> Result<()> {
        let (a, b) = self.pop2_vec(from)?;
        let n = from.lanes();
        let idx: Vec<u32> = (0..2 * n).collect();
        let both = self.shuffle(a, b, &idx)?;
        let bits = to.lane_bits();
        let (lo, hi) = if signed {
            (
                (1u64 << (bits - 1)).wrapping_neg(),
                (1u64 << (bits - 1)) - 1,
            )
        } else {
            (0, (1u64 << bits) - 1)
        };
        let ty = both.get_type();
        let lane = ty.get_element_type().into_int_type();
        let splat = |v: u64| {
            inkwell::types::VectorType::const_vector(&vec![
                lane.const_int(v, false);
                ty.get_size() as usize
            ])
        };
        let v = self
            .call_intrinsic("llvm.smax", &[ty.into()], &[both.into(), splat(lo).into()])?
            .into_vector_value();
        let v = self
            .call_intrinsic("llvm.smin", &[ty.into()], &[v.into(), splat(hi).into()])?
            .into_vector_value();
        let v = self.b.build_int_truncate(v, self.shape_type(to), "").ir()?;
        self.push_vec(v)
    }

    pub(super) fn extend_half(
        &mut self,
        from: Shape,
        to: Shape,
        high: bool,
        signed: bool,
    ) -> Result<()> {
        let v = self.pop_vec(from)?;
        let half = from.lanes() / 2;
        let part = self.sub_vector(v, if high { half } else { 0 }, half)?;
        let ty = self.shape_type(to);
        let r = if signed {
            self.b.build_int_s_extend(part, ty, "").ir()?
        } else {
            self.b.build_int_z_extend(part, ty, "").ir()?
        };
        self.push_vec(r)
    }
}
