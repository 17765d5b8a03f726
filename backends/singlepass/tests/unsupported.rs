//! What singlepass cannot compile is a typed `Unsupported` error naming
//! the back end, never a panic or a miscompilation.

use trident_compiler::{translate_module, Compiler};
use trident_singlepass::SinglepassCompiler;
use trident_types::{CompileError, CompilerOptions, Features};

fn compile(wat_text: &str) -> Result<(), CompileError> {
    let wasm = wat::parse_str(wat_text).expect("valid text");
    let t = translate_module(&wasm, Features::WASM2)?;
    let c = SinglepassCompiler::new(CompilerOptions::default())?;
    c.compile_module(&t).map(|_| ())
}

#[test]
fn simd_is_unsupported() {
    for text in [
        "(module (func (result v128) v128.const i64x2 1 2))",
        "(module (func (param i32) (result i32) local.get 0 i32x4.splat i32x4.extract_lane 0))",
        "(module (global v128 (v128.const i64x2 0 0)))",
    ] {
        match compile(text) {
            Err(CompileError::Unsupported { backend, .. }) => assert_eq!(backend, "singlepass"),
            other => panic!("{text}: expected Unsupported, got {other:?}"),
        }
    }
}

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
