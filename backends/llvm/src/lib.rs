//! Trident's LLVM back end: the best code of the three back ends, for
//! programs compiled once and run long.
//!
//! [`LlvmCompiler`] implements [`trident_compiler::Compiler`] with its own
//! wasm → LLVM IR translator (through inkwell, LLVM 22), LLVM's optimizer
//! and its x86-64 or AArch64 (cross-)code generator (`target.rs`). The
//! code follows the ABI fixed by
//! `trident_types::VMOffsets` and `trident_types::Builtin`: every wasm
//! function takes `(callee_vmctx, caller_vmctx, params…)` with the C
//! calling convention, checks the store's stack limit on entry, and
//! reaches all runtime state through its vmctx.
//!
//! How Wasm semantics survive LLVM's optimizer, in one place:
//!
//! * traps are explicit `llvm.ubsantrap(code)` calls (x86-64) or `udf`
//!   instructions (AArch64) (`traps.rs`), found with their codes in the
//!   machine code afterwards (`disasm.rs`);
//! * static-bounds heap accesses are volatile, so each is kept, and
//!   recorded as a `HeapOutOfBounds` site: on x86-64 by an `ss:` prefix,
//!   on AArch64 by being a load or store off the stack (`disasm.rs`);
//!   dynamic-bounds accesses are explicitly checked (`memory.rs`);
//! * division, shifts, float→int conversions, `min`/`max` and NaN
//!   quieting are spelled out (`numeric.rs`, `conversions.rs`);
//! * no tail calls, no libcalls, frame pointers everywhere (`batch.rs`);
//! * stack checks before large frames are allocated (`interrupts.rs`,
//!   `probestack.rs`; inline probes on AArch64).
//!
//! Modules: `target` (LLVM set-up, target machine, fingerprint), `batch`
//! (one LLVM module per batch), `ir` (types, metadata), `translator`
//! (per-function state, operator loop), `control`, `numeric`,
//! `conversions`, `variables`, `memory`, `table`, `calls`, `interrupts`,
//! `traps` (operators by category), `simd` (the `v128` operators, by
//! category, as LLVM vector IR), `trampolines`, `probestack`, `object`
//! (object file → `CompiledFunction`s) and `disasm` (trap-site scan).
//!
//! The shared driver (`trident_compiler::compile_module`) compiles the
//! functions in batches of consecutive functions this back end plans from
//! the module alone ([`plan_batches`]), and the trampolines in batches of
//! [`BATCH_TRAMPOLINES`], in parallel; each batch has its own LLVM context,
//! so output is byte-identical at any thread count.

mod batch;
mod calls;
mod control;
mod conversions;
mod disasm;
mod error;
mod interrupts;
mod ir;
mod lines;
pub mod listing;
mod memory;
mod numeric;
mod object;
mod probestack;
mod simd;
mod table;
mod tail;
mod target;
mod trampolines;
mod translator;
mod traps;
mod variables;

use batch::{compile_batch, Item};
use error::BACKEND;
use target::TargetSpec;
use translator::ModuleEnv;
use trident_compiler::{
    CompiledFunction, Compiler, FunctionInput, ModuleCompiler, ModuleTranslation, Trampoline,
};
use trident_types::{CompileError, CompilerOptions, FuncType};

/// A batch closes when it has this many functions…
const BATCH_FUNCTIONS: usize = 32;
/// …or this many bytes of wasm function bodies.
const BATCH_BYTES: usize = 16 * 1024;
/// Trampolines per batch.
const BATCH_TRAMPOLINES: usize = 64;

/// The LLVM back end.
pub struct LlvmCompiler {
    options: CompilerOptions,
    spec: TargetSpec,
    fingerprint: String,
}

impl std::fmt::Debug for LlvmCompiler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LlvmCompiler")
            .field("options", &self.options)
            .field("triple", &self.spec.triple)
            .field("cpu", &self.spec.cpu)
            .finish()
    }
}

