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
//! The shared driver (`trident_compiler::compile_module`) compiles the
//! functions in parallel; each function's code depends only on the module
//! and the function, so output is identical at any thread count. SIMD (`v128`, Wasm 2.0's fixed-width SIMD) is
//! compiled on x86-64 in one of two modes, from the features
//! `CompilerOptions::target_cpu`/`cpu_features` resolve to
//! (`trident_types::cpu::resolve_x86`; the host's when compiling for the
//! host): with AVX, every XMM instruction is VEX-encoded (see `x64`), and
//! with AVX2 integer splats are broadcasts; without AVX, nothing beyond
//! SSE4.1 is emitted. [`Compiler::cpu_features`] names exactly the mode's
//! features. On AArch64 SIMD is the ARMv8.0 baseline NEON, which every
//! AArch64 CPU has.
//!
//! The instruction set is chosen from `CompilerOptions::target` (or the
//! host): x86-64 or AArch64, so either can be compiled on the other. An
//! AArch64 function whose code reaches 1 MiB is compiled a second time
//! with far conditional branches (see `aarch64`).

mod aarch64;
mod abi;
mod codegen;
mod machine;
mod sites;
mod trampolines;
mod x64;

use aarch64::{Aarch64Far, Aarch64Near};
use machine::Finished;
use trident_compiler::{
    CompiledFunction, Compiler, FunctionBody, FunctionInput, ModuleCompiler, ModuleTranslation,
};
use trident_types::cpu;
use trident_types::{CompileError, CompilerOptions, FuncType};
use x64::{X64Avx, X64Avx2, X64Avx2Fma, X64Sse};

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
    /// x86-64 with SSE4.1 at least (see [`X64Level`]).
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
}

/// The singlepass back end (x86-64 and AArch64).
#[derive(Debug, Clone)]
pub struct SinglepassCompiler {
    options: CompilerOptions,
    isa: Isa,
    /// x86-64: the instruction-set level (`Sse41` elsewhere).
    level: X64Level,
}

/// What x86-64 code uses, from the features `CompilerOptions` resolve
/// to: SSE4.1 encodings, VEX encodings for every XMM instruction (AVX),
/// those plus AVX2's broadcasts, or those plus FMA (only for relaxed
/// SIMD's native multiply-adds, so only under `RelaxedSimd::Native`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum X64Level {
    Sse41,
    Avx,
    Avx2,
    Avx2Fma,
}

impl X64Level {
    /// The highest level `features` (a resolved set) allow; FMA only when
    /// `fma_wanted` (native relaxed SIMD).
    fn of(features: &[&str], fma_wanted: bool) -> Self {
        if features.contains(&"avx2") && features.contains(&"fma") && fma_wanted {
            X64Level::Avx2Fma
        } else if features.contains(&"avx2") {
            X64Level::Avx2
        } else if features.contains(&"avx") {
            X64Level::Avx
        } else {
            X64Level::Sse41
        }
    }

    /// The CPU features the level's code uses, in the artifact's spelling
    /// (a closed set, in `trident_types::cpu` order): the SSE4.1 baseline
    /// (scalar rounding, every SIMD operation; `pshufb` and friends are
    /// SSSE3), plus AVX (or AVX2) and what it builds on (SSE4.2's
    /// `pcmpgtq`). Nothing else is ever emitted, whatever the host or
    /// `CompilerOptions` offer.
    fn features(self) -> Vec<&'static str> {
        let extra = match self {
            X64Level::Sse41 => Vec::new(),
            X64Level::Avx => cpu::x86_requirements("avx"),
            X64Level::Avx2 => cpu::x86_requirements("avx2"),
            X64Level::Avx2Fma => {
                let mut f = cpu::x86_requirements("avx2");
                f.extend(cpu::x86_requirements("fma"));
                f
            }
        };
        cpu::X86_FEATURE_NAMES
            .iter()
            .copied()
            .filter(|f| cpu::X86_BASELINE.contains(f) || extra.contains(f))
            .collect()
    }
}

impl SinglepassCompiler {
    /// A compiler for `options.target`, or the host when it is `None`.
    /// x86-64 (with SSE4.1 at least) and AArch64 are supported;
    /// `options.opt_level` and `options.verifier` do not apply to a
    /// single-pass compiler. On x86-64, `options.target_cpu` and
    /// `options.cpu_features` resolve to a feature set (an unknown name or
    /// a set below SSE4.1 is unsupported) and AVX is used when it is in
    /// it; other features do not change the code.
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
        let level = match isa {
            Isa::X64 => X64Level::of(
                &cpu::resolve_x86(
                    options.target_cpu.as_deref(),
                    options.target.is_none(),
                    &options.cpu_features,
                )
                .map_err(|e| unsupported(e.to_string(), None))?,
                options.relaxed_simd == trident_types::RelaxedSimd::Native
                    && !options.nan_canonicalization,
            ),
            Isa::Aarch64 => {
                cpu::check_aarch64(
                    options.target_cpu.as_deref(),
                    options.target.is_none(),
                    &options.cpu_features,
                )
                .map_err(|e| unsupported(e.to_string(), None))?;
                X64Level::Sse41
            }
        };
        Ok(SinglepassCompiler {
            options,
            isa,
            level,
        })
    }

    pub fn options(&self) -> &CompilerOptions {
        &self.options
    }
}

