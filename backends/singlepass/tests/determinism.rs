//! Singlepass output is byte-identical at any thread count and in another
//! process (hash seeds differ between processes), on a real program
//! (the harness: `trident_test_support::determinism`).
//!
//! Under user-mode emulation (qemu-aarch64 without binfmt_misc) a foreign
//! test binary cannot exec itself: set `TRIDENT_TEST_RUNNER` to the cargo
//! runner (e.g. `qemu-aarch64 -L /usr/aarch64-linux-gnu`) and the child is
//! started through it (`make unit-aarch64` does).

use trident_compiler::Compilation;
use trident_singlepass::SinglepassCompiler;
use trident_test_support::determinism::{
    assert_same_at_thread_counts, assert_same_in_other_processes, fingerprint,
};
use trident_test_support::{compile_module, sightglass, translate};
use trident_types::CompilerOptions;

const PROGRAM: &str = "pulldown-cmark/benchmark.wasm";

/// Everything the back end produced for the program (on the current pool).
fn compile(wasm: &[u8]) -> Compilation {
    let compiler = SinglepassCompiler::new(CompilerOptions::default()).expect("compiler");
    let compilation = compile_module(&compiler, &translate(wasm)).expect("compile");
    assert!(!compilation.functions.is_empty());
    compilation
}

#[test]
fn same_output_at_any_thread_count() {
    let wasm = sightglass(PROGRAM);
    assert_same_at_thread_counts(PROGRAM, &[1, 2, 4], || compile(&wasm));
}

#[test]
fn same_output_in_another_process() {
    assert_same_in_other_processes("same_output_in_another_process", &[3], || {
        vec![(
            PROGRAM.to_string(),
            fingerprint(&compile(&sightglass(PROGRAM))),
        )]
    });
}
