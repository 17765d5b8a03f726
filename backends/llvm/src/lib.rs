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
//! Functions are compiled in batches of consecutive functions fixed by the
//! module, in parallel with
//! [`trident_compiler::compile_functions_in_parallel`]; each batch has its
//! own LLVM context, so output is byte-identical at any thread count.

mod batch;
mod calls;
mod control;
mod conversions;
mod disasm;
mod error;
mod interrupts;
mod ir;
mod memory;
mod numeric;
mod object;
mod probestack;
mod simd;
mod table;
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
    compile_functions_in_parallel, Compilation, CompiledFunction, Compiler, FunctionBody,
    ModuleTranslation,
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

/// Splits `bodies` (of functions `first`, `first + 1`, …) into batches of
/// consecutive functions. Depends only on the module.
fn plan_batches(bodies: &[FunctionBody<'_>]) -> Vec<std::ops::Range<usize>> {
    let mut batches = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, body) in bodies.iter().enumerate() {
        if i > start && (i - start >= BATCH_FUNCTIONS || bytes + body.data.len() > BATCH_BYTES) {
            batches.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes += body.data.len();
    }
    if start < bodies.len() {
        batches.push(start..bodies.len());
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

    fn compile_one(&self, item: Item<'_>) -> Result<CompiledFunction, CompileError> {
        let mut out = compile_batch(&self.spec, &self.options, None, &[item])?;
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

    /// Every Wasm 2.0 SIMD operator (`simd/`), on the target's baseline.
    fn supports_simd(&self) -> bool {
        true
    }

    fn compile_module(
        &self,
        translation: &ModuleTranslation<'_>,
    ) -> Result<Compilation, CompileError> {
        let module = &translation.module;
        let num_imported = module.num_imported_functions;
        if translation.bodies.len() != module.num_defined_functions() as usize {
            return Err(CompileError::Codegen {
                func: num_imported,
                message: "function bodies do not match the function section".into(),
            });
        }
        let env = ModuleEnv::new(module, &self.options);
        let batches = plan_batches(&translation.bodies);
        let compiled = compile_functions_in_parallel(&batches, |range| {
            let items: Vec<Item<'_>> = translation.bodies[range.clone()]
                .iter()
                .enumerate()
                .map(|(i, body)| Item::Function {
                    index: num_imported + (range.start + i) as u32,
                    body,
                })
                .collect();
            compile_batch(&self.spec, &self.options, Some(&env), &items)
        })?;
        let functions: Vec<CompiledFunction> = compiled.into_iter().flatten().collect();

        let imported_types = translation.imported_function_types();
        let mut trampoline_items: Vec<(Option<u32>, &FuncType)> =
            module.types.iter().map(|t| (None, t)).collect();
        for t in &imported_types {
            let ty = module
                .types
                .get(*t as usize)
                .ok_or_else(|| CompileError::Codegen {
                    func: u32::MAX,
                    message: format!("imported function of unknown type {t}"),
                })?;
            trampoline_items.push((Some(*t), ty));
        }
        let chunks: Vec<&[(Option<u32>, &FuncType)]> =
            trampoline_items.chunks(BATCH_TRAMPOLINES).collect();
        let compiled = compile_functions_in_parallel(&chunks, |chunk| {
            let items: Vec<Item<'_>> = chunk
                .iter()
                .map(|(imported, ty)| match imported {
                    None => Item::HostToWasm(ty),
                    Some(_) => Item::WasmToHost(ty),
                })
                .collect();
            compile_batch(&self.spec, &self.options, None, &items)
        })?;
        let mut host_to_wasm = Vec::with_capacity(module.types.len());
        let mut wasm_to_host = Vec::with_capacity(imported_types.len());
        for ((imported, _), f) in trampoline_items.iter().zip(compiled.into_iter().flatten()) {
            match imported {
                None => host_to_wasm.push(f),
                Some(t) => wasm_to_host.push((*t, f)),
            }
        }
        Ok(Compilation {
            functions,
            host_to_wasm,
            wasm_to_host,
        })
    }

    fn compile_host_to_wasm_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError> {
        self.compile_one(Item::HostToWasm(ty))
    }

    fn compile_wasm_to_host_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError> {
        self.compile_one(Item::WasmToHost(ty))
    }
}
