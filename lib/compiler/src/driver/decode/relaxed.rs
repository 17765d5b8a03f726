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
//!
//! Under `RelaxedSimd::Native` ([`SimdEmitter::relaxed_simd_native`]) the
//! back end is first offered the operator as a [`RelaxedOp`]
//! ([`SimdEmitter::relaxed_native`]): it emits the ISA's fastest allowed
//! form, or declines (emitting nothing) where the deterministic choice
//! above already is that form, and the operator is then decoded as above.

use super::simd::{simd, SimdEmitter};
use crate::driver::function::FuncEmitter;
use crate::operators::{operator_name, Shape};
use trident_types::CompileError;
use wasmparser::Operator;

/// A relaxed SIMD operator as a back end's native form sees it. Operands
/// are the operator's (`madd`: `a, b, c` for `a * b + c`; `laneselect`:
/// `a, b, mask`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelaxedOp {
    /// `i8x16.relaxed_swizzle`.
    Swizzle,
    /// `i32x4.relaxed_trunc_f32x4_{s,u}`.
    TruncF32x4 { signed: bool },
    /// `i32x4.relaxed_trunc_f64x2_{s,u}_zero`.
    TruncF64x2Zero { signed: bool },
    /// `{i8x16,i16x8,i32x4,i64x2}.relaxed_laneselect`.
    Laneselect(Shape),
    /// `{f32x4,f64x2}.relaxed_min`.
    Min(Shape),
    /// `{f32x4,f64x2}.relaxed_max`.
    Max(Shape),
    /// `i16x8.relaxed_q15mulr_s`.
    Q15MulrS,
    /// `{f32x4,f64x2}.relaxed_madd` (`negate`: `relaxed_nmadd`).
    MulAdd { lanes: Shape, negate: bool },
    /// `i16x8.relaxed_dot_i8x16_i7x16_s` (`add`: the `i32x4` `…_add_s`).
    Dot { add: bool },
}

impl RelaxedOp {
    /// The relaxed operator `op` is, if it is one.
    pub fn of(op: &Operator<'_>) -> Option<RelaxedOp> {
        use Operator as O;
        use RelaxedOp::*;
        Some(match *op {
            O::I8x16RelaxedSwizzle => Swizzle,
            O::I32x4RelaxedTruncF32x4S => TruncF32x4 { signed: true },
            O::I32x4RelaxedTruncF32x4U => TruncF32x4 { signed: false },
            O::I32x4RelaxedTruncF64x2SZero => TruncF64x2Zero { signed: true },
            O::I32x4RelaxedTruncF64x2UZero => TruncF64x2Zero { signed: false },
            O::I8x16RelaxedLaneselect => Laneselect(Shape::I8x16),
            O::I16x8RelaxedLaneselect => Laneselect(Shape::I16x8),
            O::I32x4RelaxedLaneselect => Laneselect(Shape::I32x4),
            O::I64x2RelaxedLaneselect => Laneselect(Shape::I64x2),
            O::F32x4RelaxedMin => Min(Shape::F32x4),
            O::F64x2RelaxedMin => Min(Shape::F64x2),
            O::F32x4RelaxedMax => Max(Shape::F32x4),
            O::F64x2RelaxedMax => Max(Shape::F64x2),
            O::I16x8RelaxedQ15mulrS => Q15MulrS,
            O::F32x4RelaxedMadd => MulAdd {
                lanes: Shape::F32x4,
                negate: false,
            },
            O::F32x4RelaxedNmadd => MulAdd {
                lanes: Shape::F32x4,
                negate: true,
            },
            O::F64x2RelaxedMadd => MulAdd {
                lanes: Shape::F64x2,
                negate: false,
            },
            O::F64x2RelaxedNmadd => MulAdd {
                lanes: Shape::F64x2,
                negate: true,
            },
            O::I16x8RelaxedDotI8x16I7x16S => Dot { add: false },
            O::I32x4RelaxedDotI8x16I7x16AddS => Dot { add: true },
            _ => return None,
        })
    }

    /// How many operands it pops.
    pub fn arity(self) -> usize {
        match self {
            RelaxedOp::TruncF32x4 { .. } | RelaxedOp::TruncF64x2Zero { .. } => 1,
            RelaxedOp::Laneselect(_) | RelaxedOp::MulAdd { .. } | RelaxedOp::Dot { add: true } => 3,
            _ => 2,
        }
    }
}

/// The native relaxed SIMD forms a target offers, as Cranelift and LLVM
/// decide theirs (singlepass's assembler level answers for itself).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelaxedTarget {
    /// x86-64 (SSE4.1 at least); `fma`: fused multiply-add too.
    X86 { fma: bool },
    /// AArch64, whose NEON always fuses (`fmla`/`fmls`).
    Aarch64,
}

impl RelaxedTarget {
    pub fn is_x86(self) -> bool {
        matches!(self, RelaxedTarget::X86 { .. })
    }

    /// Whether the target has a fused multiply-add.
    pub fn has_fma(self) -> bool {
        match self {
            RelaxedTarget::X86 { fma } => fma,
            RelaxedTarget::Aarch64 => true,
        }
    }
}

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
    if e.relaxed_simd_native() {
        if let Some(native) = RelaxedOp::of(op) {
            if e.relaxed_native(native)? {
                return Ok(true);
            }
        }
    }
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

    /// Every relaxed operator has a native-form name, and only they do.
    #[test]
    fn every_relaxed_operator_is_a_relaxed_op() {
        use Operator as O;
        let all = [
            O::I8x16RelaxedSwizzle,
            O::I32x4RelaxedTruncF32x4S,
            O::I32x4RelaxedTruncF32x4U,
            O::I32x4RelaxedTruncF64x2SZero,
            O::I32x4RelaxedTruncF64x2UZero,
            O::F32x4RelaxedMadd,
            O::F32x4RelaxedNmadd,
            O::F64x2RelaxedMadd,
            O::F64x2RelaxedNmadd,
            O::I8x16RelaxedLaneselect,
            O::I16x8RelaxedLaneselect,
            O::I32x4RelaxedLaneselect,
            O::I64x2RelaxedLaneselect,
            O::F32x4RelaxedMin,
            O::F32x4RelaxedMax,
            O::F64x2RelaxedMin,
            O::F64x2RelaxedMax,
            O::I16x8RelaxedQ15mulrS,
            O::I16x8RelaxedDotI8x16I7x16S,
            O::I32x4RelaxedDotI8x16I7x16AddS,
        ];
        let mut seen = Vec::new();
        for op in &all {
            assert_eq!(classify(op), Some(OpClass::RelaxedSimd), "{op:?}");
            let r = RelaxedOp::of(op).unwrap_or_else(|| panic!("{op:?}"));
            assert!(!seen.contains(&r), "{op:?} shares {r:?}");
            seen.push(r);
        }
        assert_eq!(RelaxedOp::of(&O::I8x16Swizzle), None);
        assert_eq!(
            RelaxedOp::MulAdd {
                lanes: Shape::F32x4,
                negate: true
            }
            .arity(),
            3
        );
        assert_eq!(RelaxedOp::Dot { add: false }.arity(), 2);
        assert_eq!(RelaxedOp::TruncF32x4 { signed: true }.arity(), 1);
    }
}
