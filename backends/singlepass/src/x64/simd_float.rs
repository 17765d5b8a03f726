//! x86-64 SIMD float lane arithmetic, comparisons and conversions (SSE4.1,
//! or AVX encodings in AVX mode; see `emit`), with Wasm semantics where
//! SSE's differ:
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

use super::emit::{load_const, rai, ri, rr, rri_swapped, rrr, ru, rui, vex_swapped, with_const};
use super::simd::{bad_shape, repeat};
use super::{asm, simd_int, X64, XMM14, XMM15};
use crate::machine::{FloatCond, Shape, VecBinOp, VecUnOp};
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use trident_types::CompileError;

/// `dst = dst op src` with the f32x4 (`$ps`) or f64x2 (`$pd`)
/// instruction, each given as its legacy-SSE/VEX pair.
macro_rules! fv {
    ($s:expr, $lanes:expr, $ps:ident / $vps:ident, $pd:ident / $vpd:ident, $d:expr, $r:expr) => {
        match $lanes {
            Shape::F64x2 => rr!($s; $pd / $vpd, $d, $r),
            _ => rr!($s; $ps / $vps, $d, $r),
        }
    };
}

/// `$ps`/`$pd` with a 128-bit constant made of the lane bits repeated.
fn fconst(lanes: Shape, f32_bits: u32, f64_bits: u64) -> u128 {
    match lanes {
        Shape::F64x2 => repeat(f64_bits, 8),
        _ => repeat(u64::from(f32_bits), 4),
    }
}

/// Turns NaN lanes of xmm15 into the canonical NaN (all ones with the
/// payload below the quiet bit cleared) and moves the result to `d`.
fn canonical_nan_lanes<const L: u8>(s: &mut X64<L>, lanes: Shape, d: u8) {
    match lanes {
        Shape::F64x2 => rrr!(s; movaps: cmpunordpd/vcmpunordpd, XMM14, XMM15, XMM15),
        _ => rrr!(s; movaps: cmpunordps/vcmpunordps, XMM14, XMM15, XMM15),
    }
    rr!(s; orps/vorps, XMM15, XMM14);
    match lanes {
        Shape::F64x2 => ri!(s; psrlq/vpsrlq, XMM14, 13),
        _ => ri!(s; psrld/vpsrld, XMM14, 10),
    }
    rrr!(s; movaps: andnps/vandnps, d, XMM14, XMM15);
}

pub(super) fn binop<const L: u8>(
    s: &mut X64<L>,
    op: VecBinOp,
    lanes: Shape,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    use VecBinOp as B;
    match op {
        B::Add => fv!(s, lanes, addps / vaddps, addpd / vaddpd, d, r),
        B::Sub => fv!(s, lanes, subps / vsubps, subpd / vsubpd, d, r),
        B::Mul => fv!(s, lanes, mulps / vmulps, mulpd / vmulpd, d, r),
        B::Div => fv!(s, lanes, divps / vdivps, divpd / vdivpd, d, r),
        B::Min => {
            both_orders(s, lanes, true, d, r);
            rr!(s; orps/vorps, XMM15, XMM14);
            canonical_nan_lanes(s, lanes, d);
        }
        B::Max => {
            both_orders(s, lanes, false, d, r);
            rr!(s; xorps/vxorps, XMM14, XMM15);
            rr!(s; orps/vorps, XMM15, XMM14);
            fv!(s, lanes, subps / vsubps, subpd / vsubpd, XMM15, XMM14);
            canonical_nan_lanes(s, lanes, d);
        }
        B::PMin | B::PMax => {
            let min = op == B::PMin;
            match (min, lanes) {
                (true, Shape::F64x2) => rrr!(s; movaps: minpd/vminpd, XMM15, r, d),
                (true, _) => rrr!(s; movaps: minps/vminps, XMM15, r, d),
                (false, Shape::F64x2) => rrr!(s; movaps: maxpd/vmaxpd, XMM15, r, d),
                (false, _) => rrr!(s; movaps: maxps/vmaxps, XMM15, r, d),
            }
            ru!(s; movaps/vmovaps, d, XMM15);
        }
        _ => return Err(bad_shape(&format!("{op:?}"), lanes)),
    }
    Ok(())
}

