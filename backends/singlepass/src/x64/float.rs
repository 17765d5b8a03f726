//! x86-64 float operations (SSE2 + SSE4.1, VEX-encoded in AVX mode; see
//! `emit`): arithmetic with Wasm's
//! min/max/copysign semantics, comparisons, rounding, NaN
//! canonicalization and conversions to and from integers.
//!
//! * `min`/`max`: `minss`/`maxss` are wrong for NaNs and signed zeros, so
//!   equal operands are combined bitwise (`or` gives -0 for min, `and` +0
//!   for max) and unordered ones are added (which yields a quiet NaN).
//! * Trapping float→int conversions check NaN (`BadConversionToInteger`)
//!   and the range (`IntegerOverflow`) against exact bounds before
//!   converting; saturating ones branch to the clamped value instead.
//! * Unsigned 64-bit conversions go through the signed instructions with a
//!   2^63 bias (float→int) or the halve-and-double trick (int→float).

use super::emit::{rr, rri, ru};
use super::{asm, RAX, RCX, X64, XMM15};
use crate::machine::{FloatCond, FloatOp, FloatUnOp, Label, Masm, Size, TruncKind};
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use trident_types::TrapCode;

/// `dst = dst op src` with the f32 (`$ss`) or f64 (`$sd`) instruction,
/// each given as its legacy-SSE/VEX pair.
macro_rules! fop {
    ($s:expr, $size:expr, $ss:ident / $vss:ident, $sd:ident / $vsd:ident, $d:expr, $r:expr) => {
        match $size {
            Size::S32 => rr!($s; $ss / $vss, $d, $r),
            Size::S64 => rr!($s; $sd / $vsd, $d, $r),
        }
    };
}

/// `ucomiss`/`ucomisd`: flags from comparing `l` with `r`.
fn ucomi<const L: u8>(s: &mut X64<L>, size: Size, l: u8, r: u8) {
    match size {
        Size::S32 => ru!(s; ucomiss/vucomiss, l, r),
        Size::S64 => ru!(s; ucomisd/vucomisd, l, r),
    }
}

/// Loads float constant `value` of `size` into xmm15.
fn const_xmm15<const L: u8>(s: &mut X64<L>, size: Size, value: f64) {
    let bits = match size {
        Size::S32 => (value as f32).to_bits() as u64,
        Size::S64 => value.to_bits(),
    };
    s.mov_imm(crate::machine::Reg::Fpr(XMM15), size, bits);
}

pub(super) fn float_op<const L: u8>(s: &mut X64<L>, op: FloatOp, size: Size, d: u8, r: u8) {
    match op {
        FloatOp::Add => fop!(s, size, addss / vaddss, addsd / vaddsd, d, r),
        FloatOp::Sub => fop!(s, size, subss / vsubss, subsd / vsubsd, d, r),
        FloatOp::Mul => fop!(s, size, mulss / vmulss, mulsd / vmulsd, d, r),
        FloatOp::Div => fop!(s, size, divss / vdivss, divsd / vdivsd, d, r),
        FloatOp::Min | FloatOp::Max => {
            let (nan, not_equal, done) = (s.new_label(), s.new_label(), s.new_label());
            ucomi(s, size, d, r);
            asm!(s; jp =>nan; jne =>not_equal);
            if op == FloatOp::Min {
                rr!(s; orps/vorps, d, r);
            } else {
                rr!(s; andps/vandps, d, r);
            }
            asm!(s; jmp =>done; =>nan);
            fop!(s, size, addss / vaddss, addsd / vaddsd, d, r);
            asm!(s; jmp =>done; =>not_equal);
            if op == FloatOp::Min {
                fop!(s, size, minss / vminss, minsd / vminsd, d, r);
            } else {
                fop!(s, size, maxss / vmaxss, maxsd / vmaxsd, d, r);
            }
            asm!(s; =>done);
        }
        FloatOp::Copysign => match size {
            Size::S32 => {
                s.fpr_to_gpr(size, RAX, d);
                s.fpr_to_gpr(size, RCX, r);
                asm!(s
                    ; and eax, 0x7fff_ffff
                    ; and ecx, i32::MIN
                    ; or eax, ecx
                );
                s.gpr_to_fpr(size, d, RAX);
            }
            Size::S64 => {
                s.fpr_to_gpr(size, RAX, d);
                s.fpr_to_gpr(size, RCX, r);
                asm!(s
                    ; btr rax, 63
                    ; shr rcx, 63
                    ; shl rcx, 63
                    ; or rax, rcx
                );
                s.gpr_to_fpr(size, d, RAX);
            }
        },
    }
}

