//! x86-64 SIMD data movement (SSE4.1, or AVX encodings in AVX mode; see
//! `emit`): vector loads and stores, constants, splats, lanes, shuffles,
//! `bitselect`, shifts and the reductions to an integer.
//!
//! * AVX mode loads 32- and 64-bit splats with `vbroadcastss`/`vmovddup`
//!   straight from memory and uses three-operand forms to save copies;
//!   with AVX2, integer splats are `vpbroadcast*` (8- and 16-bit load
//!   splats straight from memory too).
//! * Shuffles use two `pshufb`s with masks computed at compile time (an
//!   index of the other operand becomes 0x80, which `pshufb` turns into a
//!   zero byte) and an `or`.
//! * `swizzle` (in `simd_int.rs`) and byte shifts have no SSE instruction:
//!   byte shifts work on 16-bit lanes built by unpacking each byte twice,
//!   then pack the results back.
//! * 64-bit arithmetic shifts right (no `psraq` before AVX-512) flip the
//!   negative lanes, shift logically and flip back.
//!
//! Temporaries: xmm14 and xmm15 (never allocated), rax and rcx.

use super::emit::{load_const, rai, rr, rri, rrr, ru, rui, vex_movmsk, vex_swapped, with_const};
use super::{asm, RCX, X64, XMM14, XMM15};
pub(super) use crate::machine::{bad_shape, repeat};
use crate::machine::{Addr, IntOp, LoadKind, Masm, Reg, RegImm, Shape, Size, VecReduce};
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use trident_types::CompileError;

/// Emits `$op xmm, [addr]` for an [`Addr`] with or without index.
macro_rules! xmm_mem {
    ($s:expr, $a:expr, $op:ident $r:expr) => {
        match $a.index {
            Some(i) => asm!($s; $op Rx($r), [Rq($a.base) + Rq(i) + $a.disp]),
            None => asm!($s; $op Rx($r), [Rq($a.base) + $a.disp]),
        }
    };
    ($s:expr, $a:expr, $sse:ident / $vex:ident $r:expr) => {
        if $s.avx() {
            xmm_mem!($s, $a, $vex $r)
        } else {
            xmm_mem!($s, $a, $sse $r)
        }
    };
}

pub(super) fn load<const L: u8>(s: &mut X64<L>, kind: LoadKind, r: u8, a: Addr) {
    match kind {
        LoadKind::V128Splat { bytes: 4 } if s.avx() => xmm_mem!(s, a, vbroadcastss r),
        LoadKind::V128Splat { bytes: 8 } if s.avx() => xmm_mem!(s, a, vmovddup r),
        LoadKind::V128Splat { bytes: 1 } if s.avx2() => match a.index {
            Some(i) => asm!(s; vpbroadcastb Rx(r), BYTE [Rq(a.base) + Rq(i) + a.disp]),
            None => asm!(s; vpbroadcastb Rx(r), BYTE [Rq(a.base) + a.disp]),
        },
        LoadKind::V128Splat { bytes: 2 } if s.avx2() => match a.index {
            Some(i) => asm!(s; vpbroadcastw Rx(r), WORD [Rq(a.base) + Rq(i) + a.disp]),
            None => asm!(s; vpbroadcastw Rx(r), WORD [Rq(a.base) + a.disp]),
        },
        LoadKind::V128Splat { bytes: 4 } => {
            s.load(LoadKind::F32, Reg::Fpr(r), a, None);
            asm!(s; shufps Rx(r), Rx(r), 0);
        }
        LoadKind::V128Splat { bytes: 8 } => {
            s.load(LoadKind::F64, Reg::Fpr(r), a, None);
            asm!(s; movlhps Rx(r), Rx(r));
        }
        LoadKind::V128Splat { bytes } => {
            let int = LoadKind::Int {
                bytes,
                signed: false,
                size: Size::S32,
            };
            s.load(int, Reg::Gpr(super::RAX), a, None);
            let lanes = if bytes == 1 {
                Shape::I8x16
            } else {
                Shape::I16x8
            };
            splat_int(s, lanes, r, super::RAX);
        }
        LoadKind::V128Zero { bytes: 4 } => s.load(LoadKind::F32, Reg::Fpr(r), a, None),
        LoadKind::V128Zero { .. } => s.load(LoadKind::F64, Reg::Fpr(r), a, None),
        LoadKind::V128Extend { bytes, signed } => match (bytes, signed) {
            (1, true) => xmm_mem!(s, a, pmovsxbw/vpmovsxbw r),
            (1, false) => xmm_mem!(s, a, pmovzxbw/vpmovzxbw r),
            (2, true) => xmm_mem!(s, a, pmovsxwd/vpmovsxwd r),
            (2, false) => xmm_mem!(s, a, pmovzxwd/vpmovzxwd r),
            (_, true) => xmm_mem!(s, a, pmovsxdq/vpmovsxdq r),
            (_, false) => xmm_mem!(s, a, pmovzxdq/vpmovzxdq r),
        },
        _ => xmm_mem!(s, a, movdqu/vmovdqu r),
    }
}

