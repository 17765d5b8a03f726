//! x86-64 SIMD float lane arithmetic, comparisons and conversions (SSE4.1
//! at most), with Wasm semantics where SSE's differ:
//!
//! * `min`/`max`: `minps`/`maxps` return their second operand when either
//!   is NaN or both are zeros, so both operand orders are computed.
//!   `min` ors them (a NaN stays a NaN, -0 wins); `max` takes `(m1 | m2) -
//!   (m1 ^ m2)` (equal lanes are unchanged, ±0 gives +0, a NaN stays a
//!   NaN). NaN lanes then become the canonical (negative quiet) NaN: all
//!   ones, payload bits below the quiet bit cleared.
//! * `pmin`/`pmax` are exactly `minps`/`maxps` with the operands swapped.
//! * Saturating conversions to i32: `cvttps2dq` gives 0x80000000 for NaN
//!   and out-of-range lanes, so NaN lanes are zeroed first and positive
//!   overflow flipped to 0x7fffffff; unsigned ones split at 2^31.
//! * u32 → f32 converts the low and high 16 bits separately (both exact)
//!   and adds once; u32 → f64 uses the 2^52 exponent trick.
//!
//! Temporaries: xmm14 and xmm15.

use super::simd::{bad_shape, repeat, with_const};
use super::{asm, simd_int, X64, XMM14, XMM15};
use crate::machine::{FloatCond, Lanes, VecBinOp, VecUnOp};
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use trident_types::CompileError;

/// `$ps dst, src` for f32x4 or `$pd dst, src` for f64x2.
macro_rules! fv {
    ($s:expr, $lanes:expr, $ps:ident, $pd:ident, $d:expr, $r:expr) => {
        match $lanes {
            Lanes::F64x2 => asm!($s; $pd Rx($d), Rx($r)),
            _ => asm!($s; $ps Rx($d), Rx($r)),
        }
    };
}

/// `$ps`/`$pd` with a 128-bit constant made of the lane bits repeated.
fn fconst(lanes: Lanes, f32_bits: u32, f64_bits: u64) -> u128 {
    match lanes {
        Lanes::F64x2 => repeat(f64_bits, 8),
        _ => repeat(u64::from(f32_bits), 4),
    }
}

/// Turns NaN lanes of xmm15 into the canonical NaN (all ones with the
/// payload below the quiet bit cleared) and moves the result to `d`.
fn canonical_nan_lanes(s: &mut X64, lanes: Lanes, d: u8) {
    asm!(s; movaps xmm14, xmm15);
    fv!(s, lanes, cmpunordps, cmpunordpd, XMM14, XMM15);
    asm!(s; orps xmm15, xmm14);
    match lanes {
        Lanes::F64x2 => asm!(s; psrlq xmm14, 13),
        _ => asm!(s; psrld xmm14, 10),
    }
    asm!(s; andnps xmm14, xmm15; movaps Rx(d), xmm14);
}

pub(super) fn binop(
    s: &mut X64,
    op: VecBinOp,
    lanes: Lanes,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    use VecBinOp as B;
    match op {
        B::Add => fv!(s, lanes, addps, addpd, d, r),
        B::Sub => fv!(s, lanes, subps, subpd, d, r),
        B::Mul => fv!(s, lanes, mulps, mulpd, d, r),
        B::Div => fv!(s, lanes, divps, divpd, d, r),
        B::Min => {
            asm!(s; movaps xmm15, Rx(d); movaps xmm14, Rx(r));
            fv!(s, lanes, minps, minpd, XMM15, r);
            fv!(s, lanes, minps, minpd, XMM14, d);
            asm!(s; orps xmm15, xmm14);
            canonical_nan_lanes(s, lanes, d);
        }
        B::Max => {
            asm!(s; movaps xmm15, Rx(d); movaps xmm14, Rx(r));
            fv!(s, lanes, maxps, maxpd, XMM15, r);
            fv!(s, lanes, maxps, maxpd, XMM14, d);
            asm!(s; xorps xmm14, xmm15; orps xmm15, xmm14);
            fv!(s, lanes, subps, subpd, XMM15, XMM14);
            canonical_nan_lanes(s, lanes, d);
        }
        B::PMin | B::PMax => {
            asm!(s; movaps xmm15, Rx(r));
            if op == B::PMin {
                fv!(s, lanes, minps, minpd, XMM15, d);
            } else {
                fv!(s, lanes, maxps, maxpd, XMM15, d);
            }
            asm!(s; movaps Rx(d), xmm15);
        }
        _ => return Err(bad_shape(&format!("{op:?}"), lanes)),
    }
    Ok(())
}

/// `cmpps`/`cmppd` predicate numbers.
const CMP_EQ: i8 = 0;
const CMP_LT: i8 = 1;
const CMP_LE: i8 = 2;
const CMP_NEQ: i8 = 4;

fn cmpp(s: &mut X64, lanes: Lanes, d: u8, r: u8, pred: i8) {
    match lanes {
        Lanes::F64x2 => asm!(s; cmppd Rx(d), Rx(r), pred),
        _ => asm!(s; cmpps Rx(d), Rx(r), pred),
    }
}

pub(super) fn cmp(
    s: &mut X64,
    cond: FloatCond,
    lanes: Lanes,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    if !lanes.is_float() {
        return Err(bad_shape("float comparison", lanes));
    }
    match cond {
        FloatCond::Eq => cmpp(s, lanes, d, r, CMP_EQ),
        FloatCond::Ne => cmpp(s, lanes, d, r, CMP_NEQ),
        FloatCond::Lt => cmpp(s, lanes, d, r, CMP_LT),
        FloatCond::Le => cmpp(s, lanes, d, r, CMP_LE),
        FloatCond::Gt | FloatCond::Ge => {
            let pred = if cond == FloatCond::Gt {
                CMP_LT
            } else {
                CMP_LE
            };
            asm!(s; movaps xmm15, Rx(r));
            cmpp(s, lanes, XMM15, d, pred);
            asm!(s; movaps Rx(d), xmm15);
        }
    }
    Ok(())
}

