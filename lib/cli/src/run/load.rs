//! What `trident run` runs: a module (`.wasm`, `.wat`), compiled through
//! the compile cache unless `--no-cache`, or an artifact written by
//! `trident compile` (`.trident`, recognized by its magic number, not its
//! name), which is loaded without compiling: its engine has no compiler
//! and takes the back end and code options from the artifact's header.
//!
//! Invariants for artifacts:
//! * a refused artifact (truncated, corrupted, foreign version, wrong
//!   target or CPU, inconsistent metadata, bad or missing signature under
//!   `--verify`) is a setup error naming why; it never runs;
//! * an option that contradicts the artifact is an error naming both
//!   sides, never silently ignored: `--backend` and `--bounds-checks`
//!   other than the artifact's, `--target-cpu`/`--cpu-features` (they
//!   choose how to compile, and an artifact is compiled), `--fuel` for
//!   code without fuel checks and `--timeout` for code without epoch
//!   checks (neither could stop it), `--fuel-costs` other than the cost
//!   table the artifact was compiled with (prices are compiled in);
//! * code with fuel or epoch checks runs without `--fuel`/`--timeout`
//!   as without limits.

use super::{setup, RunError, RunOptions};
use trident::{Config, Engine, Module};

/// The public keys named by `--verify`.
fn trusted_keys(o: &RunOptions) -> Result<Vec<trident_artifact::signature::PublicKey>, RunError> {
    o.verify
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path)
                .map_err(|e| setup(format!("cannot read {}: {e}", path.display())))?;
            trident_artifact::signature::read_public_key(&text)
                .map_err(|e| setup(format!("{}: {e}", path.display())))
        })
        .collect()
}

/// The engine and module for `bytes`, read from `o.file`.
pub(crate) fn load(o: &RunOptions, bytes: &[u8]) -> Result<(Engine, Module), RunError> {
    let name = o.file.display();
    if !trident_artifact::is_artifact(bytes) {
        if !o.verify.is_empty() {
            return Err(setup(format!(
                "{name} is a module, not a signed artifact: --verify runs only artifacts \
                 (`trident compile --sign KEY`)"
            )));
        }
        let engine = super::engine(o)?;
        let module = Module::new(&engine, bytes).map_err(|e| setup(format!("{name}: {e}")))?;
        return Ok((engine, module));
    }
    if !o.verify.is_empty() {
        let keys = trusted_keys(o)?;
        trident_artifact::signature::verify_artifact(bytes, &keys)
            .map_err(|e| setup(format!("{name}: {e}")))?;
    }
    let (header, _) =
        trident_artifact::read_artifact_header(bytes).map_err(|e| setup(format!("{name}: {e}")))?;
    let options = &header.options;
    let contradiction = |what: String| Err(setup(format!("{name}: {what}")));
    if let Some(b) = o.backend.as_deref().filter(|b| *b != header.backend) {
        return contradiction(format!(
            "the artifact was compiled by the {} back end, but --backend {b} was given",
            header.backend
        ));
    }
    if let Some(s) = o.bounds_checks.filter(|s| *s != options.bounds_checks) {
        return contradiction(format!(
            "the artifact was compiled with {} bounds checks, but --bounds-checks {} was given",
            options.bounds_checks.name(),
            s.name()
        ));
    }
    if let Some(r) = o.relaxed_simd.filter(|r| *r != options.relaxed_simd) {
        return contradiction(format!(
            "the artifact was compiled with {} relaxed SIMD, but --relaxed-simd {} was given",
            options.relaxed_simd.name(),
            r.name()
        ));
    }
    if o.target_cpu.is_some() || !o.cpu_features.is_empty() {
        return contradiction(format!(
            "--target-cpu and --cpu-features choose how a module is compiled, but the artifact \
             is compiled already (for CPU features {})",
            header.cpu_features.join(",")
        ));
    }
    if o.fuel.is_some() && !options.consume_fuel {
        return contradiction(
            "the artifact was compiled without fuel checks, so --fuel cannot stop it \
             (compile it with `trident compile --fuel`)"
                .into(),
        );
    }
    if let Some(costs) = super::fuel_costs(o)? {
        if !options.consume_fuel || costs != options.fuel_costs {
            return contradiction(format!(
                "--fuel-costs gives the cost table `{costs}`, but the artifact was compiled {}",
                match options.fuel() {
                    Some(theirs) => format!("with `{theirs}` (prices are compiled in)"),
                    None => "without fuel checks".to_string(),
                }
            ));
        }
    }
    if o.timeout.is_some() && !options.epoch_interruption {
        return contradiction(
            "the artifact was compiled without epoch checks, so --timeout cannot stop it \
             (compile it with `trident compile --epochs`)"
                .into(),
        );
    }
    if o.guest_profile.is_some() && !options.epoch_interruption {
        return contradiction(
            "the artifact was compiled without epoch checks, so --profile guest cannot sample it \
             (compile it with `trident compile --epochs`)"
                .into(),
        );
    }
    let mut config = Config::default();
    config
        .backend(&header.backend)
        .opt_level(options.opt_level)
        .bounds_checks(options.bounds_checks)
        .nan_canonicalization(options.nan_canonicalization)
        .relaxed_simd(options.relaxed_simd)
        .consume_fuel(options.consume_fuel)
        .fuel_costs(options.fuel_costs)
        .epoch_interruption(options.epoch_interruption)
        .cache(false)
        .profiling(o.profiling)
        .debug_info(o.debug_info);
    config.features = header.features;
    let engine = Engine::without_compiler(&config);
    // SAFETY: the user asked to run this file; an artifact is trusted as
    // much as any program they run (and, with --verify, its signer).
    let module = unsafe { Module::deserialize(&engine, bytes) }
        .map_err(|e| setup(format!("{name}: {e}")))?;
    Ok((engine, module))
}
