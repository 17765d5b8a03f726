//! AArch64 SIMD data movement (baseline ARMv8.0 NEON, mandatory there):
//! vector loads and stores, constants, splats, lanes, shuffles,
//! `bitselect`, shifts and the reductions to an integer.
//!
//! * A `v128` lives in a whole Q register; scalar writes to S/D registers
//!   zero the upper bits, which is what `load32_zero`/`load64_zero`
//!   need.
//! * No literal pools (see `aarch64`): 128-bit constants are built in x16
//!   with `movz`/`movk` and moved into the vector one 64-bit half at a
//!   time (`dup` when both halves are equal).
//! * Shuffles are one two-register `tbl` over v30:v31 (consecutive, as
//!   `tbl` requires) with the index vector in v29; `tbl` gives 0 for an
//!   index past the table, which `swizzle` relies on.
//! * Register shift counts are masked to the lane width and put in every
//!   byte of v31 for `sshl`/`ushl` (which read the low byte of each lane),
//!   negated for right shifts; immediate counts use `shl`/`sshr`/`ushr`.
//! * NEON has no movemask: `bitmask` turns each lane into all ones or
//!   zeros (`cmlt #0`), keeps one weight bit per lane and adds across.
//!
//! Temporaries: v29, v30 and v31 (never allocated), x16 and x17.

use super::{asm, mem, Aarch64, X16, X17};
use crate::machine::{Addr, IntOp, Lanes, LoadKind, Reg, RegImm, Size, VecReduce};
use crate::BACKEND;
use dynasmrt::{dynasm, DynasmApi};
use trident_types::{CompileError, TrapCode};

pub(crate) const V29: u8 = 29;
pub(crate) const V30: u8 = 30;

/// A code generator bug: an operation asked for a shape it does not have.
pub(super) fn bad_shape(what: &str, lanes: Lanes) -> CompileError {
    CompileError::Codegen {
        func: u32::MAX,
        message: format!("{BACKEND}: {what} has no {lanes:?} form"),
    }
}

/// A 128-bit constant made of `lane` (of `bytes` bytes) repeated.
pub(super) fn repeat(lane: u64, bytes: u32) -> u128 {
    let mut v = 0u128;
    let mask = if bytes == 8 {
        u64::MAX
    } else {
        (1u64 << (8 * bytes)) - 1
    };
    for i in 0..16 / bytes {
        v |= u128::from(lane & mask) << (8 * bytes * i);
    }
    v
}

/// Loads the 128-bit constant `bits` into vector `d` (clobbers x16).
pub(super) fn vconst<const F: bool>(s: &mut Aarch64<F>, d: u8, bits: u128) {
    let (lo, hi) = (bits as u64, (bits >> 64) as u64);
    if lo == 0 {
        asm!(s; fmov D(d), xzr);
    } else {
        s.load_const64(X16, lo);
        if hi == lo {
            asm!(s; dup V(d).D2, x16);
            return;
        }
        // A write of the D register zeroes the upper half.
        asm!(s; fmov D(d), x16);
    }
    if hi != 0 {
        s.load_const64(X16, hi);
        asm!(s; mov V(d).D[1], x16);
    }
}

pub(super) fn v128_const<const F: bool>(s: &mut Aarch64<F>, d: u8, bits: u128) {
    vconst(s, d, bits);
}

