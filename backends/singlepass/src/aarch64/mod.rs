//! The AArch64 implementation of [`Masm`], on dynasmrt's `VecAssembler`.
//!
//! Register roles (AAPCS64 numbering; 31 is `sp` as a base register and
//! `xzr` elsewhere):
//! * x28 holds the vmctx in wasm function bodies, x29 is the frame
//!   pointer, x30 the link register;
//! * x1–x8, x11–x14, x19–x27 and v0–v28 are allocatable (no register
//!   survives a wasm call, see `abi`, so argument registers can be handed
//!   out between calls). A float register holds an f32/f64 in its low
//!   lane or a whole `v128`; moves and `select` copy all 128 bits;
//! * x9 and x10 are the code generator's scratch registers;
//! * x15, x16, x17 and v29–v31 are this module's own scratch registers:
//!   any operation may clobber them (address and immediate
//!   materialization, division, float and vector constants, the
//!   consecutive pair v30:v31 of a shuffle's `tbl`). x18 (the platform
//!   register) is never touched.
//!
//! Calls: AAPCS64 preserves only the low 64 bits of v8–v15, but no vector
//! (or any other value) is ever live in a register across a call: the code
//! generator spills everything first, and the host→wasm trampoline only
//! has to give its C caller back d8–d15, which it saves.
//!
//! Frames: `stp x29, x30, [sp, #-16]!; mov x29, sp`, then the frame is
//! allocated below; `sp` is 16-byte aligned everywhere (AAPCS64 requires
//! it for every `sp`-based access).
//!
//! Ranges (every dynasm immediate is checked here before it is emitted;
//! dynasm would panic on an unencodable one):
//! * constants are built with `movz`/`movn` + `movk` (no literal pools);
//! * memory offsets use the scaled 12-bit or unscaled 9-bit forms when they
//!   fit, else the offset is materialized in x16 and the register-offset
//!   form is used; the frame size is a patched `movz`/`movk` pair, so
//!   frames of any size work;
//! * conditional branches to code-generator labels (`b.cond`, ±1 MiB) are
//!   direct while the function is below 1 MiB. A function that grows past
//!   that is compiled again in far mode (`FAR = true`), where every such
//!   branch is an inverted `b.cond` over an unconditional `b` (±128 MiB);
//!   `Masm::finish` answers `Finished::NeedsFarBranches`. Calls are `bl` with an `Arm64Call`
//!   relocation (±128 MiB, resolved by the loader or the linker).
//!
//! SIMD (`simd*.rs`) is ARMv8.0 NEON, mandatory on every AArch64 CPU.
//!
//! Invariants: every trapping instruction's offset is recorded (shared trap
//! stubs are one `udf` per [`TrapCode`], emitted after the body); the
//! frame-size immediates are patched once in [`Masm::finish`].

// dynasm's expansion converts dynamic register numbers with `.into()`.
#![allow(clippy::useless_conversion)]

mod float;
mod int;
mod mem;
mod simd;
mod simd_float;
mod simd_int;

use crate::machine::{
    Addr, DivOp, ExtendOp, Finished, FloatCond, FloatOp, FloatUnOp, FramePatch, IntCond, IntOp,
    IntUnOp, Label, LoadKind, Masm, Reg, RegImm, Shape, Size, StoreKind, TruncKind, VecBinOp,
    VecReduce, VecUnOp, PTR_LOAD,
};
use crate::BACKEND;
use dynasmrt::aarch64::Aarch64Relocation;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};
use trident_types::{
    CompileError, CompiledFunction, Relocation, RelocationKind, RelocationTarget, TrapCode,
    TrapSite,
};

/// This module's scratch registers.
pub(crate) const X15: u8 = 15;
pub(crate) const X16: u8 = 16;
pub(crate) const X17: u8 = 17;
/// `xzr` where a general purpose register is read, `sp` as a base.
pub(crate) const ZR: u8 = 31;
pub(crate) const V31: u8 = 31;
const FP_REG: u8 = 29;

/// Bytes of callee-saved registers a host→wasm trampoline saves below the
/// frame record: x19–x28 and d8–d15.
const CALLEE_SAVED_BYTES: i32 = 144;

