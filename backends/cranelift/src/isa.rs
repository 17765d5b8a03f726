//! Target selection and Cranelift settings.
//!
//! [`build_isa`] turns the shared `CompilerOptions` into a Cranelift `TargetIsa`:
//! the host (detected with `cranelift-native`) or a cross target named by a
//! triple (x86-64 or AArch64 Linux). The shared flags are fixed by the ABI
//! Trident's runtime expects: position-independent code, frame pointers
//! kept, no stack probes (every prologue checks the stack limit instead) and
//! many-value returns through an implicit return area.
//!
//! On x86-64 the baseline is SSE4.1, so `ceil`/`floor`/`trunc`/`nearest`
//! compile to `roundss`/`roundsd` rather than to libcalls the runtime does
//! not provide; a host without SSE4.1 is rejected.
//!
//! The CPU: `CompilerOptions::target_cpu` `None` is the host's features
//! for a host build (`cranelift-native`) and the SSE4.1 baseline for a named
//! triple; `"native"` is the host; on x86-64 another name is a model of
//! the shared table `trident_types::cpu` (LLVM's CPU names: `penryn`,
//! `haswell`, `x86-64-v3`, …); on AArch64 only `native` (this machine) is
//! accepted, as every back end records ARMv8.0 there (`cpu::check_aarch64`).
//! Then `CompilerOptions::cpu_features` (`+avx2`, `-avx`) are applied in
//! order; enabling a feature enables what it builds on and disabling one
//! disables what builds on it (`trident_types::cpu`). [`cpu_features`] reads
//! the final flags back, so an artifact records exactly the features the
//! code may use.
//!
//! [`fingerprint`] lists everything that can change generated code.

