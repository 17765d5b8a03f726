//! The wasm → CLIF function translator: shared state and the operator loop.
//!
//! [`translate_function`] builds one defined function's CLIF with
//! `cranelift-frontend`. Wasm locals become frontend `Variable`s (so SSA
//! construction is Cranelift's job); the wasm operand stack is a `Vec` of
//! SSA values; each open `block`/`loop`/`if` is a [`Frame`] (see
//! `control.rs`).
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
//! `numeric.rs` and `simd/`, or rejects an operator with a typed error.
//!
//! The module has been validated by the front end, so stack underflows or
//! bad indices can only be translator bugs: they are reported as
//! `CompileError::Codegen`, never as panics. `v128` values are CLIF
//! `I8X16` everywhere (see `simd/mod.rs`).

use crate::control::Frame;
use crate::emit::FUNCTION_NAMESPACE;
use crate::BACKEND;
use cranelift_codegen::ir::{
    self, types, AbiParam, AliasRegion, AliasRegionData, ArgumentPurpose, BlockArg, FuncRef,
    Function, GlobalValueData, InstBuilder, MemFlagsData, SigRef, Signature, Type, UserFuncName,
    Value,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig, TargetIsa};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use std::collections::BTreeMap;
use trident_compiler::decode::ModuleAccess;
use trident_compiler::wasmparser;
use trident_compiler::{
    peek_operands, pop_operands, translate_operators, wasm_error, FuncState, FunctionBody,
};
use trident_types::{
    BoundsChecks, Builtin, CompileError, CompilerOptions, FuncType, ModuleInfo, VMOffsets, ValType,
};

pub(crate) type Result<T> = std::result::Result<T, CompileError>;

/// A `CompileError::Unsupported` from this back end.
pub(crate) fn unsupported(what: impl Into<String>, offset: Option<usize>) -> CompileError {
    CompileError::Unsupported {
        backend: BACKEND,
        what: what.into(),
        offset,
    }
}

/// What every function of a module shares: the module, the vmctx layout
/// and the target's pointer type and native calling convention (for
/// builtins; wasm functions use [`WASM_CALL_CONV`]).
pub(crate) struct ModuleEnv<'m> {
    pub module: &'m ModuleInfo,
    pub offsets: VMOffsets,
    pub ptr: Type,
    pub call_conv: CallConv,
    pub bounds_checks: BoundsChecks,
    pub frontend_config: TargetFrontendConfig,
    /// Count fuel (see the fuel contract in `VMOffsets`).
    pub consume_fuel: bool,
    /// The cost table, when counting fuel.
    pub fuel: Option<trident_types::FuelCosts>,
    /// Check the epoch deadline at function entries and loop headers.
    pub epoch_interruption: bool,
    /// Canonicalize NaNs produced by float arithmetic.
    pub nan_canonicalization: bool,
    /// Record operators' source locations (the address map).
    pub address_map: bool,
    /// Relaxed SIMD's native forms, when asked for (`RelaxedSimd::Native`
    /// without NaN canonicalization, which keeps float results
    /// deterministic and so takes the deterministic forms).
    pub relaxed_native: Option<crate::simd::RelaxedTarget>,
}

impl<'m> ModuleEnv<'m> {
    pub fn new(module: &'m ModuleInfo, isa: &dyn TargetIsa, options: &CompilerOptions) -> Self {
        ModuleEnv {
            module,
            offsets: VMOffsets::new(isa.pointer_bytes(), module),
            ptr: isa.pointer_type(),
            call_conv: isa.default_call_conv(),
            bounds_checks: options.bounds_checks,
            frontend_config: isa.frontend_config(),
            consume_fuel: options.consume_fuel,
            fuel: options.fuel(),
            epoch_interruption: options.epoch_interruption,
            nan_canonicalization: options.nan_canonicalization,
            address_map: !options.omit_address_map,
            relaxed_native: relaxed_target(isa, options),
        }
    }
}

