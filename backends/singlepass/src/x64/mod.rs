//! The x86-64 implementation of [`Masm`], on dynasmrt's `VecAssembler`.
//!
//! Register roles (System V numbering, rax = 0 … r15 = 15):
//! * r15 holds the vmctx in wasm function bodies;
//! * rbx, rsi, rdi, r8, r9, r12, r13, r14 and xmm0–xmm13 are allocatable;
//! * r10 and r11 are the code generator's scratch registers;
//! * rax, rcx, rdx, xmm14 and xmm15 are this module's own scratch
//!   registers: any operation may clobber them (division needs rax:rdx,
//!   shifts need cl, SIMD sequences need two vector temporaries).
//!
//! Frames: `push rbp; mov rbp, rsp`, then the frame is allocated below
//! (frame pointers are always kept, for backtraces). The stack pointer is
//! 16-byte aligned at every call.
//!
//! Two encodings, chosen by the const level of [`X64`]: `X64<0>`
//! ([`X64Sse`]) is the SSE4.1 baseline (`roundss`/`roundsd` for ceil,
//! floor, trunc and nearest), `X64<1>` ([`X64Avx`]) VEX-encodes every
//! XMM instruction instead (AVX, which implies SSE4.2), never mixing the
//! two (`emit` has one macro per instruction shape that picks the
//! encoding); `X64<2>` ([`X64Avx2`]) is AVX plus AVX2's broadcasts. Population count is computed with shifts and masks, so the
//! output does not depend on other optional features. SIMD (`simd*.rs`)
//! emulates what SSE4.1 lacks (64-bit multiplies and arithmetic shifts,
//! byte shifts, and without AVX 64-bit signed compares).
//!
//! 128-bit constants (SIMD masks, `v128.const`) go to a per-function
//! constant pool after the trap stubs, 16-byte aligned (functions are
//! 16-byte aligned), and are addressed RIP-relative.
//!
//! Invariants: every trapping instruction's offset is recorded (shared
//! trap stubs are one `ud2` per [`TrapCode`], emitted after the body); the
//! frame-size immediates are patched once in [`Masm::finish`].

// dynasm's expansion converts dynamic register numbers with `.into()`.
#![allow(clippy::useless_conversion)]

mod emit;
mod float;
mod int;
mod relaxed;
mod simd;
mod simd_float;
mod simd_int;

use crate::machine::{
    Addr, Finished, FloatCond, FramePatch, IntCond, IntOp, Label, LoadKind, Masm, Reg, RegImm,
    Shape, Size, StoreKind, VecBinOp, VecReduce, VecUnOp,
};
use crate::BACKEND;
use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};
use emit::{rr, ru};
use std::collections::HashMap;
use trident_types::{
    CompileError, CompiledFunction, Relocation, RelocationKind, RelocationTarget, TrapCode,
    TrapSite,
};

const RAX: u8 = 0;
const RCX: u8 = 1;
const RBP: u8 = 5;
const XMM14: u8 = 14;
const XMM15: u8 = 15;

/// Bytes pushed by `save_callee_saved`: rbx, r12, r13, r14, r15.
const CALLEE_SAVED_BYTES: i32 = 40;

/// The SSE4.1 assembler.
pub type X64Sse = X64<0>;
/// The AVX assembler.
pub type X64Avx = X64<1>;
/// The AVX assembler that also uses AVX2 instructions.
pub type X64Avx2 = X64<2>;
/// The AVX2 assembler that also uses FMA (relaxed SIMD's native
/// multiply-adds, `RelaxedSimd::Native` only).
pub type X64Avx2Fma = X64<3>;

/// Emits x86-64 instructions into `$s.ops`.
macro_rules! asm {
    ($s:expr; $($t:tt)*) => {
        dynasm!($s.ops ; .arch x64 ; $($t)*)
    };
}
pub(crate) use asm;

/// Emits `$op $reg, $width [addr]` for an [`Addr`] with or without index.
macro_rules! load_addr {
    ($s:expr, $a:expr, $op:ident $rk:ident ( $r:expr ), $width:ident) => {
        match $a.index {
            Some(i) => asm!($s; $op $rk($r), $width [Rq($a.base) + Rq(i) + $a.disp]),
            None => asm!($s; $op $rk($r), $width [Rq($a.base) + $a.disp]),
        }
    };
}

