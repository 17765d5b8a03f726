//! `trident run -g`: the JIT code is registered with GDB's JIT interface,
//! so `gdb` names wasm functions in a backtrace and unwinds through them
//! (and the host-to-wasm trampoline) back into Trident's own frames, on
//! every back end. The program traps three calls deep; gdb stops at the
//! trap's signal and prints `bt`. LLVM inlines the two inner functions
//! into the export, so only the export's frame is required there.

use crate::*;
use std::time::Duration;

const PROGRAM: &str = r#"(module $dbg
  (func $innermost (param i32) (result i32)
    (if (i32.eqz (local.get 0)) (then unreachable))
    (local.get 0))
  (func $middle (param i32) (result i32)
    (i32.add (call $innermost (local.get 0)) (i32.const 1)))
  (func $outer (export "outer") (param i32) (result i32)
    (i32.mul (call $middle (local.get 0)) (i32.const 2))))"#;

/// What gdb prints running `trident run [-g] --backend BACKEND` of the
/// program to its trap and asking for `bt` (gdb: installed by `make test`).
fn gdb_session(dir: &Path, backend: &str, register: bool) -> String {
    let mut cmd = Command::new("gdb");
    cmd.args([
        "-q", "-batch", "-nx", "-ex", "run", "-ex", "bt", "--args", TRIDENT,
    ])
    .args(["run", "--no-cache", "--backend", backend])
    .args(if register { &["-g"][..] } else { &[][..] })
    .args(["--invoke", "outer", "prog.wat", "0"])
    .current_dir(dir);
    stdout(&run_with(cmd, b"", Duration::from_secs(120)))
}

/// The frame lines of the backtrace `gdb_session` shows with `-g`.
fn gdb_backtrace(dir: &Path, backend: &str) -> Vec<String> {
    gdb_session(dir, backend, true)
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

#[test]
fn gdb_names_wasm_frames_and_unwinds_through_them_on_every_back_end() {
    let dir = temp_dir("gdb-jit");
    std::fs::write(dir.join("prog.wat"), PROGRAM).expect("write");
    for b in backends() {
        let frames = gdb_backtrace(&dir, &b);
        let position = |name: &str| frames.iter().position(|f| f.contains(name));
        let expected: &[&str] = if b == "llvm" {
            &["wasm[dbg]::outer"]
        } else {
            &[
                "wasm[dbg]::innermost",
                "wasm[dbg]::middle",
                "wasm[dbg]::outer",
            ]
        };
        // The wasm frames first, innermost at #0, in call order.
        for (k, name) in expected.iter().enumerate() {
            assert_eq!(position(name), Some(k), "{b}: {name} in {frames:#?}");
        }
        // Then the trampoline, and unwinding goes on into the runtime.
        let trampoline = position("host_to_wasm_trampoline");
        assert_eq!(trampoline, Some(expected.len()), "{b}: {frames:#?}");
        assert!(
            position("trident_catch").is_some_and(|p| p > expected.len()),
            "{b}: gdb did not unwind back into the runtime: {frames:#?}"
        );
    }
}

#[test]
fn without_g_gdb_sees_no_wasm_names() {
    let dir = temp_dir("gdb-jit-off");
    std::fs::write(dir.join("prog.wat"), PROGRAM).expect("write");
    let out = gdb_session(&dir, "cranelift", false);
    assert!(out.contains("SIGILL") || out.contains("SIGSEGV"), "{out}");
    assert!(!out.contains("wasm[dbg]"), "{out}");
}

/// With the module's DWARF (`tests/programs/trap-lines.c`, clang `-g`),
/// `-g` also gives gdb a line table for the machine code: a breakpoint on
/// a C line (pending until the code registers) stops there, `next` goes
/// to the next line, `step` into the inlined helper and then into
/// `divide`. Singlepass and Cranelift keep every line; LLVM (which
/// inlines `divide` and `main` itself) is checked to stop on the line and
/// reach the trapping line 8.
#[test]
fn gdb_breaks_on_a_c_line_and_steps_with_the_modules_dwarf() {
    let wasm = built_program("trap-lines", "trap-lines.wasm");
    let dir = temp_dir("gdb-dwarf");
    std::fs::copy(&wasm, dir.join("trap-lines.wasm")).expect("copy");
    for b in backends() {
        let mut cmd = Command::new("gdb");
        cmd.args(["-q", "-batch", "-nx", "-ex", "set breakpoint pending on"])
            .args(["-ex", "break trap-lines.c:17", "-ex", "run"])
            .args(["-ex", "next", "-ex", "step", "-ex", "step", "-ex", "bt 1"])
            .args([
                "--args",
                TRIDENT,
                "run",
                "-g",
                "--no-cache",
                "--backend",
                &b,
            ])
            .arg("trap-lines.wasm")
            .current_dir(&dir);
        let out = stdout(&run_with(cmd, b"", Duration::from_secs(120)));
        // gdb prints each line it stops on as `LINE\tSOURCE`.
        let stops: Vec<u32> = out
            .lines()
            .filter_map(|l| l.split_once('\t').and_then(|(n, _)| n.parse().ok()))
            .collect();
        assert_eq!(stops.first(), Some(&17), "{b}: {out}");
        if b == "llvm" {
            assert!(stops.contains(&8), "{b}: {out}");
        } else {
            assert_eq!(&stops[..4], &[17, 18, 12, 8], "{b}: {out}");
            assert!(
                out.contains("divide () at") && out.contains("trap-lines.c:8"),
                "{b}: {out}"
            );
        }
    }
}

/// LLDB reads the same JIT interface (once its GDB JIT loader is on): the
/// pending breakpoint on the C line resolves when the code registers, and
/// stepping over goes to the next line. (`lldb-22`: make test installs it.)
#[test]
fn lldb_breaks_on_a_c_line_and_steps_too() {
    let wasm = built_program("trap-lines", "trap-lines.wasm");
    let dir = temp_dir("lldb-dwarf");
    std::fs::copy(&wasm, dir.join("trap-lines.wasm")).expect("copy");
    for b in backends() {
        let mut cmd = Command::new("lldb-22");
        cmd.args([
            "--batch",
            "-o",
            "settings set plugin.jit-loader.gdb.enable on",
        ])
        .args([
            "-o",
            "breakpoint set --file trap-lines.c --line 17",
            "-o",
            "run",
        ])
        .args([
            "-o",
            "thread step-over",
            "--",
            TRIDENT,
            "run",
            "-g",
            "--no-cache",
        ])
        .args(["--backend", &b, "trap-lines.wasm"])
        .current_dir(&dir);
        let out = stdout(&run_with(cmd, b"", Duration::from_secs(120)));
        let stops: Vec<&str> = out
            .lines()
            .filter(|l| l.contains("frame #0") && l.contains("trap-lines.c:"))
            .collect();
        // (LLVM inlines `main` into `__main_void`: its frame has that name.)
        assert!(
            stops
                .first()
                .is_some_and(|s| s.contains("at trap-lines.c:17")),
            "{b}: {out}"
        );
        if b != "llvm" {
            assert!(
                stops
                    .first()
                    .is_some_and(|s| s.contains("wasm[trap-lines.wasm]::main")),
                "{b}: {out}"
            );
            assert!(
                stops.get(1).is_some_and(|s| s.contains("trap-lines.c:18")),
                "{b}: {out}"
            );
        }
    }
}
