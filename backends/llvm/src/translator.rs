//! The wasm → LLVM IR function translator: shared state and the operator
//! loop.
//!
//! [`translate_function`] fills in the body of one defined function. Wasm
//! locals are `alloca`s in the entry block (LLVM's `mem2reg`/SROA turn them
//! into SSA values); the wasm operand stack is a `Vec` of LLVM values; each
//! open `block`/`loop`/`if` is a [`Frame`](crate::control::Frame).
//!
//! The operator loop, reachability and dead code, fuel counting and the
//! interrupt points are the shared driver's
//! (`trident_compiler::translate_operators`); this back end is its
//! `FuncEmitter` (implemented in `interrupts.rs`, beside the fuel and
//! epoch points it is mostly about; control operators go to
//! `control.rs`) and implements
//! the emitter traits the shared decoders (`trident_compiler::decode`)
//! call, one per operator class (the driver's operator table is
//! `trident_compiler::decode::operator_table`),
//! implemented in `variables.rs`, `calls.rs`, `memory.rs`, `table.rs`,
//! `numeric.rs`, `conversions.rs` and `simd/`, or rejects an operator with a typed error.
//!
//! The module has been validated by the front end, so a stack underflow or
//! a bad index can only be a translator bug: it is a `CompileError::Codegen`,
//! never a panic. Wasm 2.0 SIMD operators go to `simd/`; relaxed SIMD
//! (not part of Wasm 2.0) is `CompileError::Unsupported`.

use crate::control::Frame;
use crate::error::{codegen, unsupported, IrResult, Result};
use crate::ir::Ir;
use crate::traps::TrapBlocks;
use inkwell::builder::Builder;
use inkwell::types::BasicTypeEnum;
use inkwell::values::{
    BasicValue, BasicValueEnum, FloatValue, FunctionValue, IntValue, PointerValue,
};
use trident_compiler::decode::ModuleAccess;
use trident_compiler::wasmparser;
use trident_compiler::{
    peek_operands, pop_operands, translate_operators, wasm_error, FuncState, FunctionBody,
};
use trident_types::{CompileError, CompilerOptions, FuncType, ModuleInfo, VMOffsets, ValType};

/// What every function of a module shares.
pub(crate) struct ModuleEnv<'m> {
    pub module: &'m ModuleInfo,
    pub offsets: VMOffsets,
    pub options: CompilerOptions,
    /// Whether the module has tail calls, and so is compiled in `tailcc`
    /// (`tail.rs`).
    pub tail_calls: bool,
    /// Relaxed SIMD's native forms, when asked for (`RelaxedSimd::Native`
    /// without NaN canonicalization, which keeps float results
    /// deterministic and so takes the deterministic forms).
    pub relaxed_native: Option<crate::simd::RelaxedTarget>,
}

impl<'m> ModuleEnv<'m> {
    pub fn new(
        module: &'m ModuleInfo,
        options: &CompilerOptions,
        spec: &crate::target::TargetSpec,
        tail_calls: bool,
    ) -> Self {
        use crate::simd::RelaxedTarget;
        let native = options.relaxed_simd == trident_types::RelaxedSimd::Native
            && !options.nan_canonicalization;
        let relaxed_native = native.then(|| match spec.arch {
            crate::target::Arch::X86_64 => RelaxedTarget::X86 {
                fma: spec.features.split(',').any(|f| f == "+fma"),
            },
            crate::target::Arch::Aarch64 => RelaxedTarget::Aarch64,
        });
        ModuleEnv {
            module,
            offsets: VMOffsets::new(8, module),
            options: options.clone(),
            tail_calls,
            relaxed_native,
        }
    }

    /// The type of function `func` (imported or defined).
    pub fn func_type(&self, func: u32) -> Result<&'m FuncType> {
        self.module
            .checked_func_type(func)
            .ok_or_else(|| codegen(format!("function {func} has no type")))
    }
}

/// Per-function translation state.
pub(crate) struct FuncTranslator<'a, 'ctx> {
    pub env: &'a ModuleEnv<'a>,
    pub ir: &'a Ir<'ctx>,
    pub b: Builder<'ctx>,
    pub func: FunctionValue<'ctx>,
    /// Index of the function being translated (in the function space).
    pub func_index: u32,
    /// This instance's vmctx (the function's first parameter).
    pub vmctx: PointerValue<'ctx>,
    /// The wasm operand stack.
    pub stack: Vec<BasicValueEnum<'ctx>>,
    /// Open control frames, the function's own first.
    pub frames: Vec<Frame<'ctx>>,
    /// Wasm locals (parameters first): their stack slot and type.
    pub locals: Vec<(PointerValue<'ctx>, BasicTypeEnum<'ctx>)>,
    /// The driver's state: offset, reachability, pending fuel.
    pub st: FuncState,
    /// One trap block per trap code, created on first use.
    pub traps: TrapBlocks<'ctx>,
    /// The store context pointer, loaded at entry.
    pub store_ctx: Option<PointerValue<'ctx>>,
    /// Fuel consumed so far (a local slot), when counting fuel.
    pub fuel: Option<PointerValue<'ctx>>,
    /// Debug locations, when the address map is kept: the module's
    /// builder and this function's scope.
    pub lines: Option<(
        &'a crate::lines::Lines<'ctx>,
        inkwell::debug_info::DISubprogram<'ctx>,
    )>,
}

