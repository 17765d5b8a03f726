//! `tests/programs/relaxed-simd.c` built by clang-22 with `-msimd128
//! -mrelaxed-simd` (a vectorized kernel on every relaxed operator: madd,
//! nmadd, min, max, laneselect, trunc, swizzle, q15mulr, dot) prints what
//! its scalar native twin prints (the deterministic semantics Trident
//! documents, no fused multiply-add), under `trident run` and as a
//! create-exe executable on every back end. A fused multiply-add changes
//! the printed total, so this also proves the rounding choice.
//!
//! Both builds come from `make relaxed-simd`.

use crate::*;
use std::process::Command;
use std::time::Duration;

#[test]
fn relaxed_simd_program_matches_its_native_build() {
    let wasm = built_program("relaxed-simd", "relaxed-simd.wasm");
    let native = built_program("relaxed-simd", "relaxed-simd-native");
    let mut cmd = Command::new(&native);
    cmd.env_clear();
    let want = run_with(cmd, b"", Duration::from_secs(60));
    assert!(want.status.success(), "native: {}", stderr(&want));
    let want = stdout(&want);
    assert!(want.starts_with("relaxed(2000): checksum "), "{want}");
    let wasm = wasm.to_str().expect("utf-8 path");
    for b in backends() {
        let dir = temp_dir(&format!("relaxed-simd-{b}"));
        let mut cmd = Command::new(TRIDENT);
        cmd.args(["run", "--no-cache", "--backend", &b, wasm])
            .current_dir(&dir)
            .env_clear();
        let got = run_with(cmd, b"", Duration::from_secs(120));
        assert!(got.status.success(), "{b}: {}", stderr(&got));
        assert_eq!(stdout(&got), want, "{b}: trident run");

        // With the environment: create-exe runs the system cc.
        let exe = dir.join("relaxed-simd");
        let mut cmd = Command::new(TRIDENT);
        cmd.args(["create-exe", "--backend", &b, "-o"])
            .arg(&exe)
            .arg(wasm);
        let o = run_with(cmd, b"", Duration::from_secs(300));
        assert!(o.status.success(), "{b} create-exe: {}", stderr(&o));
        let mut cmd = Command::new(&exe);
        cmd.current_dir(&dir).env_clear();
        let got = run_with(cmd, b"", Duration::from_secs(120));
        assert!(got.status.success(), "{b} executable: {}", stderr(&got));
        assert_eq!(stdout(&got), want, "{b}: executable");
    }
}
