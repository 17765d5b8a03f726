//! The official Wasm 2.0 spec suite on each back end and bounds-check
//! style, through the same runner as `trident wast`: every file for back
//! ends whose compiler declares SIMD support (`Engine::supports_simd`),
//! the non-SIMD files for the others.
//!
//! The 2.0 suite runs with exactly the 2.0 features; the 3.0 suite with the
//! default (3.0) and its own list, `tests/wasm3-expected-failures.txt`.
//!
//! Known failures are listed in `tests/spec-expected-failures.txt` as
//! `backend bounds file line reason…`. A listed failure that passes fails
//! the test, so the list can only shrink.

use std::collections::BTreeSet;
use std::time::Duration;
use trident::{BoundsChecks, Config, Engine, Features};
use trident_test_support::listed_lines;
use trident_test_support::spec::{
    simd_spec_files, spec_files, spec_files_without_simd, wasm3_files,
};

/// Commands in the non-SIMD files of the Wasm 2.0 suite.
const MIN_COMMANDS: usize = 27_894;

/// Commands in the whole Wasm 2.0 suite, SIMD files included.
const MIN_COMMANDS_WITH_SIMD: usize = 53_873;

/// Commands in the SIMD files alone.
const MIN_SIMD_COMMANDS: usize = MIN_COMMANDS_WITH_SIMD - MIN_COMMANDS;

fn expected_failures(backend: &str, bounds: &str) -> BTreeSet<(String, usize)> {
    listed_lines("spec-expected-failures.txt")
        .iter()
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            let (b, s, file, line) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
            (b == backend && s == bounds).then(|| (file.to_string(), line.parse().unwrap_or(0)))
        })
        .collect()
}

fn run_suite(backend: &str, bounds: BoundsChecks) {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config.backend(backend).bounds_checks(bounds);
    run_suite_with(&config, bounds.name());
}

/// Runs the suite under `config`; `list` selects the expected-failure
/// entries (`backend list file line`).
fn run_suite_with(config: &Config, list: &str) {
    let engine = Engine::new(config).expect("engine");
    let (files, min) = if engine.supports_simd() {
        (spec_files(), MIN_COMMANDS_WITH_SIMD)
    } else {
        (spec_files_without_simd(), MIN_COMMANDS)
    };
    run_files_with(config, list, &files, min);
}

