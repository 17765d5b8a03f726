//! AArch64 SIMD integer lane arithmetic and comparisons (ARMv8.0 NEON).
//!
//! NEON has Wasm's semantics for nearly all of these: wrapping
//! `add`/`sub`/`mul`/`abs`/`neg`, saturating `sq`/`uq` add and subtract,
//! `urhadd` (rounding average), `sqrdmulh` (= `q15mulr_sat_s`), the
//! saturating narrows `sqxtn`/`sqxtun`, `cnt` (popcount), `saddlp`/
//! `uaddlp` (pairwise extending add), `smull`/`umull` (extending
//! multiplies) and every comparison (`cmeq`, `cmgt`, `cmge`, `cmhi`,
//! `cmhs`; the "less" forms swap their operands). Emulated:
//! * `i64x2.mul` (no 64-bit lane multiply): each lane through x16/x17;
//! * `dot`: `smull`/`smull2` of the halves, then the pairwise `addp`.
//!
//! Every operation reads its operands before it writes `dst`, so `dst` and
//! `src` may be the same register. Temporaries: v30, v31, x16, x17.

use super::simd::{bad_shape, lanes2, lanes3, swizzle};
use super::{asm, Aarch64};
use crate::machine::{IntCond, Shape, VecBinOp, VecUnOp};
use dynasmrt::{dynasm, DynasmApi};
use trident_types::CompileError;

/// `$ins V(d).T, V(a).T, V(b).T` for every integer lane shape.
macro_rules! vvv {
    ($s:expr, $lanes:expr, $ins:ident, $d:expr, $a:expr, $b:expr) => {
        lanes3!($s, $lanes, $ins, $d, $a, $b, [I8x16 B16, I16x8 H8, I32x4 S4, I64x2 D2])
    };
}

/// The same without 64-bit lanes.
macro_rules! vvv3 {
    ($s:expr, $lanes:expr, $ins:ident, $d:expr, $a:expr, $b:expr) => {
        lanes3!($s, $lanes, $ins, $d, $a, $b, [I8x16 B16, I16x8 H8, I32x4 S4])
    };
}

/// The same for 8- and 16-bit lanes only.
macro_rules! vvv2 {
    ($s:expr, $lanes:expr, $ins:ident, $d:expr, $a:expr, $b:expr) => {
        lanes3!($s, $lanes, $ins, $d, $a, $b, [I8x16 B16, I16x8 H8])
    };
}

pub(super) fn binop<const F: bool>(
    s: &mut Aarch64<F>,
    op: VecBinOp,
    lanes: Shape,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    use VecBinOp as B;
    match op {
        B::And => asm!(s; and V(d).B16, V(d).B16, V(r).B16),
        B::Or => asm!(s; orr V(d).B16, V(d).B16, V(r).B16),
        B::Xor => asm!(s; eor V(d).B16, V(d).B16, V(r).B16),
        B::AndNot => asm!(s; bic V(d).B16, V(d).B16, V(r).B16),
        B::Add => vvv!(s, lanes, add, d, d, r),
        B::Sub => vvv!(s, lanes, sub, d, d, r),
        B::Mul if lanes == Shape::I64x2 => {
            // No 64-bit lane multiply in NEON: one lane at a time. Lane 1
            // of both is read after lane 0 of `d` is written, which is
            // fine even when `d` is `r` (lane 0 only changed).
            for i in 0..2u32 {
                asm!(s
                    ; umov x16, V(d).D[i]
                    ; umov x17, V(r).D[i]
                    ; mul x16, x16, x17
                    ; mov V(d).D[i], x16
                );
            }
        }
        B::Mul => lanes3!(s, lanes, mul, d, d, r, [I16x8 H8, I32x4 S4]),
        B::AddSatS => vvv2!(s, lanes, sqadd, d, d, r),
        B::AddSatU => vvv2!(s, lanes, uqadd, d, d, r),
        B::SubSatS => vvv2!(s, lanes, sqsub, d, d, r),
        B::SubSatU => vvv2!(s, lanes, uqsub, d, d, r),
        B::MinS => vvv3!(s, lanes, smin, d, d, r),
        B::MinU => vvv3!(s, lanes, umin, d, d, r),
        B::MaxS => vvv3!(s, lanes, smax, d, d, r),
        B::MaxU => vvv3!(s, lanes, umax, d, d, r),
        B::AvgrU => vvv2!(s, lanes, urhadd, d, d, r),
        B::Q15MulrSatS if lanes == Shape::I16x8 => {
            // (2ab + 2^15) >> 16 saturated is (ab + 2^14) >> 15 saturated.
            asm!(s; sqrdmulh V(d).H8, V(d).H8, V(r).H8);
        }
        B::NarrowS | B::NarrowU => narrow(s, op == B::NarrowS, lanes, d, r)?,
        B::Dot if lanes == Shape::I32x4 => asm!(s
            ; smull v31.S4, V(d).H4, V(r).H4
            ; smull2 v30.S4, V(d).H8, V(r).H8
            ; addp V(d).S4, v31.S4, v30.S4
        ),
        B::Swizzle if lanes == Shape::I8x16 => swizzle(s, d, r),
        B::ExtMulLowS | B::ExtMulLowU | B::ExtMulHighS | B::ExtMulHighU => {
            extmul(s, op, lanes, d, r)?
        }
        _ => return Err(bad_shape(&format!("{op:?}"), lanes)),
    }
    Ok(())
}

