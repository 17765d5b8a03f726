//! The parse target: the front end alone (parser, validator and the
//! translation into module metadata, `trident_compiler::translate_module`),
//! thousands of inputs a second, for the depth the back-end target
//! cannot reach at its speed.
//!
//! The input is the module: libFuzzer mutates a corpus of real modules
//! (faster than wasm-smith makes new ones); the bounded runs make theirs
//! as the compile target does ([`crate::compile::module_bytes`]: a
//! wasm-smith module, with or without byte mutations). Checked: no panic or crash, and the
//! verdict agrees with an independent validator, `wasmi`'s (its own
//! wasmparser version, the same features from [`crate::smith`]): a module
//! one accepts and the other rejects is reported, except when Trident
//! rejects it for an implementation limit.

use crate::stats;
use std::sync::OnceLock;
use trident_types::CompileError;

/// A fresh reference engine: a wasmi engine keeps the code of every
/// module it ever made, so a shared one grows without bound over a long
/// run.
fn reference() -> wasmi::Engine {
    static C: OnceLock<wasmi::Config> = OnceLock::new();
    wasmi::Engine::new(C.get_or_init(|| {
        let mut c = crate::smith::wasmi_config();
        // Validate everything now (translation stays lazy).
        c.compilation_mode(wasmi::CompilationMode::LazyTranslation);
        c
    }))
}

/// Runs one input, the module itself; panics on a bug.
pub fn check(wasm: &[u8]) {
    stats::count_module("parse");
    let ours = trident_compiler::translate_module(wasm, crate::smith::trident_features());
    if matches!(ours, Err(CompileError::Limit(_))) {
        return;
    }
    let theirs = wasmi::Module::new(&reference(), wasm);
    match (&ours, &theirs) {
        (Ok(_), Ok(_)) => stats::count_calls("parse: valid", 1),
        (Err(_), Err(_)) => {}
        (Ok(_), Err(e)) => panic!("Trident accepts a module wasmi rejects: {e}"),
        (Err(e), Ok(_)) => panic!("Trident rejects a module wasmi accepts: {e}"),
    }
}