/// Loads of the `V128*` kinds. The trap site is recorded right before the
/// one instruction that reads memory (see `mem`).
pub(super) fn load<const F: bool>(
    s: &mut Aarch64<F>,
    kind: LoadKind,
    r: u8,
    a: Addr,
    trap: Option<TrapCode>,
) {
    let scalar = |bytes: u8| match bytes {
        4 => LoadKind::F32,
        8 => LoadKind::F64,
        _ => LoadKind::Int {
            bytes,
            signed: false,
            size: Size::S32,
        },
    };
    match kind {
        LoadKind::V128Splat { bytes } => {
            // The lane goes through x17 (every addressing form of `ldr`
            // stays available, unlike `ld1r`'s base-only one).
            let int = LoadKind::Int {
                bytes,
                signed: false,
                size: if bytes == 8 { Size::S64 } else { Size::S32 },
            };
            mem::load(s, int, Reg::Gpr(X17), a, trap);
            match bytes {
                1 => asm!(s; dup V(r).B16, w17),
                2 => asm!(s; dup V(r).H8, w17),
                4 => asm!(s; dup V(r).S4, w17),
                _ => asm!(s; dup V(r).D2, x17),
            }
        }
        // Scalar S/D loads zero the rest of the vector.
        LoadKind::V128Zero { bytes } => mem::load(s, scalar(bytes), Reg::Fpr(r), a, trap),
        LoadKind::V128Extend { bytes, signed } => {
            mem::load(s, LoadKind::F64, Reg::Fpr(r), a, trap);
            match (bytes, signed) {
                (1, true) => asm!(s; sxtl V(r).H8, V(r).B8),
                (1, false) => asm!(s; uxtl V(r).H8, V(r).B8),
                (2, true) => asm!(s; sxtl V(r).S4, V(r).H4),
                (2, false) => asm!(s; uxtl V(r).S4, V(r).H4),
                (_, true) => asm!(s; sxtl V(r).D2, V(r).S2),
                (_, false) => asm!(s; uxtl V(r).D2, V(r).S2),
            }
        }
        _ => mem::load(s, LoadKind::V128, Reg::Fpr(r), a, trap),
    }
}

pub(super) fn splat<const F: bool>(
    s: &mut Aarch64<F>,
    lanes: Lanes,
    d: u8,
    src: Reg,
) -> Result<(), CompileError> {
    match (lanes, src) {
        (Lanes::F32x4, Reg::Fpr(r)) => asm!(s; dup V(d).S4, V(r).S[0]),
        (Lanes::F64x2, Reg::Fpr(r)) => asm!(s; dup V(d).D2, V(r).D[0]),
        (Lanes::I8x16, Reg::Gpr(r)) => asm!(s; dup V(d).B16, W(r)),
        (Lanes::I16x8, Reg::Gpr(r)) => asm!(s; dup V(d).H8, W(r)),
        (Lanes::I32x4, Reg::Gpr(r)) => asm!(s; dup V(d).S4, W(r)),
        (Lanes::I64x2, Reg::Gpr(r)) => asm!(s; dup V(d).D2, X(r)),
        _ => return Err(bad_shape("splat from this register", lanes)),
    }
    Ok(())
}

pub(super) fn extract_lane<const F: bool>(
    s: &mut Aarch64<F>,
    lanes: Lanes,
    lane: u8,
    signed: bool,
    dst: Reg,
    v: u8,
) -> Result<(), CompileError> {
    let i = u32::from(lane);
    match (lanes, dst) {
        (Lanes::I8x16, Reg::Gpr(d)) if signed => asm!(s; smov W(d), V(v).B[i]),
        (Lanes::I8x16, Reg::Gpr(d)) => asm!(s; umov W(d), V(v).B[i]),
        (Lanes::I16x8, Reg::Gpr(d)) if signed => asm!(s; smov W(d), V(v).H[i]),
        (Lanes::I16x8, Reg::Gpr(d)) => asm!(s; umov W(d), V(v).H[i]),
        (Lanes::I32x4, Reg::Gpr(d)) => asm!(s; umov W(d), V(v).S[i]),
        (Lanes::I64x2, Reg::Gpr(d)) => asm!(s; umov X(d), V(v).D[i]),
        // The scalar `dup` writes S/D and zeroes the rest; `d` may be `v`.
        (Lanes::F32x4, Reg::Fpr(d)) => asm!(s; dup S(d), V(v).S[i]),
        (Lanes::F64x2, Reg::Fpr(d)) => asm!(s; dup D(d), V(v).D[i]),
        _ => return Err(bad_shape("extract_lane into this register", lanes)),
    }
    Ok(())
}