/// Both operands narrowed with saturation, `d`'s lanes in the low half.
fn narrow<const F: bool>(
    s: &mut Aarch64<F>,
    signed: bool,
    lanes: Shape,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    // Built in v31: `r` may be `d`, which the first half would overwrite.
    match (lanes, signed) {
        (Shape::I8x16, true) => asm!(s
            ; sqxtn v31.B8, V(d).H8
            ; sqxtn2 v31.B16, V(r).H8
        ),
        (Shape::I8x16, false) => asm!(s
            ; sqxtun v31.B8, V(d).H8
            ; sqxtun2 v31.B16, V(r).H8
        ),
        (Shape::I16x8, true) => asm!(s
            ; sqxtn v31.H4, V(d).S4
            ; sqxtn2 v31.H8, V(r).S4
        ),
        (Shape::I16x8, false) => asm!(s
            ; sqxtun v31.H4, V(d).S4
            ; sqxtun2 v31.H8, V(r).S4
        ),
        _ => return Err(bad_shape("narrow", lanes)),
    }
    asm!(s; mov V(d).B16, v31.B16);
    Ok(())
}

/// Widening multiply of the low or high halves into `lanes`.
fn extmul<const F: bool>(
    s: &mut Aarch64<F>,
    op: VecBinOp,
    lanes: Shape,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    use VecBinOp as B;
    match (lanes, op) {
        (Shape::I16x8, B::ExtMulLowS) => asm!(s; smull V(d).H8, V(d).B8, V(r).B8),
        (Shape::I16x8, B::ExtMulLowU) => asm!(s; umull V(d).H8, V(d).B8, V(r).B8),
        (Shape::I16x8, B::ExtMulHighS) => asm!(s; smull2 V(d).H8, V(d).B16, V(r).B16),
        (Shape::I16x8, B::ExtMulHighU) => asm!(s; umull2 V(d).H8, V(d).B16, V(r).B16),
        (Shape::I32x4, B::ExtMulLowS) => asm!(s; smull V(d).S4, V(d).H4, V(r).H4),
        (Shape::I32x4, B::ExtMulLowU) => asm!(s; umull V(d).S4, V(d).H4, V(r).H4),
        (Shape::I32x4, B::ExtMulHighS) => asm!(s; smull2 V(d).S4, V(d).H8, V(r).H8),
        (Shape::I32x4, B::ExtMulHighU) => asm!(s; umull2 V(d).S4, V(d).H8, V(r).H8),
        (Shape::I64x2, B::ExtMulLowS) => asm!(s; smull V(d).D2, V(d).S2, V(r).S2),
        (Shape::I64x2, B::ExtMulLowU) => asm!(s; umull V(d).D2, V(d).S2, V(r).S2),
        (Shape::I64x2, B::ExtMulHighS) => asm!(s; smull2 V(d).D2, V(d).S4, V(r).S4),
        (Shape::I64x2, B::ExtMulHighU) => asm!(s; umull2 V(d).D2, V(d).S4, V(r).S4),
        _ => return Err(bad_shape("extmul", lanes)),
    }
    Ok(())
}