impl<'a, 'ctx> FuncTranslator<'a, 'ctx> {
    /// A `Codegen` error: the translator's state is inconsistent.
    pub fn bug(&self, what: &str) -> CompileError {
        self.st.bug(crate::error::BACKEND, what)
    }

    pub fn unsupported(&self, what: impl Into<String>) -> CompileError {
        unsupported(what, Some(self.st.offset))
    }

    /// The LLVM type of wasm type `t`.
    pub fn ty(&self, t: ValType) -> BasicTypeEnum<'ctx> {
        self.ir.val_type(t)
    }

    /// The LLVM type of a wasmparser value type.
    pub fn wasm_type(&self, t: wasmparser::ValType) -> Result<BasicTypeEnum<'ctx>> {
        let v = trident_compiler::valtype(t, crate::error::BACKEND, self.st.offset)?;
        Ok(self.ty(v))
    }

    // Operand stack.

    pub fn push(&mut self, v: impl BasicValue<'ctx>) {
        self.stack.push(v.as_basic_value_enum());
    }

    pub fn pop(&mut self) -> Result<BasicValueEnum<'ctx>> {
        match self.stack.pop() {
            Some(v) => Ok(v),
            None => Err(self.bug("operand stack underflow")),
        }
    }

    pub fn pop_int(&mut self) -> Result<IntValue<'ctx>> {
        match self.pop()? {
            BasicValueEnum::IntValue(v) => Ok(v),
            _ => Err(self.bug("expected an integer operand")),
        }
    }

    pub fn pop_float(&mut self) -> Result<FloatValue<'ctx>> {
        match self.pop()? {
            BasicValueEnum::FloatValue(v) => Ok(v),
            _ => Err(self.bug("expected a float operand")),
        }
    }

    pub fn pop_ptr(&mut self) -> Result<PointerValue<'ctx>> {
        match self.pop()? {
            BasicValueEnum::PointerValue(v) => Ok(v),
            _ => Err(self.bug("expected a reference operand")),
        }
    }

    /// Pops two integers; the second was on top.
    pub fn pop2_int(&mut self) -> Result<(IntValue<'ctx>, IntValue<'ctx>)> {
        let b = self.pop_int()?;
        let a = self.pop_int()?;
        Ok((a, b))
    }

    /// Pops two floats; the second was on top.
    pub fn pop2_float(&mut self) -> Result<(FloatValue<'ctx>, FloatValue<'ctx>)> {
        let b = self.pop_float()?;
        let a = self.pop_float()?;
        Ok((a, b))
    }

    /// Pops `n` values, returned bottom first.
    pub fn popn(&mut self, n: usize) -> Result<Vec<BasicValueEnum<'ctx>>> {
        pop_operands(&mut self.stack, n).ok_or_else(|| self.bug("operand stack underflow"))
    }

    /// The top `n` values (bottom first), left on the stack.
    pub fn peekn(&self, n: usize) -> Result<Vec<BasicValueEnum<'ctx>>> {
        peek_operands(&self.stack, n).ok_or_else(|| self.bug("operand stack underflow"))
    }

    // Constants and helpers.

    pub fn i32_const(&self, v: i32) -> IntValue<'ctx> {
        self.ir.i32.const_int(u64::from(v as u32), false)
    }

    pub fn i64_const(&self, v: i64) -> IntValue<'ctx> {
        self.ir.i64.const_int(v as u64, false)
    }

    /// `base + offset` as a byte address.
    pub fn byte_offset(&self, base: PointerValue<'ctx>, offset: u64) -> Result<PointerValue<'ctx>> {
        if offset == 0 {
            return Ok(base);
        }
        let off = self.ir.i64.const_int(offset, false);
        // SAFETY: a byte GEP computes an address; it does not access memory.
        // `inbounds` is not claimed.
        unsafe { self.b.build_gep(self.ir.i8, base, &[off], "") }.ir()
    }

    /// A load of a `ty` from `base + offset` in `region`.
    pub fn load(
        &self,
        ty: impl Into<BasicTypeEnum<'ctx>>,
        base: PointerValue<'ctx>,
        offset: u32,
        region: crate::ir::Region,
        invariant: bool,
    ) -> Result<BasicValueEnum<'ctx>> {
        let addr = self.byte_offset(base, u64::from(offset))?;
        let ty = ty.into();
        let v = self.b.build_load(ty, addr, "").ir()?;
        self.ir.tag(v.as_instruction_value(), region, invariant)?;
        Ok(v)
    }

    /// A pointer-sized load.
    pub fn load_ptr(
        &self,
        base: PointerValue<'ctx>,
        offset: u32,
        region: crate::ir::Region,
        invariant: bool,
    ) -> Result<PointerValue<'ctx>> {
        Ok(self
            .load(self.ir.ptr, base, offset, region, invariant)?
            .into_pointer_value())
    }

    /// A store of `v` to `base + offset` in `region`.
    pub fn store(
        &self,
        v: impl BasicValue<'ctx>,
        base: PointerValue<'ctx>,
        offset: u32,
        region: crate::ir::Region,
    ) -> Result<()> {
        let addr = self.byte_offset(base, u64::from(offset))?;
        let s = self.b.build_store(addr, v).ir()?;
        self.ir.tag(Some(s), region, false)
    }

    /// Zero-extends an `i1` to `i32` (wasm booleans).
    pub fn bool_to_i32(&self, c: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        self.b.build_int_z_extend(c, self.ir.i32, "").ir()
    }

    /// `v != 0` as an `i1`.
    pub fn is_nonzero(&self, v: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        self.b
            .build_int_compare(inkwell::IntPredicate::NE, v, v.get_type().const_zero(), "")
            .ir()
    }

    /// Declares the locals: parameters from the function's arguments, the
    /// rest zero-initialized.
    fn declare_locals(&mut self, ty: &FuncType, body: &FunctionBody<'_>) -> Result<()> {
        for (i, p) in ty.params.iter().enumerate() {
            let t = self.ty(*p);
            let slot = self.b.build_alloca(t, "").ir()?;
            let arg = self
                .func
                .get_nth_param(i as u32 + 2)
                .ok_or_else(|| self.bug("missing parameter"))?;
            self.b.build_store(slot, arg).ir()?;
            self.locals.push((slot, t));
        }
        let mut reader = body.reader().get_locals_reader().map_err(wasm_error)?;
        for _ in 0..reader.get_count() {
            self.st.offset = reader.original_position() as usize;
            let (count, vt) = reader.read().map_err(wasm_error)?;
            let t = self.wasm_type(vt)?;
            for _ in 0..count {
                let slot = self.b.build_alloca(t, "").ir()?;
                self.b.build_store(slot, t.const_zero()).ir()?;
                self.locals.push((slot, t));
            }
        }
        Ok(())
    }
}

