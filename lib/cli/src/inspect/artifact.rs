//! `trident inspect` on an artifact (`trident compile` output): what the
//! header says about the code (back end, target, options, the CPU
//! features it requires) and whether this machine would run it, plus the
//! size of what was compiled. Nothing is loaded or executed; a damaged
//! artifact is an error naming what could not be read.

use serde::Serialize;
use trident_artifact::{read_artifact_for_inspection, ArtifactError};

/// What `trident inspect` reports for an artifact.
#[derive(Clone, Debug, Serialize)]
pub struct ArtifactReport {
    pub trident_version: String,
    pub backend: String,
    pub target: String,
    /// The CPU features the code may use; a machine lacking one refuses
    /// the artifact.
    pub cpu_features: Vec<String>,
    /// `None` when this machine runs it, else why not.
    pub refused_here: Option<String>,
    pub opt_level: String,
    pub bounds_checks: String,
    pub target_cpu: Option<String>,
    pub cpu_feature_changes: Vec<String>,
    pub consume_fuel: bool,
    /// The fuel cost table compiled in (`key=value,…`), with fuel on.
    pub fuel_costs: Option<String>,
    pub epoch_interruption: bool,
    pub nan_canonicalization: bool,
    /// `deterministic` or `native`.
    pub relaxed_simd: String,
    pub functions: usize,
    pub code_bytes: usize,
    pub trampolines: usize,
    pub fingerprint: String,
    /// The public key (hex) of the signature it carries, not verified
    /// (`trident run --verify` does that).
    pub signed_by: Option<String>,
}

/// Reads an artifact's header and parts into a report.
pub fn inspect_artifact(bytes: &[u8]) -> Result<ArtifactReport, ArtifactError> {
    let (header, parts) = read_artifact_for_inspection(bytes)?;
    let refused_here = header.check_runnable().err().map(|e| e.to_string());
    let c = &parts.compilation;
    let code_bytes = c
        .functions
        .iter()
        .chain(&c.host_to_wasm)
        .chain(c.wasm_to_host.iter().map(|(_, f)| f))
        .map(|f| f.body.len())
        .sum();
    let o = &header.options;
    Ok(ArtifactReport {
        trident_version: header.trident_version.clone(),
        backend: header.backend.clone(),
        target: header.target.clone(),
        cpu_features: header.cpu_features.clone(),
        refused_here,
        opt_level: o.opt_level.name().to_string(),
        bounds_checks: o.bounds_checks.name().to_string(),
        target_cpu: o.target_cpu.clone(),
        cpu_feature_changes: o.cpu_features.clone(),
        consume_fuel: o.consume_fuel,
        fuel_costs: o.fuel().map(|c| c.to_string()),
        epoch_interruption: o.epoch_interruption,
        nan_canonicalization: o.nan_canonicalization,
        relaxed_simd: o.relaxed_simd.name().to_string(),
        functions: c.functions.len(),
        code_bytes,
        trampolines: c.host_to_wasm.len() + c.wasm_to_host.len(),
        fingerprint: header.fingerprint.clone(),
        signed_by: trident_artifact::signature::signer(bytes),
    })
}

/// The report for people.
pub fn render(name: &str, r: &ArtifactReport) -> String {
    let list = |v: &[String]| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join(", ")
        }
    };
    let on_off = |b: bool| if b { "on" } else { "off" };
    let mut s = format!("artifact {name}\n");
    s += &format!("  written by:        trident {}\n", r.trident_version);
    s += &format!("  back end:          {}\n", r.backend);
    s += &format!("  target:            {}\n", r.target);
    s += &format!("  requires CPU:      {}\n", list(&r.cpu_features));
    s += &format!(
        "  runs here:         {}\n",
        r.refused_here
            .as_deref()
            .map_or("yes".to_string(), |why| format!("no: {why}"))
    );
    s += &format!(
        "  options:           opt {}, bounds checks {}, fuel {}, epochs {}, NaN canonicalization {}, relaxed SIMD {}\n",
        r.opt_level,
        r.bounds_checks,
        on_off(r.consume_fuel),
        on_off(r.epoch_interruption),
        on_off(r.nan_canonicalization),
        r.relaxed_simd
    );
    if let Some(costs) = &r.fuel_costs {
        s += &format!("  fuel costs:        {costs}\n");
    }
    s += &format!(
        "  CPU requested:     {}{}\n",
        r.target_cpu.as_deref().unwrap_or("default"),
        if r.cpu_feature_changes.is_empty() {
            String::new()
        } else {
            format!(" {}", r.cpu_feature_changes.join(","))
        }
    );
    s += &format!(
        "  code:              {} functions, {} trampolines, {} bytes\n",
        r.functions, r.trampolines, r.code_bytes
    );
    s += &format!("  settings:          {}\n", r.fingerprint);
    s += &format!(
        "  signed by:         {}\n",
        r.signed_by
            .as_deref()
            .map_or("not signed".to_string(), |k| format!(
                "ed25519 key {k} (not verified here)"
            ))
    );
    s
}
