//! Integer and bitwise SIMD operators.
//!
//! Most map to one CLIF instruction on the operator's lane type. The ones
//! that need a sentence:
//! * Shifts take a scalar `i32` count; CLIF takes it modulo the lane
//!   width, as Wasm does.
//! * Comparisons produce all-ones/all-zeros lane masks (`icmp` on vectors).
//! * `any_true`/`all_true` yield an `i8` boolean, zero-extended to `i32`;
//!   `bitmask` is `vhigh_bits` (the top bit of every lane) as `i32`.
//! * `extmul` is a multiply of the widened halves; `extadd_pairwise` and
//!   `dot` add adjacent lanes with `iadd_pairwise`. Cranelift recognizes
//!   these shapes and selects the dedicated instructions (`pmaddwd`, …).
//! * `v128.andnot a b` is `a & !b` (`band_not`); `v128.bitselect v1 v2 c`
//!   takes bits of `v1` where `c` is set (`bitselect c v1 v2`).

use super::{lanes_of_op, V128};
use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Type, Value};
use cranelift_frontend::FunctionBuilder;
use trident_compiler::wasmparser::Operator;

/// Which half of a vector a widening operator reads.
#[derive(Clone, Copy)]
enum Half {
    Low,
    High,
}

/// Widens half of `x` to lanes of twice the width.
fn widen(b: &mut FunctionBuilder<'_>, x: Value, half: Half, signed: bool) -> Value {
    match (half, signed) {
        (Half::Low, true) => b.ins().swiden_low(x),
        (Half::High, true) => b.ins().swiden_high(x),
        (Half::Low, false) => b.ins().uwiden_low(x),
        (Half::High, false) => b.ins().uwiden_high(x),
    }
}

impl<'e, 'f> FuncTranslator<'e, 'f> {
    fn vec_icmp(&mut self, ty: Type, cc: IntCC) -> Result<()> {
        self.vec_binop(ty, |b, x, y| b.ins().icmp(cc, x, y))
    }