/// Builds the body of defined function `func_index` into `func` (declared
/// with the wasm signature of its type).
pub(crate) fn translate_function<'ctx>(
    env: &ModuleEnv<'_>,
    ir: &Ir<'ctx>,
    lines: Option<&crate::lines::Lines<'ctx>>,
    func_index: u32,
    func: FunctionValue<'ctx>,
    body: &FunctionBody<'_>,
) -> Result<()> {
    let ty = env.func_type(func_index)?;
    let b = ir.context.create_builder();
    let entry = ir.context.append_basic_block(func, "entry");
    b.position_at_end(entry);
    let lines = lines.map(|l| {
        let scope = l.subprogram(func, &format!("function[{func_index}]"));
        // The prologue belongs to the body's start.
        b.set_current_debug_location(l.location(ir.context, scope, body.offset as u32));
        (l, scope)
    });
    let vmctx = func
        .get_nth_param(0)
        .ok_or_else(|| codegen("function without a vmctx parameter"))?
        .into_pointer_value();
    let mut t = FuncTranslator {
        env,
        ir,
        b,
        func,
        func_index,
        vmctx,
        stack: Vec::new(),
        frames: Vec::new(),
        locals: Vec::new(),
        st: FuncState::new(func_index, body.offset, env.options.fuel()),
        traps: TrapBlocks::default(),
        store_ctx: None,
        fuel: None,
        lines,
    };
    t.declare_locals(ty, body)?;
    t.function_prologue()?;
    t.push_function_frame(ty)?;
    translate_operators(&mut t, body)?;
    if !t.frames.is_empty() {
        return Err(t.bug("control frames left open at the end of the body"));
    }
    Ok(())
}

impl ModuleAccess for FuncTranslator<'_, '_> {
    fn module_env(&self) -> (&ModuleInfo, &VMOffsets) {
        (self.env.module, &self.env.offsets)
    }
}