pub(super) fn store<const L: u8>(s: &mut X64<L>, r: u8, a: Addr) {
    match (a.index, s.avx()) {
        (Some(i), false) => asm!(s; movdqu [Rq(a.base) + Rq(i) + a.disp], Rx(r)),
        (None, false) => asm!(s; movdqu [Rq(a.base) + a.disp], Rx(r)),
        (Some(i), true) => asm!(s; vmovdqu [Rq(a.base) + Rq(i) + a.disp], Rx(r)),
        (None, true) => asm!(s; vmovdqu [Rq(a.base) + a.disp], Rx(r)),
    }
}

pub(super) fn v128_const<const L: u8>(s: &mut X64<L>, d: u8, bits: u128) {
    match bits {
        0 => rr!(s; pxor/vpxor, d, d),
        u128::MAX => rr!(s; pcmpeqd/vpcmpeqd, d, d),
        _ => load_const!(s; movdqa/vmovdqa, d, bits),
    }
}

/// Splats the low `lanes` bits of gpr `r` into vector `d`.
fn splat_int<const L: u8>(s: &mut X64<L>, lanes: Shape, d: u8, r: u8) {
    let size = if lanes == Shape::I64x2 {
        Size::S64
    } else {
        Size::S32
    };
    s.gpr_to_fpr(size, d, r);
    match lanes {
        Shape::I8x16 if s.avx2() => asm!(s; vpbroadcastb Rx(d), Rx(d)),
        Shape::I16x8 if s.avx2() => asm!(s; vpbroadcastw Rx(d), Rx(d)),
        Shape::I32x4 if s.avx2() => asm!(s; vpbroadcastd Rx(d), Rx(d)),
        Shape::I64x2 if s.avx2() => asm!(s; vpbroadcastq Rx(d), Rx(d)),
        Shape::I8x16 => {
            rr!(s; pxor/vpxor, XMM15, XMM15);
            rr!(s; pshufb/vpshufb, d, XMM15);
        }
        Shape::I16x8 => {
            rui!(s; pshuflw/vpshuflw, d, d, 0);
            rui!(s; pshufd/vpshufd, d, d, 0);
        }
        Shape::I32x4 => rui!(s; pshufd/vpshufd, d, d, 0),
        _ => rr!(s; punpcklqdq/vpunpcklqdq, d, d),
    }
}

pub(super) fn splat<const L: u8>(
    s: &mut X64<L>,
    lanes: Shape,
    d: u8,
    src: Reg,
) -> Result<(), CompileError> {
    match (lanes, src) {
        (Shape::F32x4, Reg::Fpr(r)) if s.avx() => vex_swapped!(s; vshufps, d, r, r, 0),
        (Shape::F64x2, Reg::Fpr(r)) if s.avx() => asm!(s; vmovddup Rx(d), Rx(r)),
        (Shape::F32x4, Reg::Fpr(r)) => {
            s.mov(Reg::Fpr(d), Reg::Fpr(r));
            asm!(s; shufps Rx(d), Rx(d), 0);
        }
        (Shape::F64x2, Reg::Fpr(r)) => {
            s.mov(Reg::Fpr(d), Reg::Fpr(r));
            asm!(s; movlhps Rx(d), Rx(d));
        }
        (l, Reg::Gpr(r)) if !l.is_float() => splat_int(s, l, d, r),
        _ => return Err(bad_shape("splat from this register", lanes)),
    }
    Ok(())
}

