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

use super::{asm, mem, Aarch64, V31, X16, X17};
pub(super) use crate::machine::{bad_shape, repeat};
use crate::machine::{Addr, IntOp, LoadKind, Reg, RegImm, Shape, Size, VecReduce};
use dynasmrt::{dynasm, DynasmApi};
use trident_types::{CompileError, TrapCode};

pub(crate) const V29: u8 = 29;
pub(crate) const V30: u8 = 30;

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

/// `$ins V(d).T, V(a).T, V(b).T` for the listed shapes (`Shape::$l` with
/// arrangement `$t`); any other shape is a code generator bug
/// ([`bad_shape`]), returned from the enclosing function.
macro_rules! lanes3 {
    ($s:expr, $lanes:expr, $ins:ident, $d:expr, $a:expr, $b:expr, [$($l:ident $t:ident),+]) => {
        match $lanes {
            $(Shape::$l => asm!($s; $ins V($d).$t, V($a).$t, V($b).$t),)+
            l => return Err(bad_shape(stringify!($ins), l)),
        }
    };
}
pub(super) use lanes3;

/// `$ins V(d).T, V(d).T` for the listed shapes, like [`lanes3`].
macro_rules! lanes2 {
    ($s:expr, $lanes:expr, $ins:ident, $d:expr, [$($l:ident $t:ident),+]) => {
        match $lanes {
            $(Shape::$l => asm!($s; $ins V($d).$t, V($d).$t),)+
            l => return Err(bad_shape(stringify!($ins), l)),
        }
    };
}
pub(super) use lanes2;

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
    lanes: Shape,
    d: u8,
    src: Reg,
) -> Result<(), CompileError> {
    match (lanes, src) {
        (Shape::F32x4, Reg::Fpr(r)) => asm!(s; dup V(d).S4, V(r).S[0]),
        (Shape::F64x2, Reg::Fpr(r)) => asm!(s; dup V(d).D2, V(r).D[0]),
        (Shape::I8x16, Reg::Gpr(r)) => asm!(s; dup V(d).B16, W(r)),
        (Shape::I16x8, Reg::Gpr(r)) => asm!(s; dup V(d).H8, W(r)),
        (Shape::I32x4, Reg::Gpr(r)) => asm!(s; dup V(d).S4, W(r)),
        (Shape::I64x2, Reg::Gpr(r)) => asm!(s; dup V(d).D2, X(r)),
        _ => return Err(bad_shape("splat from this register", lanes)),
    }
    Ok(())
}

pub(super) fn extract_lane<const F: bool>(
    s: &mut Aarch64<F>,
    lanes: Shape,
    lane: u8,
    signed: bool,
    dst: Reg,
    v: u8,
) -> Result<(), CompileError> {
    let i = u32::from(lane);
    match (lanes, dst) {
        (Shape::I8x16, Reg::Gpr(d)) if signed => asm!(s; smov W(d), V(v).B[i]),
        (Shape::I8x16, Reg::Gpr(d)) => asm!(s; umov W(d), V(v).B[i]),
        (Shape::I16x8, Reg::Gpr(d)) if signed => asm!(s; smov W(d), V(v).H[i]),
        (Shape::I16x8, Reg::Gpr(d)) => asm!(s; umov W(d), V(v).H[i]),
        (Shape::I32x4, Reg::Gpr(d)) => asm!(s; umov W(d), V(v).S[i]),
        (Shape::I64x2, Reg::Gpr(d)) => asm!(s; umov X(d), V(v).D[i]),
        // The scalar `dup` writes S/D and zeroes the rest; `d` may be `v`.
        (Shape::F32x4, Reg::Fpr(d)) => asm!(s; dup S(d), V(v).S[i]),
        (Shape::F64x2, Reg::Fpr(d)) => asm!(s; dup D(d), V(v).D[i]),
        _ => return Err(bad_shape("extract_lane into this register", lanes)),
    }
    Ok(())
}

