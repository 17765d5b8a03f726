//! One measurement, in a process of its own: compile, instantiate and run
//! a module once on one back end, and print a [`Sample`] as JSON.
//!
//! Running each measurement in a fresh process keeps runs independent (no
//! warm code caches or pooled memories from the previous back end) and lets
//! the parent read the peak memory of exactly this run.
//!
//! The program runs in the current directory with `.` pre-opened
//! (sightglass convention); its output is captured and compared with
//! `<stem>.stdout.expected` / `<stem>.stderr.expected` when they exist, so a
//! wrong result is reported as a failure, never as a time.

use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use trident::{Config, Engine, Linker, Module, Store};
use trident_wasi::{OutputPipe, Stream, WasiCtx, WasiCtxBuilder};

/// What one measurement found. Times are in nanoseconds.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Sample {
    pub compile_ns: u64,
    pub instantiate_ns: u64,
    /// Between `bench.start` and `bench.end` when the module imports them,
    /// else the whole `_start`.
    pub run_ns: u64,
    pub code_bytes: u64,
    /// `None` when the run was correct; otherwise what went wrong.
    pub failure: Option<String>,
}

/// The times `bench.start`/`bench.end` were called.
#[derive(Default)]
struct Marks {
    start: Option<Instant>,
    end: Option<Instant>,
}

fn compare_output(name: &str, stem: &str, actual: &[u8]) -> Option<String> {
    let expected_path = format!("{stem}.{name}.expected");
    let expected = std::fs::read(&expected_path).ok()?;
    if expected == actual {
        return None;
    }
    let at = expected
        .iter()
        .zip(actual)
        .position(|(a, b)| a != b)
        .unwrap_or(expected.len().min(actual.len()));
    Some(format!(
        "{name} differs from {expected_path} at byte {at} ({} bytes expected, {} produced)",
        expected.len(),
        actual.len()
    ))
}

/// Measures `file` (a path in the current directory) on `backend`.
pub fn measure(backend: &str, file: &Path) -> Sample {
    let mut sample = Sample::default();
    let fail = |mut s: Sample, why: String| {
        s.failure = Some(why);
        s
    };
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => return fail(sample, format!("cannot read {}: {e}", file.display())),
    };
    let mut config = Config::default();
    config.backend(backend);
    // Compile time means compiling, not reading the compile cache.
    config.cache = false;
    let engine = match Engine::new(&config) {
        Ok(e) => e,
        Err(e) => return fail(sample, e.to_string()),
    };
    let started = Instant::now();
    let module = match Module::from_binary(&engine, &bytes) {
        Ok(m) => m,
        Err(e) => return fail(sample, format!("compile: {e}")),
    };
    sample.compile_ns = started.elapsed().as_nanos() as u64;
    sample.code_bytes = module.code_size() as u64;

    let stdout = OutputPipe::new();
    let stderr = OutputPipe::new();
    let mut wasi = WasiCtxBuilder::new();
    wasi.arg(file.as_os_str())
        .stdin(Stream::Null)
        .stdout(Stream::Output(stdout.clone()))
        .stderr(Stream::Output(stderr.clone()));
    if let Err(e) = wasi.preopened_dir(".", ".") {
        return fail(sample, format!("cannot pre-open `.`: {e}"));
    }
    let marks = Arc::new(Mutex::new(Marks::default()));
    let mut linker: Linker<WasiCtx> = Linker::new();
    trident_wasi::add_to_linker(&mut linker, |ctx| ctx);
    let (m1, m2) = (marks.clone(), marks.clone());
    linker.func_wrap("bench", "start", move || {
        if let Ok(mut m) = m1.lock() {
            m.start = Some(Instant::now());
        }
    });
    linker.func_wrap("bench", "end", move || {
        if let Ok(mut m) = m2.lock() {
            m.end = Some(Instant::now());
        }
    });
    let mut store = Store::new(&engine, wasi.build());
    let started = Instant::now();
    let instance = match linker.instantiate(&mut store, &module) {
        Ok(i) => i,
        Err(e) => return fail(sample, format!("instantiate: {e}")),
    };
    sample.instantiate_ns = started.elapsed().as_nanos() as u64;
    let Some(start) = instance.get_func(&mut store, "_start") else {
        return fail(sample, "no `_start` export".into());
    };
    let started = Instant::now();
    let result = start.call(&mut store, &[], &mut []);
    let whole = started.elapsed();
    let status = match result {
        Ok(()) => 0,
        Err(e) => match trident_wasi::exit_code(&e) {
            Some(code) => code,
            None => return fail(sample, format!("trapped: {e}")),
        },
    };
    let window = marks
        .lock()
        .ok()
        .and_then(|m| Some(m.end?.saturating_duration_since(m.start?)));
    sample.run_ns = window.unwrap_or(whole).as_nanos().min(u64::MAX as u128) as u64;
    if status != 0 {
        return fail(sample, format!("exit status {status}"));
    }
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let mismatch = compare_output("stdout", &stem, &stdout.contents())
        .or_else(|| compare_output("stderr", &stem, &stderr.contents()));
    if let Some(m) = mismatch {
        return fail(sample, m);
    }
    sample
}

/// `Duration` in milliseconds, for reports.
pub fn ms(ns: u64) -> f64 {
    Duration::from_nanos(ns).as_secs_f64() * 1e3
}