pub(super) fn extract_lane<const L: u8>(
    s: &mut X64<L>,
    lanes: Shape,
    lane: u8,
    signed: bool,
    dst: Reg,
    v: u8,
) -> Result<(), CompileError> {
    let i = lane as i8;
    match (lanes, dst) {
        (Shape::I8x16, Reg::Gpr(d)) => {
            if s.avx() {
                asm!(s; vpextrb Rd(d), Rx(v), i);
            } else {
                asm!(s; pextrb Rd(d), Rx(v), i);
            }
            if signed {
                asm!(s; movsx Rd(d), Rb(d));
            }
        }
        (Shape::I16x8, Reg::Gpr(d)) => {
            if s.avx() {
                asm!(s; vpextrw Rd(d), Rx(v), i);
            } else {
                asm!(s; pextrw Rd(d), Rx(v), i);
            }
            if signed {
                asm!(s; movsx Rd(d), Rw(d));
            }
        }
        (Shape::I32x4, Reg::Gpr(d)) if s.avx() => asm!(s; vpextrd Rd(d), Rx(v), i),
        (Shape::I32x4, Reg::Gpr(d)) => asm!(s; pextrd Rd(d), Rx(v), i),
        (Shape::I64x2, Reg::Gpr(d)) if s.avx() => asm!(s; vpextrq Rq(d), Rx(v), i),
        (Shape::I64x2, Reg::Gpr(d)) => asm!(s; pextrq Rq(d), Rx(v), i),
        // insertps: source lane `lane`, destination lane 0, zero 1-3.
        (Shape::F32x4, Reg::Fpr(d)) => rri!(s; insertps/vinsertps, d, v, (i << 6) | 0x0e),
        (Shape::F64x2, Reg::Fpr(d)) if lane == 0 => ru!(s; movq/vmovq, d, v),
        (Shape::F64x2, Reg::Fpr(d)) => rai!(s; movaps: psrldq/vpsrldq, d, v, 8),
        _ => return Err(bad_shape("extract_lane into this register", lanes)),
    }
    Ok(())
}

pub(super) fn replace_lane<const L: u8>(
    s: &mut X64<L>,
    lanes: Shape,
    lane: u8,
    d: u8,
    src: Reg,
) -> Result<(), CompileError> {
    let i = lane as i8;
    let avx = s.avx();
    match (lanes, src) {
        (Shape::I8x16, Reg::Gpr(r)) if avx => asm!(s; vpinsrb Rx(d), Rx(d), Rd(r), i),
        (Shape::I16x8, Reg::Gpr(r)) if avx => asm!(s; vpinsrw Rx(d), Rx(d), Rd(r), i),
        (Shape::I32x4, Reg::Gpr(r)) if avx => asm!(s; vpinsrd Rx(d), Rx(d), Rd(r), i),
        (Shape::I64x2, Reg::Gpr(r)) if avx => asm!(s; vpinsrq Rx(d), Rx(d), Rq(r), i),
        (Shape::I8x16, Reg::Gpr(r)) => asm!(s; pinsrb Rx(d), Rd(r), i),
        (Shape::I16x8, Reg::Gpr(r)) => asm!(s; pinsrw Rx(d), Rd(r), i),
        (Shape::I32x4, Reg::Gpr(r)) => asm!(s; pinsrd Rx(d), Rd(r), i),
        (Shape::I64x2, Reg::Gpr(r)) => asm!(s; pinsrq Rx(d), Rq(r), i),
        (Shape::F32x4, Reg::Fpr(r)) => rri!(s; insertps/vinsertps, d, r, i << 4),
        (Shape::F64x2, Reg::Fpr(r)) if lane == 0 => rr!(s; movsd/vmovsd, d, r),
        (Shape::F64x2, Reg::Fpr(r)) => rr!(s; movlhps/vmovlhps, d, r),
        _ => return Err(bad_shape("replace_lane from this register", lanes)),
    }
    Ok(())
}

