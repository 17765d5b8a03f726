//! A real vectorized program on singlepass: `programs/simd-kernels.c`,
//! auto-vectorized by clang into Wasm SIMD (`-O3 -msimd128`), must compute
//! the same hash as the same C compiled natively. Needs `clang-22` with
//! wasm-ld (`make setup` installs them) and the system `cc`.
//!
//! On an AArch64 test binary under qemu (`make unit-aarch64`) both
//! compilers and the native program are the x86-64 host's: the program
//! computes a portable hash, so only the Wasm side runs emulated.

use std::path::{Path, PathBuf};
use std::process::Command;
use trident::{Config, Engine, Instance, Module, Store};

fn program() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/programs/simd-kernels.c")
}

fn build(cmd: &str, args: &[&str], out: &Path) {
    let status = Command::new(cmd)
        .args(args)
        .arg("-o")
        .arg(out)
        .arg(program())
        .status()
        .unwrap_or_else(|e| panic!("cannot run {cmd} (`make setup` installs it): {e}"));
    assert!(status.success(), "{cmd} {args:?} failed");
}

/// How many SIMD operators the module's function bodies hold.
fn simd_operators(bytes: &[u8]) -> usize {
    use trident_compiler::operators::is_simd_operator;
    use trident_compiler::wasmparser::{Parser, Payload};
    let mut n = 0;
    for payload in Parser::new(0).parse_all(bytes) {
        if let Payload::CodeSectionEntry(body) = payload.expect("valid module") {
            let mut ops = body.get_operators_reader().expect("operators");
            while !ops.eof() {
                n += usize::from(is_simd_operator(&ops.read().expect("operator")));
            }
        }
    }
    n
}

#[test]
fn vectorized_c_matches_native() {
    let dir = std::env::temp_dir().join(format!("trident-simd-program-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (wasm, native) = (dir.join("kernels.wasm"), dir.join("kernels-native"));
    build(
        "clang-22",
        &[
            "--target=wasm32",
            // Not binaryen's wasm-opt, even when one is on PATH (see the
            // Makefile's WASM_CC).
            "--no-wasm-opt",
            "-O3",
            "-msimd128",
            "-nostdlib",
            "-Wl,--no-entry",
            "-Wl,--export=run",
        ],
        &wasm,
    );
    build("cc", &["-O2", "-DNATIVE_MAIN"], &native);
    let bytes = std::fs::read(&wasm).expect("wasm");
    // The point is SIMD: the vectorizer must have emitted plenty.
    let simd = simd_operators(&bytes);
    println!("{simd} SIMD operators in the vectorized program");
    assert!(simd >= 50, "only {simd} SIMD operators in the program");
    let output = Command::new(&native).output().expect("run native");
    let expected: u64 = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .expect("native output");

    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config.backend("singlepass");
    let engine = Engine::new(&config).expect("engine");
    let module = Module::new(&engine, &bytes).expect("compile");
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).expect("instance");
    let run = instance
        .get_typed_func::<(), i64>(&mut store, "run")
        .expect("export run");
    let got = run.call(&mut store, ()).expect("call") as u64;
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(got, expected);
}