/// The native relaxed SIMD forms `isa` offers under `options`.
fn relaxed_target(
    isa: &dyn TargetIsa,
    options: &CompilerOptions,
) -> Option<crate::simd::RelaxedTarget> {
    use crate::simd::RelaxedTarget;
    use target_lexicon::Architecture;
    if options.relaxed_simd != trident_types::RelaxedSimd::Native || options.nan_canonicalization {
        return None;
    }
    match isa.triple().architecture {
        Architecture::X86_64 => Some(RelaxedTarget::X86 {
            fma: isa
                .isa_flags()
                .iter()
                .any(|v| v.name == "has_fma" && v.as_bool() == Some(true)),
        }),
        Architecture::Aarch64(_) => Some(RelaxedTarget::Aarch64),
        _ => None,
    }
}

/// The CLIF type of a wasm value type; references are pointer-sized
/// integers (0 is null), `v128` is `I8X16`.
pub(crate) fn clif_type(ptr: Type, t: ValType) -> Type {
    match t {
        ValType::I32 => types::I32,
        ValType::I64 => types::I64,
        ValType::F32 => types::F32,
        ValType::F64 => types::F64,
        ValType::Ref(_) => ptr,
        ValType::V128 => crate::simd::V128,
    }
}

/// The calling convention of every wasm function and of the trampolines'
/// wasm sides: Cranelift's `tail`, so that `return_call` and
/// `return_call_indirect` become true tail calls whatever the signatures
/// of caller and callee (the callee pops its stack arguments, so a callee
/// with more stack arguments than its caller can still replace its
/// frame). Builtins and host functions keep the platform's convention;
/// the trampolines convert between the two.
pub(crate) const WASM_CALL_CONV: CallConv = CallConv::Tail;

/// The signature of a wasm function of type `ty`:
/// `(callee_vmctx, caller_vmctx, params…) -> results`, in
/// [`WASM_CALL_CONV`].
pub(crate) fn wasm_signature(ptr: Type, ty: &FuncType) -> Signature {
    let mut sig = Signature::new(WASM_CALL_CONV);
    sig.params
        .push(AbiParam::special(ptr, ArgumentPurpose::VMContext));
    sig.params.push(AbiParam::new(ptr));
    for p in &ty.params {
        sig.params.push(AbiParam::new(clif_type(ptr, *p)));
    }
    for r in &ty.results {
        sig.returns.push(AbiParam::new(clif_type(ptr, *r)));
    }
    sig
}

/// Inserts `flags` into `func`'s flag set (for global values).
pub(crate) fn intern_flags(func: &mut Function, flags: MemFlagsData) -> Result<ir::MemFlags> {
    func.dfg
        .mem_flags
        .insert(flags)
        .map_err(|_| CompileError::Limit("too many distinct memory flags".into()))
}

/// Flags for loads of vmctx fields that never change: aligned, cannot
/// trap, and movable. `can_move` lets Cranelift treat the load as pure:
/// deduplicated across blocks and hoisted out of loops (without it a heap
/// access inside a loop reloads the memory definition and base every
/// iteration). Invariant that makes this sound: every such load goes
/// through a pointer that is valid for the whole life of the instance
/// (the vmctx itself, or a pointer it holds: memory definitions, the
/// builtin table, the type-id array, the store context), never through a
/// pointer that a check guards, such as a table element.
pub(crate) fn vmctx_readonly() -> MemFlagsData {
    MemFlagsData::trusted().with_readonly().with_can_move()
}

/// Flags for loads and stores of runtime state that may change (table and
/// memory definitions, globals): aligned, cannot trap.
pub(crate) fn vmctx_mutable() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Flags for loads and stores of runtime state that may change and is
/// never linear memory (globals, memory and table definitions): like
/// [`vmctx_mutable`], in the `vmctx` alias region of [`Regions`].
pub(crate) fn vmctx_state(regions: &Regions) -> MemFlagsData {
    vmctx_mutable().with_alias_region(Some(regions.vmctx))
}

