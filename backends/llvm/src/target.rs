//! Target selection and LLVM set-up.
//!
//! The back end generates Linux code for two architectures ([`Arch`]);
//! other targets are rejected with `CompileError::Unsupported`:
//!
//! * x86-64: the trap-site scan relies on x86 segment prefixes and `ud1`
//!   encodings, and large frames call the x86 stack-probe helper (see
//!   `disasm.rs`, `probestack.rs`). The CPU request (by default the host's
//!   features for a host build, Trident's SSE4.1 baseline for a named
//!   triple, else `target_cpu`/`cpu_features`) is resolved by
//!   `trident_types::cpu` into an exact feature list, which LLVM gets on
//!   CPU `x86-64`; the model or host CPU only tunes scheduling
//!   (`tune-cpu`). So the code uses no feature the artifact does not
//!   record — no `popcnt` or SSE4.2 `pcmpgtq` for the baseline, no host
//!   feature outside the table. SSE4.1 is always required, so `ceil`,
//!   `floor`, `trunc` and `nearest` lower to `roundss`/`roundsd` instead
//!   of libcalls. Small code model.
//! * AArch64 (cross-compilation from any host, or native): traps are
//!   `udf` instructions, heap and stack faults are told apart by the base
//!   register of the faulting load or store, and large frames are probed
//!   inline (see `disasm.rs`, `traps.rs`). A named triple gets the
//!   `generic` CPU (ARMv8.0 with NEON). Tiny code model: every reference
//!   from code to its read-only data is a single PC-relative `adr` or
//!   `ldr` literal (±1 MiB), which the object splitter resolves itself
//!   because it places the data right after the code (`object.rs`).
//!
//! Code is position independent (PIC).
//!
//! [`initialize`] runs once per process: it registers the x86 and AArch64
//! targets (with their assemblers, printers and disassemblers) and turns
//! LLVM's shrink-wrapping off (`-enable-shrink-wrap=false`), so every
//! prologue runs at function entry; the x86 stack-probe helper depends on
//! that.

use crate::error::{codegen, unsupported, Result};
use inkwell::targets::{
    CodeModel, InitializationConfig, RelocMode, Target, TargetMachine, TargetTriple,
};
use inkwell::OptimizationLevel;
use std::ffi::CString;
use std::sync::OnceLock;
use trident_types::{cpu, CompilerOptions, OptLevel};

/// The architectures the back end generates code for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Arch {
    X86_64,
    Aarch64,
}

/// What code is generated for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TargetSpec {
    pub arch: Arch,
    pub triple: String,
    pub cpu: String,
    pub features: String,
    /// The CPU model code is scheduled for, when it differs from `cpu`
    /// (the `tune-cpu` function attribute).
    pub tune_cpu: Option<String>,
    /// The CPU features (artifact spelling) the code may use, when they
    /// are known exactly; `None`: the default rule (host features).
    pub required_features: Option<Vec<String>>,
}

static INIT: OnceLock<std::result::Result<(), String>> = OnceLock::new();

/// Registers LLVM's x86 and AArch64 targets and sets the global code generation options
/// Trident relies on. Idempotent.
pub(crate) fn initialize() -> Result<()> {
    INIT.get_or_init(|| {
        let config = InitializationConfig {
            asm_parser: true,
            asm_printer: true,
            base: true,
            disassembler: true,
            info: true,
            machine_code: true,
        };
        Target::initialize_x86(&config);
        Target::initialize_aarch64(&config);
        let args: Vec<CString> = ["trident", "-enable-shrink-wrap=false"]
            .iter()
            .map(|a| CString::new(*a).map_err(|e| e.to_string()))
            .collect::<std::result::Result<_, _>>()?;
        let argv: Vec<*const std::ffi::c_char> = args.iter().map(|a| a.as_ptr()).collect();
        // SAFETY: `argv` holds valid NUL-terminated strings that outlive the
        // call; the option exists in every LLVM that has shrink-wrapping.
        unsafe {
            inkwell::llvm_sys::support::LLVMParseCommandLineOptions(
                argv.len() as i32,
                argv.as_ptr(),
                c"".as_ptr(),
            )
        };
        Ok(())
    })
    .clone()
    .map_err(|e| codegen(format!("cannot initialize LLVM: {e}")))
}

