//! `tests/programs/wasi-demo.c` under `trident run` behaves as its native
//! build: same stdout, stderr and exit status, given the same arguments,
//! environment, stdin and an empty working directory.
//!
//! Both builds come from `make wasi-demo` (clang-22 for wasm32-wasi, and
//! the host cc); the test fails, naming that command, when they are
//! missing or older than the source.

use crate::*;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

const STDIN: &[u8] = b"first line\nsecond line\nthird\n";
/// Arguments: one with a space, and an option-like one that must reach
/// the program rather than `trident run`; the last is the exit status.
const ARGS: [&str; 4] = ["alpha", "two words", "--dir", "7"];

fn built(name: &str) -> PathBuf {
    built_program("wasi-demo", name)
}

#[test]
fn wasi_demo_matches_its_native_build() {
    let wasm = built("wasi-demo.wasm");
    let native = built("wasi-demo-native");

    let dir = temp_dir("demo-native");
    let mut cmd = Command::new(&native);
    cmd.args(ARGS)
        .current_dir(&dir)
        .env_clear()
        .env("DEMO_NAME", "trident");
    let want = run_with(cmd, STDIN, Duration::from_secs(60));
    assert_eq!(want.status.code(), Some(7), "native: {}", stderr(&want));
    assert!(stdout(&want).contains("exiting with 7"));

    for b in backends() {
        let dir = temp_dir(&format!("demo-{b}"));
        let mut cmd = Command::new(TRIDENT);
        cmd.args([
            "run",
            "--backend",
            &b,
            "--dir",
            ".",
            "--env",
            "DEMO_NAME=trident",
        ])
        .arg(&wasm)
        .args(ARGS)
        .current_dir(&dir)
        .env_clear()
        // Not passed on: the guest sees only what --env gives it.
        .env("HOME", "/root")
        .env("SECRET", "x");
        let got = run_with(cmd, STDIN, Duration::from_secs(120));
        assert_eq!(
            stdout(&got),
            stdout(&want),
            "{b}: stdout differs; stderr: {}",
            stderr(&got)
        );
        assert_eq!(stderr(&got), stderr(&want), "{b}: stderr differs");
        assert_eq!(got.status.code(), Some(7), "{b}");
        let left: Vec<_> = std::fs::read_dir(&dir).expect("dir").collect();
        assert!(left.is_empty(), "{b}: the program should have cleaned up");
    }
}
