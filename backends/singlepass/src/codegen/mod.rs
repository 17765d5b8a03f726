//! The code generator: one pass over a function's operators, emitting
//! machine code through [`Masm`] as it goes.
//!
//! State ([`FuncGen`]):
//! * the value stack (`stack.rs`): each operand is a constant, in a
//!   register, or in its own frame slot (slot `i` for stack position `i`),
//!   with a small register allocator that spills the oldest
//!   register-resident operand when it runs out;
//! * the control stack (`control.rs`): one [`control::Frame`] per open
//!   block, with forward labels that the assembler patches when bound;
//! * the driver's shared state (`st`: offset, reachability, fuel not yet
//!   added to the store).
//!
//! Frame layout below the frame pointer: the vmctx (8 bytes), every local
//! (one slot each), one slot per value-stack position up to the deepest
//! reached, then the outgoing-argument area at the stack pointer. Slots
//! are 8 bytes, or 16 in a function that may hold a `v128` anywhere (see
//! [`may_use_v128`]), so that any slot can hold any value.
//! The frame size is only known at the end, so the prologue's immediates
//! are patched then.
//!
//! The operator loop, reachability and dead code, fuel counting and the
//! interrupt points are the shared driver's
//! (`trident_compiler::translate_operators`); [`FuncGen`] is its
//! [`FuncEmitter`] (control operators go to `control.rs`) and implements
//! the emitter traits the shared decoders (`trident_compiler::decode`)
//! call, one per operator class (the driver's operator table is
//! `trident_compiler::decode::operator_table`),
//! implemented in `variables.rs`, `calls.rs`, `memory.rs`, `table.rs`,
//! `numeric.rs`, `convert.rs` and `simd.rs`, or rejects an operator with a typed error. The module was validated by
//! the front end, so an inconsistency here is a bug reported as
//! `CompileError::Codegen`, never a panic.

mod calls;
mod control;
mod convert;
mod memory;
mod numeric;
mod simd;
mod stack;
mod table;
mod variables;

use crate::abi::{self, copy_value, ParamLoc};
use crate::machine::{Addr, Finished, FramePatch, Masm, Reg, StoreKind};
use crate::unsupported;
use control::Frame;
use stack::RegFile;
use trident_compiler::decode::ModuleAccess;
use trident_compiler::wasmparser;
use trident_compiler::{translate_operators, wasm_error, FuncEmitter, FuncState, FunctionBody};
use trident_types::{CompileError, CompilerOptions, ModuleInfo, VMOffsets, ValType};

pub(crate) type Result<T> = std::result::Result<T, CompileError>;

/// What every function of a module shares.
pub(crate) struct Env<'m> {
    pub module: &'m ModuleInfo,
    pub offsets: VMOffsets,
    pub options: &'m CompilerOptions,
}

impl<'m> Env<'m> {
    pub fn new(module: &'m ModuleInfo, options: &'m CompilerOptions) -> Self {
        Env {
            module,
            offsets: VMOffsets::new(8, module),
            options,
        }
    }
}

/// Where an operand is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Loc {
    /// A constant's bits (floats as their IEEE bits).
    Const(u64),
    Reg(Reg),
    /// Its own frame slot (the slot of its stack position).
    Mem,
}

/// An operand on the value stack.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Val {
    pub ty: ValType,
    pub loc: Loc,
}

/// The vmctx is saved at `fp - 8`; locals start below it.
const VMCTX_SLOT: i32 = -8;

/// Per-function code generation state.
pub(crate) struct FuncGen<'a, M: Masm> {
    pub env: &'a Env<'a>,
    pub m: M,
    pub func_index: u32,
    /// The driver's state: offset, reachability, fuel not yet added to
    /// the store.
    pub st: FuncState,
    pub locals: Vec<ValType>,
    /// Bytes per local and per value-stack slot (8, or 16 when the
    /// function may hold a `v128`).
    pub slot: i64,
    pub stack: Vec<Val>,
    pub max_depth: usize,
    pub regs: RegFile,
    pub frames: Vec<Frame<'a>>,
    /// Largest outgoing-argument area any call needs.
    pub max_outgoing: u32,
    pub results: &'a [ValType],
    /// Under `BoundsChecks::Static` the base of memory 0 never moves: it is
    /// kept in this register (taken out of the allocatable pool), loaded in
    /// the prologue and after every call.
    pub heap_base: Option<u8>,
    /// The out-of-line halves of the epoch checks, emitted after the body
    /// (see `FuncGen::epoch_check`).
    pub late_epochs: Vec<control::LateEpoch>,
}

