//! AArch64 integer operations: arithmetic, division with its traps, bit
//! counting, comparisons and width changes.
//!
//! AArch64 already has Wasm's semantics for most of these: register shift
//! and rotate counts are taken modulo the operand width, `sdiv`/`udiv`
//! never fault (division by zero gives 0, `MIN / -1` gives `MIN`), so
//! zero divisors and `MIN / -1` are checked explicitly for their traps,
//! and `MIN % -1` falls out of `msub` as 0. Immediates that do not encode
//! are materialized in x16 first. Population count uses the baseline NEON
//! `cnt`/`addv` pair (ARMv8.0 has no scalar popcount).

use super::{asm, Aarch64, Cond, X16};
use crate::machine::{DivOp, ExtendOp, IntOp, IntUnOp, Masm, RegImm, Size};
use dynasmrt::aarch64::{encode_logical_immediate_32bit, encode_logical_immediate_64bit};
use dynasmrt::{dynasm, DynasmApi};
use trident_types::TrapCode;

/// `$ins dst, dst, src` at the operand size.
macro_rules! rrr {
    ($s:expr, $size:expr, $ins:ident, $d:expr, $r:expr) => {
        match $size {
            Size::S32 => asm!($s; $ins W($d), W($d), W($r)),
            Size::S64 => asm!($s; $ins X($d), X($d), X($r)),
        }
    };
}

/// Loads immediate `i` (sign-extended for 64-bit operations) into x16.
fn imm_reg<const F: bool>(s: &mut Aarch64<F>, size: Size, i: i32) -> u8 {
    match size {
        Size::S32 => s.load_const32(X16, i as u32),
        Size::S64 => s.load_const64(X16, i as i64 as u64),
    }
    X16
}

