//! x86-64 integer operations: arithmetic, division with its traps,
//! bit counting, comparisons and width changes.
//!
//! Shift and rotate counts go through `cl` (x86 masks them to the operand
//! width, as Wasm requires). Division checks its divisor explicitly, so the
//! hardware `#DE` fault is never taken: zero traps with
//! `IntegerDivisionByZero`, `MIN / -1` with `IntegerOverflow`, and
//! `MIN % -1` is 0 without dividing.

use super::{asm, X64};
use crate::machine::{DivOp, ExtendOp, IntCond, IntOp, IntUnOp, Label, Masm, RegImm, Size};
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
use trident_types::TrapCode;

/// `$ins dst, src` at the operand size.
macro_rules! rr {
    ($s:expr, $size:expr, $ins:ident, $d:expr, $r:expr) => {
        match $size {
            Size::S32 => asm!($s; $ins Rd($d), Rd($r)),
            Size::S64 => asm!($s; $ins Rq($d), Rq($r)),
        }
    };
}

/// `$ins dst, imm` at the operand size.
macro_rules! ri {
    ($s:expr, $size:expr, $ins:ident, $d:expr, $i:expr) => {
        match $size {
            Size::S32 => asm!($s; $ins Rd($d), $i),
            Size::S64 => asm!($s; $ins Rq($d), $i),
        }
    };
}

/// `$ins dst, cl` (count in a register) or `$ins dst, imm8`.
macro_rules! shift {
    ($s:expr, $size:expr, $ins:ident, $d:expr, $src:expr) => {
        match $src {
            RegImm::Reg(r) => {
                asm!($s; mov ecx, Rd(r));
                match $size {
                    Size::S32 => asm!($s; $ins Rd($d), cl),
                    Size::S64 => asm!($s; $ins Rq($d), cl),
                }
            }
            RegImm::Imm(i) => {
                let mask = if $size == Size::S32 { 31 } else { 63 };
                ri!($s, $size, $ins, $d, (i & mask) as i8)
            }
        }
    };
}

pub(super) fn int_op<const L: u8>(s: &mut X64<L>, op: IntOp, size: Size, d: u8, src: RegImm) {
    match (op, src) {
        (IntOp::Add, RegImm::Reg(r)) => rr!(s, size, add, d, r),
        (IntOp::Add, RegImm::Imm(i)) => ri!(s, size, add, d, i),
        (IntOp::Sub, RegImm::Reg(r)) => rr!(s, size, sub, d, r),
        (IntOp::Sub, RegImm::Imm(i)) => ri!(s, size, sub, d, i),
        (IntOp::And, RegImm::Reg(r)) => rr!(s, size, and, d, r),
        (IntOp::And, RegImm::Imm(i)) => ri!(s, size, and, d, i),
        (IntOp::Or, RegImm::Reg(r)) => rr!(s, size, or, d, r),
        (IntOp::Or, RegImm::Imm(i)) => ri!(s, size, or, d, i),
        (IntOp::Xor, RegImm::Reg(r)) => rr!(s, size, xor, d, r),
        (IntOp::Xor, RegImm::Imm(i)) => ri!(s, size, xor, d, i),
        (IntOp::Mul, RegImm::Reg(r)) => rr!(s, size, imul, d, r),
        (IntOp::Mul, RegImm::Imm(i)) => match size {
            Size::S32 => asm!(s; imul Rd(d), Rd(d), i),
            Size::S64 => asm!(s; imul Rq(d), Rq(d), i),
        },
        (IntOp::Shl, src) => shift!(s, size, shl, d, src),
        (IntOp::ShrS, src) => shift!(s, size, sar, d, src),
        (IntOp::ShrU, src) => shift!(s, size, shr, d, src),
        (IntOp::Rotl, src) => shift!(s, size, rol, d, src),
        (IntOp::Rotr, src) => shift!(s, size, ror, d, src),
    }
}

pub(super) fn int_div<const L: u8>(s: &mut X64<L>, op: DivOp, size: Size, d: u8, r: u8) {
    let div0 = s.trap_label(TrapCode::IntegerDivisionByZero);
    rr!(s, size, test, r, r);
    asm!(s; jz =>div0);
    match op {
        DivOp::DivU | DivOp::RemU => {
            asm!(s; xor edx, edx);
            match size {
                Size::S32 => asm!(s; mov eax, Rd(d); div Rd(r)),
                Size::S64 => asm!(s; mov rax, Rq(d); div Rq(r)),
            }
        }
        DivOp::DivS => {
            let overflow = s.trap_label(TrapCode::IntegerOverflow);
            let ok = s.new_label();
            ri!(s, size, cmp, r, -1);
            asm!(s; jne =>ok);
            match size {
                Size::S32 => asm!(s; cmp Rd(d), i32::MIN),
                Size::S64 => asm!(s; mov rax, QWORD i64::MIN; cmp Rq(d), rax),
            }
            asm!(s; je =>overflow; =>ok);
            match size {
                Size::S32 => asm!(s; mov eax, Rd(d); cdq; idiv Rd(r)),
                Size::S64 => asm!(s; mov rax, Rq(d); cqo; idiv Rq(r)),
            }
        }
        DivOp::RemS => {
            let divide = s.new_label();
            let done = s.new_label();
            ri!(s, size, cmp, r, -1);
            asm!(s; jne =>divide; xor edx, edx; jmp =>done; =>divide);
            match size {
                Size::S32 => asm!(s; mov eax, Rd(d); cdq; idiv Rd(r)),
                Size::S64 => asm!(s; mov rax, Rq(d); cqo; idiv Rq(r)),
            }
            asm!(s; =>done);
        }
    }
    match op {
        DivOp::DivS | DivOp::DivU => rr!(s, size, mov, d, 0u8),
        DivOp::RemS | DivOp::RemU => rr!(s, size, mov, d, 2u8),
    }
}

