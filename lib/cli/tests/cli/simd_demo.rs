//! `tests/programs/simd-demo.c` (Wasm SIMD through `wasm_simd128.h`)
//! under `trident run` prints what its native SSE4.1 build prints, on
//! every back end that compiles SIMD (`Engine::supports_simd`); Cranelift
//! and LLVM also with AVX off (the SSE4.1-only lowering) and through an
//! artifact, and as executables built for named CPU models.
//! Only the stderr line naming the build differs.
//!
//! Both builds come from `make simd-demo` (clang-22 `-msimd128` for
//! wasm32-wasi, and the host cc with `-msse4.1`); the test fails, naming
//! that command, when they are missing or older than the source.

use crate::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn built(name: &str) -> PathBuf {
    built_program("simd-demo", name)
}

/// The back ends whose code depends on `--target-cpu`/`--cpu-features`
/// (and that record exactly what they then use).
const CPU_TUNED: &[&str] = &["cranelift", "llvm", "singlepass"];

fn supports_simd(backend: &str) -> bool {
    let mut config = trident::Config::default();
    config.cache(false); // never the user's compile cache
    config.backend(backend);
    trident::Engine::new(&config)
        .unwrap_or_else(|e| panic!("{backend}: {e}"))
        .supports_simd()
}

/// Runs `trident ARGS` in a fresh directory and checks its stdout is
/// `want` and it says it ran the wasm build.
fn check(what: &str, args: &[&str], want: &str) {
    let dir = temp_dir(&format!("simd-{}", what.replace(' ', "-")));
    let mut cmd = Command::new(TRIDENT);
    cmd.args(args).current_dir(&dir).env_clear();
    let got = run_with(cmd, b"", Duration::from_secs(120));
    assert!(got.status.success(), "{what}: {}", stderr(&got));
    assert_eq!(stdout(&got), want, "{what}: stdout differs");
    assert!(stderr(&got).contains("wasm32 simd128"), "{what}");
}

#[test]
fn simd_demo_matches_its_native_sse_build() {
    let wasm = built("simd-demo.wasm");
    let native = built("simd-demo-native");
    let wasm = wasm.to_str().expect("utf-8 path");

    let mut cmd = Command::new(&native);
    cmd.env_clear();
    let want = run_with(cmd, b"", Duration::from_secs(60));
    assert!(want.status.success(), "native: {}", stderr(&want));
    assert!(stderr(&want).contains("native sse4.1"));
    let want = stdout(&want);
    assert_eq!(want.lines().count(), 5, "{want}");

    let simd: Vec<String> = backends()
        .into_iter()
        .filter(|b| supports_simd(b))
        .collect();
    assert!(simd.iter().any(|b| b == "cranelift"), "{simd:?}");
    for b in &simd {
        check(b, &["run", "--no-cache", "--backend", b, wasm], &want);
    }

    // The SSE4.1-only code path, in-process and through an artifact, on
    // the back ends that choose their code by CPU features.
    let no_avx = ["--cpu-features", "-avx,-avx2"];
    for b in simd.iter().filter(|b| CPU_TUNED.contains(&b.as_str())) {
        let mut args = vec!["run", "--no-cache", "--backend", b];
        args.extend(no_avx);
        args.push(wasm);
        check(&format!("{b} without avx"), &args, &want);
        let dir = temp_dir(&format!("simd-artifact-{b}"));
        let artifact = dir.join("simd-demo.trident");
        let artifact = artifact.to_str().expect("utf-8 path");
        let mut args = vec!["compile", "--backend", b, "-o", artifact];
        args.extend(no_avx);
        args.push(wasm);
        let out = trident(&args);
        assert!(out.status.success(), "compile {b}: {}", stderr(&out));
        check(&format!("{b} artifact"), &["run", artifact], &want);
    }
}

/// Executables record the CPU features their code may use (Cranelift and
/// LLVM, which choose instructions by CPU): one built for Haswell refuses to start on an emulated Penryn (qemu-user: SSE4.1, no
/// AVX), naming what is missing; one built for Penryn runs there and
/// prints what the native build prints.
#[test]
fn executables_check_their_cpu_features() {
    let wasm = built("simd-demo.wasm");
    let native = built("simd-demo-native");
    let want = stdout(&run_with(
        Command::new(&native),
        b"",
        Duration::from_secs(60),
    ));
    let available = backends();
    for backend in CPU_TUNED
        .iter()
        .filter(|b| available.iter().any(|a| a == *b))
    {
        let dir = temp_dir(&format!("simd-exe-cpu-{backend}"));
        let exe = |cpu: &str| {
            let out = dir.join(format!("simd-demo-{cpu}"));
            // With the environment: create-exe runs the system cc.
            let mut cmd = Command::new(TRIDENT);
            cmd.args([
                "create-exe",
                "--backend",
                backend,
                "--target-cpu",
                cpu,
                "-o",
            ])
            .arg(&out)
            .arg(&wasm);
            let o = run_with(cmd, b"", Duration::from_secs(300));
            assert!(
                o.status.success(),
                "{backend} create-exe {cpu}: {}",
                stderr(&o)
            );
            out
        };
        let penryn = |path: &Path| {
            let mut cmd = Command::new("qemu-x86_64");
            cmd.args(["-cpu", "Penryn"]).arg(path).current_dir(&dir);
            run_with(cmd, b"", Duration::from_secs(300))
        };
        let refused = penryn(&exe("haswell"));
        let says = stderr(&refused);
        assert_eq!(refused.status.code(), Some(1), "{backend}: {says}");
        assert!(
            says.contains("CPU features") && says.contains("avx2"),
            "{backend}: {says}"
        );
        assert_eq!(stdout(&refused), "", "{backend}");
        let ran = penryn(&exe("penryn"));
        assert!(ran.status.success(), "{backend}: {}", stderr(&ran));
        assert_eq!(stdout(&ran), want, "{backend}");
    }
}
