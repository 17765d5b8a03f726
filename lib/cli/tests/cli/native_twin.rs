//! The check the clang-built program tests share: a wasm build prints
//! what its native build prints, under `trident run` and as a create-exe
//! executable, on every back end.

use crate::*;
use std::process::Command;
use std::time::Duration;

/// Runs `target/PROGRAM/PROGRAM-native ARGS` and, on every back end,
/// `trident run PROGRAM.wasm ARGS` and a create-exe executable of it with
/// the same arguments; each must succeed and print what the native build
/// printed, which is returned. Both builds come from `make PROGRAM`.
pub fn matches_native_build(program: &str, args: &[&str]) -> String {
    let wasm = built_program(program, &format!("{program}.wasm"));
    let native = built_program(program, &format!("{program}-native"));
    let mut cmd = Command::new(&native);
    cmd.args(args).env_clear();
    let want = run_with(cmd, b"", Duration::from_secs(60));
    assert!(want.status.success(), "native: {}", stderr(&want));
    let want = stdout(&want);
    let wasm = wasm.to_str().expect("utf-8 path");
    for b in backends() {
        let dir = temp_dir(&format!("{program}-{b}"));
        let mut cmd = Command::new(TRIDENT);
        cmd.args(["run", "--no-cache", "--backend", &b, wasm])
            .args(args)
            .current_dir(&dir)
            .env_clear();
        let got = run_with(cmd, b"", Duration::from_secs(120));
        assert!(got.status.success(), "{b}: {}", stderr(&got));
        assert_eq!(stdout(&got), want, "{b}: trident run");

        // With the environment: create-exe runs the system cc.
        let exe = dir.join(program);
        let mut cmd = Command::new(TRIDENT);
        cmd.args(["create-exe", "--backend", &b, "-o"])
            .arg(&exe)
            .arg(wasm);
        let o = run_with(cmd, b"", Duration::from_secs(300));
        assert!(o.status.success(), "{b} create-exe: {}", stderr(&o));
        let mut cmd = Command::new(&exe);
        cmd.args(args).current_dir(&dir).env_clear();
        let got = run_with(cmd, b"", Duration::from_secs(120));
        assert!(got.status.success(), "{b} executable: {}", stderr(&got));
        assert_eq!(stdout(&got), want, "{b}: executable");
    }
    want
}
