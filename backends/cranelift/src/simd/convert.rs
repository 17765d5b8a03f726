//! Conversions between integer and float lanes.
//!
//! * `trunc_sat` saturates out-of-range lanes and gives 0 for NaN lanes,
//!   which is what CLIF's `fcvt_to_{s,u}int_sat` define. The `f64x2 →
//!   i32x4 …_zero` forms convert to `i64x2` and narrow with a zero upper
//!   half (`snarrow`/`uunarrow` against zero): a shape Cranelift lowers to
//!   `cvttpd2dq`-style sequences.
//! * `convert_low` widens the low two `i32` lanes and converts them.
//! * `demote_f64x2_zero` and `promote_low_f32x4` are `fvdemote` and
//!   `fvpromote_low`; both can produce NaNs, so NaN canonicalization
//!   applies to them.

use super::vconst;
use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::{types, InstBuilder};
use trident_compiler::wasmparser::Operator;

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// Translates a SIMD conversion; false if `op` is not one.
    pub(crate) fn translate_simd_convert(&mut self, op: &Operator<'_>) -> Result<bool> {
        use types::{F32X4, F64X2, I32X4, I64X2};
        match op {
            Operator::I32x4TruncSatF32x4S => {
                self.vec_unop(F32X4, |b, x| b.ins().fcvt_to_sint_sat(I32X4, x))?
            }
            Operator::I32x4TruncSatF32x4U => {
                self.vec_unop(F32X4, |b, x| b.ins().fcvt_to_uint_sat(I32X4, x))?
            }
            Operator::I32x4TruncSatF64x2SZero => self.vec_unop(F64X2, |b, x| {
                let wide = b.ins().fcvt_to_sint_sat(I64X2, x);
                let zero = vconst(b, I64X2, [0; 16]);
                b.ins().snarrow(wide, zero)
            })?,
            Operator::I32x4TruncSatF64x2UZero => self.vec_unop(F64X2, |b, x| {
                let wide = b.ins().fcvt_to_uint_sat(I64X2, x);
                let zero = vconst(b, I64X2, [0; 16]);
                b.ins().uunarrow(wide, zero)
            })?,
            Operator::F32x4ConvertI32x4S => {
                self.vec_unop(I32X4, |b, x| b.ins().fcvt_from_sint(F32X4, x))?
            }
            Operator::F32x4ConvertI32x4U => {
                self.vec_unop(I32X4, |b, x| b.ins().fcvt_from_uint(F32X4, x))?
            }
            Operator::F64x2ConvertLowI32x4S => self.vec_unop(I32X4, |b, x| {
                let wide = b.ins().swiden_low(x);
                b.ins().fcvt_from_sint(F64X2, wide)
            })?,
            Operator::F64x2ConvertLowI32x4U => self.vec_unop(I32X4, |b, x| {
                let wide = b.ins().uwiden_low(x);
                b.ins().fcvt_from_uint(F64X2, wide)
            })?,
            Operator::F32x4DemoteF64x2Zero => {
                let x = self.pop_vec(F64X2)?;
                let r = self.b.ins().fvdemote(x);
                self.push_float_vec(r);
            }
            Operator::F64x2PromoteLowF32x4 => {
                let x = self.pop_vec(F32X4)?;
                let r = self.b.ins().fvpromote_low(x);
                self.push_float_vec(r);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
