//! `trident bench compare`: compile time, code size, instantiation time,
//! run time and peak memory of modules on each back end (and, optionally,
//! on other runtimes given as command templates), side by side.
//!
//! Every measurement runs in a fresh child process (`trident bench
//! measure`, see [`measure`]); runs are interleaved — run 1 of every
//! module on every back end, then run 2, … — so slow drift of the machine
//! spreads over all columns instead of favouring one. Warm-up runs are
//! discarded. A run whose output does not match the expected files, or
//! that fails, is reported as a failure and never contributes a time.

mod measure;
mod plot;
mod process;
mod report;

pub use measure::{measure, Sample};
pub use report::{Format, Report, Row};

use process::run_child;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use thiserror::Error;

/// Another runtime to compare with: `template` is a shell command in which
/// `{wasm}` stands for the module's file name (run in the module's folder).
#[derive(Clone, Debug, PartialEq)]
pub struct Peer {
    pub name: String,
    pub template: String,
}

impl std::str::FromStr for Peer {
    type Err = String;
    fn from_str(s: &str) -> Result<Peer, String> {
        let (name, template) = s
            .split_once('=')
            .ok_or_else(|| format!("--peer wants NAME='COMMAND TEMPLATE', got `{s}`"))?;
        if name.is_empty() || !template.contains("{wasm}") {
            return Err(format!("--peer `{s}`: the template must contain {{wasm}}"));
        }
        Ok(Peer {
            name: name.to_string(),
            template: template.to_string(),
        })
    }
}

/// What to compare.
#[derive(Clone, Debug)]
pub struct CompareOptions {
    pub backends: Vec<String>,
    pub peers: Vec<Peer>,
    pub runs: usize,
    pub warmup: usize,
    /// Deadline of one measurement.
    pub timeout: Duration,
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Error)]
pub enum BenchError {
    #[error("back end `{0}` is not compiled into this build (available: {1})")]
    UnknownBackend(String, String),
    #[error("{0}: no such file")]
    MissingFile(PathBuf),
    #[error("cannot find the trident executable to measure with: {0}")]
    SelfExe(std::io::Error),
    #[error("--runs must be at least 1")]
    NoRuns,
}

/// One measured (module, column) pair before aggregation.
struct Measured {
    file: usize,
    column: usize,
    sample: Sample,
    peak_rss: u64,
    wall: Duration,
}

fn measure_in_child(
    exe: &Path,
    backend: &str,
    file: &Path,
    timeout: Duration,
) -> (Sample, u64, Duration) {
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = file.file_name().map(PathBuf::from).unwrap_or_default();
    let mut cmd = Command::new(exe);
    cmd.args(["bench", "measure", "--backend", backend])
        .arg(&name);
    let failed = |why: String| Sample {
        failure: Some(why),
        ..Sample::default()
    };
    match run_child(cmd, dir, timeout) {
        Err(e) => (
            failed(format!("cannot start the measurement: {e}")),
            0,
            Duration::ZERO,
        ),
        Ok(r) if r.timed_out => (
            failed(format!("timed out after {} s", timeout.as_secs())),
            r.peak_rss,
            r.wall,
        ),
        Ok(r) => {
            let text = String::from_utf8_lossy(&r.stdout);
            let sample = text
                .lines()
                .rev()
                .find_map(|l| serde_json::from_str::<Sample>(l).ok())
                .unwrap_or_else(|| {
                    failed(format!(
                        "measurement process ended with status {:?}: {}",
                        r.status,
                        String::from_utf8_lossy(&r.stderr)
                            .lines()
                            .last()
                            .unwrap_or("")
                    ))
                });
            (sample, r.peak_rss, r.wall)
        }
    }
}

