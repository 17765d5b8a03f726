//! The LLVM back end's tests, in one binary: properties of the generated
//! code the runtime relies on (`codegen`), the same for AArch64 cross
//! compilation checked on the emitted words (`aarch64`), and every spec
//! module with the IR verifier on at every optimization level (`spec`).
//! Helpers shared with the other back ends' tests are in
//! `trident-test-support`.

mod aarch64;
mod codegen;
mod spec;

use trident_llvm::LlvmCompiler;
use trident_test_support::verified_options;
use trident_types::{BoundsChecks, OptLevel};

/// A host compiler with the IR verifier on.
pub fn compiler(opt_level: OptLevel, bounds_checks: BoundsChecks) -> LlvmCompiler {
    LlvmCompiler::new(verified_options(opt_level, bounds_checks)).expect("host compiler")
}