pub(super) fn replace_lane<const F: bool>(
    s: &mut Aarch64<F>,
    lanes: Lanes,
    lane: u8,
    d: u8,
    src: Reg,
) -> Result<(), CompileError> {
    let i = u32::from(lane);
    match (lanes, src) {
        (Lanes::I8x16, Reg::Gpr(r)) => asm!(s; mov V(d).B[i], W(r)),
        (Lanes::I16x8, Reg::Gpr(r)) => asm!(s; mov V(d).H[i], W(r)),
        (Lanes::I32x4, Reg::Gpr(r)) => asm!(s; mov V(d).S[i], W(r)),
        (Lanes::I64x2, Reg::Gpr(r)) => asm!(s; mov V(d).D[i], X(r)),
        (Lanes::F32x4, Reg::Fpr(r)) => asm!(s; mov V(d).S[i], V(r).S[0]),
        (Lanes::F64x2, Reg::Fpr(r)) => asm!(s; mov V(d).D[i], V(r).D[0]),
        _ => return Err(bad_shape("replace_lane from this register", lanes)),
    }
    Ok(())
}

pub(super) fn shuffle<const F: bool>(s: &mut Aarch64<F>, d: u8, r: u8, lanes: [u8; 16]) {
    // The index vector first (it uses x16 only), then the two-register
    // table in v30:v31; `d` and `r` may be the same register.
    vconst(s, V29, u128::from_le_bytes(lanes));
    asm!(s
        ; mov v30.B16, V(d).B16
        ; mov v31.B16, V(r).B16
        ; tbl V(d).B16, {v30.B16, v31.B16}, v29.B16
    );
}

pub(super) fn swizzle<const F: bool>(s: &mut Aarch64<F>, d: u8, r: u8) {
    // One-register `tbl`: indices 16..=255 select 0, as Wasm wants.
    asm!(s
        ; mov v31.B16, V(d).B16
        ; tbl V(d).B16, {v31.B16}, V(r).B16
    );
}

pub(super) fn bitselect<const F: bool>(s: &mut Aarch64<F>, d: u8, other: u8, mask: u8) {
    // bif: the bits of `other` where `mask` is clear, `d`'s elsewhere.
    asm!(s; bif V(d).B16, V(other).B16, V(mask).B16);
}