pub(super) fn shuffle<const L: u8>(s: &mut X64<L>, d: u8, r: u8, lanes: [u8; 16]) {
    let (mut from_d, mut from_r) = ([0x80u8; 16], [0x80u8; 16]);
    for (i, l) in lanes.iter().enumerate() {
        if *l < 16 {
            from_d[i] = *l;
        } else {
            from_r[i] = l & 15;
        }
    }
    let (from_r, from_d) = (u128::from_le_bytes(from_r), u128::from_le_bytes(from_d));
    if s.avx() {
        let l = s.const_label(from_r);
        asm!(s; vpshufb xmm15, Rx(r), [=>l]);
    } else {
        asm!(s; movdqa xmm15, Rx(r));
        with_const!(s; pshufb/vpshufb, XMM15, from_r);
    }
    with_const!(s; pshufb/vpshufb, d, from_d);
    rr!(s; por/vpor, d, XMM15);
}

pub(super) fn bitselect<const L: u8>(s: &mut X64<L>, d: u8, other: u8, mask: u8) {
    rr!(s; pand/vpand, d, mask);
    rrr!(s; movdqa: pandn/vpandn, XMM15, mask, other);
    rr!(s; por/vpor, d, XMM15);
}

/// `pcmpeq` at the lane width.
pub(super) fn pcmpeq<const L: u8>(s: &mut X64<L>, lanes: Shape, d: u8, r: u8) {
    match lanes.lane_bytes() {
        1 => rr!(s; pcmpeqb/vpcmpeqb, d, r),
        2 => rr!(s; pcmpeqw/vpcmpeqw, d, r),
        4 => rr!(s; pcmpeqd/vpcmpeqd, d, r),
        _ => rr!(s; pcmpeqq/vpcmpeqq, d, r),
    }
}

pub(super) fn reduce<const L: u8>(
    s: &mut X64<L>,
    op: VecReduce,
    lanes: Shape,
    d: u8,
    v: u8,
) -> Result<(), CompileError> {
    let avx = s.avx();
    match (op, lanes) {
        (VecReduce::AnyTrue, _) => {
            ru!(s; ptest/vptest, v, v);
            asm!(s; setnz al; movzx Rd(d), al);
        }
        (VecReduce::AllTrue, l) if !l.is_float() => {
            rr!(s; pxor/vpxor, XMM15, XMM15);
            pcmpeq(s, l, XMM15, v);
            ru!(s; ptest/vptest, XMM15, XMM15);
            asm!(s; setz al; movzx Rd(d), al);
        }
        (VecReduce::Bitmask, Shape::I8x16) if avx => vex_movmsk(s, true, 0xd7, d, v),
        (VecReduce::Bitmask, Shape::I8x16) => asm!(s; pmovmskb Rd(d), Rx(v)),
        (VecReduce::Bitmask, Shape::I16x8) if avx => {
            asm!(s; vpacksswb xmm15, Rx(v), Rx(v));
            vex_movmsk(s, true, 0xd7, d, XMM15);
            asm!(s; and Rd(d), 0xff);
        }
        (VecReduce::Bitmask, Shape::I16x8) => asm!(s
            ; movdqa xmm15, Rx(v)
            ; packsswb xmm15, xmm15
            ; pmovmskb Rd(d), xmm15
            ; and Rd(d), 0xff
        ),
        (VecReduce::Bitmask, Shape::I32x4) if avx => vex_movmsk(s, false, 0x50, d, v),
        (VecReduce::Bitmask, Shape::I32x4) => asm!(s; movmskps Rd(d), Rx(v)),
        (VecReduce::Bitmask, Shape::I64x2) if avx => vex_movmsk(s, true, 0x50, d, v),
        (VecReduce::Bitmask, Shape::I64x2) => asm!(s; movmskpd Rd(d), Rx(v)),
        _ => return Err(bad_shape("this reduction", lanes)),
    }
    Ok(())
}

/// `d` = each 64-bit lane of `v` replaced by its sign (all ones or
/// zero): the high dwords' arithmetic shift, copied to both halves.
pub(super) fn sign64<const L: u8>(s: &mut X64<L>, d: u8, v: u8) {
    rai!(s; movdqa: psrad/vpsrad, d, v, 31);
    rui!(s; pshufd/vpshufd, d, d, 0xf5u8 as i8);
}

