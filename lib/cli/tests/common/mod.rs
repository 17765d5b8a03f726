//! Running the `trident` binary in tests: with a timeout, in a directory,
//! with a clean environment.

#![allow(dead_code)] // each test file uses part of this

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const TRIDENT: &str = env!("CARGO_BIN_EXE_trident");

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..")
}

/// `../shared` beside the repository; tests that need it fail without it.
pub fn shared() -> PathBuf {
    let dir = repo().join("..").join("shared");
    assert!(
        dir.join("benchmarks").is_dir(),
        "the shared test data is missing: expected {}",
        dir.display()
    );
    dir
}

/// A fresh empty directory.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("trident-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs `cmd` with `stdin` fed in, killing it after `limit`.
pub fn run_with(mut cmd: Command, stdin: &[u8], limit: Duration) -> Output {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn");
    if let Some(mut i) = child.stdin.take() {
        let _ = i.write_all(stdin);
    }
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().expect("output");
            panic!(
                "{cmd:?} did not finish within {limit:?}; stderr: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// `trident ARGS` in `dir` with an empty environment.
pub fn trident_in(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(TRIDENT);
    cmd.args(args).current_dir(dir).env_clear();
    run_with(cmd, b"", Duration::from_secs(120))
}

pub fn trident(args: &[&str]) -> Output {
    trident_in(&repo(), args)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The back ends the binary was built with, from `--version`.
pub fn backends() -> Vec<String> {
    let v = stdout(&trident(&["--version"]));
    let list = v
        .split("back ends: ")
        .nth(1)
        .and_then(|s| s.split(')').next())
        .unwrap_or_else(|| panic!("--version does not list back ends: {v}"));
    list.split(", ").map(str::to_string).collect()
}

/// Writes the binary of a text module to a file in `dir`.
pub fn wasm_file(dir: &Path, name: &str, wat: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, wat::parse_str(wat).expect("wat")).expect("write wasm");
    path
}

/// `target/<program>/<name>`, built by `make <program>` from
/// `tests/programs/<program>.c`; fails, naming that command, when it is
/// missing or older than the source.
pub fn built_program(program: &str, name: &str) -> PathBuf {
    let source = repo().join(format!("tests/programs/{program}.c"));
    let path = repo().join("target").join(program).join(name);
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified());
    let fresh = match (modified(&path), modified(&source)) {
        (Ok(b), Ok(s)) => b >= s,
        _ => false,
    };
    assert!(
        fresh,
        "{} is missing or older than {}: run `make {program}`",
        path.display(),
        source.display()
    );
    path
}
