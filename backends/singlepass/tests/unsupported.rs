//! What singlepass cannot compile is a typed `Unsupported` error naming
//! the back end, never a panic or a miscompilation.

use trident_singlepass::SinglepassCompiler;
use trident_types::{CompileError, CompilerOptions};

#[test]
fn other_targets_are_unsupported() {
    // x86_64 and aarch64 are supported; anything else is refused.
    let options = CompilerOptions {
        target: Some("riscv64gc-unknown-linux-gnu".into()),
        ..Default::default()
    };
    assert!(matches!(
        SinglepassCompiler::new(options),
        Err(CompileError::Unsupported {
            backend: "singlepass",
            ..
        })
    ));
}

/// SIMD is compiled for AArch64 too (NEON), whatever the host: vectors in
/// signatures, in globals and inside bodies all compile when cross
/// compiling for it (running them is `simd.rs` and the spec tests under
/// qemu).
#[test]
fn simd_compiles_for_aarch64() {
    use trident_compiler::{translate_module, Compiler};
    use trident_types::Features;
    let options = CompilerOptions {
        target: Some("aarch64-unknown-linux-gnu".into()),
        ..Default::default()
    };
    let c = SinglepassCompiler::new(options).expect("aarch64 is supported");
    assert!(c.supports_simd());
    for text in [
        "(module (func (result v128) v128.const i64x2 1 2))",
        "(module (func (param i32) (result i32) local.get 0 i32x4.splat i32x4.extract_lane 0))",
        "(module (func (result i32) v128.const i64x2 1 2 v128.any_true))",
        "(module (global v128 (v128.const i64x2 0 0)))",
        "(module (memory 1) (func (param i32) local.get 0 local.get 0 v128.load v128.store))",
    ] {
        let wasm = wat::parse_str(text).expect("valid text");
        let t = translate_module(&wasm, Features::WASM2).expect("translates");
        if let Err(e) = trident_compiler::compile_module(&c, &t) {
            panic!("{text}: {e}");
        }
    }
}

#[test]
fn disabling_the_sse41_baseline_is_unsupported() {
    for feature in ["-sse4.1", "-ssse3", "-sse3"] {
        let options = CompilerOptions {
            // x86-64 named, so the test means the same on any host.
            target: Some("x86_64-unknown-linux-gnu".into()),
            cpu_features: vec!["-avx".into(), feature.into()],
            ..Default::default()
        };
        assert!(
            matches!(
                SinglepassCompiler::new(options),
                Err(CompileError::Unsupported {
                    backend: "singlepass",
                    ..
                })
            ),
            "{feature}"
        );
    }
    let options = CompilerOptions {
        target: Some("x86_64-unknown-linux-gnu".into()),
        cpu_features: vec!["-avx".into(), "-avx2".into(), "+popcnt".into()],
        ..Default::default()
    };
    assert!(SinglepassCompiler::new(options).is_ok());
}
