//! x86-64 CPU features and models: the one table Trident uses to name
//! features (artifact headers, `--cpu-features`), to know what each one
//! builds on, and to turn `--target-cpu`/`--cpu-features` into the set of
//! features generated code may use.
//!
//! Invariants:
//! * a feature set produced here ([`resolve_x86`], [`x86_model`],
//!   [`x86_host_features`]) is closed: every feature in it has what it
//!   builds on in it too, and it is listed in [`X86_FEATURES`] order;
//! * only features in [`X86_FEATURES`] are ever named, so whatever an
//!   artifact records, the runtime knows how to check.
//!
//! The models are the CPU names LLVM and Cranelift share (`penryn`,
//! `haswell`, `x86-64-v3`, …); their feature lists are the documented
//! instruction-set extensions of those processors, restricted to the
//! features below.

use thiserror::Error;

/// x86-64 features as artifacts spell them, each with the features it
/// builds on (directly).
pub const X86_FEATURES: &[(&str, &[&str])] = &[
    ("sse3", &[]),
    ("ssse3", &["sse3"]),
    ("sse4.1", &["ssse3"]),
    ("sse4.2", &["sse4.1"]),
    ("popcnt", &[]),
    ("avx", &["sse4.2"]),
    ("avx2", &["avx"]),
    ("fma", &["avx"]),
    ("bmi1", &[]),
    ("bmi2", &[]),
    ("lzcnt", &[]),
    ("avx512f", &["avx2", "fma"]),
    ("avx512vl", &["avx512f"]),
    ("avx512dq", &["avx512f"]),
    ("avx512bw", &["avx512f"]),
    ("avx512cd", &["avx512f"]),
    ("avx512bitalg", &["avx512bw"]),
    ("avx512vbmi", &["avx512bw"]),
];

/// The names of [`X86_FEATURES`], in its order.
pub const X86_FEATURE_NAMES: [&str; X86_FEATURES.len()] = {
    let mut names = [""; X86_FEATURES.len()];
    let mut i = 0;
    while i < X86_FEATURES.len() {
        names[i] = X86_FEATURES[i].0;
        i += 1;
    }
    names
};

/// What every x86-64 machine running Trident's code must have: SSE4.1
/// (scalar rounding, the SIMD lowering of every back end).
pub const X86_BASELINE: &[&str] = &["sse3", "ssse3", "sse4.1"];

const V2: &[&str] = &["sse3", "ssse3", "sse4.1", "sse4.2", "popcnt"];
const V3: &[&str] = &[
    "sse3", "ssse3", "sse4.1", "sse4.2", "popcnt", "avx", "avx2", "fma", "bmi1", "bmi2", "lzcnt",
];
const V4: &[&str] = &[
    "sse3", "ssse3", "sse4.1", "sse4.2", "popcnt", "avx", "avx2", "fma", "bmi1", "bmi2", "lzcnt",
    "avx512f", "avx512vl", "avx512dq", "avx512bw", "avx512cd",
];
const ICELAKE: &[&str] = &[
    "sse3",
    "ssse3",
    "sse4.1",
    "sse4.2",
    "popcnt",
    "avx",
    "avx2",
    "fma",
    "bmi1",
    "bmi2",
    "lzcnt",
    "avx512f",
    "avx512vl",
    "avx512dq",
    "avx512bw",
    "avx512cd",
    "avx512bitalg",
    "avx512vbmi",
];

/// CPU models and their features.
const X86_MODELS: &[(&str, &[&str])] = &[
    ("x86-64", &[]),
    ("penryn", X86_BASELINE),
    ("x86-64-v2", V2),
    ("nehalem", V2),
    ("westmere", V2),
    (
        "sandybridge",
        &["sse3", "ssse3", "sse4.1", "sse4.2", "popcnt", "avx"],
    ),
    (
        "ivybridge",
        &["sse3", "ssse3", "sse4.1", "sse4.2", "popcnt", "avx"],
    ),
    ("x86-64-v3", V3),
    ("haswell", V3),
    ("broadwell", V3),
    ("skylake", V3),
    ("alderlake", V3),
    ("znver1", V3),
    ("znver2", V3),
    ("znver3", V3),
    ("x86-64-v4", V4),
    ("skylake-avx512", V4),
    ("cascadelake", V4),
    ("icelake-client", ICELAKE),
    ("icelake-server", ICELAKE),
    ("sapphirerapids", ICELAKE),
    ("znver4", ICELAKE),
];