/// LLVM's name of each x86-64 feature of `trident_types::cpu`.
fn llvm_x86_feature(name: &str) -> &str {
    match name {
        "bmi1" => "bmi",
        other => other,
    }
}

/// The CPU part of a [`TargetSpec`].
struct CpuChoice {
    cpu: String,
    features: String,
    tune_cpu: Option<String>,
    required_features: Option<Vec<String>>,
}

/// LLVM's CPU model and feature string for `options` on x86-64, and the
/// features recorded as required.
///
/// The CPU request (`target_cpu`, `cpu_features`; by default every
/// feature of the host when compiling for it, the SSE4.1 baseline for a
/// named triple) is resolved with `trident_types::cpu::resolve_x86`, and
/// LLVM gets CPU `x86-64` with exactly that feature list, so it can use no
/// feature the artifact does not record (not even a host feature outside
/// the table, such as AVX-512BW or GFNI). The model, or the host CPU,
/// only tunes scheduling, through `tune-cpu`.
fn x86_cpu(options: &CompilerOptions) -> Result<CpuChoice> {
    let for_host = options.target.is_none();
    let set = cpu::resolve_x86(
        options.target_cpu.as_deref(),
        for_host,
        &options.cpu_features,
    )
    .map_err(|e| unsupported(e.to_string(), None))?;
    let features = cpu::X86_FEATURE_NAMES
        .iter()
        .map(|f| {
            let sign = if set.contains(f) { '+' } else { '-' };
            format!("{sign}{}", llvm_x86_feature(f))
        })
        .collect::<Vec<_>>()
        .join(",");
    let tune = match options.target_cpu.as_deref() {
        None | Some("native") if for_host => TargetMachine::get_host_cpu_name().to_string(),
        None => "generic".to_string(),
        Some(model) => model.to_string(),
    };
    let required = set.iter().map(|f| f.to_string()).collect();
    Ok(CpuChoice {
        cpu: "x86-64".to_string(),
        features,
        tune_cpu: Some(tune),
        required_features: Some(required),
    })
}

/// The target for `options`.
pub(crate) fn resolve(options: &CompilerOptions) -> Result<TargetSpec> {
    initialize()?;
    let triple = match &options.target {
        None => TargetMachine::get_default_triple()
            .as_str()
            .to_string_lossy()
            .into_owned(),
        Some(t) => t.clone(),
    };
    let normalized = TargetMachine::normalize_triple(&TargetTriple::create(&triple))
        .as_str()
        .to_string_lossy()
        .into_owned();
    let arch = match normalized.split('-').next().unwrap_or_default() {
        "x86_64" if normalized.contains("linux") => Arch::X86_64,
        "aarch64" if normalized.contains("linux") => Arch::Aarch64,
        _ => {
            return Err(unsupported(
                format!(
                    "target {normalized} (the LLVM back end generates x86_64 and aarch64 Linux code only)"
                ),
                None,
            ))
        }
    };
    let choice = match arch {
        Arch::X86_64 => x86_cpu(options)?,
        Arch::Aarch64 => {
            // Trident records no AArch64 features beyond ARMv8.0, so
            // choosing others is refused rather than unrecorded.
            let host = options.target.is_none();
            cpu::check_aarch64(options.target_cpu.as_deref(), host, &options.cpu_features)
                .map_err(|e| unsupported(e.to_string(), None))?;
            CpuChoice {
                cpu: if host {
                    TargetMachine::get_host_cpu_name().to_string()
                } else {
                    "generic".to_string()
                },
                features: if host {
                    TargetMachine::get_host_cpu_features().to_string()
                } else {
                    String::new()
                },
                tune_cpu: None,
                required_features: (!host).then(Vec::new),
            }
        }
    };
    Ok(TargetSpec {
        arch,
        triple: normalized,
        cpu: choice.cpu,
        features: choice.features,
        tune_cpu: choice.tune_cpu,
        required_features: choice.required_features,
    })
}

