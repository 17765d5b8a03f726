//! x86-64 SIMD integer lane arithmetic and comparisons (SSE4.1, or AVX
//! encodings in AVX mode; see `emit`).
//!
//! Emulated where SSE4.1 has no instruction:
//! * `i64x2.mul`: three `pmuludq` partial products (lo·lo + (hi·lo +
//!   lo·hi) << 32);
//! * signed 64-bit `gt` without AVX (`pcmpgtq` is SSE4.2; AVX mode uses
//!   `vpcmpgtq`): the high dwords compared
//!   signed, or, where they are equal, the borrow of `b - a` (which is the
//!   unsigned comparison of the low dwords), broadcast to the whole lane;
//! * unsigned comparisons: `max(a, b) == a` is `a >= b`;
//! * `i64x2.abs`: the sign broadcast, xor and subtract;
//! * `q15mulr_sat_s`: `pmulhrsw` is exact except for -1·-1, which it
//!   wraps to 0x8000 (the only way to get 0x8000), fixed up to 0x7fff;
//! * `popcnt`: two `pshufb` nibble lookups;
//! * `extadd_pairwise`: `pmaddubsw`/`pmaddwd` with ones (the unsigned
//!   16-bit form biases by 0x8000 and adds 2·0x8000 back).
//!
//! Temporaries: xmm14 and xmm15.

use super::emit::{load_const, rai, ri, rr, rrr, ru, rui, with_const};
use super::simd::{bad_shape, pcmpeq, repeat, sign64};
use super::{asm, X64, XMM14, XMM15};
use crate::machine::{IntCond, Shape, VecBinOp, VecUnOp};
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use trident_types::CompileError;

