//! Compiling modules: the front end, the engine's back end, the compile
//! cache and precompiled artifacts. Only built with the `compiler` feature.
//!
//! Cache invariants: the key hashes everything that decides the code (the
//! wasm bytes, this build's version and build id, the back end, its
//! settings fingerprint, the code-deciding options, the feature set, the
//! target and the required CPU features); an entry is used only when the
//! cache trusts it (this user's directory and file, bound to the key,
//! authenticated with the cache's secret: `trident_artifact::cache`) and
//! it reads back as a valid artifact whose header equals the one this
//! engine would write, so a damaged, planted or mismatched entry is a miss
//! (and is replaced), never an error; a failed write is ignored.

use crate::engine::Engine;
use crate::error::Error;
use crate::module::Module;
use trident_artifact::{cpu, read_artifact, write_artifact, ArtifactHeader, CacheKey, ModuleParts};
use trident_compiler::translate_module;

impl Engine {
    /// The header of artifacts this engine writes.
    pub fn artifact_header(&self) -> Result<ArtifactHeader, Error> {
        let c = self.compiler()?;
        let mut options = self.config().compiler_options();
        // The verifier checks code; it never changes it.
        options.verifier = false;
        let mut header = ArtifactHeader::new(
            c.name(),
            &c.settings_fingerprint(),
            &options,
            &c.triple(),
            self.config().features,
        );
        // A back end that knows exactly which CPU features its code uses
        // records those instead of the default rule.
        if let Some(features) = c.cpu_features() {
            header.cpu_features = features;
        }
        Ok(header)
    }

    /// Compiles `wasm` (binary) into its parts, for any target the engine
    /// is configured for.
    pub fn compile_parts(&self, wasm: &[u8]) -> Result<(ArtifactHeader, ModuleParts), Error> {
        let header = self.artifact_header()?;
        let translation = translate_module(wasm, self.config().features)?;
        let progress = self
            .inner
            .progress
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let compilation =
            trident_compiler::compile_module_with_progress(self.compiler()?, &translation, &|p| {
                if let Some(report) = &progress {
                    report(p);
                }
            })?;
        let parts = ModuleParts::new(translation.module, wasm, compilation);
        Ok((header, parts))
    }

    /// Compiles `wasm` (binary) into an artifact that
    /// [`Module::deserialize`] (or `trident run FILE.trident`) loads
    /// without compiling.
    pub fn precompile_module(&self, wasm: &[u8]) -> Result<Vec<u8>, Error> {
        let (header, parts) = self.compile_parts(wasm)?;
        Ok(write_artifact(&header, &parts))
    }

    /// The cache key of `wasm` compiled by this engine.
    pub fn cache_key(&self, wasm: &[u8]) -> Result<CacheKey, Error> {
        let h = self.artifact_header()?;
        let options = format!("{:?}", h.options);
        let features = format!("{:?}", self.config().features);
        let cpu = h.cpu_features.join(",");
        Ok(CacheKey::new(&[
            wasm,
            h.trident_version.as_bytes(),
            h.backend.as_bytes(),
            h.fingerprint.as_bytes(),
            options.as_bytes(),
            features.as_bytes(),
            h.target.as_bytes(),
            cpu.as_bytes(),
        ]))
    }
}

/// `Module::from_binary`: from the cache, or compiled (and then cached).
pub(crate) fn module_from_binary(engine: &Engine, wasm: &[u8]) -> Result<Module, Error> {
    let triple = engine.compiler()?.triple();
    if !cpu::runs_on_host(&triple) {
        return Err(Error::Config(format!(
            "this engine compiles for {triple}, which cannot run here; use Engine::precompile_module"
        )));
    }
    let Some(cache) = engine.cache() else {
        let (_, parts) = engine.compile_parts(wasm)?;
        return Module::from_parts(engine, parts);
    };
    let key = engine.cache_key(wasm)?;
    let expected = engine.artifact_header()?;
    if let Some(bytes) = cache.get(&key) {
        match read_artifact(&bytes) {
            Ok((header, parts)) if header == expected => {
                return Module::from_parts(engine, parts);
            }
            _ => cache.remove(&key),
        }
    }
    let (header, parts) = engine.compile_parts(wasm)?;
    // A failed write only costs the next run a compilation.
    let _ = cache.put(&key, &write_artifact(&header, &parts));
    Module::from_parts(engine, parts)
}
