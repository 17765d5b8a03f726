//! Float SIMD operators: lane arithmetic, rounding, `min`/`max`,
//! `pmin`/`pmax` and comparisons.
//!
//! CLIF's vector `fmin`/`fmax` have Wasm's semantics (a NaN lane gives a
//! NaN, `-0 < +0`). `pmin a b` is `b < a ? b : a` and `pmax a b` is
//! `a < b ? b : a` lane-wise, built from an `fcmp` mask and `bitselect`, so
//! they return one of their inputs bit for bit. Comparisons give
//! all-ones/all-zeros integer lane masks.
//!
//! Results that can be a NaN go through `push_float_vec`, which applies
//! NaN canonicalization when it is on.

use super::{cast, lanes_of_op};
use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::{InstBuilder, Type, Value};
use cranelift_frontend::FunctionBuilder;
use trident_compiler::wasmparser::Operator;

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// A lane operation that may produce NaNs.
    fn float_unop(
        &mut self,
        ty: Type,
        f: fn(&mut FunctionBuilder<'_>, Value) -> Value,
    ) -> Result<()> {
        let x = self.pop_vec(ty)?;
        let r = f(&mut self.b, x);
        self.push_float_vec(r);
        Ok(())
    }

    /// A two-operand lane operation that may produce NaNs.
    fn float_binop(
        &mut self,
        ty: Type,
        f: fn(&mut FunctionBuilder<'_>, Value, Value) -> Value,
    ) -> Result<()> {
        let (x, y) = self.pop_vec2(ty)?;
        let r = f(&mut self.b, x, y);
        self.push_float_vec(r);
        Ok(())
    }

    fn vec_fcmp(&mut self, ty: Type, cc: FloatCC) -> Result<()> {
        self.vec_binop(ty, |b, x, y| b.ins().fcmp(cc, x, y))
    }

    /// `pmin` (`max == false`) or `pmax`.
    fn pseudo_minmax(&mut self, ty: Type, max: bool) -> Result<()> {
        self.vec_binop(ty, |b, x, y| {
            // pmin: y < x picks y; pmax: x < y picks y.
            let mask = if max {
                b.ins().fcmp(FloatCC::LessThan, x, y)
            } else {
                b.ins().fcmp(FloatCC::LessThan, y, x)
            };
            let mask = cast(b, ty, mask);
            b.ins().bitselect(mask, y, x)
        })
    }

    /// Translates a float SIMD operator; false if `op` is not one.
    pub(crate) fn translate_simd_float(&mut self, op: &Operator<'_>) -> Result<bool> {
        use Operator::*;
        let ty = lanes_of_op(op);
        match op {
            F32x4Abs | F64x2Abs => self.vec_unop(ty, |b, x| b.ins().fabs(x))?,
            F32x4Neg | F64x2Neg => self.vec_unop(ty, |b, x| b.ins().fneg(x))?,
            F32x4Sqrt | F64x2Sqrt => self.float_unop(ty, |b, x| b.ins().sqrt(x))?,
            F32x4Ceil | F64x2Ceil => self.float_unop(ty, |b, x| b.ins().ceil(x))?,
            F32x4Floor | F64x2Floor => self.float_unop(ty, |b, x| b.ins().floor(x))?,
            F32x4Trunc | F64x2Trunc => self.float_unop(ty, |b, x| b.ins().trunc(x))?,
            F32x4Nearest | F64x2Nearest => self.float_unop(ty, |b, x| b.ins().nearest(x))?,
            F32x4Add | F64x2Add => self.float_binop(ty, |b, x, y| b.ins().fadd(x, y))?,
            F32x4Sub | F64x2Sub => self.float_binop(ty, |b, x, y| b.ins().fsub(x, y))?,
            F32x4Mul | F64x2Mul => self.float_binop(ty, |b, x, y| b.ins().fmul(x, y))?,
            F32x4Div | F64x2Div => self.float_binop(ty, |b, x, y| b.ins().fdiv(x, y))?,
            F32x4Min | F64x2Min => self.float_binop(ty, |b, x, y| b.ins().fmin(x, y))?,
            F32x4Max | F64x2Max => self.float_binop(ty, |b, x, y| b.ins().fmax(x, y))?,
            F32x4PMin | F64x2PMin => self.pseudo_minmax(ty, false)?,
            F32x4PMax | F64x2PMax => self.pseudo_minmax(ty, true)?,
            F32x4Eq | F64x2Eq => self.vec_fcmp(ty, FloatCC::Equal)?,
            F32x4Ne | F64x2Ne => self.vec_fcmp(ty, FloatCC::NotEqual)?,
            F32x4Lt | F64x2Lt => self.vec_fcmp(ty, FloatCC::LessThan)?,
            F32x4Gt | F64x2Gt => self.vec_fcmp(ty, FloatCC::GreaterThan)?,
            F32x4Le | F64x2Le => self.vec_fcmp(ty, FloatCC::LessThanOrEqual)?,
            F32x4Ge | F64x2Ge => self.vec_fcmp(ty, FloatCC::GreaterThanOrEqual)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
