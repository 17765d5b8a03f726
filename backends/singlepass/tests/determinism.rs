//! Singlepass output is byte-identical at any thread count and in another
//! process (hash seeds differ between processes), on a real program.
//!
//! Under user-mode emulation (qemu-aarch64 without binfmt_misc) a foreign
//! test binary cannot exec itself: set `TRIDENT_TEST_RUNNER` to the cargo
//! runner (e.g. `qemu-aarch64 -L /usr/aarch64-linux-gnu`) and the child is
//! started through it.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use trident_compiler::translate_module;
use trident_singlepass::SinglepassCompiler;
use trident_types::CompilerOptions;

const CHILD_ENV: &str = "TRIDENT_SINGLEPASS_DETERMINISM_CHILD";

fn module_bytes() -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/benchmarks/sightglass/pulldown-cmark/benchmark.wasm");
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {} (the shared folder must sit beside the repository): {e}",
            path.display()
        )
    })
}

/// A hash of everything the back end produced, with fixed keys so it is
/// comparable across processes.
fn compile_hash(threads: usize) -> u64 {
    let wasm = module_bytes();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    let compilation = pool.install(|| {
        let translation = translate_module(&wasm, Default::default()).expect("translate");
        let compiler = SinglepassCompiler::new(CompilerOptions::default()).expect("compiler");
        trident_compiler::compile_module(&compiler, &translation).expect("compile")
    });
    assert!(!compilation.functions.is_empty());
    #[allow(deprecated)]
    let mut h = std::hash::SipHasher::new_with_keys(1, 2);
    compilation.hash(&mut h);
    h.finish()
}

#[test]
fn same_output_at_any_thread_count() {
    let one = compile_hash(1);
    assert_eq!(one, compile_hash(2));
    assert_eq!(one, compile_hash(4));
}

/// Run in a child process by `same_output_in_another_process`.
#[test]
fn determinism_child() {
    if std::env::var_os(CHILD_ENV).is_some() {
        println!("HASH={}", compile_hash(3));
    }
}

#[test]
fn same_output_in_another_process() {
    let here = compile_hash(2);
    let exe = std::env::current_exe().expect("current exe");
    let runner = std::env::var("TRIDENT_TEST_RUNNER").unwrap_or_default();
    let mut words = runner.split_whitespace();
    let mut cmd = match words.next() {
        Some(program) => {
            let mut c = std::process::Command::new(program);
            c.args(words).arg(&exe);
            c
        }
        None => std::process::Command::new(&exe),
    };
    let out = cmd
        .args([
            "--exact",
            "determinism_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, "1")
        .output()
        .expect("run child");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let theirs = stdout
        .lines()
        .find_map(|l| l.split_once("HASH=").map(|(_, h)| h))
        .unwrap_or_else(|| {
            panic!(
                "child printed no hash ({}; under emulation set TRIDENT_TEST_RUNNER):\n{stdout}\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            )
        });
    assert_eq!(theirs.trim(), here.to_string());
}
