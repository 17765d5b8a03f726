//! The `trident` binary's tests, in one test binary (it links the whole
//! of Trident once): exit statuses, error lines and `inspect`
//! (`commands`), `bench compare` (`bench`), `compile`/`create-obj`/
//! `create-exe` (`create_exe`), the progress bar and `-q` (`progress`),
//! and the C programs built by `make
//! wasi-demo` and `make simd-demo` against their native builds
//! (`wasi_demo`, `simd_demo`).
//!
//! Generic helpers (child processes with deadlines, scratch directories,
//! built programs, the shared data) come from `trident-test-support`;
//! what needs this crate's binary (`CARGO_BIN_EXE_trident`) is here.

mod backtrace;
mod bench;
mod commands;
mod create_exe;
mod debugger;
mod explore;
mod memory64;
mod native_twin;
mod profiling;
mod progress;
mod relaxed_simd;
mod simd_demo;
mod tail_calls;
mod wasi_demo;

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;
pub use trident_test_support::process::{
    built_program, run_with, stderr, stdout, temp_dir, wasm_file,
};
pub use trident_test_support::{repo_root, shared_dir};

/// The `trident` binary under test.
pub const TRIDENT: &str = env!("CARGO_BIN_EXE_trident");

/// `trident ARGS` in `dir` with an empty environment.
pub fn trident_in(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(TRIDENT);
    cmd.args(args).current_dir(dir).env_clear();
    run_with(cmd, b"", Duration::from_secs(120))
}

/// `trident ARGS` in the repository root with an empty environment.
pub fn trident(args: &[&str]) -> Output {
    trident_in(&repo_root(), args)
}

/// The back ends the binary was built with, from `--version`.
pub fn backends() -> Vec<String> {
    let v = stdout(&trident(&["--version"]));
    let list = v
        .split("back ends: ")
        .nth(1)
        .and_then(|s| s.split(')').next())
        .unwrap_or_else(|| panic!("--version does not list back ends: {v}"));
    list.split(", ").map(str::to_string).collect()
}
