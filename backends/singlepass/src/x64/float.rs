//! x86-64 float operations (SSE2 + SSE4.1): arithmetic with Wasm's
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

use super::{asm, X64, XMM15};
use crate::machine::{FloatCond, FloatOp, FloatUnOp, Label, Masm, Size, TruncKind};
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use trident_types::TrapCode;

/// `$ss dst, src` for f32 or `$sd dst, src` for f64.
macro_rules! fop {
    ($s:expr, $size:expr, $ss:ident, $sd:ident, $d:expr, $r:expr) => {
        match $size {
            Size::S32 => asm!($s; $ss Rx($d), Rx($r)),
            Size::S64 => asm!($s; $sd Rx($d), Rx($r)),
        }
    };
}

/// Loads float constant `value` of `size` into xmm15.
fn const_xmm15(s: &mut X64, size: Size, value: f64) {
    let bits = match size {
        Size::S32 => (value as f32).to_bits() as u64,
        Size::S64 => value.to_bits(),
    };
    s.mov_imm(crate::machine::Reg::Fpr(XMM15), size, bits);
}

pub(super) fn float_op(s: &mut X64, op: FloatOp, size: Size, d: u8, r: u8) {
    match op {
        FloatOp::Add => fop!(s, size, addss, addsd, d, r),
        FloatOp::Sub => fop!(s, size, subss, subsd, d, r),
        FloatOp::Mul => fop!(s, size, mulss, mulsd, d, r),
        FloatOp::Div => fop!(s, size, divss, divsd, d, r),
        FloatOp::Min | FloatOp::Max => {
            let (nan, not_equal, done) = (s.new_label(), s.new_label(), s.new_label());
            fop!(s, size, ucomiss, ucomisd, d, r);
            asm!(s; jp =>nan; jne =>not_equal);
            if op == FloatOp::Min {
                asm!(s; orps Rx(d), Rx(r));
            } else {
                asm!(s; andps Rx(d), Rx(r));
            }
            asm!(s; jmp =>done; =>nan);
            fop!(s, size, addss, addsd, d, r);
            asm!(s; jmp =>done; =>not_equal);
            if op == FloatOp::Min {
                fop!(s, size, minss, minsd, d, r);
            } else {
                fop!(s, size, maxss, maxsd, d, r);
            }
            asm!(s; =>done);
        }
        FloatOp::Copysign => match size {
            Size::S32 => asm!(s
                ; movd eax, Rx(d)
                ; movd ecx, Rx(r)
                ; and eax, 0x7fff_ffff
                ; and ecx, i32::MIN
                ; or eax, ecx
                ; movd Rx(d), eax
            ),
            Size::S64 => asm!(s
                ; movq rax, Rx(d)
                ; movq rcx, Rx(r)
                ; btr rax, 63
                ; shr rcx, 63
                ; shl rcx, 63
                ; or rax, rcx
                ; movq Rx(d), rax
            ),
        },
    }
}

pub(super) fn float_unop(s: &mut X64, op: FloatUnOp, size: Size, d: u8) {
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
                asm!(s; andps Rx(d), xmm15);
            } else {
                asm!(s; xorps Rx(d), xmm15);
            }
        }
        FloatUnOp::Sqrt => fop!(s, size, sqrtss, sqrtsd, d, d),
        FloatUnOp::Nearest => round(s, size, d, 0),
        FloatUnOp::Floor => round(s, size, d, 1),
        FloatUnOp::Ceil => round(s, size, d, 2),
        FloatUnOp::Trunc => round(s, size, d, 3),
    }
}

/// `roundss`/`roundsd` with rounding `mode`, precision exception masked.
fn round(s: &mut X64, size: Size, d: u8, mode: i8) {
    let imm = mode | 8;
    match size {
        Size::S32 => asm!(s; roundss Rx(d), Rx(d), imm),
        Size::S64 => asm!(s; roundsd Rx(d), Rx(d), imm),
    }
}

pub(super) fn float_cmp(s: &mut X64, cond: FloatCond, size: Size, dst: u8, l: u8, r: u8) {
    match cond {
        FloatCond::Eq => {
            fop!(s, size, ucomiss, ucomisd, l, r);
            asm!(s; sete al; setnp cl; and al, cl);
        }
        FloatCond::Ne => {
            fop!(s, size, ucomiss, ucomisd, l, r);
            asm!(s; setne al; setp cl; or al, cl);
        }
        FloatCond::Gt => {
            fop!(s, size, ucomiss, ucomisd, l, r);
            asm!(s; seta al);
        }
        FloatCond::Ge => {
            fop!(s, size, ucomiss, ucomisd, l, r);
            asm!(s; setae al);
        }
        FloatCond::Lt => {
            fop!(s, size, ucomiss, ucomisd, r, l);
            asm!(s; seta al);
        }
        FloatCond::Le => {
            fop!(s, size, ucomiss, ucomisd, r, l);
            asm!(s; setae al);
        }
    }
    asm!(s; movzx Rd(dst), al);
}