/// Per-function translation state.
pub(crate) struct FuncTranslator<'e, 'f> {
    pub env: &'e ModuleEnv<'e>,
    pub b: FunctionBuilder<'f>,
    /// Index of the function being translated (in the function space).
    pub func_index: u32,
    /// This instance's vmctx (the function's first parameter).
    pub vmctx: Value,
    /// The wasm operand stack.
    pub stack: Vec<Value>,
    /// Open control frames, the function's own first.
    pub frames: Vec<Frame>,
    /// Wasm locals (parameters first).
    pub locals: Vec<Variable>,
    /// The driver's state: offset, reachability, pending fuel.
    pub st: FuncState,
    /// The store context (loaded at entry when fuel or epochs are on).
    pub store_ctx: Option<Value>,
    /// Fuel consumed so far, when counting fuel.
    pub fuel: Option<Variable>,
    /// The alias regions of the memory the function touches.
    pub regions: Regions,
    sigs: Vec<Option<SigRef>>,
    direct: BTreeMap<u32, FuncRef>,
    builtin_sigs: [Option<SigRef>; Builtin::ALL.len()],
}

/// Disjoint alias regions, so Cranelift's alias analysis knows that a heap
/// store cannot change a global or a memory's base and length (and the
/// other way round), and reuses those loads across heap stores. Invariant:
/// an access is tagged with a region only if it can touch nothing outside
/// it. `heap`: the bytes of linear memories. `vmctx`: runtime state that
/// is never linear memory (globals' storage, the base and length of
/// memory and table definitions). Everything else (table elements,
/// `VMFuncRef`s, the store context) has no region, which Cranelift treats
/// as possibly aliasing anything.
pub(crate) struct Regions {
    pub heap: AliasRegion,
    pub vmctx: AliasRegion,
}

impl Regions {
    fn new(func: &mut Function) -> Regions {
        let mut region = |user_id, description: &'static str| {
            func.dfg.alias_regions.insert(AliasRegionData {
                user_id,
                description: description.into(),
            })
        };
        Regions {
            heap: region(1, "heap"),
            vmctx: region(2, "vmctx"),
        }
    }
}

impl<'e, 'f> FuncTranslator<'e, 'f> {
    /// A `Codegen` error: the translator's internal state is inconsistent.
    pub fn bug(&self, what: &str) -> CompileError {
        self.st.bug(BACKEND, what)
    }

    pub fn unsupported(&self, what: impl Into<String>) -> CompileError {
        unsupported(what, Some(self.st.offset))
    }

    pub fn ty(&self, t: ValType) -> Type {
        clif_type(self.env.ptr, t)
    }

    /// The CLIF type of a wasmparser value type.
    pub fn wasm_type(&self, t: wasmparser::ValType) -> Result<Type> {
        let v = trident_compiler::valtype(t, BACKEND, self.st.offset)?;
        Ok(self.ty(v))
    }

    // Operand stack.

    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    pub fn pop(&mut self) -> Result<Value> {
        match self.stack.pop() {
            Some(v) => Ok(v),
            None => Err(self.bug("operand stack underflow")),
        }
    }

    /// Pops two values; the second was on top.
    pub fn pop2(&mut self) -> Result<(Value, Value)> {
        let b = self.pop()?;
        let a = self.pop()?;
        Ok((a, b))
    }

    /// Pops three values; the third was on top.
    pub fn pop3(&mut self) -> Result<(Value, Value, Value)> {
        let c = self.pop()?;
        let b = self.pop()?;
        let a = self.pop()?;
        Ok((a, b, c))
    }

    /// Pops `n` values, returned bottom first.
    pub fn popn(&mut self, n: usize) -> Result<Vec<Value>> {
        pop_operands(&mut self.stack, n).ok_or_else(|| self.bug("operand stack underflow"))
    }

    /// The top `n` values (bottom first), left on the stack.
    pub fn peekn(&self, n: usize) -> Result<Vec<Value>> {
        peek_operands(&self.stack, n).ok_or_else(|| self.bug("operand stack underflow"))
    }

