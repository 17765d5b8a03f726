//! What Trident's tests share, in one place instead of a copy per test
//! crate: where the shared data is ([`paths`]), text modules to binary
//! ([`wat`]), compiling through any back end and checking the result's
//! structure ([`compile`]), the Wasm spec suite's files and valid modules
//! ([`spec`]), the thread-count and cross-process determinism harness
//! ([`determinism`]), child processes with deadlines and built test
//! programs ([`process`]), and golden disassembly ([`disas`]).
//!
//! Invariants:
//! * nothing here depends on a back end or on the `trident` API crate:
//!   back ends use this crate in their own tests, and singlepass's tests
//!   run on AArch64 under qemu where LLVM cannot be built. Whatever is
//!   back-end specific takes a `&dyn Compiler`;
//! * missing shared data fails the test that needs it with a message
//!   naming the path; a test never skips silently;
//! * helpers panic (they are test code) with a message naming what they
//!   were doing; none of this is linked into Trident itself.

pub mod compile;
pub mod determinism;
pub mod disas;
pub mod paths;
pub mod process;
pub mod spec;

pub use compile::{
    check_compilation, compile_checked, compile_module, translate, translate_with,
    verified_options, BOUNDS_CHECKS, OPT_LEVELS,
};
pub use paths::{listed_lines, repo_root, shared_dir, sightglass, testsuite_dir};

/// Encodes a text module (`.wat`) to binary; panics, naming the error,
/// when the text is not a module.
pub fn wat(text: &str) -> Vec<u8> {
    wat::parse_str(text).unwrap_or_else(|e| panic!("the test module does not parse: {e}"))
}