pub(super) fn canonicalize_nan(s: &mut X64, size: Size, reg: u8) {
    let ok = s.new_label();
    fop!(s, size, ucomiss, ucomisd, reg, reg);
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
fn cvtt(s: &mut X64, src_size: Size, dst_size: Size, d: u8, r: u8) {
    match (src_size, dst_size) {
        (Size::S32, Size::S32) => asm!(s; cvttss2si Rd(d), Rx(r)),
        (Size::S32, Size::S64) => asm!(s; cvttss2si Rq(d), Rx(r)),
        (Size::S64, Size::S32) => asm!(s; cvttsd2si Rd(d), Rx(r)),
        (Size::S64, Size::S64) => asm!(s; cvttsd2si Rq(d), Rx(r)),
    }
}

/// Converts an in-range, non-NaN value (may clobber `r`).
fn convert_in_range(s: &mut X64, kind: TruncKind, d: u8, r: u8) {
    match (kind.signed, kind.dst) {
        (true, dst) => cvtt(s, kind.src, dst, d, r),
        (false, Size::S32) => cvtt(s, kind.src, Size::S64, d, r),
        (false, Size::S64) => {
            let (big, done) = (s.new_label(), s.new_label());
            const_xmm15(s, kind.src, 9223372036854775808.0);
            fop!(s, kind.src, ucomiss, ucomisd, r, XMM15);
            asm!(s; jae =>big);
            cvtt(s, kind.src, Size::S64, d, r);
            asm!(s; jmp =>done; =>big);
            fop!(s, kind.src, subss, subsd, r, XMM15);
            cvtt(s, kind.src, Size::S64, d, r);
            asm!(s; btc Rq(d), 63; =>done);
        }
    }
}

pub(super) fn trunc(s: &mut X64, kind: TruncKind, d: u8, r: u8) {
    let (lower, lower_inclusive, upper) = trunc_bounds(kind);
    let size = kind.src;
    if kind.saturating {
        let (nan, low, high, done) = (s.new_label(), s.new_label(), s.new_label(), s.new_label());
        fop!(s, size, ucomiss, ucomisd, r, r);
        asm!(s; jp =>nan);
        below(s, size, r, lower, lower_inclusive, low);
        const_xmm15(s, size, upper);
        fop!(s, size, ucomiss, ucomisd, r, XMM15);
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
        fop!(s, size, ucomiss, ucomisd, r, r);
        asm!(s; jp =>bad);
        below(s, size, r, lower, lower_inclusive, overflow);
        const_xmm15(s, size, upper);
        fop!(s, size, ucomiss, ucomisd, r, XMM15);
        asm!(s; jae =>overflow);
        convert_in_range(s, kind, d, r);
    }
}

/// Jumps to `target` when the (non-NaN) value in `r` is below the lower
/// bound.
fn below(s: &mut X64, size: Size, r: u8, lower: f64, inclusive: bool, target: Label) {
    const_xmm15(s, size, lower);
    fop!(s, size, ucomiss, ucomisd, r, XMM15);
    if inclusive {
        asm!(s; jb =>target);
    } else {
        asm!(s; jbe =>target);
    }
}

pub(super) fn convert(s: &mut X64, src_size: Size, signed: bool, dst_size: Size, d: u8, r: u8) {
    asm!(s; xorps Rx(d), Rx(d));
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
            fop!(s, dst_size, addss, addsd, d, d);
            asm!(s; =>done);
        }
    }
}

/// `cvtsi2ss`/`cvtsi2sd` from a 32- or 64-bit register.
fn fcvt(s: &mut X64, dst_size: Size, d: u8, r: u8, wide: bool) {
    match (dst_size, wide) {
        (Size::S32, false) => asm!(s; cvtsi2ss Rx(d), Rd(r)),
        (Size::S32, true) => asm!(s; cvtsi2ss Rx(d), Rq(r)),
        (Size::S64, false) => asm!(s; cvtsi2sd Rx(d), Rd(r)),
        (Size::S64, true) => asm!(s; cvtsi2sd Rx(d), Rq(r)),
    }
}
