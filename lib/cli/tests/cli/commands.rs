//! The `trident` binary: exit statuses, error lines, `--invoke`,
//! `inspect`, `--version`, and one sightglass program end to end.

use crate::*;

const EXIT_42: &str = r#"(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "bye\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 4))
    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (call $exit (i32.const 42))
    unreachable))"#;

const TRAPS: &str = r#"(module
  (memory (export "memory") 1)
  (func $inner unreachable)
  (func (export "_start") call $inner))"#;

const SPINS: &str = r#"(module
  (memory (export "memory") 1)
  (func (export "_start") (loop br 0)))"#;

fn assert_one_error_line(o: &std::process::Output, needle: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "stderr: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.lines().count(), 1, "not one line: {err}");
    assert!(err.starts_with("error: ") && err.contains(needle), "{err}");
}

#[test]
fn version_lists_the_back_ends() {
    let b = backends();
    assert!(b.iter().any(|b| b == "cranelift"), "{b:?}");
}

#[test]
fn invoke_prints_results_on_every_back_end() {
    for b in backends() {
        let o = trident(&[
            "run",
            "--backend",
            &b,
            "--invoke",
            "fib",
            "examples/fib.wat",
            "20",
        ]);
        assert_eq!(stdout(&o), "6765\n", "{b}: {}", stderr(&o));
        assert_eq!(o.status.code(), Some(0));
    }
}

