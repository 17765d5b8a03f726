//! Relaxed SIMD, decoded into Wasm 2.0 SIMD: Trident's deterministic
//! choice for each relaxed operator, the same bits on every back end and
//! ISA (so determinism and NaN canonicalization hold as for 2.0 SIMD).
//!
//! Each relaxed operator is allowed, by the proposal, a set of results;
//! the choice here is always one of them and is the standard operator
//! named beside it:
//!
//! | relaxed operator | computed as |
//! | --- | --- |
//! | `i8x16.relaxed_swizzle` | `i8x16.swizzle` (an index ≥ 16 gives 0) |
//! | `i32x4.relaxed_trunc_f32x4_{s,u}`, `…_f64x2_{s,u}_zero` | the saturating `trunc_sat` forms |
//! | `{i8x16,i16x8,i32x4,i64x2}.relaxed_laneselect` | `v128.bitselect` |
//! | `{f32x4,f64x2}.relaxed_{min,max}` | `{f32x4,f64x2}.{min,max}` |
//! | `i16x8.relaxed_q15mulr_s` | `i16x8.q15mulr_sat_s` |
//! | `{f32x4,f64x2}.relaxed_madd` / `relaxed_nmadd` | `mul` then `add` (`-(a*b)+c` for `nmadd`), not fused ([`SimdEmitter::v128_mul_add`]) |
//! | `i16x8.relaxed_dot_i8x16_i7x16_s`, `i32x4.…_add_s` | both operands signed, pairs summed wrapping to 16 bits ([`SimdEmitter::v128_dot_i8x16_i7x16`]) |
//!
//! Every relaxed operator is built; [`relaxed_equivalent`] is `None` only
//! for the multiply-adds and dot products, which have emitter methods of
//! their own.

use super::simd::{simd, SimdEmitter};
use crate::driver::function::FuncEmitter;
use crate::operators::{operator_name, Shape};
use trident_types::CompileError;
use wasmparser::Operator;

/// The standard SIMD operator Trident computes for relaxed operator `op`,
/// or `None` for one not built yet.
pub fn relaxed_equivalent(op: &Operator<'_>) -> Option<Operator<'static>> {
    use Operator as O;
    Some(match op {
        O::I8x16RelaxedSwizzle => O::I8x16Swizzle,
        O::I32x4RelaxedTruncF32x4S => O::I32x4TruncSatF32x4S,
        O::I32x4RelaxedTruncF32x4U => O::I32x4TruncSatF32x4U,
        O::I32x4RelaxedTruncF64x2SZero => O::I32x4TruncSatF64x2SZero,
        O::I32x4RelaxedTruncF64x2UZero => O::I32x4TruncSatF64x2UZero,
        O::I8x16RelaxedLaneselect
        | O::I16x8RelaxedLaneselect
        | O::I32x4RelaxedLaneselect
        | O::I64x2RelaxedLaneselect => O::V128Bitselect,
        O::F32x4RelaxedMin => O::F32x4Min,
        O::F32x4RelaxedMax => O::F32x4Max,
        O::F64x2RelaxedMin => O::F64x2Min,
        O::F64x2RelaxedMax => O::F64x2Max,
        O::I16x8RelaxedQ15mulrS => O::I16x8Q15MulrSatS,
        _ => return None,
    })
}

/// Decodes a relaxed SIMD operator for `e` as its standard equivalent.
pub fn relaxed_simd<E: SimdEmitter + FuncEmitter>(
    e: &mut E,
    op: &Operator<'_>,
) -> Result<bool, CompileError> {
    use Operator as O;
    match *op {
        O::F32x4RelaxedMadd => return e.v128_mul_add(Shape::F32x4, false).map(|()| true),
        O::F32x4RelaxedNmadd => return e.v128_mul_add(Shape::F32x4, true).map(|()| true),
        O::F64x2RelaxedMadd => return e.v128_mul_add(Shape::F64x2, false).map(|()| true),
        O::F64x2RelaxedNmadd => return e.v128_mul_add(Shape::F64x2, true).map(|()| true),
        O::I16x8RelaxedDotI8x16I7x16S => return e.v128_dot_i8x16_i7x16(false).map(|()| true),
        O::I32x4RelaxedDotI8x16I7x16AddS => return e.v128_dot_i8x16_i7x16(true).map(|()| true),
        _ => {}
    }
    match relaxed_equivalent(op) {
        Some(standard) => simd(e, &standard),
        None => Err(CompileError::Unsupported {
            backend: E::BACKEND,
            what: format!(
                "operator {} (an unknown relaxed SIMD operator)",
                operator_name(op)
            ),
            offset: Some(e.state().offset),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operators::{classify, OpClass};

    /// Every equivalent is a Wasm 2.0 SIMD operator, and exactly the
    /// madd/nmadd and dot-product forms have none.
    #[test]
    fn equivalents_are_standard_simd() {
        let mut without = Vec::new();
        for op in [
            Operator::F32x4RelaxedMadd,
            Operator::F32x4RelaxedNmadd,
            Operator::F64x2RelaxedMadd,
            Operator::F64x2RelaxedNmadd,
            Operator::I16x8RelaxedDotI8x16I7x16S,
            Operator::I32x4RelaxedDotI8x16I7x16AddS,
        ] {
            if relaxed_equivalent(&op).is_none() {
                without.push(op);
            }
        }
        assert_eq!(without.len(), 6);
        for op in [
            Operator::I8x16RelaxedSwizzle,
            Operator::I32x4RelaxedTruncF64x2UZero,
            Operator::I64x2RelaxedLaneselect,
            Operator::F64x2RelaxedMax,
            Operator::I16x8RelaxedQ15mulrS,
        ] {
            assert_eq!(classify(&op), Some(OpClass::RelaxedSimd));
            let standard = relaxed_equivalent(&op).expect("an equivalent");
            assert_eq!(classify(&standard), Some(OpClass::Simd), "{op:?}");
        }
    }
}
