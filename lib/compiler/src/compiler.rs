//! The interface every back end implements.

use crate::translate::ModuleTranslation;
use rayon::prelude::*;
use trident_types::{Compilation, CompileError, CompiledFunction, FuncType};

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
    /// `CompileError::Unsupported`.
    fn supports_simd(&self) -> bool {
        false
    }

    /// The CPU features the generated code may use, in
    /// `trident_types::cpu::KNOWN` spelling, when the back end knows them
    /// exactly (recorded in artifacts as required). `None`: the default
    /// rule (the host's features for host compilation, the target's
    /// baseline for a named triple).
    fn cpu_features(&self) -> Option<Vec<String>> {
        None
    }

    /// Compile every defined function and the module's trampolines.
    fn compile_module(
        &self,
        translation: &ModuleTranslation<'_>,
    ) -> Result<Compilation, CompileError>;

    /// Compile a host→wasm trampoline for `ty` (see
    /// [`Compilation::host_to_wasm`]).
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
}

/// Runs `compile` on every item in parallel and returns the results in
/// input order, or the error of the first failing item (by index, not by
/// time), so the outcome never depends on the thread count.
pub fn compile_functions_in_parallel<I, T, F>(
    items: &[I],
    compile: F,
) -> Result<Vec<T>, CompileError>
where
    I: Sync,
    T: Send,
    F: Fn(&I) -> Result<T, CompileError> + Sync + Send,
{
    let results: Vec<Result<T, CompileError>> = items.par_iter().map(compile).collect();
    results.into_iter().collect()
}
