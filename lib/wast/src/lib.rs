//! The spec test-script (`.wast`) runner: what `trident wast` runs and
//! what the spec tests (`tests/tests/integration/spec.rs`) run, so both
//! count the same commands the same way.
//!
//! Invariants: every command of a script counts once, as passed or
//! failed (see `script.rs`); a file that cannot be read, parsed or run to
//! its end fails as a whole, never silently; the reports come back in the
//! order of the paths given, whatever the scheduling. Printing is the
//! caller's (the CLI prints one line per file and `N passed, M failed`).
//!
//! Each file runs in a fresh store on its own thread with a deadline; a file
//! that misses it counts all its commands as failed (the stuck thread is
//! abandoned, and the process exits when the run ends). Files run a few at
//! a time; the report lists them in the order given.

mod messages;
mod script;
mod spectest;
mod values;

pub use messages::expected_trap;
pub use script::{Failure, Outcome};

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;
use trident::Engine;

/// The result of one file.
#[derive(Clone, Debug)]
pub struct FileReport {
    pub path: PathBuf,
    pub outcome: Outcome,
    /// Set when the file could not be read or parsed, or timed out.
    pub error: Option<String>,
}

impl FileReport {
    pub fn passed(&self) -> usize {
        self.outcome.passed
    }
    pub fn failed(&self) -> usize {
        self.outcome.failed
    }
}

/// Counts the commands of a script without running it (used to size a
/// file's failure when it cannot run to completion).
pub fn count_commands(text: &str) -> Option<usize> {
    let buf = parse_buffer(text).ok()?;
    let script: wast::Wast = wast::parser::parse(&buf).ok()?;
    Some(script.directives.len())
}

/// A parse buffer for a spec script.
fn parse_buffer(text: &str) -> Result<wast::parser::ParseBuffer<'_>, wast::Error> {
    // The suite's names.wast deliberately uses bidirectional-override
    // characters in strings.
    let mut lexer = wast::lexer::Lexer::new(text);
    lexer.allow_confusing_unicode(true);
    let mut buf = wast::parser::ParseBuffer::new_with_lexer(lexer)?;
    buf.track_instr_spans(false);
    Ok(buf)
}

/// Runs one script file to completion on the current thread.
pub fn run_file(engine: &Engine, path: &Path) -> FileReport {
    let fail = |error: String| FileReport {
        path: path.to_path_buf(),
        outcome: Outcome {
            passed: 0,
            failed: 1,
            failures: Vec::new(),
        },
        error: Some(error),
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return fail(format!("cannot read {}: {e}", path.display())),
    };
    let buf = match parse_buffer(&text) {
        Ok(b) => b,
        Err(e) => return fail(format!("cannot parse {}: {e}", path.display())),
    };
    let script: wast::Wast = match wast::parser::parse(&buf) {
        Ok(s) => s,
        Err(mut e) => {
            e.set_path(path);
            e.set_text(&text);
            return fail(format!("cannot parse: {e}"));
        }
    };
    let outcome = script::run(engine, &text, script.directives);
    FileReport {
        path: path.to_path_buf(),
        outcome,
        error: None,
    }
}

/// Runs `paths` with at most `jobs` files at once, each with `timeout`.
/// Reports come back in the order of `paths`.
pub fn run_files(
    engine: &Engine,
    paths: &[PathBuf],
    jobs: usize,
    timeout: Duration,
) -> Vec<FileReport> {
    let mut reports: Vec<Option<FileReport>> = vec![None; paths.len()];
    let (tx, rx) = mpsc::channel::<(usize, FileReport)>();
    let mut next = 0;
    let mut running: Vec<(usize, std::time::Instant)> = Vec::new();
    while next < paths.len() || !running.is_empty() {
        while running.len() < jobs.max(1) && next < paths.len() {
            let i = next;
            next += 1;
            let tx = tx.clone();
            let engine = engine.clone();
            let path = paths[i].clone();
            let spawned = std::thread::Builder::new()
                .name(format!("wast-{i}"))
                .stack_size(16 << 20)
                .spawn(move || {
                    // A panic is a bug in Trident: report it as the file's
                    // failure instead of waiting for the deadline.
                    let report = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        run_file(&engine, &path)
                    }))
                    .unwrap_or_else(|payload| {
                        let what = payload
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| payload.downcast_ref::<String>().cloned())
                            .unwrap_or_default();
                        failed_report(&path, format!("panicked: {what}"))
                    });
                    let _ = tx.send((i, report));
                });
            match spawned {
                Ok(_) => running.push((i, std::time::Instant::now())),
                Err(e) => {
                    reports[i] = Some(failed_report(
                        &paths[i],
                        format!("cannot start a thread: {e}"),
                    ));
                }
            }
        }
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok((i, report)) => {
                running.retain(|(r, _)| *r != i);
                reports[i] = Some(report);
            }
            Err(_) => {
                let now = std::time::Instant::now();
                running.retain(|&(i, started)| {
                    if now.duration_since(started) > timeout {
                        reports[i] = Some(failed_report(
                            &paths[i],
                            format!("timed out after {} s", timeout.as_secs()),
                        ));
                        false
                    } else {
                        true
                    }
                });
            }
        }
    }
    reports.into_iter().flatten().collect()
}

/// A report failing every command of `path` (it could not run to the end).
fn failed_report(path: &Path, error: String) -> FileReport {
    let commands = std::fs::read_to_string(path)
        .ok()
        .and_then(|t| count_commands(&t))
        .unwrap_or(1)
        .max(1);
    FileReport {
        path: path.to_path_buf(),
        outcome: Outcome {
            passed: 0,
            failed: commands,
            failures: Vec::new(),
        },
        error: Some(error),
    }
}
