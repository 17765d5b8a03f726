//! `tests/programs/relaxed-simd.c` built by clang-22 with `-msimd128
//! -mrelaxed-simd` (a vectorized kernel on every relaxed operator: madd,
//! nmadd, min, max, laneselect, trunc, swizzle, q15mulr, dot) prints what
//! its scalar native twin prints (the deterministic semantics Trident
//! documents, no fused multiply-add), under `trident run` and as a
//! create-exe executable on every back end. A fused multiply-add changes
//! the printed total, so this also proves the rounding choice.
//!
//! Both builds come from `make relaxed-simd`.

use crate::native_twin::matches_native_build;
use crate::*;

#[test]
fn relaxed_simd_program_matches_its_native_build() {
    let want = matches_native_build("relaxed-simd", &[]);
    assert!(want.starts_with("relaxed(2000): checksum "), "{want}");
}

/// `--relaxed-simd native` through every path that compiles or loads
/// code, on every back end: `trident run` of the program prints a checksum
/// line (its value may differ from the deterministic one: a fused
/// multiply-add rounds once); an artifact records the mode (`inspect`),
/// runs with the same output, and refuses a contradicting
/// `--relaxed-simd`; a create-exe executable prints the same as `trident
/// run` in the same mode (its metadata carries the mode to the headless
/// runtime); a bad mode name is a clear error.
#[test]
fn native_relaxed_simd_reaches_artifacts_and_executables() {
    let wasm = built_program("relaxed-simd", "relaxed-simd.wasm");
    let wasm = wasm.to_str().expect("utf-8 path");
    for b in backends() {
        let dir = temp_dir(&format!("relaxed-native-{b}"));
        let run = |extra: &[&str], file: &str| {
            let mut args = vec!["run", "--no-cache", "--backend", &b];
            args.extend_from_slice(extra);
            args.push(file);
            trident_in(&dir, &args)
        };
        let native = run(&["--relaxed-simd", "native"], wasm);
        assert!(native.status.success(), "{b}: {}", stderr(&native));
        let native = stdout(&native);
        assert!(
            native.starts_with("relaxed(2000): checksum "),
            "{b}: {native}"
        );

        let art = dir.join("k.trident");
        let art = art.to_str().expect("utf-8 path");
        let o = trident_in(
            &dir,
            &[
                "compile",
                "--backend",
                &b,
                "--relaxed-simd",
                "native",
                "-o",
                art,
                wasm,
            ],
        );
        assert!(o.status.success(), "{b} compile: {}", stderr(&o));
        let o = trident_in(&dir, &["inspect", art]);
        assert!(
            stdout(&o).contains("relaxed SIMD native"),
            "{b} inspect: {}",
            stdout(&o)
        );
        let o = trident_in(&dir, &["run", art]);
        assert!(o.status.success(), "{b} artifact: {}", stderr(&o));
        assert_eq!(stdout(&o), native, "{b}: artifact");
        let o = trident_in(&dir, &["run", "--relaxed-simd", "deterministic", art]);
        assert!(!o.status.success(), "{b}: a contradicting mode ran");
        assert!(
            stderr(&o).contains("compiled with native relaxed SIMD"),
            "{b}: {}",
            stderr(&o)
        );

        let exe = dir.join("k");
        let exe = exe.to_str().expect("utf-8 path");
        let mut cmd = std::process::Command::new(TRIDENT);
        cmd.args([
            "create-exe",
            "--backend",
            &b,
            "--relaxed-simd",
            "native",
            "-o",
            exe,
            wasm,
        ]);
        let o = run_with(cmd, b"", std::time::Duration::from_secs(300));
        assert!(o.status.success(), "{b} create-exe: {}", stderr(&o));
        let mut cmd = std::process::Command::new(exe);
        cmd.current_dir(&dir).env_clear();
        let o = run_with(cmd, b"", std::time::Duration::from_secs(120));
        assert!(o.status.success(), "{b} executable: {}", stderr(&o));
        assert_eq!(stdout(&o), native, "{b}: executable");
    }
    let o = trident(&["run", "--relaxed-simd", "fast", "x.wasm"]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("`fast` is not a relaxed SIMD mode"),
        "{}",
        stderr(&o)
    );
}
