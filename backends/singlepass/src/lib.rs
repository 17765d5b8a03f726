//! Trident's singlepass back end.
//!
//! [`SinglepassCompiler`] reads each function's operators once and emits
//! machine code directly: no IR, no optimization pass, nothing
//! super-linear, so compile time is fast and predictable for untrusted
//! input. It follows the same runtime ABI as every back end
//! (`trident_types::VMOffsets`, builtins, trap tables, the stack-limit
//! check, fuel, epochs and NaN canonicalization per `CompilerOptions`).
//!
//! Modules:
//! * `machine`: the [`machine::Masm`] trait, the only ISA interface;
//! * `x64`: its x86-64 implementation on dynasmrt;
//! * `abi`: the wasm calling convention;
//! * `codegen`: the per-function code generator (value stack, register
//!   allocator, control stack) with operators split by category;
//! * `trampolines`: host→wasm and wasm→host trampolines.
//!
//! Functions are compiled in parallel with
//! [`trident_compiler::compile_functions_in_parallel`]; each function's code
//! depends only on the module and the function, so output is identical at
//! any thread count. SIMD (`v128`, Wasm 2.0's fixed-width SIMD) is
//! compiled for the SSE4.1 baseline: no instruction beyond SSE4.1 is
//! emitted, whatever the host has.

mod abi;
mod codegen;
mod machine;
mod trampolines;
mod x64;

use trident_compiler::{
    compile_functions_in_parallel, Compilation, CompiledFunction, Compiler, ModuleTranslation,
};
use trident_types::{CompileError, CompilerOptions, FuncType};
use x64::X64;

/// The back end's name.
pub(crate) const BACKEND: &str = "singlepass";

/// A `CompileError::Unsupported` from this back end.
pub(crate) fn unsupported(what: impl Into<String>, offset: Option<usize>) -> CompileError {
    CompileError::Unsupported {
        backend: BACKEND,
        what: what.into(),
        offset,
    }
}

/// The singlepass back end (x86-64).
#[derive(Debug, Clone)]
pub struct SinglepassCompiler {
    options: CompilerOptions,
}

/// The CPU features the generated code uses (scalar rounding and every
/// SIMD operation stay within SSE4.1; `pshufb` and friends are SSSE3), in
/// the artifact's spelling. Nothing else is ever emitted, whatever the
/// host or `CompilerOptions::cpu_features` offer.
const CPU_FEATURES: &[&str] = &["sse3", "ssse3", "sse4.1"];

/// Checks `CompilerOptions::cpu_features` (`+name`/`-name`): enabling
/// anything is fine (the code does not change), disabling a feature the
/// code needs is unsupported.
fn check_cpu_features(changes: &[String]) -> Result<(), CompileError> {
    for change in changes {
        match change.split_at_checked(1) {
            Some(("+", _)) => {}
            Some(("-", name)) if CPU_FEATURES.contains(&name) => {
                return Err(unsupported(
                    format!("x86-64 without {name} (the baseline is SSE4.1)"),
                    None,
                ))
            }
            Some(("-", _)) => {}
            _ => {
                return Err(unsupported(
                    format!("CPU feature change {change:?} (expected +name or -name)"),
                    None,
                ))
            }
        }
    }
    Ok(())
}

impl SinglepassCompiler {
    /// A compiler for the host with `options`. Only x86-64 hosts (with
    /// SSE4.1) are supported; `options.opt_level` and `options.verifier`
    /// do not apply to a single-pass compiler, and neither do
    /// `options.target_cpu` and feature additions: the code is the same
    /// for every SSE4.1 machine (the artifact records what it needs).
    pub fn new(options: CompilerOptions) -> Result<Self, CompileError> {
        check_cpu_features(&options.cpu_features)?;
        if let Some(t) = &options.target {
            if !t.starts_with("x86_64") {
                return Err(unsupported(format!("target {t} (only x86_64)"), None));
            }
        }
        if !cfg!(target_arch = "x86_64") && options.target.is_none() {
            return Err(unsupported("hosts other than x86_64", None));
        }
        #[cfg(target_arch = "x86_64")]
        if options.target.is_none() && !std::arch::is_x86_feature_detected!("sse4.1") {
            return Err(unsupported("x86-64 machines without SSE4.1", None));
        }
        Ok(SinglepassCompiler { options })
    }

    pub fn options(&self) -> &CompilerOptions {
        &self.options
    }
}

impl Compiler for SinglepassCompiler {
    fn name(&self) -> &'static str {
        BACKEND
    }

    fn triple(&self) -> String {
        "x86_64-unknown-linux-gnu".to_string()
    }

    fn cpu_features(&self) -> Option<Vec<String>> {
        Some(CPU_FEATURES.iter().map(|f| f.to_string()).collect())
    }

    fn settings_fingerprint(&self) -> String {
        let o = &self.options;
        format!(
            "trident-singlepass {}; x86_64 sse4.1; bounds_checks {}; fuel {}; epochs {}; nan_canonicalization {}",
            env!("CARGO_PKG_VERSION"),
            o.bounds_checks.name(),
            o.consume_fuel,
            o.epoch_interruption,
            o.nan_canonicalization
        )
    }

    /// Every Wasm 2.0 SIMD operator, on the SSE4.1 baseline.
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
        let env = codegen::Env::new(module, &self.options);
        let items: Vec<(u32, &trident_compiler::FunctionBody<'_>)> = translation
            .bodies
            .iter()
            .enumerate()
            .map(|(i, body)| (num_imported + i as u32, body))
            .collect();
        let functions = compile_functions_in_parallel(&items, |(index, body)| {
            codegen::compile_function::<X64>(&env, *index, body)
        })?;
        let host_to_wasm = compile_functions_in_parallel(&module.types, |ty| {
            self.compile_host_to_wasm_trampoline(ty)
        })?;
        let imported_types = translation.imported_function_types();
        let wasm_to_host = compile_functions_in_parallel(&imported_types, |t| {
            let ty = module
                .types
                .get(*t as usize)
                .ok_or_else(|| CompileError::Codegen {
                    func: u32::MAX,
                    message: format!("imported function of unknown type {t}"),
                })?;
            Ok((*t, self.compile_wasm_to_host_trampoline(ty)?))
        })?;
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
        trampolines::host_to_wasm::<X64>(ty)
    }

    fn compile_wasm_to_host_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError> {
        trampolines::wasm_to_host::<X64>(ty)
    }
}