pub(super) fn int_unop<const L: u8>(s: &mut X64<L>, op: IntUnOp, size: Size, d: u8) {
    let bits: i32 = if size == Size::S32 { 32 } else { 64 };
    match op {
        IntUnOp::Clz => {
            // clz = (bits - 1) - bsr(x); bsr of 0 sets ZF: use -1.
            let nonzero = s.new_label();
            match size {
                Size::S32 => asm!(s; bsr eax, Rd(d)),
                Size::S64 => asm!(s; bsr rax, Rq(d)),
            }
            asm!(s
                ; jnz =>nonzero
                ; mov eax, -1
                ; =>nonzero
                ; mov Rd(d), bits - 1
                ; sub Rd(d), eax
            );
        }
        IntUnOp::Ctz => {
            let nonzero = s.new_label();
            match size {
                Size::S32 => asm!(s; bsf eax, Rd(d)),
                Size::S64 => asm!(s; bsf rax, Rq(d)),
            }
            asm!(s
                ; jnz =>nonzero
                ; mov eax, bits
                ; =>nonzero
                ; mov Rd(d), eax
            );
        }
        IntUnOp::Popcnt => popcnt(s, size, d),
    }
}

/// Population count with shifts and masks (SSE4.1 has no `popcnt`).
fn popcnt<const L: u8>(s: &mut X64<L>, size: Size, d: u8) {
    match size {
        Size::S32 => asm!(s
            ; mov eax, Rd(d)
            ; shr eax, 1
            ; and eax, 0x5555_5555
            ; sub Rd(d), eax
            ; mov eax, Rd(d)
            ; shr Rd(d), 2
            ; and eax, 0x3333_3333
            ; and Rd(d), 0x3333_3333
            ; add Rd(d), eax
            ; mov eax, Rd(d)
            ; shr eax, 4
            ; add Rd(d), eax
            ; and Rd(d), 0x0f0f_0f0f
            ; imul Rd(d), Rd(d), 0x0101_0101
            ; shr Rd(d), 24
        ),
        Size::S64 => asm!(s
            ; mov rax, Rq(d)
            ; shr rax, 1
            ; mov rcx, QWORD 0x5555_5555_5555_5555
            ; and rax, rcx
            ; sub Rq(d), rax
            ; mov rcx, QWORD 0x3333_3333_3333_3333
            ; mov rax, Rq(d)
            ; shr Rq(d), 2
            ; and rax, rcx
            ; and Rq(d), rcx
            ; add Rq(d), rax
            ; mov rax, Rq(d)
            ; shr rax, 4
            ; add Rq(d), rax
            ; mov rcx, QWORD 0x0f0f_0f0f_0f0f_0f0f
            ; and Rq(d), rcx
            ; mov rcx, QWORD 0x0101_0101_0101_0101
            ; imul Rq(d), rcx
            ; shr Rq(d), 56
        ),
    }
}

/// `cmp lhs, rhs` at the operand size.
pub(super) fn cmp<const L: u8>(s: &mut X64<L>, size: Size, lhs: u8, rhs: RegImm) {
    match rhs {
        RegImm::Reg(r) => rr!(s, size, cmp, lhs, r),
        RegImm::Imm(i) => ri!(s, size, cmp, lhs, i),
    }
}

/// `al = cond` after a `cmp`.
pub(super) fn setcc<const L: u8>(s: &mut X64<L>, cond: IntCond) {
    match cond {
        IntCond::Eq => asm!(s; sete al),
        IntCond::Ne => asm!(s; setne al),
        IntCond::LtS => asm!(s; setl al),
        IntCond::LtU => asm!(s; setb al),
        IntCond::GtS => asm!(s; setg al),
        IntCond::GtU => asm!(s; seta al),
        IntCond::LeS => asm!(s; setle al),
        IntCond::LeU => asm!(s; setbe al),
        IntCond::GeS => asm!(s; setge al),
        IntCond::GeU => asm!(s; setae al),
    }
}

/// Jumps to `label` on `cond` after a `cmp`.
pub(super) fn jcc<const L: u8>(s: &mut X64<L>, cond: IntCond, label: Label) {
    match cond {
        IntCond::Eq => asm!(s; je =>label),
        IntCond::Ne => asm!(s; jne =>label),
        IntCond::LtS => asm!(s; jl =>label),
        IntCond::LtU => asm!(s; jb =>label),
        IntCond::GtS => asm!(s; jg =>label),
        IntCond::GtU => asm!(s; ja =>label),
        IntCond::LeS => asm!(s; jle =>label),
        IntCond::LeU => asm!(s; jbe =>label),
        IntCond::GeS => asm!(s; jge =>label),
        IntCond::GeU => asm!(s; jae =>label),
    }
}

pub(super) fn extend<const L: u8>(s: &mut X64<L>, op: ExtendOp, d: u8, r: u8) {
    match op {
        ExtendOp::ZeroExtend32 => asm!(s; mov Rd(d), Rd(r)),
        ExtendOp::SignExtend32To64 => asm!(s; movsxd Rq(d), Rd(r)),
        ExtendOp::SignExtend8(Size::S32) => asm!(s; movsx Rd(d), Rb(r)),
        ExtendOp::SignExtend8(Size::S64) => asm!(s; movsx Rq(d), Rb(r)),
        ExtendOp::SignExtend16(Size::S32) => asm!(s; movsx Rd(d), Rw(r)),
        ExtendOp::SignExtend16(Size::S64) => asm!(s; movsx Rq(d), Rw(r)),
    }
}
