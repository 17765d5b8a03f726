//! Relaxed SIMD's host-native forms (`RelaxedSimd::Native`), as Cranelift
//! instructions that lower to one x86-64 instruction each (or `fmla`/
//! `fmls` on AArch64).
//!
//! | operator | x86-64 | AArch64 |
//! | --- | --- | --- |
//! | `relaxed_swizzle` | `x86_pshufb` | deterministic (`tbl`) |
//! | `relaxed_trunc_f32x4_s` | `x86_cvtt2dq` | deterministic (`fcvtzs`) |
//! | other `relaxed_trunc` | deterministic | deterministic |
//! | `relaxed_laneselect` (8, 32, 64-bit lanes) | `blendv` | deterministic (`bsl`) |
//! | `relaxed_min`/`max` | the `bitselect(fcmp lt)` shape Cranelift lowers to `minp*`/`maxp*` | deterministic (`fmin`/`fmax`) |
//! | `relaxed_q15mulr_s` | `x86_pmulhrsw` | deterministic (`sqrdmulh`) |
//! | `relaxed_madd`/`nmadd` | `fma` (with FMA) | `fma` (`fmla`/`fmls`) |
//! | `relaxed_dot…` | `x86_pmaddubsw` (+ `pmaddwd`, `paddd`) | deterministic |
//!
//! "Deterministic" means the back end declines and the driver decodes the
//! operator as Trident's deterministic choice, which on that ISA is
//! already the one-instruction form.

use super::{cast, vec_type};
use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::types::{F32X4, F64X2, I16X8, I32X4, I64X2, I8X16};
use cranelift_codegen::ir::InstBuilder;
pub(crate) use trident_compiler::decode::RelaxedTarget;
use trident_compiler::decode::{RelaxedOp, SimdEmitter};
use trident_compiler::operators::{Shape, VecUnOp};

impl FuncTranslator<'_, '_> {
    /// `op`'s native form, if the target has one (see the module table).
    pub(crate) fn relaxed_native_form(&mut self, op: RelaxedOp) -> Result<bool> {
        let Some(target) = self.env.relaxed_native else {
            return Ok(false);
        };
        let (x86, fma) = (target.is_x86(), target.has_fma());
        match op {
            RelaxedOp::Swizzle if x86 => {
                self.vec_binop(I8X16, |b, x, y| b.ins().x86_pshufb(x, y))?;
            }
            RelaxedOp::TruncF32x4 { signed: true } if x86 => {
                let x = self.pop_vec(F32X4)?;
                let r = self.b.ins().x86_cvtt2dq(I32X4, x);
                self.push_vec(r);
            }
            RelaxedOp::Laneselect(lanes @ (Shape::I8x16 | Shape::I32x4 | Shape::I64x2)) if x86 => {
                let ty = vec_type(lanes);
                let mask = self.pop_vec(ty)?;
                let (a, b) = self.pop_vec2(ty)?;
                let r = self.b.ins().blendv(mask, a, b);
                self.push_vec(r);
            }
            RelaxedOp::Min(lanes) | RelaxedOp::Max(lanes) if x86 => {
                let ty = float_type(lanes);
                let int = if ty == F32X4 { I32X4 } else { I64X2 };
                let (x, y) = self.pop_vec2(ty)?;
                // `minps x, y` is `x < y ? x : y`, `maxps x, y` is
                // `y < x ? x : y`: the shapes Cranelift matches.
                let (l, r) = if matches!(op, RelaxedOp::Min(_)) {
                    (x, y)
                } else {
                    (y, x)
                };
                let lt = self.b.ins().fcmp(FloatCC::LessThan, l, r);
                let mask = cast(&mut self.b, int, lt);
                let mask = cast(&mut self.b, ty, mask);
                let v = self.b.ins().bitselect(mask, x, y);
                self.push_vec(v);
            }
            RelaxedOp::Q15MulrS if x86 => {
                self.vec_binop(I16X8, |b, x, y| b.ins().x86_pmulhrsw(x, y))?;
            }
            RelaxedOp::MulAdd { lanes, negate } if fma => {
                let ty = float_type(lanes);
                let c = self.pop_vec(ty)?;
                let (a, b) = self.pop_vec2(ty)?;
                let a = if negate { self.b.ins().fneg(a) } else { a };
                let r = self.b.ins().fma(a, b, c);
                self.push_vec(r);
            }
            RelaxedOp::Dot { add } if x86 => {
                let c = if add {
                    Some(self.pop_vec(I32X4)?)
                } else {
                    None
                };
                let (a, b) = self.pop_vec2(I8X16)?;
                // Signed bytes of `a` times unsigned ones of `b` (the
                // 7-bit operand), pairs summed with saturation.
                let pairs = self.b.ins().x86_pmaddubsw(a, b);
                self.push_vec(pairs);
                if let Some(c) = c {
                    self.v128_unary(VecUnOp::ExtAddPairwiseS, Shape::I32x4)?;
                    let sums = self.pop_vec(I32X4)?;
                    let r = self.b.ins().iadd(sums, c);
                    self.push_vec(r);
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}

/// The CLIF type of a float shape (`F64X2` for anything but `F32x4`).
fn float_type(lanes: Shape) -> cranelift_codegen::ir::Type {
    if lanes == Shape::F32x4 {
        F32X4
    } else {
        F64X2
    }
}