/// Why a CPU model or feature change cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CpuError {
    #[error("unknown x86-64 CPU model {0:?} (known: native, {known})", known = model_names())]
    UnknownModel(String),
    #[error("unknown x86-64 CPU feature {0:?} (known: {known})", known = X86_FEATURE_NAMES.join(", "))]
    UnknownFeature(String),
    #[error("CPU feature change {0:?} (expected +name or -name)")]
    BadChange(String),
    #[error("--target-cpu native when compiling for another machine")]
    NativeForOtherMachine,
    #[error("x86-64 machines without {0} (Trident's x86-64 baseline is SSE4.1)")]
    BelowBaseline(String),
    #[error("choosing an AArch64 CPU model or features ({0}): Trident's AArch64 code is ARMv8.0 for every machine; only `native` for this machine is accepted")]
    Aarch64Choice(String),
}

fn model_names() -> String {
    X86_MODELS
        .iter()
        .map(|(m, _)| *m)
        .collect::<Vec<_>>()
        .join(", ")
}

/// `feature` and, transitively, what it builds on (`up`) or what builds on
/// it (`!up`). Empty for an unknown feature.
fn related(feature: &str, up: bool) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let mut pending = vec![feature];
    while let Some(f) = pending.pop() {
        for (name, requires) in X86_FEATURES {
            let hit = if up {
                *name == f
            } else {
                *name == f || requires.contains(&f)
            };
            if hit && !out.contains(name) {
                out.push(name);
                if up {
                    pending.extend(requires.iter().copied());
                } else {
                    pending.push(name);
                }
            }
        }
    }
    out
}

/// `feature` and everything it builds on, transitively.
pub fn x86_requirements(feature: &str) -> Vec<&'static str> {
    related(feature, true)
}

/// `feature` and everything that builds on it, transitively.
pub fn x86_dependents(feature: &str) -> Vec<&'static str> {
    related(feature, false)
}

/// `set` with everything its features build on, in [`X86_FEATURES`]
/// order (names not in the table are dropped).
pub fn x86_closed(set: &[&str]) -> Vec<&'static str> {
    let all: Vec<&'static str> = set.iter().flat_map(|f| related(f, true)).collect();
    ordered(&all)
}

/// `set` in [`X86_FEATURES`] order.
fn ordered(set: &[&str]) -> Vec<&'static str> {
    X86_FEATURE_NAMES
        .iter()
        .copied()
        .filter(|f| set.contains(f))
        .collect()
}

/// The features of CPU model `name`, or `None` for a model not listed.
pub fn x86_model(name: &str) -> Option<Vec<&'static str>> {
    X86_MODELS
        .iter()
        .find(|(m, _)| *m == name)
        .map(|(_, features)| ordered(features))
}

/// Whether this machine has `feature` (one of [`X86_FEATURES`]); always
/// false off x86-64.
pub fn x86_host_has(feature: &str) -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::is_x86_feature_detected as has;
        match feature {
            "sse3" => has!("sse3"),
            "ssse3" => has!("ssse3"),
            "sse4.1" => has!("sse4.1"),
            "sse4.2" => has!("sse4.2"),
            "popcnt" => has!("popcnt"),
            "avx" => has!("avx"),
            "avx2" => has!("avx2"),
            "bmi1" => has!("bmi1"),
            "bmi2" => has!("bmi2"),
            "lzcnt" => has!("lzcnt"),
            "fma" => has!("fma"),
            "avx512f" => has!("avx512f"),
            "avx512vl" => has!("avx512vl"),
            "avx512dq" => has!("avx512dq"),
            "avx512bw" => has!("avx512bw"),
            "avx512cd" => has!("avx512cd"),
            "avx512bitalg" => has!("avx512bitalg"),
            "avx512vbmi" => has!("avx512vbmi"),
            _ => false,
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = feature;
        false
    }
}

/// The features of [`X86_FEATURES`] this machine has (empty off x86-64).
pub fn x86_host_features() -> Vec<&'static str> {
    X86_FEATURE_NAMES
        .iter()
        .copied()
        .filter(|f| x86_host_has(f))
        .collect()
}

/// Applies `+name`/`-name` changes in order to `set`: enabling a feature
/// enables what it builds on, disabling one disables what builds on it.
pub fn apply_x86_changes(
    set: &[&'static str],
    changes: &[String],
) -> Result<Vec<&'static str>, CpuError> {
    let mut set = set.to_vec();
    for change in changes {
        let (on, name) = match change.split_at_checked(1) {
            Some(("+", n)) => (true, n),
            Some(("-", n)) => (false, n),
            _ => return Err(CpuError::BadChange(change.clone())),
        };
        if !X86_FEATURE_NAMES.contains(&name) {
            return Err(CpuError::UnknownFeature(name.to_string()));
        }
        let affected = related(name, on);
        if on {
            for f in affected {
                if !set.contains(&f) {
                    set.push(f);
                }
            }
        } else {
            set.retain(|f| !affected.contains(f));
        }
    }
    Ok(ordered(&set))
}