pub(super) fn reduce<const F: bool>(
    s: &mut Aarch64<F>,
    op: VecReduce,
    lanes: Lanes,
    d: u8,
    v: u8,
) -> Result<(), CompileError> {
    match (op, lanes) {
        (VecReduce::AnyTrue, _) => {
            asm!(s
                ; umaxp v31.S4, V(v).S4, V(v).S4
                ; fmov x16, d31
                ; cmp x16, #0
                ; cset W(d), ne
            );
        }
        (VecReduce::AllTrue, Lanes::I8x16) => asm!(s; uminv b31, V(v).B16),
        (VecReduce::AllTrue, Lanes::I16x8) => asm!(s; uminv h31, V(v).H8),
        (VecReduce::AllTrue, Lanes::I32x4) => asm!(s; uminv s31, V(v).S4),
        (VecReduce::AllTrue, Lanes::I64x2) => {
            // A lane is zero where cmeq gives all ones; any such lane
            // makes the pairwise sum non-zero.
            asm!(s
                ; cmeq v31.D2, V(v).D2, #0
                ; addp d31, v31.D2
                ; fmov x16, d31
                ; cmp x16, #0
                ; cset W(d), eq
            );
        }
        (VecReduce::Bitmask, Lanes::I8x16) => {
            // Weights 1..128 in each half; the halves are interleaved so
            // one 16-bit add across gives low + (high << 8).
            asm!(s; cmlt v31.B16, V(v).B16, #0);
            vconst(s, V30, repeat(0x8040_2010_0804_0201, 8));
            asm!(s
                ; and v31.B16, v31.B16, v30.B16
                ; ext v30.B16, v31.B16, v31.B16, #8
                ; zip1 v31.B16, v31.B16, v30.B16
                ; addv h31, v31.H8
                ; umov W(d), v31.H[0]
            );
        }
        (VecReduce::Bitmask, Lanes::I16x8) => {
            asm!(s; cmlt v31.H8, V(v).H8, #0);
            vconst(s, V30, 0x0080_0040_0020_0010_0008_0004_0002_0001);
            asm!(s
                ; and v31.B16, v31.B16, v30.B16
                ; addv h31, v31.H8
                ; umov W(d), v31.H[0]
            );
        }
        (VecReduce::Bitmask, Lanes::I32x4) => {
            asm!(s; cmlt v31.S4, V(v).S4, #0);
            vconst(s, V30, 0x0000_0008_0000_0004_0000_0002_0000_0001);
            asm!(s
                ; and v31.B16, v31.B16, v30.B16
                ; addv s31, v31.S4
                ; fmov W(d), s31
            );
        }
        (VecReduce::Bitmask, Lanes::I64x2) => {
            asm!(s; cmlt v31.D2, V(v).D2, #0);
            vconst(s, V30, (2u128 << 64) | 1);
            asm!(s
                ; and v31.B16, v31.B16, v30.B16
                ; addp d31, v31.D2
                ; fmov W(d), s31
            );
        }
        _ => return Err(bad_shape("this reduction", lanes)),
    }
    if op == VecReduce::AllTrue && lanes != Lanes::I64x2 {
        // The minimum lane is non-zero exactly when every lane is.
        asm!(s
            ; fmov w16, s31
            ; cmp w16, #0
            ; cset W(d), ne
        );
    }
    Ok(())
}

/// `$ins V(d).T, V(d).T, #imm` at the lane shape.
macro_rules! shift_imm {
    ($s:expr, $ins:ident, $lanes:expr, $d:expr, $c:expr) => {
        match $lanes {
            Lanes::I8x16 => asm!($s; $ins V($d).B16, V($d).B16, #$c),
            Lanes::I16x8 => asm!($s; $ins V($d).H8, V($d).H8, #$c),
            Lanes::I32x4 => asm!($s; $ins V($d).S4, V($d).S4, #$c),
            _ => asm!($s; $ins V($d).D2, V($d).D2, #$c),
        }
    };
}

/// `$ins V(d).T, V(d).T, v31.T` at the lane shape.
macro_rules! shift_reg {
    ($s:expr, $ins:ident, $lanes:expr, $d:expr) => {
        match $lanes {
            Lanes::I8x16 => asm!($s; $ins V($d).B16, V($d).B16, v31.B16),
            Lanes::I16x8 => asm!($s; $ins V($d).H8, V($d).H8, v31.H8),
            Lanes::I32x4 => asm!($s; $ins V($d).S4, V($d).S4, v31.S4),
            _ => asm!($s; $ins V($d).D2, V($d).D2, v31.D2),
        }
    };
}

pub(super) fn shift<const F: bool>(
    s: &mut Aarch64<F>,
    op: IntOp,
    lanes: Lanes,
    d: u8,
    count: RegImm,
) -> Result<(), CompileError> {
    if lanes.is_float() || !matches!(op, IntOp::Shl | IntOp::ShrS | IntOp::ShrU) {
        return Err(bad_shape("this shift", lanes));
    }
    let bits = 8 * u32::from(lanes.lane_bytes());
    match count {
        RegImm::Imm(i) => {
            let c = (i as u32) & (bits - 1);
            // A zero count leaves the lanes alone (and `sshr #0` does not
            // encode).
            if c != 0 {
                match op {
                    IntOp::Shl => shift_imm!(s, shl, lanes, d, c),
                    IntOp::ShrS => shift_imm!(s, sshr, lanes, d, c),
                    _ => shift_imm!(s, ushr, lanes, d, c),
                }
            }
        }
        RegImm::Reg(r) => {
            let mask = bits - 1;
            asm!(s; and w16, W(r), #mask);
            if op != IntOp::Shl {
                asm!(s; neg w16, w16);
            }
            // sshl/ushl read the low byte of each lane: every byte holds
            // the count, whatever the lane width.
            asm!(s; dup v31.B16, w16);
            match op {
                IntOp::ShrS => shift_reg!(s, sshl, lanes, d),
                _ => shift_reg!(s, ushl, lanes, d),
            }
        }
    }
    Ok(())
}
