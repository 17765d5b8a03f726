//! The Cranelift back end's tests, in one binary: what it compiles and
//! how (`compiler`: trap sites, relocations, trampolines, targets, CPU
//! features, determinism) and every spec module, with the verifier on,
//! for the host and both cross targets (`spec`). Helpers shared with the
//! other back ends' tests are in `trident-test-support`.

mod compiler;
mod spec;

use trident_cranelift::{CraneliftCompiler, CraneliftConfig};

/// A compiler for the host with the verifier on.
pub fn host_compiler() -> CraneliftCompiler {
    CraneliftCompiler::new(CraneliftConfig {
        verifier: true,
        ..Default::default()
    })
    .expect("host compiler")
}