/// Splits `functions` into batches of consecutive functions. Depends only
/// on the module.
fn plan_batches(functions: &[FunctionInput<'_, '_>]) -> Vec<std::ops::Range<usize>> {
    let mut batches = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, f) in functions.iter().enumerate() {
        let body = f.body;
        if i > start && (i - start >= BATCH_FUNCTIONS || bytes + body.data.len() > BATCH_BYTES) {
            batches.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes += body.data.len();
    }
    if start < functions.len() {
        batches.push(start..functions.len());
    }
    batches
}

impl LlvmCompiler {
    /// A compiler with `options` (target `None` is the host).
    pub fn new(options: CompilerOptions) -> Result<Self, CompileError> {
        let spec = target::resolve(&options)?;
        let fingerprint = target::fingerprint(&spec, &options);
        Ok(LlvmCompiler {
            options,
            spec,
            fingerprint,
        })
    }

    /// The options this compiler was built with.
    pub fn options(&self) -> &CompilerOptions {
        &self.options
    }

    /// Compiles `item` alone (`env`: the module of a function).
    fn compile_one(
        &self,
        env: Option<&ModuleEnv<'_>>,
        item: Item<'_>,
    ) -> Result<CompiledFunction, CompileError> {
        let mut out = compile_batch(&self.spec, &self.options, env, &[item])?;
        out.pop()
            .ok_or_else(|| error::codegen("a batch returned no function"))
    }
}

impl Compiler for LlvmCompiler {
    fn name(&self) -> &'static str {
        BACKEND
    }

    fn triple(&self) -> String {
        self.spec.triple.clone()
    }

    fn settings_fingerprint(&self) -> String {
        self.fingerprint.clone()
    }

    /// Exactly the requested features when `target_cpu`/`cpu_features`
    /// were given or the target is a named triple; the default rule for a
    /// host build.
    fn cpu_features(&self) -> Option<Vec<String>> {
        self.spec.required_features.clone()
    }

    fn module_compiler<'m>(
        &'m self,
        translation: &'m ModuleTranslation<'_>,
    ) -> Result<Box<dyn ModuleCompiler + 'm>, CompileError> {
        Ok(Box::new(LlvmModule {
            compiler: self,
            env: ModuleEnv::new(
                &translation.module,
                &self.options,
                &self.spec,
                tail::uses_tail_calls(&translation.bodies),
            ),
        }))
    }

    fn trampoline_batch_size(&self) -> usize {
        BATCH_TRAMPOLINES
    }

    fn compile_trampolines(
        &self,
        trampolines: &[Trampoline<'_>],
    ) -> Result<Vec<CompiledFunction>, CompileError> {
        let items: Vec<Item<'_>> = trampolines
            .iter()
            .map(|t| match t {
                Trampoline::HostToWasm { ty, .. } => Item::HostToWasm(ty),
                Trampoline::WasmToHost { ty, .. } => Item::WasmToHost(ty),
            })
            .collect();
        compile_batch(&self.spec, &self.options, None, &items)
    }

    fn compile_host_to_wasm_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError> {
        self.compile_one(None, Item::HostToWasm(ty))
    }

    fn compile_wasm_to_host_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError> {
        self.compile_one(None, Item::WasmToHost(ty))
    }
}

/// The LLVM back end's state for one module.
struct LlvmModule<'m> {
    compiler: &'m LlvmCompiler,
    env: ModuleEnv<'m>,
}

impl ModuleCompiler for LlvmModule<'_> {
    fn plan_batches(&self, functions: &[FunctionInput<'_, '_>]) -> Vec<std::ops::Range<usize>> {
        plan_batches(functions)
    }

    fn compile_function(&self, f: FunctionInput<'_, '_>) -> Result<CompiledFunction, CompileError> {
        let item = Item::Function {
            index: f.index.as_u32(),
            body: f.body,
        };
        self.compiler.compile_one(Some(&self.env), item)
    }

    /// A batch is one LLVM module.
    fn compile_functions(
        &self,
        functions: &[FunctionInput<'_, '_>],
    ) -> Result<Vec<CompiledFunction>, CompileError> {
        let items: Vec<Item<'_>> = functions
            .iter()
            .map(|f| Item::Function {
                index: f.index.as_u32(),
                body: f.body,
            })
            .collect();
        let c = self.compiler;
        compile_batch(&c.spec, &c.options, Some(&self.env), &items)
    }
}