fn measure_peer(peer: &Peer, file: &Path, timeout: Duration) -> (Sample, u64, Duration) {
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let command = peer.template.replace("{wasm}", &name);
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg(format!("exec {command}"));
    let mut sample = Sample::default();
    match run_child(cmd, dir, timeout) {
        Err(e) => {
            sample.failure = Some(format!("cannot run `{command}`: {e}"));
            (sample, 0, Duration::ZERO)
        }
        Ok(r) => {
            sample.run_ns = r.wall.as_nanos() as u64;
            let stem = Path::new(&name)
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let check = |what: &str, actual: &[u8]| -> Option<String> {
                let expected = std::fs::read(dir.join(format!("{stem}.{what}.expected"))).ok()?;
                (expected != actual).then(|| format!("{what} differs from {stem}.{what}.expected"))
            };
            sample.failure = if r.timed_out {
                Some(format!("timed out after {} s", timeout.as_secs()))
            } else if r.status != Some(0) {
                Some(format!("`{command}` exited with {:?}", r.status))
            } else {
                check("stdout", &r.stdout).or_else(|| check("stderr", &r.stderr))
            };
            (sample, r.peak_rss, r.wall)
        }
    }
}

/// Runs the comparison. `exe` is the `trident` binary used for the
/// per-measurement processes.
pub fn compare(
    options: &CompareOptions,
    exe: &Path,
    progress: &mut dyn FnMut(&str),
) -> Result<Report, BenchError> {
    if options.runs == 0 {
        return Err(BenchError::NoRuns);
    }
    let available = trident::Config::available_backends();
    for b in &options.backends {
        if !available.contains(&b.as_str()) {
            return Err(BenchError::UnknownBackend(b.clone(), available.join(", ")));
        }
    }
    for f in &options.files {
        if !f.is_file() {
            return Err(BenchError::MissingFile(f.clone()));
        }
    }
    let columns: Vec<String> = options
        .backends
        .iter()
        .cloned()
        .chain(options.peers.iter().map(|p| p.name.clone()))
        .collect();
    let mut measured = Vec::new();
    let total = options.warmup + options.runs;
    for round in 0..total {
        let warm = round < options.warmup;
        for (fi, file) in options.files.iter().enumerate() {
            for (ci, column) in columns.iter().enumerate() {
                progress(&format!(
                    "{} {}/{}: {} on {column}",
                    if warm { "warm-up" } else { "run" },
                    if warm {
                        round + 1
                    } else {
                        round - options.warmup + 1
                    },
                    if warm { options.warmup } else { options.runs },
                    file.display()
                ));
                let (sample, peak_rss, wall) = if ci < options.backends.len() {
                    measure_in_child(exe, column, file, options.timeout)
                } else {
                    measure_peer(
                        &options.peers[ci - options.backends.len()],
                        file,
                        options.timeout,
                    )
                };
                if !warm {
                    measured.push(Measured {
                        file: fi,
                        column: ci,
                        sample,
                        peak_rss,
                        wall,
                    });
                }
            }
        }
    }
    let mut rows = Vec::new();
    for (fi, file) in options.files.iter().enumerate() {
        for (ci, column) in columns.iter().enumerate() {
            let samples: Vec<&Measured> = measured
                .iter()
                .filter(|m| m.file == fi && m.column == ci)
                .collect();
            let mut row = report::aggregate(
                &file.display().to_string(),
                column,
                ci >= options.backends.len(),
                samples
                    .iter()
                    .map(|m| (&m.sample, m.peak_rss, m.wall))
                    .collect(),
            );
            if !row.peer {
                row.artifact_bytes = artifact_size(column, file);
            }
            rows.push(row);
        }
    }
    Ok(Report {
        runs: options.runs,
        warmup: options.warmup,
        columns,
        rows,
    })
}

/// Size of the serialized artifact (`trident compile`) of `file` on
/// `backend`, computed here rather than in the measured processes so it
/// does not disturb their memory figures.
fn artifact_size(backend: &str, file: &Path) -> Option<u64> {
    let mut config = trident::Config::default();
    config.backend(backend);
    config.cache = false;
    let engine = trident::Engine::new(&config).ok()?;
    let wasm = std::fs::read(file).ok()?;
    engine.precompile_module(&wasm).ok().map(|a| a.len() as u64)
}

/// Writes `report` as an SVG chart to `path`.
pub fn write_plot(report: &Report, path: &Path) -> Result<(), String> {
    plot::write_svg(report, path)
}
