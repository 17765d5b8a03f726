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

/// Every file of the Wasm 2.0 spec suite, sorted.
pub fn spec_files() -> Vec<PathBuf> {
    let dir = shared_dir().join("testsuite").join("wasm-2.0");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "wast"))
        .collect();
    files.sort();
    files
}

/// Whether `path` is one of the suite's SIMD files (`simd_*.wast`).
pub fn is_simd_spec_file(path: &std::path::Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with("simd_"))
}

/// The non-SIMD files of the Wasm 2.0 spec suite, sorted.
pub fn spec_files_without_simd() -> Vec<PathBuf> {
    spec_files()
        .into_iter()
        .filter(|p| !is_simd_spec_file(p))
        .collect()
}

/// The SIMD files of the Wasm 2.0 spec suite, sorted.
pub fn simd_spec_files() -> Vec<PathBuf> {
    spec_files()
        .into_iter()
        .filter(|p| is_simd_spec_file(p))
        .collect()
}

/// Ends the whole test process with a message if the returned guard is not
/// dropped within `seconds`: for tests whose failure mode is a hang (an
/// interrupt that never fires), so CI fails fast instead of timing out.
pub fn watchdog(what: &'static str, seconds: u64) -> Watchdog {
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = done.clone();
    std::thread::spawn(move || {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
        while std::time::Instant::now() < deadline {
            if flag.load(std::sync::atomic::Ordering::Acquire) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        eprintln!("watchdog: `{what}` did not finish within {seconds} s");
        std::process::exit(101);
    });
    Watchdog { done }
}

/// See [`watchdog`].
pub struct Watchdog {
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.done.store(true, std::sync::atomic::Ordering::Release);
    }
}