/// Puts `(count mod 2^bits) + extra` in xmm14.
fn shift_count<const L: u8>(s: &mut X64<L>, count: RegImm, bits: i32, extra: i32) {
    match count {
        RegImm::Reg(r) => {
            asm!(s; mov ecx, Rd(r); and ecx, bits - 1);
            if extra != 0 {
                asm!(s; add ecx, extra);
            }
        }
        RegImm::Imm(i) => asm!(s; mov ecx, (i & (bits - 1)) + extra),
    }
    s.gpr_to_fpr(Size::S32, XMM14, RCX);
}

pub(super) fn shift<const L: u8>(
    s: &mut X64<L>,
    op: IntOp,
    lanes: Shape,
    d: u8,
    count: RegImm,
) -> Result<(), CompileError> {
    let bits = 8 * i32::from(lanes.lane_bytes());
    let low_bytes = repeat(0x00ff, 2);
    match (lanes, op) {
        (Shape::I8x16, IntOp::Shl) => {
            // Each byte doubled into a 16-bit lane, shifted, low byte kept.
            shift_count(s, count, bits, 0);
            rrr!(s; movdqa: punpckhbw/vpunpckhbw, XMM15, d, d);
            rr!(s; psllw/vpsllw, XMM15, XMM14);
            rr!(s; punpcklbw/vpunpcklbw, d, d);
            rr!(s; psllw/vpsllw, d, XMM14);
            with_const!(s; pand/vpand, XMM15, low_bytes);
            with_const!(s; pand/vpand, d, low_bytes);
            rr!(s; packuswb/vpackuswb, d, XMM15);
        }
        (Shape::I8x16, IntOp::ShrS | IntOp::ShrU) => {
            // The doubled byte shifted by 8 more is the byte shifted
            // (arithmetically or logically) and extended.
            shift_count(s, count, bits, 8);
            rrr!(s; movdqa: punpckhbw/vpunpckhbw, XMM15, d, d);
            rr!(s; punpcklbw/vpunpcklbw, d, d);
            if op == IntOp::ShrS {
                rr!(s; psraw/vpsraw, XMM15, XMM14);
                rr!(s; psraw/vpsraw, d, XMM14);
                rr!(s; packsswb/vpacksswb, d, XMM15);
            } else {
                rr!(s; psrlw/vpsrlw, XMM15, XMM14);
                rr!(s; psrlw/vpsrlw, d, XMM14);
                rr!(s; packuswb/vpackuswb, d, XMM15);
            }
        }
        (Shape::I64x2, IntOp::ShrS) => {
            shift_count(s, count, bits, 0);
            sign64(s, XMM15, d);
            rr!(s; pxor/vpxor, d, XMM15);
            rr!(s; psrlq/vpsrlq, d, XMM14);
            rr!(s; pxor/vpxor, d, XMM15);
        }
        (l, _) if !l.is_float() => {
            shift_count(s, count, bits, 0);
            let x = XMM14;
            match (l, op) {
                (Shape::I16x8, IntOp::Shl) => rr!(s; psllw/vpsllw, d, x),
                (Shape::I16x8, IntOp::ShrS) => rr!(s; psraw/vpsraw, d, x),
                (Shape::I16x8, IntOp::ShrU) => rr!(s; psrlw/vpsrlw, d, x),
                (Shape::I32x4, IntOp::Shl) => rr!(s; pslld/vpslld, d, x),
                (Shape::I32x4, IntOp::ShrS) => rr!(s; psrad/vpsrad, d, x),
                (Shape::I32x4, IntOp::ShrU) => rr!(s; psrld/vpsrld, d, x),
                (Shape::I64x2, IntOp::Shl) => rr!(s; psllq/vpsllq, d, x),
                (Shape::I64x2, IntOp::ShrU) => rr!(s; psrlq/vpsrlq, d, x),
                _ => return Err(bad_shape("this shift", lanes)),
            }
        }
        _ => return Err(bad_shape("this shift", lanes)),
    }
    Ok(())
}