/// Runs `files` under `config` and checks that at least `min` commands ran
/// and only the listed ones failed.
fn run_files_with(config: &Config, list: &str, files: &[std::path::PathBuf], min: usize) {
    // The 2.0 suite is exactly Wasm 2.0: it asserts, for one, that a
    // second memory is invalid.
    let mut config = config.clone();
    config.wasm_features(Features::WASM2);
    let config = &config;
    let backend = config.backend.as_str();
    let bounds = config.bounds_checks;
    let engine = Engine::new(config).expect("engine");
    let reports = trident_wast::run_files(&engine, files, 2, Duration::from_secs(300));
    let expected = expected_failures(backend, list);
    let mut actual = BTreeSet::new();
    let mut problems = Vec::new();
    let (mut passed, mut failed) = (0, 0);
    for r in &reports {
        passed += r.passed();
        failed += r.failed();
        let name = r
            .path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if let Some(e) = &r.error {
            problems.push(format!("{name}: {e}"));
        }
        for f in &r.outcome.failures {
            actual.insert((name.clone(), f.line));
            if !expected.contains(&(name.clone(), f.line)) {
                problems.push(format!("{name}:{}: {}", f.line, f.message));
            }
        }
    }
    for e in expected.difference(&actual) {
        problems.push(format!(
            "{}:{} is listed as an expected failure but passed: remove it from the list",
            e.0, e.1
        ));
    }
    println!(
        "{backend}/{}: {passed} passed, {failed} failed",
        bounds.name()
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(
        passed + failed >= min,
        "only {} commands counted, the files have {min}",
        passed + failed
    );
}

/// The runner's table of spec trap messages: a message names its code by
/// prefix (`lib/wast/src/messages.rs`).
#[test]
fn trap_messages_name_their_codes() {
    use trident::TrapCode;
    use trident_wast::expected_trap;
    assert_eq!(
        expected_trap("uninitialized element 2"),
        Some(TrapCode::IndirectCallToNull)
    );
    assert_eq!(
        expected_trap("undefined element"),
        Some(TrapCode::TableOutOfBounds)
    );
    assert_eq!(expected_trap("something else"), None);
}

/// The SIMD files on `backend` with AVX and AVX2 turned off: its artifact
/// must then require no AVX feature, and every file must still pass.
fn run_simd_without_avx(backend: &str) {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config.backend(backend).cpu_features("-avx,-avx2");
    let engine = Engine::new(&config).expect("engine");
    assert!(engine.supports_simd());
    let header = engine.artifact_header().expect("header");
    assert!(
        !header.cpu_features.iter().any(|f| f.starts_with("avx")),
        "{:?}",
        header.cpu_features
    );
    run_files_with(&config, "no-avx", &simd_spec_files(), MIN_SIMD_COMMANDS);
}

/// The SSE4.1-only code path: every vector operator takes its non-VEX
/// lowering.
#[test]
fn spec_simd_cranelift_without_avx() {
    run_simd_without_avx("cranelift");
}

/// Singlepass's SSE4.1 encodings (its AVX ones are what
/// `spec_singlepass_*` run on an AVX host; `qemu-x86_64 -cpu Penryn`
/// checks the SSE4.1 ones on a CPU without AVX).
#[test]
fn spec_simd_singlepass_without_avx() {
    run_simd_without_avx("singlepass");
}

#[test]
fn spec_cranelift_static() {
    run_suite("cranelift", BoundsChecks::Static);
}

#[test]
fn spec_cranelift_dynamic() {
    run_suite("cranelift", BoundsChecks::Dynamic);
}

#[test]
fn spec_llvm_static() {
    run_suite("llvm", BoundsChecks::Static);
}

#[test]
fn spec_llvm_dynamic() {
    run_suite("llvm", BoundsChecks::Dynamic);
}

/// Fuel, epoch checks and NaN canonicalization change generated code
/// everywhere; the suite must still pass with all three on.
#[test]
fn spec_llvm_with_fuel_epochs_and_nan_canonicalization() {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config
        .backend("llvm")
        .consume_fuel(true)
        .epoch_interruption(true)
        .nan_canonicalization(true);
    run_suite_with(&config, "interrupts");
}

#[test]
fn spec_singlepass_static() {
    run_suite("singlepass", BoundsChecks::Static);
}

#[test]
fn spec_singlepass_dynamic() {
    run_suite("singlepass", BoundsChecks::Dynamic);
}

/// Fuel, epoch checks and NaN canonicalization change generated code
/// everywhere; the suite must still pass with all three on.
#[test]
fn spec_singlepass_with_fuel_epochs_and_nan_canonicalization() {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config
        .backend("singlepass")
        .consume_fuel(true)
        .epoch_interruption(true)
        .nan_canonicalization(true);
    run_suite_with(&config, "interrupts");
}

/// Fuel, epoch checks and NaN canonicalization change generated code
/// everywhere; the suite must still pass with all three on.
#[test]
fn spec_cranelift_with_fuel_epochs_and_nan_canonicalization() {
    let mut config = Config::default();
    config.cache(false); // never the user's compile cache
    config
        .backend("cranelift")
        .consume_fuel(true)
        .epoch_interruption(true)
        .nan_canonicalization(true);
    run_suite_with(&config, "interrupts");
}

/// The root files of the Wasm 3.0 suite expected to fail on `backend`
/// (`tests/wasm3-expected-failures.txt`: `file proposals [backends]`, a
/// line without back ends naming every one).
fn wasm3_expected_failures(backend: &str) -> BTreeSet<String> {
    listed_lines("wasm3-expected-failures.txt")
        .iter()
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            let (file, needs, backends) = (parts.next()?, parts.next(), parts.next());
            assert!(
                needs.is_some(),
                "wasm3-expected-failures.txt: `{l}` names no proposal"
            );
            let listed = backends.is_none_or(|b| b.split(',').any(|b| b == backend));
            listed.then(|| file.to_string())
        })
        .collect()
}

/// The Wasm 3.0 suite (root files and proposals) under the default
/// features (3.0), on every back end: nothing panics, hangs or crashes
/// anywhere; a root file fails only if it is listed in
/// `tests/wasm3-expected-failures.txt` (the constructs Trident has not
/// built yet are `Unsupported`, never skipped), and a listed file that
/// passes fails the test. Default bounds style (static), x86-64; the
/// other styles and AArch64 run the 3.0 files through `trident wast`.
#[test]
fn wasm3_root_files_fail_only_as_listed() {
    let files = wasm3_files();
    let root = trident_test_support::testsuite_dir().join("wasm-3.0");
    for backend in Config::available_backends() {
        let expected = wasm3_expected_failures(backend);
        let mut config = Config::default();
        config.cache(false); // never the user's compile cache
        config.backend(backend);
        let engine = Engine::new(&config).expect("engine");
        let reports = trident_wast::run_files(&engine, &files, 2, Duration::from_secs(120));
        let mut problems = Vec::new();
        let mut failing = BTreeSet::new();
        let (mut passed, mut failed) = (0, 0);
        for r in &reports {
            if let Some(e) = r
                .error
                .as_deref()
                .filter(|e| e.starts_with("panicked") || e.starts_with("timed out"))
            {
                problems.push(format!("{}: {e}", r.path.display()));
            }
            if r.path.parent() != Some(root.as_path()) {
                continue;
            }
            passed += r.passed();
            failed += r.failed();
            let name = r
                .path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            if r.failed() > 0 || r.error.is_some() {
                failing.insert(name);
            }
        }
        for f in failing.difference(&expected) {
            problems.push(format!(
                "{f} fails but is not listed as an expected failure"
            ));
        }
        for f in expected.difference(&failing) {
            problems.push(format!(
                "{f} is listed as an expected failure but passed: remove it from the list"
            ));
        }
        println!("{backend}: wasm-3.0 root files {passed} passed, {failed} failed");
        assert_eq!(reports.len(), files.len());
        assert!(problems.is_empty(), "{backend}:\n{}", problems.join("\n"));
        assert!(passed > 60_000, "{backend}: only {passed} commands passed");
    }
}