pub(super) fn binop<const L: u8>(
    s: &mut X64<L>,
    op: VecBinOp,
    lanes: Shape,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    use Shape::*;
    use VecBinOp as B;
    match (op, lanes) {
        (B::And, _) => rr!(s; pand/vpand, d, r),
        (B::Or, _) => rr!(s; por/vpor, d, r),
        (B::Xor, _) => rr!(s; pxor/vpxor, d, r),
        (B::AndNot, _) if s.avx() => asm!(s; vpandn Rx(d), Rx(r), Rx(d)),
        (B::AndNot, _) => asm!(s
            ; movdqa xmm15, Rx(r)
            ; pandn xmm15, Rx(d)
            ; movdqa Rx(d), xmm15
        ),
        (B::Add, I8x16) => rr!(s; paddb/vpaddb, d, r),
        (B::Add, I16x8) => rr!(s; paddw/vpaddw, d, r),
        (B::Add, I32x4) => rr!(s; paddd/vpaddd, d, r),
        (B::Add, I64x2) => rr!(s; paddq/vpaddq, d, r),
        (B::Sub, I8x16) => rr!(s; psubb/vpsubb, d, r),
        (B::Sub, I16x8) => rr!(s; psubw/vpsubw, d, r),
        (B::Sub, I32x4) => rr!(s; psubd/vpsubd, d, r),
        (B::Sub, I64x2) => rr!(s; psubq/vpsubq, d, r),
        (B::Mul, I16x8) => rr!(s; pmullw/vpmullw, d, r),
        (B::Mul, I32x4) => rr!(s; pmulld/vpmulld, d, r),
        (B::Mul, I64x2) => {
            rai!(s; movdqa: psrlq/vpsrlq, XMM15, d, 32);
            rr!(s; pmuludq/vpmuludq, XMM15, r);
            rai!(s; movdqa: psrlq/vpsrlq, XMM14, r, 32);
            rr!(s; pmuludq/vpmuludq, XMM14, d);
            rr!(s; paddq/vpaddq, XMM15, XMM14);
            ri!(s; psllq/vpsllq, XMM15, 32);
            rr!(s; pmuludq/vpmuludq, d, r);
            rr!(s; paddq/vpaddq, d, XMM15);
        }
        (B::AddSatS, I8x16) => rr!(s; paddsb/vpaddsb, d, r),
        (B::AddSatS, I16x8) => rr!(s; paddsw/vpaddsw, d, r),
        (B::AddSatU, I8x16) => rr!(s; paddusb/vpaddusb, d, r),
        (B::AddSatU, I16x8) => rr!(s; paddusw/vpaddusw, d, r),
        (B::SubSatS, I8x16) => rr!(s; psubsb/vpsubsb, d, r),
        (B::SubSatS, I16x8) => rr!(s; psubsw/vpsubsw, d, r),
        (B::SubSatU, I8x16) => rr!(s; psubusb/vpsubusb, d, r),
        (B::SubSatU, I16x8) => rr!(s; psubusw/vpsubusw, d, r),
        (B::MinS, I8x16) => rr!(s; pminsb/vpminsb, d, r),
        (B::MinS, I16x8) => rr!(s; pminsw/vpminsw, d, r),
        (B::MinS, I32x4) => rr!(s; pminsd/vpminsd, d, r),
        (B::MinU, I8x16) => rr!(s; pminub/vpminub, d, r),
        (B::MinU, I16x8) => rr!(s; pminuw/vpminuw, d, r),
        (B::MinU, I32x4) => rr!(s; pminud/vpminud, d, r),
        (B::MaxS, I8x16) => rr!(s; pmaxsb/vpmaxsb, d, r),
        (B::MaxS, I16x8) => rr!(s; pmaxsw/vpmaxsw, d, r),
        (B::MaxS, I32x4) => rr!(s; pmaxsd/vpmaxsd, d, r),
        (B::MaxU, I8x16) => rr!(s; pmaxub/vpmaxub, d, r),
        (B::MaxU, I16x8) => rr!(s; pmaxuw/vpmaxuw, d, r),
        (B::MaxU, I32x4) => rr!(s; pmaxud/vpmaxud, d, r),
        (B::AvgrU, I8x16) => rr!(s; pavgb/vpavgb, d, r),
        (B::AvgrU, I16x8) => rr!(s; pavgw/vpavgw, d, r),
        (B::Q15MulrSatS, I16x8) => {
            rr!(s; pmulhrsw/vpmulhrsw, d, r);
            load_const!(s; movdqa/vmovdqa, XMM15, repeat(0x8000, 2));
            rr!(s; pcmpeqw/vpcmpeqw, XMM15, d);
            rr!(s; pxor/vpxor, d, XMM15);
        }
        (B::NarrowS, I8x16) => rr!(s; packsswb/vpacksswb, d, r),
        (B::NarrowS, I16x8) => rr!(s; packssdw/vpackssdw, d, r),
        (B::NarrowU, I8x16) => rr!(s; packuswb/vpackuswb, d, r),
        (B::NarrowU, I16x8) => rr!(s; packusdw/vpackusdw, d, r),
        (B::Dot, I32x4) => rr!(s; pmaddwd/vpmaddwd, d, r),
        (B::Swizzle, I8x16) => {
            // Indices 16..255 saturate to >= 0x80, which pshufb zeroes;
            // 0..15 keep their low nibble.
            ru!(s; movdqa/vmovdqa, XMM15, r);
            with_const!(s; paddusb/vpaddusb, XMM15, repeat(0x70, 1));
            rr!(s; pshufb/vpshufb, d, XMM15);
        }
        (B::ExtMulLowS | B::ExtMulLowU | B::ExtMulHighS | B::ExtMulHighU, _) => {
            let high = matches!(op, B::ExtMulHighS | B::ExtMulHighU);
            let signed = matches!(op, B::ExtMulLowS | B::ExtMulHighS);
            extmul(s, lanes, high, signed, d, r)?;
        }
        _ => return Err(bad_shape(&format!("{op:?}"), lanes)),
    }
    Ok(())
}

/// Widening multiply of the low or high halves into `lanes`.
fn extmul<const L: u8>(
    s: &mut X64<L>,
    lanes: Shape,
    high: bool,
    signed: bool,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    match lanes {
        Shape::I16x8 => {
            extend(s, lanes, high, signed, XMM15, r)?;
            extend(s, lanes, high, signed, d, d)?;
            rr!(s; pmullw/vpmullw, d, XMM15);
        }
        Shape::I32x4 => {
            // Low and high halves of the 32-bit products, interleaved.
            ru!(s; movdqa/vmovdqa, XMM15, d);
            rr!(s; pmullw/vpmullw, d, r);
            if signed {
                rr!(s; pmulhw/vpmulhw, XMM15, r);
            } else {
                rr!(s; pmulhuw/vpmulhuw, XMM15, r);
            }
            if high {
                rr!(s; punpckhwd/vpunpckhwd, d, XMM15);
            } else {
                rr!(s; punpcklwd/vpunpcklwd, d, XMM15);
            }
        }
        Shape::I64x2 => {
            // Shape 0 and 2 hold the two inputs; pmul(u)dq multiplies those.
            let sel = if high { 0xfau8 as i8 } else { 0x50 };
            rui!(s; pshufd/vpshufd, XMM15, r, sel);
            rui!(s; pshufd/vpshufd, d, d, sel);
            if signed {
                rr!(s; pmuldq/vpmuldq, d, XMM15);
            } else {
                rr!(s; pmuludq/vpmuludq, d, XMM15);
            }
        }
        _ => return Err(bad_shape("extmul", lanes)),
    }
    Ok(())
}