    /// A shift of lanes of `ty` by the popped `i32` count.
    fn vec_shift(
        &mut self,
        ty: Type,
        f: fn(&mut FunctionBuilder<'_>, Value, Value) -> Value,
    ) -> Result<()> {
        let count = self.pop()?;
        let x = self.pop_vec(ty)?;
        let r = f(&mut self.b, x, count);
        self.push_vec(r);
        Ok(())
    }

    /// `any_true`, `all_true` or `bitmask`: a vector reduced to an `i32`.
    fn vec_reduce(
        &mut self,
        ty: Type,
        f: fn(&mut FunctionBuilder<'_>, Value) -> Value,
    ) -> Result<()> {
        let x = self.pop_vec(ty)?;
        let r = f(&mut self.b, x);
        let r = if self.b.func.dfg.value_type(r) == types::I32 {
            r
        } else {
            self.b.ins().uextend(types::I32, r)
        };
        self.push(r);
        Ok(())
    }

    /// Widens half of the popped `ty` vector.
    fn vec_widen(&mut self, ty: Type, half: Half, signed: bool) -> Result<()> {
        self.vec_unop(ty, |b, x| widen(b, x, half, signed))
    }

    /// Multiplies the widened halves of two `ty` vectors.
    fn vec_extmul(&mut self, ty: Type, half: Half, signed: bool) -> Result<()> {
        self.vec_binop(ty, |b, x, y| {
            let x = widen(b, x, half, signed);
            let y = widen(b, y, half, signed);
            b.ins().imul(x, y)
        })
    }

    /// Adds adjacent lane pairs of a `ty` vector into lanes twice as wide.
    fn vec_extadd_pairwise(&mut self, ty: Type, signed: bool) -> Result<()> {
        self.vec_unop(ty, |b, x| {
            let low = widen(b, x, Half::Low, signed);
            let high = widen(b, x, Half::High, signed);
            b.ins().iadd_pairwise(low, high)
        })
    }

    /// Translates an integer or bitwise SIMD operator; false if `op` is not
    /// one.
    pub(crate) fn translate_simd_integer(&mut self, op: &Operator<'_>) -> Result<bool> {
        if self.translate_simd_bitwise(op)? || self.translate_simd_icmp(op)? {
            return Ok(true);
        }
        use types::{I16X8, I32X4, I8X16};
        match op {
            // Lane arithmetic.
            Operator::I8x16Add | Operator::I16x8Add | Operator::I32x4Add | Operator::I64x2Add => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().iadd(x, y))?
            }
            Operator::I8x16Sub | Operator::I16x8Sub | Operator::I32x4Sub | Operator::I64x2Sub => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().isub(x, y))?
            }
            Operator::I16x8Mul | Operator::I32x4Mul | Operator::I64x2Mul => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().imul(x, y))?
            }
            Operator::I8x16Neg | Operator::I16x8Neg | Operator::I32x4Neg | Operator::I64x2Neg => {
                self.vec_unop(lanes_of_op(op), |b, x| b.ins().ineg(x))?
            }
            Operator::I8x16Abs | Operator::I16x8Abs | Operator::I32x4Abs | Operator::I64x2Abs => {
                self.vec_unop(lanes_of_op(op), |b, x| b.ins().iabs(x))?
            }
            Operator::I8x16Popcnt => self.vec_unop(I8X16, |b, x| b.ins().popcnt(x))?,
            Operator::I8x16AddSatS | Operator::I16x8AddSatS => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().sadd_sat(x, y))?
            }
            Operator::I8x16AddSatU | Operator::I16x8AddSatU => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().uadd_sat(x, y))?
            }
            Operator::I8x16SubSatS | Operator::I16x8SubSatS => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().ssub_sat(x, y))?
            }
            Operator::I8x16SubSatU | Operator::I16x8SubSatU => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().usub_sat(x, y))?
            }
            Operator::I8x16MinS | Operator::I16x8MinS | Operator::I32x4MinS => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().smin(x, y))?
            }
            Operator::I8x16MinU | Operator::I16x8MinU | Operator::I32x4MinU => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().umin(x, y))?
            }
            Operator::I8x16MaxS | Operator::I16x8MaxS | Operator::I32x4MaxS => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().smax(x, y))?
            }
            Operator::I8x16MaxU | Operator::I16x8MaxU | Operator::I32x4MaxU => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().umax(x, y))?
            }
            Operator::I8x16AvgrU | Operator::I16x8AvgrU => {
                self.vec_binop(lanes_of_op(op), |b, x, y| b.ins().avg_round(x, y))?
            }
            Operator::I16x8Q15MulrSatS => {
                self.vec_binop(I16X8, |b, x, y| b.ins().sqmul_round_sat(x, y))?
            }

            // Shifts.
            Operator::I8x16Shl | Operator::I16x8Shl | Operator::I32x4Shl | Operator::I64x2Shl => {
                self.vec_shift(lanes_of_op(op), |b, x, c| b.ins().ishl(x, c))?
            }
            Operator::I8x16ShrS
            | Operator::I16x8ShrS
            | Operator::I32x4ShrS
            | Operator::I64x2ShrS => {
                self.vec_shift(lanes_of_op(op), |b, x, c| b.ins().sshr(x, c))?
            }
            Operator::I8x16ShrU
            | Operator::I16x8ShrU
            | Operator::I32x4ShrU
            | Operator::I64x2ShrU => {
                self.vec_shift(lanes_of_op(op), |b, x, c| b.ins().ushr(x, c))?
            }

            // Reductions.
            Operator::V128AnyTrue => self.vec_reduce(V128, |b, x| b.ins().vany_true(x))?,
            Operator::I8x16AllTrue
            | Operator::I16x8AllTrue
            | Operator::I32x4AllTrue
            | Operator::I64x2AllTrue => {
                self.vec_reduce(lanes_of_op(op), |b, x| b.ins().vall_true(x))?
            }
            Operator::I8x16Bitmask
            | Operator::I16x8Bitmask
            | Operator::I32x4Bitmask
            | Operator::I64x2Bitmask => {
                self.vec_reduce(lanes_of_op(op), |b, x| b.ins().vhigh_bits(types::I32, x))?
            }

            // Narrowing (saturating) and widening.
            Operator::I8x16NarrowI16x8S => {
                self.vec_binop(I16X8, |b, x, y| b.ins().snarrow(x, y))?
            }
            Operator::I8x16NarrowI16x8U => {
                self.vec_binop(I16X8, |b, x, y| b.ins().unarrow(x, y))?
            }
            Operator::I16x8NarrowI32x4S => {
                self.vec_binop(I32X4, |b, x, y| b.ins().snarrow(x, y))?
            }
            Operator::I16x8NarrowI32x4U => {
                self.vec_binop(I32X4, |b, x, y| b.ins().unarrow(x, y))?
            }
            Operator::I16x8ExtendLowI8x16S => self.vec_widen(I8X16, Half::Low, true)?,
            Operator::I16x8ExtendHighI8x16S => self.vec_widen(I8X16, Half::High, true)?,
            Operator::I16x8ExtendLowI8x16U => self.vec_widen(I8X16, Half::Low, false)?,
            Operator::I16x8ExtendHighI8x16U => self.vec_widen(I8X16, Half::High, false)?,
            Operator::I32x4ExtendLowI16x8S => self.vec_widen(I16X8, Half::Low, true)?,
            Operator::I32x4ExtendHighI16x8S => self.vec_widen(I16X8, Half::High, true)?,
            Operator::I32x4ExtendLowI16x8U => self.vec_widen(I16X8, Half::Low, false)?,
            Operator::I32x4ExtendHighI16x8U => self.vec_widen(I16X8, Half::High, false)?,
            Operator::I64x2ExtendLowI32x4S => self.vec_widen(I32X4, Half::Low, true)?,
            Operator::I64x2ExtendHighI32x4S => self.vec_widen(I32X4, Half::High, true)?,
            Operator::I64x2ExtendLowI32x4U => self.vec_widen(I32X4, Half::Low, false)?,
            Operator::I64x2ExtendHighI32x4U => self.vec_widen(I32X4, Half::High, false)?,

            // Widening multiplies and pairwise sums.
            Operator::I16x8ExtMulLowI8x16S => self.vec_extmul(I8X16, Half::Low, true)?,
            Operator::I16x8ExtMulHighI8x16S => self.vec_extmul(I8X16, Half::High, true)?,
            Operator::I16x8ExtMulLowI8x16U => self.vec_extmul(I8X16, Half::Low, false)?,
            Operator::I16x8ExtMulHighI8x16U => self.vec_extmul(I8X16, Half::High, false)?,
            Operator::I32x4ExtMulLowI16x8S => self.vec_extmul(I16X8, Half::Low, true)?,
            Operator::I32x4ExtMulHighI16x8S => self.vec_extmul(I16X8, Half::High, true)?,
            Operator::I32x4ExtMulLowI16x8U => self.vec_extmul(I16X8, Half::Low, false)?,
            Operator::I32x4ExtMulHighI16x8U => self.vec_extmul(I16X8, Half::High, false)?,
            Operator::I64x2ExtMulLowI32x4S => self.vec_extmul(I32X4, Half::Low, true)?,
            Operator::I64x2ExtMulHighI32x4S => self.vec_extmul(I32X4, Half::High, true)?,
            Operator::I64x2ExtMulLowI32x4U => self.vec_extmul(I32X4, Half::Low, false)?,
            Operator::I64x2ExtMulHighI32x4U => self.vec_extmul(I32X4, Half::High, false)?,
            Operator::I16x8ExtAddPairwiseI8x16S => self.vec_extadd_pairwise(I8X16, true)?,
            Operator::I16x8ExtAddPairwiseI8x16U => self.vec_extadd_pairwise(I8X16, false)?,
            Operator::I32x4ExtAddPairwiseI16x8S => self.vec_extadd_pairwise(I16X8, true)?,
            Operator::I32x4ExtAddPairwiseI16x8U => self.vec_extadd_pairwise(I16X8, false)?,
            Operator::I32x4DotI16x8S => self.vec_binop(I16X8, |b, x, y| {
                let (xl, yl) = (b.ins().swiden_low(x), b.ins().swiden_low(y));
                let low = b.ins().imul(xl, yl);
                let (xh, yh) = (b.ins().swiden_high(x), b.ins().swiden_high(y));
                let high = b.ins().imul(xh, yh);
                b.ins().iadd_pairwise(low, high)
            })?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The whole-vector bitwise operators.
    fn translate_simd_bitwise(&mut self, op: &Operator<'_>) -> Result<bool> {
        match op {
            Operator::V128Not => self.vec_unop(V128, |b, x| b.ins().bnot(x))?,
            Operator::V128And => self.vec_binop(V128, |b, x, y| b.ins().band(x, y))?,
            Operator::V128AndNot => self.vec_binop(V128, |b, x, y| b.ins().band_not(x, y))?,
            Operator::V128Or => self.vec_binop(V128, |b, x, y| b.ins().bor(x, y))?,
            Operator::V128Xor => self.vec_binop(V128, |b, x, y| b.ins().bxor(x, y))?,
            Operator::V128Bitselect => {
                let c = self.pop_vec(V128)?;
                let (x, y) = self.pop_vec2(V128)?;
                let r = self.b.ins().bitselect(c, x, y);
                self.push_vec(r);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The integer lane comparisons.
    fn translate_simd_icmp(&mut self, op: &Operator<'_>) -> Result<bool> {
        use IntCC::*;
        let cc = match op {
            Operator::I8x16Eq | Operator::I16x8Eq | Operator::I32x4Eq | Operator::I64x2Eq => Equal,
            Operator::I8x16Ne | Operator::I16x8Ne | Operator::I32x4Ne | Operator::I64x2Ne => {
                NotEqual
            }
            Operator::I8x16LtS | Operator::I16x8LtS | Operator::I32x4LtS | Operator::I64x2LtS => {
                SignedLessThan
            }
            Operator::I8x16GtS | Operator::I16x8GtS | Operator::I32x4GtS | Operator::I64x2GtS => {
                SignedGreaterThan
            }
            Operator::I8x16LeS | Operator::I16x8LeS | Operator::I32x4LeS | Operator::I64x2LeS => {
                SignedLessThanOrEqual
            }
            Operator::I8x16GeS | Operator::I16x8GeS | Operator::I32x4GeS | Operator::I64x2GeS => {
                SignedGreaterThanOrEqual
            }
            Operator::I8x16LtU | Operator::I16x8LtU | Operator::I32x4LtU => UnsignedLessThan,
            Operator::I8x16GtU | Operator::I16x8GtU | Operator::I32x4GtU => UnsignedGreaterThan,
            Operator::I8x16LeU | Operator::I16x8LeU | Operator::I32x4LeU => UnsignedLessThanOrEqual,
            Operator::I8x16GeU | Operator::I16x8GeU | Operator::I32x4GeU => {
                UnsignedGreaterThanOrEqual
            }
            _ => return Ok(false),
        };
        self.vec_icmp(lanes_of_op(op), cc)?;
        Ok(true)
    }
}
