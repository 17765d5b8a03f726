//! AArch64 float operations: arithmetic, comparisons, rounding, NaN
//! canonicalization and conversions to and from integers.
//!
//! AArch64's scalar FP instructions match Wasm closely: `fmin`/`fmax`
//! order -0 below +0 and return a NaN for NaN inputs, `frint{p,m,z,n}`
//! are ceil/floor/trunc/nearest, and `fcvtz{s,u}` saturate (NaN gives 0),
//! which is exactly `trunc_sat`. Trapping conversions check NaN
//! (`BadConversionToInteger`) and the exact range (`IntegerOverflow`)
//! against constants in v31 first. Comparisons pick conditions that are
//! false on unordered operands (`mi`, `ls`, `gt`, `ge`, `eq`), except
//! `ne`, which Wasm makes true for NaN.

use super::{asm, Aarch64, Cond, V31};
use crate::machine::{FloatCond, FloatOp, FloatUnOp, Masm, Reg, Size, TruncKind};
use dynasmrt::{dynasm, DynasmApi};
use trident_types::TrapCode;

/// `$ins dst, dst, src` on S or D registers.
macro_rules! frr {
    ($s:expr, $size:expr, $ins:ident, $d:expr, $r:expr) => {
        match $size {
            Size::S32 => asm!($s; $ins S($d), S($d), S($r)),
            Size::S64 => asm!($s; $ins D($d), D($d), D($r)),
        }
    };
}

/// `$ins dst, dst` on S or D registers.
macro_rules! fr {
    ($s:expr, $size:expr, $ins:ident, $d:expr) => {
        match $size {
            Size::S32 => asm!($s; $ins S($d), S($d)),
            Size::S64 => asm!($s; $ins D($d), D($d)),
        }
    };
}

/// `fcmp l, r` on S or D registers.
fn fcmp<const F: bool>(s: &mut Aarch64<F>, size: Size, l: u8, r: u8) {
    match size {
        Size::S32 => asm!(s; fcmp S(l), S(r)),
        Size::S64 => asm!(s; fcmp D(l), D(r)),
    }
}

/// Loads float constant `value` of `size` into v31.
fn const_v31<const F: bool>(s: &mut Aarch64<F>, size: Size, value: f64) {
    let bits = match size {
        Size::S32 => (value as f32).to_bits() as u64,
        Size::S64 => value.to_bits(),
    };
    s.mov_imm(Reg::Fpr(V31), size, bits);
}

pub(super) fn float_op<const F: bool>(s: &mut Aarch64<F>, op: FloatOp, size: Size, d: u8, r: u8) {
    match op {
        FloatOp::Add => frr!(s, size, fadd, d, r),
        FloatOp::Sub => frr!(s, size, fsub, d, r),
        FloatOp::Mul => frr!(s, size, fmul, d, r),
        FloatOp::Div => frr!(s, size, fdiv, d, r),
        FloatOp::Min => frr!(s, size, fmin, d, r),
        FloatOp::Max => frr!(s, size, fmax, d, r),
        FloatOp::Copysign => match size {
            Size::S32 => asm!(s
                ; fmov w16, S(d)
                ; fmov w17, S(r)
                ; and w16, w16, #0x7fff_ffff
                ; and w17, w17, #0x8000_0000
                ; orr w16, w16, w17
                ; fmov S(d), w16
            ),
            Size::S64 => asm!(s
                ; fmov x16, D(d)
                ; fmov x17, D(r)
                ; and x16, x16, #0x7fff_ffff_ffff_ffff
                ; and x17, x17, #0x8000_0000_0000_0000
                ; orr x16, x16, x17
                ; fmov D(d), x16
            ),
        },
    }
}

pub(super) fn float_unop<const F: bool>(s: &mut Aarch64<F>, op: FloatUnOp, size: Size, d: u8) {
    match op {
        FloatUnOp::Abs => fr!(s, size, fabs, d),
        FloatUnOp::Neg => fr!(s, size, fneg, d),
        FloatUnOp::Sqrt => fr!(s, size, fsqrt, d),
        FloatUnOp::Ceil => fr!(s, size, frintp, d),
        FloatUnOp::Floor => fr!(s, size, frintm, d),
        FloatUnOp::Trunc => fr!(s, size, frintz, d),
        FloatUnOp::Nearest => fr!(s, size, frintn, d),
    }
}

