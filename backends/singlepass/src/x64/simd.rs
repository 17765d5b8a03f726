//! x86-64 SIMD data movement (SSE4.1 at most): vector loads and stores,
//! constants, splats, lanes, shuffles, `bitselect`, shifts and the
//! reductions to an integer.
//!
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

use super::{asm, X64, XMM14, XMM15};
pub(super) use crate::machine::{bad_shape, repeat};
use crate::machine::{Addr, IntOp, Lanes, LoadKind, Masm, Reg, RegImm, Size, VecReduce};
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
}

/// Emits `$op xmm, [rip + constant]` for a 128-bit constant.
macro_rules! with_const {
    ($s:expr, $op:ident $r:expr, $bits:expr) => {{
        let l = $s.const_label($bits);
        asm!($s; $op Rx($r), [=>l]);
    }};
}
pub(super) use with_const;

pub(super) fn load(s: &mut X64, kind: LoadKind, r: u8, a: Addr) {
    match kind {
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
                Lanes::I8x16
            } else {
                Lanes::I16x8
            };
            splat_int(s, lanes, r, super::RAX);
        }
        LoadKind::V128Zero { bytes: 4 } => s.load(LoadKind::F32, Reg::Fpr(r), a, None),
        LoadKind::V128Zero { .. } => s.load(LoadKind::F64, Reg::Fpr(r), a, None),
        LoadKind::V128Extend { bytes, signed } => match (bytes, signed) {
            (1, true) => xmm_mem!(s, a, pmovsxbw r),
            (1, false) => xmm_mem!(s, a, pmovzxbw r),
            (2, true) => xmm_mem!(s, a, pmovsxwd r),
            (2, false) => xmm_mem!(s, a, pmovzxwd r),
            (_, true) => xmm_mem!(s, a, pmovsxdq r),
            (_, false) => xmm_mem!(s, a, pmovzxdq r),
        },
        _ => xmm_mem!(s, a, movdqu r),
    }
}

pub(super) fn store(s: &mut X64, r: u8, a: Addr) {
    match a.index {
        Some(i) => asm!(s; movdqu [Rq(a.base) + Rq(i) + a.disp], Rx(r)),
        None => asm!(s; movdqu [Rq(a.base) + a.disp], Rx(r)),
    }
}

pub(super) fn v128_const(s: &mut X64, d: u8, bits: u128) {
    match bits {
        0 => asm!(s; pxor Rx(d), Rx(d)),
        u128::MAX => asm!(s; pcmpeqd Rx(d), Rx(d)),
        _ => with_const!(s, movdqa d, bits),
    }
}

/// Splats the low `lanes` bits of gpr `r` into vector `d`.
fn splat_int(s: &mut X64, lanes: Lanes, d: u8, r: u8) {
    match lanes {
        Lanes::I8x16 => asm!(s
            ; movd Rx(d), Rd(r)
            ; pxor xmm15, xmm15
            ; pshufb Rx(d), xmm15
        ),
        Lanes::I16x8 => asm!(s
            ; movd Rx(d), Rd(r)
            ; pshuflw Rx(d), Rx(d), 0
            ; pshufd Rx(d), Rx(d), 0
        ),
        Lanes::I32x4 => asm!(s; movd Rx(d), Rd(r); pshufd Rx(d), Rx(d), 0),
        _ => asm!(s; movq Rx(d), Rq(r); punpcklqdq Rx(d), Rx(d)),
    }
}

pub(super) fn splat(s: &mut X64, lanes: Lanes, d: u8, src: Reg) -> Result<(), CompileError> {
    match (lanes, src) {
        (Lanes::F32x4, Reg::Fpr(r)) => {
            s.mov(Reg::Fpr(d), Reg::Fpr(r));
            asm!(s; shufps Rx(d), Rx(d), 0);
        }
        (Lanes::F64x2, Reg::Fpr(r)) => {
            s.mov(Reg::Fpr(d), Reg::Fpr(r));
            asm!(s; movlhps Rx(d), Rx(d));
        }
        (l, Reg::Gpr(r)) if !l.is_float() => splat_int(s, l, d, r),
        _ => return Err(bad_shape("splat from this register", lanes)),
    }
    Ok(())
}

