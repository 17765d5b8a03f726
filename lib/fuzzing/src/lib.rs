//! Trident's fuzz targets, as plain functions over bytes: the cargo-fuzz
//! targets in `fuzz/` call them under libFuzzer, and the integration
//! tests (`tests/tests/integration/fuzz.rs`) call them with deterministic
//! pseudo-random inputs for a bounded budget in CI and for long runs.
//!
//! Targets (each `check(&[u8])` panics, naming what it found, on a bug):
//! * [`parse`]: the front end alone, against wasmi's validator;
//! * [`compile`]: bytes, wasm-smith modules and mutated ones through the
//!   front end and every back end;
//! * [`differential`]: wasm-smith modules on the three back ends and the
//!   `wasmi` interpreter, results, traps and state compared;
//! * [`artifact`]: mutated artifacts loaded, instantiated and run;
//! * [`cache`]: a compile cache an attacker has been at;
//! * [`wasi`]: WASI calls with hostile arguments in a sandbox.
//!
//! Invariants: nothing here uses the user's compile cache (every engine
//! has the cache off, or a scratch directory); scratch files go under the
//! system's temporary directory and are removed after each input; the
//! Wasm features in use are set in one place, [`smith::ENABLED`].

pub mod artifact;
pub mod cache;
pub mod compile;
pub mod differential;
pub mod parse;
pub mod smith;
pub mod stats;
pub mod typed_refs;
pub mod wasi;

/// A target's entry point: one input; panics on a bug.
pub type Check = fn(&[u8]);

/// Every target by name, for drivers.
pub const TARGETS: [(&str, Check); 7] = [
    ("parse", parse::check),
    ("compile", compile::check),
    ("differential", differential::check),
    ("artifact", artifact::check),
    ("cache", cache::check),
    ("wasi", wasi::check),
    ("typed_refs", typed_refs::check),
];