/// xmm15 = `minp(d, r)` and xmm14 = `minp(r, d)` (`maxp` unless `min`).
fn both_orders<const L: u8>(s: &mut X64<L>, lanes: Shape, min: bool, d: u8, r: u8) {
    for (t, a, b) in [(XMM15, d, r), (XMM14, r, d)] {
        match (min, lanes) {
            (true, Shape::F64x2) => rrr!(s; movaps: minpd/vminpd, t, a, b),
            (true, _) => rrr!(s; movaps: minps/vminps, t, a, b),
            (false, Shape::F64x2) => rrr!(s; movaps: maxpd/vmaxpd, t, a, b),
            (false, _) => rrr!(s; movaps: maxps/vmaxps, t, a, b),
        }
    }
}

/// `cmpps`/`cmppd` predicate numbers.
const CMP_EQ: i8 = 0;
const CMP_LT: i8 = 1;
const CMP_LE: i8 = 2;
const CMP_NEQ: i8 = 4;

fn cmpp<const L: u8>(s: &mut X64<L>, lanes: Shape, d: u8, r: u8, pred: i8) {
    match lanes {
        Shape::F64x2 => rri_swapped!(s; cmppd/vcmppd, d, r, pred),
        _ => rri_swapped!(s; cmpps/vcmpps, d, r, pred),
    }
}

pub(super) fn cmp<const L: u8>(
    s: &mut X64<L>,
    cond: FloatCond,
    lanes: Shape,
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
            if s.avx() {
                // d = (r < d) with d as the second source.
                match lanes {
                    Shape::F64x2 => vex_swapped!(s; vcmppd, d, r, d, pred),
                    _ => vex_swapped!(s; vcmpps, d, r, d, pred),
                }
            } else {
                asm!(s; movaps xmm15, Rx(r));
                cmpp(s, lanes, XMM15, d, pred);
                asm!(s; movaps Rx(d), xmm15);
            }
        }
    }
    Ok(())
}

/// `roundps`/`roundpd` with `mode`, precision exception masked.
fn round<const L: u8>(s: &mut X64<L>, lanes: Shape, d: u8, mode: i8) {
    let imm = mode | 8;
    match lanes {
        Shape::F64x2 => rui!(s; roundpd/vroundpd, d, d, imm),
        _ => rui!(s; roundps/vroundps, d, d, imm),
    }
}