/// `d` = the low or high half of `d`'s lanes extended to `lanes`.
fn extend<const F: bool>(
    s: &mut Aarch64<F>,
    lanes: Shape,
    high: bool,
    signed: bool,
    d: u8,
) -> Result<(), CompileError> {
    match (lanes, high, signed) {
        (Shape::I16x8, false, true) => asm!(s; sxtl V(d).H8, V(d).B8),
        (Shape::I16x8, false, false) => asm!(s; uxtl V(d).H8, V(d).B8),
        (Shape::I16x8, true, true) => asm!(s; sxtl2 V(d).H8, V(d).B16),
        (Shape::I16x8, true, false) => asm!(s; uxtl2 V(d).H8, V(d).B16),
        (Shape::I32x4, false, true) => asm!(s; sxtl V(d).S4, V(d).H4),
        (Shape::I32x4, false, false) => asm!(s; uxtl V(d).S4, V(d).H4),
        (Shape::I32x4, true, true) => asm!(s; sxtl2 V(d).S4, V(d).H8),
        (Shape::I32x4, true, false) => asm!(s; uxtl2 V(d).S4, V(d).H8),
        (Shape::I64x2, false, true) => asm!(s; sxtl V(d).D2, V(d).S2),
        (Shape::I64x2, false, false) => asm!(s; uxtl V(d).D2, V(d).S2),
        (Shape::I64x2, true, true) => asm!(s; sxtl2 V(d).D2, V(d).S4),
        (Shape::I64x2, true, false) => asm!(s; uxtl2 V(d).D2, V(d).S4),
        _ => return Err(bad_shape("extend", lanes)),
    }
    Ok(())
}

pub(super) fn unop<const F: bool>(
    s: &mut Aarch64<F>,
    op: VecUnOp,
    lanes: Shape,
    d: u8,
) -> Result<(), CompileError> {
    use VecUnOp as U;
    match (op, lanes) {
        (U::Not, _) => asm!(s; not V(d).B16, V(d).B16),
        (U::Abs, _) => lanes2!(s, lanes, abs, d, [I8x16 B16, I16x8 H8, I32x4 S4, I64x2 D2]),
        (U::Neg, _) => lanes2!(s, lanes, neg, d, [I8x16 B16, I16x8 H8, I32x4 S4, I64x2 D2]),
        (U::Popcnt, Shape::I8x16) => asm!(s; cnt V(d).B16, V(d).B16),
        (U::ExtendLowS, _) => extend(s, lanes, false, true, d)?,
        (U::ExtendLowU, _) => extend(s, lanes, false, false, d)?,
        (U::ExtendHighS, _) => extend(s, lanes, true, true, d)?,
        (U::ExtendHighU, _) => extend(s, lanes, true, false, d)?,
        (U::ExtAddPairwiseS, Shape::I16x8) => asm!(s; saddlp V(d).H8, V(d).B16),
        (U::ExtAddPairwiseU, Shape::I16x8) => asm!(s; uaddlp V(d).H8, V(d).B16),
        (U::ExtAddPairwiseS, Shape::I32x4) => asm!(s; saddlp V(d).S4, V(d).H8),
        (U::ExtAddPairwiseU, Shape::I32x4) => asm!(s; uaddlp V(d).S4, V(d).H8),
        _ => return Err(bad_shape(&format!("{op:?}"), lanes)),
    }
    Ok(())
}

pub(super) fn cmp<const F: bool>(
    s: &mut Aarch64<F>,
    cond: IntCond,
    lanes: Shape,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    match cond {
        IntCond::Eq | IntCond::Ne => vvv!(s, lanes, cmeq, d, d, r),
        IntCond::GtS => vvv!(s, lanes, cmgt, d, d, r),
        IntCond::GeS => vvv!(s, lanes, cmge, d, d, r),
        IntCond::LtS => vvv!(s, lanes, cmgt, d, r, d),
        IntCond::LeS => vvv!(s, lanes, cmge, d, r, d),
        IntCond::GtU => vvv!(s, lanes, cmhi, d, d, r),
        IntCond::GeU => vvv!(s, lanes, cmhs, d, d, r),
        IntCond::LtU => vvv!(s, lanes, cmhi, d, r, d),
        IntCond::LeU => vvv!(s, lanes, cmhs, d, r, d),
    }
    if cond == IntCond::Ne {
        asm!(s; not V(d).B16, V(d).B16);
    }
    Ok(())
}