pub(super) fn float_unop<const L: u8>(s: &mut X64<L>, op: FloatUnOp, size: Size, d: u8) {
    match op {
        FloatUnOp::Abs | FloatUnOp::Neg => {
            let mask = match (op, size) {
                (FloatUnOp::Abs, Size::S32) => 0x7fff_ffff,
                (FloatUnOp::Abs, Size::S64) => 0x7fff_ffff_ffff_ffff,
                (_, Size::S32) => 0x8000_0000,
                (_, Size::S64) => 0x8000_0000_0000_0000,
            };
            s.mov_imm(crate::machine::Reg::Fpr(XMM15), size, mask);
            if op == FloatUnOp::Abs {
                rr!(s; andps/vandps, d, XMM15);
            } else {
                rr!(s; xorps/vxorps, d, XMM15);
            }
        }
        FloatUnOp::Sqrt => fop!(s, size, sqrtss / vsqrtss, sqrtsd / vsqrtsd, d, d),
        FloatUnOp::Nearest => round(s, size, d, 0),
        FloatUnOp::Floor => round(s, size, d, 1),
        FloatUnOp::Ceil => round(s, size, d, 2),
        FloatUnOp::Trunc => round(s, size, d, 3),
    }
}

/// `roundss`/`roundsd` with rounding `mode`, precision exception masked.
fn round<const L: u8>(s: &mut X64<L>, size: Size, d: u8, mode: i8) {
    let imm = mode | 8;
    match size {
        Size::S32 => rri!(s; roundss/vroundss, d, d, imm),
        Size::S64 => rri!(s; roundsd/vroundsd, d, d, imm),
    }
}

pub(super) fn float_cmp<const L: u8>(
    s: &mut X64<L>,
    cond: FloatCond,
    size: Size,
    dst: u8,
    l: u8,
    r: u8,
) {
    match cond {
        FloatCond::Eq => {
            ucomi(s, size, l, r);
            asm!(s; sete al; setnp cl; and al, cl);
        }
        FloatCond::Ne => {
            ucomi(s, size, l, r);
            asm!(s; setne al; setp cl; or al, cl);
        }
        FloatCond::Gt => {
            ucomi(s, size, l, r);
            asm!(s; seta al);
        }
        FloatCond::Ge => {
            ucomi(s, size, l, r);
            asm!(s; setae al);
        }
        FloatCond::Lt => {
            ucomi(s, size, r, l);
            asm!(s; seta al);
        }
        FloatCond::Le => {
            ucomi(s, size, r, l);
            asm!(s; setae al);
        }
    }
    asm!(s; movzx Rd(dst), al);
}

pub(super) fn canonicalize_nan<const L: u8>(s: &mut X64<L>, size: Size, reg: u8) {
    let ok = s.new_label();
    ucomi(s, size, reg, reg);
    asm!(s; jnp =>ok);
    let nan = match size {
        Size::S32 => 0x7fc0_0000,
        Size::S64 => 0x7ff8_0000_0000_0000,
    };
    s.mov_imm(crate::machine::Reg::Fpr(reg), size, nan);
    asm!(s; =>ok);
}

/// The exclusive range of floats that convert without overflow:
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

/// `cvttss2si`/`cvttsd2si` into a 32- or 64-bit register.
fn cvtt<const L: u8>(s: &mut X64<L>, src_size: Size, dst_size: Size, d: u8, r: u8) {
    match (src_size, dst_size, s.avx()) {
        (Size::S32, Size::S32, false) => asm!(s; cvttss2si Rd(d), Rx(r)),
        (Size::S32, Size::S64, false) => asm!(s; cvttss2si Rq(d), Rx(r)),
        (Size::S64, Size::S32, false) => asm!(s; cvttsd2si Rd(d), Rx(r)),
        (Size::S64, Size::S64, false) => asm!(s; cvttsd2si Rq(d), Rx(r)),
        (Size::S32, Size::S32, true) => asm!(s; vcvttss2si Rd(d), Rx(r)),
        (Size::S32, Size::S64, true) => asm!(s; vcvttss2si Rq(d), Rx(r)),
        (Size::S64, Size::S32, true) => asm!(s; vcvttsd2si Rd(d), Rx(r)),
        (Size::S64, Size::S64, true) => asm!(s; vcvttsd2si Rq(d), Rx(r)),
    }
}

/// Converts an in-range, non-NaN value (may clobber `r`).
fn convert_in_range<const L: u8>(s: &mut X64<L>, kind: TruncKind, d: u8, r: u8) {
    match (kind.signed, kind.dst) {
        (true, dst) => cvtt(s, kind.src, dst, d, r),
        (false, Size::S32) => cvtt(s, kind.src, Size::S64, d, r),
        (false, Size::S64) => {
            let (big, done) = (s.new_label(), s.new_label());
            const_xmm15(s, kind.src, 9223372036854775808.0);
            ucomi(s, kind.src, r, XMM15);
            asm!(s; jae =>big);
            cvtt(s, kind.src, Size::S64, d, r);
            asm!(s; jmp =>done; =>big);
            fop!(s, kind.src, subss / vsubss, subsd / vsubsd, r, XMM15);
            cvtt(s, kind.src, Size::S64, d, r);
            asm!(s; btc Rq(d), 63; =>done);
        }
    }
}