/// `dst op= imm` for and/or/xor: the logical-immediate form when `imm`
/// encodes, else through x16.
fn logical_imm<const F: bool>(s: &mut Aarch64<F>, op: IntOp, size: Size, d: u8, i: i32) {
    let encodable = match size {
        Size::S32 => encode_logical_immediate_32bit(i as u32).is_some(),
        Size::S64 => encode_logical_immediate_64bit(i as i64 as u64).is_some(),
    };
    if !encodable {
        let r = imm_reg(s, size, i);
        return int_op(s, op, size, d, RegImm::Reg(r));
    }
    let (w, x) = (i as u32, i as i64 as u64);
    match (op, size) {
        (IntOp::And, Size::S32) => asm!(s; and WSP(d), W(d), #w),
        (IntOp::And, Size::S64) => asm!(s; and XSP(d), X(d), #x),
        (IntOp::Or, Size::S32) => asm!(s; orr WSP(d), W(d), #w),
        (IntOp::Or, Size::S64) => asm!(s; orr XSP(d), X(d), #x),
        (_, Size::S32) => asm!(s; eor WSP(d), W(d), #w),
        (_, Size::S64) => asm!(s; eor XSP(d), X(d), #x),
    }
}

pub(super) fn int_op<const F: bool>(s: &mut Aarch64<F>, op: IntOp, size: Size, d: u8, src: RegImm) {
    let bits: u32 = if size == Size::S32 { 32 } else { 64 };
    match (op, src) {
        (IntOp::Add | IntOp::Sub, RegImm::Imm(i)) if i.unsigned_abs() < 4096 => {
            let neg = (op == IntOp::Sub) != (i < 0);
            let m = i.unsigned_abs();
            match (size, neg) {
                (Size::S32, false) => asm!(s; add WSP(d), WSP(d), #m),
                (Size::S32, true) => asm!(s; sub WSP(d), WSP(d), #m),
                (Size::S64, false) => asm!(s; add XSP(d), XSP(d), #m),
                (Size::S64, true) => asm!(s; sub XSP(d), XSP(d), #m),
            }
        }
        (IntOp::And | IntOp::Or | IntOp::Xor, RegImm::Imm(i)) => logical_imm(s, op, size, d, i),
        (IntOp::Shl | IntOp::ShrS | IntOp::ShrU | IntOp::Rotr | IntOp::Rotl, RegImm::Imm(i)) => {
            let mut sh = (i as u32) & (bits - 1);
            if op == IntOp::Rotl {
                sh = (bits - sh) & (bits - 1);
            }
            if sh == 0 {
                return;
            }
            match (op, size) {
                (IntOp::Shl, Size::S32) => asm!(s; lsl W(d), W(d), #sh),
                (IntOp::Shl, Size::S64) => asm!(s; lsl X(d), X(d), #sh),
                (IntOp::ShrS, Size::S32) => asm!(s; asr W(d), W(d), #sh),
                (IntOp::ShrS, Size::S64) => asm!(s; asr X(d), X(d), #sh),
                (IntOp::ShrU, Size::S32) => asm!(s; lsr W(d), W(d), #sh),
                (IntOp::ShrU, Size::S64) => asm!(s; lsr X(d), X(d), #sh),
                (_, Size::S32) => asm!(s; ror W(d), W(d), #sh),
                (_, Size::S64) => asm!(s; ror X(d), X(d), #sh),
            }
        }
        (_, RegImm::Imm(i)) => {
            let r = imm_reg(s, size, i);
            int_op(s, op, size, d, RegImm::Reg(r));
        }
        (IntOp::Add, RegImm::Reg(r)) => rrr!(s, size, add, d, r),
        (IntOp::Sub, RegImm::Reg(r)) => rrr!(s, size, sub, d, r),
        (IntOp::Mul, RegImm::Reg(r)) => rrr!(s, size, mul, d, r),
        (IntOp::And, RegImm::Reg(r)) => rrr!(s, size, and, d, r),
        (IntOp::Or, RegImm::Reg(r)) => rrr!(s, size, orr, d, r),
        (IntOp::Xor, RegImm::Reg(r)) => rrr!(s, size, eor, d, r),
        (IntOp::Shl, RegImm::Reg(r)) => rrr!(s, size, lsl, d, r),
        (IntOp::ShrS, RegImm::Reg(r)) => rrr!(s, size, asr, d, r),
        (IntOp::ShrU, RegImm::Reg(r)) => rrr!(s, size, lsr, d, r),
        (IntOp::Rotr, RegImm::Reg(r)) => rrr!(s, size, ror, d, r),
        (IntOp::Rotl, RegImm::Reg(r)) => {
            // rotl(x, n) = rotr(x, -n); the count is taken modulo width.
            match size {
                Size::S32 => asm!(s; neg w16, W(r); ror W(d), W(d), w16),
                Size::S64 => asm!(s; neg x16, X(r); ror X(d), X(d), x16),
            }
        }
    }
}

pub(super) fn int_div<const F: bool>(s: &mut Aarch64<F>, op: DivOp, size: Size, d: u8, r: u8) {
    let div0 = s.trap_label(TrapCode::IntegerDivisionByZero);
    match size {
        Size::S32 => asm!(s; cmp WSP(r), #0),
        Size::S64 => asm!(s; cmp XSP(r), #0),
    }
    s.bcond(Cond::Eq, div0);
    match op {
        DivOp::DivU => rrr!(s, size, udiv, d, r),
        DivOp::DivS => {
            let overflow = s.trap_label(TrapCode::IntegerOverflow);
            let ok = s.new_label();
            // `d - 1` overflows exactly when d is MIN.
            match size {
                Size::S32 => asm!(s; cmn WSP(r), #1),
                Size::S64 => asm!(s; cmn XSP(r), #1),
            }
            s.bcond_local(Cond::Ne, ok);
            match size {
                Size::S32 => asm!(s; cmp WSP(d), #1),
                Size::S64 => asm!(s; cmp XSP(d), #1),
            }
            s.bcond(Cond::Vs, overflow);
            s.bind(ok);
            rrr!(s, size, sdiv, d, r);
        }
        DivOp::RemU => match size {
            Size::S32 => asm!(s; udiv w16, W(d), W(r); msub W(d), w16, W(r), W(d)),
            Size::S64 => asm!(s; udiv x16, X(d), X(r); msub X(d), x16, X(r), X(d)),
        },
        DivOp::RemS => match size {
            Size::S32 => asm!(s; sdiv w16, W(d), W(r); msub W(d), w16, W(r), W(d)),
            Size::S64 => asm!(s; sdiv x16, X(d), X(r); msub X(d), x16, X(r), X(d)),
        },
    }
}

pub(super) fn int_unop<const F: bool>(s: &mut Aarch64<F>, op: IntUnOp, size: Size, d: u8) {
    match (op, size) {
        (IntUnOp::Clz, Size::S32) => asm!(s; clz W(d), W(d)),
        (IntUnOp::Clz, Size::S64) => asm!(s; clz X(d), X(d)),
        (IntUnOp::Ctz, Size::S32) => asm!(s; rbit W(d), W(d); clz W(d), W(d)),
        (IntUnOp::Ctz, Size::S64) => asm!(s; rbit X(d), X(d); clz X(d), X(d)),
        (IntUnOp::Popcnt, size) => {
            match size {
                Size::S32 => asm!(s; fmov s31, W(d)),
                Size::S64 => asm!(s; fmov d31, X(d)),
            }
            asm!(s
                ; cnt v31.b8, v31.b8
                ; addv b31, v31.b8
                ; fmov W(d), s31
            );
        }
    }
}

/// Sets the flags for `lhs - rhs` at the operand size.
pub(super) fn cmp<const F: bool>(s: &mut Aarch64<F>, size: Size, lhs: u8, rhs: RegImm) {
    let r = match rhs {
        RegImm::Imm(i) if (0..4096).contains(&i) => {
            let m = i as u32;
            match size {
                Size::S32 => asm!(s; cmp WSP(lhs), #m),
                Size::S64 => asm!(s; cmp XSP(lhs), #m),
            }
            return;
        }
        // `cmn x, #k` sets the same flags as `cmp x, #-k` for k != 0.
        RegImm::Imm(i) if (-4095..0).contains(&i) => {
            let m = i.unsigned_abs();
            match size {
                Size::S32 => asm!(s; cmn WSP(lhs), #m),
                Size::S64 => asm!(s; cmn XSP(lhs), #m),
            }
            return;
        }
        RegImm::Imm(i) => imm_reg(s, size, i),
        RegImm::Reg(r) => r,
    };
    match size {
        Size::S32 => asm!(s; cmp W(lhs), W(r)),
        Size::S64 => asm!(s; cmp X(lhs), X(r)),
    }
}

pub(super) fn extend<const F: bool>(s: &mut Aarch64<F>, op: ExtendOp, d: u8, r: u8) {
    match op {
        ExtendOp::ZeroExtend32 => asm!(s; mov W(d), W(r)),
        ExtendOp::SignExtend32To64 => asm!(s; sxtw X(d), W(r)),
        ExtendOp::SignExtend8(Size::S32) => asm!(s; sxtb W(d), W(r)),
        ExtendOp::SignExtend8(Size::S64) => asm!(s; sxtb X(d), W(r)),
        ExtendOp::SignExtend16(Size::S32) => asm!(s; sxth W(d), W(r)),
        ExtendOp::SignExtend16(Size::S64) => asm!(s; sxth X(d), W(r)),
    }
}