/// A function at least this long may have conditional branches out of
/// `b.cond`'s ±1 MiB range: it is compiled again with far branches.
const NEAR_LIMIT: u32 = (1 << 20) - 64;

/// Emits AArch64 instructions into `$s.ops`.
macro_rules! asm {
    ($s:expr; $($t:tt)*) => {
        dynasm!($s.ops ; .arch aarch64 ; $($t)*)
    };
}
pub(crate) use asm;

/// Condition codes (after `cmp`/`fcmp`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cond {
    Eq,
    Ne,
    Hs,
    Lo,
    Mi,
    Pl,
    Vs,
    Vc,
    Hi,
    Ls,
    Ge,
    Lt,
    Gt,
    Le,
}

impl Cond {
    pub(crate) fn invert(self) -> Cond {
        use Cond::*;
        match self {
            Eq => Ne,
            Ne => Eq,
            Hs => Lo,
            Lo => Hs,
            Mi => Pl,
            Pl => Mi,
            Vs => Vc,
            Vc => Vs,
            Hi => Ls,
            Ls => Hi,
            Ge => Lt,
            Lt => Ge,
            Gt => Le,
            Le => Gt,
        }
    }

    pub(crate) fn of_int(c: IntCond) -> Cond {
        match c {
            IntCond::Eq => Cond::Eq,
            IntCond::Ne => Cond::Ne,
            IntCond::LtS => Cond::Lt,
            IntCond::LtU => Cond::Lo,
            IntCond::GtS => Cond::Gt,
            IntCond::GtU => Cond::Hi,
            IntCond::LeS => Cond::Le,
            IntCond::LeU => Cond::Ls,
            IntCond::GeS => Cond::Ge,
            IntCond::GeU => Cond::Hs,
        }
    }
}

/// Expands `$mac!(cc, args…)` with the dynasm spelling of condition `$c`.
macro_rules! with_cond {
    ($c:expr, $mac:ident, $($args:tt)*) => {
        match $c {
            Cond::Eq => $mac!(eq, $($args)*),
            Cond::Ne => $mac!(ne, $($args)*),
            Cond::Hs => $mac!(hs, $($args)*),
            Cond::Lo => $mac!(lo, $($args)*),
            Cond::Mi => $mac!(mi, $($args)*),
            Cond::Pl => $mac!(pl, $($args)*),
            Cond::Vs => $mac!(vs, $($args)*),
            Cond::Vc => $mac!(vc, $($args)*),
            Cond::Hi => $mac!(hi, $($args)*),
            Cond::Ls => $mac!(ls, $($args)*),
            Cond::Ge => $mac!(ge, $($args)*),
            Cond::Lt => $mac!(lt, $($args)*),
            Cond::Gt => $mac!(gt, $($args)*),
            Cond::Le => $mac!(le, $($args)*),
        }
    };
}

macro_rules! bcond_insn {
    ($cc:ident, $s:expr, $l:expr) => {
        asm!($s; b.$cc =>$l)
    };
}
macro_rules! cset_insn {
    ($cc:ident, $s:expr, $d:expr) => {
        asm!($s; cset W($d), $cc)
    };
}

/// The AArch64 macro assembler for one function or trampoline. `FAR`
/// selects far conditional branches (functions of 1 MiB or more).
pub struct Aarch64<const FAR: bool> {
    pub(crate) ops: VecAssembler<Aarch64Relocation>,
    traps: Vec<TrapSite>,
    relocations: Vec<Relocation>,
    /// Trap stubs and the address map.
    sites: crate::sites::Sites,
    /// `(offset of a movz/movk, 16-bit value)` patched after assembly.
    patches: Vec<(u32, u16)>,
    /// A load kind reached an instruction that cannot perform it (a bug
    /// in this module): `finish` fails rather than hand out wrong code.
    pub(crate) bug: bool,
}

/// Near-branch flavour, used first for every function.
pub type Aarch64Near = Aarch64<false>;
/// Far-branch flavour, for functions of 1 MiB of code or more.
pub type Aarch64Far = Aarch64<true>;