/// `roundps`/`roundpd` with `mode`, precision exception masked.
fn round(s: &mut X64, lanes: Lanes, d: u8, mode: i8) {
    let imm = mode | 8;
    match lanes {
        Lanes::F64x2 => asm!(s; roundpd Rx(d), Rx(d), imm),
        _ => asm!(s; roundps Rx(d), Rx(d), imm),
    }
}

pub(super) fn unop(s: &mut X64, op: VecUnOp, lanes: Lanes, d: u8) -> Result<(), CompileError> {
    use Lanes::*;
    use VecUnOp as U;
    let float = lanes.is_float();
    match (op, lanes) {
        (U::Abs, _) if float => {
            let mask = fconst(lanes, 0x7fff_ffff, 0x7fff_ffff_ffff_ffff);
            with_const!(s, andps d, mask);
        }
        (U::Neg, _) if float => {
            let mask = fconst(lanes, 0x8000_0000, 0x8000_0000_0000_0000);
            with_const!(s, xorps d, mask);
        }
        (U::Sqrt, _) if float => fv!(s, lanes, sqrtps, sqrtpd, d, d),
        (U::Nearest, _) if float => round(s, lanes, d, 0),
        (U::Floor, _) if float => round(s, lanes, d, 1),
        (U::Ceil, _) if float => round(s, lanes, d, 2),
        (U::Trunc, _) if float => round(s, lanes, d, 3),
        (U::ConvertS, F32x4) => asm!(s; cvtdq2ps Rx(d), Rx(d)),
        (U::ConvertS, F64x2) => asm!(s; cvtdq2pd Rx(d), Rx(d)),
        (U::ConvertU, F32x4) => asm!(s
            ; movdqa xmm15, Rx(d)
            ; pslld xmm15, 16
            ; psrld xmm15, 16
            ; psubd Rx(d), xmm15
            ; cvtdq2ps xmm15, xmm15
            ; psrld Rx(d), 1
            ; cvtdq2ps Rx(d), Rx(d)
            ; addps Rx(d), Rx(d)
            ; addps Rx(d), xmm15
        ),
        (U::ConvertU, F64x2) => {
            // Each u32 becomes the low half of 2^52 + u, then 2^52 goes.
            with_const!(s, unpcklps d, repeat(0x4330_0000, 4));
            with_const!(s, subpd d, repeat(0x4330_0000_0000_0000, 8));
        }
        (U::TruncSatS, I32x4) => {
            asm!(s
                ; movaps xmm15, Rx(d)
                ; cmpeqps xmm15, Rx(d)
                ; andps Rx(d), xmm15
                ; movaps xmm14, Rx(d)
                ; cvttps2dq Rx(d), Rx(d)
            );
            with_const!(s, movaps XMM15, repeat(0x4f00_0000, 4));
            asm!(s; cmpleps xmm15, xmm14; pxor Rx(d), xmm15);
        }
        (U::TruncSatU, I32x4) => {
            asm!(s; xorps xmm15, xmm15; maxps Rx(d), xmm15);
            with_const!(s, movaps XMM14, repeat(0x4f00_0000, 4));
            asm!(s
                ; movaps xmm15, Rx(d)
                ; subps xmm15, xmm14
                ; cmpleps xmm14, xmm15
                ; cvttps2dq xmm15, xmm15
                ; pxor xmm15, xmm14
                ; pxor xmm14, xmm14
                ; pmaxsd xmm15, xmm14
                ; cvttps2dq Rx(d), Rx(d)
                ; paddd Rx(d), xmm15
            );
        }
        (U::TruncSatZeroS, I32x4) => {
            asm!(s; movapd xmm15, Rx(d); cmpeqpd xmm15, Rx(d));
            with_const!(s, andpd XMM15, repeat(2147483647f64.to_bits(), 8));
            asm!(s; minpd Rx(d), xmm15; cvttpd2dq Rx(d), Rx(d));
        }
        (U::TruncSatZeroU, I32x4) => {
            asm!(s; xorpd xmm15, xmm15; maxpd Rx(d), xmm15);
            with_const!(s, minpd d, repeat(4294967295f64.to_bits(), 8));
            round(s, F64x2, d, 3);
            with_const!(s, addpd d, repeat(0x4330_0000_0000_0000, 8));
            asm!(s; shufps Rx(d), xmm15, 0x88u8 as i8);
        }
        (U::Demote, F32x4) => asm!(s; cvtpd2ps Rx(d), Rx(d)),
        (U::Promote, F64x2) => asm!(s; cvtps2pd Rx(d), Rx(d)),
        _ if !float => return simd_int::unop(s, op, lanes, d),
        _ => return Err(bad_shape(&format!("{op:?}"), lanes)),
    }
    Ok(())
}

pub(super) fn canonicalize_nan(s: &mut X64, lanes: Lanes, d: u8) -> Result<(), CompileError> {
    if !lanes.is_float() {
        return Err(bad_shape("NaN canonicalization", lanes));
    }
    let nan = fconst(lanes, 0x7fc0_0000, 0x7ff8_0000_0000_0000);
    asm!(s; movaps xmm15, Rx(d));
    fv!(s, lanes, cmpunordps, cmpunordpd, XMM15, d);
    asm!(s; movaps xmm14, xmm15);
    with_const!(s, andps XMM15, nan);
    asm!(s; andnps xmm14, Rx(d); orps xmm14, xmm15; movaps Rx(d), xmm14);
    Ok(())
}