pub(super) fn extract_lane(
    s: &mut X64,
    lanes: Lanes,
    lane: u8,
    signed: bool,
    dst: Reg,
    v: u8,
) -> Result<(), CompileError> {
    let i = lane as i8;
    match (lanes, dst) {
        (Lanes::I8x16, Reg::Gpr(d)) => {
            asm!(s; pextrb Rd(d), Rx(v), i);
            if signed {
                asm!(s; movsx Rd(d), Rb(d));
            }
        }
        (Lanes::I16x8, Reg::Gpr(d)) => {
            asm!(s; pextrw Rd(d), Rx(v), i);
            if signed {
                asm!(s; movsx Rd(d), Rw(d));
            }
        }
        (Lanes::I32x4, Reg::Gpr(d)) => asm!(s; pextrd Rd(d), Rx(v), i),
        (Lanes::I64x2, Reg::Gpr(d)) => asm!(s; pextrq Rq(d), Rx(v), i),
        // insertps: source lane `lane`, destination lane 0, zero 1-3.
        (Lanes::F32x4, Reg::Fpr(d)) => asm!(s; insertps Rx(d), Rx(v), (i << 6) | 0x0e),
        (Lanes::F64x2, Reg::Fpr(d)) if lane == 0 => asm!(s; movq Rx(d), Rx(v)),
        (Lanes::F64x2, Reg::Fpr(d)) => {
            s.mov(Reg::Fpr(d), Reg::Fpr(v));
            asm!(s; psrldq Rx(d), 8);
        }
        _ => return Err(bad_shape("extract_lane into this register", lanes)),
    }
    Ok(())
}

pub(super) fn replace_lane(
    s: &mut X64,
    lanes: Lanes,
    lane: u8,
    d: u8,
    src: Reg,
) -> Result<(), CompileError> {
    let i = lane as i8;
    match (lanes, src) {
        (Lanes::I8x16, Reg::Gpr(r)) => asm!(s; pinsrb Rx(d), Rd(r), i),
        (Lanes::I16x8, Reg::Gpr(r)) => asm!(s; pinsrw Rx(d), Rd(r), i),
        (Lanes::I32x4, Reg::Gpr(r)) => asm!(s; pinsrd Rx(d), Rd(r), i),
        (Lanes::I64x2, Reg::Gpr(r)) => asm!(s; pinsrq Rx(d), Rq(r), i),
        (Lanes::F32x4, Reg::Fpr(r)) => asm!(s; insertps Rx(d), Rx(r), i << 4),
        (Lanes::F64x2, Reg::Fpr(r)) if lane == 0 => asm!(s; movsd Rx(d), Rx(r)),
        (Lanes::F64x2, Reg::Fpr(r)) => asm!(s; movlhps Rx(d), Rx(r)),
        _ => return Err(bad_shape("replace_lane from this register", lanes)),
    }
    Ok(())
}

pub(super) fn shuffle(s: &mut X64, d: u8, r: u8, lanes: [u8; 16]) {
    let (mut from_d, mut from_r) = ([0x80u8; 16], [0x80u8; 16]);
    for (i, l) in lanes.iter().enumerate() {
        if *l < 16 {
            from_d[i] = *l;
        } else {
            from_r[i] = l & 15;
        }
    }
    asm!(s; movdqa xmm15, Rx(r));
    with_const!(s, pshufb XMM15, u128::from_le_bytes(from_r));
    with_const!(s, pshufb d, u128::from_le_bytes(from_d));
    asm!(s; por Rx(d), xmm15);
}

pub(super) fn bitselect(s: &mut X64, d: u8, other: u8, mask: u8) {
    asm!(s
        ; pand Rx(d), Rx(mask)
        ; movdqa xmm15, Rx(mask)
        ; pandn xmm15, Rx(other)
        ; por Rx(d), xmm15
    );
}

/// `pcmpeq` at the lane width.
pub(super) fn pcmpeq(s: &mut X64, lanes: Lanes, d: u8, r: u8) {
    match lanes.lane_bytes() {
        1 => asm!(s; pcmpeqb Rx(d), Rx(r)),
        2 => asm!(s; pcmpeqw Rx(d), Rx(r)),
        4 => asm!(s; pcmpeqd Rx(d), Rx(r)),
        _ => asm!(s; pcmpeqq Rx(d), Rx(r)),
    }
}

