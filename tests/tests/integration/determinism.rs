//! Compiled output must be byte-identical at any thread count and in any
//! process (hash seeds differ between processes), for Cranelift and LLVM
//! on a real program each.
//!
//! Singlepass has the same check in its own crate
//! (`backends/singlepass/tests/determinism.rs`) because it must also run
//! on AArch64 under qemu, where this crate, which links LLVM, is not built.

use std::hash::{Hash, Hasher};
use trident_compiler::{translate_module, Compiler};
use trident_cranelift::{CraneliftCompiler, CraneliftConfig};
use trident_llvm::LlvmCompiler;
use trident_tests::shared_dir;

const CHILD_ENV: &str = "TRIDENT_DETERMINISM_CHILD";

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

/// A hash of everything `backend` produced for `program`, with fixed keys
/// so it is comparable across processes.
fn compile_hash(backend: &str, program: &str, threads: usize) -> u64 {
    let path = shared_dir().join("benchmarks/sightglass").join(program);
    let wasm =
        std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    let compilation = pool.install(|| {
        let translation = translate_module(&wasm, Default::default()).expect("translate");
        trident_compiler::compile_module(&*compiler(backend), &translation).expect("compile")
    });
    assert!(!compilation.functions.is_empty(), "{backend}");
    #[allow(deprecated)]
    let mut h = std::hash::SipHasher::new_with_keys(1, 2);
    compilation.hash(&mut h);
    h.finish()
}

#[test]
fn same_output_at_any_thread_count() {
    for (backend, program) in CASES {
        let one = compile_hash(backend, program, 1);
        assert_eq!(one, compile_hash(backend, program, 2), "{backend}");
        assert_eq!(one, compile_hash(backend, program, 4), "{backend}");
    }
}

/// Run in a child process by `same_output_in_another_process`.
#[test]
fn determinism_child() {
    if std::env::var_os(CHILD_ENV).is_some() {
        for (backend, program) in CASES {
            println!("HASH {backend}={}", compile_hash(backend, program, 3));
        }
    }
}

#[test]
fn same_output_in_another_process() {
    let exe = std::env::current_exe().expect("current exe");
    let out = std::process::Command::new(exe)
        .args([
            "--exact",
            "determinism::determinism_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, "1")
        .output()
        .expect("run child");
    let stdout = String::from_utf8_lossy(&out.stdout);
    for (backend, program) in CASES {
        let here = compile_hash(backend, program, 2);
        let key = format!("HASH {backend}=");
        let theirs = stdout
            .lines()
            .find_map(|l| l.split_once(&key).map(|(_, h)| h))
            .unwrap_or_else(|| {
                panic!(
                    "child printed no hash for {backend}:\n{stdout}\n{}",
                    String::from_utf8_lossy(&out.stderr)
                )
            });
        assert_eq!(theirs.trim(), here.to_string(), "{backend}");
    }
}
