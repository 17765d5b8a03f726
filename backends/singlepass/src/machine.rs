//! The machine abstraction: what operator translation asks of an ISA.
//!
//! [`Masm`] (a "macro assembler") is the only interface between the
//! ISA-independent code generator (`codegen`, `trampolines`) and an
//! instruction set. Every method is a small, semantic operation ("32-bit
//! add", "load a sign-extended byte", "branch if unsigned below"); the
//! implementation chooses instructions and deals with the ISA's register
//! constraints (x86-64's `cl` shift counts, `rax:rdx` division) using its
//! own scratch registers, which the register allocator never hands out.
//!
//! Invariants every implementation keeps:
//! * registers named by [`Masm::ALLOCATABLE_GPRS`]/[`Masm::ALLOCATABLE_FPRS`]
//!   are changed only when they are an operation's destination;
//! * [`Masm::SCRATCH_GPR`] and [`Masm::SCRATCH_GPR2`]
//!   belong to the code generator: it uses them between operations, and
//!   no operation changes them unless they are its destination. The
//!   implementation's own scratch registers are invisible here and may be
//!   clobbered by any operation;
//! * every instruction that can trap is recorded with its [`TrapCode`]
//!   (conditional traps jump to one shared stub per code, emitted by
//!   [`Masm::finish`]).
//!
//! Vectors (`v128`) live in the float registers (whole 128-bit
//! registers; scalar floats use their low lanes) and are loaded and
//! stored with `LoadKind::V128`/`StoreKind::V128`; the `v128_*` methods
//! are the SIMD operations, each a Wasm-level lane operation with exact
//! Wasm semantics, whatever the ISA's own instructions do.
//!
//! Implementations: x86-64 (`crate::x64`, SSE4.1 at most) and AArch64
//! (`crate::aarch64`, ARMv8.0 NEON for the vectors).

use crate::BACKEND;
use dynasmrt::DynamicLabel;
use trident_compiler::decode::RelaxedOp;
use trident_types::{CompileError, CompiledFunction, TrapCode};

/// A code position that jumps can target; bound exactly once.
pub type Label = DynamicLabel;

/// A pointer-sized (8-byte) load.
pub(crate) const PTR_LOAD: LoadKind = LoadKind::Int {
    bytes: 8,
    signed: false,
    size: Size::S64,
};

/// A machine register: general purpose or floating point, numbered the
/// ISA's way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reg {
    Gpr(u8),
    Fpr(u8),
}

impl Reg {
    /// The register's number within its class.
    pub fn num(self) -> u8 {
        match self {
            Reg::Gpr(n) | Reg::Fpr(n) => n,
        }
    }
}

/// A register or a sign-extended 32-bit immediate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegImm {
    Reg(u8),
    Imm(i32),
}

/// `[base + index + disp]`; `index` is a 64-bit register added unscaled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Addr {
    pub base: u8,
    pub index: Option<u8>,
    pub disp: i32,
}

impl Addr {
    pub fn new(base: u8, disp: i32) -> Addr {
        Addr {
            base,
            index: None,
            disp,
        }
    }
}

/// What a load reads and how it extends it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadKind {
    /// Integer of `bytes` (1, 2, 4, 8) bytes into a register of `size`,
    /// sign- or zero-extended.
    Int {
        bytes: u8,
        signed: bool,
        size: Size,
    },
    F32,
    F64,
    /// SIMD: all 16 bytes of a vector register.
    V128,
    /// SIMD: `bytes` (1, 2, 4, 8) copied into every lane of that width.
    V128Splat {
        bytes: u8,
    },
    /// SIMD: `bytes` (4 or 8) into the low lane, the rest zeroed.
    V128Zero {
        bytes: u8,
    },
    /// SIMD: 8 bytes of lanes of `bytes` (1, 2, 4) each, every lane
    /// extended to twice its width.
    V128Extend {
        bytes: u8,
        signed: bool,
    },
}

/// What a store writes: the low `bytes` of an integer register, or a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreKind {
    Int {
        bytes: u8,
    },
    F32,
    F64,
    /// SIMD: all 16 bytes of a vector register.
    V128,
}

/// Integer width changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtendOp {
    /// i32.wrap_i64 and i64.extend_i32_u: keep the low 32 bits, zero above.
    ZeroExtend32,
    /// i64.extend_i32_s / i64.extend32_s.
    SignExtend32To64,
    SignExtend8(Size),
    SignExtend16(Size),
}

/// What the Wasm operators do (the operation kinds, widths and lane
/// shapes every back end shares): the machine takes them as they are.
pub use trident_compiler::operators::{
    DivOp, FloatCond, FloatOp, FloatUnOp, IntCond, IntOp, IntUnOp, Shape, Size, TruncKind,
    VecBinOp, VecReduce, VecUnOp,
};