impl<'a, M: Masm> FuncGen<'a, M> {
    /// A `Codegen` error: the generator's state is inconsistent.
    pub fn bug(&self, what: &str) -> CompileError {
        self.st.bug(crate::BACKEND, what)
    }

    pub fn unsupported(&self, what: impl Into<String>) -> CompileError {
        unsupported(what, Some(self.st.offset))
    }

    /// Our value type for a wasmparser one.
    pub fn valtype(&self, t: wasmparser::ValType) -> Result<ValType> {
        trident_compiler::valtype(t, crate::BACKEND, self.st.offset)
    }

    /// The frame-pointer-relative address of local `index`.
    pub fn local_addr(&self, index: u32) -> Result<Addr> {
        if index as usize >= self.locals.len() {
            return Err(self.bug("local index out of range"));
        }
        let disp = i64::from(VMCTX_SLOT) - self.slot * (1 + i64::from(index));
        Ok(Addr::new(M::FP, disp as i32))
    }

    /// The frame-pointer-relative address of value-stack slot `index`.
    pub fn slot_addr(&self, index: usize) -> Addr {
        // Bounded by `check_frame_size` before any code is handed out.
        let disp =
            i64::from(VMCTX_SLOT) - self.slot * (1 + self.locals.len() as i64 + index as i64);
        Addr::new(M::FP, disp.max(i64::from(i32::MIN)) as i32)
    }

    /// The bytes below the saved frame pointer, aligned for calls.
    fn frame_size(&self) -> Result<u32> {
        let bytes = -i64::from(VMCTX_SLOT)
            + self.slot * (self.locals.len() as i64 + self.max_depth as i64)
            + i64::from(self.max_outgoing);
        let align = i64::from(M::STACK_ALIGN);
        let bytes = (bytes + align - 1) / align * align;
        u32::try_from(bytes)
            .ok()
            .filter(|b| *b <= i32::MAX as u32 / 2)
            .ok_or_else(|| CompileError::Limit(format!("function {} frame", self.func_index)))
    }

    /// The store-context pointer in the scratch register.
    pub fn load_store_context(&mut self) -> u8 {
        let s = M::SCRATCH_GPR;
        self.m
            .load_ptr(s, M::VMCTX, self.env.offsets.store_context() as i32);
        s
    }

    /// Restores the pinned registers after a call (no register survives
    /// one): the vmctx, and the cached heap base.
    pub fn after_call(&mut self) {
        self.m.load_ptr(M::VMCTX, M::FP, VMCTX_SLOT);
        self.load_heap_base();
    }

    /// Loads memory 0's base into the heap-base register, if one is used.
    fn load_heap_base(&mut self) {
        if let Some(r) = self.heap_base {
            let o = &self.env.offsets;
            let (def, base) = (o.memory(0) as i32, o.memory_base() as i32);
            self.m.load_ptr(r, M::VMCTX, def);
            self.m.load_ptr(r, r, base);
        }
    }

    /// The prologue: frame, stack check, vmctx, parameters into their
    /// local slots, other locals zeroed (the driver then runs the entry
    /// fuel and epoch checks).
    fn prologue(&mut self, params: &[ValType], num_locals: u32) -> Result<FramePatch> {
        let offsets = &self.env.offsets;
        let vmctx_arg = M::INT_ARGS[0];
        let patch = self.m.enter_frame(
            vmctx_arg,
            offsets.store_context(),
            offsets.store_context_stack_limit(),
        );
        let ptr = StoreKind::Int { bytes: 8 };
        self.m
            .store(ptr, Reg::Gpr(vmctx_arg), Addr::new(M::FP, VMCTX_SLOT), None);
        self.m.mov(Reg::Gpr(M::VMCTX), Reg::Gpr(vmctx_arg));
        let ty = trident_types::FuncType::new(params.iter().copied(), []);
        let layout = abi::wasm_layout::<M>(&ty)?;
        // The buffer arguments are copied out before anything can call
        // (and reuse the buffer); the scratch register is no argument
        // register.
        let store_ctx = M::SCRATCH_GPR;
        if layout.uses_buffer() {
            abi::load_store_context(&mut self.m, store_ctx, M::VMCTX);
        }
        for (i, (loc, t)) in layout.params.iter().zip(params).enumerate() {
            let dst = self.local_addr(i as u32)?;
            match loc {
                ParamLoc::Reg(r) => self.m.store(stack::slot_kinds(*t).1, *r, dst, None),
                ParamLoc::Buffer(off) => {
                    copy_value(&mut self.m, *t, abi::buffer_addr(store_ctx, *off), dst);
                }
            }
        }
        let declared = num_locals - params.len() as u32;
        if declared > 0 {
            let lowest = self.local_addr(num_locals - 1)?;
            let words = declared * (self.slot / 8) as u32;
            self.m.zero_words(lowest.disp, words);
        }
        self.load_heap_base();
        Ok(patch)
    }
}