    /// The top `n` values as block arguments, left on the stack.
    pub fn peek_args(&self, n: usize) -> Result<Vec<BlockArg>> {
        Ok(self.peekn(n)?.into_iter().map(BlockArg::Value).collect())
    }

    // Constants and helpers.

    pub fn iconst_ptr(&mut self, v: i64) -> Value {
        self.b.ins().iconst(self.env.ptr, v)
    }

    pub fn i32const(&mut self, v: i32) -> Value {
        self.b.ins().iconst(types::I32, i64::from(v as u32))
    }

    /// A load from `base + offset` of a value of type `ty`.
    pub fn load(
        &mut self,
        ty: Type,
        flags: MemFlagsData,
        base: Value,
        offset: u32,
    ) -> Result<Value> {
        let off = i32::try_from(offset).map_err(|_| self.bug("vmctx offset too large"))?;
        Ok(self.b.ins().load(ty, flags, base, off))
    }

    /// A store of `v` to `base + offset`.
    pub fn store(&mut self, flags: MemFlagsData, v: Value, base: Value, offset: u32) -> Result<()> {
        let off = i32::try_from(offset).map_err(|_| self.bug("vmctx offset too large"))?;
        self.b.ins().store(flags, v, base, off);
        Ok(())
    }

    /// The signature reference for wasm function type `ty`.
    pub fn sig_ref(&mut self, ty: u32) -> Result<SigRef> {
        if let Some(Some(s)) = self.sigs.get(ty as usize) {
            return Ok(*s);
        }
        let fty = self
            .env
            .module
            .checked_type(ty)
            .ok_or_else(|| self.bug("type index out of range"))?;
        let sig = wasm_signature(self.env.ptr, fty);
        let s = self.b.import_signature(sig);
        if self.sigs.len() <= ty as usize {
            self.sigs.resize(ty as usize + 1, None);
        }
        self.sigs[ty as usize] = Some(s);
        Ok(s)
    }

    /// The external function reference for a direct call to defined
    /// function `func`.
    pub fn direct_func_ref(&mut self, func: u32) -> Result<FuncRef> {
        if let Some(f) = self.direct.get(&func) {
            return Ok(*f);
        }
        let ty = *self
            .env
            .module
            .functions
            .get(func as usize)
            .ok_or_else(|| self.bug("function index out of range"))?;
        let signature = self.sig_ref(ty)?;
        let name = self
            .b
            .func
            .declare_imported_user_function(ir::UserExternalName::new(FUNCTION_NAMESPACE, func));
        let f = self.b.import_function(ir::ExtFuncData {
            name: ir::ExternalName::user(name),
            signature,
            colocated: true,
            patchable: false,
        });
        self.direct.insert(func, f);
        Ok(f)
    }

    /// The signature reference for builtin `builtin`.
    pub fn builtin_sig(&mut self, builtin: Builtin) -> SigRef {
        if let Some(s) = self.builtin_sigs[builtin.index()] {
            return s;
        }
        let ptr = self.env.ptr;
        let param = |p: trident_types::BuiltinParam| match p {
            trident_types::BuiltinParam::Pointer => ptr,
            trident_types::BuiltinParam::I32 => types::I32,
            trident_types::BuiltinParam::I64 => types::I64,
        };
        // The epoch builtin preserves every register (see its doc), so a
        // loop's values stay in registers around the check.
        let call_conv = match builtin {
            Builtin::EpochDeadline => CallConv::PreserveAll,
            _ => self.env.call_conv,
        };
        let mut sig = Signature::new(call_conv);
        sig.params.push(AbiParam::new(ptr));
        for p in builtin.params() {
            sig.params.push(AbiParam::new(param(*p)));
        }
        if let Some(r) = builtin.result() {
            sig.returns.push(AbiParam::new(param(r)));
        }
        let s = self.b.import_signature(sig);
        self.builtin_sigs[builtin.index()] = Some(s);
        s
    }
}

impl ModuleAccess for FuncTranslator<'_, '_> {
    fn module_env(&self) -> (&ModuleInfo, &VMOffsets) {
        (self.env.module, &self.env.offsets)
    }
}