/// A code generator bug: an operation asked for a shape it does not have.
pub(crate) fn bad_shape(what: &str, lanes: Shape) -> CompileError {
    CompileError::codegen(format!("{BACKEND}: {what} has no {lanes:?} form"))
}

/// What [`Masm::finish`] hands back.
#[derive(Debug)]
pub(crate) enum Finished {
    /// The function's code.
    Code(CompiledFunction),
    /// AArch64 in near mode: the code is too long for `b.cond`'s ±1 MiB,
    /// so the function must be compiled again in far mode.
    NeedsFarBranches,
}

/// A 128-bit constant made of `lane` (of `bytes` bytes) repeated.
pub(crate) fn repeat(lane: u64, bytes: u32) -> u128 {
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

/// Where the prologue's frame size is patched once it is known.
#[derive(Clone, Copy, Debug)]
pub struct FramePatch {
    pub(crate) sites: [u32; 2],
}

/// What a back end's ISA provides to the code generator.
pub trait Masm: Sized {
    /// General purpose registers the register allocator may hand out.
    const ALLOCATABLE_GPRS: &'static [u8];
    /// Float registers the register allocator may hand out.
    const ALLOCATABLE_FPRS: &'static [u8];
    /// Holds this instance's vmctx for the whole function body (reloaded
    /// from the frame after every call).
    const VMCTX: u8;
    /// The frame pointer (frame slots are addressed from it).
    const FP: u8;
    /// The stack pointer (outgoing arguments are addressed from it).
    const SP: u8;
    /// Scratch registers for the code generator's own use (never clobbered
    /// by an operation that does not name them).
    const SCRATCH_GPR: u8;
    const SCRATCH_GPR2: u8;
    /// Integer and float argument registers of the calling convention
    /// (wasm functions, builtins and trampolines alike).
    const INT_ARGS: &'static [u8];
    const FLOAT_ARGS: &'static [u8];
    /// Where a single integer / float result is returned.
    const INT_RET: u8;
    const FLOAT_RET: u8;
    /// Bytes between the frame pointer and the first incoming stack
    /// argument (saved frame pointer and return address).
    const INCOMING_ARGS_OFFSET: i32;
    /// Alignment of the stack pointer at calls.
    const STACK_ALIGN: u32;

    fn new() -> Self;

    /// Current code offset.
    fn offset(&self) -> u32;
    fn new_label(&mut self) -> Label;
    fn bind(&mut self, label: Label);
    fn jump(&mut self, label: Label);
    /// The shared stub that traps with `code`.
    /// The trap stubs and the address map (`crate::sites`).
    fn sites(&mut self) -> &mut crate::sites::Sites;
    fn trap_label(&mut self, code: TrapCode) -> Label {
        if let Some(l) = self.sites().stub(code) {
            return l;
        }
        let l = self.new_label();
        self.sites().add_stub(code, l);
        l
    }
    /// Code emitted from here on belongs to the wasm operator at module
    /// offset `wasm_offset` (the address map; see `crate::sites`).
    fn set_source(&mut self, wasm_offset: u32) {
        let at = self.offset();
        self.sites().set_source(at, wasm_offset);
    }
    /// Emits every trap stub (bound to its label, recorded in the address
    /// map as its operator's) and returns the code offset after them.
    fn emit_trap_stubs(&mut self) -> u32 {
        for (label, code, source) in self.sites().take_stubs() {
            self.bind(label);
            let at = self.offset();
            self.sites().stub_emitted_at(at, source);
            self.trap(code);
        }
        self.offset()
    }
    /// Traps with `code` here, unconditionally.
    fn trap(&mut self, code: TrapCode);

    // Frames.

    /// Pushes the frame pointer, checks that `frame size` more bytes of
    /// stack stay above the limit at `[[vmctx_arg + store_ctx] +
    /// stack_limit]` (else `StackOverflow`) and allocates the frame; the
    /// size is filled in by [`Masm::patch_frame_size`].
    fn enter_frame(&mut self, vmctx_arg: u8, store_ctx: u32, stack_limit: u32) -> FramePatch;
    /// Sets the frame size (bytes below the saved frame pointer) of an
    /// [`Masm::enter_frame`].
    fn patch_frame_size(&mut self, patch: FramePatch, size: u32);
    /// Trampoline frame: pushes the frame pointer, optionally saves the
    /// registers the platform's C convention makes callee-saved (a
    /// host→wasm trampoline calls code that preserves none), then
    /// allocates at least `size` bytes with the stack pointer aligned for
    /// calls. Returns the frame-pointer-relative offset just below the
    /// saved registers (where the caller's own slots may start, growing
    /// down); outgoing arguments go at the stack pointer.
    fn enter_trampoline_frame(&mut self, size: u32, save_callee_saved: bool) -> i32;
    /// Undoes [`Masm::enter_trampoline_frame`] and returns.
    fn leave_trampoline_frame(&mut self, save_callee_saved: bool);
    /// Frees the frame of [`Masm::enter_frame`] and returns.
    fn leave_and_return(&mut self);
    /// Frees the frame of [`Masm::enter_frame`] without returning: the
    /// stack is as it was at the function's entry (the return address on
    /// top on x86-64, in the link register on AArch64), ready for a tail
    /// call's jump. Argument registers and the scratch registers are
    /// left alone.
    fn leave_frame(&mut self);

    // Moves, loads and stores.

    /// Register to register move of the same class (64 bits / full float).
    fn mov(&mut self, dst: Reg, src: Reg);
    /// Loads a constant of `bits` (float registers get the raw bits).
    fn mov_imm(&mut self, dst: Reg, size: Size, bits: u64);
    fn load(&mut self, kind: LoadKind, dst: Reg, addr: Addr, trap: Option<TrapCode>);
    fn store(&mut self, kind: StoreKind, src: Reg, addr: Addr, trap: Option<TrapCode>);
    /// Stores the low 4 or 8 bytes of `bits`.
    fn store_const(&mut self, size: Size, bits: u64, addr: Addr);
    /// Copies 8 bytes from `src` to `dst` (memory to memory).
    fn copy64(&mut self, src: Addr, dst: Addr);
    /// Traps with `code` when `index + end > [bound]` (all unsigned 64-bit;
    /// `index` holds a zero-extended value).
    fn trap_if_above(&mut self, index: u8, end: u64, bound: Addr, code: TrapCode);
    /// Traps with `code` when `index + end` carries out of 64 bits or is
    /// above `[bound]`: the check for a 64-bit index (memory64), which can
    /// be anything.
    fn trap_if_above_wide(&mut self, index: u8, end: u64, bound: Addr, code: TrapCode);
    /// Pointer-sized load of `[base + disp]`.
    fn load_ptr(&mut self, dst: u8, base: u8, disp: i32) {
        self.load(PTR_LOAD, Reg::Gpr(dst), Addr::new(base, disp), None);
    }
    /// `dst = base + disp` (pointer-sized).
    fn lea(&mut self, dst: u8, base: u8, disp: i32);
    /// Adds `imm` to the 64-bit integer at `addr`.
    fn add_mem_imm(&mut self, addr: Addr, imm: i32);
    /// Fills `count` 8-byte words at `[FP + disp]` upwards with zeros.
    fn zero_words(&mut self, disp: i32, count: u32);

    // Integer arithmetic.

    fn int_op(&mut self, op: IntOp, size: Size, dst: u8, src: RegImm);
    /// `dst = dst op src`, trapping on division by zero and overflow.
    fn int_div(&mut self, op: DivOp, size: Size, dst: u8, src: u8);
    fn int_unop(&mut self, op: IntUnOp, size: Size, dst: u8);
    /// `dst = (lhs cond rhs) as i32` (0 or 1).
    fn int_cmp(&mut self, cond: IntCond, size: Size, dst: u8, lhs: u8, rhs: RegImm);
    /// Jumps to `label` when `lhs cond rhs`.
    fn branch_cmp(&mut self, cond: IntCond, size: Size, lhs: u8, rhs: RegImm, label: Label);
    fn extend(&mut self, op: ExtendOp, dst: u8, src: u8);
    /// `dst = cond != 0 ? dst : other`; `cond` is 32-bit.
    fn select(&mut self, cond: u8, dst: Reg, other: Reg);

    // Floats.

    fn float_op(&mut self, op: FloatOp, size: Size, dst: u8, src: u8);
    fn float_unop(&mut self, op: FloatUnOp, size: Size, dst: u8);
    /// `dst (gpr) = (lhs cond rhs) as i32`.
    fn float_cmp(&mut self, cond: FloatCond, size: Size, dst: u8, lhs: u8, rhs: u8);
    /// Replaces a NaN in `reg` with the canonical NaN of `size`.
    fn canonicalize_nan(&mut self, size: Size, reg: u8);
    /// Float to integer (`dst` gpr, `src` fpr, which may be clobbered).
    fn trunc(&mut self, kind: TruncKind, dst: u8, src: u8);
    /// Integer (`src` gpr of `src_size`, may be clobbered) to float.
    fn convert(&mut self, src_size: Size, signed: bool, dst_size: Size, dst: u8, src: u8);
    /// f32 <-> f64.
    fn promote(&mut self, dst: u8, src: u8);
    fn demote(&mut self, dst: u8, src: u8);
    /// Bit-for-bit moves between classes.
    fn gpr_to_fpr(&mut self, size: Size, dst: u8, src: u8);
    fn fpr_to_gpr(&mut self, size: Size, dst: u8, src: u8);

    // Control and calls.

    /// Jumps to `targets[index]`, or to `default` when `index` (32-bit,
    /// clobbered) is out of range.
    fn jump_table(&mut self, index: u8, targets: &[Label], default: Label);
    /// Calls defined function `func` (relocated).
    fn call_function(&mut self, func: u32);
    /// Calls the address in `target`.
    fn call_reg(&mut self, target: u8);
    /// Jumps to defined function `func` (relocated like a call): a tail
    /// call after [`Masm::leave_frame`].
    fn jump_function(&mut self, func: u32);
    /// Jumps to the address in `target`: a tail call after
    /// [`Masm::leave_frame`].
    fn jump_reg(&mut self, target: u8);

    // SIMD (128-bit vectors in float registers). Methods that take a
    // [`Shape`] return a `Codegen` error for a shape the operation does
    // not have (a code generator bug, never input-dependent).

    /// Loads a 128-bit constant.
    fn v128_const(&mut self, dst: u8, bits: u128);
    /// Copies the scalar `src` (a general purpose register for integer
    /// lanes, a float register for float lanes; it may be `dst`) into
    /// every lane of `dst`.
    fn v128_splat(&mut self, lanes: Shape, dst: u8, src: Reg) -> Result<(), CompileError>;
    /// Lane `lane` of `src` to `dst` (gpr for integer lanes, zero- or
    /// sign-extended to 32 bits for 8/16-bit lanes; fpr for float lanes,
    /// which may be `src`).
    fn v128_extract_lane(
        &mut self,
        lanes: Shape,
        lane: u8,
        signed: bool,
        dst: Reg,
        src: u8,
    ) -> Result<(), CompileError>;
    /// Replaces lane `lane` of `dst` with the scalar `src`.
    fn v128_replace_lane(
        &mut self,
        lanes: Shape,
        lane: u8,
        dst: u8,
        src: Reg,
    ) -> Result<(), CompileError>;
    /// `dst[i] = (dst ++ src)[lanes[i]]` (every index below 32).
    fn v128_shuffle(&mut self, dst: u8, src: u8, lanes: [u8; 16]);
    /// `dst = dst op src` lane-wise (`lanes`: the result's shape).
    fn v128_binop(
        &mut self,
        op: VecBinOp,
        lanes: Shape,
        dst: u8,
        src: u8,
    ) -> Result<(), CompileError>;
    /// `dst = op dst` lane-wise (`lanes`: the result's shape).
    fn v128_unop(&mut self, op: VecUnOp, lanes: Shape, dst: u8) -> Result<(), CompileError>;
    /// Lane-wise integer comparison: all ones where `dst cond src`.
    fn v128_int_cmp(
        &mut self,
        cond: IntCond,
        lanes: Shape,
        dst: u8,
        src: u8,
    ) -> Result<(), CompileError>;
    /// Lane-wise float comparison (Wasm semantics: false on NaN except
    /// `Ne`): all ones where `dst cond src`.
    fn v128_float_cmp(
        &mut self,
        cond: FloatCond,
        lanes: Shape,
        dst: u8,
        src: u8,
    ) -> Result<(), CompileError>;
    /// Integer lane shift (`Shl`, `ShrS`, `ShrU`) by `count` modulo the
    /// lane width.
    fn v128_shift(
        &mut self,
        op: IntOp,
        lanes: Shape,
        dst: u8,
        count: RegImm,
    ) -> Result<(), CompileError>;
    /// `dst = (dst & mask) | (other & !mask)`.
    fn v128_bitselect(&mut self, dst: u8, other: u8, mask: u8);
    /// `dst` (gpr) = the reduction of `src` (the lane shape matters for
    /// `AllTrue` and `Bitmask`).
    fn v128_reduce(
        &mut self,
        op: VecReduce,
        lanes: Shape,
        dst: u8,
        src: u8,
    ) -> Result<(), CompileError>;
    /// Replaces every NaN lane of `reg` (`F32x4` or `F64x2`) with the
    /// canonical NaN.
    fn v128_canonicalize_nan(&mut self, lanes: Shape, reg: u8) -> Result<(), CompileError>;
    /// Whether this assembler has a faster form of relaxed operator `op`
    /// than Trident's deterministic choice (`RelaxedSimd::Native`).
    fn has_relaxed_native(&self, op: RelaxedOp) -> bool;
    /// Emits `op`'s native form on `regs` (its operands, in order) and
    /// returns the position in `regs` of the register holding the
    /// result; the others are free afterwards. Only for an `op`
    /// [`has_relaxed_native`](Self::has_relaxed_native) accepts.
    fn v128_relaxed_native(&mut self, op: RelaxedOp, regs: &[u8]) -> Result<usize, CompileError>;

    /// Emits the trap stubs, resolves labels and patches, and hands back
    /// the code.
    fn finish(self) -> Result<Finished, CompileError>;
}