/// The features x86-64 code may use for `target_cpu` (see
/// `CompilerOptions::target_cpu`; `None` is the host's features when
/// `for_host`, else the baseline) after `changes`. Fails on an unknown
/// model or feature, on `native` for another machine, and on a result
/// below [`X86_BASELINE`].
pub fn resolve_x86(
    target_cpu: Option<&str>,
    for_host: bool,
    changes: &[String],
) -> Result<Vec<&'static str>, CpuError> {
    let start = match target_cpu {
        None if for_host => x86_host_features(),
        None => X86_BASELINE.to_vec(),
        Some("native") if for_host => x86_host_features(),
        Some("native") => return Err(CpuError::NativeForOtherMachine),
        Some(model) => x86_model(model).ok_or_else(|| CpuError::UnknownModel(model.to_string()))?,
    };
    let set = apply_x86_changes(&start, changes)?;
    match X86_BASELINE.iter().find(|f| !set.contains(f)) {
        Some(missing) => Err(CpuError::BelowBaseline(missing.to_string())),
        None => Ok(set),
    }
}

/// Checks a CPU request for AArch64, where every back end generates (and
/// every artifact records) the ARMv8.0 baseline: only no request, or
/// `native` when compiling for this machine, is accepted.
pub fn check_aarch64(
    target_cpu: Option<&str>,
    for_host: bool,
    changes: &[String],
) -> Result<(), CpuError> {
    if let Some(change) = changes.first() {
        return Err(CpuError::Aarch64Choice(change.clone()));
    }
    match target_cpu {
        None => Ok(()),
        Some("native") if for_host => Ok(()),
        Some("native") => Err(CpuError::NativeForOtherMachine),
        Some(model) => Err(CpuError::Aarch64Choice(model.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_model_and_requirement_is_a_known_closed_set() {
        for (name, requires) in X86_FEATURES {
            for r in *requires {
                assert!(X86_FEATURE_NAMES.contains(r), "{name} requires unknown {r}");
            }
        }
        for (model, _) in X86_MODELS {
            let set = x86_model(model).expect("listed model");
            for f in &set {
                for r in related(f, true) {
                    assert!(set.contains(&r), "{model}: {f} without {r}");
                }
            }
        }
    }

    #[test]
    fn disabling_removes_dependents_and_enabling_adds_requirements() {
        let haswell = resolve_x86(Some("haswell"), false, &changes(&["-avx"])).unwrap();
        assert!(!haswell.contains(&"avx2") && !haswell.contains(&"fma"));
        assert!(haswell.contains(&"bmi2") && haswell.contains(&"sse4.2"));
        let penryn = resolve_x86(Some("penryn"), false, &changes(&["+avx2"])).unwrap();
        assert_eq!(penryn, ["sse3", "ssse3", "sse4.1", "sse4.2", "avx", "avx2"]);
    }

    #[test]
    fn bad_requests_are_errors() {
        assert_eq!(
            resolve_x86(Some("pentium4"), false, &[]),
            Err(CpuError::UnknownModel("pentium4".into()))
        );
        assert_eq!(
            resolve_x86(None, false, &changes(&["+mmx"])),
            Err(CpuError::UnknownFeature("mmx".into()))
        );
        assert_eq!(
            resolve_x86(None, false, &changes(&["avx"])),
            Err(CpuError::BadChange("avx".into()))
        );
        assert_eq!(
            resolve_x86(Some("native"), false, &[]),
            Err(CpuError::NativeForOtherMachine)
        );
        assert_eq!(
            resolve_x86(Some("x86-64-v3"), false, &changes(&["-ssse3"])),
            Err(CpuError::BelowBaseline("ssse3".into()))
        );
        assert_eq!(
            resolve_x86(Some("x86-64"), false, &[]),
            Err(CpuError::BelowBaseline("sse3".into()))
        );
    }

    #[test]
    fn aarch64_accepts_only_the_baseline_or_native_here() {
        assert_eq!(check_aarch64(None, false, &[]), Ok(()));
        assert_eq!(check_aarch64(Some("native"), true, &[]), Ok(()));
        assert_eq!(
            check_aarch64(Some("native"), false, &[]),
            Err(CpuError::NativeForOtherMachine)
        );
        assert_eq!(
            check_aarch64(Some("cortex-a72"), true, &[]),
            Err(CpuError::Aarch64Choice("cortex-a72".into()))
        );
        assert_eq!(
            check_aarch64(None, true, &changes(&["+lse"])),
            Err(CpuError::Aarch64Choice("+lse".into()))
        );
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn host_resolution_is_the_host() {
        let host = x86_host_features();
        if X86_BASELINE.iter().all(|f| host.contains(f)) {
            assert_eq!(resolve_x86(None, true, &[]).unwrap(), host);
            assert_eq!(resolve_x86(Some("native"), true, &[]).unwrap(), host);
        }
    }
}