/// Emits `$op $width [addr], $reg` for an [`Addr`] with or without index.
macro_rules! store_addr {
    ($s:expr, $a:expr, $op:ident $width:ident, $rk:ident ( $r:expr )) => {
        match $a.index {
            Some(i) => asm!($s; $op $width [Rq($a.base) + Rq(i) + $a.disp], $rk($r)),
            None => asm!($s; $op $width [Rq($a.base) + $a.disp], $rk($r)),
        }
    };
}

/// The x86-64 macro assembler for one function or trampoline. `L` is the
/// instruction-set level: 0 SSE4.1, 1 AVX (VEX encodings for every XMM
/// instruction, see `emit`), 2 AVX with AVX2's instructions too.
pub struct X64<const L: u8> {
    pub(crate) ops: VecAssembler<X64Relocation>,
    traps: Vec<TrapSite>,
    relocations: Vec<Relocation>,
    /// Trap stubs and the address map.
    sites: crate::sites::Sites,
    /// `(offset of a 32-bit field, value)` patched after assembly.
    patches: Vec<(u32, u32)>,
    /// The constant pool, in first-use order, and its index by value.
    consts: Vec<(u128, Label)>,
    const_index: HashMap<u128, Label>,
}

impl<const L: u8> X64<L> {
    /// Whether this assembler emits VEX (AVX) encodings; see `emit`.
    pub(crate) const fn avx(&self) -> bool {
        L >= 1
    }

    /// Whether this assembler may use AVX2 instructions (broadcasts).
    pub(crate) const fn avx2(&self) -> bool {
        L >= 2
    }

    pub(crate) fn record_trap(&mut self, code: TrapCode) {
        let offset = self.offset();
        self.traps.push(TrapSite { offset, code });
    }

    /// The label of 128-bit constant `bits` in the constant pool.
    pub(crate) fn const_label(&mut self, bits: u128) -> Label {
        if let Some(l) = self.const_index.get(&bits) {
            return *l;
        }
        let l = self.new_label();
        self.consts.push((bits, l));
        self.const_index.insert(bits, l);
        l
    }

    /// Offset of the last 4 bytes emitted (a disp32 or imm32 field).
    fn last_field(&self) -> u32 {
        self.offset() - 4
    }
}

impl<const L: u8> Masm for X64<L> {
    const ALLOCATABLE_GPRS: &'static [u8] = &[3, 6, 7, 8, 9, 12, 13, 14];
    const ALLOCATABLE_FPRS: &'static [u8] = &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    const VMCTX: u8 = 15;
    const FP: u8 = RBP;
    const SP: u8 = 4;
    const SCRATCH_GPR: u8 = 11;
    const SCRATCH_GPR2: u8 = 10;
    const INT_ARGS: &'static [u8] = &[7, 6, 2, 1, 8, 9];
    const FLOAT_ARGS: &'static [u8] = &[0, 1, 2, 3, 4, 5, 6, 7];
    const INT_RET: u8 = RAX;
    const FLOAT_RET: u8 = 0;
    const INCOMING_ARGS_OFFSET: i32 = 16;
    const STACK_ALIGN: u32 = 16;