impl<const FAR: bool> Aarch64<FAR> {
    pub(crate) fn record_trap(&mut self, code: TrapCode) {
        let offset = self.offset();
        self.traps.push(TrapSite { offset, code });
    }

    /// Branches to `label` when `cond` holds, in range wherever the label
    /// is in the function.
    pub(crate) fn bcond(&mut self, cond: Cond, label: Label) {
        if FAR {
            let skip = self.ops.new_dynamic_label();
            with_cond!(cond.invert(), bcond_insn, self, skip);
            asm!(self; b =>label; =>skip);
        } else {
            with_cond!(cond, bcond_insn, self, label);
        }
    }

    /// Branches to a label within the same operation (always near).
    pub(crate) fn bcond_local(&mut self, cond: Cond, label: Label) {
        with_cond!(cond, bcond_insn, self, label);
    }

    /// `W(d) = cond as u32`.
    pub(crate) fn cset(&mut self, cond: Cond, d: u8) {
        with_cond!(cond, cset_insn, self, d);
    }

    /// Loads `value` into `X(d)` (all 64 bits) with `movz`/`movn`/`movk`.
    pub(crate) fn load_const64(&mut self, d: u8, value: u64) {
        let halves: [u32; 4] = std::array::from_fn(|i| ((value >> (16 * i)) & 0xffff) as u32);
        let zeros = halves.iter().filter(|h| **h == 0).count();
        let ones = halves.iter().filter(|h| **h == 0xffff).count();
        if ones > zeros {
            // movn sets the inverse; then patch the halves that differ.
            let first = halves.iter().position(|h| *h != 0xffff).unwrap_or(0);
            let inv = !halves[first] & 0xffff;
            match first {
                0 => asm!(self; movn X(d), #inv),
                1 => asm!(self; movn X(d), #inv, lsl #16),
                2 => asm!(self; movn X(d), #inv, lsl #32),
                _ => asm!(self; movn X(d), #inv, lsl #48),
            }
            for (i, h) in halves.iter().enumerate().skip(first + 1) {
                if *h != 0xffff {
                    self.movk(d, i, *h);
                }
            }
        } else {
            let first = halves.iter().position(|h| *h != 0).unwrap_or(0);
            match first {
                0 => asm!(self; movz X(d), #halves[0]),
                1 => asm!(self; movz X(d), #halves[1], lsl #16),
                2 => asm!(self; movz X(d), #halves[2], lsl #32),
                _ => asm!(self; movz X(d), #halves[3], lsl #48),
            }
            for (i, h) in halves.iter().enumerate().skip(first + 1) {
                if *h != 0 {
                    self.movk(d, i, *h);
                }
            }
        }
    }

    /// Loads `value` into `W(d)` (upper half zeroed).
    pub(crate) fn load_const32(&mut self, d: u8, value: u32) {
        let (lo, hi) = (value & 0xffff, value >> 16);
        if hi == 0 {
            asm!(self; movz W(d), #lo);
        } else if hi == 0xffff {
            let inv = !lo & 0xffff;
            asm!(self; movn W(d), #inv);
        } else if lo == 0 {
            asm!(self; movz W(d), #hi, lsl #16);
        } else {
            asm!(self; movz W(d), #lo; movk W(d), #hi, lsl #16);
        }
    }

    fn movk(&mut self, d: u8, half: usize, v: u32) {
        match half {
            0 => asm!(self; movk X(d), #v),
            1 => asm!(self; movk X(d), #v, lsl #16),
            2 => asm!(self; movk X(d), #v, lsl #32),
            _ => asm!(self; movk X(d), #v, lsl #48),
        }
    }

    /// `XSP(d) = XSP(n) + value` for any 64-bit `value` (`d` may be `n`;
    /// uses x15 when the value needs materializing and `d` is `sp`).
    pub(crate) fn add_imm(&mut self, d: u8, n: u8, value: i64) {
        let mag = value.unsigned_abs();
        if mag < 4096 {
            let m = mag as u32;
            if value >= 0 {
                asm!(self; add XSP(d), XSP(n), #m);
            } else {
                asm!(self; sub XSP(d), XSP(n), #m);
            }
        } else if mag < 1 << 24 && mag & 0xfff == 0 {
            let m = (mag >> 12) as u32;
            if value >= 0 {
                asm!(self; add XSP(d), XSP(n), #m, lsl #12);
            } else {
                asm!(self; sub XSP(d), XSP(n), #m, lsl #12);
            }
        } else {
            self.load_const64(X15, value as u64);
            asm!(self; add XSP(d), XSP(n), X(X15));
        }
    }
}

impl<const FAR: bool> Masm for Aarch64<FAR> {
    const ALLOCATABLE_GPRS: &'static [u8] = &[
        1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 19, 20, 21, 22, 23, 24, 25, 26, 27,
    ];
    const ALLOCATABLE_FPRS: &'static [u8] = &[
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28,
    ];
    const VMCTX: u8 = 28;
    const FP: u8 = FP_REG;
    const SP: u8 = 31;
    const SCRATCH_GPR: u8 = 9;
    const SCRATCH_GPR2: u8 = 10;
    const INT_ARGS: &'static [u8] = &[0, 1, 2, 3, 4, 5, 6, 7];
    const FLOAT_ARGS: &'static [u8] = &[0, 1, 2, 3, 4, 5, 6, 7];
    const INT_RET: u8 = 0;
    const FLOAT_RET: u8 = 0;
    const INCOMING_ARGS_OFFSET: i32 = 16;
    const STACK_ALIGN: u32 = 16;

    fn new() -> Self {
        Aarch64 {
            ops: VecAssembler::new(0),
            traps: Vec::new(),
            relocations: Vec::new(),
            sites: crate::sites::Sites::default(),
            patches: Vec::new(),
            bug: false,
        }
    }

    fn offset(&self) -> u32 {
        self.ops.offset().0 as u32
    }

    fn new_label(&mut self) -> Label {
        self.ops.new_dynamic_label()
    }

    fn bind(&mut self, label: Label) {
        asm!(self; =>label);
    }

    fn jump(&mut self, label: Label) {
        asm!(self; b =>label);
    }

    fn sites(&mut self) -> &mut crate::sites::Sites {
        &mut self.sites
    }

    fn trap(&mut self, code: TrapCode) {
        self.record_trap(code);
        asm!(self; udf #0);
    }

    fn enter_frame(&mut self, vmctx_arg: u8, store_ctx: u32, stack_limit: u32) -> FramePatch {
        let overflow = self.trap_label(TrapCode::StackOverflow);
        asm!(self
            ; stp x29, x30, [sp, #-16]!
            ; mov x29, sp
        );
        self.load(
            PTR_LOAD,
            Reg::Gpr(X16),
            Addr::new(vmctx_arg, store_ctx as i32),
            None,
        );
        self.load(
            PTR_LOAD,
            Reg::Gpr(X16),
            Addr::new(X16, stack_limit as i32),
            None,
        );
        // The frame size (below 2^31) is patched into this movz/movk pair.
        let movz_site = self.offset();
        asm!(self; movz x17, #0);
        let movk_site = self.offset();
        asm!(self
            ; movk x17, #0, lsl #16
            ; sub x17, sp, x17
            ; cmp x17, x16
        );
        self.bcond(Cond::Lo, overflow);
        asm!(self; mov sp, x17);
        FramePatch {
            sites: [movz_site, movk_site],
        }
    }

    fn patch_frame_size(&mut self, patch: FramePatch, size: u32) {
        self.patches.push((patch.sites[0], (size & 0xffff) as u16));
        self.patches.push((patch.sites[1], (size >> 16) as u16));
    }

    fn enter_trampoline_frame(&mut self, size: u32, save_callee_saved: bool) -> i32 {
        asm!(self
            ; stp x29, x30, [sp, #-16]!
            ; mov x29, sp
        );
        let saved = if save_callee_saved {
            let bytes = CALLEE_SAVED_BYTES as u32;
            asm!(self
                ; sub sp, sp, #bytes
                ; stp x19, x20, [sp]
                ; stp x21, x22, [sp, #16]
                ; stp x23, x24, [sp, #32]
                ; stp x25, x26, [sp, #48]
                ; stp x27, x28, [sp, #64]
                ; stp d8, d9, [sp, #80]
                ; stp d10, d11, [sp, #96]
                ; stp d12, d13, [sp, #112]
                ; stp d14, d15, [sp, #128]
            );
            CALLEE_SAVED_BYTES
        } else {
            0
        };
        let sub = u64::from(size).div_ceil(16) * 16;
        if sub > 0 {
            self.add_imm(Self::SP, Self::SP, -(sub as i64));
        }
        -saved
    }

    fn leave_trampoline_frame(&mut self, save_callee_saved: bool) {
        if save_callee_saved {
            asm!(self
                ; ldp x19, x20, [x29, #-144]
                ; ldp x21, x22, [x29, #-128]
                ; ldp x23, x24, [x29, #-112]
                ; ldp x25, x26, [x29, #-96]
                ; ldp x27, x28, [x29, #-80]
                ; ldp d8, d9, [x29, #-64]
                ; ldp d10, d11, [x29, #-48]
                ; ldp d12, d13, [x29, #-32]
                ; ldp d14, d15, [x29, #-16]
            );
        }
        self.leave_and_return();
    }

    fn leave_and_return(&mut self) {
        asm!(self
            ; mov sp, x29
            ; ldp x29, x30, [sp], #16
            ; ret
        );
    }

    fn leave_frame(&mut self) {
        asm!(self
            ; mov sp, x29
            ; ldp x29, x30, [sp], #16
        );
    }

    fn mov(&mut self, dst: Reg, src: Reg) {
        match (dst, src) {
            (Reg::Gpr(d), Reg::Gpr(s)) if d != s => asm!(self; mov X(d), X(s)),
            // All 128 bits: the register may hold a v128.
            (Reg::Fpr(d), Reg::Fpr(s)) if d != s => asm!(self; mov V(d).B16, V(s).B16),
            (Reg::Gpr(d), Reg::Fpr(s)) => asm!(self; fmov X(d), D(s)),
            (Reg::Fpr(d), Reg::Gpr(s)) => asm!(self; fmov D(d), X(s)),
            _ => {}
        }
    }

    fn mov_imm(&mut self, dst: Reg, size: Size, bits: u64) {
        match (dst, size) {
            (Reg::Gpr(d), Size::S32) => self.load_const32(d, bits as u32),
            (Reg::Gpr(d), Size::S64) => self.load_const64(d, bits),
            (Reg::Fpr(d), Size::S32) => {
                if bits as u32 == 0 {
                    asm!(self; fmov S(d), wzr);
                } else {
                    self.load_const32(X16, bits as u32);
                    asm!(self; fmov S(d), w16);
                }
            }
            (Reg::Fpr(d), Size::S64) => {
                if bits == 0 {
                    asm!(self; fmov D(d), xzr);
                } else {
                    self.load_const64(X16, bits);
                    asm!(self; fmov D(d), x16);
                }
            }
        }
    }

    fn load(&mut self, kind: LoadKind, dst: Reg, a: Addr, trap: Option<TrapCode>) {
        mem::load(self, kind, dst, a, trap)
    }

    fn store(&mut self, kind: StoreKind, src: Reg, a: Addr, trap: Option<TrapCode>) {
        mem::store(self, kind, src, a, trap)
    }

    fn store_const(&mut self, size: Size, bits: u64, a: Addr) {
        let src = match (size, bits) {
            (Size::S32, b) if b as u32 == 0 => ZR,
            (Size::S64, 0) => ZR,
            (Size::S32, b) => {
                self.load_const32(X17, b as u32);
                X17
            }
            (Size::S64, b) => {
                self.load_const64(X17, b);
                X17
            }
        };
        let bytes = if size == Size::S32 { 4 } else { 8 };
        mem::store(self, StoreKind::Int { bytes }, Reg::Gpr(src), a, None);
    }

    fn copy64(&mut self, src: Addr, dst: Addr) {
        mem::load(self, PTR_LOAD, Reg::Gpr(X17), src, None);
        mem::store(self, StoreKind::Int { bytes: 8 }, Reg::Gpr(X17), dst, None);
    }

    fn trap_if_above(&mut self, index: u8, end: u64, bound: Addr, code: TrapCode) {
        let trap = self.trap_label(code);
        mem::load(self, PTR_LOAD, Reg::Gpr(X17), bound, None);
        if end < 4096 {
            let e = end as u32;
            asm!(self; add x16, XSP(index), #e);
        } else {
            self.load_const64(X16, end);
            asm!(self; add x16, x16, X(index));
        }
        asm!(self; cmp x16, x17);
        self.bcond(Cond::Hi, trap);
    }

    fn trap_if_above_wide(&mut self, index: u8, end: u64, bound: Addr, code: TrapCode) {
        let trap = self.trap_label(code);
        mem::load(self, PTR_LOAD, Reg::Gpr(X17), bound, None);
        self.load_const64(X16, end);
        // Carry set (HS) after the add: the end is past 2^64.
        asm!(self; adds x16, x16, X(index));
        self.bcond(Cond::Hs, trap);
        asm!(self; cmp x16, x17);
        self.bcond(Cond::Hi, trap);
    }

    fn lea(&mut self, dst: u8, base: u8, disp: i32) {
        self.add_imm(dst, base, i64::from(disp));
    }

    fn add_mem_imm(&mut self, a: Addr, imm: i32) {
        // The address may use x16; the sum is formed in x17 (x15 for a
        // large immediate).
        let m = mem::operand(self, a, 8);
        mem::emit_load(self, PTR_LOAD, X17, m);
        self.add_imm(X17, X17, i64::from(imm));
        mem::emit_store(self, StoreKind::Int { bytes: 8 }, X17, m);
    }

    fn zero_words(&mut self, disp: i32, count: u32) {
        let store = StoreKind::Int { bytes: 8 };
        if count <= 8 {
            for i in 0..count as i32 {
                mem::store(
                    self,
                    store,
                    Reg::Gpr(ZR),
                    Addr::new(FP_REG, disp + 8 * i),
                    None,
                );
            }
            return;
        }
        let top = self.new_label();
        self.add_imm(X16, FP_REG, i64::from(disp));
        self.load_const32(X17, count);
        asm!(self
            ; =>top
            ; str xzr, [x16], #8
            ; subs w17, w17, #1
        );
        self.bcond_local(Cond::Ne, top);
    }

    fn int_op(&mut self, op: IntOp, size: Size, dst: u8, src: RegImm) {
        int::int_op(self, op, size, dst, src)
    }

    fn int_div(&mut self, op: DivOp, size: Size, dst: u8, src: u8) {
        int::int_div(self, op, size, dst, src)
    }

    fn int_unop(&mut self, op: IntUnOp, size: Size, dst: u8) {
        int::int_unop(self, op, size, dst)
    }

    fn int_cmp(&mut self, cond: IntCond, size: Size, dst: u8, lhs: u8, rhs: RegImm) {
        int::cmp(self, size, lhs, rhs);
        self.cset(Cond::of_int(cond), dst);
    }

    fn branch_cmp(&mut self, cond: IntCond, size: Size, lhs: u8, rhs: RegImm, label: Label) {
        int::cmp(self, size, lhs, rhs);
        self.bcond(Cond::of_int(cond), label);
    }

    fn extend(&mut self, op: ExtendOp, dst: u8, src: u8) {
        int::extend(self, op, dst, src)
    }

    fn select(&mut self, cond: u8, dst: Reg, other: Reg) {
        match (dst, other) {
            (Reg::Fpr(d), Reg::Fpr(o)) => {
                // A branch around a whole-register move (`fcsel` would
                // keep only 64 bits of a v128).
                let keep = self.new_label();
                asm!(self
                    ; cbnz W(cond), =>keep
                    ; mov V(d).B16, V(o).B16
                    ; =>keep
                );
            }
            _ => {
                asm!(self; cmp WSP(cond), #0);
                let (d, o) = (dst.num(), other.num());
                asm!(self; csel X(d), X(d), X(o), ne)
            }
        }
    }

    fn float_op(&mut self, op: FloatOp, size: Size, dst: u8, src: u8) {
        float::float_op(self, op, size, dst, src)
    }

    fn float_unop(&mut self, op: FloatUnOp, size: Size, dst: u8) {
        float::float_unop(self, op, size, dst)
    }

    fn float_cmp(&mut self, cond: FloatCond, size: Size, dst: u8, lhs: u8, rhs: u8) {
        float::float_cmp(self, cond, size, dst, lhs, rhs)
    }

    fn canonicalize_nan(&mut self, size: Size, reg: u8) {
        float::canonicalize_nan(self, size, reg)
    }

    fn trunc(&mut self, kind: TruncKind, dst: u8, src: u8) {
        float::trunc(self, kind, dst, src)
    }

    fn convert(&mut self, src_size: Size, signed: bool, dst_size: Size, dst: u8, src: u8) {
        float::convert(self, src_size, signed, dst_size, dst, src)
    }

    fn promote(&mut self, dst: u8, src: u8) {
        asm!(self; fcvt D(dst), S(src));
    }

    fn demote(&mut self, dst: u8, src: u8) {
        asm!(self; fcvt S(dst), D(src));
    }

    fn gpr_to_fpr(&mut self, size: Size, dst: u8, src: u8) {
        match size {
            Size::S32 => asm!(self; fmov S(dst), W(src)),
            Size::S64 => asm!(self; fmov D(dst), X(src)),
        }
    }

    fn fpr_to_gpr(&mut self, size: Size, dst: u8, src: u8) {
        match size {
            Size::S32 => asm!(self; fmov W(dst), S(src)),
            Size::S64 => asm!(self; fmov X(dst), D(src)),
        }
    }

    fn jump_table(&mut self, index: u8, targets: &[Label], default: Label) {
        let table = self.new_label();
        let len = u32::try_from(targets.len()).unwrap_or(u32::MAX);
        if len < 4096 {
            asm!(self; cmp WSP(index), #len);
        } else {
            self.load_const32(X16, len);
            asm!(self; cmp W(index), w16);
        }
        self.bcond(Cond::Hs, default);
        // Every entry is one `b` (±128 MiB); the table follows the `br`,
        // well within `adr`'s ±1 MiB.
        asm!(self
            ; adr x16, =>table
            ; add x16, x16, W(index), uxtw #2
            ; br x16
            ; =>table
        );
        for t in targets {
            asm!(self; b =>*t);
        }
    }

    fn call_function(&mut self, func: u32) {
        // `bl` with a zero offset.
        self.imm26_to_function(0x9400_0000, func);
    }

    fn call_reg(&mut self, target: u8) {
        asm!(self; blr X(target));
    }

    fn jump_function(&mut self, func: u32) {
        // `b` with a zero offset: the same imm26 field as `bl`.
        self.imm26_to_function(0x1400_0000, func);
    }

    fn jump_reg(&mut self, target: u8) {
        asm!(self; br X(target));
    }

    fn v128_const(&mut self, dst: u8, bits: u128) {
        simd::v128_const(self, dst, bits)
    }

    fn v128_splat(&mut self, lanes: Shape, dst: u8, src: Reg) -> Result<(), CompileError> {
        simd::splat(self, lanes, dst, src)
    }

    fn v128_extract_lane(
        &mut self,
        lanes: Shape,
        lane: u8,
        signed: bool,
        dst: Reg,
        src: u8,
    ) -> Result<(), CompileError> {
        simd::extract_lane(self, lanes, lane, signed, dst, src)
    }

    fn v128_replace_lane(
        &mut self,
        lanes: Shape,
        lane: u8,
        dst: u8,
        src: Reg,
    ) -> Result<(), CompileError> {
        simd::replace_lane(self, lanes, lane, dst, src)
    }

    fn v128_shuffle(&mut self, dst: u8, src: u8, lanes: [u8; 16]) {
        simd::shuffle(self, dst, src, lanes)
    }

    fn v128_binop(
        &mut self,
        op: VecBinOp,
        lanes: Shape,
        dst: u8,
        src: u8,
    ) -> Result<(), CompileError> {
        if lanes.is_float() {
            simd_float::binop(self, op, lanes, dst, src)
        } else {
            simd_int::binop(self, op, lanes, dst, src)
        }
    }

    fn v128_unop(&mut self, op: VecUnOp, lanes: Shape, dst: u8) -> Result<(), CompileError> {
        simd_float::unop(self, op, lanes, dst)
    }

    fn v128_int_cmp(
        &mut self,
        cond: IntCond,
        lanes: Shape,
        dst: u8,
        src: u8,
    ) -> Result<(), CompileError> {
        simd_int::cmp(self, cond, lanes, dst, src)
    }

    fn v128_float_cmp(
        &mut self,
        cond: FloatCond,
        lanes: Shape,
        dst: u8,
        src: u8,
    ) -> Result<(), CompileError> {
        simd_float::cmp(self, cond, lanes, dst, src)
    }

    fn v128_shift(
        &mut self,
        op: IntOp,
        lanes: Shape,
        dst: u8,
        count: RegImm,
    ) -> Result<(), CompileError> {
        simd::shift(self, op, lanes, dst, count)
    }

    fn v128_bitselect(&mut self, dst: u8, other: u8, mask: u8) {
        simd::bitselect(self, dst, other, mask)
    }

    fn v128_reduce(
        &mut self,
        op: VecReduce,
        lanes: Shape,
        dst: u8,
        src: u8,
    ) -> Result<(), CompileError> {
        simd::reduce(self, op, lanes, dst, src)
    }

    fn v128_canonicalize_nan(&mut self, lanes: Shape, reg: u8) -> Result<(), CompileError> {
        simd_float::canonicalize_nan(self, lanes, reg)
    }

    fn has_relaxed_native(&self, op: trident_compiler::decode::RelaxedOp) -> bool {
        matches!(op, trident_compiler::decode::RelaxedOp::MulAdd { .. })
    }

    fn v128_relaxed_native(
        &mut self,
        op: trident_compiler::decode::RelaxedOp,
        regs: &[u8],
    ) -> Result<usize, CompileError> {
        match (op, regs) {
            (trident_compiler::decode::RelaxedOp::MulAdd { lanes, negate }, &[a, b, c]) => {
                simd_float::fused_mul_add(self, lanes, negate, a, b, c)?;
                Ok(2)
            }
            _ => Err(CompileError::codegen(format!(
                "relaxed operator {op:?} has no native AArch64 form"
            ))),
        }
    }

    fn finish(mut self) -> Result<Finished, CompileError> {
        if self.bug {
            return Err(CompileError::codegen(format!(
                "{BACKEND}: a v128 load kind reached a plain load"
            )));
        }
        let stubs_end = self.emit_trap_stubs();
        if !FAR && self.offset() >= NEAR_LIMIT {
            return Ok(Finished::NeedsFarBranches);
        }
        let mut body = self
            .ops
            .finalize()
            .map_err(|e| CompileError::codegen(format!("{BACKEND}: assembling failed: {e}")))?;
        for (at, value) in self.patches {
            let at = at as usize;
            match body.get_mut(at..at + 4) {
                Some(field) => {
                    let mut insn = u32::from_le_bytes([field[0], field[1], field[2], field[3]]);
                    // imm16 is bits 5..21 of movz/movk.
                    insn = (insn & !(0xffff << 5)) | (u32::from(value) << 5);
                    field.copy_from_slice(&insn.to_le_bytes());
                }
                None => {
                    return Err(CompileError::codegen(format!(
                        "{BACKEND}: frame patch outside the code"
                    )))
                }
            }
        }
        self.traps.sort_by_key(|t| t.offset);
        let address_map = self.sites.finish(stubs_end, body.len());
        Ok(Finished::Code(CompiledFunction {
            body,
            relocations: self.relocations,
            traps: self.traps,
            alignment: 16,
            address_map,
            inlined_calls: Vec::new(),
            entry: 0,
        }))
    }
}

impl<const FAR: bool> Aarch64<FAR> {
    /// `bl` or `b` (`insn`, offset 0) to defined function `func`, its
    /// imm26 field patched by the loader or linker (which treat a call and
    /// a jump alike: `Arm64Call`).
    fn imm26_to_function(&mut self, insn: u32, func: u32) {
        let at = self.offset();
        asm!(self; .u32 insn);
        self.relocations.push(Relocation {
            offset: at,
            kind: RelocationKind::Arm64Call,
            target: RelocationTarget::Function(func),
            addend: 0,
        });
    }
}