/// The LLVM optimization level for code generation.
pub(crate) fn codegen_level(opt: OptLevel) -> OptimizationLevel {
    match opt {
        OptLevel::None => OptimizationLevel::None,
        OptLevel::Speed | OptLevel::SpeedAndSize => OptimizationLevel::Default,
    }
}

/// The new-pass-manager pipeline for `opt`.
pub(crate) fn pass_pipeline(opt: OptLevel) -> &'static str {
    match opt {
        // Only promote locals to SSA values: fast, and much smaller IR for
        // instruction selection.
        OptLevel::None => "function(mem2reg)",
        OptLevel::Speed => "default<O2>",
        OptLevel::SpeedAndSize => "default<Os>",
    }
}

/// A target machine for `spec` at `opt`. Each batch makes its own: target
/// machines are not shared between threads.
pub(crate) fn machine(spec: &TargetSpec, opt: OptLevel) -> Result<TargetMachine> {
    let triple = TargetTriple::create(&spec.triple);
    let target = Target::from_triple(&triple)
        .map_err(|e| unsupported(format!("target {}: {e}", spec.triple), None))?;
    let none = || {
        codegen(format!(
            "cannot create a target machine for {}",
            spec.triple
        ))
    };
    match spec.arch {
        Arch::X86_64 => target
            .create_target_machine(
                &triple,
                &spec.cpu,
                &spec.features,
                codegen_level(opt),
                RelocMode::PIC,
                CodeModel::Small,
            )
            .ok_or_else(none),
        Arch::Aarch64 => {
            // inkwell has no `CodeModel::Tiny`, so this machine is made
            // through the C API.
            use inkwell::llvm_sys::target_machine as tm;
            let c =
                |s: &str| CString::new(s).map_err(|e| codegen(format!("bad target string: {e}")));
            let (t, cpu, features) = (c(&spec.triple)?, c(&spec.cpu)?, c(&spec.features)?);
            let level = match codegen_level(opt) {
                OptimizationLevel::None => tm::LLVMCodeGenOptLevel::LLVMCodeGenLevelNone,
                _ => tm::LLVMCodeGenOptLevel::LLVMCodeGenLevelDefault,
            };
            // SAFETY: `target` is a registered target; the strings are
            // valid NUL-terminated C strings LLVM copies; the returned
            // machine (checked for null) is owned by the `TargetMachine`.
            let raw = unsafe {
                tm::LLVMCreateTargetMachine(
                    target.as_mut_ptr(),
                    t.as_ptr(),
                    cpu.as_ptr(),
                    features.as_ptr(),
                    level,
                    tm::LLVMRelocMode::LLVMRelocPIC,
                    tm::LLVMCodeModel::LLVMCodeModelTiny,
                )
            };
            if raw.is_null() {
                return Err(none());
            }
            // SAFETY: `raw` is a fresh, non-null target machine.
            Ok(unsafe { TargetMachine::new(raw) })
        }
    }
}

/// Everything that can change generated code.
pub(crate) fn fingerprint(spec: &TargetSpec, options: &CompilerOptions) -> String {
    let (major, minor, patch) = inkwell::support::get_llvm_version();
    format!(
        "llvm {major}.{minor}.{patch}; trident-llvm {}; triple {}; cpu {}; features {}; tune {:?}; opt {}; bounds_checks {}; fuel {}; epochs {}; nan_canonicalization {}; relaxed_simd {}",
        env!("CARGO_PKG_VERSION"),
        spec.triple,
        spec.cpu,
        spec.features,
        spec.tune_cpu,
        options.opt_level.name(),
        options.bounds_checks.name(),
        options.fuel_fingerprint(),
        options.epoch_interruption,
        options.nan_canonicalization,
        options.relaxed_simd.name(),
    )
}