pub(super) fn reduce(
    s: &mut X64,
    op: VecReduce,
    lanes: Lanes,
    d: u8,
    v: u8,
) -> Result<(), CompileError> {
    match (op, lanes) {
        (VecReduce::AnyTrue, _) => asm!(s; ptest Rx(v), Rx(v); setnz al; movzx Rd(d), al),
        (VecReduce::AllTrue, l) if !l.is_float() => {
            asm!(s; pxor xmm15, xmm15);
            pcmpeq(s, l, XMM15, v);
            asm!(s; ptest xmm15, xmm15; setz al; movzx Rd(d), al);
        }
        (VecReduce::Bitmask, Lanes::I8x16) => asm!(s; pmovmskb Rd(d), Rx(v)),
        (VecReduce::Bitmask, Lanes::I16x8) => asm!(s
            ; movdqa xmm15, Rx(v)
            ; packsswb xmm15, xmm15
            ; pmovmskb Rd(d), xmm15
            ; and Rd(d), 0xff
        ),
        (VecReduce::Bitmask, Lanes::I32x4) => asm!(s; movmskps Rd(d), Rx(v)),
        (VecReduce::Bitmask, Lanes::I64x2) => asm!(s; movmskpd Rd(d), Rx(v)),
        _ => return Err(bad_shape("this reduction", lanes)),
    }
    Ok(())
}

/// Puts `(count mod 2^bits) + extra` in xmm14.
fn shift_count(s: &mut X64, count: RegImm, bits: i32, extra: i32) {
    match count {
        RegImm::Reg(r) => {
            asm!(s; mov ecx, Rd(r); and ecx, bits - 1);
            if extra != 0 {
                asm!(s; add ecx, extra);
            }
        }
        RegImm::Imm(i) => asm!(s; mov ecx, (i & (bits - 1)) + extra),
    }
    asm!(s; movd xmm14, ecx);
}

pub(super) fn shift(
    s: &mut X64,
    op: IntOp,
    lanes: Lanes,
    d: u8,
    count: RegImm,
) -> Result<(), CompileError> {
    let bits = 8 * i32::from(lanes.lane_bytes());
    let low_bytes = repeat(0x00ff, 2);
    match (lanes, op) {
        (Lanes::I8x16, IntOp::Shl) => {
            // Each byte doubled into a 16-bit lane, shifted, low byte kept.
            shift_count(s, count, bits, 0);
            asm!(s
                ; movdqa xmm15, Rx(d)
                ; punpckhbw xmm15, xmm15
                ; psllw xmm15, xmm14
                ; punpcklbw Rx(d), Rx(d)
                ; psllw Rx(d), xmm14
            );
            with_const!(s, pand XMM15, low_bytes);
            with_const!(s, pand d, low_bytes);
            asm!(s; packuswb Rx(d), xmm15);
        }
        (Lanes::I8x16, IntOp::ShrS | IntOp::ShrU) => {
            // The doubled byte shifted by 8 more is the byte shifted
            // (arithmetically or logically) and extended.
            shift_count(s, count, bits, 8);
            asm!(s
                ; movdqa xmm15, Rx(d)
                ; punpckhbw xmm15, xmm15
                ; punpcklbw Rx(d), Rx(d)
            );
            if op == IntOp::ShrS {
                asm!(s
                    ; psraw xmm15, xmm14
                    ; psraw Rx(d), xmm14
                    ; packsswb Rx(d), xmm15
                );
            } else {
                asm!(s
                    ; psrlw xmm15, xmm14
                    ; psrlw Rx(d), xmm14
                    ; packuswb Rx(d), xmm15
                );
            }
        }
        (Lanes::I64x2, IntOp::ShrS) => {
            shift_count(s, count, bits, 0);
            asm!(s
                ; movdqa xmm15, Rx(d)
                ; psrad xmm15, 31
                ; pshufd xmm15, xmm15, 0xf5u8 as i8
                ; pxor Rx(d), xmm15
                ; psrlq Rx(d), xmm14
                ; pxor Rx(d), xmm15
            );
        }
        (l, _) if !l.is_float() => {
            shift_count(s, count, bits, 0);
            let x = XMM14;
            match (l, op) {
                (Lanes::I16x8, IntOp::Shl) => asm!(s; psllw Rx(d), Rx(x)),
                (Lanes::I16x8, IntOp::ShrS) => asm!(s; psraw Rx(d), Rx(x)),
                (Lanes::I16x8, IntOp::ShrU) => asm!(s; psrlw Rx(d), Rx(x)),
                (Lanes::I32x4, IntOp::Shl) => asm!(s; pslld Rx(d), Rx(x)),
                (Lanes::I32x4, IntOp::ShrS) => asm!(s; psrad Rx(d), Rx(x)),
                (Lanes::I32x4, IntOp::ShrU) => asm!(s; psrld Rx(d), Rx(x)),
                (Lanes::I64x2, IntOp::Shl) => asm!(s; psllq Rx(d), Rx(x)),
                (Lanes::I64x2, IntOp::ShrU) => asm!(s; psrlq Rx(d), Rx(x)),
                _ => return Err(bad_shape("this shift", lanes)),
            }
        }
        _ => return Err(bad_shape("this shift", lanes)),
    }
    Ok(())
}
