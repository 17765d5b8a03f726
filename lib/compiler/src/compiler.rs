//! The interface every back end implements: only what differs between
//! back ends. Everything else about compiling a module (function order,
//! parallelism, which trampolines, the operator loop) is the driver's
//! (`crate::driver`).

use crate::driver::{ModuleCompiler, Trampoline};
use crate::translate::ModuleTranslation;
use trident_types::{CompileError, CompiledFunction, FuncType};

/// A back end: turns validated modules into machine code for one target.
pub trait Compiler: Send + Sync {
    /// The back end's name, as users select it (`cranelift`, …).
    fn name(&self) -> &'static str;

    /// The target triple code is generated for.
    fn triple(&self) -> String;

    /// A string that changes whenever code generated with these settings
    /// could change (back end version, opt level, target features).
    fn settings_fingerprint(&self) -> String;

    /// Whether the back end compiles every Wasm 2.0 fixed-width SIMD
    /// operator and `v128` anywhere (locals, globals, parameters, results,
    /// trampolines). Test harnesses run the SIMD spec files only for back
    /// ends that say so; a back end without it rejects SIMD with
    /// `CompileError::Unsupported`. Default: yes (every back end decodes
    /// SIMD through [`decode::simd`](crate::decode::simd)).
    fn supports_simd(&self) -> bool {
        true
    }

    /// The CPU features the generated code may use, in
    /// `trident_types::cpu::KNOWN` spelling, when the back end knows them
    /// exactly (recorded in artifacts as required). `None`: the default
    /// rule (the host's features for host compilation, the target's
    /// baseline for a named triple).
    fn cpu_features(&self) -> Option<Vec<String>> {
        None
    }

    /// The back end's state for compiling `translation`'s functions (see
    /// [`ModuleCompiler`]).
    fn module_compiler<'m>(
        &'m self,
        translation: &'m ModuleTranslation<'_>,
    ) -> Result<Box<dyn ModuleCompiler + 'm>, CompileError>;

    /// Compile a host→wasm trampoline for `ty` (see
    /// [`Compilation::host_to_wasm`](trident_types::Compilation)).
    fn compile_host_to_wasm_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError>;

    /// Compile a wasm→host trampoline for `ty`: it has the wasm calling
    /// convention and forwards to the host context's `call` entry (see
    /// `trident_types::VMOffsets`).
    fn compile_wasm_to_host_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError>;

    /// How many trampolines one [`compile_trampolines`](Self::compile_trampolines)
    /// call takes. Default 1.
    fn trampoline_batch_size(&self) -> usize {
        1
    }

    /// Compiles a batch of trampolines, one result per input in order.
    /// Default: one at a time.
    fn compile_trampolines(
        &self,
        trampolines: &[Trampoline<'_>],
    ) -> Result<Vec<CompiledFunction>, CompileError> {
        trampolines
            .iter()
            .map(|t| match t {
                Trampoline::HostToWasm { ty, .. } => self.compile_host_to_wasm_trampoline(ty),
                Trampoline::WasmToHost { ty, .. } => self.compile_wasm_to_host_trampoline(ty),
            })
            .collect()
    }
}
