//! The `trident bench` subcommands: argument parsing and output; the work
//! is in `trident_cli::bench`.

use clap::Subcommand;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use trident_cli::bench::{self, CompareOptions, Format, Peer};

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Compare back ends (and other runtimes) on modules: compile time,
    /// code size, instantiation, run time, peak memory.
    ///
    /// Each module runs in its own folder with `.` pre-opened; its output is
    /// checked against `<name>.stdout.expected`/`<name>.stderr.expected`
    /// when present, and a mismatch is shown as a failure, never a time.
    Compare {
        /// Back ends to compare, comma separated (default: all built in).
        #[arg(long, value_delimiter = ',')]
        backends: Vec<String>,
        /// Another runtime: NAME='COMMAND TEMPLATE' with {wasm} for the
        /// module's file name, run in the module's folder.
        #[arg(long = "peer", value_name = "NAME='TEMPLATE'")]
        peers: Vec<Peer>,
        /// Measured runs per module and back end.
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Runs discarded before measuring.
        #[arg(long, default_value_t = 1)]
        warmup: usize,
        /// Seconds one measurement may take.
        #[arg(long, default_value_t = 300)]
        timeout: u64,
        /// Output format: table, json or csv.
        #[arg(long, default_value = "table")]
        format: Format,
        /// Also write an SVG chart here.
        #[arg(long, value_name = "OUT.svg")]
        plot: Option<PathBuf>,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// One measurement (used by `compare`, one process per run).
    #[command(hide = true)]
    Measure {
        #[arg(long)]
        backend: String,
        file: PathBuf,
    },
}

pub fn bench(command: BenchCommand) -> ExitCode {
    match command {
        BenchCommand::Measure { backend, file } => {
            let sample = bench::measure(&backend, &file);
            match serde_json::to_string(&sample) {
                Ok(line) => {
                    println!("{line}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        BenchCommand::Compare {
            backends,
            peers,
            runs,
            warmup,
            timeout,
            format,
            plot,
            files,
        } => {
            let backends = if backends.is_empty() {
                trident::Config::available_backends()
                    .iter()
                    .map(|s| s.to_string())
                    .collect()
            } else {
                backends
            };
            let options = CompareOptions {
                backends,
                peers,
                runs,
                warmup,
                timeout: Duration::from_secs(timeout),
                files,
            };
            let exe = match std::env::current_exe() {
                Ok(e) => e,
                Err(e) => {
                    eprintln!("error: {}", bench::BenchError::SelfExe(e));
                    return ExitCode::FAILURE;
                }
            };
            let report = match bench::compare(&options, &exe, &mut |line| eprintln!("{line}")) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::FAILURE;
                }
            };
            print!("{}", report.render(format));
            if let Some(path) = plot {
                if let Err(e) = bench::write_plot(&report, &path) {
                    eprintln!("error: {e}");
                    return ExitCode::FAILURE;
                }
                eprintln!("wrote {}", path.display());
            }
            if report.all_ok() {
                ExitCode::SUCCESS
            } else {
                eprintln!("error: some runs failed (see the status column)");
                ExitCode::FAILURE
            }
        }
    }
}