    fn new() -> Self {
        X64 {
            ops: VecAssembler::new(0),
            traps: Vec::new(),
            relocations: Vec::new(),
            sites: crate::sites::Sites::default(),
            patches: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
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
        asm!(self; jmp =>label);
    }

    fn sites(&mut self) -> &mut crate::sites::Sites {
        &mut self.sites
    }

    fn trap(&mut self, code: TrapCode) {
        self.record_trap(code);
        asm!(self; ud2);
    }

    fn enter_frame(&mut self, vmctx_arg: u8, store_ctx: u32, stack_limit: u32) -> FramePatch {
        let overflow = self.trap_label(TrapCode::StackOverflow);
        let placeholder: i32 = -0x7fff_0000;
        asm!(self
            ; push rbp
            ; mov rbp, rsp
            ; mov r11, [Rq(vmctx_arg) + store_ctx as i32]
            ; mov r11, [r11 + stack_limit as i32]
            ; lea r10, [rsp + placeholder]
        );
        let lea_site = self.last_field();
        asm!(self
            ; cmp r10, r11
            ; jb =>overflow
            ; sub rsp, DWORD 0x7fff_0000
        );
        let sub_site = self.last_field();
        FramePatch {
            sites: [lea_site, sub_site],
        }
    }

    fn patch_frame_size(&mut self, patch: FramePatch, size: u32) {
        self.patches
            .push((patch.sites[0], (size as i32).wrapping_neg() as u32));
        self.patches.push((patch.sites[1], size));
    }

    fn enter_trampoline_frame(&mut self, size: u32, save_callee_saved: bool) -> i32 {
        asm!(self; push rbp; mov rbp, rsp);
        let saved = if save_callee_saved {
            asm!(self; push rbx; push r12; push r13; push r14; push r15);
            CALLEE_SAVED_BYTES
        } else {
            0
        };
        // rsp is 16-aligned after `push rbp`; keep it so after the pushes.
        let total = (saved as u32 + size).div_ceil(16) * 16;
        let sub = total - saved as u32;
        if sub > 0 {
            asm!(self; sub rsp, sub as i32);
        }
        -saved
    }

    fn leave_trampoline_frame(&mut self, save_callee_saved: bool) {
        if save_callee_saved {
            asm!(self
                ; lea rsp, [rbp - CALLEE_SAVED_BYTES]
                ; pop r15; pop r14; pop r13; pop r12; pop rbx
            );
        }
        self.leave_and_return();
    }

    fn leave_and_return(&mut self) {
        asm!(self; mov rsp, rbp; pop rbp; ret);
    }

    fn leave_frame(&mut self) {
        asm!(self; mov rsp, rbp; pop rbp);
    }

    fn mov(&mut self, dst: Reg, src: Reg) {
        match (dst, src) {
            (Reg::Gpr(d), Reg::Gpr(s)) if d != s => asm!(self; mov Rq(d), Rq(s)),
            (Reg::Fpr(d), Reg::Fpr(s)) if d != s => ru!(self; movaps/vmovaps, d, s),
            (Reg::Gpr(d), Reg::Fpr(s)) => self.fpr_to_gpr(Size::S64, d, s),
            (Reg::Fpr(d), Reg::Gpr(s)) => self.gpr_to_fpr(Size::S64, d, s),
            _ => {}
        }
    }

    fn mov_imm(&mut self, dst: Reg, size: Size, bits: u64) {
        match (dst, size) {
            (Reg::Gpr(d), Size::S32) => asm!(self; mov Rd(d), bits as u32 as i32),
            (Reg::Gpr(d), Size::S64) => {
                if bits == 0 {
                    asm!(self; xor Rd(d), Rd(d));
                } else if bits <= u32::MAX as u64 {
                    asm!(self; mov Rd(d), bits as u32 as i32);
                } else if let Ok(i) = i32::try_from(bits as i64) {
                    asm!(self; mov Rq(d), i);
                } else {
                    asm!(self; mov Rq(d), QWORD bits as i64);
                }
            }
            (Reg::Fpr(d), _) if bits == 0 => rr!(self; xorps/vxorps, d, d),
            (Reg::Fpr(d), _) => {
                self.mov_imm(Reg::Gpr(RAX), size, bits);
                self.gpr_to_fpr(size, d, RAX);
            }
        }
    }

    fn load(&mut self, kind: LoadKind, dst: Reg, a: Addr, trap: Option<TrapCode>) {
        if let Some(code) = trap {
            self.record_trap(code);
        }
        let r = dst.num();
        match kind {
            LoadKind::Int {
                bytes: 1,
                signed: true,
                size: Size::S32,
            } => load_addr!(self, a, movsx Rd(r), BYTE),
            LoadKind::Int {
                bytes: 1,
                signed: true,
                size: Size::S64,
            } => load_addr!(self, a, movsx Rq(r), BYTE),
            LoadKind::Int {
                bytes: 1,
                signed: false,
                ..
            } => load_addr!(self, a, movzx Rd(r), BYTE),
            LoadKind::Int {
                bytes: 2,
                signed: true,
                size: Size::S32,
            } => load_addr!(self, a, movsx Rd(r), WORD),
            LoadKind::Int {
                bytes: 2,
                signed: true,
                size: Size::S64,
            } => load_addr!(self, a, movsx Rq(r), WORD),
            LoadKind::Int {
                bytes: 2,
                signed: false,
                ..
            } => load_addr!(self, a, movzx Rd(r), WORD),
            LoadKind::Int {
                bytes: 4,
                signed: true,
                size: Size::S64,
            } => load_addr!(self, a, movsxd Rq(r), DWORD),
            LoadKind::Int { bytes: 4, .. } => load_addr!(self, a, mov Rd(r), DWORD),
            LoadKind::Int { .. } => load_addr!(self, a, mov Rq(r), QWORD),
            LoadKind::F32 if self.avx() => load_addr!(self, a, vmovss Rx(r), DWORD),
            LoadKind::F32 => load_addr!(self, a, movss Rx(r), DWORD),
            LoadKind::F64 if self.avx() => load_addr!(self, a, vmovsd Rx(r), QWORD),
            LoadKind::F64 => load_addr!(self, a, movsd Rx(r), QWORD),
            LoadKind::V128
            | LoadKind::V128Splat { .. }
            | LoadKind::V128Zero { .. }
            | LoadKind::V128Extend { .. } => simd::load(self, kind, r, a),
        }
    }

    fn store(&mut self, kind: StoreKind, src: Reg, a: Addr, trap: Option<TrapCode>) {
        if let Some(code) = trap {
            self.record_trap(code);
        }
        let r = src.num();
        match kind {
            StoreKind::Int { bytes: 1 } => store_addr!(self, a, mov BYTE, Rb(r)),
            StoreKind::Int { bytes: 2 } => store_addr!(self, a, mov WORD, Rw(r)),
            StoreKind::Int { bytes: 4 } => store_addr!(self, a, mov DWORD, Rd(r)),
            StoreKind::Int { .. } => store_addr!(self, a, mov QWORD, Rq(r)),
            StoreKind::F32 if self.avx() => store_addr!(self, a, vmovss DWORD, Rx(r)),
            StoreKind::F32 => store_addr!(self, a, movss DWORD, Rx(r)),
            StoreKind::F64 if self.avx() => store_addr!(self, a, vmovsd QWORD, Rx(r)),
            StoreKind::F64 => store_addr!(self, a, movsd QWORD, Rx(r)),
            StoreKind::V128 => simd::store(self, r, a),
        }
    }

    fn store_const(&mut self, size: Size, bits: u64, a: Addr) {
        let b = a.base;
        match size {
            Size::S32 => asm!(self; mov DWORD [Rq(b) + a.disp], bits as u32 as i32),
            Size::S64 => match i32::try_from(bits as i64) {
                Ok(i) => asm!(self; mov QWORD [Rq(b) + a.disp], i),
                Err(_) => asm!(self
                    ; mov rax, QWORD bits as i64
                    ; mov [Rq(b) + a.disp], rax
                ),
            },
        }
    }

    fn copy64(&mut self, src: Addr, dst: Addr) {
        load_addr!(self, src, mov Rq(RAX), QWORD);
        store_addr!(self, dst, mov QWORD, Rq(RAX));
    }

    fn trap_if_above(&mut self, index: u8, end: u64, bound: Addr, code: TrapCode) {
        let trap = self.trap_label(code);
        match i32::try_from(end) {
            Ok(e) => asm!(self; lea rax, [Rq(index) + e]),
            Err(_) => asm!(self; mov rax, QWORD end as i64; add rax, Rq(index)),
        }
        load_addr!(self, bound, cmp Rq(RAX), QWORD);
        asm!(self; ja =>trap);
    }

    fn trap_if_above_wide(&mut self, index: u8, end: u64, bound: Addr, code: TrapCode) {
        let trap = self.trap_label(code);
        asm!(self; mov rax, QWORD end as i64; add rax, Rq(index); jc =>trap);
        load_addr!(self, bound, cmp Rq(RAX), QWORD);
        asm!(self; ja =>trap);
    }

    fn lea(&mut self, dst: u8, base: u8, disp: i32) {
        asm!(self; lea Rq(dst), [Rq(base) + disp]);
    }

    fn add_mem_imm(&mut self, a: Addr, imm: i32) {
        match a.index {
            Some(i) => asm!(self; add QWORD [Rq(a.base) + Rq(i) + a.disp], imm),
            None => asm!(self; add QWORD [Rq(a.base) + a.disp], imm),
        }
    }

    fn zero_words(&mut self, disp: i32, count: u32) {
        if count <= 8 {
            for i in 0..count as i32 {
                asm!(self; mov QWORD [rbp + disp + 8 * i], 0);
            }
            return;
        }
        let top = self.new_label();
        asm!(self
            ; lea rax, [rbp + disp]
            ; mov ecx, count as i32
        );
        rr!(self; xorps/vxorps, XMM15, XMM15);
        asm!(self; =>top);
        if self.avx() {
            asm!(self; vmovsd QWORD [rax], xmm15);
        } else {
            asm!(self; movsd QWORD [rax], xmm15);
        }
        asm!(self
            ; add rax, 8
            ; sub ecx, 1
            ; jnz =>top
        );
    }

    fn int_op(
        &mut self,
        op: crate::machine::IntOp,
        size: Size,
        dst: u8,
        src: crate::machine::RegImm,
    ) {
        int::int_op(self, op, size, dst, src)
    }

    fn int_div(&mut self, op: crate::machine::DivOp, size: Size, dst: u8, src: u8) {
        int::int_div(self, op, size, dst, src)
    }

    fn int_unop(&mut self, op: crate::machine::IntUnOp, size: Size, dst: u8) {
        int::int_unop(self, op, size, dst)
    }

    fn int_cmp(
        &mut self,
        cond: crate::machine::IntCond,
        size: Size,
        dst: u8,
        lhs: u8,
        rhs: crate::machine::RegImm,
    ) {
        int::cmp(self, size, lhs, rhs);
        int::setcc(self, cond);
        asm!(self; movzx Rd(dst), al);
    }

    fn branch_cmp(
        &mut self,
        cond: crate::machine::IntCond,
        size: Size,
        lhs: u8,
        rhs: crate::machine::RegImm,
        label: Label,
    ) {
        int::cmp(self, size, lhs, rhs);
        int::jcc(self, cond, label);
    }

    fn extend(&mut self, op: crate::machine::ExtendOp, dst: u8, src: u8) {
        int::extend(self, op, dst, src)
    }

    fn select(&mut self, cond: u8, dst: Reg, other: Reg) {
        asm!(self; test Rd(cond), Rd(cond));
        match (dst, other) {
            (Reg::Fpr(d), Reg::Fpr(o)) => {
                let keep = self.new_label();
                asm!(self; jnz =>keep);
                ru!(self; movaps/vmovaps, d, o);
                asm!(self; =>keep);
            }
            _ => asm!(self; cmovz Rq(dst.num()), Rq(other.num())),
        }
    }

    fn float_op(&mut self, op: crate::machine::FloatOp, size: Size, dst: u8, src: u8) {
        float::float_op(self, op, size, dst, src)
    }

    fn float_unop(&mut self, op: crate::machine::FloatUnOp, size: Size, dst: u8) {
        float::float_unop(self, op, size, dst)
    }

    fn float_cmp(
        &mut self,
        cond: crate::machine::FloatCond,
        size: Size,
        dst: u8,
        lhs: u8,
        rhs: u8,
    ) {
        float::float_cmp(self, cond, size, dst, lhs, rhs)
    }

    fn canonicalize_nan(&mut self, size: Size, reg: u8) {
        float::canonicalize_nan(self, size, reg)
    }

    fn trunc(&mut self, kind: crate::machine::TruncKind, dst: u8, src: u8) {
        float::trunc(self, kind, dst, src)
    }

    fn convert(&mut self, src_size: Size, signed: bool, dst_size: Size, dst: u8, src: u8) {
        float::convert(self, src_size, signed, dst_size, dst, src)
    }

    fn promote(&mut self, dst: u8, src: u8) {
        rr!(self; cvtss2sd/vcvtss2sd, dst, src);
    }

    fn demote(&mut self, dst: u8, src: u8) {
        rr!(self; cvtsd2ss/vcvtsd2ss, dst, src);
    }

    fn gpr_to_fpr(&mut self, size: Size, dst: u8, src: u8) {
        match (size, self.avx()) {
            (Size::S32, false) => asm!(self; movd Rx(dst), Rd(src)),
            (Size::S64, false) => asm!(self; movq Rx(dst), Rq(src)),
            (Size::S32, true) => asm!(self; vmovd Rx(dst), Rd(src)),
            (Size::S64, true) => asm!(self; vmovq Rx(dst), Rq(src)),
        }
    }

    fn fpr_to_gpr(&mut self, size: Size, dst: u8, src: u8) {
        match (size, self.avx()) {
            (Size::S32, false) => asm!(self; movd Rd(dst), Rx(src)),
            (Size::S64, false) => asm!(self; movq Rq(dst), Rx(src)),
            (Size::S32, true) => asm!(self; vmovd Rd(dst), Rx(src)),
            (Size::S64, true) => asm!(self; vmovq Rq(dst), Rx(src)),
        }
    }

    fn jump_table(&mut self, index: u8, targets: &[Label], default: Label) {
        let table = self.new_label();
        // Every entry is a 5-byte `jmp rel32`.
        asm!(self
            ; cmp Rd(index), targets.len() as i32
            ; jae =>default
            ; mov Rd(index), Rd(index)
            ; lea rax, [=>table]
            ; lea rcx, [Rq(index) + Rq(index) * 4]
            ; add rax, rcx
            ; jmp rax
            ; =>table
        );
        for t in targets {
            asm!(self; jmp =>*t);
        }
    }

    fn call_function(&mut self, func: u32) {
        self.rel32_to_function(0xe8, func);
    }

    fn call_reg(&mut self, target: u8) {
        asm!(self; call Rq(target));
    }

    fn jump_function(&mut self, func: u32) {
        self.rel32_to_function(0xe9, func);
    }

    fn jump_reg(&mut self, target: u8) {
        asm!(self; jmp Rq(target));
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
        relaxed::has_native(self, op)
    }

    fn v128_relaxed_native(
        &mut self,
        op: trident_compiler::decode::RelaxedOp,
        regs: &[u8],
    ) -> Result<usize, CompileError> {
        relaxed::native(self, op, regs)
    }

    fn finish(mut self) -> Result<Finished, CompileError> {
        let stubs_end = self.emit_trap_stubs();
        if !self.consts.is_empty() {
            asm!(self; .align 16);
            for (bits, label) in std::mem::take(&mut self.consts) {
                self.bind(label);
                let bytes = bits.to_le_bytes();
                asm!(self; .bytes bytes.iter().copied());
            }
        }
        let mut body = self
            .ops
            .finalize()
            .map_err(|e| CompileError::codegen(format!("{BACKEND}: assembling failed: {e}")))?;
        for (at, value) in self.patches {
            let at = at as usize;
            match body.get_mut(at..at + 4) {
                Some(field) => field.copy_from_slice(&value.to_le_bytes()),
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

impl<const L: u8> X64<L> {
    /// `call rel32` (opcode 0xe8) or `jmp rel32` (0xe9) to defined function
    /// `func`, the displacement relocated.
    fn rel32_to_function(&mut self, opcode: u8, func: u32) {
        let at = self.offset();
        asm!(self; .bytes [opcode, 0, 0, 0, 0]);
        self.relocations.push(Relocation {
            offset: at + 1,
            kind: RelocationKind::X86PcRel4,
            target: RelocationTarget::Function(func),
            addend: -4,
        });
    }
}
