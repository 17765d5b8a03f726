//! Every module of the Wasm 2.0 spec suite (SIMD files included: the
//! back end compiles SIMD on both targets) that the front end accepts
//! must compile, with Cranelift's verifier on, into a well-formed
//! `Compilation`, for the host and for both cross targets with both
//! bounds-check modes. (Running the suite is
//! `tests/tests/integration/spec.rs` in the workspace.)

use trident_compiler::Compiler;
use trident_cranelift::{CraneliftCompiler, CraneliftConfig};
use trident_test_support::spec::compile_suite;
use trident_types::BoundsChecks;

fn compiler(triple: Option<&str>, bounds_checks: BoundsChecks) -> CraneliftCompiler {
    CraneliftCompiler::new(CraneliftConfig {
        target: triple.map(str::to_string),
        verifier: true,
        bounds_checks,
        ..Default::default()
    })
    .expect("compiler")
}

/// Measured: 1236 valid modules in the non-SIMD files of the Wasm 2.0
/// suite, 472 in the SIMD files.
const MIN_MODULES: usize = 1200;
const MIN_SIMD_MODULES: usize = 450;

#[test]
fn spec_modules_compile() {
    let compilers = [
        ("host, static", compiler(None, BoundsChecks::Static)),
        (
            "x86_64, dynamic",
            compiler(Some("x86_64-unknown-linux-gnu"), BoundsChecks::Dynamic),
        ),
        (
            "aarch64, static",
            compiler(Some("aarch64-unknown-linux-gnu"), BoundsChecks::Static),
        ),
        (
            "aarch64, dynamic",
            compiler(Some("aarch64-unknown-linux-gnu"), BoundsChecks::Dynamic),
        ),
        (
            "host, static, fuel + epochs + NaN canonicalization",
            CraneliftCompiler::new(CraneliftConfig {
                verifier: true,
                consume_fuel: true,
                epoch_interruption: true,
                nan_canonicalization: true,
                ..Default::default()
            })
            .expect("compiler"),
        ),
    ];
    for (name, c) in &compilers {
        assert!(c.supports_simd(), "{name}: Cranelift compiles SIMD");
    }
    let named: Vec<(&str, &dyn Compiler)> = compilers
        .iter()
        .map(|(name, c)| (*name, c as &dyn Compiler))
        .collect();
    let n = compile_suite(&named);
    eprintln!(
        "compiled {} spec modules and {} SIMD ones with each of {} configurations",
        n.modules,
        n.simd_modules,
        compilers.len()
    );
    assert!(
        n.modules > MIN_MODULES,
        "only {} modules compiled (floor {MIN_MODULES})",
        n.modules
    );
    assert!(
        n.simd_modules > MIN_SIMD_MODULES,
        "only {} SIMD modules compiled (floor {MIN_SIMD_MODULES})",
        n.simd_modules
    );
}
