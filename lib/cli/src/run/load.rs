//! What `trident run` runs: a module (`.wasm`, `.wat`), compiled through
//! the compile cache unless `--no-cache`, or an artifact written by
//! `trident compile` (`.trident`, recognized by its magic number, not its
//! name), which is loaded without compiling: its engine has no compiler
//! and takes the back end and code options from the artifact's header.
//! A refused artifact (truncated, corrupted, foreign version, wrong
//! target or CPU) is a setup error naming why; it never runs.

use super::{setup, RunError, RunOptions};
use trident::{Config, Engine, Module};

/// The engine and module for `bytes`, read from `o.file`.
pub(crate) fn load(o: &RunOptions, bytes: &[u8]) -> Result<(Engine, Module), RunError> {
    let name = o.file.display();
    if trident_artifact::is_artifact(bytes) {
        let (header, _) = trident_artifact::read_artifact_header(bytes)
            .map_err(|e| setup(format!("{name}: {e}")))?;
        let options = &header.options;
        let mut config = Config::default();
        config
            .backend(&header.backend)
            .opt_level(options.opt_level)
            .bounds_checks(options.bounds_checks)
            .nan_canonicalization(options.nan_canonicalization)
            .consume_fuel(o.fuel.is_some())
            .epoch_interruption(o.timeout.is_some())
            .cache(false);
        let engine = Engine::without_compiler(&config);
        // SAFETY: the user asked to run this file; an artifact is trusted
        // as much as any program they run.
        let module = unsafe { Module::deserialize(&engine, bytes) }
            .map_err(|e| setup(format!("{name}: {e}")))?;
        return Ok((engine, module));
    }
    let engine = super::engine(o)?;
    let module = Module::new(&engine, bytes).map_err(|e| setup(format!("{name}: {e}")))?;
    Ok((engine, module))
}
