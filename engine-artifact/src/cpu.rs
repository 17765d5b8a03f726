//! The CPU features an artifact may require, and which of them this
//! machine has.
//!
//! Back ends that compile for the host (`target: None`) may use every
//! feature the host has, so an artifact compiled for the host records the
//! host's features from [`KNOWN`] as required; one compiled for a named
//! triple uses that target's baseline ([`baseline`]) and records that. A required feature
//! this runtime does not know counts as missing: refusing is the safe
//! answer.

/// The features Trident records, per architecture (x86-64: the shared
/// table in `trident_types::cpu`, which also knows what each builds on).
#[cfg(target_arch = "x86_64")]
pub const KNOWN: &[&str] = &trident_types::cpu::X86_FEATURE_NAMES;

#[cfg(target_arch = "aarch64")]
pub const KNOWN: &[&str] = &["lse", "paca", "fp16", "sha3"];

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
pub const KNOWN: &[&str] = &[];

/// Whether this machine has `feature` (one of [`KNOWN`]).
pub fn has(feature: &str) -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        trident_types::cpu::x86_host_has(feature)
    }
    #[cfg(target_arch = "aarch64")]
    {
        match feature {
            "lse" => std::arch::is_aarch64_feature_detected!("lse"),
            "paca" => std::arch::is_aarch64_feature_detected!("paca"),
            "fp16" => std::arch::is_aarch64_feature_detected!("fp16"),
            "sha3" => std::arch::is_aarch64_feature_detected!("sha3"),
            _ => false,
        }
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let _ = feature;
        false
    }
}

/// The known features this machine has, in [`KNOWN`] order.
pub fn host_features() -> Vec<String> {
    KNOWN
        .iter()
        .filter(|f| has(f))
        .map(|f| f.to_string())
        .collect()
}

/// The features of `required` this machine lacks.
pub fn missing(required: &[String]) -> Vec<String> {
    required
        .iter()
        .filter(|f| !KNOWN.contains(&f.as_str()) || !has(f))
        .cloned()
        .collect()
}

/// The features every machine of `triple`'s architecture must have for
/// Trident's code (the x86-64 baseline is SSE4.1, see the Cranelift back
/// end's `isa` module); an artifact compiled for a named triple requires
/// exactly these.
pub fn baseline(triple: &str) -> Vec<String> {
    if triple.starts_with("x86_64") {
        trident_types::cpu::X86_BASELINE
            .iter()
            .map(|f| f.to_string())
            .collect()
    } else {
        Vec::new()
    }
}

/// The target triple this runtime was built for.
pub const HOST_TRIPLE: &str = env!("TRIDENT_HOST_TARGET");

/// Whether code for `triple` runs here: same architecture and operating
/// system as [`HOST_TRIPLE`] (the vendor and environment fields are
/// spelled differently by different tools and do not change the code).
pub fn runs_on_host(triple: &str) -> bool {
    let parts = |t: &str| {
        let v: Vec<String> = t.split('-').map(str::to_string).collect();
        let arch = v.first().cloned().unwrap_or_default();
        let os = v.get(2).cloned().unwrap_or_default();
        (arch, os)
    };
    parts(triple) == parts(HOST_TRIPLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_has_its_own_features() {
        assert!(missing(&host_features()).is_empty());
        assert_eq!(missing(&["no-such-feature".to_string()]).len(), 1);
    }

    #[test]
    fn host_triple_matches_itself_only() {
        assert!(runs_on_host(HOST_TRIPLE));
        assert!(!runs_on_host("riscv64gc-unknown-linux-gnu"));
        assert!(!runs_on_host("x86_64-unknown-freebsd"));
    }
}