/// `d` = the low or high half of `r`'s lanes extended to `lanes`.
pub(super) fn extend<const L: u8>(
    s: &mut X64<L>,
    lanes: Shape,
    high: bool,
    signed: bool,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    let src = if high {
        rui!(s; pshufd/vpshufd, d, r, 0xeeu8 as i8);
        d
    } else {
        r
    };
    match (lanes, signed) {
        (Shape::I16x8, true) => ru!(s; pmovsxbw/vpmovsxbw, d, src),
        (Shape::I16x8, false) => ru!(s; pmovzxbw/vpmovzxbw, d, src),
        (Shape::I32x4, true) => ru!(s; pmovsxwd/vpmovsxwd, d, src),
        (Shape::I32x4, false) => ru!(s; pmovzxwd/vpmovzxwd, d, src),
        (Shape::I64x2, true) => ru!(s; pmovsxdq/vpmovsxdq, d, src),
        (Shape::I64x2, false) => ru!(s; pmovzxdq/vpmovzxdq, d, src),
        _ => return Err(bad_shape("extend", lanes)),
    }
    Ok(())
}

/// All ones in xmm15, then `d ^= xmm15`.
fn not<const L: u8>(s: &mut X64<L>, d: u8) {
    rr!(s; pcmpeqd/vpcmpeqd, XMM15, XMM15);
    rr!(s; pxor/vpxor, d, XMM15);
}

pub(super) fn unop<const L: u8>(
    s: &mut X64<L>,
    op: VecUnOp,
    lanes: Shape,
    d: u8,
) -> Result<(), CompileError> {
    use Shape::*;
    use VecUnOp as U;
    match (op, lanes) {
        (U::Not, _) => not(s, d),
        (U::Abs, I8x16) => ru!(s; pabsb/vpabsb, d, d),
        (U::Abs, I16x8) => ru!(s; pabsw/vpabsw, d, d),
        (U::Abs, I32x4) => ru!(s; pabsd/vpabsd, d, d),
        (U::Abs, I64x2) => {
            sign64(s, XMM15, d);
            rr!(s; pxor/vpxor, d, XMM15);
            rr!(s; psubq/vpsubq, d, XMM15);
        }
        (U::Neg, _) => {
            // 0 - d, straight into d with AVX, through xmm15 without.
            rr!(s; pxor/vpxor, XMM15, XMM15);
            let t = if s.avx() { d } else { XMM15 };
            match lanes {
                I8x16 => rrr!(s; movdqa: psubb/vpsubb, t, XMM15, d),
                I16x8 => rrr!(s; movdqa: psubw/vpsubw, t, XMM15, d),
                I32x4 => rrr!(s; movdqa: psubd/vpsubd, t, XMM15, d),
                I64x2 => rrr!(s; movdqa: psubq/vpsubq, t, XMM15, d),
                _ => return Err(bad_shape("integer neg", lanes)),
            }
            if t != d {
                ru!(s; movdqa/vmovdqa, d, t);
            }
        }
        (U::Popcnt, I8x16) => {
            let nibble = repeat(0x0f, 1);
            let table = u128::from_le_bytes([0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4]);
            rai!(s; movdqa: psrlw/vpsrlw, XMM15, d, 4);
            with_const!(s; pand/vpand, XMM15, nibble);
            with_const!(s; pand/vpand, d, nibble);
            load_const!(s; movdqa/vmovdqa, XMM14, table);
            rr!(s; pshufb/vpshufb, XMM14, d);
            load_const!(s; movdqa/vmovdqa, d, table);
            rr!(s; pshufb/vpshufb, d, XMM15);
            rr!(s; paddb/vpaddb, d, XMM14);
        }
        (U::ExtendLowS, _) => extend(s, lanes, false, true, d, d)?,
        (U::ExtendLowU, _) => extend(s, lanes, false, false, d, d)?,
        (U::ExtendHighS, _) => extend(s, lanes, true, true, d, d)?,
        (U::ExtendHighU, _) => extend(s, lanes, true, false, d, d)?,
        (U::ExtAddPairwiseS, I16x8) => {
            // pmaddubsw: first operand unsigned (ones), second signed.
            load_const!(s; movdqa/vmovdqa, XMM15, repeat(1, 1));
            rr!(s; pmaddubsw/vpmaddubsw, XMM15, d);
            ru!(s; movdqa/vmovdqa, d, XMM15);
        }
        (U::ExtAddPairwiseU, I16x8) => with_const!(s; pmaddubsw/vpmaddubsw, d, repeat(1, 1)),
        (U::ExtAddPairwiseS, I32x4) => with_const!(s; pmaddwd/vpmaddwd, d, repeat(1, 2)),
        (U::ExtAddPairwiseU, I32x4) => {
            with_const!(s; pxor/vpxor, d, repeat(0x8000, 2));
            with_const!(s; pmaddwd/vpmaddwd, d, repeat(1, 2));
            with_const!(s; paddd/vpaddd, d, repeat(0x1_0000, 4));
        }
        _ => return Err(bad_shape(&format!("{op:?}"), lanes)),
    }
    Ok(())
}

