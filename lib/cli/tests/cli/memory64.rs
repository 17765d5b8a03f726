//! A real compiler's memory64 output: `tests/programs/memory64-crc.c`
//! built by clang-22 for wasm32 and for wasm64 (64-bit pointers, every
//! address an i64) gives the same CRC on every back end, as an artifact
//! too.

use crate::*;

/// `trident ARGS` in `dir`: its stdout, after checking it succeeded.
fn ok(dir: &Path, args: &[&str]) -> String {
    let o = trident_in(dir, args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

#[test]
fn wasm64_build_matches_wasm32_build_on_every_back_end() {
    let dir = temp_dir("memory64-crc");
    for t in ["wasm32", "wasm64"] {
        let wasm = built_program("memory64-crc", &format!("crc-{t}.wasm"));
        std::fs::copy(&wasm, dir.join(format!("crc-{t}.wasm"))).expect("copy");
    }
    let reference = ok(
        &dir,
        &[
            "run",
            "--no-cache",
            "--backend",
            "cranelift",
            "--invoke",
            "run",
            "crc-wasm32.wasm",
            "3",
        ],
    );
    assert!(reference.trim().parse::<i32>().is_ok(), "{reference}");
    for b in backends() {
        for t in ["wasm32", "wasm64"] {
            let file = format!("crc-{t}.wasm");
            let got = ok(
                &dir,
                &[
                    "run",
                    "--no-cache",
                    "--backend",
                    &b,
                    "--invoke",
                    "run",
                    &file,
                    "3",
                ],
            );
            assert_eq!(got, reference, "{b} {t}");
            let artifact = format!("crc-{t}-{b}.trident");
            ok(&dir, &["compile", "--backend", &b, &file, "-o", &artifact]);
            let got = ok(&dir, &["run", "--invoke", "run", &artifact, "3"]);
            assert_eq!(got, reference, "{b} {t} artifact");
        }
    }
}
