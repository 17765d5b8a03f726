//! The fuzz targets (`trident-fuzzing`) on the stable toolchain, without
//! libFuzzer: a bounded budget of deterministic pseudo-random inputs per
//! target in CI, the committed regression inputs, and the long runs.
//!
//! * `fuzz::<target>` runs `TRIDENT_FUZZ_INPUTS` inputs (default: the
//!   target's CI budget in [`budget`]) made from seeds starting at
//!   `TRIDENT_FUZZ_SEED` (default 0), or inputs until
//!   `TRIDENT_FUZZ_SECONDS` have passed when that is set. Inputs are
//!   16 KiB of xorshift bytes per seed (wasm-smith needs a few KiB for a
//!   module); the compile target's first byte alternates between a valid
//!   wasm-smith module and one mutated at the byte level, and the parse
//!   target gets the module that input makes (its inputs are modules).
//! * Every input that fails (panics) is written to
//!   `target/fuzz-failures/<target>-<seed>.bin` and named in the failure;
//!   before each input the current one is written to
//!   `target/fuzz-failures/<target>.current`, so a crash (a signal ends
//!   the whole test binary) leaves its input behind. Copy a failing input
//!   to `tests/fuzz-regressions/<target>/` to keep it; for `differential`
//!   keep the `.case` file written beside it (the module itself, which a
//!   change of generator configuration cannot alter; the
//!   `freeze-differential` tool in `trident-fuzzing` makes one from a
//!   `.bin`, such as a libFuzzer crash).
//! * `fuzz::regressions` runs every file under
//!   `tests/fuzz-regressions/<target>/` (crashes and divergences found so
//!   far, and libFuzzer's finds copied there) through its target; the
//!   ones listed in `tests/fuzz-regressions/expected-failures.txt`
//!   (shrink-only: an entry that passes fails the test until removed) must
//!   still fail. A bounded run that meets one of the listed inputs counts
//!   it as expected, not as a failure.
//! * Progress and the counters of `trident_fuzzing::stats` go to stderr
//!   every minute and at the end: inputs, modules and calls per engine.

use std::io::Write;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use trident_fuzzing::{smith::entropy, stats, TARGETS};
use trident_test_support::{listed_lines, repo_root};