/// Declares the function's locals: parameters from the entry block, the
/// rest zero-initialized.
fn declare_locals(
    t: &mut FuncTranslator<'_, '_>,
    ty: &FuncType,
    entry: ir::Block,
    body: &FunctionBody<'_>,
) -> Result<()> {
    let params: Vec<Value> = t.b.block_params(entry).to_vec();
    for (i, p) in ty.params.iter().enumerate() {
        let clif = t.ty(*p);
        let var = t.b.declare_var(clif);
        let v = *params
            .get(i + 2)
            .ok_or_else(|| t.bug("missing parameter"))?;
        t.b.def_var(var, v);
        t.locals.push(var);
    }
    let mut reader = body.reader().get_locals_reader().map_err(wasm_error)?;
    let mut zeros: Vec<(Type, Value)> = Vec::new();
    for _ in 0..reader.get_count() {
        t.st.offset = reader.original_position() as usize;
        let (count, vt) = reader.read().map_err(wasm_error)?;
        let clif = t.wasm_type(vt)?;
        let zero = match zeros.iter().find(|(ty, _)| *ty == clif) {
            Some((_, z)) => *z,
            None => {
                let z = match clif {
                    types::F32 => t.b.ins().f32const(0.0),
                    types::F64 => t.b.ins().f64const(0.0),
                    types::I32 => t.i32const(0),
                    crate::simd::V128 => crate::simd::vconst(&mut t.b, clif, [0; 16]),
                    other => t.b.ins().iconst(other, 0),
                };
                zeros.push((clif, z));
                z
            }
        };
        for _ in 0..count {
            let var = t.b.declare_var(clif);
            t.b.def_var(var, zero);
            t.locals.push(var);
        }
    }
    Ok(())
}

/// Builds the CLIF of defined function `func_index` into `func`.
pub(crate) fn translate_function(
    env: &ModuleEnv<'_>,
    func_index: u32,
    body: &FunctionBody<'_>,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
) -> Result<()> {
    let ty = env
        .module
        .checked_func_type(func_index)
        .ok_or_else(|| CompileError::codegen_in(func_index, "function without a type"))?;
    func.signature = wasm_signature(env.ptr, ty);
    func.name = UserFuncName::user(FUNCTION_NAMESPACE, func_index);

    // Stack limit: load(load(vmctx + store_context) + stack_limit).
    let vmctx_gv = func.create_global_value(GlobalValueData::VMContext);
    let flags = intern_flags(func, vmctx_readonly())?;
    let store_ctx = func.create_global_value(GlobalValueData::Load {
        base: vmctx_gv,
        offset: (env.offsets.store_context() as i32).into(),
        global_type: env.ptr,
        flags,
    });
    let limit_flags = intern_flags(func, vmctx_mutable())?;
    let limit = func.create_global_value(GlobalValueData::Load {
        base: store_ctx,
        offset: (env.offsets.store_context_stack_limit() as i32).into(),
        global_type: env.ptr,
        flags: limit_flags,
    });
    func.stack_limit = Some(limit);
    let regions = Regions::new(func);

    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let vmctx = b.block_params(entry)[0];

    let mut t = FuncTranslator {
        env,
        b,
        func_index,
        vmctx,
        stack: Vec::new(),
        frames: Vec::new(),
        locals: Vec::new(),
        st: FuncState::new(func_index, body.offset, env.fuel),
        store_ctx: None,
        fuel: None,
        regions,
        sigs: Vec::new(),
        direct: BTreeMap::new(),
        builtin_sigs: [None; Builtin::ALL.len()],
    };
    declare_locals(&mut t, ty, entry, body)?;
    t.init_interrupts()?;
    t.push_function_frame(ty)?;

    translate_operators(&mut t, body)?;
    if !t.frames.is_empty() {
        return Err(t.bug("control frames left open at the end of the body"));
    }
    t.b.finalize(env.frontend_config);
    Ok(())
}