pub(super) fn unop<const L: u8>(
    s: &mut X64<L>,
    op: VecUnOp,
    lanes: Shape,
    d: u8,
) -> Result<(), CompileError> {
    use Shape::*;
    use VecUnOp as U;
    let float = lanes.is_float();
    match (op, lanes) {
        (U::Abs, _) if float => {
            let mask = fconst(lanes, 0x7fff_ffff, 0x7fff_ffff_ffff_ffff);
            with_const!(s; andps/vandps, d, mask);
        }
        (U::Neg, _) if float => {
            let mask = fconst(lanes, 0x8000_0000, 0x8000_0000_0000_0000);
            with_const!(s; xorps/vxorps, d, mask);
        }
        (U::Sqrt, F64x2) => ru!(s; sqrtpd/vsqrtpd, d, d),
        (U::Sqrt, F32x4) => ru!(s; sqrtps/vsqrtps, d, d),
        (U::Nearest, _) if float => round(s, lanes, d, 0),
        (U::Floor, _) if float => round(s, lanes, d, 1),
        (U::Ceil, _) if float => round(s, lanes, d, 2),
        (U::Trunc, _) if float => round(s, lanes, d, 3),
        (U::ConvertS, F32x4) => ru!(s; cvtdq2ps/vcvtdq2ps, d, d),
        (U::ConvertS, F64x2) => ru!(s; cvtdq2pd/vcvtdq2pd, d, d),
        (U::ConvertU, F32x4) => {
            rai!(s; movdqa: pslld/vpslld, XMM15, d, 16);
            ri!(s; psrld/vpsrld, XMM15, 16);
            rr!(s; psubd/vpsubd, d, XMM15);
            ru!(s; cvtdq2ps/vcvtdq2ps, XMM15, XMM15);
            ri!(s; psrld/vpsrld, d, 1);
            ru!(s; cvtdq2ps/vcvtdq2ps, d, d);
            rr!(s; addps/vaddps, d, d);
            rr!(s; addps/vaddps, d, XMM15);
        }
        (U::ConvertU, F64x2) => {
            // Each u32 becomes the low half of 2^52 + u, then 2^52 goes.
            with_const!(s; unpcklps/vunpcklps, d, repeat(0x4330_0000, 4));
            with_const!(s; subpd/vsubpd, d, repeat(0x4330_0000_0000_0000, 8));
        }
        (U::TruncSatS, I32x4) => {
            rrr!(s; movaps: cmpeqps/vcmpeqps, XMM15, d, d);
            rr!(s; andps/vandps, d, XMM15);
            ru!(s; movaps/vmovaps, XMM14, d);
            ru!(s; cvttps2dq/vcvttps2dq, d, d);
            load_const!(s; movaps/vmovaps, XMM15, repeat(0x4f00_0000, 4));
            rr!(s; cmpleps/vcmpleps, XMM15, XMM14);
            rr!(s; pxor/vpxor, d, XMM15);
        }
        (U::TruncSatU, I32x4) => {
            rr!(s; xorps/vxorps, XMM15, XMM15);
            rr!(s; maxps/vmaxps, d, XMM15);
            load_const!(s; movaps/vmovaps, XMM14, repeat(0x4f00_0000, 4));
            rrr!(s; movaps: subps/vsubps, XMM15, d, XMM14);
            rr!(s; cmpleps/vcmpleps, XMM14, XMM15);
            ru!(s; cvttps2dq/vcvttps2dq, XMM15, XMM15);
            rr!(s; pxor/vpxor, XMM15, XMM14);
            rr!(s; pxor/vpxor, XMM14, XMM14);
            rr!(s; pmaxsd/vpmaxsd, XMM15, XMM14);
            ru!(s; cvttps2dq/vcvttps2dq, d, d);
            rr!(s; paddd/vpaddd, d, XMM15);
        }
        (U::TruncSatZeroS, I32x4) => {
            rrr!(s; movapd: cmpeqpd/vcmpeqpd, XMM15, d, d);
            with_const!(s; andpd/vandpd, XMM15, repeat(2147483647f64.to_bits(), 8));
            rr!(s; minpd/vminpd, d, XMM15);
            ru!(s; cvttpd2dq/vcvttpd2dq, d, d);
        }
        (U::TruncSatZeroU, I32x4) => {
            rr!(s; xorpd/vxorpd, XMM15, XMM15);
            rr!(s; maxpd/vmaxpd, d, XMM15);
            with_const!(s; minpd/vminpd, d, repeat(4294967295f64.to_bits(), 8));
            round(s, F64x2, d, 3);
            with_const!(s; addpd/vaddpd, d, repeat(0x4330_0000_0000_0000, 8));
            rri_swapped!(s; shufps/vshufps, d, XMM15, 0x88u8 as i8);
        }
        (U::Demote, F32x4) => ru!(s; cvtpd2ps/vcvtpd2ps, d, d),
        (U::Promote, F64x2) => ru!(s; cvtps2pd/vcvtps2pd, d, d),
        _ if !float => return simd_int::unop(s, op, lanes, d),
        _ => return Err(bad_shape(&format!("{op:?}"), lanes)),
    }
    Ok(())
}

pub(super) fn canonicalize_nan<const L: u8>(
    s: &mut X64<L>,
    lanes: Shape,
    d: u8,
) -> Result<(), CompileError> {
    if !lanes.is_float() {
        return Err(bad_shape("NaN canonicalization", lanes));
    }
    let nan = fconst(lanes, 0x7fc0_0000, 0x7ff8_0000_0000_0000);
    match lanes {
        Shape::F64x2 => rrr!(s; movaps: cmpunordpd/vcmpunordpd, XMM15, d, d),
        _ => rrr!(s; movaps: cmpunordps/vcmpunordps, XMM15, d, d),
    }
    ru!(s; movaps/vmovaps, XMM14, XMM15);
    with_const!(s; andps/vandps, XMM15, nan);
    rr!(s; andnps/vandnps, XMM14, d);
    rr!(s; orps/vorps, XMM14, XMM15);
    ru!(s; movaps/vmovaps, d, XMM14);
    Ok(())
}