pub(super) fn float_cmp<const F: bool>(
    s: &mut Aarch64<F>,
    cond: FloatCond,
    size: Size,
    dst: u8,
    l: u8,
    r: u8,
) {
    fcmp(s, size, l, r);
    let c = match cond {
        FloatCond::Eq => Cond::Eq,
        FloatCond::Ne => Cond::Ne,
        FloatCond::Lt => Cond::Mi,
        FloatCond::Le => Cond::Ls,
        FloatCond::Gt => Cond::Gt,
        FloatCond::Ge => Cond::Ge,
    };
    s.cset(c, dst);
}

pub(super) fn canonicalize_nan<const F: bool>(s: &mut Aarch64<F>, size: Size, reg: u8) {
    let ok = s.new_label();
    fcmp(s, size, reg, reg);
    s.bcond_local(Cond::Vc, ok);
    let nan = match size {
        Size::S32 => 0x7fc0_0000,
        Size::S64 => 0x7ff8_0000_0000_0000,
    };
    s.mov_imm(Reg::Fpr(reg), size, nan);
    s.bind(ok);
}

/// The range of floats that convert without overflow:
/// `(lower, lower_inclusive, upper)`: a value converts when it is above
/// `lower` (or equal to it when `lower_inclusive`) and below `upper`.
fn trunc_bounds(kind: TruncKind) -> (f64, bool, f64) {
    match (kind.signed, kind.dst, kind.src) {
        (true, Size::S32, Size::S32) => (-2147483648.0, true, 2147483648.0),
        (true, Size::S32, Size::S64) => (-2147483649.0, false, 2147483648.0),
        (true, Size::S64, _) => (-9223372036854775808.0, true, 9223372036854775808.0),
        (false, Size::S32, _) => (-1.0, false, 4294967296.0),
        (false, Size::S64, _) => (-1.0, false, 18446744073709551616.0),
    }
}

macro_rules! fcvtz {
    ($s:expr, $ins:ident, $src:expr, $dst:expr, $d:expr, $r:expr) => {
        match ($src, $dst) {
            (Size::S32, Size::S32) => asm!($s; $ins W($d), S($r)),
            (Size::S32, Size::S64) => asm!($s; $ins X($d), S($r)),
            (Size::S64, Size::S32) => asm!($s; $ins W($d), D($r)),
            (Size::S64, Size::S64) => asm!($s; $ins X($d), D($r)),
        }
    };
}

/// The saturating conversion (NaN gives 0).
fn convert_saturating<const F: bool>(s: &mut Aarch64<F>, kind: TruncKind, d: u8, r: u8) {
    if kind.signed {
        fcvtz!(s, fcvtzs, kind.src, kind.dst, d, r);
    } else {
        fcvtz!(s, fcvtzu, kind.src, kind.dst, d, r);
    }
}

pub(super) fn trunc<const F: bool>(s: &mut Aarch64<F>, kind: TruncKind, d: u8, r: u8) {
    if !kind.saturating {
        let (lower, lower_inclusive, upper) = trunc_bounds(kind);
        let size = kind.src;
        let bad = s.trap_label(TrapCode::BadConversionToInteger);
        let overflow = s.trap_label(TrapCode::IntegerOverflow);
        fcmp(s, size, r, r);
        s.bcond(Cond::Vs, bad);
        const_v31(s, size, lower);
        fcmp(s, size, r, V31);
        s.bcond(if lower_inclusive { Cond::Mi } else { Cond::Ls }, overflow);
        const_v31(s, size, upper);
        fcmp(s, size, r, V31);
        s.bcond(Cond::Ge, overflow);
    }
    convert_saturating(s, kind, d, r);
}

pub(super) fn convert<const F: bool>(
    s: &mut Aarch64<F>,
    src_size: Size,
    signed: bool,
    dst_size: Size,
    d: u8,
    r: u8,
) {
    match (signed, src_size, dst_size) {
        (true, Size::S32, Size::S32) => asm!(s; scvtf S(d), W(r)),
        (true, Size::S32, Size::S64) => asm!(s; scvtf D(d), W(r)),
        (true, Size::S64, Size::S32) => asm!(s; scvtf S(d), X(r)),
        (true, Size::S64, Size::S64) => asm!(s; scvtf D(d), X(r)),
        (false, Size::S32, Size::S32) => asm!(s; ucvtf S(d), W(r)),
        (false, Size::S32, Size::S64) => asm!(s; ucvtf D(d), W(r)),
        (false, Size::S64, Size::S32) => asm!(s; ucvtf S(d), X(r)),
        (false, Size::S64, Size::S64) => asm!(s; ucvtf D(d), X(r)),
    }
}
