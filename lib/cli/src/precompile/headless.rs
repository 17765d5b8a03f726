//! Finding the headless runtime library `create-exe` links against, or
//! building it.
//!
//! Decision: the library ships with the `trident` binary or is built on
//! demand. Looked for, in order (`T/` only for a `--target`):
//! 1. `$TRIDENT_HEADLESS_LIB`, if set (then nothing else is tried);
//! 2. `../lib/trident/[T/]libtrident_headless.a` relative to the `trident`
//!    executable (an installation: `bin/trident`, `lib/trident/`);
//! 3. `[T/]headless/libtrident_headless.a` in the Cargo target directory
//!    the executable was built in: where
//!    `cargo rustc -p trident-headless --profile headless --lib
//!    --crate-type staticlib [--target T]` puts it (`make headless`).
//!
//! A library counts only if it exports this build's entry point,
//! `trident_headless_main_<ABI hash>`; a stale one is rebuilt. When none
//! fits and the sources this binary was built from are still there, the
//! library is built with Cargo into that target directory (a few minutes
//! the first time: LTO on the runtime and WASI), once per process.

use super::PrecompileError;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// The library's file name.
pub const LIBRARY: &str = "libtrident_headless.a";

/// Overrides every other location.
pub const LIBRARY_VAR: &str = "TRIDENT_HEADLESS_LIB";

static BUILD: Mutex<()> = Mutex::new(());

/// The workspace this binary was built from.
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..")
}

/// Whether the archive at `path` exports this build's entry point.
pub fn has_entry_point(path: &Path) -> Result<bool, String> {
    trident_artifact::object::archive_exports(path, &trident_artifact::headless_entry_symbol())
}

/// Cargo target directories the running executable may live in.
fn target_dirs() -> Vec<PathBuf> {
    let Ok(exe) = std::env::current_exe() else {
        return Vec::new();
    };
    exe.ancestors()
        .skip(1)
        .take(4)
        .filter(|d| d.join("CACHEDIR.TAG").is_file())
        .map(Path::to_path_buf)
        .collect()
}

/// The candidate paths, in the order of the module documentation.
fn candidates(target: Option<&str>) -> Vec<PathBuf> {
    let sub = |d: PathBuf| match target {
        Some(t) => d.join(t),
        None => d,
    };
    let mut out = Vec::new();
    if let Some(prefix) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().and_then(Path::parent).map(Path::to_path_buf))
    {
        out.push(sub(prefix.join("lib").join("trident")).join(LIBRARY));
    }
    for d in target_dirs() {
        out.push(sub(d).join("headless").join(LIBRARY));
    }
    out
}

/// The headless runtime library for `target` (`None`: this machine).
pub fn find_or_build(target: Option<&str>) -> Result<PathBuf, PrecompileError> {
    if let Some(path) = std::env::var_os(LIBRARY_VAR) {
        let path = PathBuf::from(path);
        return match has_entry_point(&path) {
            Ok(true) => Ok(path),
            Ok(false) => Err(PrecompileError::Runtime(format!(
                "{} (from ${LIBRARY_VAR}) was built from other sources than this trident: it lacks {}",
                path.display(),
                trident_artifact::headless_entry_symbol()
            ))),
            Err(e) => Err(PrecompileError::Runtime(e)),
        };
    }
    let _guard = BUILD.lock().unwrap_or_else(|e| e.into_inner());
    let candidates = candidates(target);
    if let Some(found) = candidates
        .iter()
        .find(|p| p.is_file() && has_entry_point(p).unwrap_or(false))
    {
        return Ok(found.clone());
    }
    build(target)
}

/// Builds the library with Cargo into the target directory this
/// executable was built in (or the workspace's `target/`).
fn build(target: Option<&str>) -> Result<PathBuf, PrecompileError> {
    let ws = workspace();
    if !ws.join("lib").join("headless").join("Cargo.toml").is_file() {
        return Err(PrecompileError::Runtime(format!(
            "no {LIBRARY} with entry point {} was found beside this trident, and the sources to build one are gone; set ${LIBRARY_VAR}",
            trident_artifact::headless_entry_symbol()
        )));
    }
    let target_dir = target_dirs()
        .into_iter()
        .next()
        .unwrap_or_else(|| ws.join("target"));
    crate::progress::note(&format!(
        "building the headless runtime library into {} (once per build of trident)",
        target_dir.display()
    ));
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.arg("rustc")
        .arg("--quiet")
        .arg("--profile")
        .arg("headless")
        .arg("-p")
        .arg("trident-headless")
        .args(["--lib", "--crate-type", "staticlib"])
        .arg("--manifest-path")
        .arg(ws.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target_dir);
    if let Some(t) = target {
        cmd.arg("--target").arg(t);
    }
    let status = cmd
        .status()
        .map_err(|e| PrecompileError::Runtime(format!("cannot run cargo: {e}")))?;
    if !status.success() {
        return Err(PrecompileError::Runtime(format!(
            "building the headless runtime failed ({status})"
        )));
    }
    let mut path = target_dir;
    if let Some(t) = target {
        path = path.join(t);
    }
    let path = path.join("headless").join(LIBRARY);
    match has_entry_point(&path) {
        Ok(true) => Ok(path),
        Ok(false) => Err(PrecompileError::Runtime(format!(
            "the freshly built {} lacks {}: the sources changed since this trident was built; rebuild trident",
            path.display(),
            trident_artifact::headless_entry_symbol()
        ))),
        Err(e) => Err(PrecompileError::Runtime(e)),
    }
}
