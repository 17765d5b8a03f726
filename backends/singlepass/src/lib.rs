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
//! * `aarch64`: its AArch64 implementation on dynasmrt;
//! * `abi`: the wasm calling convention;
//! * `codegen`: the per-function code generator (value stack, register
//!   allocator, control stack) with operators split by category;
//! * `trampolines`: host→wasm and wasm→host trampolines.
//!
//! Functions are compiled in parallel with
//! [`trident_compiler::compile_functions_in_parallel`]; each function's code
//! depends only on the module and the function, so output is identical at
//! any thread count. SIMD (`v128`, Wasm 2.0's fixed-width SIMD) is
//! compiled on x86-64 for the SSE4.1 baseline: no instruction beyond
//! SSE4.1 is emitted, whatever the host has; on AArch64 it is the ARMv8.0
//! baseline NEON, which every AArch64 CPU has.
//!
//! The instruction set is chosen from `CompilerOptions::target` (or the
//! host): x86-64 or AArch64, so either can be compiled on the other. An
//! AArch64 function whose code reaches 1 MiB is compiled a second time
//! with far conditional branches (see `aarch64`).

mod aarch64;
mod abi;
mod codegen;
mod machine;
mod trampolines;
mod x64;

use aarch64::{Aarch64Far, Aarch64Near};
use trident_compiler::{
    compile_functions_in_parallel, Compilation, CompiledFunction, Compiler, FunctionBody,
    ModuleTranslation,
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

/// The instruction sets this back end emits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Isa {
    /// x86-64 with SSE4.1.
    X64,
    /// AArch64 (ARMv8.0 with its baseline NEON).
    Aarch64,
}

impl Isa {
    fn triple(self) -> &'static str {
        match self {
            Isa::X64 => "x86_64-unknown-linux-gnu",
            Isa::Aarch64 => "aarch64-unknown-linux-gnu",
        }
    }

    fn features(self) -> &'static str {
        match self {
            Isa::X64 => "x86_64 sse4.1",
            Isa::Aarch64 => "aarch64 armv8.0",
        }
    }
}

/// The singlepass back end (x86-64 and AArch64).
#[derive(Debug, Clone)]
pub struct SinglepassCompiler {
    options: CompilerOptions,
    isa: Isa,
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
    /// A compiler for `options.target`, or the host when it is `None`.
    /// x86-64 (with SSE4.1 when compiling for the host) and AArch64 are
    /// supported; `options.opt_level` and `options.verifier` do not apply
    /// to a single-pass compiler, and neither do `options.target_cpu` and
    /// feature additions: the code is the same for every machine of the
    /// ISA's baseline (the artifact records what it needs).
    pub fn new(options: CompilerOptions) -> Result<Self, CompileError> {
        let isa = match &options.target {
            Some(t) if t.starts_with("x86_64") => Isa::X64,
            Some(t) if t.starts_with("aarch64") => Isa::Aarch64,
            Some(t) => {
                return Err(unsupported(
                    format!("target {t} (only x86_64 and aarch64)"),
                    None,
                ))
            }
            None if cfg!(target_arch = "x86_64") => Isa::X64,
            None if cfg!(target_arch = "aarch64") => Isa::Aarch64,
            None => return Err(unsupported("hosts other than x86_64 and aarch64", None)),
        };
        if isa == Isa::X64 {
            check_cpu_features(&options.cpu_features)?;
        }
        #[cfg(target_arch = "x86_64")]
        if options.target.is_none() && !std::arch::is_x86_feature_detected!("sse4.1") {
            return Err(unsupported("x86-64 machines without SSE4.1", None));
        }
        Ok(SinglepassCompiler { options, isa })
    }

    pub fn options(&self) -> &CompilerOptions {
        &self.options
    }
}

/// Compiles one defined function for `isa`. On AArch64 a function of
/// 1 MiB of code or more is compiled again with far branches.
fn compile_function(
    isa: Isa,
    env: &codegen::Env<'_>,
    index: u32,
    body: &FunctionBody<'_>,
) -> Result<CompiledFunction, CompileError> {
    match isa {
        Isa::X64 => codegen::compile_function::<X64>(env, index, body),
        Isa::Aarch64 => match codegen::compile_function::<Aarch64Near>(env, index, body) {
            Err(e) if aarch64::needs_far_branches(&e) => {
                codegen::compile_function::<Aarch64Far>(env, index, body)
            }
            other => other,
        },
    }
}

impl Compiler for SinglepassCompiler {
    fn name(&self) -> &'static str {
        BACKEND
    }

    fn triple(&self) -> String {
        self.isa.triple().to_string()
    }

    /// x86-64: exactly SSE4.1 and what it implies; AArch64: the ARMv8.0
    /// baseline only (its SIMD is NEON, which that baseline includes).
    fn cpu_features(&self) -> Option<Vec<String>> {
        match self.isa {
            Isa::X64 => Some(CPU_FEATURES.iter().map(|f| f.to_string()).collect()),
            Isa::Aarch64 => Some(Vec::new()),
        }
    }

    fn settings_fingerprint(&self) -> String {
        let o = &self.options;
        format!(
            "trident-singlepass {}; {}; bounds_checks {}; fuel {}; epochs {}; nan_canonicalization {}",
            env!("CARGO_PKG_VERSION"),
            self.isa.features(),
            o.bounds_checks.name(),
            o.consume_fuel,
            o.epoch_interruption,
            o.nan_canonicalization
        )
    }

    /// Every Wasm 2.0 SIMD operator: SSE4.1 on x86-64, ARMv8.0 NEON on
    /// AArch64.
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
        let isa = self.isa;
        let functions = compile_functions_in_parallel(&items, |(index, body)| {
            compile_function(isa, &env, *index, body)
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
        match self.isa {
            Isa::X64 => trampolines::host_to_wasm::<X64>(ty),
            Isa::Aarch64 => trampolines::host_to_wasm::<Aarch64Near>(ty),
        }
    }

    fn compile_wasm_to_host_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError> {
        match self.isa {
            Isa::X64 => trampolines::wasm_to_host::<X64>(ty),
            Isa::Aarch64 => trampolines::wasm_to_host::<Aarch64Near>(ty),
        }
    }
}