use crate::{CraneliftConfig, OptLevel, BACKEND};
use cranelift_codegen::isa::{self, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use std::str::FromStr;
use target_lexicon::{Architecture, OperatingSystem, Triple};
use trident_types::{cpu, CompileError};

fn unsupported(what: impl Into<String>) -> CompileError {
    CompileError::Unsupported {
        backend: BACKEND,
        what: what.into(),
        offset: None,
    }
}

fn setting_error(name: &str, e: impl std::fmt::Display) -> CompileError {
    CompileError::codegen(format!("cannot apply Cranelift setting {name}: {e}"))
}

/// The shared (target-independent) Cranelift flags for `config`.
fn shared_flags(config: &CraneliftConfig) -> Result<settings::Flags, CompileError> {
    let mut b = settings::builder();
    let opt = match config.opt_level {
        OptLevel::None => "none",
        OptLevel::Speed => "speed",
        OptLevel::SpeedAndSize => "speed_and_size",
    };
    let verifier = if config.verifier { "true" } else { "false" };
    let settings: [(&str, &str); 7] = [
        ("opt_level", opt),
        ("preserve_frame_pointers", "true"),
        ("is_pic", "true"),
        ("enable_verifier", verifier),
        ("enable_multi_ret_implicit_sret", "true"),
        ("enable_probestack", "false"),
        ("unwind_info", "false"),
    ];
    for (name, value) in settings {
        b.set(name, value).map_err(|e| setting_error(name, e))?;
    }
    Ok(settings::Flags::new(b))
}

/// Checks that `triple` is a target Trident's Cranelift back end supports.
fn check_target(triple: &Triple) -> Result<(), CompileError> {
    let arch_ok = matches!(
        triple.architecture,
        Architecture::X86_64 | Architecture::Aarch64(_)
    );
    if !arch_ok || triple.operating_system != OperatingSystem::Linux {
        return Err(unsupported(format!(
            "target {triple} (only x86_64 and aarch64 Linux are supported)"
        )));
    }
    Ok(())
}

/// The Cranelift flag of each x86-64 feature of `trident_types::cpu`
/// (which knows what each builds on) that Cranelift has a flag for;
/// `avx512bw` and `avx512cd` have none (Cranelift never needs them alone).
pub(crate) const X86_FLAGS: &[(&str, &str)] = &[
    ("sse3", "has_sse3"),
    ("ssse3", "has_ssse3"),
    ("sse4.1", "has_sse41"),
    ("sse4.2", "has_sse42"),
    ("popcnt", "has_popcnt"),
    ("avx", "has_avx"),
    ("avx2", "has_avx2"),
    ("fma", "has_fma"),
    ("bmi1", "has_bmi1"),
    ("bmi2", "has_bmi2"),
    ("lzcnt", "has_lzcnt"),
    ("avx512f", "has_avx512f"),
    ("avx512vl", "has_avx512vl"),
    ("avx512dq", "has_avx512dq"),
    ("avx512bitalg", "has_avx512bitalg"),
    ("avx512vbmi", "has_avx512vbmi"),
];

/// Applies `+feature`/`-feature` changes to an x86-64 ISA builder.
fn apply_feature_changes(
    b: &mut isa::Builder,
    changes: &[String],
    x86: bool,
) -> Result<(), CompileError> {
    for change in changes {
        let (on, name) = match change.split_at_checked(1) {
            Some(("+", n)) => (true, n),
            Some(("-", n)) => (false, n),
            _ => {
                return Err(unsupported(format!(
                    "CPU feature change {change:?} (expected +name or -name)"
                )))
            }
        };
        if !x86 || !cpu::X86_FEATURE_NAMES.contains(&name) {
            return Err(unsupported(format!("CPU feature {name:?} on this target")));
        }
        let value = if on { "true" } else { "false" };
        let affected = if on {
            cpu::x86_requirements(name)
        } else {
            cpu::x86_dependents(name)
        };
        for f in affected {
            if let Some((_, flag)) = X86_FLAGS.iter().find(|(n, _)| *n == f) {
                b.set(flag, value).map_err(|e| setting_error(flag, e))?;
            }
        }
    }
    Ok(())
}

/// The ISA builder for `config`'s target and CPU, before feature changes.
fn isa_builder(config: &CraneliftConfig) -> Result<isa::Builder, CompileError> {
    let triple = match &config.target {
        None => Triple::host(),
        Some(name) => Triple::from_str(name)
            .map_err(|e| unsupported(format!("target triple {name:?}: {e}")))?,
    };
    check_target(&triple)?;
    let host = config.target.is_none() || triple == Triple::host();
    let cpu = config.target_cpu.as_deref();
    if triple.architecture != Architecture::X86_64 {
        cpu::check_aarch64(cpu, host, &config.cpu_features)
            .map_err(|e| unsupported(e.to_string()))?;
    }
    if cpu == Some("native") && !host {
        return Err(unsupported(format!(
            "--target-cpu native for {triple}, which is not this machine"
        )));
    }
    if cpu == Some("native") || (cpu.is_none() && config.target.is_none()) {
        return cranelift_native::builder().map_err(|e| unsupported(format!("host machine: {e}")));
    }
    let mut b =
        isa::lookup(triple.clone()).map_err(|e| unsupported(format!("target {triple}: {e}")))?;
    let x86 = triple.architecture == Architecture::X86_64;
    match cpu {
        // x86-64 models come from the table every back end shares, so a
        // name means the same features whichever back end compiles.
        Some(model) if x86 => {
            let features = cpu::x86_model(model).ok_or_else(|| {
                unsupported(cpu::CpuError::UnknownModel(model.into()).to_string())
            })?;
            set_x86_features(&mut b, &features)?;
        }
        // Refused above (`check_aarch64`): AArch64 code is ARMv8.0.
        Some(model) => {
            return Err(unsupported(format!("CPU model {model:?} for {triple}")));
        }
        // The baseline Trident requires of x86-64 machines.
        None if x86 => set_x86_features(&mut b, cpu::X86_BASELINE)?,
        None => {}
    }
    Ok(b)
}

/// Sets every x86-64 feature flag: on for `features`, off otherwise.
fn set_x86_features(b: &mut isa::Builder, features: &[&str]) -> Result<(), CompileError> {
    for (name, flag) in X86_FLAGS {
        let value = if features.contains(name) {
            "true"
        } else {
            "false"
        };
        b.set(flag, value).map_err(|e| setting_error(flag, e))?;
    }
    Ok(())
}

/// Builds the target ISA for `config`.
pub(crate) fn build_isa(config: &CraneliftConfig) -> Result<OwnedTargetIsa, CompileError> {
    let flags = shared_flags(config)?;
    let mut builder = isa_builder(config)?;
    let x86 = builder.triple().architecture == Architecture::X86_64;
    apply_feature_changes(&mut builder, &config.cpu_features, x86)?;
    let isa = builder
        .finish(flags)
        .map_err(|e| CompileError::codegen(format!("cannot build the target ISA: {e}")))?;
    if isa.triple().architecture == Architecture::X86_64 {
        let has_sse41 = isa
            .isa_flags()
            .iter()
            .any(|v| v.name == "has_sse41" && v.as_bool() == Some(true));
        if !has_sse41 {
            return Err(unsupported("x86-64 machines without SSE4.1"));
        }
    }
    if isa.pointer_bytes() != 8 {
        return Err(unsupported("targets whose pointers are not 64 bits"));
    }
    Ok(isa)
}

/// The CPU features (artifact spelling) code built by `isa` may use;
/// `None` off x86-64, where the default rule applies.
pub(crate) fn cpu_features(isa: &dyn isa::TargetIsa) -> Option<Vec<String>> {
    if isa.triple().architecture != Architecture::X86_64 {
        return None;
    }
    let flags = isa.isa_flags();
    let on = |flag: &str| {
        flags
            .iter()
            .any(|v| v.name == flag && v.as_bool() == Some(true))
    };
    Some(
        // Closed under what each feature builds on (a flag Cranelift lacks,
        // such as avx512bw under avx512vbmi, is then recorded too).
        cpu::x86_closed(
            &X86_FLAGS
                .iter()
                .filter(|(_, flag)| on(flag))
                .map(|(f, _)| *f)
                .collect::<Vec<_>>(),
        )
        .iter()
        .map(|f| f.to_string())
        .collect(),
    )
}

/// A string that changes whenever code generated by `isa` could change:
/// the Cranelift version, the triple, and every shared and target flag.
pub(crate) fn fingerprint(isa: &dyn isa::TargetIsa, config: &CraneliftConfig) -> String {
    let mut s = format!(
        "cranelift-codegen {}; triple {}; bounds_checks {}; fuel {}; epochs {}; nan_canonicalization {}; relaxed_simd {}",
        cranelift_codegen::VERSION,
        isa.triple(),
        config.bounds_checks.name(),
        config.fuel_fingerprint(),
        config.epoch_interruption,
        config.nan_canonicalization,
        config.relaxed_simd.name()
    );
    for v in isa.flags().iter() {
        s.push_str(&format!("; {}={}", v.name, v.value_string()));
    }
    for v in isa.isa_flags() {
        s.push_str(&format!("; {}={}", v.name, v.value_string()));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every flag maps a feature of the shared table, so nothing Cranelift
    /// enables goes unrecorded.
    #[test]
    fn every_flag_is_a_known_feature() {
        for (name, _) in X86_FLAGS {
            assert!(cpu::X86_FEATURE_NAMES.contains(name), "{name}");
        }
    }
}
