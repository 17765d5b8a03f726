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

/// The same program with `_start` calling the chain, for executables.
const START_PROGRAM: &str = r#"(module $bt
  (func $divide (param i32) (result i32)
    (i32.div_u (i32.const 100) (local.get 0)))
  (func $middle (param i32) (result i32)
    (i32.add (call $divide (local.get 0)) (i32.const 1)))
  (func $start (export "_start")
    (drop (call $middle (i32.const 0)))))"#;

/// `create-exe -g` executables carry the address maps (the trap's
/// backtrace has the offsets a JIT run shows: 0x2f is the `i32.div_u` of
/// this text, 0x35 and 0x3f its calls) and keep their symbol table with
/// the wasm function names, which perf and gdb read.
#[test]
fn executables_keep_offsets_and_with_g_symbols() {
    let dir = temp_dir("backtrace-exe");
    std::fs::write(dir.join("start.wat"), START_PROGRAM).expect("write");
    for b in backends() {
        let exe = format!("start-{b}");
        let o = crate::create_exe::trident_cmd(
            &dir,
            &[
                "create-exe",
                "-q",
                "-g",
                "--backend",
                &b,
                "start.wat",
                "-o",
                &exe,
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{b}: {}", stderr(&o));
        let run = run_with(
            Command::new(dir.join(&exe)),
            b"",
            std::time::Duration::from_secs(60),
        );
        let err = stderr(&run);
        let first = if b == "llvm" {
            "0: bt!start (function 2) at wasm offset 0x2f"
        } else {
            "0: bt!divide (function 0) at wasm offset 0x2f"
        };
        assert!(err.contains(first), "{b}: {err}");
        if b != "llvm" {
            assert!(
                err.contains("1: bt!middle (function 1) at wasm offset 0x35"),
                "{b}: {err}"
            );
            assert!(
                err.contains("2: bt!start (function 2) at wasm offset 0x3f"),
                "{b}: {err}"
            );
        }
        let mut nm = Command::new("nm");
        nm.arg(dir.join(&exe));
        let symbols = stdout(&run_with(nm, b"", std::time::Duration::from_secs(60)));
        for name in ["wasm[bt]::divide", "wasm[bt]::middle", "wasm[bt]::start"] {
            assert!(symbols.contains(name), "{b}: no {name} in the symbol table");
        }
    }
}

/// With DWARF in the module (`tests/programs/trap-lines.c`, clang `-g`),
/// each frame also gets its source lines, inlined callers included: the
/// trap at line 8 in `divide`, and in `main` the call at line 12 of
/// `helper` (inlined) and line 18 — from a fresh compile, an artifact and
/// an executable. LLVM inlines `divide` and `main` into `__main_void`
/// itself: there the three lines come in one frame, read back from the
/// inlined calls LLVM records (`CompiledFunction::inlined_calls`).
#[test]
fn dwarf_gives_source_lines_with_inlined_frames() {
    let wasm = built_program("trap-lines", "trap-lines.wasm");
    let dir = temp_dir("backtrace-dwarf");
    std::fs::copy(&wasm, dir.join("trap-lines.wasm")).expect("copy");
    for b in backends() {
        let artifact = format!("trap-lines-{b}.trident");
        let exe = format!("trap-lines-{b}");
        let o = trident_in(
            &dir,
            &[
                "compile",
                "--backend",
                &b,
                "trap-lines.wasm",
                "-o",
                &artifact,
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{b}: {}", stderr(&o));
        let o = crate::create_exe::trident_cmd(
            &dir,
            &[
                "create-exe",
                "-q",
                "--backend",
                &b,
                "trap-lines.wasm",
                "-o",
                &exe,
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{b}: {}", stderr(&o));
        let runs = [
            (
                "run",
                trident_in(
                    &dir,
                    &["run", "--no-cache", "--backend", &b, "trap-lines.wasm"],
                ),
            ),
            ("artifact", trident_in(&dir, &["run", &artifact])),
            (
                "executable",
                run_with(
                    Command::new(dir.join(&exe)),
                    b"",
                    std::time::Duration::from_secs(60),
                ),
            ),
        ];
        for (how, o) in runs {
            let err = stderr(&o);
            assert!(err.contains("integer divide by zero"), "{b} {how}: {err}");
            let lines: Vec<&str> = err
                .lines()
                .map(str::trim)
                .filter(|l| l.contains("trap-lines.c"))
                .collect();
            // `(inlined)` where LLVM inlined `divide` into its caller.
            assert!(
                lines.first().is_some_and(|l| l.starts_with("divide at ")
                    && (l.ends_with("tests/programs/trap-lines.c:8:14")
                        || b == "llvm" && l.ends_with("trap-lines.c:8:14 (inlined)"))),
                "{b} {how}: {err}"
            );
            assert_eq!(lines.len(), 3, "{b} {how}: {err}");
            assert!(
                lines[1].starts_with("helper at ")
                    && lines[1].ends_with("trap-lines.c:12:12 (inlined)"),
                "{b} {how}: {err}"
            );
            assert!(lines[2].ends_with("trap-lines.c:18:12"), "{b} {how}: {err}");
        }
    }
}
