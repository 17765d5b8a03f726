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
use trident_compiler::wasmparser::Operator;

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

    fn fbin_constrained(&mut self, shape: Shape, op: &str) -> Result<()> {
        let (a, b) = self.pop2_vec(shape)?;
        let ty = a.get_type();
        let v = self
            .constrained(op, &[ty.into()], &[a.into(), b.into()], true)?
            .into_vector_value();
        self.push_float_result(v, shape)
    }

    fn funary(&mut self, shape: Shape, name: &str) -> Result<()> {
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
    fn sign_op(&mut self, shape: Shape, neg: bool) -> Result<()> {
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

    fn vmin_max(&mut self, shape: Shape, max: bool) -> Result<()> {
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
    fn pmin_max(&mut self, shape: Shape, max: bool) -> Result<()> {
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

    fn vfcmp(&mut self, shape: Shape, pred: FloatPredicate) -> Result<()> {
        let (a, b) = self.pop2_vec(shape)?;
        let c = self.b.build_float_compare(pred, a, b, "").ir()?;
        let v = self
            .b
            .build_int_s_extend(c, self.shape_type(shape.as_int()), "")
            .ir()?;
        self.push_vec(v)
    }

    /// Translates a float SIMD operator; false if `op` is not one.
    pub(crate) fn translate_simd_float(&mut self, op: &Operator<'_>) -> Result<bool> {
        use FloatPredicate as P;
        use Operator as O;
        use Shape::*;
        match op {
            O::F32x4Add => self.fbin_constrained(F32x4, "fadd")?,
            O::F32x4Sub => self.fbin_constrained(F32x4, "fsub")?,
            O::F32x4Mul => self.fbin_constrained(F32x4, "fmul")?,
            O::F32x4Div => self.fbin_constrained(F32x4, "fdiv")?,
            O::F64x2Add => self.fbin_constrained(F64x2, "fadd")?,
            O::F64x2Sub => self.fbin_constrained(F64x2, "fsub")?,
            O::F64x2Mul => self.fbin_constrained(F64x2, "fmul")?,
            O::F64x2Div => self.fbin_constrained(F64x2, "fdiv")?,
            O::F32x4Sqrt => self.funary(F32x4, "sqrt")?,
            O::F64x2Sqrt => self.funary(F64x2, "sqrt")?,
            O::F32x4Ceil => self.funary(F32x4, "llvm.ceil")?,
            O::F32x4Floor => self.funary(F32x4, "llvm.floor")?,
            O::F32x4Trunc => self.funary(F32x4, "llvm.trunc")?,
            O::F32x4Nearest => self.funary(F32x4, "llvm.roundeven")?,
            O::F64x2Ceil => self.funary(F64x2, "llvm.ceil")?,
            O::F64x2Floor => self.funary(F64x2, "llvm.floor")?,
            O::F64x2Trunc => self.funary(F64x2, "llvm.trunc")?,
            O::F64x2Nearest => self.funary(F64x2, "llvm.roundeven")?,
            O::F32x4Abs => self.sign_op(F32x4, false)?,
            O::F32x4Neg => self.sign_op(F32x4, true)?,
            O::F64x2Abs => self.sign_op(F64x2, false)?,
            O::F64x2Neg => self.sign_op(F64x2, true)?,
            O::F32x4Min => self.vmin_max(F32x4, false)?,
            O::F32x4Max => self.vmin_max(F32x4, true)?,
            O::F64x2Min => self.vmin_max(F64x2, false)?,
            O::F64x2Max => self.vmin_max(F64x2, true)?,
            O::F32x4PMin => self.pmin_max(F32x4, false)?,
            O::F32x4PMax => self.pmin_max(F32x4, true)?,
            O::F64x2PMin => self.pmin_max(F64x2, false)?,
            O::F64x2PMax => self.pmin_max(F64x2, true)?,
            O::F32x4Eq => self.vfcmp(F32x4, P::OEQ)?,
            O::F32x4Ne => self.vfcmp(F32x4, P::UNE)?,
            O::F32x4Lt => self.vfcmp(F32x4, P::OLT)?,
            O::F32x4Gt => self.vfcmp(F32x4, P::OGT)?,
            O::F32x4Le => self.vfcmp(F32x4, P::OLE)?,
            O::F32x4Ge => self.vfcmp(F32x4, P::OGE)?,
            O::F64x2Eq => self.vfcmp(F64x2, P::OEQ)?,
            O::F64x2Ne => self.vfcmp(F64x2, P::UNE)?,
            O::F64x2Lt => self.vfcmp(F64x2, P::OLT)?,
            O::F64x2Gt => self.vfcmp(F64x2, P::OGT)?,
            O::F64x2Le => self.vfcmp(F64x2, P::OLE)?,
            O::F64x2Ge => self.vfcmp(F64x2, P::OGE)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
