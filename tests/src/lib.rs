//! Helpers shared by Trident's integration tests.

use std::path::PathBuf;

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(|p| p.to_path_buf())
        .unwrap_or_default()
}

/// `../shared` beside the repository. Panics with a clear message when it
/// is missing: tests that need the shared data fail, they never skip.
pub fn shared_dir() -> PathBuf {
    let dir = repo_root().join("..").join("shared");
    assert!(
        dir.join("testsuite").is_dir(),
        "the shared test data is missing: expected {} (the `shared` folder beside the repository)",
        dir.display()
    );
    dir
}

/// The non-SIMD files of the Wasm 2.0 spec suite, sorted.
pub fn spec_files_without_simd() -> Vec<PathBuf> {
    let dir = shared_dir().join("testsuite").join("wasm-2.0");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "wast"))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("simd_"))
        })
        .collect();
    files.sort();
    files
}