impl<M: Masm> ModuleAccess for FuncGen<'_, M> {
    fn module_env(&self) -> (&ModuleInfo, &VMOffsets) {
        (self.env.module, &self.env.offsets)
    }
}

impl<M: Masm> FuncEmitter for FuncGen<'_, M> {
    const BACKEND: &'static str = crate::BACKEND;

    fn control(&mut self, op: &wasmparser::Operator<'_>) -> Result<bool> {
        self.translate_control(op)
    }

    fn state(&mut self) -> &mut FuncState {
        &mut self.st
    }

    /// (Without an address map, nothing is recorded and the trap stubs
    /// are one per trap code.)
    fn source_location(&mut self, offset: u32) {
        if !self.env.options.omit_address_map {
            self.m.set_source(offset);
        }
    }

    fn flush_fuel(&mut self) -> Result<()> {
        FuncGen::flush_fuel(self);
        Ok(())
    }

    fn interrupt_check(&mut self) -> Result<()> {
        self.fuel_check();
        self.epoch_check()
    }
}

/// Reads the local declarations of `body` after the parameters.
fn read_locals<M: Masm>(g: &mut FuncGen<'_, M>, body: &FunctionBody<'_>) -> Result<()> {
    let mut reader = body.reader().get_locals_reader().map_err(wasm_error)?;
    for _ in 0..reader.get_count() {
        g.st.offset = reader.original_position() as usize;
        let (count, t) = reader.read().map_err(wasm_error)?;
        let t = g.valtype(t)?;
        let total = g.locals.len() + count as usize;
        if total > 1 << 20 {
            return Err(CompileError::Limit(format!(
                "function {} has more than 2^20 locals",
                g.func_index
            )));
        }
        g.locals.resize(total, t);
    }
    Ok(())
}

/// Whether a `v128` can be on this function's value stack or in its
/// locals. A vector comes from a local, a global, a call result or a SIMD
/// operator (prefix byte `0xfd`); blocks and `select` only pass on values
/// from those. Scanning the raw bytes for the prefix is conservative (an
/// immediate may contain it too), linear and needs no decoding.
fn may_use_v128(module: &ModuleInfo, locals: &[ValType], body: &FunctionBody<'_>) -> bool {
    let v128 = |t: &ValType| *t == ValType::V128;
    locals.iter().any(v128)
        || module
            .types
            .iter()
            .any(|t| t.params.iter().chain(&t.results).any(v128))
        || module.globals.iter().any(|g| v128(&g.content))
        || body.data.contains(&0xfd)
}

/// Compiles defined function `func_index` for machine `M`.
pub(crate) fn compile_function<M: Masm>(
    env: &Env<'_>,
    func_index: u32,
    body: &FunctionBody<'_>,
) -> Result<Finished> {
    let module = env.module;
    let ty = module
        .functions
        .get(func_index as usize)
        .and_then(|t| module.types.get(*t as usize))
        .ok_or_else(|| CompileError::codegen_in(func_index, "function without a type"))?;
    let static_bounds = env.options.bounds_checks == trident_types::BoundsChecks::Static;
    // Memory 0's base in a register, for its unchecked accesses: a 64-bit
    // memory 0 has none (every access is checked and reloads the base),
    // so it keeps the register for values.
    let unchecked_memory0 = module.memories.first().is_some_and(|m| !m.memory64);
    let heap_base = (static_bounds && unchecked_memory0)
        .then(|| M::ALLOCATABLE_GPRS.last().copied())
        .flatten();
    let mut g = FuncGen {
        env,
        m: M::new(),
        func_index,
        st: FuncState::new(func_index, body.offset, env.options.fuel()),
        locals: ty.params.clone(),
        slot: 8,
        stack: Vec::new(),
        max_depth: 0,
        regs: RegFile::new::<M>(heap_base),
        frames: Vec::new(),
        max_outgoing: 0,
        results: &ty.results,
        heap_base,
        late_epochs: Vec::new(),
    };
    read_locals(&mut g, body)?;
    if may_use_v128(module, &g.locals, body) {
        g.slot = 16;
    }
    let patch = g.prologue(&ty.params, g.locals.len() as u32)?;
    g.push_function_frame();
    translate_operators(&mut g, body)?;
    if !g.frames.is_empty() {
        return Err(g.bug("control frames left open at the end of the body"));
    }
    g.emit_late_epochs()?;
    let size = g.frame_size()?;
    g.m.patch_frame_size(patch, size);
    g.m.finish().map_err(|e| e.in_function(func_index))
}
