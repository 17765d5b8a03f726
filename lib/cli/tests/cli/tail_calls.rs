//! `tests/programs/tail-calls.c` built by clang-22 with `-mtail-call
//! -mextended-const` (mutual recursion through `musttail` with ten
//! arguments: `return_call` with arguments beyond the registers) prints
//! what its native build prints, 10^7 calls deep (10^8 with
//! `TRIDENT_TAIL_CALLS=100000000`), under `trident run` and as a
//! create-exe executable on every back end.
//!
//! Both builds come from `make tail-calls`.

use crate::*;
use std::process::Command;
use std::time::Duration;

fn depth() -> String {
    std::env::var("TRIDENT_TAIL_CALLS").unwrap_or_else(|_| "10000000".into())
}

#[test]
fn tail_call_program_matches_its_native_build() {
    let wasm = built_program("tail-calls", "tail-calls.wasm");
    let native = built_program("tail-calls", "tail-calls-native");
    let n = depth();
    let mut cmd = Command::new(&native);
    cmd.arg(&n).env_clear();
    let want = run_with(cmd, b"", Duration::from_secs(60));
    assert!(want.status.success(), "native: {}", stderr(&want));
    let want = stdout(&want);
    assert!(want.starts_with("even/odd("), "{want}");
    let wasm = wasm.to_str().expect("utf-8 path");
    for b in backends() {
        let dir = temp_dir(&format!("tail-calls-{b}"));
        let mut cmd = Command::new(TRIDENT);
        cmd.args(["run", "--no-cache", "--backend", &b, wasm, &n])
            .current_dir(&dir)
            .env_clear();
        let got = run_with(cmd, b"", Duration::from_secs(120));
        assert!(got.status.success(), "{b}: {}", stderr(&got));
        assert_eq!(stdout(&got), want, "{b}: trident run");

        // With the environment: create-exe runs the system cc.
        let exe = dir.join("tail-calls");
        let mut cmd = Command::new(TRIDENT);
        cmd.args(["create-exe", "--backend", &b, "-o"])
            .arg(&exe)
            .arg(wasm);
        let o = run_with(cmd, b"", Duration::from_secs(300));
        assert!(o.status.success(), "{b} create-exe: {}", stderr(&o));
        let mut cmd = Command::new(&exe);
        cmd.arg(&n).current_dir(&dir).env_clear();
        let got = run_with(cmd, b"", Duration::from_secs(120));
        assert!(got.status.success(), "{b} executable: {}", stderr(&got));
        assert_eq!(stdout(&got), want, "{b}: executable");
    }
}