pub(super) fn trunc<const L: u8>(s: &mut X64<L>, kind: TruncKind, d: u8, r: u8) {
    let (lower, lower_inclusive, upper) = trunc_bounds(kind);
    let size = kind.src;
    if kind.saturating {
        let (nan, low, high, done) = (s.new_label(), s.new_label(), s.new_label(), s.new_label());
        ucomi(s, size, r, r);
        asm!(s; jp =>nan);
        below(s, size, r, lower, lower_inclusive, low);
        const_xmm15(s, size, upper);
        ucomi(s, size, r, XMM15);
        asm!(s; jae =>high);
        convert_in_range(s, kind, d, r);
        asm!(s; jmp =>done; =>nan);
        s.mov_imm(crate::machine::Reg::Gpr(d), Size::S64, 0);
        asm!(s; jmp =>done; =>low);
        let (min, max) = match (kind.signed, kind.dst) {
            (true, Size::S32) => (i32::MIN as u32 as u64, i32::MAX as u64),
            (true, Size::S64) => (i64::MIN as u64, i64::MAX as u64),
            (false, Size::S32) => (0, u32::MAX as u64),
            (false, Size::S64) => (0, u64::MAX),
        };
        s.mov_imm(crate::machine::Reg::Gpr(d), kind.dst, min);
        asm!(s; jmp =>done; =>high);
        s.mov_imm(crate::machine::Reg::Gpr(d), kind.dst, max);
        asm!(s; =>done);
    } else {
        let bad = s.trap_label(TrapCode::BadConversionToInteger);
        let overflow = s.trap_label(TrapCode::IntegerOverflow);
        ucomi(s, size, r, r);
        asm!(s; jp =>bad);
        below(s, size, r, lower, lower_inclusive, overflow);
        const_xmm15(s, size, upper);
        ucomi(s, size, r, XMM15);
        asm!(s; jae =>overflow);
        convert_in_range(s, kind, d, r);
    }
}

/// Jumps to `target` when the (non-NaN) value in `r` is below the lower
/// bound.
fn below<const L: u8>(
    s: &mut X64<L>,
    size: Size,
    r: u8,
    lower: f64,
    inclusive: bool,
    target: Label,
) {
    const_xmm15(s, size, lower);
    ucomi(s, size, r, XMM15);
    if inclusive {
        asm!(s; jb =>target);
    } else {
        asm!(s; jbe =>target);
    }
}

pub(super) fn convert<const L: u8>(
    s: &mut X64<L>,
    src_size: Size,
    signed: bool,
    dst_size: Size,
    d: u8,
    r: u8,
) {
    rr!(s; xorps/vxorps, d, d);
    match (signed, src_size) {
        (true, Size::S32) => fcvt(s, dst_size, d, r, false),
        (true, Size::S64) => fcvt(s, dst_size, d, r, true),
        (false, Size::S32) => {
            asm!(s; mov Rd(r), Rd(r));
            fcvt(s, dst_size, d, r, true);
        }
        (false, Size::S64) => {
            let (big, done) = (s.new_label(), s.new_label());
            asm!(s; test Rq(r), Rq(r); js =>big);
            fcvt(s, dst_size, d, r, true);
            asm!(s
                ; jmp =>done
                ; =>big
                ; mov rax, Rq(r)
                ; shr rax, 1
                ; and Rd(r), 1
                ; or rax, Rq(r)
            );
            fcvt(s, dst_size, d, 0, true);
            fop!(s, dst_size, addss / vaddss, addsd / vaddsd, d, d);
            asm!(s; =>done);
        }
    }
}

/// `cvtsi2ss`/`cvtsi2sd` from a 32- or 64-bit register.
fn fcvt<const L: u8>(s: &mut X64<L>, dst_size: Size, d: u8, r: u8, wide: bool) {
    match (dst_size, wide, s.avx()) {
        (Size::S32, false, false) => asm!(s; cvtsi2ss Rx(d), Rd(r)),
        (Size::S32, true, false) => asm!(s; cvtsi2ss Rx(d), Rq(r)),
        (Size::S64, false, false) => asm!(s; cvtsi2sd Rx(d), Rd(r)),
        (Size::S64, true, false) => asm!(s; cvtsi2sd Rx(d), Rq(r)),
        (Size::S32, false, true) => asm!(s; vcvtsi2ss Rx(d), Rx(d), Rd(r)),
        (Size::S32, true, true) => asm!(s; vcvtsi2ss Rx(d), Rx(d), Rq(r)),
        (Size::S64, false, true) => asm!(s; vcvtsi2sd Rx(d), Rx(d), Rd(r)),
        (Size::S64, true, true) => asm!(s; vcvtsi2sd Rx(d), Rx(d), Rq(r)),
    }
}
