//! Compiled output must be byte-identical at any thread count and in any
//! process (hash seeds differ between processes), for Cranelift and LLVM
//! on a real program each (the harness: `trident_test_support::determinism`).
//!
//! Singlepass has the same check in its own crate
//! (`backends/singlepass/tests/determinism.rs`) because it must also run
//! on AArch64 under qemu, where this crate, which links LLVM, is not built.

use trident_compiler::Compiler;
use trident_cranelift::{CraneliftCompiler, CraneliftConfig};
use trident_llvm::LlvmCompiler;
use trident_test_support::determinism::{
    assert_same_at_thread_counts, assert_same_in_other_processes, fingerprint,
};
use trident_test_support::{compile_module, sightglass, translate};

/// Each back end with a sightglass program it compiles in well under a
/// second here (LLVM takes seconds for the larger ones).
const CASES: [(&str, &str); 2] = [
    ("cranelift", "pulldown-cmark/benchmark.wasm"),
    ("llvm", "shootout/shootout-keccak.wasm"),
];

fn compiler(backend: &str) -> Box<dyn Compiler> {
    match backend {
        "cranelift" => {
            Box::new(CraneliftCompiler::new(CraneliftConfig::default()).expect("cranelift"))
        }
        "llvm" => Box::new(LlvmCompiler::new(Default::default()).expect("llvm")),
        other => panic!("no case for back end {other}"),
    }
}

/// Everything `backend` produced for `program` (on the current pool).
fn compile(backend: &str, wasm: &[u8]) -> trident_compiler::Compilation {
    let translation = translate(wasm);
    let compilation = compile_module(&*compiler(backend), &translation).expect("compile");
    assert!(!compilation.functions.is_empty(), "{backend}");
    compilation
}

#[test]
fn same_output_at_any_thread_count() {
    for (backend, program) in CASES {
        let wasm = sightglass(program);
        assert_same_at_thread_counts(&format!("{backend} on {program}"), &[1, 2, 4], || {
            compile(backend, &wasm)
        });
    }
}

#[test]
fn same_output_in_another_process() {
    assert_same_in_other_processes("determinism::same_output_in_another_process", &[3], || {
        CASES
            .iter()
            .map(|(backend, program)| {
                let c = compile(backend, &sightglass(program));
                (format!("{backend}:{program}"), fingerprint(&c))
            })
            .collect()
    });
}
