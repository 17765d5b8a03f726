//! Every module of the Wasm 2.0 spec suite (SIMD files included) that the
//! front end accepts must compile with LLVM's IR verifier on, at every
//! optimization level under static bounds checks and at the default level
//! under dynamic ones, into a well-formed `Compilation`. (Running the
//! suite is `tests/tests/integration/spec.rs` in the workspace.)

use crate::compiler;
use trident_compiler::Compiler;
use trident_llvm::LlvmCompiler;
use trident_test_support::spec::compile_suite;
use trident_test_support::OPT_LEVELS;
use trident_types::{BoundsChecks, OptLevel};

#[test]
fn spec_modules_compile_with_the_verifier_at_every_level() {
    let mut compilers: Vec<(String, LlvmCompiler)> = OPT_LEVELS
        .iter()
        .map(|o| {
            (
                format!("static, {}", o.name()),
                compiler(*o, BoundsChecks::Static),
            )
        })
        .collect();
    compilers.push((
        "dynamic, speed".into(),
        compiler(OptLevel::Speed, BoundsChecks::Dynamic),
    ));
    for (name, c) in &compilers {
        assert!(c.supports_simd(), "{name}: LLVM compiles SIMD");
    }
    let named: Vec<(&str, &dyn Compiler)> = compilers
        .iter()
        .map(|(name, c)| (name.as_str(), c as &dyn Compiler))
        .collect();
    let n = compile_suite(&named);
    assert!(n.modules > 1000, "only {} spec modules compiled", n.modules);
    assert!(
        n.simd_modules > 450,
        "only {} SIMD spec modules compiled",
        n.simd_modules
    );
}
