//! The standard C API's own example programs
//! (`../shared/wasm-c-api-examples`), built unchanged against
//! `include/wasm.h` and `libtrident.so`, on every back end and both
//! bounds-check styles (chosen through `TRIDENT_BACKEND` and
//! `TRIDENT_BOUNDS_CHECKS`, which a default `wasm_config_t` reads). Each
//! must exit 0; hello, callback, multi, reflect and serialize must print
//! exactly `expected/NAME.stdout`; trap must print `> callback abort`
//! for its first export and a non-empty trace for `unreachable`. The
//! examples check their own results otherwise (they exit non-zero on a
//! mismatch). Needs `cc`; fails loudly without the shared folder.

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
    assert!(
        dir.join("libtrident.so").exists(),
        "no libtrident.so in {}",
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

#[test]
fn the_standard_examples_run_on_every_back_end() {
    let examples = repo_root().join("../shared/wasm-c-api-examples");
    assert!(
        examples.join("hello.c").exists(),
        "missing {} (the shared folder must be beside the repository)",
        examples.display()
    );
    let lib = library_dir();
    let include = repo_root().join("lib/c-api/include");
    let work = std::env::temp_dir().join(format!("trident-c-api-examples-{}", std::process::id()));
    std::fs::create_dir_all(&work).expect("work dir");
    for name in EXAMPLES {
        let wat = std::fs::read_to_string(examples.join(format!("{name}.wat"))).expect("wat");
        let wasm = wat::parse_str(&wat).unwrap_or_else(|e| panic!("{name}.wat: {e}"));
        std::fs::write(work.join(format!("{name}.wasm")), wasm).expect("write wasm");
        let mut cc = Command::new("cc");
        cc.arg("-O1")
            .arg("-I")
            .arg(&include)
            .arg(examples.join(format!("{name}.c")))
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
    for backend in ["cranelift", "singlepass", "llvm"] {
        for style in ["static", "dynamic"] {
            for name in EXAMPLES {
                let what = format!("{name} ({backend}, {style})");
                let mut cmd = Command::new(work.join(name));
                cmd.current_dir(&work)
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
            }
        }
    }
    let _ = std::fs::remove_dir_all(&work);
}