/// Compiles one defined function for `isa`. On AArch64 a function of
/// 1 MiB of code or more is compiled again with far branches.
fn compile_function(
    isa: Isa,
    level: X64Level,
    env: &codegen::Env<'_>,
    index: u32,
    body: &FunctionBody<'_>,
) -> Result<CompiledFunction, CompileError> {
    let finished = match isa {
        Isa::X64 => match level {
            X64Level::Sse41 => codegen::compile_function::<X64Sse>(env, index, body),
            X64Level::Avx => codegen::compile_function::<X64Avx>(env, index, body),
            X64Level::Avx2 => codegen::compile_function::<X64Avx2>(env, index, body),
            X64Level::Avx2Fma => codegen::compile_function::<X64Avx2Fma>(env, index, body),
        },
        Isa::Aarch64 => match codegen::compile_function::<Aarch64Near>(env, index, body)? {
            Finished::NeedsFarBranches => codegen::compile_function::<Aarch64Far>(env, index, body),
            code => Ok(code),
        },
    }?;
    match finished {
        Finished::Code(f) => Ok(f),
        Finished::NeedsFarBranches => Err(CompileError::codegen_in(
            index,
            "far-branch code generation asked for far branches again",
        )),
    }
}

impl Compiler for SinglepassCompiler {
    fn name(&self) -> &'static str {
        BACKEND
    }

    fn triple(&self) -> String {
        self.isa.triple().to_string()
    }

    /// x86-64: exactly SSE4.1 and what it implies, or AVX and what it
    /// implies in AVX mode; AArch64: the ARMv8.0 baseline only (its SIMD
    /// is NEON, which that baseline includes).
    fn cpu_features(&self) -> Option<Vec<String>> {
        match self.isa {
            Isa::X64 => Some(
                self.level
                    .features()
                    .iter()
                    .map(|f| f.to_string())
                    .collect(),
            ),
            Isa::Aarch64 => Some(Vec::new()),
        }
    }

    fn settings_fingerprint(&self) -> String {
        let o = &self.options;
        let features = match self.isa {
            Isa::X64 => format!("x86_64 {}", self.level.features().join(",")),
            Isa::Aarch64 => "aarch64 armv8.0".to_string(),
        };
        format!(
            "trident-singlepass {}; {}; bounds_checks {}; fuel {}; epochs {}; nan_canonicalization {}; relaxed_simd {}",
            env!("CARGO_PKG_VERSION"),
            features,
            o.bounds_checks.name(),
            o.fuel_fingerprint(),
            o.epoch_interruption,
            o.nan_canonicalization,
            o.relaxed_simd.name()
        )
    }

    fn module_compiler<'m>(
        &'m self,
        translation: &'m ModuleTranslation<'_>,
    ) -> Result<Box<dyn ModuleCompiler + 'm>, CompileError> {
        Ok(Box::new(SinglepassModule {
            isa: self.isa,
            level: self.level,
            env: codegen::Env::new(&translation.module, &self.options),
        }))
    }

    fn compile_host_to_wasm_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError> {
        match self.isa {
            Isa::X64 => match self.level {
                X64Level::Sse41 => trampolines::host_to_wasm::<X64Sse>(ty),
                X64Level::Avx => trampolines::host_to_wasm::<X64Avx>(ty),
                X64Level::Avx2 => trampolines::host_to_wasm::<X64Avx2>(ty),
                X64Level::Avx2Fma => trampolines::host_to_wasm::<X64Avx2Fma>(ty),
            },
            Isa::Aarch64 => trampolines::host_to_wasm::<Aarch64Near>(ty),
        }
    }

    fn compile_wasm_to_host_trampoline(
        &self,
        ty: &FuncType,
    ) -> Result<CompiledFunction, CompileError> {
        match self.isa {
            Isa::X64 => match self.level {
                X64Level::Sse41 => trampolines::wasm_to_host::<X64Sse>(ty),
                X64Level::Avx => trampolines::wasm_to_host::<X64Avx>(ty),
                X64Level::Avx2 => trampolines::wasm_to_host::<X64Avx2>(ty),
                X64Level::Avx2Fma => trampolines::wasm_to_host::<X64Avx2Fma>(ty),
            },
            Isa::Aarch64 => trampolines::wasm_to_host::<Aarch64Near>(ty),
        }
    }
}

/// The singlepass back end's state for one module.
struct SinglepassModule<'m> {
    isa: Isa,
    level: X64Level,
    env: codegen::Env<'m>,
}

impl ModuleCompiler for SinglepassModule<'_> {
    fn compile_function(&self, f: FunctionInput<'_, '_>) -> Result<CompiledFunction, CompileError> {
        compile_function(self.isa, self.level, &self.env, f.index.as_u32(), f.body)
    }
}
