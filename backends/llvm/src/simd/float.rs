//! Float SIMD operators: arithmetic, `sqrt`, rounding, `abs`/`neg`,
//! `min`/`max`, `pmin`/`pmax` and comparisons.
//!
//! The scalar rules of `numeric.rs` hold lane by lane:
//!
//! * `add`, `sub`, `mul`, `div`, `sqrt` are constrained intrinsics with
//!   `fpexcept.maytrap`, so LLVM never folds `x * 1.0` and the like into
//!   an unquieted signalling NaN;
//! * `min`/`max` are compares and selects: a NaN operand gives the
//!   (quieting) sum of the operands, equal operands merge their bits so
//!   that `min(+0, −0) = −0` and `max(+0, −0) = +0`; the hardware
//!   `minps` returns its second operand instead;
//! * `pmin`/`pmax` are exactly the spec's `b < a ? b : a` and
//!   `a < b ? b : a`;
//! * `abs`/`neg` clear or flip the sign bit as integers (no NaN change);
//! * comparisons give all-ones/all-zero integer lanes; `ne` is unordered.
//!
//! With `nan_canonicalization`, every lane of the results the spec allows
//! to be an arbitrary NaN (arithmetic, rounding, `min`/`max`, and the
//! conversions `demote`/`promote` in `convert.rs`) is replaced by the
//! canonical NaN when it is one.

use super::Shape;
use crate::error::{IrResult, Result};
use crate::translator::FuncTranslator;
use inkwell::values::VectorValue;
use inkwell::FloatPredicate;

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// `v`, with NaN lanes canonical when the options ask for it.
    pub(crate) fn canonicalize_vec(
        &self,
        v: VectorValue<'ctx>,
        shape: Shape,
    ) -> Result<VectorValue<'ctx>> {
        if !self.env.options.nan_canonicalization {
            return Ok(v);
        }
        let bits = match shape {
            Shape::F32x4 => 0x7fc0_0000,
            _ => 0x7ff8_0000_0000_0000,
        };
        let canonical = self.const_splat(shape.as_int(), bits);
        let canonical = self.as_shape(canonical, shape)?;
        let nan = self
            .b
            .build_float_compare(FloatPredicate::UNO, v, v, "")
            .ir()?;
        Ok(self
            .b
            .build_select(nan, canonical, v, "")
            .ir()?
            .into_vector_value())
    }

    fn push_float_result(&mut self, v: VectorValue<'ctx>, shape: Shape) -> Result<()> {
        let v = self.canonicalize_vec(v, shape)?;
        self.push_vec(v)
    }

    pub(super) fn fbin_constrained(&mut self, shape: Shape, op: &str) -> Result<()> {
        let (a, b) = self.pop2_vec(shape)?;
        let ty = a.get_type();
        let v = self
            .constrained(op, &[ty.into()], &[a.into(), b.into()], true)?
            .into_vector_value();
        self.push_float_result(v, shape)
    }

    pub(super) fn funary(&mut self, shape: Shape, name: &str) -> Result<()> {
        let x = self.pop_vec(shape)?;
        let ty = x.get_type();
        let v = if name == "sqrt" {
            self.constrained("sqrt", &[ty.into()], &[x.into()], true)?
        } else {
            self.call_intrinsic(name, &[ty.into()], &[x.into()])?
        };
        self.push_float_result(v.into_vector_value(), shape)
    }

    /// `abs` (clear the sign bit) or `neg` (flip it).
    pub(super) fn sign_op(&mut self, shape: Shape, neg: bool) -> Result<()> {
        let int = shape.as_int();
        let x = self.pop_vec(int)?;
        let sign = 1u64 << (shape.lane_bits() - 1);
        let v = if neg {
            self.b.build_xor(x, self.const_splat(int, sign), "").ir()?
        } else {
            self.b.build_and(x, self.const_splat(int, !sign), "").ir()?
        };
        self.push_vec(v)
    }

    pub(super) fn vmin_max(&mut self, shape: Shape, max: bool) -> Result<()> {
        let (a, b) = self.pop2_vec(shape)?;
        let int = shape.as_int();
        let bd = &self.b;
        let pick = if max {
            FloatPredicate::OGT
        } else {
            FloatPredicate::OLT
        };
        let first = bd.build_float_compare(pick, a, b, "").ir()?;
        let ordered = bd.build_select(first, a, b, "").ir()?;
        let ai = self.as_shape(a, int)?;
        let bi = self.as_shape(b, int)?;
        let merged = if max {
            self.b.build_and(ai, bi, "").ir()?
        } else {
            self.b.build_or(ai, bi, "").ir()?
        };
        let merged = self.as_shape(merged, shape)?;
        let eq = self
            .b
            .build_float_compare(FloatPredicate::OEQ, a, b, "")
            .ir()?;
        let r = self.b.build_select(eq, merged.into(), ordered, "").ir()?;
        let nan = self
            .b
            .build_float_compare(FloatPredicate::UNO, a, b, "")
            .ir()?;
        let quiet =
            self.constrained("fadd", &[a.get_type().into()], &[a.into(), b.into()], true)?;
        let v = self
            .b
            .build_select(nan, quiet, r, "")
            .ir()?
            .into_vector_value();
        self.push_float_result(v, shape)
    }

    /// `pmin` (`b < a ? b : a`) or `pmax` (`a < b ? b : a`).
    pub(super) fn pmin_max(&mut self, shape: Shape, max: bool) -> Result<()> {
        let (a, b) = self.pop2_vec(shape)?;
        let c = if max {
            self.b.build_float_compare(FloatPredicate::OLT, a, b, "")
        } else {
            self.b.build_float_compare(FloatPredicate::OLT, b, a, "")
        }
        .ir()?;
        let v = self.b.build_select(c, b, a, "").ir()?.into_vector_value();
        self.push_vec(v)
    }

    pub(super) fn vfcmp(&mut self, shape: Shape, pred: FloatPredicate) -> Result<()> {
        let (a, b) = self.pop2_vec(shape)?;
        let c = self.b.build_float_compare(pred, a, b, "").ir()?;
        let v = self
            .b
            .build_int_s_extend(c, self.shape_type(shape.as_int()), "")
            .ir()?;
        self.push_vec(v)
    }
}
