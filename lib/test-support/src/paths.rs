//! Where the repository and the shared test data are.
//!
//! Invariant: the shared data (`../shared` beside the repository: the spec
//! suite, the sightglass programs) is required; a test that needs it and
//! does not find it fails with the path it looked for.

use std::path::{Path, PathBuf};

/// The repository root (this crate is `lib/test-support` in it).
pub fn repo_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..");
    root.canonicalize().unwrap_or(root)
}

/// `../shared` beside the repository. Panics with a clear message when it
/// is missing: tests that need the shared data fail, they never skip.
pub fn shared_dir() -> PathBuf {
    let dir = repo_root().join("..").join("shared");
    let dir = dir.canonicalize().unwrap_or(dir);
    assert!(
        dir.join("testsuite").is_dir() && dir.join("benchmarks").is_dir(),
        "the shared test data is missing: expected {} (the `shared` folder beside the repository, with `testsuite` and `benchmarks`)",
        dir.display()
    );
    dir
}

/// `../shared/testsuite`: the Wasm spec suites (`wasm-2.0`, `wasm-3.0`).
pub fn testsuite_dir() -> PathBuf {
    let dir = shared_dir().join("testsuite");
    assert!(
        dir.join("wasm-2.0").is_dir(),
        "the spec test suite is missing: expected {}",
        dir.join("wasm-2.0").display()
    );
    dir
}

/// The bytes of a sightglass program, by its path under
/// `../shared/benchmarks/sightglass` (e.g. `pulldown-cmark/benchmark.wasm`).
pub fn sightglass(program: &str) -> Vec<u8> {
    let path = shared_dir()
        .join("benchmarks")
        .join("sightglass")
        .join(program);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The entries of a list file under `tests/` (such as an expected-failure
/// list): its lines trimmed, without blank lines and `#` comments. Panics
/// naming the file when it cannot be read: a missing list fails the test.
pub fn listed_lines(name: &str) -> Vec<String> {
    let path = repo_root().join("tests").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}