/// Inputs per target in CI (`make test`): together about two minutes on
/// two shared cores (measured numbers in the README).
fn budget(target: &str) -> u64 {
    match target {
        "parse" => 3000,
        "compile" => 2000,
        "differential" => 500,
        "artifact" => 10_000,
        "cache" => 2000,
        "wasi" => 5000,
        "typed_refs" => 500,
        _ => 100,
    }
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

fn failures_dir() -> PathBuf {
    let d = repo_root().join("target/fuzz-failures");
    std::fs::create_dir_all(&d).expect("target/fuzz-failures");
    d
}

/// The input of `target` for `seed`.
fn input(target: &str, seed: u64) -> Vec<u8> {
    let mut data = entropy(seed ^ fnv(target), 16 * 1024);
    if target == "compile" || target == "parse" {
        // A valid module one time in four, a mutated one otherwise.
        data[0] = if seed.is_multiple_of(4) { 1 } else { 2 };
    }
    if target == "parse" {
        // The parse target's input is the module itself.
        return trident_fuzzing::compile::module_bytes(&data).unwrap_or_default();
    }
    data
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

fn progress(line: &str) {
    // Straight to the process's stderr: test output capture would hide it.
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// The listed expected failures: (`target/file` names, their inputs).
fn expected_failures() -> (Vec<String>, Vec<Vec<u8>>) {
    let root = repo_root().join("tests/fuzz-regressions");
    let names: Vec<String> = listed_lines("fuzz-regressions/expected-failures.txt")
        .iter()
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    let inputs = names
        .iter()
        .map(|n| std::fs::read(root.join(n)).unwrap_or_else(|e| panic!("{n}: {e}")))
        .collect();
    (names, inputs)
}

fn run_target(target: &'static str) {
    let check = TARGETS
        .iter()
        .find(|(n, _)| *n == target)
        .map(|(_, f)| *f)
        .expect("target");
    let first = env_u64("TRIDENT_FUZZ_SEED").unwrap_or(0);
    let seconds = env_u64("TRIDENT_FUZZ_SECONDS");
    let count = env_u64("TRIDENT_FUZZ_INPUTS").unwrap_or(if seconds.is_some() {
        u64::MAX
    } else {
        budget(target)
    });
    let deadline = seconds.map(|s| Instant::now() + Duration::from_secs(s));
    let dir = failures_dir();
    let current = dir.join(format!("{target}.current"));
    let start = Instant::now();
    let mut last_report = Instant::now();
    let mut failures = Vec::new();
    let mut expected = 0u64;
    let (_, known) = expected_failures();
    let mut ran = 0u64;
    for seed in first..first.saturating_add(count) {
        if deadline.is_some_and(|d| Instant::now() > d) {
            break;
        }
        let data = input(target, seed);
        std::fs::write(&current, &data).expect("current input");
        if let Err(p) = panic::catch_unwind(AssertUnwindSafe(|| check(&data))) {
            let frozen = (target == "differential")
                .then(|| trident_fuzzing::differential::freeze(&data))
                .flatten();
            if known.contains(&data) || frozen.is_some_and(|f| known.contains(&f)) {
                // A listed expected failure (`fuzz::regressions` checks
                // that it still fails).
                expected += 1;
                ran += 1;
                continue;
            }
            let path = dir.join(format!("{target}-{seed}.bin"));
            std::fs::write(&path, &data).expect("failing input");
            if target == "differential" {
                // The form to keep as a regression: it names its module,
                // not the bytes today's generator builds it from.
                if let Some(frozen) = trident_fuzzing::differential::freeze(&data) {
                    let case = dir.join(format!("{target}-{seed}.case"));
                    std::fs::write(&case, frozen).expect("frozen input");
                }
            }
            failures.push(format!(
                "seed {seed} ({}): {}",
                path.display(),
                panic_message(&*p)
            ));
        }
        ran += 1;
        stats::count_input(target);
        if last_report.elapsed() > Duration::from_secs(60) {
            last_report = Instant::now();
            progress(&format!(
                "fuzz {target}: {ran} inputs in {:.0} s, {} failures\n{}",
                start.elapsed().as_secs_f64(),
                failures.len(),
                stats::summary()
            ));
        }
    }
    let _ = std::fs::remove_file(&current);
    progress(&format!(
        "fuzz {target}: {ran} inputs (seeds {first}..{}) in {:.1} s, {} failures, {expected} expected\n{}",
        first + ran,
        start.elapsed().as_secs_f64(),
        failures.len(),
        stats::summary()
    ));
    assert!(
        failures.is_empty(),
        "{target}: {} failing inputs:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Runs `f` on a thread with a large stack (deep wasm recursion on the
/// back ends and in the interpreter).
fn big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .unwrap_or_else(|p| panic::resume_unwind(p));
}

#[test]
fn parse() {
    big_stack(|| run_target("parse"));
}

#[test]
fn compile() {
    big_stack(|| run_target("compile"));
}

#[test]
fn differential() {
    big_stack(|| run_target("differential"));
}

#[test]
fn typed_refs() {
    big_stack(|| run_target("typed_refs"));
}

#[test]
fn artifact() {
    big_stack(|| run_target("artifact"));
}

#[test]
fn cache() {
    big_stack(|| run_target("cache"));
}

#[test]
fn wasi() {
    big_stack(|| run_target("wasi"));
}

/// Every committed regression input through its target.
#[test]
fn regressions() {
    big_stack(|| {
        let root = repo_root().join("tests/fuzz-regressions");
        let (expected, _) = expected_failures();
        let mut problems = Vec::new();
        let mut ran = 0;
        for (target, check) in TARGETS {
            let Ok(dir) = std::fs::read_dir(root.join(target)) else {
                continue;
            };
            let mut files: Vec<PathBuf> = dir.flatten().map(|e| e.path()).collect();
            files.sort();
            for path in files {
                let data = std::fs::read(&path).expect("regression input");
                let name = format!(
                    "{target}/{}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                let outcome = panic::catch_unwind(AssertUnwindSafe(|| check(&data)));
                ran += 1;
                match (outcome, expected.contains(&name)) {
                    (Ok(()), false) | (Err(_), true) => {}
                    (Err(p), false) => problems.push(format!("{name}: {}", panic_message(&*p))),
                    (Ok(()), true) => problems.push(format!(
                        "{name} passes now: remove it from expected-failures.txt"
                    )),
                }
            }
        }
        progress(&format!("fuzz regressions: {ran} inputs"));
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    });
}
