//! x86-64 SIMD integer lane arithmetic and comparisons (SSE4.1 at most).
//!
//! Emulated where SSE4.1 has no instruction:
//! * `i64x2.mul`: three `pmuludq` partial products (lo·lo + (hi·lo +
//!   lo·hi) << 32);
//! * signed 64-bit `gt` (`pcmpgtq` is SSE4.2): the high dwords compared
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

use super::simd::{bad_shape, pcmpeq, repeat, with_const};
use super::{asm, X64, XMM14, XMM15};
use crate::machine::{IntCond, Lanes, VecBinOp, VecUnOp};
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use trident_types::CompileError;

/// `$op dst, src` on two vector registers.
macro_rules! vv {
    ($s:expr, $op:ident, $d:expr, $r:expr) => {
        asm!($s; $op Rx($d), Rx($r))
    };
}

pub(super) fn binop(
    s: &mut X64,
    op: VecBinOp,
    lanes: Lanes,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    use Lanes::*;
    use VecBinOp as B;
    match (op, lanes) {
        (B::And, _) => vv!(s, pand, d, r),
        (B::Or, _) => vv!(s, por, d, r),
        (B::Xor, _) => vv!(s, pxor, d, r),
        (B::AndNot, _) => asm!(s
            ; movdqa xmm15, Rx(r)
            ; pandn xmm15, Rx(d)
            ; movdqa Rx(d), xmm15
        ),
        (B::Add, I8x16) => vv!(s, paddb, d, r),
        (B::Add, I16x8) => vv!(s, paddw, d, r),
        (B::Add, I32x4) => vv!(s, paddd, d, r),
        (B::Add, I64x2) => vv!(s, paddq, d, r),
        (B::Sub, I8x16) => vv!(s, psubb, d, r),
        (B::Sub, I16x8) => vv!(s, psubw, d, r),
        (B::Sub, I32x4) => vv!(s, psubd, d, r),
        (B::Sub, I64x2) => vv!(s, psubq, d, r),
        (B::Mul, I16x8) => vv!(s, pmullw, d, r),
        (B::Mul, I32x4) => vv!(s, pmulld, d, r),
        (B::Mul, I64x2) => asm!(s
            ; movdqa xmm15, Rx(d)
            ; psrlq xmm15, 32
            ; pmuludq xmm15, Rx(r)
            ; movdqa xmm14, Rx(r)
            ; psrlq xmm14, 32
            ; pmuludq xmm14, Rx(d)
            ; paddq xmm15, xmm14
            ; psllq xmm15, 32
            ; pmuludq Rx(d), Rx(r)
            ; paddq Rx(d), xmm15
        ),
        (B::AddSatS, I8x16) => vv!(s, paddsb, d, r),
        (B::AddSatS, I16x8) => vv!(s, paddsw, d, r),
        (B::AddSatU, I8x16) => vv!(s, paddusb, d, r),
        (B::AddSatU, I16x8) => vv!(s, paddusw, d, r),
        (B::SubSatS, I8x16) => vv!(s, psubsb, d, r),
        (B::SubSatS, I16x8) => vv!(s, psubsw, d, r),
        (B::SubSatU, I8x16) => vv!(s, psubusb, d, r),
        (B::SubSatU, I16x8) => vv!(s, psubusw, d, r),
        (B::MinS, I8x16) => vv!(s, pminsb, d, r),
        (B::MinS, I16x8) => vv!(s, pminsw, d, r),
        (B::MinS, I32x4) => vv!(s, pminsd, d, r),
        (B::MinU, I8x16) => vv!(s, pminub, d, r),
        (B::MinU, I16x8) => vv!(s, pminuw, d, r),
        (B::MinU, I32x4) => vv!(s, pminud, d, r),
        (B::MaxS, I8x16) => vv!(s, pmaxsb, d, r),
        (B::MaxS, I16x8) => vv!(s, pmaxsw, d, r),
        (B::MaxS, I32x4) => vv!(s, pmaxsd, d, r),
        (B::MaxU, I8x16) => vv!(s, pmaxub, d, r),
        (B::MaxU, I16x8) => vv!(s, pmaxuw, d, r),
        (B::MaxU, I32x4) => vv!(s, pmaxud, d, r),
        (B::AvgrU, I8x16) => vv!(s, pavgb, d, r),
        (B::AvgrU, I16x8) => vv!(s, pavgw, d, r),
        (B::Q15MulrSatS, I16x8) => {
            vv!(s, pmulhrsw, d, r);
            with_const!(s, movdqa XMM15, repeat(0x8000, 2));
            asm!(s; pcmpeqw xmm15, Rx(d); pxor Rx(d), xmm15);
        }
        (B::NarrowS, I8x16) => vv!(s, packsswb, d, r),
        (B::NarrowS, I16x8) => vv!(s, packssdw, d, r),
        (B::NarrowU, I8x16) => vv!(s, packuswb, d, r),
        (B::NarrowU, I16x8) => vv!(s, packusdw, d, r),
        (B::Dot, I32x4) => vv!(s, pmaddwd, d, r),
        (B::Swizzle, I8x16) => {
            // Indices 16..255 saturate to >= 0x80, which pshufb zeroes;
            // 0..15 keep their low nibble.
            asm!(s; movdqa xmm15, Rx(r));
            with_const!(s, paddusb XMM15, repeat(0x70, 1));
            asm!(s; pshufb Rx(d), xmm15);
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
fn extmul(
    s: &mut X64,
    lanes: Lanes,
    high: bool,
    signed: bool,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    match lanes {
        Lanes::I16x8 => {
            extend(s, lanes, high, signed, XMM15, r)?;
            extend(s, lanes, high, signed, d, d)?;
            vv!(s, pmullw, d, XMM15);
        }
        Lanes::I32x4 => {
            // Low and high halves of the 32-bit products, interleaved.
            asm!(s; movdqa xmm15, Rx(d); pmullw Rx(d), Rx(r));
            if signed {
                vv!(s, pmulhw, XMM15, r);
            } else {
                vv!(s, pmulhuw, XMM15, r);
            }
            if high {
                vv!(s, punpckhwd, d, XMM15);
            } else {
                vv!(s, punpcklwd, d, XMM15);
            }
        }
        Lanes::I64x2 => {
            // Lanes 0 and 2 hold the two inputs; pmul(u)dq multiplies those.
            let sel = if high { 0xfau8 as i8 } else { 0x50 };
            asm!(s; pshufd xmm15, Rx(r), sel; pshufd Rx(d), Rx(d), sel);
            if signed {
                vv!(s, pmuldq, d, XMM15);
            } else {
                vv!(s, pmuludq, d, XMM15);
            }
        }
        _ => return Err(bad_shape("extmul", lanes)),
    }
    Ok(())
}

/// `d` = the low or high half of `r`'s lanes extended to `lanes`.
pub(super) fn extend(
    s: &mut X64,
    lanes: Lanes,
    high: bool,
    signed: bool,
    d: u8,
    r: u8,
) -> Result<(), CompileError> {
    let src = if high {
        asm!(s; pshufd Rx(d), Rx(r), 0xeeu8 as i8);
        d
    } else {
        r
    };
    match (lanes, signed) {
        (Lanes::I16x8, true) => vv!(s, pmovsxbw, d, src),
        (Lanes::I16x8, false) => vv!(s, pmovzxbw, d, src),
        (Lanes::I32x4, true) => vv!(s, pmovsxwd, d, src),
        (Lanes::I32x4, false) => vv!(s, pmovzxwd, d, src),
        (Lanes::I64x2, true) => vv!(s, pmovsxdq, d, src),
        (Lanes::I64x2, false) => vv!(s, pmovzxdq, d, src),
        _ => return Err(bad_shape("extend", lanes)),
    }
    Ok(())
}

/// All ones in xmm15, then `d ^= xmm15`.
fn not(s: &mut X64, d: u8) {
    asm!(s; pcmpeqd xmm15, xmm15; pxor Rx(d), xmm15);
}

pub(super) fn unop(s: &mut X64, op: VecUnOp, lanes: Lanes, d: u8) -> Result<(), CompileError> {
    use Lanes::*;
    use VecUnOp as U;
    match (op, lanes) {
        (U::Not, _) => not(s, d),
        (U::Abs, I8x16) => vv!(s, pabsb, d, d),
        (U::Abs, I16x8) => vv!(s, pabsw, d, d),
        (U::Abs, I32x4) => vv!(s, pabsd, d, d),
        (U::Abs, I64x2) => asm!(s
            ; movdqa xmm15, Rx(d)
            ; psrad xmm15, 31
            ; pshufd xmm15, xmm15, 0xf5u8 as i8
            ; pxor Rx(d), xmm15
            ; psubq Rx(d), xmm15
        ),
        (U::Neg, _) => {
            asm!(s; pxor xmm15, xmm15);
            match lanes {
                I8x16 => vv!(s, psubb, XMM15, d),
                I16x8 => vv!(s, psubw, XMM15, d),
                I32x4 => vv!(s, psubd, XMM15, d),
                I64x2 => vv!(s, psubq, XMM15, d),
                _ => return Err(bad_shape("integer neg", lanes)),
            }
            vv!(s, movdqa, d, XMM15);
        }
        (U::Popcnt, I8x16) => {
            let nibble = repeat(0x0f, 1);
            let table = u128::from_le_bytes([0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4]);
            asm!(s; movdqa xmm15, Rx(d); psrlw xmm15, 4);
            with_const!(s, pand XMM15, nibble);
            with_const!(s, pand d, nibble);
            with_const!(s, movdqa XMM14, table);
            vv!(s, pshufb, XMM14, d);
            with_const!(s, movdqa d, table);
            asm!(s; pshufb Rx(d), xmm15; paddb Rx(d), xmm14);
        }
        (U::ExtendLowS, _) => extend(s, lanes, false, true, d, d)?,
        (U::ExtendLowU, _) => extend(s, lanes, false, false, d, d)?,
        (U::ExtendHighS, _) => extend(s, lanes, true, true, d, d)?,
        (U::ExtendHighU, _) => extend(s, lanes, true, false, d, d)?,
        (U::ExtAddPairwiseS, I16x8) => {
            // pmaddubsw: first operand unsigned (ones), second signed.
            with_const!(s, movdqa XMM15, repeat(1, 1));
            asm!(s; pmaddubsw xmm15, Rx(d); movdqa Rx(d), xmm15);
        }
        (U::ExtAddPairwiseU, I16x8) => with_const!(s, pmaddubsw d, repeat(1, 1)),
        (U::ExtAddPairwiseS, I32x4) => with_const!(s, pmaddwd d, repeat(1, 2)),
        (U::ExtAddPairwiseU, I32x4) => {
            with_const!(s, pxor d, repeat(0x8000, 2));
            with_const!(s, pmaddwd d, repeat(1, 2));
            with_const!(s, paddd d, repeat(0x1_0000, 4));
        }
        _ => return Err(bad_shape(&format!("{op:?}"), lanes)),
    }
    Ok(())
}

/// xmm15 = all ones in the 64-bit lanes where `a > b` (signed); a and b
/// are kept, xmm14 is clobbered.
fn gt64(s: &mut X64, a: u8, b: u8) {
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

/// xmm15 = all ones in the lanes where `a > b` (signed).
fn gt(s: &mut X64, lanes: Lanes, a: u8, b: u8) {
    if lanes == Lanes::I64x2 {
        return gt64(s, a, b);
    }
    vv!(s, movdqa, XMM15, a);
    match lanes {
        Lanes::I8x16 => vv!(s, pcmpgtb, XMM15, b),
        Lanes::I16x8 => vv!(s, pcmpgtw, XMM15, b),
        _ => vv!(s, pcmpgtd, XMM15, b),
    }
}

/// d = all ones where `max(d, r) == d` (`Ge`) or `min(d, r) == d` (`Le`),
/// unsigned.
fn unsigned_ge_le(s: &mut X64, ge: bool, lanes: Lanes, d: u8, r: u8) -> Result<(), CompileError> {
    vv!(s, movdqa, XMM15, d);
    match (ge, lanes) {
        (true, Lanes::I8x16) => vv!(s, pmaxub, XMM15, r),
        (true, Lanes::I16x8) => vv!(s, pmaxuw, XMM15, r),
        (true, Lanes::I32x4) => vv!(s, pmaxud, XMM15, r),
        (false, Lanes::I8x16) => vv!(s, pminub, XMM15, r),
        (false, Lanes::I16x8) => vv!(s, pminuw, XMM15, r),
        (false, Lanes::I32x4) => vv!(s, pminud, XMM15, r),
        _ => return Err(bad_shape("unsigned comparison", lanes)),
    }
    pcmpeq(s, lanes, d, XMM15);
    Ok(())
}

pub(super) fn cmp(
    s: &mut X64,
    cond: IntCond,
    lanes: Lanes,
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
            gt(s, lanes, d, r);
            vv!(s, movdqa, d, XMM15);
            if cond == IntCond::LeS {
                not(s, d);
            }
        }
        IntCond::LtS | IntCond::GeS => {
            gt(s, lanes, r, d);
            vv!(s, movdqa, d, XMM15);
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