/// xmm15 = all ones in the 64-bit lanes where `a > b` (signed); a and b
/// are kept, xmm14 is clobbered.
fn gt64<const L: u8>(s: &mut X64<L>, a: u8, b: u8) {
    asm!(s
        ; movdqa xmm14, Rx(a)
        ; pcmpeqd xmm14, Rx(b)
        ; movdqa xmm15, Rx(b)
        ; psubq xmm15, Rx(a)
        ; pand xmm15, xmm14
        ; movdqa xmm14, Rx(a)
        ; pcmpgtd xmm14, Rx(b)
        ; por xmm15, xmm14
        ; pshufd xmm15, xmm15, 0xf5u8 as i8
    );
}

/// `d` = all ones in the lanes where `a > b` (signed): one instruction
/// with AVX; without, computed in xmm15 (xmm14 clobbered) and copied.
fn gt<const L: u8>(s: &mut X64<L>, lanes: Shape, d: u8, a: u8, b: u8) {
    let t = if s.avx() { d } else { XMM15 };
    match lanes {
        Shape::I8x16 => rrr!(s; movdqa: pcmpgtb/vpcmpgtb, t, a, b),
        Shape::I16x8 => rrr!(s; movdqa: pcmpgtw/vpcmpgtw, t, a, b),
        Shape::I64x2 if s.avx() => asm!(s; vpcmpgtq Rx(t), Rx(a), Rx(b)),
        Shape::I64x2 => gt64(s, a, b),
        _ => rrr!(s; movdqa: pcmpgtd/vpcmpgtd, t, a, b),
    }
    if t != d {
        ru!(s; movdqa/vmovdqa, d, t);
    }
}

/// d = all ones where `max(d, r) == d` (`Ge`) or `min(d, r) == d` (`Le`),
/// unsigned.
fn unsigned_ge_le<const L: u8>(
    s: &mut X64<L>,
    ge: bool,
    lanes: Shape,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    match (ge, lanes) {
        (true, Shape::I8x16) => rrr!(s; movdqa: pmaxub/vpmaxub, XMM15, d, r),
        (true, Shape::I16x8) => rrr!(s; movdqa: pmaxuw/vpmaxuw, XMM15, d, r),
        (true, Shape::I32x4) => rrr!(s; movdqa: pmaxud/vpmaxud, XMM15, d, r),
        (false, Shape::I8x16) => rrr!(s; movdqa: pminub/vpminub, XMM15, d, r),
        (false, Shape::I16x8) => rrr!(s; movdqa: pminuw/vpminuw, XMM15, d, r),
        (false, Shape::I32x4) => rrr!(s; movdqa: pminud/vpminud, XMM15, d, r),
        _ => return Err(bad_shape("unsigned comparison", lanes)),
    }
    pcmpeq(s, lanes, d, XMM15);
    Ok(())
}

pub(super) fn cmp<const L: u8>(
    s: &mut X64<L>,
    cond: IntCond,
    lanes: Shape,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    if lanes.is_float() {
        return Err(bad_shape("integer comparison", lanes));
    }
    match cond {
        IntCond::Eq | IntCond::Ne => {
            pcmpeq(s, lanes, d, r);
            if cond == IntCond::Ne {
                not(s, d);
            }
        }
        IntCond::GtS | IntCond::LeS => {
            gt(s, lanes, d, d, r);
            if cond == IntCond::LeS {
                not(s, d);
            }
        }
        IntCond::LtS | IntCond::GeS => {
            gt(s, lanes, d, r, d);
            if cond == IntCond::GeS {
                not(s, d);
            }
        }
        IntCond::GeU | IntCond::LtU => {
            unsigned_ge_le(s, true, lanes, d, r)?;
            if cond == IntCond::LtU {
                not(s, d);
            }
        }
        IntCond::LeU | IntCond::GtU => {
            unsigned_ge_le(s, false, lanes, d, r)?;
            if cond == IntCond::GtU {
                not(s, d);
            }
        }
    }
    Ok(())
}