#[test]
fn a_trap_exits_134_with_the_trap_on_stderr() {
    let o = trident(&["run", "--invoke", "divide", "examples/fib.wat", "7", "0"]);
    assert_eq!(o.status.code(), Some(134), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("integer divide by zero"),
        "{}",
        stderr(&o)
    );
    let dir = temp_dir("trap");
    let wasm = wasm_file(&dir, "trap.wasm", TRAPS);
    let o = trident_in(&dir, &["run", wasm.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(134), "{}", stderr(&o));
    assert!(stderr(&o).contains("unreachable"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"));
}

#[test]
fn proc_exit_sets_the_exit_status() {
    let dir = temp_dir("exit");
    let wasm = wasm_file(&dir, "exit.wasm", EXIT_42);
    for b in backends() {
        let o = trident_in(&dir, &["run", "--backend", &b, wasm.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(42), "{b}: {}", stderr(&o));
        assert_eq!(stdout(&o), "bye\n");
        assert_eq!(stderr(&o), "");
    }
}

#[test]
fn a_missing_file_is_one_error_line() {
    assert_one_error_line(&trident(&["run", "no/such/file.wasm"]), "no/such/file.wasm");
    assert_one_error_line(
        &trident(&["inspect", "no/such/file.wasm"]),
        "no/such/file.wasm",
    );
}

#[test]
fn a_malformed_file_is_one_error_line_naming_the_offset() {
    let dir = temp_dir("malformed");
    let good = wat::parse_str(EXIT_42).expect("wat");
    let bad = dir.join("cut.wasm");
    std::fs::write(&bad, &good[..good.len() - 7]).expect("write");
    let junk = dir.join("junk.wasm");
    std::fs::write(&junk, b"\0asm\x01\0\0\0\x0a\xff\xff\xff\xff\x0f").expect("write");
    for f in [&bad, &junk] {
        let f = f.to_str().unwrap();
        assert_one_error_line(&trident_in(&dir, &["run", f]), "offset");
        assert_one_error_line(&trident_in(&dir, &["inspect", f]), "byte offset");
        assert_one_error_line(&trident_in(&dir, &["inspect", "--json", f]), "byte offset");
    }
}

#[test]
fn a_module_without_start_names_its_exports() {
    let o = trident(&["run", "examples/fib.wat"]);
    assert_one_error_line(&o, "`fib` (function), `divide` (function)");
    assert!(stderr(&o).contains("no `_start`"));
}

#[test]
fn a_missing_import_is_one_error_line() {
    let dir = temp_dir("import");
    let wasm = wasm_file(
        &dir,
        "imp.wasm",
        r#"(module (import "env" "nope" (func)) (func (export "_start")))"#,
    );
    assert_one_error_line(
        &trident_in(&dir, &["run", wasm.to_str().unwrap()]),
        "env::nope",
    );
}

#[test]
fn timeout_and_fuel_stop_a_spinning_program_or_are_refused_cleanly() {
    let dir = temp_dir("spin");
    let wasm = wasm_file(&dir, "spin.wasm", SPINS);
    let wasm = wasm.to_str().unwrap();
    for b in backends() {
        for (opts, trap) in [
            (["--timeout", "300ms"], "interrupt"),
            (["--fuel", "100000"], "fuel"),
        ] {
            let mut args = vec!["run", "--backend", &b];
            args.extend(opts);
            args.push(wasm);
            let o = trident_in(&dir, &args);
            let err = stderr(&o);
            if err.contains("invalid configuration") {
                // The back end does not support this yet: a clean refusal.
                assert_one_error_line(&o, "invalid configuration");
            } else {
                assert_eq!(o.status.code(), Some(134), "{b} {opts:?}: {err}");
                assert!(err.to_lowercase().contains(trap), "{b} {opts:?}: {err}");
            }
        }
    }
}

#[test]
fn inspect_lists_sections_in_text_and_json() {
    let wasm = shared_dir().join("benchmarks/sightglass/noop/benchmark.wasm");
    let wasm = wasm.to_str().unwrap();
    let o = trident(&["inspect", wasm]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    for needle in [
        "sections (",
        "wasi_snapshot_preview1::fd_write",
        "bench::start",
        "\"_start\": func",
        "custom \"name\"",
        "validation: ok",
    ] {
        assert!(text.contains(needle), "no `{needle}` in:\n{text}");
    }
    let o = trident(&["inspect", "--json", wasm]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["file_size"], 51939);
    assert_eq!(v["imports"].as_array().map(|a| a.len()), Some(7));
    let code = v["sections"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["name"] == "code"))
        .expect("code section");
    let bodies: u64 = v["functions"]
        .as_array()
        .expect("functions")
        .iter()
        .map(|f| f["body_size"].as_u64().expect("size"))
        .sum();
    assert!(bodies > 0 && bodies < code["size"].as_u64().expect("size"));
    assert_eq!(v["validation"]["valid"], true);
}

/// An artifact shows its header: back end, target, the CPU features it
/// requires (what `--cpu-features` left), whether it runs here; a cut-off
/// artifact is one error line.
#[test]
fn inspect_shows_an_artifacts_header() {
    let dir = temp_dir("inspect-artifact");
    let wasm = wasm_file(&dir, "spins.wasm", SPINS);
    let wasm = wasm.to_str().unwrap();
    let compile = |out: &str, extra: &[&str]| {
        let mut args = vec!["compile", "--backend", "cranelift", "-o", out];
        args.extend(extra);
        args.push(wasm);
        let o = trident_in(&dir, &args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    };
    compile("plain.trident", &["--cpu-features", "-avx"]);
    let o = trident_in(&dir, &["inspect", "plain.trident"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    for needle in [
        "back end:          cranelift",
        "sse4.1",
        "runs here:         yes",
        "CPU requested:     default -avx",
    ] {
        assert!(text.contains(needle), "no `{needle}` in:\n{text}");
    }
    let requires = text
        .lines()
        .find(|l| l.contains("requires CPU:"))
        .expect("requires line");
    assert!(!requires.contains("avx"), "{text}");

    compile("arm.trident", &["--target", "aarch64-unknown-linux-gnu"]);
    let o = trident_in(&dir, &["inspect", "--json", "arm.trident"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["backend"], "cranelift");
    assert_eq!(v["target"], "aarch64-unknown-linux-gnu");
    assert!(v["functions"].as_u64().is_some_and(|n| n >= 1), "{v}");
    let why = v["refused_here"].as_str().unwrap_or_default();
    assert!(why.contains("aarch64"), "{v}");

    let bytes = std::fs::read(dir.join("plain.trident")).expect("artifact");
    std::fs::write(dir.join("cut.trident"), &bytes[..bytes.len() / 2]).expect("write");
    assert_one_error_line(
        &trident_in(&dir, &["inspect", "cut.trident"]),
        "cut.trident",
    );
}

/// Every back end records ARMv8.0 for AArch64, so a CPU model or feature
/// choice for it is refused (one error line), not silently unrecorded.
#[test]
fn aarch64_cpu_choices_are_refused_by_every_back_end() {
    let dir = temp_dir("aarch64-cpu");
    let wasm = wasm_file(&dir, "spins.wasm", SPINS);
    let wasm = wasm.to_str().unwrap();
    for b in backends() {
        for choice in [["--target-cpu", "cortex-a72"], ["--cpu-features", "+lse"]] {
            let mut args = vec![
                "compile",
                "--backend",
                &b,
                "--target",
                "aarch64-unknown-linux-gnu",
            ];
            args.extend(choice);
            args.extend(["-o", "out.trident", wasm]);
            assert_one_error_line(&trident_in(&dir, &args), "ARMv8.0");
            assert!(!dir.join("out.trident").exists(), "{b}: output written");
        }
    }
}

#[test]
fn a_sightglass_program_runs_through_the_binary() {
    let dir = shared_dir().join("benchmarks/sightglass/quicksort");
    for b in backends() {
        let o = trident_in(
            &dir,
            &["run", "--backend", &b, "--dir", ".", "benchmark.wasm"],
        );
        assert_eq!(o.status.code(), Some(0), "{b}: {}", stderr(&o));
        let want = std::fs::read(dir.join("benchmark.stdout.expected")).expect("expected");
        assert_eq!(o.stdout, want, "{b}");
        assert_eq!(o.stderr, b"");
    }
}