pub(super) fn replace_lane<const F: bool>(
    s: &mut Aarch64<F>,
    lanes: Shape,
    lane: u8,
    d: u8,
    src: Reg,
) -> Result<(), CompileError> {
    let i = u32::from(lane);
    match (lanes, src) {
        (Shape::I8x16, Reg::Gpr(r)) => asm!(s; mov V(d).B[i], W(r)),
        (Shape::I16x8, Reg::Gpr(r)) => asm!(s; mov V(d).H[i], W(r)),
        (Shape::I32x4, Reg::Gpr(r)) => asm!(s; mov V(d).S[i], W(r)),
        (Shape::I64x2, Reg::Gpr(r)) => asm!(s; mov V(d).D[i], X(r)),
        (Shape::F32x4, Reg::Fpr(r)) => asm!(s; mov V(d).S[i], V(r).S[0]),
        (Shape::F64x2, Reg::Fpr(r)) => asm!(s; mov V(d).D[i], V(r).D[0]),
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
    lanes: Shape,
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
        (VecReduce::AllTrue, Shape::I8x16) => asm!(s; uminv b31, V(v).B16),
        (VecReduce::AllTrue, Shape::I16x8) => asm!(s; uminv h31, V(v).H8),
        (VecReduce::AllTrue, Shape::I32x4) => asm!(s; uminv s31, V(v).S4),
        (VecReduce::AllTrue, Shape::I64x2) => {
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
        (VecReduce::Bitmask, l) if !l.is_float() => bitmask(s, l, d, v),
        _ => return Err(bad_shape("this reduction", lanes)),
    }
    if op == VecReduce::AllTrue && lanes != Shape::I64x2 {
        // The minimum lane is non-zero exactly when every lane is.
        asm!(s
            ; fmov w16, s31
            ; cmp w16, #0
            ; cset W(d), ne
        );
    }
    Ok(())
}

/// `d` = the sign bits of `v`'s integer lanes (NEON has no movemask):
/// each lane becomes all ones or zeros (`cmlt #0`), keeps the weight bit of
/// its position, and the lanes are added across.
fn bitmask<const F: bool>(s: &mut Aarch64<F>, lanes: Shape, d: u8, v: u8) {
    match lanes {
        Shape::I8x16 => asm!(s; cmlt v31.B16, V(v).B16, #0),
        Shape::I16x8 => asm!(s; cmlt v31.H8, V(v).H8, #0),
        Shape::I32x4 => asm!(s; cmlt v31.S4, V(v).S4, #0),
        _ => asm!(s; cmlt v31.D2, V(v).D2, #0),
    }
    // Lane i weighs 2^i; bytes restart at 1 in the high half (the 8-bit
    // sum across a half must not overflow).
    let bytes = u32::from(lanes.lane_bytes());
    let weights = (0..16 / bytes).fold(0u128, |w, i| w | (1u128 << (i % 8)) << (8 * bytes * i));
    vconst(s, V30, weights);
    asm!(s; and v31.B16, v31.B16, v30.B16);
    match lanes {
        // The halves interleaved, one 16-bit add across gives
        // low + (high << 8).
        Shape::I8x16 => asm!(s
            ; ext v30.B16, v31.B16, v31.B16, #8
            ; zip1 v31.B16, v31.B16, v30.B16
            ; addv h31, v31.H8
            ; umov W(d), v31.H[0]
        ),
        Shape::I16x8 => asm!(s; addv h31, v31.H8; umov W(d), v31.H[0]),
        Shape::I32x4 => asm!(s; addv s31, v31.S4; fmov W(d), s31),
        _ => asm!(s; addp d31, v31.D2; fmov W(d), s31),
    }
}

/// `$ins V(d).T, V(d).T, #imm` at the lane shape.
macro_rules! shift_imm {
    ($s:expr, $ins:ident, $lanes:expr, $d:expr, $c:expr) => {
        match $lanes {
            Shape::I8x16 => asm!($s; $ins V($d).B16, V($d).B16, #$c),
            Shape::I16x8 => asm!($s; $ins V($d).H8, V($d).H8, #$c),
            Shape::I32x4 => asm!($s; $ins V($d).S4, V($d).S4, #$c),
            _ => asm!($s; $ins V($d).D2, V($d).D2, #$c),
        }
    };
}

pub(super) fn shift<const F: bool>(
    s: &mut Aarch64<F>,
    op: IntOp,
    lanes: Shape,
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
                IntOp::ShrS => {
                    lanes3!(s, lanes, sshl, d, d, V31, [I8x16 B16, I16x8 H8, I32x4 S4, I64x2 D2])
                }
                _ => lanes3!(s, lanes, ushl, d, d, V31, [I8x16 B16, I16x8 H8, I32x4 S4, I64x2 D2]),
            }
        }
    }
    Ok(())
}
