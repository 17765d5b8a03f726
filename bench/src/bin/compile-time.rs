//! `compile-time [--backend B] [--runs N] FILE.wasm…`: in-process compile
//! time (parse, validate, compile, load) of each module, N runs each,
//! printing every sample and the median.

use std::process::ExitCode;
use std::time::Instant;
use trident::{Config, Engine, Module};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut backend = Config::DEFAULT_BACKEND.to_string();
    let mut runs = 5usize;
    let mut files = Vec::new();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--backend" => backend = args.next().unwrap_or_default(),
            "--runs" => runs = args.next().and_then(|r| r.parse().ok()).unwrap_or(0),
            _ => files.push(a),
        }
    }
    if files.is_empty() || runs == 0 {
        eprintln!("usage: compile-time [--backend B] [--runs N] FILE.wasm...");
        return ExitCode::FAILURE;
    }
    let mut config = Config::default();
    config.backend(&backend);
    // Measure compiling, not reading the compile cache.
    config.cache = false;
    let engine = match Engine::new(&config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    for file in &files {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: cannot read {file}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let mut samples = Vec::new();
        for _ in 0..runs {
            let start = Instant::now();
            if let Err(e) = Module::from_binary(&engine, &bytes) {
                eprintln!("error: {file}: {e}");
                return ExitCode::FAILURE;
            }
            samples.push(start.elapsed());
        }
        let shown: Vec<String> = samples
            .iter()
            .map(|d| format!("{:.1}", d.as_secs_f64() * 1e3))
            .collect();
        let median = trident_bench::median(&mut samples);
        println!(
            "{file}: {backend} compile median {:.1} ms over {runs} runs ({} bytes; samples ms: {})",
            median.as_secs_f64() * 1e3,
            bytes.len(),
            shown.join(" ")
        );
    }
    ExitCode::SUCCESS
}
