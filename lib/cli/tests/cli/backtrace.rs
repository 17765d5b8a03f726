//! Trap backtraces name each frame's wasm function and, from the back
//! end's address map, the module offset of the operator the frame is in:
//! the trapping `i32.div_u` and the two `call`s above it, the same on
//! singlepass and Cranelift, from a fresh compile and from an artifact.
//! LLVM inlines the two callees into the export, so it has one frame, in
//! `outer`, whose offset is still the inlined `i32.div_u`'s.

use crate::*;

/// Offsets from `wasm-objdump -d` of this text: `i32.div_u` at 0x2b, the
/// `call`s at 0x31 and 0x3b.
const PROGRAM: &str = r#"(module $bt
  (func $divide (param i32) (result i32)
    (i32.div_u (i32.const 100) (local.get 0)))
  (func $middle (param i32) (result i32)
    (i32.add (call $divide (local.get 0)) (i32.const 1)))
  (func $outer (export "outer") (param i32) (result i32)
    (i32.mul (call $middle (local.get 0)) (i32.const 2))))"#;

/// The backtrace lines of running `file` (`--invoke outer 0`) to its trap.
fn backtrace(dir: &Path, backend: &str, file: &str) -> Vec<String> {
    let o = trident_in(
        dir,
        &[
            "run",
            "--no-cache",
            "--backend",
            backend,
            "--invoke",
            "outer",
            file,
            "0",
        ],
    );
    assert!(!o.status.success(), "{backend}: {}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("integer divide by zero"), "{backend}: {err}");
    err.lines()
        .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .map(|l| l.trim().to_string())
        .collect()
}

#[test]
fn trap_backtraces_give_each_frames_wasm_offset() {
    let dir = temp_dir("backtrace-offsets");
    std::fs::write(dir.join("prog.wat"), PROGRAM).expect("write");
    for b in backends() {
        let artifact = format!("prog-{b}.trident");
        let o = trident_in(
            &dir,
            &["compile", "--backend", &b, "prog.wat", "-o", &artifact],
        );
        assert_eq!(o.status.code(), Some(0), "{b}: {}", stderr(&o));
        for file in ["prog.wat", artifact.as_str()] {
            let frames = backtrace(&dir, &b, file);
            let expected: &[&str] = if b == "llvm" {
                &["0: bt!outer (function 2) at wasm offset 0x2b"]
            } else {
                &[
                    "0: bt!divide (function 0) at wasm offset 0x2b",
                    "1: bt!middle (function 1) at wasm offset 0x31",
                    "2: bt!outer (function 2) at wasm offset 0x3b",
                ]
            };
            assert_eq!(frames.len(), expected.len(), "{b} {file}: {frames:#?}");
            for (f, e) in frames.iter().zip(expected.iter()) {
                assert!(f.starts_with(e), "{b} {file}: `{f}`, expected `{e} +…`");
            }
        }
    }
}
