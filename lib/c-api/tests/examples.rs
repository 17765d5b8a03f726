//! The standard C API's own example programs
//! (`../shared/wasm-c-api-examples`), built unchanged against
//! `include/wasm.h` and `libtrident.so`, on every back end and both
//! bounds-check styles (chosen through `TRIDENT_BACKEND` and
//! `TRIDENT_BOUNDS_CHECKS`, which a default `wasm_config_t` reads). Each
//! must exit 0; hello, callback, multi, reflect and serialize must print
//! exactly `expected/NAME.stdout`; trap must print `> callback abort`
//! for its first export and a non-empty trace for `unreachable`. The
//! examples check their own results otherwise (they exit non-zero on a
//! mismatch). `tests/c/misuse.c`, ours, checks that misuse (null
//! arguments, malformed modules, wrong argument counts and kinds, missing
//! imports, out-of-range tables and memories) gets error values or traps;
//! `tests/c/trident.c` that `trident.h`'s settings, fuel and epochs work
//! and that its errors carry messages; `tests/python/call_export.py` that
//! Python can embed the library through ctypes.
//! Needs `cc`; fails loudly without the shared folder.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const EXAMPLES: [&str; 13] = [
    "hello",
    "callback",
    "global",
    "memory",
    "table",
    "trap",
    "finalize",
    "hostref",
    "multi",
    "reflect",
    "serialize",
    "start",
    "threads",
];

/// Examples whose whole output is fixed.
const EXACT: [&str; 5] = ["hello", "callback", "multi", "reflect", "serialize"];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where cargo put `libtrident.so` (next to this test's `deps/`).
fn library_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target directory");
    // `cargo test` does not build a cdylib: `make c-api` (or `cargo build
    // --release -p trident-c-api`) does, and `make test` runs it first.
    assert!(
        dir.join("libtrident.so").exists(),
        "no libtrident.so in {} (build it first: make c-api)",
        dir.display()
    );
    dir.to_path_buf()
}

/// Runs `cmd` with a deadline; its output.
fn run(mut cmd: Command, what: &str) -> std::process::Output {
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("{what}: timed out");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Builds `dir/NAME.c` against the header and the library into `work`,
/// with `dir/NAME.wat` as `work/NAME.wasm`.
fn build(dir: &Path, name: &str, work: &Path) {
    let wat = std::fs::read_to_string(dir.join(format!("{name}.wat"))).expect("wat");
    let wasm = wat::parse_str(&wat).unwrap_or_else(|e| panic!("{name}.wat: {e}"));
    std::fs::write(work.join(format!("{name}.wasm")), wasm).expect("write wasm");
    let lib = library_dir();
    let mut cc = Command::new("cc");
    cc.arg("-O1")
        .arg("-I")
        .arg(repo_root().join("lib/c-api/include"))
        .arg(dir.join(format!("{name}.c")))
        .arg("-o")
        .arg(work.join(name))
        .arg("-L")
        .arg(&lib)
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .args(["-ltrident", "-lpthread"]);
    let o = run(cc, &format!("cc {name}.c"));
    assert!(
        o.status.success(),
        "cc {name}.c: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Runs `work/NAME` on every back end and bounds-check style; `check`
/// gets each run's name and standard output after a zero exit.
fn run_everywhere(work: &Path, name: &str, check: impl Fn(&str, &str)) {
    for backend in ["cranelift", "singlepass", "llvm"] {
        for style in ["static", "dynamic"] {
            let what = format!("{name} ({backend}, {style})");
            let mut cmd = Command::new(work.join(name));
            cmd.current_dir(work)
                .env("TRIDENT_BACKEND", backend)
                .env("TRIDENT_BOUNDS_CHECKS", style);
            let o = run(cmd, &what);
            let out = String::from_utf8_lossy(&o.stdout);
            assert!(
                o.status.success(),
                "{what} exited {:?}:\n{out}\n{}",
                o.status,
                String::from_utf8_lossy(&o.stderr)
            );
            check(&what, &out);
        }
    }
}

fn work_dir(tag: &str) -> PathBuf {
    let work = std::env::temp_dir().join(format!("trident-c-api-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&work).expect("work dir");
    work
}

#[test]
fn the_standard_examples_run_on_every_back_end() {
    let examples = repo_root().join("../shared/wasm-c-api-examples");
    assert!(
        examples.join("hello.c").exists(),
        "missing {} (the shared folder must be beside the repository)",
        examples.display()
    );
    let work = work_dir("examples");
    for name in EXAMPLES {
        build(&examples, name, &work);
    }
    for name in EXAMPLES {
        run_everywhere(&work, name, |what, out| {
            if EXACT.contains(&name) {
                let want =
                    std::fs::read_to_string(examples.join(format!("expected/{name}.stdout")))
                        .expect("expected output");
                assert_eq!(out, want, "{what}");
            }
            if name == "trap" {
                let export1 = out.split("Calling export 1...").nth(1).unwrap_or("");
                assert!(out.contains("> callback abort"), "{what}:\n{out}");
                assert!(
                    !export1.contains("> Empty trace."),
                    "{what}: no trace for unreachable:\n{out}"
                );
            }
        });
    }
    let _ = std::fs::remove_dir_all(&work);
}

/// Builds and runs our own C test `tests/c/NAME.c`, which prints `ok`.
fn own_c_test(name: &str) {
    let work = work_dir(name);
    build(&repo_root().join("lib/c-api/tests/c"), name, &work);
    run_everywhere(&work, name, |what, out| assert_eq!(out, "ok\n", "{what}"));
    let _ = std::fs::remove_dir_all(&work);
}

#[test]
fn misuse_is_an_error_never_a_crash() {
    own_c_test("misuse");
}

#[test]
fn trident_h_sets_what_only_trident_has() {
    own_c_test("trident");
}

/// Python (ctypes) calls an export, whose import is a Python function,
/// through `libtrident.so` (`tests/python/call_export.py`), on every back
/// end and style.
#[test]
fn python_calls_through_ctypes() {
    let script = repo_root().join("lib/c-api/tests/python/call_export.py");
    let so = library_dir().join("libtrident.so");
    for backend in ["cranelift", "singlepass", "llvm"] {
        for style in ["static", "dynamic"] {
            let what = format!("call_export.py ({backend}, {style})");
            let mut cmd = Command::new("python3");
            cmd.arg(&script)
                .arg(&so)
                .env("TRIDENT_BACKEND", backend)
                .env("TRIDENT_BOUNDS_CHECKS", style);
            let o = run(cmd, &what);
            assert!(
                o.status.success(),
                "{what}: {}{}",
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            );
            assert_eq!(String::from_utf8_lossy(&o.stdout), "ok\n", "{what}");
        }
    }
}
