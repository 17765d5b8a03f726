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

use crate::translator::{FuncTranslator, Result};
use cranelift_codegen::ir::{types, InstBuilder, Type, Value};
use cranelift_frontend::FunctionBuilder;

/// Which half of a vector a widening operator reads.
#[derive(Clone, Copy)]
pub(super) enum Half {
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
    /// A shift of lanes of `ty` by the popped `i32` count.
    pub(super) fn vec_shift(
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
    pub(super) fn vec_reduce(
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
    pub(super) fn vec_widen(&mut self, ty: Type, half: Half, signed: bool) -> Result<()> {
        self.vec_unop(ty, |b, x| widen(b, x, half, signed))
    }

    /// Multiplies the widened halves of two `ty` vectors.
    pub(super) fn vec_extmul(&mut self, ty: Type, half: Half, signed: bool) -> Result<()> {
        self.vec_binop(ty, |b, x, y| {
            let x = widen(b, x, half, signed);
            let y = widen(b, y, half, signed);
            b.ins().imul(x, y)
        })
    }

    /// Adds adjacent lane pairs of a `ty` vector into lanes twice as wide.
    pub(super) fn vec_extadd_pairwise(&mut self, ty: Type, signed: bool) -> Result<()> {
        self.vec_unop(ty, |b, x| {
            let low = widen(b, x, Half::Low, signed);
            let high = widen(b, x, Half::High, signed);
            b.ins().iadd_pairwise(low, high)
        })
    }
}
